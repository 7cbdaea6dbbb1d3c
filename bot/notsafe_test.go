package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/lang"
)

// storeReminder gives the harness user an open reminder of kind.
func storeReminder(t *testing.T, h *harness, kind bot.ReminderKind) bot.Reminder {
	t.Helper()
	r := bot.Reminder{
		Address: h.addr(), Kind: kind, Case: "casus-B", Flow: "stappenplan", Outcome: "delen",
		Shared: lang.T("gedeeld met school", "shared with the school"), DecidedAt: h.clock(),
		Lang: lang.NL, TZ: "Europe/Amsterdam", State: bot.StateSent, Due: h.clock(), NextAttempt: h.clock(),
	}
	if err := h.store.CreateReminder(context.Background(), &r, bot.AuditEntry{UserKey: h.addr().UserKey(), Action: bot.AuditReminderSet}); err != nil {
		t.Fatal(err)
	}
	return r
}

func buttonValue(t *testing.T, replies []bot.Reply, label string) string {
	t.Helper()
	for _, r := range replies {
		for _, c := range r.Choices {
			if c.Label == label {
				return c.Value
			}
		}
	}
	t.Fatalf("no button %q in %+v", label, replies)
	return ""
}

// TestNotYetSafeReasonPrompt: the delay chosen holds whatever follows the
// reason prompt; a question typed there is answered, not kept as the
// reason; a put-off reminder is listed as not yet safe.
func TestNotYetSafeReasonPrompt(t *testing.T) {
	tests := []struct {
		name  string
		typed string
		// want is in the replies to the typed text.
		want string
	}{
		{"a question", "mag ik gegevens delen met de school?", "niet als reden bewaard"},
		{"a question word", "wie tekent er bij gescheiden ouders", "niet als reden bewaard"},
		{"stop", "stop", "zonder reden"},
		{"a command", "help", "privacybot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			r := storeReminder(t, h, bot.KindInform)
			list := h.say("herinneringen")
			askDays := h.press(buttonValue(t, list, "Nog niet veilig"))
			ask := h.press(buttonValue(t, askDays, "Over 7 dagen"))
			if !strings.Contains(joined(ask), "opnieuw op") {
				t.Errorf("the prompt does not say the delay is set: %q", joined(ask))
			}
			replies := h.say(tt.typed)
			if got := joined(replies); !strings.Contains(got, tt.want) {
				t.Errorf("replies to %q = %q, want %q in them", tt.typed, got, tt.want)
			}
			if tt.name == "a question" && len(replies) < 2 {
				t.Errorf("the question was not answered: %q", joined(replies))
			}
			got, _, err := h.store.Reminder(context.Background(), r.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.State != bot.StateSnoozed || !got.Due.After(h.clock().Add(6*24*time.Hour)) || got.Reason != "" {
				t.Errorf("after %q: state %s, due %s, reason %q; want put off 7 days, no reason", tt.typed, got.State, got.Due, got.Reason)
			}
			if c := h.conversation(); c.Pending != "" {
				t.Errorf("pending %q after %q", c.Pending, tt.typed)
			}
			if list := joined(h.say("herinneringen")); !strings.Contains(list, "Nog niet veilig") {
				t.Errorf("the list does not say not yet safe:\n%s", list)
			}
			if mine := joined(h.say("mijn-gegevens")); !strings.Contains(mine, "nog niet veilig") || strings.Contains(mine, "uitgesteld") {
				t.Errorf("mijn-gegevens does not say not yet safe:\n%s", mine)
			}
		})
	}
}

// TestRecordReminderOffersNoNotYetSafe: "not yet safe" is about informing
// the client; recording the decision cannot be unsafe.
func TestRecordReminderOffersNoNotYetSafe(t *testing.T) {
	h := newHarness(t)
	storeReminder(t, h, bot.KindRecord)
	for _, r := range h.say("herinneringen") {
		for _, c := range r.Choices {
			if c.Label == "Nog niet veilig" {
				t.Errorf("a record reminder offers %q", c.Label)
			}
		}
	}
}

// TestLabelRefusesDatesAndNames: a label that holds a date or looks like a
// name is refused with the reason, and nothing is stored.
func TestLabelRefusesDatesAndNames(t *testing.T) {
	for _, tt := range []struct{ typed, want string }{
		{"label 12-03-2012", "datum"},
		{"label Jan Jansen", "naam"},
	} {
		h := newHarness(t)
		h.say("stappenplan")
		if got := joined(h.say(tt.typed)); !strings.Contains(got, tt.want) {
			t.Errorf("%q answered %q, want %q in it", tt.typed, got, tt.want)
		}
		if c := h.conversation(); c.Case != "" {
			t.Errorf("%q stored the label %q", tt.typed, c.Case)
		}
	}
	h := newHarness(t)
	h.say("label casus-A")
	if c := h.conversation(); c.Case != "casus-A" {
		t.Errorf("label casus-A stored as %q", c.Case)
	}
}
