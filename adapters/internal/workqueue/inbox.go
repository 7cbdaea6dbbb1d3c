package workqueue

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"privacybot/bot"
)

// ErrInboxClosed refuses an event because the inbox was closed.
var ErrInboxClosed = errors.New("inbox closed")

// InboxConfig configures an Inbox. Zero values take the defaults.
type InboxConfig struct {
	// Platform is the platform whose events the inbox keeps.
	Platform string
	// Owner names this process in the store; a process that starts again
	// under the same name takes its unfinished events back at once.
	// Default: the host name and a random suffix, which never comes back.
	Owner string
	// Lease is how long an event stays held without renewal (default 1
	// minute): after that another process may take it over.
	Lease time.Duration
	// Poll is how often the store is asked for events to take over or left
	// over when the queue was full (default 2s).
	Poll time.Duration
	// MaxBatch bounds the events stored in one transaction (default 256).
	MaxBatch int
	// MaxAttempts is how often an event is claimed again before it is
	// given up as one that breaks its worker (default 5).
	MaxAttempts int
	Now         func() time.Time
	Log         *slog.Logger
	// Job turns a stored event back into its work; an error gives the
	// event up.
	Job func(ev bot.InboxEvent) (func(ctx context.Context), error)
}

// Inbox makes a Queue durable: an event is stored before the platform is
// told it arrived, worked from the queue, and marked done in the store only
// after its work finished. Events stored by a process that died, or left
// over when the queue was full, are claimed from the store and worked;
// a redelivered event is stored, and worked, once. Adds that come while a
// transaction is being committed are stored together in the next one
// (group commit), so an acknowledgement waits for one commit, not a queue
// of them. Its methods are safe for concurrent use.
type Inbox struct {
	q     *Queue
	store bot.InboxStore
	cfg   InboxConfig

	adds      *group[bot.InboxEvent, bool]
	finishes  *group[string, bool]
	startOnce sync.Once
	closeOnce sync.Once
	closed    chan struct{}
	stopped   sync.WaitGroup

	// startedAt is when this inbox was made: on restart it takes back the
	// events its owner stored before then.
	startedAt time.Time

	// claiming keeps a claim and the events it finds held apart from an
	// event being marked done and let go, so that a claim never takes an
	// event again that was done meanwhile.
	claiming sync.RWMutex

	// held counts, per event, the adds, jobs and workers here that hold
	// it: Run renews their leases and never claims them again.
	heldMu sync.Mutex
	held   map[string]int
}

