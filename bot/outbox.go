package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"sync"
	"time"
)

// Outbox states of an item.
const (
	OutboxPending = "pending"
	OutboxSending = "sending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

// TargetDM is the Target of an outbox item bound for the user's DM with
// the bot; its Payload is one Reply as JSON. Adapters choose their own
// targets and payloads for everything else.
const TargetDM = "dm"

// OutboxItem is one delivery kept in the outbox until it is sent: the
// platform messages of one answer, one reminder or one notice, for one user.
type OutboxItem struct {
	// ID is our message ID; the platform message for part n of the item
	// carries "ID.n", so that it can be found again (see Courier).
	ID int64
	// Key, when not "", makes the enqueue idempotent: an item whose Key is
	// already stored is not stored again (nor sent).
	Key      string
	Platform string
	User     string
	// Target is where the messages go, in the adapter's own words
	// (TargetDM, or a channel or response URL as JSON).
	Target string
	// Payload is what is sent: the rendered messages or the bot's replies
	// as JSON. The store empties it once the item is sent or given up.
	Payload string
	// Sent counts the parts (platform messages) delivered so far.
	Sent int
	// Attempts counts the failed attempts, 429s left out.
	Attempts int
	// Unsure is set when an attempt ended without knowing whether the
	// platform took part Sent: the next attempt asks the platform first.
	Unsure bool
	State  string
	// NextAt is when the item is tried next; while it is sending, the end
	// of the sender's claim.
	NextAt    time.Time
	CreatedAt time.Time
}

// OutboxStore keeps the outbox. Every method is one transaction.
type OutboxStore interface {
	// EnqueueOutbox stores items in one transaction and sets their IDs.
	// With a non-zero claim the items are stored as sending, claimed by the
	// caller until claim; else as pending, due at once. An item whose Key
	// is already stored is left out and keeps ID 0. owner names the
	// claiming process.
	EnqueueOutbox(ctx context.Context, items []OutboxItem, owner string, claim time.Time) error
	// ClaimOutbox takes up to limit items due at now, oldest first, and
	// claims them until claim: pending items whose NextAt has come, and
	// sending items whose claim ran out. The latter come back Unsure: their
	// sender may have sent a part before it stopped. owner names the
	// claiming process.
	ClaimOutbox(ctx context.Context, owner string, now, claim time.Time, limit int) ([]OutboxItem, error)
	// TakeBackOutbox makes the items that owner was sending when it
	// stopped due at now, so that the process restarted under the same
	// name claims them at once instead of after their claim; they come
	// back Unsure. It returns how many it took back.
	TakeBackOutbox(ctx context.Context, owner string, now time.Time) (int64, error)
	// SaveOutbox stores it's Sent, Attempts, Unsure, State and NextAt, if
	// the claim that ends at claimed still holds it; else ErrConflict. A
	// sent or failed item loses its Payload.
	SaveOutbox(ctx context.Context, it OutboxItem, claimed time.Time) error
	// TakeOverOutbox makes the items stored under keys that are being sent
	// under a claim not run out yet due at now, so that the next claim
	// takes them (as Unsure, like any item whose claim ran out).
	TakeOverOutbox(ctx context.Context, keys []string, now time.Time) error
}

// Errors a Courier wraps to tell the outbox what a failed attempt means.
var (
	// ErrUnsure: the platform may have taken the message (a timeout, a
	// connection cut after sending, a 5xx on a post).
	ErrUnsure = errors.New("outcome unknown")
	// ErrUndeliverable: trying again will not help (the platform refused
	// the message or the user).
	ErrUndeliverable = errors.New("undeliverable")
)

// Courier sends outbox items on one platform. Adapters implement it.
type Courier interface {
	// Deliver sends the parts of it from it.Sent on, in order, adding one
	// to it.Sent for each part delivered. When it.Unsure is set, part
	// it.Sent may already be on the platform: Deliver asks the platform
	// first and counts the part as delivered when it is there, so that
	// nobody gets it twice. A *RetryAfterError, ErrUnsure or
	// ErrUndeliverable in the error says what went wrong.
	Deliver(ctx context.Context, it *OutboxItem) error
	// GiveUp tells the user of it, in one short message, that a message
	// did not reach them. The outbox calls it once, after the last try.
	GiveUp(ctx context.Context, it OutboxItem) error
}

// OutboxConfig tunes the outbox; zero fields take the defaults.
type OutboxConfig struct {
	// Senders is how many items are sent at once (48): enough to keep
	// a platform that takes 150 ms a post busy at ~300 posts a second.
	// Items of one user always go through one sender, in order.
	Senders int
	// Claim is how long a sender holds an item (2m).
	Claim time.Duration
	// Timeout bounds one attempt (30s).
	Timeout time.Duration
	// MaxAttempts is the number of failed attempts (429s not counted)
	// after which the item is given up (6).
	MaxAttempts int
	// RetryBase and RetryMax bound the exponential backoff (1s up to 1m).
	RetryBase, RetryMax time.Duration
	// MaxAge is how long an item is tried at all, also under 429s (1h).
	MaxAge time.Duration
	// UnsureWait is the least wait after an attempt whose outcome is
	// unknown (10s), so that a post the platform was still working on
	// when we gave up has landed before we look for it.
	UnsureWait time.Duration
	// Poll is how often Run looks for items due again (1s).
	Poll time.Duration
	// Owner names this process among the replicas, the same across its
	// restarts (serve uses the inbox's owner name). When set, Run first
	// takes back the items a predecessor of that name was sending when it
	// stopped; others' items wait for their claim to run out.
	Owner string
}

func (c OutboxConfig) withDefaults() OutboxConfig {
	if c.Senders <= 0 {
		c.Senders = 48
	}
	if c.Claim <= 0 {
		c.Claim = 2 * time.Minute
	}
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 6
	}
	if c.RetryBase <= 0 {
		c.RetryBase = time.Second
	}
	if c.RetryMax < c.RetryBase {
		c.RetryMax = max(time.Minute, c.RetryBase)
	}
	if c.MaxAge <= 0 {
		c.MaxAge = time.Hour
	}
	if c.Poll <= 0 {
		c.Poll = time.Second
	}
	if c.UnsureWait <= 0 {
		c.UnsureWait = 10 * time.Second
	}
	return c
}

