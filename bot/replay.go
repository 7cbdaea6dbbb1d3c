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
