package main

import (
	"errors"
	"fmt"
	"strings"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/flows"
)

// municipalities are the municipality records the FG channels are named
// by: those of PRIVACYBOT_CONTENT, else the built-in ones.
func (c config) municipalities() (flows.MunicipalityRecords, error) {
	ms, err := loadMunicipalityRecords(c["PRIVACYBOT_CONTENT"])
	if err != nil {
		return flows.EmbeddedMunicipalities(), fmt.Errorf("PRIVACYBOT_CONTENT: %w", err)
	}
	return ms, nil
}

// pairsExample is an example of a channel setting per municipality.
func pairsExample(ms flows.MunicipalityRecords) string {
	pairs := make([]string, len(ms))
	for i, m := range ms {
		pairs[i] = string(m.ID) + "=ID"
	}
	return strings.Join(pairs, ",")
}

// fgSettings names the FG channel setting of each platform and the
// setting that switches the platform on.
var fgSettings = []struct{ platform, env, on string }{
	{bot.Slack, "PRIVACYBOT_FG_SLACK_CHANNELS", "PRIVACYBOT_SLACK_BOT_TOKEN"},
	{bot.Mattermost, "PRIVACYBOT_FG_MATTERMOST_CHANNELS", "PRIVACYBOT_MATTERMOST_URL"},
}

// checkFG names what the FG channels lack: a setting that is neither one
// channel ID nor municipality=channel pairs, a platform that is not
// switched on, or a municipality without a channel.
func (c config) checkFG() error {
	var errs []error
	for _, s := range fgSettings {
		if c[s.env] == "" {
			continue
		}
		ms, err := c.municipalities()
		if err != nil {
			return err
		}
		if c[s.on] == "" {
			errs = append(errs, fmt.Errorf("%s: set, but the platform is off: set %s too", s.env, s.on))
		}
		_, missing, err := fg.ParseRoutes(c[s.env], ms)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: expected one channel ID, or %s: %v", s.env, pairsExample(ms), err))
		}
		if len(missing) > 0 {
			errs = append(errs, fmt.Errorf("%s: no channel for %s: give each municipality a channel, or one channel for all", s.env, strings.Join(missing, ", ")))
		}
	}
	return errors.Join(errs...)
}

// fgRouteMap is the FG channels per platform, as configured.
func (c config) fgRouteMap() map[string]fg.Routes {
	out := map[string]fg.Routes{}
	ms, _ := c.municipalities()
	for _, s := range fgSettings {
		if r, _, err := fg.ParseRoutes(c[s.env], ms); err == nil && (r.All != "" || len(r.By) > 0) {
			out[s.platform] = r
		}
	}
	return out
}