// laneDepth is how many items wait in memory per sender; more wait in the
// store until their claim runs out.
const laneDepth = 1024

// Outbox sends every answer, reminder and notice from a stored row: an
// item is stored before anything is sent, sent by a sender, retried with
// exponential backoff (a 429 waits its Retry-After and counts no attempt),
// and, after the last try, the user is told. After an attempt whose
// outcome is unknown (and after a crash, for every item that was being
// sent) the courier asks the platform whether it has the message before
// sending it again, so nobody gets it twice.
type Outbox struct {
	store    OutboxStore
	couriers map[string]Courier
	now      Clock
	log      *slog.Logger
	cfg      OutboxConfig

	mu      sync.Mutex
	lanes   []chan OutboxItem
	running bool
	busy    int
	idle    *sync.Cond
}

// NewOutbox returns an outbox that sends through the courier of each
// item's platform. It sends nothing until Run; Sweep works without Run.
func NewOutbox(store OutboxStore, couriers map[string]Courier, clock Clock, log *slog.Logger, cfg OutboxConfig) *Outbox {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	o := &Outbox{store: store, couriers: couriers, now: clock, log: log, cfg: cfg.withDefaults()}
	o.idle = sync.NewCond(&o.mu)
	return o
}

// SetCourier adds or replaces the courier of a platform; call it before Run.
func (o *Outbox) SetCourier(platform string, c Courier) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.couriers == nil {
		o.couriers = map[string]Courier{}
	}
	o.couriers[platform] = c
}

