package pipeline

import (
	"context"
	"errors"

	"privacybot/adapters/internal/profiles"
	"privacybot/adapters/internal/texts"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// Job is the turn of w as a job for the work queue; event is the inbox
// event w was stored as, or "".
func (p *Pipeline[W]) Job(reqID string, w W, event string) func(ctx context.Context) {
	return func(ctx context.Context) { p.Process(ctx, reqID, w, event) }
}

// Process works one turn: once per event (the inbox, or else the dedup
// store, keeps a redelivery out), it asks the core and has the adapter
// deliver the replies. When the core fails the asker is told to try
// again; when a delivery through the outbox sent nothing, the inbox works
// the event again and the core answers it as before.
func (p *Pipeline[W]) Process(ctx context.Context, reqID string, w W, event string) {
	start := p.cfg.Now()
	name := p.cfg.Platform
	log := p.cfg.Log.With("req", reqID, "kind", w.Kind())
	if p.cfg.Adapter.Screen(ctx, log, w) {
		return
	}
	if key := w.Key(); key != "" && p.inbox == nil {
		first, err := p.cfg.Dedup.FirstSeen(ctx, key, start)
		switch {
		case err != nil:
			log.WarnContext(ctx, name+" dedup store failed; handling anyway", "err_class", p.cfg.ErrClass(err))
		case !first:
			log.InfoContext(ctx, name+" event already handled")
			return
		}
	}
	m, ok := p.cfg.Adapter.Message(ctx, log, w)
	if !ok {
		return
	}
	m.Profile = p.cfg.Profiles.Get(ctx, m.User)
	m.Event = event
	replies, err := p.cfg.Core.Handle(bot.WithRequestID(ctx, reqID), m)
	if err != nil {
		log.ErrorContext(ctx, name+" core failed", "err_class", p.cfg.ErrClass(err))
		replies = bot.AskerOnly(m, []bot.Reply{{Text: texts.Failed.In(profiles.LangOr(m.Profile.Lang))}})
	}
	if err := p.cfg.Adapter.Deliver(ctx, log, w, m, replies); err != nil {
		log.WarnContext(ctx, name+" reply not delivered", "err_class", p.cfg.ErrClass(err))
		if errors.Is(err, ErrNotSent) && p.Outbox() != nil {
			workqueue.Retry(ctx)
		}
	}
	log.InfoContext(ctx, name+" event handled", "replies", len(replies), "took", p.cfg.Now().Sub(start))
}
