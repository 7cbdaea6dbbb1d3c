// Package profiles keeps what a chat platform says of its users' language
// and time zone for a while, so that a conversation does not ask the
// platform at every turn. Both chat adapters use it.
package profiles

import (
	"context"
	"sync"
	"time"

	"privacybot/bot"
)

// maxEntries bounds the cache; past it, the cache starts over.
const maxEntries = 10000

// Cache holds profiles by user ID. It is safe for concurrent use.
type Cache struct {
	ttl   time.Duration
	now   func() time.Time
	fetch func(ctx context.Context, user string) (bot.Profile, error)

	mu      sync.Mutex
	entries map[string]entry
}

type entry struct {
	p  bot.Profile
	at time.Time
}

// New returns a cache that keeps a profile for ttl after fetch got it.
func New(ttl time.Duration, now func() time.Time, fetch func(ctx context.Context, user string) (bot.Profile, error)) *Cache {
	return &Cache{ttl: ttl, now: now, fetch: fetch, entries: map[string]entry{}}
}

// Get returns the user's profile: cached while fresh, else fetched. When
// the platform cannot tell, it returns the stale entry or an empty
// profile, so the core's defaults apply.
func (c *Cache) Get(ctx context.Context, user string) bot.Profile {
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
	if len(c.entries) >= maxEntries {
		clear(c.entries)
	}
	c.entries[user] = entry{p: p, at: now}
	return p
}
