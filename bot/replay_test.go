package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/internal/testclock"
	"privacybot/storage/sqlite"
)

// addEvent stores a pending inbox event for the harness's user, as the
// adapters do before they acknowledge it.
func (h *harness) addEvent(id string) {
	h.t.Helper()
	isNew, err := h.store.AddInbox(context.Background(), "owner-1", h.clock(), []bot.InboxEvent{
		{ID: id, Platform: bot.Slack, User: h.user, Payload: []byte(`{}`), LeaseUntil: h.clock().Add(time.Minute)},
	})
	if err != nil || !isNew[0] {
		h.t.Fatalf("add inbox event %s: new %v, %v", id, isNew, err)
	}
}

func (h *harness) auditCount() int {
	h.t.Helper()
	trail, err := h.store.AuditTrail(context.Background(), h.addr().UserKey())
	if err != nil {
		h.t.Fatal(err)
	}
	return len(trail)
}

// firstChoice is the value of the first button of replies, or "".
func firstChoice(replies []bot.Reply) string {
	for _, r := range replies {
		if len(r.Choices) > 0 {
			return r.Choices[0].Value
		}
	}
	return ""
}

// TestReplayedEventAnsweredAsTheFirstTime is the crash between a turn's
// commit and the hand-over of its answer: the inbox event is still pending,
// so it is worked again. The second run must not apply the message to the
// conversation that already moved on, and must give the first run's answer.
func TestReplayedEventAnsweredAsTheFirstTime(t *testing.T) {
	tests := []struct {
		name  string
		start []string
		msg   func(h *harness, last []bot.Reply) bot.Message
	}{
		{"typed answer", []string{"datalek"}, func(h *harness, _ []bot.Reply) bot.Message {
			return bot.Message{Address: h.addr(), Text: "1", Direct: true}
		}},
		{"typed answer at step 2", []string{"datalek", "1"}, func(h *harness, _ []bot.Reply) bot.Message {
			return bot.Message{Address: h.addr(), Text: "1", Direct: true}
		}},
		{"button press", []string{"datalek"}, func(h *harness, last []bot.Reply) bot.Message {
			return bot.Message{Address: h.addr(), Action: firstChoice(last), Direct: true}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			var last []bot.Reply
			for _, s := range tt.start {
				last = h.say(s)
			}
			m := tt.msg(h, last)
			if m.Text == "" && m.Action == "" {
				t.Fatalf("no button to press in %+v", last)
			}
			m.Event = "ev-1"
			h.addEvent(m.Event)
			before := h.conversation()
			first := h.send(m)
			after := h.conversation()
			if after.Version != before.Version+1 {
				t.Fatalf("first run: version %d -> %d, want one step", before.Version, after.Version)
			}
			audits := h.auditCount()

			// The process died before the answer reached the outbox: the
			// event is worked again.
			again := h.send(m)
			if !reflect.DeepEqual(again, first) {
				t.Errorf("second run answered\n%q\nwant the first run's\n%q", joined(again), joined(first))
			}
			if c := h.conversation(); c.Version != after.Version || !reflect.DeepEqual(c.Flow, after.Flow) {
				t.Errorf("second run moved the conversation: %+v -> %+v", after.Flow, c.Flow)
			}
			if n := h.auditCount(); n != audits {
				t.Errorf("second run wrote %d audit entries", n-audits)
			}

			// Done: the stored replies are dropped, and the same text as a
			// new event is worked as a new message.
			ok, err := h.store.FinishInbox(context.Background(), "owner-1", []string{m.Event}, h.clock())
			if err != nil || !ok[0] {
				t.Fatalf("finish: %v %v", ok, err)
			}
			if rs, found, err := h.store.TurnReplies(context.Background(), m.Event); err != nil || found || rs != nil {
				t.Errorf("replies of a done event: %v %v %v", rs, found, err)
			}
		})
	}
}