// Send is how the bot sends a message to a user outside a turn (reminders,
// the weekly digest): it stores r for the user's DM with the bot and
// returns; the outbox then delivers it, retrying, and tells the user if it
// cannot. key, when not "", makes Send idempotent: a second Send with a
// key already stored (sent rows are kept for the dedup retention period)
// stores and sends nothing. Choose keys that name the occasion, such as
// "digest:<user>:<ISO week>".
func (o *Outbox) Send(ctx context.Context, key string, to Address, r Reply) error {
	payload, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("outbox send: %w", err)
	}
	return o.Enqueue(ctx, OutboxItem{Key: key, Platform: to.Platform, User: to.User, Target: TargetDM, Payload: string(payload)})
}

// Enqueue stores items in one transaction and hands them to the senders.
// It returns once they are stored: from then on they are sent, also after
// a restart. Items of one user are sent in the order given.
func (o *Outbox) Enqueue(ctx context.Context, items ...OutboxItem) error {
	now := o.now()
	o.mu.Lock()
	running := o.running
	o.mu.Unlock()
	var claim time.Time
	if running {
		claim = now.Add(o.cfg.Claim)
	}
	for i := range items {
		items[i].CreatedAt, items[i].Attempts, items[i].Sent, items[i].Unsure = now, 0, 0, false
	}
	if err := o.store.EnqueueOutbox(ctx, items, o.cfg.Owner, claim); err != nil {
		return fmt.Errorf("outbox enqueue: %w", err)
	}
	if !running {
		return nil
	}
	for _, it := range items {
		if it.ID != 0 {
			it.State, it.NextAt = OutboxSending, claim
			o.dispatch(it)
		}
	}
	return nil
}

// Run starts the senders and, until ctx ends, looks every Poll for items
// due again (retries, and items a stopped process left). It returns when
// ctx ends and the senders have finished their attempts.
func (o *Outbox) Run(ctx context.Context) {
	if o.cfg.Owner != "" {
		n, err := o.store.TakeBackOutbox(ctx, o.cfg.Owner, o.now())
		if err != nil {
			o.log.WarnContext(ctx, "outbox take-back failed; the items wait for their claim", "err", err)
		} else if n > 0 {
			o.log.InfoContext(ctx, "outbox took back items a stopped process was sending", "items", n)
		}
	}
	o.mu.Lock()
	o.lanes = make([]chan OutboxItem, o.cfg.Senders)
	var wg sync.WaitGroup
	for i := range o.lanes {
		o.lanes[i] = make(chan OutboxItem, laneDepth)
		lane := o.lanes[i]
		wg.Go(func() {
			for {
				select {
				case <-ctx.Done():
					return
				case it := <-lane:
					o.attempt(ctx, it)
					o.done()
				}
			}
		})
	}
	o.running = true
	o.mu.Unlock()
	t := time.NewTicker(o.cfg.Poll)
	defer t.Stop()
	for {
		if err := o.claimDue(ctx); err != nil && ctx.Err() == nil {
			o.log.WarnContext(ctx, "outbox claim failed", "err", err)
		}
		select {
		case <-ctx.Done():
			o.mu.Lock()
			o.running = false
			o.mu.Unlock()
			wg.Wait()
			return
		case <-t.C:
		}
	}
}

// claimDue claims the due items and hands them to the senders.
func (o *Outbox) claimDue(ctx context.Context) error {
	for {
		now := o.now()
		items, err := o.store.ClaimOutbox(ctx, o.cfg.Owner, now, now.Add(o.cfg.Claim), laneDepth)
		if err != nil {
			return err
		}
		for _, it := range items {
			o.dispatch(it)
		}
		if len(items) < laneDepth {
			return nil
		}
	}
}

// dispatch hands a claimed item to its user's sender. When that sender's
// queue is full the item stays in the store and is claimed again once its
// claim runs out.
func (o *Outbox) dispatch(it OutboxItem) {
	h := fnv.New32a()
	h.Write([]byte(it.Platform + "\x00" + it.User))
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.running {
		return
	}
	select {
	case o.lanes[int(h.Sum32()%uint32(len(o.lanes)))] <- it:
		o.busy++
	default:
		o.log.Warn("outbox sender queue full; item waits for its claim to run out", "item", it.ID)
	}
}

