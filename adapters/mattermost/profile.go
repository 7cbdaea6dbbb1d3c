package mattermost

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/bot"
	"privacybot/flows"
)

// maxCachedProfiles bounds the profile cache; past it, the cache starts over.
const maxCachedProfiles = 10000

// profileCache keeps what Mattermost says of users' language and time zone
// for a while, so a conversation does not ask the server at every turn.
type profileCache struct {
	ttl   time.Duration
	now   func() time.Time
	fetch func(ctx context.Context, user string) (bot.Profile, error)

	mu      sync.Mutex
	entries map[string]cachedProfile
}

type cachedProfile struct {
	p  bot.Profile
	at time.Time
}

func newProfileCache(ttl time.Duration, now func() time.Time, fetch func(ctx context.Context, user string) (bot.Profile, error)) *profileCache {
	return &profileCache{ttl: ttl, now: now, fetch: fetch, entries: map[string]cachedProfile{}}
}

// get returns the user's profile: cached while fresh, else fetched. When
// the server cannot tell, it returns the stale entry or an empty profile,
// so the core's defaults apply.
func (c *profileCache) get(ctx context.Context, user string) bot.Profile {
	now := c.now()
	c.mu.Lock()
	e, ok := c.entries[user]
	c.mu.Unlock()
	if ok && now.Sub(e.at) < c.ttl {
		return e.p
	}
	p, err := c.fetch(ctx, user)
	if err != nil {
		return e.p
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= maxCachedProfiles {
		clear(c.entries)
	}
	c.entries[user] = cachedProfile{p: p, at: now}
	return p
}

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
func langOf(locale string) flows.Lang {
	l, _, _ := strings.Cut(strings.ToLower(locale), "-")
	l, _, _ = strings.Cut(l, "_")
	switch l {
	case "nl":
		return flows.NL
	case "en":
		return flows.EN
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
func langOr(l flows.Lang) flows.Lang {
	if l == "" {
		return flows.NL
	}
	return l
}
