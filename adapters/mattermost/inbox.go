package mattermost

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"time"

	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// errNotStored refuses an event the inbox could not store: it is not
// acknowledged (a slash command or press gets 503, a post is fetched again
// by the next catch-up).
var errNotStored = errors.New("event not stored")

// WithInbox makes the adapter durable: every post, slash command and press
// is stored in store before it is acknowledged (for a post: before the
// catch-up position passes it), worked from there, and marked done only
// after its answer was handed over; events left unfinished by a crash are
// worked again when the adapter starts (at once when owner is the name of
// the process that stored them, else when their lease ends). The catch-up
// positions of the DM channels are kept in store too, so posts sent while
// the bot was down are answered after a restart. owner names this process
// among the replicas sharing store; "" picks a name that never comes back.
func WithInbox(store bot.InboxStore, owner string) Option {
	return func(o *options) { o.inbox = &inboxOption{store: store, cfg: workqueue.InboxConfig{Owner: owner}} }
}

// inboxOption is the inbox WithInbox asks for.
type inboxOption struct {
	store bot.InboxStore
	cfg   workqueue.InboxConfig
}

// newInbox sets up the adapter's inbox, unless WithInbox was not given.
func (a *Adapter) newInbox(o *inboxOption) {
	if o == nil {
		return
	}
	cfg := o.cfg
	cfg.Platform, cfg.Now, cfg.Log = bot.Mattermost, a.now, a.log
	cfg.Job = func(ev bot.InboxEvent) (func(ctx context.Context), error) {
		in, err := decodeStored(ev.Payload)
		if err != nil {
			return nil, err
		}
		in.event = ev.ID
		rid := requestID()
		return func(ctx context.Context) { a.process(ctx, rid, in) }, nil
	}
	a.inbox = workqueue.NewInbox(a.queue, o.store, cfg)
	a.inboxStore = o.store
	a.dms.onWatch = func(channel, user string, at int64) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := o.store.SaveInboxPosition(ctx, bot.Mattermost, channel, user, at); err != nil {
			a.log.WarnContext(ctx, "mattermost catch-up position not saved", "err_class", errClass(err))
		}
	}
}

// store stores in, under its dedup key, or a new key when it has none,
// and queues its work; createAt, for a post in a DM, moves the channel's
// catch-up position. It returns errNotStored when the store failed, and
// nil once stored: a redelivery, or an event the queue had no room for,
// is worked from the store.
func (a *Adapter) store(ctx context.Context, rid string, in inbound, createAt int64) error {
	key := in.dedupKey
	if key == "" {
		key = "mattermost:" + in.kind + ":" + rid
	}
	payload, err := json.Marshal(storedOf(in))
	if err != nil {
		return fmt.Errorf("%w: %v", errNotStored, err)
	}
	ev := bot.InboxEvent{ID: workqueue.InboxID(key), User: in.user, Payload: payload}
	in.event = ev.ID
	if in.direct && createAt > 0 {
		ev.Channel, ev.At = in.channel, createAt
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	isNew, err := a.inbox.Add(ctx, ev)
	if err != nil {
		a.log.WarnContext(ctx, "mattermost event not stored", "req", rid, "kind", in.kind, "err_class", errClass(err))
		return fmt.Errorf("%w: %w", errNotStored, err)
	}
	if !isNew {
		a.log.InfoContext(ctx, "mattermost event already stored", "req", rid, "kind", in.kind)
		return nil
	}
	if err := a.inbox.Submit(ev.ID, func(ctx context.Context) { a.process(ctx, rid, in) }); err != nil {
		a.log.InfoContext(ctx, "mattermost event left in the store for later", "req", rid, "kind", in.kind, "err_class", errClass(err))
	}
	return nil
}

// runInbox works the stored events until ctx ends; without an inbox it
// does nothing.
func (a *Adapter) runInbox(ctx context.Context) {
	if a.inbox != nil {
		go a.inbox.Run(ctx)
	}
}

// closeInbox stops storing events, once the queue is closed.
func (a *Adapter) closeInbox() {
	if a.inbox != nil {
		a.inbox.Close()
	}
}

// catchUpFrom returns the DM channels to catch up on, each with the time
// of the latest post seen there: those followed since the start, and,
// with an inbox, those stored, whose stored position wins.
func (a *Adapter) catchUpFrom(ctx context.Context) map[string]int64 {
	followed := a.dms.followed()
	if a.inboxStore == nil {
		return followed
	}
	stored, err := a.inboxStore.InboxPositions(ctx, bot.Mattermost)
	if err != nil {
		a.log.WarnContext(ctx, "mattermost catch-up positions not read", "err_class", errClass(err))
		return followed
	}
	// A stored position moved only past posts stored; one in memory may
	// have moved past a post not stored yet (a reply's time, say).
	out := maps.Clone(stored)
	for ch, at := range followed {
		if _, ok := out[ch]; !ok {
			out[ch] = at
		}
	}
	return out
}

// stored is an inbound as the inbox keeps it: what its work needs, no more.
type stored struct {
	Kind    string `json:"kind"`
	Key     string `json:"key,omitempty"`
	User    string `json:"user"`
	Channel string `json:"channel"`
	Direct  bool   `json:"direct,omitempty"`
	Text    string `json:"text,omitempty"`
	Action  string `json:"action,omitempty"`
	RootID  string `json:"root_id,omitempty"`
}

func storedOf(in inbound) stored {
	return stored{Kind: in.kind, Key: in.dedupKey, User: in.user, Channel: in.channel, Direct: in.direct,
		Text: in.text, Action: in.action, RootID: in.rootID}
}

// decodeStored reads back an inbound stored by store. A slash command
// read back has no request waiting for its answer, so the answer is
// posted.
func decodeStored(payload []byte) (inbound, error) {
	var s stored
	if err := json.Unmarshal(payload, &s); err != nil {
		return inbound{}, fmt.Errorf("decode stored event: %w", err)
	}
	if s.Kind == "" || s.User == "" || s.Channel == "" {
		return inbound{}, fmt.Errorf("decode stored event: %w", errIncomplete)
	}
	return inbound{kind: s.Kind, dedupKey: s.Key, user: s.User, channel: s.Channel, direct: s.Direct,
		text: s.Text, action: s.Action, rootID: s.RootID}, nil
}

// takeCommand queues a slash command's work, storing it first when there
// is an inbox.
func (a *Adapter) takeCommand(ctx context.Context, rid string, in inbound) error {
	if a.inbox != nil {
		return a.store(ctx, rid, in, 0)
	}
	return a.queue.TryEnqueue(func(ctx context.Context) { a.process(ctx, rid, in) })
}
