package main

import (
	"errors"
	"fmt"
	"strings"

	"privacybot/bot"
	"privacybot/bot/fg"
)

// fgRoutes checks an FG channel setting: one channel ID, or
// municipality=channel pairs.
func fgRoutes(v string) error {
	_, _, err := fg.ParseRoutes(v)
	if err != nil {
		return fmt.Errorf("expected one channel ID, or diemen=ID,uithoorn=ID,ouder-amstel=ID: %v", err)
	}
	return nil
}

// fgSettings names the FG channel setting of each platform and the
// setting that switches the platform on.
var fgSettings = []struct{ platform, env, on string }{
	{bot.Slack, "PRIVACYBOT_FG_SLACK_CHANNELS", "PRIVACYBOT_SLACK_BOT_TOKEN"},
	{bot.Mattermost, "PRIVACYBOT_FG_MATTERMOST_CHANNELS", "PRIVACYBOT_MATTERMOST_URL"},
}

// checkFG names what the FG channels lack: a platform that is not switched
// on, or a municipality without a channel.
func (c config) checkFG() error {
	var errs []error
	for _, s := range fgSettings {
		if c[s.env] == "" {
			continue
		}
		if c[s.on] == "" {
			errs = append(errs, fmt.Errorf("%s: set, but the platform is off: set %s too", s.env, s.on))
		}
		if _, missing, err := fg.ParseRoutes(c[s.env]); err == nil && len(missing) > 0 {
			errs = append(errs, fmt.Errorf("%s: no channel for %s: give each municipality a channel, or one channel for all", s.env, strings.Join(missing, ", ")))
		}
	}
	return errors.Join(errs...)
}

// fgRouteMap is the FG channels per platform, as configured.
func (c config) fgRouteMap() map[string]fg.Routes {
	out := map[string]fg.Routes{}
	for _, s := range fgSettings {
		if r, _, err := fg.ParseRoutes(c[s.env]); err == nil && (r.All != "" || len(r.By) > 0) {
			out[s.platform] = r
		}
	}
	return out
}
