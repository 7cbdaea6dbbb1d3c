package main

import (
	"io"
	"maps"
	"reflect"
	"strings"
	"testing"

	"privacybot/bot"
)

func TestConfigCheckOfTheWeeklyCase(t *testing.T) {
	slack := map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_APP_TOKEN": "xapp-1"}
	tests := []struct {
		name     string
		env      map[string]string
		channels map[string][]string
		want     []string
	}{
		{"none", nil, nil, nil},
		{"two channels", map[string]string{"PRIVACYBOT_PRACTICE_SLACK_CHANNELS": "C1, C2"}, map[string][]string{bot.Slack: {"C1", "C2"}}, nil},
		{"switched off", map[string]string{"PRIVACYBOT_PRACTICE_SLACK_CHANNELS": "C1", "PRIVACYBOT_PRACTICE_WEEKLY": "off"}, nil, nil},
		{"bad list", map[string]string{"PRIVACYBOT_PRACTICE_SLACK_CHANNELS": "C1,,#team"}, nil,
			[]string{"PRIVACYBOT_PRACTICE_SLACK_CHANNELS", "expected channel IDs separated by commas"}},
		{"bad spec", map[string]string{"PRIVACYBOT_PRACTICE_WEEKLY": "dinsdag"}, nil,
			[]string{"PRIVACYBOT_PRACTICE_WEEKLY", "expected a cron spec"}},
		{"platform off", map[string]string{"PRIVACYBOT_PRACTICE_MATTERMOST_CHANNELS": "abc"}, nil,
			[]string{"PRIVACYBOT_PRACTICE_MATTERMOST_CHANNELS: set, but the platform is off: set PRIVACYBOT_MATTERMOST_URL too"}},
	}
	for _, tc := range tests {
		env := maps.Clone(slack)
		maps.Copy(env, tc.env)
		c, err := loadConfig(newFlagSet("config", "check", io.Discard), nil, func(k string) string { return env[k] })
		if len(tc.want) == 0 {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			} else if got := c.practiceChannels(); !reflect.DeepEqual(got, tc.channels) {
				t.Errorf("%s: channels %v, want %v", tc.name, got, tc.channels)
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
