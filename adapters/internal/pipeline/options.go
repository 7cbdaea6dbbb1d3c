package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// Option adjusts a chat adapter, mostly for tests.
type Option func(*Options)

// Options are what the Option values chose; an adapter fills the zero
// fields with its defaults.
type Options struct {
	// Now is the clock for request timestamps, deduplication stamps and
	// the profile cache.
	Now func() time.Time
	// Sleep waits before a retry or a reconnect.
	Sleep func(ctx context.Context, d time.Duration) error
	// HTTPClient makes the calls to the platform.
	HTTPClient *http.Client
	// Reconnect is the wait before the attempt-th reconnect of a
	// connection the adapter keeps itself (Mattermost's WebSocket).
	Reconnect func(attempt int) time.Duration
	// Inbox, when set, makes the adapter durable (see WithInbox).
	Inbox *InboxOption
}

// InboxOption is the inbox WithInbox asks for.
type InboxOption struct {
	Store bot.InboxStore
	Cfg   workqueue.InboxConfig
}

// Apply returns the options opts choose, over the defaults def.
func Apply(def Options, opts []Option) Options {
	for _, opt := range opts {
		opt(&def)
	}
	if def.Now == nil {
		def.Now = time.Now
	}
	if def.Sleep == nil {
		def.Sleep = SleepCtx
	}
	return def
}

// WithClock sets the clock used to check request timestamps, stamp
// deduplication keys and expire cached profiles (default time.Now).
func WithClock(now func() time.Time) Option {
	return func(o *Options) { o.Now = now }
}

// WithSleep sets how the adapter waits before a retry or a reconnect
// (default a timer that ends early when ctx does, returning ctx.Err()).
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(o *Options) { o.Sleep = sleep }
}

// WithHTTPClient sets the client for calls to the platform (default one
// with a 15 s timeout). Give a custom client's transport room for as many
// idle connections per host as there are workers, or every answer opens a
// new connection.
func WithHTTPClient(c *http.Client) Option {
	return func(o *Options) { o.HTTPClient = c }
}

// WithInbox makes the adapter durable: every event, command and press is
// stored in store before the platform is told it arrived, worked from
// there, and marked done only after its answer was handed over; events
// left unfinished by a crash are worked again when the adapter starts (at
// once when owner is the name of the process that stored them, else when
// their lease ends). The inbox's event ID is the deduplication key, so the
// dedup store is then used for nothing else. owner names this process
// among the replicas sharing store; "" picks a name that never comes back.
func WithInbox(store bot.InboxStore, owner string) Option {
	return func(o *Options) { o.Inbox = &InboxOption{Store: store, Cfg: workqueue.InboxConfig{Owner: owner}} }
}

// SleepCtx waits d or until ctx is done, then returning ctx.Err().
func SleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Sizes fills in the zero sizes of an adapter's configuration: 16
// workers, room for 8192 acknowledged events waiting for one (a burst of
// 2,000 commands fits four times), and profiles cached for an hour.
func Sizes(workers, queue int, profileTTL time.Duration) (int, int, time.Duration) {
	if workers <= 0 {
		workers = 16
	}
	if queue <= 0 {
		queue = 8192
	}
	if profileTTL <= 0 {
		profileTTL = time.Hour
	}
	return workers, queue, profileTTL
}

// DecodeStored reads back what an adapter's Encode stored as JSON.
func DecodeStored[S any](payload []byte) (S, error) {
	var s S
	if err := json.Unmarshal(payload, &s); err != nil {
		return s, fmt.Errorf("decode stored event: %w", err)
	}
	return s, nil
}
