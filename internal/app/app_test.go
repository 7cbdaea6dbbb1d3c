package app_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/internal/app"
	"privacybot/lang"
)

// TestOpenWiresEveryService: the core Open builds has its reminders,
// practice cases and answers; none says it is switched off.
func TestOpenWiresEveryService(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	c, err := app.Open(context.Background(), app.Options{DB: filepath.Join(t.TempDir(), "t.db"), Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Store.Close() })
	tests := []struct {
		text, want, notWant string
	}{
		{"herinneringen", "geen open herinneringen", "staan uit"},
		{"oefenen", "", "staat uit"},
		{"mag ik gegevens delen met school?", "§", ""},
	}
	for _, tt := range tests {
		replies, err := c.Bot.Handle(context.Background(), bot.Message{
			Address: bot.Address{Platform: bot.Console, User: "u", Channel: bot.DM},
			Text:    tt.text, Direct: true, Profile: bot.Profile{Lang: lang.NL},
		})
		if err != nil {
			t.Fatalf("%q: %v", tt.text, err)
		}
		var all strings.Builder
		for _, r := range replies {
			all.WriteString(r.Text + "\n")
		}
		if got := all.String(); !strings.Contains(got, tt.want) || (tt.notWant != "" && strings.Contains(got, tt.notWant)) {
			t.Errorf("%q: replies %q; want %q and not %q", tt.text, got, tt.want, tt.notWant)
		}
	}
}
