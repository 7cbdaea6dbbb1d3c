package prometheus

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/internal/app"
)

// TestFeedbackIsCountedByTopicWithoutTextOrUser drives the bot as an
// adapter would: a question, then the 👍 and 👎 buttons under the answer.
// The metrics count the votes per topic and hold neither the question's
// words nor the user's ID.
func TestFeedbackIsCountedByTopicWithoutTextOrUser(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	m := New()
	c, err := app.Open(context.Background(), app.Options{DB: filepath.Join(t.TempDir(), "bot.db"), Clock: clock, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Store.Close()
	b := c.Bot
	const user = "U0SECRETUSER"
	addr := bot.Address{Platform: bot.Slack, User: user, Channel: bot.DM}
	question := "ik heb een mail met gegevens van Jantje Zonnebloem naar de verkeerde ouder gestuurd"
	replies, err := b.Handle(context.Background(), bot.Message{Address: addr, Text: question, Direct: true})
	if err != nil {
		t.Fatal(err)
	}
	var up, down string
	for _, r := range replies {
		for _, c := range r.Controls {
			if v, ok := bot.IsFeedback(c.Value); ok && v == "+" {
				up = c.Value
			} else if ok {
				down = c.Value
			}
		}
	}
	if up == "" || down == "" {
		t.Fatalf("no 👍 / 👎 buttons under the answer: %+v", replies)
	}
	for _, v := range []string{up, up, down, "fb:up:no-such-topic", "fb:sideways:datalek"} {
		if _, err := b.Handle(context.Background(), bot.Message{Address: addr, Action: v, Direct: true}); err != nil {
			t.Fatal(err)
		}
	}
	topic := strings.TrimPrefix(up, "fb:up:")
	out := scrape(t, m)
	for _, want := range []string{
		`privacybot_feedback_total{topic="` + topic + `",vote="up"} 2`,
		`privacybot_feedback_total{topic="` + topic + `",vote="down"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if strings.Contains(out, "no-such-topic") || strings.Contains(out, "sideways") {
		t.Error("a vote on an unknown topic or with an unknown vote was counted")
	}
	for _, secret := range []string{user, "Jantje", "Zonnebloem", "verkeerde", "gestuurd"} {
		if strings.Contains(out, secret) {
			t.Errorf("metrics hold %q from the user or the question", secret)
		}
	}
}
