package slack

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/slack-go/slack"
)

// maxCachedDMs bounds the DM cache; past it, the cache starts over.
const maxCachedDMs = 10000

// dmCache remembers each user's DM channel with the bot; such an ID never
// changes.
type dmCache struct {
	open func(ctx context.Context, user string) (string, error)

	mu  sync.Mutex
	ids map[string]string
}

func newDMCache(open func(ctx context.Context, user string) (string, error)) *dmCache {
	return &dmCache{open: open, ids: map[string]string{}}
}

// get returns the user's DM channel, opening it when not known yet.
func (c *dmCache) get(ctx context.Context, user string) (string, error) {
	c.mu.Lock()
	id, ok := c.ids[user]
	c.mu.Unlock()
	if ok {
		return id, nil
	}
	id, err := c.open(ctx, user)
	if err != nil {
		return "", err
	}
	c.learn(user, id)
	return id, nil
}

// learn records channel as the user's DM with the bot.
func (c *dmCache) learn(user, channel string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.ids) >= maxCachedDMs {
		clear(c.ids)
	}
	c.ids[user] = channel
}

// openDM opens (or finds) the user's DM with the bot: conversations.open.
func (a *Adapter) openDM(ctx context.Context, user string) (string, error) {
	var ch *slack.Channel
	err := a.retry.do(ctx, true, func(ctx context.Context) error {
		var err error
		ch, _, _, err = a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{user}})
		return err
	})
	if err != nil {
		return "", fmt.Errorf("open DM: %w", err)
	}
	if ch == nil || !isID(ch.ID) {
		return "", fmt.Errorf("open DM: %w", errIncomplete)
	}
	return ch.ID, nil
}

// isBotDM reports whether channel is the user's DM with the bot.
func (a *Adapter) isBotDM(ctx context.Context, user, channel string) bool {
	if !strings.HasPrefix(channel, "D") {
		return false
	}
	dm, err := a.dms.get(ctx, user)
	return err == nil && dm == channel
}
