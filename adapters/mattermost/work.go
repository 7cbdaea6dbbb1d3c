package mattermost

import (
	"context"
	"sync"
	"time"

	"privacybot/adapters/internal/texts"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
	"privacybot/lang"
)

// txtChoicesInDM tells a user in a channel where the buttons went.
var txtChoicesInDM = lang.T(
	"_De keuzeknoppen staan in je privébericht met mij._",
	"_The buttons to choose are in your direct message with me._")

// process works one job: once per post, it asks the core and delivers
// the replies.
func (a *Adapter) process(ctx context.Context, rid string, in inbound) {
	start := a.now()
	log := a.log.With("req", rid, "kind", in.kind)
	if in.dedupKey != "" && a.inbox == nil {
		first, err := a.dedup.FirstSeen(ctx, in.dedupKey, start)
		switch {
		case err != nil:
			log.WarnContext(ctx, "mattermost dedup store failed; handling anyway", "err_class", errClass(err))
		case !first:
			log.InfoContext(ctx, "mattermost post already handled")
			return
		}
	}
	profile := a.profiles.Get(ctx, in.user)
	m := bot.Message{
		Address: bot.Address{Platform: bot.Mattermost, User: in.user, Channel: in.channel},
		Text:    in.text,
		Action:  in.action,
		Direct:  in.direct,
		Profile: profile,
		Event:   in.event,
	}
	if in.direct {
		m.Channel = bot.DM
	}
	replies, err := a.core.Handle(bot.WithRequestID(ctx, rid), m)
	if err != nil {
		log.ErrorContext(ctx, "mattermost core failed", "err_class", errClass(err))
		replies = []bot.Reply{{Text: texts.Failed.In(langOr(profile.Lang))}}
	}
	if err := a.deliver(ctx, in, langOr(profile.Lang), replies); err != nil {
		log.WarnContext(ctx, "mattermost reply not delivered", "err_class", errClass(err))
		if in.direct && a.outbox.Load() != nil {
			// A DM's replies go to the outbox in one enqueue, so nothing
			// was sent, and the core answers the event again as before.
			workqueue.Retry(ctx)
		}
	}
	log.InfoContext(ctx, "mattermost event handled", "replies", len(replies), "took", a.now().Sub(start))
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
