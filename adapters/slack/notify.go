package slack

import (
	"context"
	"errors"
	"fmt"

	"github.com/slack-go/slack"

	"privacybot/bot"
)

var _ bot.Notifier = (*Adapter)(nil)

// Notify sends r, with its buttons, to the user of to in their DM with the
// bot, whatever to's channel (reminders are private). It does not wait out
// a rate limit: Slack's 429 comes back as *bot.RetryAfterError, so the
// scheduler keeps the reminder pending and tries again no sooner. Any
// error means r was not (known to be) delivered.
func (a *Adapter) Notify(ctx context.Context, to bot.Address, r bot.Reply) error {
	if to.Platform != bot.Slack || !isID(to.User) {
		return errors.New("slack notify: not a Slack user")
	}
	dm, err := a.dms.get(ctx, to.User)
	if err != nil {
		return notifyErr(err)
	}
	msgs, _ := render([]numbered{{n: 0, r: r}})
	noWait := a.retry
	noWait.maxWait = 0
	for _, m := range msgs {
		if err := a.send(ctx, noWait, target{via: viaPost, channel: dm}, m); err != nil {
			return notifyErr(err)
		}
	}
	a.log.InfoContext(ctx, "slack notification sent", "messages", len(msgs))
	return nil
}

// notifyErr turns Slack's rate limit into the scheduler's RetryAfterError.
func notifyErr(err error) error {
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return &bot.RetryAfterError{After: rl.RetryAfter, Err: fmt.Errorf("slack notify: %w", err)}
	}
	return fmt.Errorf("slack notify: %w", err)
}
