package slack

import (
	"context"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"privacybot/bot"
)

// maxMarking bounds the "✓" updates under way at once; beyond it a press
// is left unmarked (the update is cosmetic: the press is handled anyway).
const maxMarking = 32

// markTimeout bounds one "✓" update, 429 waits included.
const markTimeout = 20 * time.Second

// markChosenLater marks the pressed button as chosen in the background,
// so that the next answer never waits for it, also not under a 429.
func (a *Adapter) markChosenLater(log *slog.Logger, in inbound) {
	select {
	case a.marking <- struct{}{}:
	default:
		log.Warn("slack pressed message not updated: too many updates under way")
		return
	}
	go func() {
		defer func() { <-a.marking }()
		ctx, cancel := context.WithTimeout(a.queue.Context(), markTimeout)
		defer cancel()
		a.markChosen(ctx, log, in)
	}()
}

// notOwner reports whether the press in in is on a button shown to
// someone else; it then tells the presser so, ephemerally, and leaves the
// owner's message and its press alone.
func (a *Adapter) notOwner(ctx context.Context, log *slog.Logger, in inbound) bool {
	owner := bot.ButtonOwner(in.press.value)
	if owner == "" || owner == in.user {
		return false
	}
	replies, err := a.core.Handle(ctx, bot.Message{Address: bot.Address{Platform: bot.Slack, User: in.user, Channel: in.channel}, Action: in.press.value, Profile: a.profiles.Get(ctx, in.user)})
	if err != nil || len(replies) == 0 {
		return true
	}
	text := escape(replies[0].Text)
	m := outMessage{text: text, blocks: []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil)}}
	t := target{via: viaEphemeral, channel: in.channel, user: in.user}
	if in.responseURL != "" {
		t = target{via: viaResponseURL, responseURL: in.responseURL}
	}
	if err := a.send(ctx, retrier{sleep: a.sleep, tries: 1}, t, m); err != nil {
		log.WarnContext(ctx, "slack refusal of another user's press not sent", "err_class", errClass(err))
	}
	return true
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
