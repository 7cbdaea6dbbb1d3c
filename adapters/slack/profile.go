package slack

import (
	"context"
	"fmt"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/profiles"
	"privacybot/bot"
)

// fetchProfile asks users.info for the user's time zone and locale.
func (a *Adapter) fetchProfile(ctx context.Context, user string) (bot.Profile, error) {
	var u *slack.User
	err := a.retry.do(ctx, true, func(ctx context.Context) error {
		var err error
		u, err = a.api.GetUserInfoContext(ctx, user)
		return err
	})
	if err != nil {
		a.log.WarnContext(ctx, "slack users.info failed", "err_class", errClass(err))
		return bot.Profile{}, fmt.Errorf("users.info: %w", err)
	}
	return bot.Profile{Lang: profiles.LangOf(u.Locale), TZ: u.TZ}, nil
}