// TestReplayRacesAnsweredOnce: runs of one event at the same moment (a
// lease taken over while the first run still works) advance the
// conversation once, audit once, and give every run the same answer.
func TestReplayRacesAnsweredOnce(t *testing.T) {
	h := newHarness(t)
	h.say("datalek")
	m := bot.Message{Address: h.addr(), Text: "1", Direct: true, Event: "ev-race"}
	h.addEvent(m.Event)
	before := h.conversation()
	audits := h.auditCount()
	var wg sync.WaitGroup
	answers := make([][]bot.Reply, 4)
	for i := range answers {
		wg.Go(func() { answers[i] = h.send(m) })
	}
	wg.Wait()
	for i := 1; i < len(answers); i++ {
		if !reflect.DeepEqual(answers[i], answers[0]) {
			t.Errorf("run %d answered %q, run 0 %q", i, joined(answers[i]), joined(answers[0]))
		}
	}
	if c := h.conversation(); c.Version != before.Version+1 {
		t.Errorf("conversation version %d -> %d, want one step", before.Version, c.Version)
	}
	if n := h.auditCount() - audits; n > 1 {
		t.Errorf("%d audit entries for one event", n)
	}
}

// TestEventWithoutWritesStoresNoReplies: a turn that changes nothing (a
// help text) stores nothing, so working it again just answers again.
func TestEventWithoutWritesStoresNoReplies(t *testing.T) {
	h := newHarness(t)
	h.say("hallo")
	m := bot.Message{Address: h.addr(), Text: "help", Direct: true, Event: "ev-help"}
	h.addEvent(m.Event)
	before := h.conversation()
	first := h.send(m)
	if h.conversation().Version != before.Version {
		t.Fatalf("help changed the conversation (version %d -> %d): this test needs a turn without writes", before.Version, h.conversation().Version)
	}
	if _, found, err := h.store.TurnReplies(context.Background(), m.Event); err != nil || found {
		t.Errorf("replies stored for a turn without writes: found %v, %v", found, err)
	}
	if again := h.send(m); !reflect.DeepEqual(again, first) {
		t.Errorf("help answered differently the second time")
	}
}

// TestEnqueueAnswerTakesOverTheEarlierRunsItem: a process stored the
// answer to an event in the outbox under its key and died while sending
// it (before or after the platform took it). The event worked again
// enqueues the same answer: nothing new is stored, the stored item is sent
// at once rather than when the dead process's claim runs out, and the user
// has it once.
func TestEnqueueAnswerTakesOverTheEarlierRunsItem(t *testing.T) {
	for _, posted := range []bool{false, true} {
		t.Run(fmt.Sprintf("posted before the crash %v", posted), func(t *testing.T) {
			clock := testclock.New(t0)
			db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), clock.Now)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			item := func() bot.OutboxItem {
				return bot.OutboxItem{Key: bot.EventOutboxKey("ev", 0), Platform: bot.Slack, User: alice.User,
					Target: bot.TargetDM, Payload: `{"Text":"antwoord"}`}
			}
			dead := []bot.OutboxItem{item()}
			if err := db.EnqueueOutbox(t.Context(), dead, "dead", clock.Now().Add(2*time.Minute)); err != nil {
				t.Fatal(err)
			}
			c := newFakeCourier()
			if posted {
				c.platform[fmt.Sprintf("%d.0", dead[0].ID)] = 1
			}
			o := bot.NewOutbox(db, map[string]bot.Courier{bot.Slack: c}, clock.Now, nil, bot.OutboxConfig{})
			again := []bot.OutboxItem{item()}
			if err := o.EnqueueAnswer(t.Context(), again...); err != nil {
				t.Fatalf("EnqueueAnswer: %v", err)
			}
			if again[0].ID != 0 {
				t.Errorf("the answer was stored a second time as item %d", again[0].ID)
			}
			if _, err := o.Sweep(t.Context()); err != nil {
				t.Fatal(err)
			}
			if n := c.platform[fmt.Sprintf("%d.0", dead[0].ID)]; n != 1 || len(c.platform) != 1 {
				t.Errorf("the user has %v, want the answer once", c.platform)
			}
			if c.checks != 1 {
				t.Errorf("the platform was asked %d times whether it had the answer, want 1", c.checks)
			}
		})
	}
}
