package slack

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/texts"
	"privacybot/bot"
)

// Ways a message reaches Slack.
const (
	// viaPost posts a normal message (chat.postMessage), in a DM or thread.
	viaPost = iota
	// viaEphemeral shows a message to one user in a channel
	// (chat.postEphemeral), in a thread when thread is set.
	viaEphemeral
	// viaResponseURL answers a slash command or a press ephemerally.
	viaResponseURL
)

// target is where a message goes.
type target struct {
	via         int
	channel     string
	user        string
	thread      string
	responseURL string
}

// deliver sends the replies of one turn. Consecutive replies bound for the
// same place travel as one message (fewer calls, fewer response_url uses);
// each keeps its own buttons.
func (a *Adapter) deliver(ctx context.Context, log *slog.Logger, in inbound, m bot.Message, replies []bot.Reply) error {
	type batch struct {
		t  target
		rs []numbered
	}
	var batches []batch
	for i, r := range replies {
		t, err := a.targetFor(ctx, in, m.Direct, r)
		if err != nil {
			return fmt.Errorf("route reply: %w", err)
		}
		if n := len(batches); n > 0 && batches[n-1].t == t {
			batches[n-1].rs = append(batches[n-1].rs, numbered{n: i, r: r})
			continue
		}
		batches = append(batches, batch{t: t, rs: []numbered{{n: i, r: r}}})
	}
	if o := a.pipe.Outbox(); o != nil {
		items := make([]bot.OutboxItem, 0, len(batches))
		for _, b := range batches {
			it, err := outboxItem(in.user, b.t, b.rs)
			if err != nil {
				return err
			}
			it.Key = bot.EventOutboxKey(m.Event, len(items))
			items = append(items, it)
		}
		return o.EnqueueAnswer(ctx, items...)
	}
	for _, b := range batches {
		msgs, dropped := render(b.rs)
		if dropped > 0 {
			log.WarnContext(ctx, "slack buttons left out: value too long", "count", dropped)
		}
		for _, m := range msgs {
			if err := a.send(ctx, a.retry, b.t, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// targetFor decides where reply r of a turn from in goes, as the core
// asked: an Ephemeral reply only to the asker, where they asked; a Direct
// reply to the user's DM (which a DM turn is in already); any other reply
// where the user wrote (direct reports that this is their DM).
func (a *Adapter) targetFor(ctx context.Context, in inbound, direct bool, r bot.Reply) (target, error) {
	switch {
	case r.Ephemeral && in.responseURL != "":
		return target{via: viaResponseURL, responseURL: in.responseURL}, nil
	case r.Ephemeral:
		return target{via: viaEphemeral, channel: in.channel, user: in.user, thread: in.threadTS}, nil
	case r.Direct && !direct:
		dm, err := a.dms.get(ctx, in.user)
		if err != nil {
			return target{}, err
		}
		return target{via: viaPost, channel: dm}, nil
	default:
		return target{via: viaPost, channel: in.channel}, nil
	}
}

// send delivers one message to t. Posts are not repeated after a server
// error, which may have posted them already.
func (a *Adapter) send(ctx context.Context, r retrier, t target, m outMessage) error {
	opts := []slack.MsgOption{slack.MsgOptionText(m.text, false), slack.MsgOptionBlocks(m.blocks...)}
	var call func(ctx context.Context) error
	switch t.via {
	case viaPost:
		if m.id != "" {
			opts = append(opts, slack.MsgOptionMetadata(slack.SlackMetadata{EventType: metadataEvent, EventPayload: map[string]any{"id": m.id}}))
		}
		call = func(ctx context.Context) error {
			_, _, err := a.api.PostMessageContext(ctx, t.channel, opts...)
			return err
		}
	case viaEphemeral:
		if t.thread != "" {
			opts = append(opts, slack.MsgOptionTS(t.thread))
		}
		call = func(ctx context.Context) error {
			_, err := a.api.PostEphemeralContext(ctx, t.channel, t.user, opts...)
			return err
		}
	default:
		opts = append(opts, slack.MsgOptionResponseURL(t.responseURL, slack.ResponseTypeEphemeral))
		call = func(ctx context.Context) error {
			_, _, err := a.api.PostMessageContext(ctx, "", opts...)
			return err
		}
	}
	if err := r.do(ctx, false, call); err != nil {
		return fmt.Errorf("send message: %w", err)
	}
	return nil
}

// update rewrites a normal message (chat.update); repeating it is harmless.
func (a *Adapter) update(ctx context.Context, channel, ts string, m outMessage) error {
	err := a.retry.do(ctx, true, func(ctx context.Context) error {
		_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts, slack.MsgOptionText(m.text, false), slack.MsgOptionBlocks(m.blocks...))
		return err
	})
	if err != nil {
		return fmt.Errorf("update message: %w", err)
	}
	return nil
}

// replaceViaResponseURL rewrites the message a response URL belongs to,
// also an ephemeral one.
func (a *Adapter) replaceViaResponseURL(ctx context.Context, responseURL string, m outMessage) error {
	err := a.retry.do(ctx, true, func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, "", slack.MsgOptionText(m.text, false), slack.MsgOptionBlocks(m.blocks...), slack.MsgOptionReplaceOriginal(responseURL))
		return err
	})
	if err != nil {
		return fmt.Errorf("replace message: %w", err)
	}
	return nil
}

// notifyBusy tells the user of in, in the background, that the queue is
// full. Beyond a few notices at once, the rest are only logged.
func (a *Adapter) notifyBusy(in inbound, reqID string) {
	select {
	case a.notices <- struct{}{}:
	default:
		a.log.Warn("slack queue full; event dropped", "req", reqID, "kind", in.kind)
		return
	}
	go func() {
		defer func() { <-a.notices }()
		t := target{via: viaResponseURL, responseURL: in.responseURL}
		switch in.kind {
		case kindDM:
			t = target{via: viaPost, channel: in.channel}
		case kindMention:
			t = target{via: viaEphemeral, channel: in.channel, user: in.user, thread: in.threadTS}
		}
		m := outMessage{text: escape(texts.BusyBoth), blocks: []slack.Block{
			slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, escape(texts.BusyBoth), false, false), nil, nil),
		}}
		ctx, cancel := context.WithTimeout(a.queue.Context(), 10*time.Second)
		defer cancel()
		err := a.send(ctx, retrier{sleep: a.sleep, tries: 1}, t, m)
		a.log.Warn("slack queue full; asked user to try again", "req", reqID, "kind", in.kind, "err_class", errClass(err))
	}()
}
