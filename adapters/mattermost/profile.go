package mattermost

import (
	"context"
	"fmt"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/profiles"
	"privacybot/bot"
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
	return bot.Profile{Lang: profiles.LangOf(u.Locale), TZ: zoneOf(u.Timezone)}, nil
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
