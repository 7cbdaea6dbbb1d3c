package main

import (
	"errors"
	"fmt"
	"strings"

	"privacybot/bot"
	"privacybot/bot/practice"
)

// practiceSettings names the weekly case's channel setting of each
// platform and the setting that switches the platform on.
var practiceSettings = []struct{ platform, env, on string }{
	{bot.Slack, "PRIVACYBOT_PRACTICE_SLACK_CHANNELS", "PRIVACYBOT_SLACK_BOT_TOKEN"},
	{bot.Mattermost, "PRIVACYBOT_PRACTICE_MATTERMOST_CHANNELS", "PRIVACYBOT_MATTERMOST_URL"},
}

// channelList checks a list of team channel IDs: comma-separated, each
// letters and digits.
func channelList(v string) error {
	for _, id := range strings.Split(v, ",") {
		id = strings.TrimSpace(id)
		if id == "" || strings.IndexFunc(id, func(r rune) bool {
			return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) >= 0 {
			return fmt.Errorf("expected channel IDs separated by commas, not %q", v)
		}
	}
	return nil
}

// checkPractice names a weekly case channel set for a platform that is
// not switched on.
func (c config) checkPractice() error {
	var errs []error
	for _, s := range practiceSettings {
		if c[s.env] != "" && c[s.on] == "" {
			errs = append(errs, fmt.Errorf("%s: set, but the platform is off: set %s too", s.env, s.on))
		}
	}
	return errors.Join(errs...)
}

// practiceChannels is the team channels of the weekly case per platform,
// as configured; nil when the weekly case is off.
func (c config) practiceChannels() map[string][]string {
	if c["PRIVACYBOT_PRACTICE_WEEKLY"] == "off" {
		return nil
	}
	out := map[string][]string{}
	for _, s := range practiceSettings {
		for _, id := range strings.Split(c[s.env], ",") {
			if id = strings.TrimSpace(id); id != "" {
				out[s.platform] = append(out[s.platform], id)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// weeklyPractice wires the weekly case to the platforms that have team
// channels; nil when none has.
func (c config) weeklyPractice(svc *practice.Service, store practice.WeeklyStore, platforms map[string]platform) (*practice.Weekly, error) {
	chans := c.practiceChannels()
	if chans == nil {
		return nil, nil
	}
	posters := map[string]practice.Channel{}
	for name, p := range platforms {
		if ch, ok := p.(practice.Channel); ok {
			posters[name] = ch
		}
	}
	return practice.NewWeekly(svc, store, posters, practice.WeeklyConfig{Spec: c["PRIVACYBOT_PRACTICE_WEEKLY"], Channels: chans})
}
