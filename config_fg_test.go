package main

import (
	"io"
	"strings"
	"testing"
)

func TestConfigCheckNamesWhatTheFGChannelsLack(t *testing.T) {
	slack := map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_APP_TOKEN": "xapp-1"}
	tests := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"one channel for all", map[string]string{"PRIVACYBOT_FG_SLACK_CHANNELS": "C0FG"}, nil},
		{"every municipality", map[string]string{"PRIVACYBOT_FG_SLACK_CHANNELS": "diemen=C1,uithoorn=C2,ouder-amstel=C3"}, nil},
		{"two missing", map[string]string{"PRIVACYBOT_FG_SLACK_CHANNELS": "diemen=C1"},
			[]string{"PRIVACYBOT_FG_SLACK_CHANNELS: no channel for Uithoorn, Ouder-Amstel"}},
		{"unknown municipality", map[string]string{"PRIVACYBOT_FG_SLACK_CHANNELS": "amsterdam=C1"},
			[]string{"PRIVACYBOT_FG_SLACK_CHANNELS: expected one channel ID", `"amsterdam" is not Diemen, Uithoorn or Ouder-Amstel`}},
		{"platform off", map[string]string{"PRIVACYBOT_FG_MATTERMOST_CHANNELS": "abc"},
			[]string{"PRIVACYBOT_FG_MATTERMOST_CHANNELS: set, but the platform is off: set PRIVACYBOT_MATTERMOST_URL too"}},
	}
	for _, tc := range tests {
		env := map[string]string{}
		for k, v := range slack {
			env[k] = v
		}
		for k, v := range tc.env {
			env[k] = v
		}
		c, err := loadConfig(newFlagSet("config", "check", io.Discard), nil, func(k string) string { return env[k] })
		if len(tc.want) == 0 {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			} else if len(c.fgRouteMap()) != 1 {
				t.Errorf("%s: routes %v", tc.name, c.fgRouteMap())
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error, want %q", tc.name, tc.want)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tc.name, err, w)
			}
		}
	}
}
