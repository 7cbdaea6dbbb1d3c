package pipeline

import (
	"context"
	"fmt"

	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// Position is where a post in a DM moves that channel's catch-up
// position; the zero Position moves none.
type Position struct {
	Channel string
	At      int64
}

// Enqueue hands w to the workers without waiting. Without an inbox it
// returns workqueue.ErrFull or workqueue.ErrClosed when they do not take
// it; with one it stores w first (see Store).
func (p *Pipeline[W]) Enqueue(ctx context.Context, reqID string, w W) error {
	if p.inbox == nil {
		return p.cfg.Queue.TryEnqueue(p.Job(reqID, w, ""))
	}
	return p.Store(ctx, reqID, w, Position{})
}

// Store stores w in the inbox, under its key, or a new key when it has
// none, and queues its work; pos, for a post in a DM, moves the channel's
// catch-up position. It returns ErrNotStored when the store failed, and
// nil once stored: a redelivery, or an event the queue had no room for,
// is worked from the store. Call it only with an inbox.
func (p *Pipeline[W]) Store(ctx context.Context, reqID string, w W, pos Position) error {
	key := w.Key()
	if key == "" {
		key = p.cfg.Platform + ":" + w.Kind() + ":" + reqID
	}
	payload, err := p.cfg.Adapter.Encode(w)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotStored, err)
	}
	ev := bot.InboxEvent{ID: workqueue.InboxID(key), User: w.UserID(), Payload: payload, Channel: pos.Channel, At: pos.At}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.cfg.StoreWait)
	defer cancel()
	log := p.cfg.Log
	isNew, err := p.inbox.Add(ctx, ev)
	if err != nil {
		log.WarnContext(ctx, p.cfg.Platform+" event not stored", "req", reqID, "kind", w.Kind(), "err_class", p.cfg.ErrClass(err))
		return fmt.Errorf("%w: %w", ErrNotStored, err)
	}
	if !isNew {
		log.InfoContext(ctx, p.cfg.Platform+" event already stored", "req", reqID, "kind", w.Kind())
		return nil
	}
	if err := p.inbox.Submit(ev.ID, p.Job(reqID, w, ev.ID)); err != nil {
		log.InfoContext(ctx, p.cfg.Platform+" event left in the store for later", "req", reqID, "kind", w.Kind(), "err_class", p.cfg.ErrClass(err))
	}
	return nil
}
