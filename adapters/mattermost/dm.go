package mattermost

import (
	"context"
	"maps"
	"sync"

	"github.com/mattermost/mattermost/server/public/model"
)

// dmChannels knows each user's DM channel with the bot and, per DM channel,
// the time (Unix ms) of the latest post seen there, from which a catch-up
// after a reconnect fetches what was missed. It lives in memory; with an
// inbox, the positions are kept in the store as well.
type dmChannels struct {
	mu     sync.Mutex
	byUser map[string]string
	seen   map[string]int64
	// onWatch, when set, keeps a channel newly followed by watch, with its
	// user, so that a catch-up after a restart knows it.
	onWatch func(channel, user string, at int64)
}

func newDMChannels() *dmChannels {
	return &dmChannels{byUser: map[string]string{}, seen: map[string]int64{}}
}

// learn records channel as the user's DM with the bot.
func (d *dmChannels) learn(user, channel string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.byUser[user] = channel
}

// channelOf returns the user's DM channel with the bot, if known.
func (d *dmChannels) channelOf(user string) (string, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	ch, ok := d.byUser[user]
	return ch, ok
}

// saw records a user's post at (Unix ms) in DM channel.
func (d *dmChannels) saw(channel string, at int64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if at > d.seen[channel] {
		d.seen[channel] = at
	}
}

// watch starts following channel from at, unless it is followed already.
func (d *dmChannels) watch(channel string, at int64) {
	d.mu.Lock()
	_, followed := d.seen[channel]
	if !followed {
		d.seen[channel] = at
	}
	user := ""
	for u, ch := range d.byUser {
		if ch == channel {
			user = u
		}
	}
	onWatch := d.onWatch
	d.mu.Unlock()
	if !followed && onWatch != nil && user != "" {
		onWatch(channel, user, at)
	}
}

// followed returns the DM channels to catch up on, each with the time of
// its latest post seen.
func (d *dmChannels) followed() map[string]int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return maps.Clone(d.seen)
}

// openDM returns the user's DM channel with the bot, opening it (POST
// /channels/direct, which returns the existing one) when not known yet.
func (a *Adapter) openDM(ctx context.Context, user string) (string, error) {
	if ch, ok := a.dms.channelOf(user); ok {
		return ch, nil
	}
	me, err := a.self(ctx)
	if err != nil {
		return "", err
	}
	ch, err := call(ctx, a, "open dm", func(ctx context.Context) (*model.Channel, *model.Response, error) {
		return a.client.CreateDirectChannel(ctx, me.id, user)
	})
	if err != nil {
		return "", err
	}
	a.dms.learn(user, ch.Id)
	return ch.Id, nil
}
