// Package adaptertest is the test kit of the chat adapters: a settable
// clock, a core that answers with canned replies and records what it got,
// a deduplication store in memory, the real answerer over the embedded
// topics (built once), a log to check for what must not be in it, a
// SQLite store in a test's temporary folder, and the content check of a
// drafted topic. Both adapters' tests use it.
package adaptertest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/internal/testclock"
)

// Clock is the settable test clock every test of the project shares.
type Clock = testclock.Clock

// NewClock returns a clock standing at t.
func NewClock(t time.Time) *Clock { return testclock.New(t) }

// Core is a bot.Handler that records the messages it gets and answers
// with canned replies, shown to whom the core would show them
// (bot.AskerOnly). It is safe for concurrent use.
type Core struct {
	reply func(m bot.Message) ([]bot.Reply, error)
	seen  chan bot.Message

	mu   sync.Mutex
	msgs []bot.Message
}

// NewCore returns a core that answers with reply.
func NewCore(reply func(m bot.Message) ([]bot.Reply, error)) *Core {
	return &Core{reply: reply, seen: make(chan bot.Message, 100000)}
}

// Reply answers every message with the same replies.
func Reply(rs ...bot.Reply) func(bot.Message) ([]bot.Reply, error) {
	return func(bot.Message) ([]bot.Reply, error) { return rs, nil }
}

// Handle records m and answers it.
func (c *Core) Handle(_ context.Context, m bot.Message) ([]bot.Reply, error) {
	c.mu.Lock()
	c.msgs = append(c.msgs, m)
	c.mu.Unlock()
	select {
	case c.seen <- m:
	default: // a load test does not read them; Count still counts
	}
	replies, err := c.reply(m)
	if err != nil {
		return nil, err
	}
	return bot.AskerOnly(m, append([]bot.Reply(nil), replies...)), nil
}

// Next waits for the next message the core gets.
func (c *Core) Next(t testing.TB) bot.Message {
	t.Helper()
	select {
	case m := <-c.seen:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("the core got no message within 10s")
		return bot.Message{}
	}
}

// Count is how many messages the core got.
func (c *Core) Count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.msgs)
}

// Texts returns how often the core got each text.
func (c *Core) Texts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]int{}
	for _, m := range c.msgs {
		out[m.Text]++
	}
	return out
}

// Dedup is a bot.DedupStore in memory. It is safe for concurrent use.
type Dedup struct {
	mu   sync.Mutex
	seen map[string]time.Time
}

// NewDedup returns an empty store.
func NewDedup() *Dedup { return &Dedup{seen: map[string]time.Time{}} }

// FirstSeen reports whether key is new, and remembers it; an empty key is
// an error.
func (d *Dedup) FirstSeen(_ context.Context, key string, now time.Time) (bool, error) {
	if key == "" {
		return false, errors.New("empty key")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.seen[key]; ok {
		return false, nil
	}
	d.seen[key] = now
	return true, nil
}

// Len is how many keys the store holds.
func (d *Dedup) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}

// Answerer is the core's answerer over the embedded topics, built once:
// indexing every topic is the slow part of wiring the core.
var Answerer = sync.OnceValue(func() *bot.Answerer { return bot.NewAnswerer(flows.EmbeddedTopics()) })
