package mattermost

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"privacybot/adapters/internal/pipeline"
	"privacybot/bot"
	"privacybot/lang"
)

// txtChoicesInDM tells a user in a channel where the buttons went.
var txtChoicesInDM = lang.T(
	"_De keuzeknoppen staan in je privébericht met mij._",
	"_The buttons to choose are in your direct message with me._")

// turns is what Mattermost adds to the turn package pipeline runs.
type turns struct{ *Adapter }

var _ pipeline.Platform[inbound] = turns{}

// Screen leaves every piece of work to the turn: a press of someone
// else's button was refused when it came in.
func (turns) Screen(context.Context, *slog.Logger, inbound) bool { return false }

// Message is the core's message for in.
func (turns) Message(_ context.Context, _ *slog.Logger, in inbound) (bot.Message, bool) {
	m := bot.Message{
		Address: bot.Address{Platform: bot.Mattermost, User: in.user, Channel: in.channel},
		Text:    in.text,
		Action:  in.action,
		Direct:  in.direct,
	}
	if in.direct {
		m.Channel = bot.DM
	}
	return m, true
}

// Deliver delivers the replies. A DM's replies go to the outbox in one
// enqueue, so when that fails nothing was sent.
func (t turns) Deliver(ctx context.Context, _ *slog.Logger, in inbound, m bot.Message, replies []bot.Reply) error {
	err := t.deliver(ctx, in, m, replies)
	if err != nil && in.direct && t.pipe.Outbox() != nil {
		return fmt.Errorf("%w: %w", pipeline.ErrNotSent, err)
	}
	return err
}

// handoff passes a slash command's ephemeral answer from the worker to the
// request that waits for it, unless the request stopped waiting: then the
// worker posts the answer itself.
type handoff struct {
	mu   sync.Mutex
	done bool
	text chan string
}

func newHandoff() *handoff { return &handoff{text: make(chan string, 1)} }

// offer hands text to the waiting request and reports whether it took it.
// Call it at most once.
func (h *handoff) offer(text string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return false
	}
	h.done = true
	h.text <- text
	return true
}

// wait returns the text offered within d; ok is false when none came in
// time (or ctx ended), and a later offer is then refused.
func (h *handoff) wait(ctx context.Context, d time.Duration) (text string, ok bool) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case s := <-h.text:
		return s, true
	case <-t.C:
	case <-ctx.Done():
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return <-h.text, true
	}
	h.done = true
	return "", false
}
