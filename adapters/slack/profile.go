package slack

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"privacybot/bot"
	"privacybot/lang"
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
	return bot.Profile{Lang: langOf(u.Locale), TZ: u.TZ}, nil
}

// langOf maps a Slack locale ("nl-NL", "en-US") to a language the bot
// speaks, or "" for others.
func langOf(locale string) lang.Lang {
	l, _, _ := strings.Cut(strings.ToLower(locale), "-")
	switch l {
	case "nl":
		return lang.NL
	case "en":
		return lang.EN
	}
	return ""
}
