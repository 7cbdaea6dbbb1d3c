package remind_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
)

// slowCourier is a platform that takes every post but answers after the
// client's timeout, so the outbox is unsure of each; asked about an unsure
// post, it finds it.
type slowCourier struct {
	mu       sync.Mutex
	platform map[string]int // our message ID → copies the user got
	checks   int
}

func (c *slowCourier) Deliver(_ context.Context, it *bot.OutboxItem) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := fmt.Sprintf("%d.%d", it.ID, it.Sent)
	if it.Unsure {
		c.checks++
		it.Unsure = false
		if c.platform[id] > 0 {
			it.Sent++
			return nil
		}
	}
	c.platform[id]++
	return fmt.Errorf("post timed out: %w", bot.ErrUnsure)
}

func (c *slowCourier) GiveUp(context.Context, bot.OutboxItem) error { return nil }

// TestRemindersThroughTheOutboxOnceEach: 1,000 reminders fall due; the
// platform takes every post but answers after the client's timeout, and
// the process stops once between the outbox and "sent". Each reminder
// reaches its user exactly once.
func TestRemindersThroughTheOutboxOnceEach(t *testing.T) {
	const n = 1000
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	c := &slowCourier{platform: map[string]int{}}
	o := bot.NewOutbox(e.db, map[string]bot.Courier{bot.Slack: c}, e.clock.Now, nil, bot.OutboxConfig{})
	for i := range n {
		a := bot.Address{Platform: bot.Slack, User: fmt.Sprintf("U%04d", i), Channel: bot.DM}
		e.set(a, remFollowUp(remStart), "Morgen 09:00")
	}
	// The crash boundary: the first process stores the reminders in the
	// outbox and dies before it marks them sent; the next claims them again
	// once their lease ran out.
	crashed := remind.NewScheduler(&remFlakyStore{ReminderQueue: e.db, failMarks: n}, e.db, nil, e.db, e.clock.Now, nil, remind.SchedulerConfig{Outbox: o, Batch: n})
	e.clock.Set(remTuesday9)
	if st, err := crashed.Sweep(t.Context()); err != nil || st.Sent != n {
		t.Fatalf("first Sweep: %+v, %v; want %d handed to the outbox", st, err, n)
	}
	e.clock.Advance(3 * time.Minute)
	restarted := remind.NewScheduler(e.db, e.db, nil, e.db, e.clock.Now, nil, remind.SchedulerConfig{Outbox: o, Batch: n})
	if st, err := restarted.Sweep(t.Context()); err != nil || st.Claimed != n {
		t.Fatalf("second Sweep: %+v, %v; want all %d claimed again", st, err, n)
	}
	for range 4 {
		if _, err := o.Sweep(t.Context()); err != nil {
			t.Fatalf("outbox Sweep: %v", err)
		}
		e.clock.Advance(2 * time.Minute)
	}
	if len(c.platform) != n {
		t.Fatalf("%d messages on the platform, want %d", len(c.platform), n)
	}
	for id, copies := range c.platform {
		if copies != 1 {
			t.Errorf("message %s reached its user %d times", id, copies)
		}
	}
	if c.checks != n {
		t.Errorf("%d platform checks, want one per reminder (%d)", c.checks, n)
	}
	for i := range n {
		a := bot.Address{Platform: bot.Slack, User: fmt.Sprintf("U%04d", i), Channel: bot.DM}
		if rs := e.open_(a); len(rs) != 1 || rs[0].State != bot.StateSent {
			t.Fatalf("reminder of %s: %+v, want one, sent", a.User, rs)
		}
	}
}
