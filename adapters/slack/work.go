package slack

import (
	"context"
	"fmt"
	"log/slog"

	"privacybot/adapters/internal/pipeline"
	"privacybot/bot"
	"privacybot/bot/practice"
)

// turns is what Slack adds to the turn package pipeline runs.
type turns struct{ *Adapter }

var _ pipeline.Platform[inbound] = turns{}

// Screen refuses a press by someone other than the button's owner before
// anything else; it uses up nothing.
func (t turns) Screen(ctx context.Context, log *slog.Logger, in inbound) bool {
	return in.press != nil && t.notOwner(ctx, log, in)
}

// Message does the FG channel's work itself; any other work becomes the
// core's message, Direct when it came from the user's DM with the bot.
func (t turns) Message(ctx context.Context, log *slog.Logger, in inbound) (bot.Message, bool) {
	if t.fgWork(ctx, log, in) {
		return bot.Message{}, false
	}
	if in.im {
		t.dms.learn(in.user, in.channel)
	}
	direct := in.im || in.kind != kindMention && t.isBotDM(ctx, in.user, in.channel)
	m := bot.Message{
		Address: bot.Address{Platform: bot.Slack, User: in.user, Channel: in.channel},
		Text:    in.text,
		Direct:  direct,
	}
	if direct {
		m.Channel = bot.DM
	}
	if in.press != nil {
		m.Action = in.press.value
	}
	return m, true
}

// Deliver has a pressed button marked as chosen beside the answer, and
// delivers the replies. Through the outbox a failure sent nothing: the
// replies go there in one enqueue.
func (t turns) Deliver(ctx context.Context, log *slog.Logger, in inbound, m bot.Message, replies []bot.Reply) error {
	if in.press != nil && !bot.Refused(replies) && !practice.IsWeeklyAction(in.press.value) {
		t.markChosenLater(log, in)
	}
	err := t.deliver(ctx, log, in, m, replies)
	if err != nil && t.pipe.Outbox() != nil {
		return fmt.Errorf("%w: %w", pipeline.ErrNotSent, err)
	}
	return err
}
