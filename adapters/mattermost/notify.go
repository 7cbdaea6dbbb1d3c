package mattermost

import (
	"context"
	"errors"
	"fmt"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/bot"
)

var _ bot.Notifier = (*Adapter)(nil)

// Notify sends r, with its buttons, to the user of to in their DM with the
// bot, whatever to's channel (reminders are private). A 429 comes back as
// *bot.RetryAfterError, so the scheduler keeps the reminder pending and
// tries again no sooner; any error means r was not (known to be)
// delivered.
func (a *Adapter) Notify(ctx context.Context, to bot.Address, r bot.Reply) error {
	if to.Platform != bot.Mattermost || !model.IsValidId(to.User) {
		return errors.New("mattermost notify: not a Mattermost user")
	}
	start := a.now()
	channel, err := a.openDM(ctx, to.User)
	if err == nil {
		err = a.post(ctx, channel, to.User, render(r))
	}
	if err != nil {
		a.log.WarnContext(ctx, "mattermost notification not sent", "err_class", errClass(err))
		if e, ok := errors.AsType[*apiError](err); ok && e.class == classRateLimited {
			return &bot.RetryAfterError{After: e.retryAfter, Err: fmt.Errorf("mattermost notify: %w", err)}
		}
		return fmt.Errorf("mattermost notify: %w", err)
	}
	a.log.InfoContext(ctx, "mattermost notification sent", "took", a.now().Sub(start))
	return nil
}
