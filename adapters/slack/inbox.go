package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// errNotStored refuses an event the inbox could not store: it is not
// acknowledged, so Slack delivers it again (a slash command is answered
// "try again").
var errNotStored = errors.New("event not stored")

// WithInbox makes the adapter durable: every event, command and press is
// stored in store before Slack is told it arrived, worked from there, and
// marked done only after its answer was handed over; events left
// unfinished by a crash are worked again when the adapter starts (at once
// when owner is the name of the process that stored them, else when their
// lease ends). The inbox's event ID is the deduplication key, so the dedup
// store is then used for nothing else. owner names this process among the
// replicas sharing store; "" picks a name that never comes back.
func WithInbox(store bot.InboxStore, owner string) Option {
	return func(o *options) { o.inbox = &inboxOption{store: store, cfg: workqueue.InboxConfig{Owner: owner}} }
}

// inboxOption is the inbox WithInbox asks for.
type inboxOption struct {
	store bot.InboxStore
	cfg   workqueue.InboxConfig
}

// newInbox returns the adapter's inbox, or nil without WithInbox.
func (a *Adapter) newInbox(o *inboxOption) *workqueue.Inbox {
	if o == nil {
		return nil
	}
	cfg := o.cfg
	cfg.Platform, cfg.Now, cfg.Log = bot.Slack, a.now, a.log
	cfg.Job = func(ev bot.InboxEvent) (func(ctx context.Context), error) {
		in, err := decodeStored(ev.Payload)
		if err != nil {
			return nil, err
		}
		in.event = ev.ID
		reqID := a.requestID()
		return func(ctx context.Context) { a.process(ctx, reqID, in) }, nil
	}
	return workqueue.NewInbox(a.queue, o.store, cfg)
}

// enqueue hands in to the workers without waiting. Without an inbox it
// returns workqueue.ErrFull or workqueue.ErrClosed when they do not take
// it. With one, in is stored first: errNotStored when that fails, nil
// once stored (a redelivery, or an event the queue had no room for, is
// worked from the store).
func (a *Adapter) enqueue(ctx context.Context, reqID string, in inbound) error {
	if a.inbox == nil {
		return a.queue.TryEnqueue(func(ctx context.Context) { a.process(ctx, reqID, in) })
	}
	payload, err := json.Marshal(storedOf(in))
	if err != nil {
		return fmt.Errorf("%w: %v", errNotStored, err)
	}
	id := workqueue.InboxID(in.dedupKey)
	in.event = id
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	isNew, err := a.inbox.Add(ctx, bot.InboxEvent{ID: id, User: in.user, Payload: payload})
	if err != nil {
		a.log.WarnContext(ctx, "slack event not stored", "req", reqID, "kind", in.kind, "err_class", errClass(err))
		return fmt.Errorf("%w: %w", errNotStored, err)
	}
	if !isNew {
		a.log.InfoContext(ctx, "slack event already stored", "req", reqID, "kind", in.kind)
		return nil
	}
	if err := a.inbox.Submit(id, func(ctx context.Context) { a.process(ctx, reqID, in) }); err != nil {
		a.log.InfoContext(ctx, "slack event left in the store for later", "req", reqID, "kind", in.kind, "err_class", errClass(err))
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

// stored is an inbound as the inbox keeps it: what its work needs, no more.
type stored struct {
	Kind        string       `json:"kind"`
	Key         string       `json:"key"`
	User        string       `json:"user"`
	Channel     string       `json:"channel"`
	IM          bool         `json:"im,omitempty"`
	Text        string       `json:"text,omitempty"`
	ThreadTS    string       `json:"thread_ts,omitempty"`
	ResponseURL string       `json:"response_url,omitempty"`
	Press       *storedPress `json:"press,omitempty"`
}

type storedPress struct {
	Value     string           `json:"value"`
	Label     string           `json:"label"`
	BlockID   string           `json:"block_id"`
	MessageTS string           `json:"message_ts,omitempty"`
	Ephemeral bool             `json:"ephemeral,omitempty"`
	Original  *originalMessage `json:"original,omitempty"`
}

func storedOf(in inbound) stored {
	s := stored{Kind: in.kind, Key: in.dedupKey, User: in.user, Channel: in.channel, IM: in.im,
		Text: in.text, ThreadTS: in.threadTS, ResponseURL: in.responseURL}
	if p := in.press; p != nil {
		s.Press = &storedPress{Value: p.value, Label: p.label, BlockID: p.blockID, MessageTS: p.messageTS,
			Ephemeral: p.ephemeral, Original: p.original}
	}
	return s
}

// decodeStored reads back an inbound stored by enqueue.
func decodeStored(payload []byte) (inbound, error) {
	var s stored
	if err := json.Unmarshal(payload, &s); err != nil {
		return inbound{}, fmt.Errorf("decode stored event: %w", err)
	}
	if s.Kind == "" || s.Key == "" || !isID(s.User) || !isID(s.Channel) {
		return inbound{}, fmt.Errorf("decode stored event: %w", errIncomplete)
	}
	in := inbound{kind: s.Kind, dedupKey: s.Key, user: s.User, channel: s.Channel, im: s.IM,
		text: s.Text, threadTS: s.ThreadTS, responseURL: s.ResponseURL}
	if p := s.Press; p != nil {
		in.press = &press{value: p.Value, label: p.Label, blockID: p.BlockID, messageTS: p.MessageTS,
			ephemeral: p.Ephemeral, original: p.Original}
	}
	return in, nil
}
