// Package pipeline is the turn both chat adapters run for one piece of
// inbound work, and the plumbing around it. A turn keeps a redelivery out
// (through the inbox, else the dedup store), reads the user's profile,
// asks the core, turns a failure of the core into a "try again" for the
// asker, and has the adapter deliver the replies. The package also holds
// the adapters' inbox plumbing, their outbox, their readiness and
// shutdown, and the options they share. What differs per platform (the
// SDK calls, rendering, authentication) stays in the adapter, behind
// Platform.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"privacybot/adapters/internal/profiles"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// Work is the part of an adapter's inbound work the pipeline reads.
type Work interface {
	// Kind names the work in the log ("command", "dm", "press", …).
	Kind() string
	// Key names the event for deduplication and the inbox: a redelivery
	// has the same key. "" when the work needs no deduplication.
	Key() string
	// UserID is the platform's ID of the user who wrote or pressed.
	UserID() string
}

// Platform is what an adapter adds to the turn.
type Platform[W Work] interface {
	// Screen deals with w before the turn when it is not the core's to
	// answer as a turn (a press of a button shown to someone else) and
	// reports whether it did; such work uses up nothing.
	Screen(ctx context.Context, log *slog.Logger, w W) bool
	// Message is the core's message for w, asked once a redelivery was
	// kept out; ok is false when the adapter took care of w itself. The
	// pipeline fills in the profile and the inbox event.
	Message(ctx context.Context, log *slog.Logger, w W) (m bot.Message, ok bool)
	// Deliver sends the replies to m, the message the core answered. An
	// error that wraps ErrNotSent says that nothing was sent: with the
	// outbox in use, the inbox then works the event again.
	Deliver(ctx context.Context, log *slog.Logger, w W, m bot.Message, replies []bot.Reply) error
	// Encode is w as the inbox stores it; Decode reads it back.
	Encode(w W) ([]byte, error)
	Decode(payload []byte) (W, error)
}

// ErrNotSent marks a delivery that failed before anything reached the
// platform or the outbox.
var ErrNotSent = errors.New("nothing sent")

// ErrNotStored refuses an event the inbox could not store: it is not
// acknowledged, so the platform delivers it again (or, where it does not,
// the user is asked to try again).
var ErrNotStored = errors.New("event not stored")

// Config is what a Pipeline works with.
type Config[W Work] struct {
	// Platform is bot.Slack or bot.Mattermost.
	Platform string
	// Core answers the messages; Dedup keeps a redelivery out when there
	// is no inbox.
	Core  bot.Handler
	Dedup bot.DedupStore
	// Log receives kinds, durations and error classes, never text.
	Log *slog.Logger
	Now func() time.Time
	// Profiles gives the user's language and time zone.
	Profiles *profiles.Cache
	// Queue runs the turns on the adapter's workers.
	Queue *workqueue.Queue
	// Inbox, when set, stores every event before it is acknowledged.
	Inbox *InboxOption
	// StoreWait bounds the storing of one event in the inbox.
	StoreWait time.Duration
	// ErrClass names an error's kind for the log, without its text.
	ErrClass func(error) string
	// RequestID names a request in the log.
	RequestID func() string
	// Adapter is what the platform adds to the turn.
	Adapter Platform[W]
}

// Pipeline runs the turns of one adapter. Its methods are safe for
// concurrent use.
type Pipeline[W Work] struct {
	cfg   Config[W]
	inbox *workqueue.Inbox
	// outbox, once set, sends the answers (see UseOutbox).
	outbox atomic.Pointer[bot.Outbox]

	running  atomic.Bool
	ready    atomic.Bool
	stopped  chan struct{}
	stopOnce sync.Once
}

// New returns the pipeline of cfg, with its inbox when cfg.Inbox is set.
func New[W Work](cfg Config[W]) *Pipeline[W] {
	p := &Pipeline[W]{cfg: cfg, stopped: make(chan struct{})}
	if o := cfg.Inbox; o != nil {
		ic := o.Cfg
		ic.Platform, ic.Now, ic.Log = cfg.Platform, cfg.Now, cfg.Log
		ic.Job = func(ev bot.InboxEvent) (func(ctx context.Context), error) {
			w, err := cfg.Adapter.Decode(ev.Payload)
			if err != nil {
				return nil, err
			}
			return p.Job(cfg.RequestID(), w, ev.ID), nil
		}
		p.inbox = workqueue.NewInbox(cfg.Queue, o.Store, ic)
	}
	return p
}

// Begin marks the adapter as running; a second call is an error.
func (p *Pipeline[W]) Begin() error {
	if !p.running.CompareAndSwap(false, true) {
		return fmt.Errorf("%s: Run called twice", p.cfg.Platform)
	}
	return nil
}

// RunInbox works the stored events until ctx ends; without an inbox it
// does nothing.
func (p *Pipeline[W]) RunInbox(ctx context.Context) {
	if p.inbox != nil {
		go p.inbox.Run(ctx)
	}
}

// End stops the adapter once runCtx has ended: it is no longer ready, the
// work in flight is cancelled and waited for, and the inbox stores no
// more events.
func (p *Pipeline[W]) End(runCtx context.Context) {
	p.ready.Store(false)
	_ = p.cfg.Queue.Close(runCtx)
	if p.inbox != nil {
		p.inbox.Close()
	}
}

// SetReady says whether the adapter's connection can take events.
func (p *Pipeline[W]) SetReady(ready bool) { p.ready.Store(ready) }

// Ready reports whether the adapter can take events: SetReady(true) was
// called and Shutdown has not begun.
func (p *Pipeline[W]) Ready() bool { return p.ready.Load() && !p.cfg.Queue.Closed() }

// Stopped is closed once Shutdown has finished.
func (p *Pipeline[W]) Stopped() <-chan struct{} { return p.stopped }

// Shutdown stops taking new work and waits for the acknowledged work to
// be done. When ctx ends first the remaining work is cancelled and ctx's
// error returned.
func (p *Pipeline[W]) Shutdown(ctx context.Context) error {
	defer p.stopOnce.Do(func() { close(p.stopped) })
	if err := p.cfg.Queue.Close(ctx); err != nil {
		return fmt.Errorf("%s shutdown: %w", p.cfg.Platform, err)
	}
	return nil
}

// UseOutbox makes the adapter send its answers through o, with c as o's
// courier for the platform.
func (p *Pipeline[W]) UseOutbox(o *bot.Outbox, c bot.Courier) {
	o.SetCourier(p.cfg.Platform, c)
	p.outbox.Store(o)
}

// Outbox is the outbox UseOutbox set, or nil.
func (p *Pipeline[W]) Outbox() *bot.Outbox { return p.outbox.Load() }

// HasInbox reports whether events are stored before they are worked.
func (p *Pipeline[W]) HasInbox() bool { return p.inbox != nil }

// Check checks what every adapter is built with, a core and a dedup
// store, and returns the adapter's log: log, or one that drops
// everything, marked with the platform.
func Check(platform string, core bot.Handler, dedup bot.DedupStore, log *slog.Logger) (*slog.Logger, error) {
	if core == nil || dedup == nil {
		return nil, fmt.Errorf("%s: core and dedup store are required", platform)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return log.With("platform", platform), nil
}
