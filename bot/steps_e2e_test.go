package bot_test

import (
	"context"
	"strings"
	"testing"

	"privacybot/bot"
	"privacybot/bot/remind"
)

// TestOfferAfterTerugIsRefused walks the stappenplan to an outcome that
// offers a reminder, takes the outcome back with `terug`, and presses the
// offer: nothing is scheduled and nothing is written in the audit trail.
func TestOfferAfterTerugIsRefused(t *testing.T) {
	h := newHarness(t)
	g := bot.StepGuard{Next: h.bot, Conversations: h.store, AnyStep: remind.AnyStepValues}
	send := func(m bot.Message) []bot.Reply {
		t.Helper()
		replies, err := g.Handle(context.Background(), m)
		if err != nil {
			t.Fatalf("handle %+v: %v", m, err)
		}
		return replies
	}
	replies := send(bot.Message{Address: h.addr(), Text: "stappenplan", Direct: true})
	var offer bot.Choice
	for step := 0; step < 20 && offer.Value == ""; step++ {
		var next bot.Choice
		for _, r := range replies {
			for _, c := range r.Choices {
				if strings.Contains(c.Value, ":r:o:") {
					offer = c
				}
				if next.Value == "" {
					next = c
				}
			}
		}
		if offer.Value != "" {
			break
		}
		if next.Value == "" {
			t.Fatalf("step %d offers no button:\n%s", step, joined(replies))
		}
		replies = send(bot.Message{Address: h.addr(), Action: next.Value, Direct: true})
	}
	if offer.Value == "" {
		t.Fatal("no reminder offer within 20 steps")
	}
	send(bot.Message{Address: h.addr(), Text: "terug", Direct: true})
	before, err := h.store.AuditTrail(context.Background(), h.addr().UserKey())
	if err != nil {
		t.Fatal(err)
	}
	got := send(bot.Message{Address: h.addr(), Action: offer.Value, Direct: true})
	if !bot.Refused(got) || !strings.Contains(joined(got), "eerdere stap") {
		t.Errorf("the stale offer was answered with\n%s\nwant the refusal", joined(got))
	}
	open, err := h.store.OpenReminders(context.Background(), h.addr().UserKey())
	if err != nil || len(open) != 0 {
		t.Errorf("open reminders %+v, %v; want none", open, err)
	}
	after, err := h.store.AuditTrail(context.Background(), h.addr().UserKey())
	if err != nil || len(after) != len(before) {
		t.Errorf("audit trail grew from %d to %d entries (%v)", len(before), len(after), err)
	}
}
