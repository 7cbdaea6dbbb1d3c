package slack

import (
	"context"
	"log/slog"

	"privacybot/adapters/internal/texts"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/lang"
)

// process works one job: once per event (the inbox, or else the dedup
// store, keeps a redelivery out), it asks the core, delivers the replies,
// and has a pressed button marked as chosen beside that. A press by
// someone other than the button's owner is refused before anything else
// and uses up nothing.
func (a *Adapter) process(ctx context.Context, reqID string, in inbound) {
	start := a.now()
	log := a.log.With("req", reqID, "kind", in.kind)
	if in.press != nil && a.notOwner(ctx, log, in) {
		return
	}
	if a.inbox == nil {
		first, err := a.dedup.FirstSeen(ctx, in.dedupKey, start)
		switch {
		case err != nil:
			log.WarnContext(ctx, "slack dedup store failed; handling anyway", "err_class", errClass(err))
		case !first:
			log.InfoContext(ctx, "slack event already handled")
			return
		}
	}
	if a.fgWork(ctx, log, in) {
		return
	}
	if in.im {
		a.dms.learn(in.user, in.channel)
	}
	direct := in.im || in.kind != kindMention && a.isBotDM(ctx, in.user, in.channel)
	m := bot.Message{
		Address: bot.Address{Platform: bot.Slack, User: in.user, Channel: in.channel},
		Text:    in.text,
		Direct:  direct,
		Profile: a.profiles.Get(ctx, in.user),
		Event:   in.event,
	}
	if direct {
		m.Channel = bot.DM
	}
	if in.press != nil {
		m.Action = in.press.value
	}
	replies, err := a.core.Handle(bot.WithRequestID(ctx, reqID), m)
	if err != nil {
		log.ErrorContext(ctx, "slack core failed", "err_class", errClass(err))
		replies = []bot.Reply{{Text: texts.Failed.In(langOr(m.Profile.Lang))}}
	}
	if in.press != nil && !bot.Refused(replies) && !practice.IsWeeklyAction(in.press.value) {
		a.markChosenLater(log, in)
	}
	if !direct {
		for i := range replies {
			if !replies[i].Direct {
				replies[i].Ephemeral = true
			}
		}
	}
	if err := a.deliver(ctx, log, in, direct, replies); err != nil {
		log.WarnContext(ctx, "slack reply not delivered", "err_class", errClass(err))
		if a.outbox.Load() != nil {
			// Nothing was sent: the replies go to the outbox in one
			// enqueue, and the core answers the event again as before.
			workqueue.Retry(ctx)
		}
	}
	log.InfoContext(ctx, "slack event handled", "replies", len(replies), "took", a.now().Sub(start))
}

// markChosen replaces the pressed button's group in its message by the
// choice made, so it stays visible and cannot be pressed again. Slack sends
// no copy of an ephemeral message with a press, so such a message is left
// as it is, rather than wiped out by the choice; the deduplication of the
// press still keeps it from being handled twice.
func (a *Adapter) markChosen(ctx context.Context, log *slog.Logger, in inbound) {
	p := in.press
	if p.ephemeral && p.original == nil {
		return
	}
	blocks := chosen(p.original, p.blockID, p.label)
	text := "✓ " + escape(p.label)
	if p.original != nil && p.original.Text != "" {
		text = p.original.Text
	}
	var err error
	if p.ephemeral || p.original == nil || p.messageTS == "" {
		err = a.replaceViaResponseURL(ctx, in.responseURL, outMessage{text: text, blocks: blocks})
	} else {
		err = a.update(ctx, in.channel, p.messageTS, outMessage{text: text, blocks: blocks})
	}
	if err != nil {
		log.WarnContext(ctx, "slack pressed message not updated", "err_class", errClass(err))
	}
}

func langOr(l lang.Lang) lang.Lang {
	if l == "" {
		return lang.NL
	}
	return l
}