// NewInbox returns an inbox that stores events in store and works them on
// q.
func NewInbox(q *Queue, store bot.InboxStore, cfg InboxConfig) *Inbox {
	if cfg.Owner == "" {
		host, _ := os.Hostname()
		var b [6]byte
		_, _ = rand.Read(b[:])
		cfg.Owner = host + "/" + hex.EncodeToString(b[:])
	}
	if cfg.Lease <= 0 {
		cfg.Lease = time.Minute
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 2 * time.Second
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 256
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 5
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	b := &Inbox{q: q, store: store, cfg: cfg, closed: make(chan struct{}), held: map[string]int{}, startedAt: cfg.Now()}
	b.adds = newGroup(cfg.MaxBatch, b.closed, func(ctx context.Context, evs []bot.InboxEvent) ([]bool, error) {
		return store.AddInbox(ctx, cfg.Owner, cfg.Now(), evs)
	})
	b.finishes = newGroup(cfg.MaxBatch, b.closed, func(ctx context.Context, ids []string) ([]bool, error) {
		return store.FinishInbox(ctx, cfg.Owner, ids, cfg.Now())
	})
	return b
}

// start starts the group commits, once.
func (b *Inbox) start() {
	b.startOnce.Do(func() {
		b.stopped.Go(b.adds.run)
		b.stopped.Go(b.finishes.run)
	})
}

// InboxID is the inbox's ID of a platform's event key: a SHA-256, so that
// the row kept as dedup key once the event is done names no channel.
func InboxID(eventKey string) string {
	sum := sha256.Sum256([]byte(eventKey))
	return hex.EncodeToString(sum[:16])
}

// Add stores ev, held by this process, and reports whether it is new: false
// when it was stored before (a redelivery), whether done or not. A new
// event must be handed to Submit next. It returns
// once ev is in the store, or with an error when the store failed, ctx
// ended or the inbox was closed; then the platform must not be told the
// event arrived.
func (b *Inbox) Add(ctx context.Context, ev bot.InboxEvent) (isNew bool, err error) {
	b.start()
	b.hold(ev.ID, true)
	defer func() {
		if !isNew || err != nil {
			b.hold(ev.ID, false)
		}
	}()
	ev.Platform = b.cfg.Platform
	ev.LeaseUntil = b.cfg.Now().Add(b.cfg.Lease)
	return b.adds.do(ctx, ev)
}

// Submit queues job, the work of the stored event id that Add reported new
// or Run claimed, without waiting; the
// event is marked done when job returns without its context having ended,
// unless job called Retry: then it is handed back to the store, to be
// claimed and worked again.
// When the queue is full or closed the event is handed back to the store,
// to be claimed and worked later, and ErrFull or ErrClosed returned: the
// event is stored, so the platform may still be told it arrived.
func (b *Inbox) Submit(id string, job func(ctx context.Context)) error {
	err := b.q.TryEnqueue(func(ctx context.Context) {
		var retry atomic.Bool
		job(context.WithValue(ctx, retryKey{}, &retry))
		b.claiming.RLock()
		defer b.claiming.RUnlock()
		switch {
		case ctx.Err() != nil:
		case retry.Load():
			b.release(id)
		default:
			b.done(ctx, id)
		}
		b.hold(id, false)
	})
	if err != nil {
		b.hold(id, false)
		b.release(id)
	}
	return err
}

// retryKey carries, in an inbox job's context, the flag Retry sets.
type retryKey struct{}

// Retry asks, from inside an inbox job, that its event stay pending and be
// worked again from the store, because its work was not handed on (its
// answer is not in the outbox). Do it only when working the event again is
// safe, as it is for a turn whose replies the core stored with the event.
// An event is worked again at most InboxConfig.MaxAttempts times. Outside
// an inbox job Retry does nothing.
func Retry(ctx context.Context) {
	if f, ok := ctx.Value(retryKey{}).(*atomic.Bool); ok {
		f.Store(true)
	}
}

// hold counts one more (held) or one less holder of the event id here.
func (b *Inbox) hold(id string, held bool) {
	b.heldMu.Lock()
	defer b.heldMu.Unlock()
	if held {
		b.held[id]++
	} else if b.held[id]--; b.held[id] <= 0 {
		delete(b.held, id)
	}
}

// isHeld reports whether the event id is being added, queued or at work
// here.
func (b *Inbox) isHeld(id string) bool {
	b.heldMu.Lock()
	defer b.heldMu.Unlock()
	return b.held[id] > 0
}

// heldIDs returns the events queued or at work here.
func (b *Inbox) heldIDs() []string {
	b.heldMu.Lock()
	defer b.heldMu.Unlock()
	return slices.Collect(maps.Keys(b.held))
}

// done marks the event id done after its work, with the other events
// finished meanwhile in one transaction.
func (b *Inbox) done(ctx context.Context, id string) {
	b.start()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	ok, err := b.finishes.do(ctx, id)
	switch {
	case err != nil:
		b.cfg.Log.WarnContext(ctx, "inbox event not marked done; it will be worked again", "err_class", fmt.Sprintf("%T", err))
	case !ok:
		b.cfg.Log.InfoContext(ctx, "inbox event was taken over or erased while worked")
	}
}

// release hands the event id back to the store for any process to claim.
func (b *Inbox) release(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.store.ReleaseInbox(ctx, id, b.cfg.Owner); err != nil {
		b.cfg.Log.WarnContext(ctx, "inbox event not released; taken over when its lease ends", "err_class", fmt.Sprintf("%T", err))
	}
}

// Run works the stored events until ctx ends: first those this owner held
// before it (re)started, then, every Poll, those whose lease ended (their
// process died, or the queue was full), as many as the queue has room
// for. It renews the leases of the events queued or at work here; an
// event stored but never queued (its request failed halfway) is taken
// over when its lease ends.
func (b *Inbox) Run(ctx context.Context) {
	ticker := time.NewTicker(b.cfg.Poll)
	defer ticker.Stop()
	restart := true
	renewed := b.cfg.Now()
	for {
		if b.claim(ctx, restart) == nil {
			restart = false
		}
		if now := b.cfg.Now(); now.Sub(renewed) >= b.cfg.Lease/3 {
			if err := b.store.RenewInbox(ctx, b.cfg.Owner, b.heldIDs(), now.Add(b.cfg.Lease)); err != nil && ctx.Err() == nil {
				b.cfg.Log.WarnContext(ctx, "inbox leases not renewed", "err_class", fmt.Sprintf("%T", err))
			} else {
				renewed = now
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// claim takes as many claimable events as the queue has room for and
// queues them. An event claimed too often is given up.
func (b *Inbox) claim(ctx context.Context, restart bool) error {
	for {
		room := min(b.q.Room(), b.cfg.MaxBatch)
		if room <= 0 || b.q.Closed() {
			return nil
		}
		now := b.cfg.Now()
		if restart {
			// What this process stored itself is queued here already.
			now = b.startedAt
		}
		b.claiming.Lock()
		evs, err := b.store.ClaimInbox(ctx, bot.InboxClaim{
			Platform: b.cfg.Platform, Owner: b.cfg.Owner, Now: now,
			LeaseUntil: b.cfg.Now().Add(b.cfg.Lease), Limit: room, Restart: restart,
		})
		var fresh []bot.InboxEvent
		for _, ev := range evs {
			if !b.isHeld(ev.ID) {
				b.hold(ev.ID, true)
				fresh = append(fresh, ev)
			}
		}
		b.claiming.Unlock()
		restart = false
		if err != nil {
			if ctx.Err() == nil {
				b.cfg.Log.WarnContext(ctx, "inbox claim failed", "err_class", fmt.Sprintf("%T", err))
			}
			return err
		}
		for _, ev := range fresh {
			if ev.Attempts > b.cfg.MaxAttempts {
				b.cfg.Log.ErrorContext(ctx, "inbox event given up after too many attempts", "attempts", ev.Attempts)
				b.done(ctx, ev.ID)
				b.hold(ev.ID, false)
				continue
			}
			job, err := b.cfg.Job(ev)
			if err != nil {
				b.cfg.Log.ErrorContext(ctx, "inbox event unreadable; given up", "err_class", fmt.Sprintf("%T", err))
				b.done(ctx, ev.ID)
				b.hold(ev.ID, false)
				continue
			}
			if err := b.Submit(ev.ID, job); err != nil {
				return nil
			}
		}
		if len(evs) > 0 {
			b.cfg.Log.InfoContext(ctx, "inbox events taken from the store", "events", len(evs), "restart", restart)
		}
		if len(evs) < room {
			return nil
		}
	}
}

// Close stops storing events and marking them done; an Add waiting gets
// ErrInboxClosed. Close the queue first, so that the work taken is done.
func (b *Inbox) Close() {
	b.closeOnce.Do(func() { close(b.closed) })
	b.stopped.Wait()
}

// Owner is the name this process holds its events under.
func (b *Inbox) Owner() string { return b.cfg.Owner }

// group stores the items its callers hand it: all those waiting when a
// transaction begins go into it together (group commit), so that a caller
// waits for one commit, not for a queue of them.
type group[T, R any] struct {
	reqs    chan *groupReq[T, R]
	stopped chan struct{}
	max     int
	closed  <-chan struct{}
	commit  func(ctx context.Context, items []T) ([]R, error)
}

type groupReq[T, R any] struct {
	item T
	res  R
	err  error
	done chan struct{}
}

func newGroup[T, R any](max int, closed <-chan struct{}, commit func(ctx context.Context, items []T) ([]R, error)) *group[T, R] {
	return &group[T, R]{reqs: make(chan *groupReq[T, R], max), stopped: make(chan struct{}), max: max, closed: closed, commit: commit}
}

// do hands item to the next commit and returns its result, or ctx's error
// or ErrInboxClosed first. Call it only once run runs.
func (g *group[T, R]) do(ctx context.Context, item T) (R, error) {
	var zero R
	select {
	case <-g.closed:
		return zero, ErrInboxClosed
	default:
	}
	r := &groupReq[T, R]{item: item, done: make(chan struct{})}
	select {
	case g.reqs <- r:
	case <-g.closed:
		return zero, ErrInboxClosed
	case <-ctx.Done():
		return zero, ctx.Err()
	}
	select {
	case <-r.done:
		return r.res, r.err
	case <-ctx.Done():
		return zero, ctx.Err()
	case <-g.closed:
		// run finishes the commit under way before it stops.
		<-g.stopped
		select {
		case <-r.done:
			return r.res, r.err
		default:
			return zero, ErrInboxClosed
		}
	}
}

// run commits until closed.
func (g *group[T, R]) run() {
	defer close(g.stopped)
	for {
		var first *groupReq[T, R]
		select {
		case first = <-g.reqs:
		case <-g.closed:
			return
		}
		batch := []*groupReq[T, R]{first}
	more:
		for len(batch) < g.max {
			select {
			case r := <-g.reqs:
				batch = append(batch, r)
			default:
				break more
			}
		}
		items := make([]T, len(batch))
		for i, r := range batch {
			items[i] = r.item
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		res, err := g.commit(ctx, items)
		cancel()
		for i, r := range batch {
			if err == nil {
				r.res = res[i]
			}
			r.err = err
			close(r.done)
		}
	}
}
