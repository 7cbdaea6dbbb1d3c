package mattermost

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/bot"
	"privacybot/lang"
)

// fetchProfile reads the user's locale and time zone (GET /users/{id}).
func (a *Adapter) fetchProfile(ctx context.Context, user string) (bot.Profile, error) {
	u, err := call(ctx, a, "get user", func(ctx context.Context) (*model.User, *model.Response, error) {
		return a.client.GetUser(ctx, user, "")
	})
	if err != nil {
		a.log.WarnContext(ctx, "mattermost user profile not read", "err_class", errClass(err))
		return bot.Profile{}, fmt.Errorf("get user: %w", err)
	}
	return bot.Profile{Lang: langOf(u.Locale), TZ: zoneOf(u.Timezone)}, nil
}

// langOf maps a Mattermost locale ("nl", "en", "en-AU") to a language the
// bot speaks, or "" for others.
func langOf(locale string) lang.Lang {
	l, _, _ := strings.Cut(strings.ToLower(locale), "-")
	l, _, _ = strings.Cut(l, "_")
	switch l {
	case "nl":
		return lang.NL
	case "en":
		return lang.EN
	}
	return ""
}

// zoneOf is the user's time zone as Mattermost keeps it (automatic or
// manual), or "" when it names no zone this system knows.
func zoneOf(tz model.StringMap) string {
	name := model.GetPreferredTimezone(tz)
	if name == "" {
		return ""
	}
	if _, err := time.LoadLocation(name); err != nil {
		return ""
	}
	return name
}

// langOr is l, or Dutch when unknown.
func langOr(l lang.Lang) lang.Lang {
	if l == "" {
		return lang.NL
	}
	return l
}
