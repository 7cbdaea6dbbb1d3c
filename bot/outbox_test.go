package bot_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/internal/testclock"
	"privacybot/storage/sqlite"
)

// step is what the fake platform does with one attempt to send a part: it
// keeps the message or not, and answers err.
type step struct {
	keeps bool
	err   error
}

// fakeCourier is a platform that keeps messages by our message ID; it
// follows script, one step per send, and succeeds once the script is used.
type fakeCourier struct {
	mu       sync.Mutex
	script   []step
	platform map[string]int // our message ID → copies the user got
	checks   int
	gaveUp   []int64
}

func newFakeCourier(script ...step) *fakeCourier {
	return &fakeCourier{script: script, platform: map[string]int{}}
}

func (c *fakeCourier) Deliver(_ context.Context, it *bot.OutboxItem) error {
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
	s := step{keeps: true}
	if len(c.script) > 0 {
		s, c.script = c.script[0], c.script[1:]
	}
	if s.keeps {
		c.platform[id]++
	}
	if s.err != nil {
		return s.err
	}
	it.Sent++
	return nil
}

func (c *fakeCourier) GiveUp(_ context.Context, it bot.OutboxItem) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gaveUp = append(c.gaveUp, it.ID)
	return nil
}

var (
	errTimeout = fmt.Errorf("post timed out: %w", bot.ErrUnsure)
	err5xx     = fmt.Errorf("HTTP 503 on a post: %w", bot.ErrUnsure)
	errNet     = errors.New("connection refused")
	errGone    = fmt.Errorf("channel_not_found: %w", bot.ErrUndeliverable)
)

// t0 is when the outbox tests start: Monday 1 December 2025, 10:30 in
// Amsterdam.
var t0 = time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC)

// alice is the user the outbox tests send to.
var alice = bot.Address{Platform: bot.Slack, User: "U-alice", Channel: "D-alice"}

func rateLimited(d time.Duration) error {
	return &bot.RetryAfterError{After: d, Err: errors.New("HTTP 429")}
}

func TestOutboxDeliversOnceWhateverThePlatformDoes(t *testing.T) {
	tests := []struct {
		name     string
		script   []step
		sweeps   int
		wantGot  int // copies the user got
		wantGive bool
		wantTxt  string
	}{
		{"at once", nil, 1, 1, false, ""},
		{"three 429s", []step{{false, rateLimited(time.Second)}, {false, rateLimited(time.Second)}, {false, rateLimited(time.Second)}}, 4, 1, false, ""},
		{"a 429 asking two minutes", []step{{false, rateLimited(2 * time.Minute)}}, 2, 1, false, ""},
		{"one 5xx that posted", []step{{true, err5xx}}, 2, 1, false, ""},
		{"one 5xx that did not post", []step{{false, err5xx}}, 2, 1, false, ""},
		{"accepted, answered after the timeout", []step{{true, errTimeout}}, 2, 1, false, ""},
		{"five network failures", []step{{false, errNet}, {false, errNet}, {false, errNet}, {false, errNet}, {false, errNet}}, 6, 1, false, ""},
		{"six failures: given up, user told", []step{{false, errNet}, {false, errNet}, {false, errNet}, {false, errNet}, {false, errNet}, {false, errNet}}, 8, 0, true, ""},
		{"refused: given up at once, user told", []step{{false, errGone}}, 2, 0, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := testclock.New(t0)
			db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), clock.Now)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			c := newFakeCourier(tt.script...)
			o := bot.NewOutbox(db, map[string]bot.Courier{bot.Slack: c}, clock.Now, nil, bot.OutboxConfig{})
			if err := o.Send(t.Context(), "", alice, bot.Reply{Text: "Wat is je vraag?"}); err != nil {
				t.Fatalf("Send: %v", err)
			}
			for range tt.sweeps {
				if _, err := o.Sweep(t.Context()); err != nil {
					t.Fatalf("Sweep: %v", err)
				}
				clock.Advance(2 * time.Minute)
			}
			if n, _ := o.Sweep(t.Context()); n != 0 {
				t.Errorf("after %d sweeps %d items are still due", tt.sweeps, n)
			}
			got := 0
			for _, n := range c.platform {
				got += n
			}
			if got != tt.wantGot {
				t.Errorf("the user got %d copies, want %d", got, tt.wantGot)
			}
			if (len(c.gaveUp) == 1) != tt.wantGive || len(c.gaveUp) > 1 {
				t.Errorf("gave up %d times, want given up: %v", len(c.gaveUp), tt.wantGive)
			}
		})
	}
}

// TestOutboxWaitsOutRetryAfter: an item the platform asked to wait for is
// not tried before Retry-After has passed.
func TestOutboxWaitsOutRetryAfter(t *testing.T) {
	clock := testclock.New(t0)
	db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := newFakeCourier(step{false, rateLimited(45 * time.Second)})
	o := bot.NewOutbox(db, map[string]bot.Courier{bot.Slack: c}, clock.Now, nil, bot.OutboxConfig{})
	if err := o.Send(t.Context(), "", alice, bot.Reply{Text: "x"}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		advance time.Duration
		want    int
	}{{0, 1}, {44 * time.Second, 0}, {time.Second, 1}, {time.Hour, 0}} {
		clock.Advance(tt.advance)
		if n, err := o.Sweep(t.Context()); err != nil || n != tt.want {
			t.Errorf("+%s: attempted %d, %v; want %d", tt.advance, n, err, tt.want)
		}
	}
	if len(c.platform) != 1 {
		t.Errorf("platform holds %d messages, want 1", len(c.platform))
	}
}
