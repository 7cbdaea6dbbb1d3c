package bot

import (
	"context"
	"fmt"
	"strconv"
)

// replay returns the replies stored for m's inbox event by a turn that
// committed before (ok true): the event is then answered as it was the
// first time and not applied to the conversation again.
func (b *Bot) replay(ctx context.Context, m Message) (replies []Reply, ok bool, err error) {
	if m.Event == "" || b.Turns == nil {
		return nil, false, nil
	}
	replies, ok, err = b.Turns.TurnReplies(ctx, m.Event)
	if err != nil {
		return nil, false, fmt.Errorf("read stored replies: %w", err)
	}
	if ok {
		b.Log.InfoContext(ctx, "inbox event answered before; stored replies returned", "platform", m.Platform)
	}
	return replies, ok, nil
}

// EventOutboxKey is the outbox key of the n-th outbox item of the answer
// to inbox event: an event worked again enqueues its answer under the same
// keys, so the outbox stores, and sends, it once. It is "" without an
// event (no idempotence asked).
func EventOutboxKey(event string, n int) string {
	if event == "" {
		return ""
	}
	return "event:" + event + ":" + strconv.Itoa(n)
}

// EnqueueAnswer stores the answer to an inbox event as Enqueue does. An
// item whose Key is stored already is that same answer, enqueued by an
// earlier run of the event that did not finish (its process died before
// the event was marked done): when that item is still being sent under the
// earlier run's claim, it is made due now, so that it goes out (the
// courier first asks the platform whether it has it) without waiting for
// the claim to run out.
func (o *Outbox) EnqueueAnswer(ctx context.Context, items ...OutboxItem) error {
	if err := o.Enqueue(ctx, items...); err != nil {
		return err
	}
	var keys []string
	for _, it := range items {
		if it.ID == 0 && it.Key != "" {
			keys = append(keys, it.Key)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	if err := o.store.TakeOverOutbox(ctx, keys, o.now()); err != nil {
		return fmt.Errorf("outbox take over: %w", err)
	}
	o.log.InfoContext(ctx, "outbox answer stored by an earlier run of its event; taken over", "items", len(keys))
	return nil
}
