package bot_test

import (
	"context"
	"database/sql"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"privacybot/bot"
	"privacybot/storage/sqlite"
)

// conflictOnce is a turn store that, when armed, lets another writer save
// the conversation just before the turn commits, once.
type conflictOnce struct {
	*sqlite.DB
	armed atomic.Bool
}

func (c *conflictOnce) CommitTurn(ctx context.Context, w *bot.TurnWrites) error {
	if c.armed.CompareAndSwap(true, false) && w.Conversation != nil {
		other, _, err := c.Conversation(ctx, w.Conversation.Address)
		if err != nil {
			return err
		}
		if err := c.SaveConversation(ctx, &other); err != nil {
			return err
		}
	}
	return c.DB.CommitTurn(ctx, w)
}

func countAudit(t *testing.T, s *sqlite.DB, u bot.UserKey, action string) int {
	t.Helper()
	trail, err := s.AuditTrail(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range trail {
		if e.Action == action {
			n++
		}
	}
	return n
}

// TestConflictRetryWritesOnce is the review's probe: a version conflict
// while the user abandons a flow made the retry write flow.abandoned twice.
func TestConflictRetryWritesOnce(t *testing.T) {
	h := newHarness(t)
	co := &conflictOnce{DB: h.store}
	h.wire(bot.Config{}, func(d *bot.Deps) { d.Turns = co })
	h.say("toestemming")
	h.say("stappenplan")
	co.armed.Store(true)
	h.press("abandon:yes")
	if co.armed.Load() {
		t.Fatal("the conflict was never injected")
	}
	u := h.addr().UserKey()
	if n := countAudit(t, h.store, u, "flow.abandoned"); n != 1 {
		t.Errorf("flow.abandoned written %d times, want 1", n)
	}
	if n := countAudit(t, h.store, u, "flow.start"); n != 2 {
		t.Errorf("flow.start written %d times, want 2 (toestemming, stappenplan)", n)
	}
	if c := h.conversation(); c.Flow == nil || c.Flow.Flow != "stappenplan" || c.Pending != "" {
		t.Errorf("conversation after the retry = %+v", c)
	}
}

// TestAuditFailureChangesNothing is the review's other probe: when the
// audit entry of an outcome cannot be written, Handle fails and the
// conversation stays where it was, so the user can try again.
func TestAuditFailureChangesNothing(t *testing.T) {
	h := newHarness(t)
	raw, err := sql.Open("sqlite", h.storePath())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`CREATE TRIGGER audit_full BEFORE INSERT ON audit WHEN NEW.action = 'flow.outcome'
		BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
		t.Fatal(err)
	}
	u := h.addr().UserKey()
	h.say("datalek")
	for range 20 {
		before := h.conversation()
		_, err := h.bot.Handle(context.Background(), bot.Message{Address: h.addr(), Text: "1", Direct: true})
		if err == nil {
			if f := h.conversation().Flow; f == nil || f.Outcome != "" {
				t.Fatalf("reached an outcome without its audit entry: %+v", f)
			}
			continue
		}
		after := h.conversation()
		if after.Version != before.Version || after.Flow.Step != before.Flow.Step || after.Flow.Outcome != "" {
			t.Fatalf("Handle failed (%v) but the conversation moved from %+v to %+v", err, before.Flow, after.Flow)
		}
		if _, err := raw.Exec(`DROP TRIGGER audit_full`); err != nil {
			t.Fatal(err)
		}
		h.say("1")
		if f := h.conversation().Flow; f == nil || f.Outcome == "" {
			t.Errorf("after the retry no outcome: %+v", f)
		}
		if n := countAudit(t, h.store, u, "flow.outcome"); n != 1 {
			t.Errorf("flow.outcome written %d times, want 1", n)
		}
		return
	}
	t.Fatal("answering 1 never reached an outcome")
}

// TestReminderOfferPressedTwiceSetsOne: a reminder set by a button is part
// of the turn's one write; pressing the same offer again, also at the same
// moment from two places, sets no second reminder and audits it once.
func TestReminderOfferPressedTwiceSetsOne(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan")
	replies := h.press("f:stappenplan:ontvanger:gi-ots-verzoek")
	for i := 0; i < 5 && choicePrefixed(replies, "r:") == ""; i++ {
		replies = h.say("1")
	}
	offer := choicePrefixed(replies, "r:")
	if offer == "" {
		t.Fatalf("no reminder offer: %+v", replies)
	}
	var wg sync.WaitGroup
	answers := make([]string, 3)
	for i := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = joined(h.press(offer))
		}()
	}
	wg.Wait()
	u := h.addr().UserKey()
	rems, err := h.store.UserReminders(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	if len(rems) != 1 {
		t.Errorf("%d reminders after three presses, want 1", len(rems))
	}
	if n := countAudit(t, h.store, u, bot.AuditReminderSet); n != 1 {
		t.Errorf("reminder.set audited %d times, want 1", n)
	}
	already := 0
	for _, a := range answers {
		if strings.Contains(a, "al een herinnering") {
			already++
		}
	}
	if already != 2 {
		t.Errorf("%d of 3 presses were told the reminder was already set, want 2:\n%q", already, answers)
	}
}