func (o *Outbox) done() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.busy--
	if o.busy == 0 {
		o.idle.Broadcast()
	}
}

// Idle waits until the senders have no item in hand or queued.
func (o *Outbox) Idle() {
	o.mu.Lock()
	defer o.mu.Unlock()
	for o.busy > 0 {
		o.idle.Wait()
	}
}

// Sweep claims the items due now and attempts each once, in the calling
// goroutine, without Run. It reports how many it attempted.
func (o *Outbox) Sweep(ctx context.Context) (int, error) {
	now := o.now()
	items, err := o.store.ClaimOutbox(ctx, o.cfg.Owner, now, now.Add(o.cfg.Claim), laneDepth)
	if err != nil {
		return 0, fmt.Errorf("outbox sweep: %w", err)
	}
	for _, it := range items {
		o.attempt(ctx, it)
	}
	return len(items), nil
}

// attempt tries to deliver one claimed item and stores the result.
func (o *Outbox) attempt(ctx context.Context, it OutboxItem) {
	claimed := it.NextAt
	o.mu.Lock()
	c, ok := o.couriers[it.Platform]
	o.mu.Unlock()
	var err error
	if ok {
		actx, cancel := context.WithTimeout(ctx, o.cfg.Timeout)
		err = c.Deliver(actx, &it)
		cancel()
	} else {
		err = fmt.Errorf("no courier for platform %q", it.Platform)
	}
	if ctx.Err() != nil {
		return // stopping: the claim runs out and the item comes back unsure
	}
	now := o.now()
	giveUp := false
	switch ra, limited := errors.AsType[*RetryAfterError](err); {
	case err == nil:
		it.State, it.Unsure = OutboxSent, false
	case errors.Is(err, ErrUndeliverable):
		giveUp = true
	case limited:
		it.State, it.NextAt = OutboxPending, now.Add(max(ra.After, time.Second))
		giveUp = it.NextAt.Sub(it.CreatedAt) > o.cfg.MaxAge
	default:
		it.Attempts++
		it.Unsure = it.Unsure || errors.Is(err, ErrUnsure)
		wait := o.backoff(it.Attempts)
		if it.Unsure {
			wait = max(wait, o.cfg.UnsureWait)
		}
		it.State, it.NextAt = OutboxPending, now.Add(wait)
		giveUp = it.Attempts >= o.cfg.MaxAttempts || it.NextAt.Sub(it.CreatedAt) > o.cfg.MaxAge
	}
	if giveUp {
		it.State = OutboxFailed
	}
	if err != nil {
		o.log.WarnContext(ctx, "outbox attempt failed", "item", it.ID, "platform", it.Platform,
			"attempts", it.Attempts, "unsure", it.Unsure, "state", it.State, "retry_at", it.NextAt, "err", err)
	}
	if serr := o.store.SaveOutbox(ctx, it, claimed); serr != nil {
		o.log.ErrorContext(ctx, "outbox item not saved", "item", it.ID, "err", serr)
		return
	}
	if giveUp && ok {
		gctx, cancel := context.WithTimeout(ctx, o.cfg.Timeout)
		if gerr := c.GiveUp(gctx, it); gerr != nil {
			o.log.WarnContext(ctx, "outbox give-up notice not sent", "item", it.ID, "err", gerr)
		}
		cancel()
	}
}

// backoff is the wait after the n-th failed attempt: RetryBase doubling,
// at most RetryMax.
func (o *Outbox) backoff(n int) time.Duration {
	d := o.cfg.RetryBase
	for i := 1; i < n && d < o.cfg.RetryMax; i++ {
		d *= 2
	}
	return min(d, o.cfg.RetryMax)
}

// DecodeDM returns the reply of an item bound for TargetDM.
func DecodeDM(it OutboxItem) (Reply, error) {
	var r Reply
	if err := json.Unmarshal([]byte(it.Payload), &r); err != nil {
		return Reply{}, fmt.Errorf("outbox item %d: %w", it.ID, err)
	}
	return r, nil
}
