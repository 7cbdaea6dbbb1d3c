package main

import (
	"context"
	"flag"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
)

// TestServeDigestSettingReachesTheSettings starts serve's wiring with
// PRIVACYBOT_DIGEST set and reads a user's settings: they show the
// operator's schedule, or that the organisation switched the digest off.
func TestServeDigestSettingReachesTheSettings(t *testing.T) {
	tests := []struct {
		digest, want string
	}{
		{"off", "Weekoverzicht van open herinneringen: uitgezet door je organisatie"},
		{"0 8 * * 3", "Weekoverzicht van open herinneringen (woensdag 08:00): aan"},
	}
	for _, tt := range tests {
		t.Run(tt.digest, func(t *testing.T) {
			env := map[string]string{
				"PRIVACYBOT_DB":              filepath.Join(t.TempDir(), "bot.db"),
				"PRIVACYBOT_DIGEST":          tt.digest,
				"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-digest",
				"PRIVACYBOT_SLACK_APP_TOKEN": "xapp-digest",
			}
			cfg, err := loadConfig(flag.NewFlagSet("serve", flag.ContinueOnError), nil, func(k string) string { return env[k] })
			if err != nil {
				t.Fatal(err)
			}
			clock := func() time.Time { return time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC) }
			s, err := newServer(t.Context(), cfg, clock, newJSONLogger(io.Discard, "error"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.core.Store.Close() })
			replies, err := s.core.Bot.Handle(context.Background(), bot.Message{
				Address: bot.Address{Platform: bot.Slack, User: "U1", Channel: bot.DM}, Text: "instellingen", Direct: true})
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, r := range replies {
				got.WriteString(r.Text + "\n")
			}
			if !strings.Contains(got.String(), tt.want) {
				t.Errorf("settings lack %q:\n%s", tt.want, got.String())
			}
		})
	}
}
