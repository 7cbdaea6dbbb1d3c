// Package app wires privacybot's core: the store, the answers, the
// reminders, the FG desk, practice cases and the bot. The privacybot
// command builds its core with Open, and so does every test that runs the
// whole core end to end, so that what is tested is what runs.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/bot/practice"
	"privacybot/bot/remind"
	"privacybot/flows"
	"privacybot/storage"
	"privacybot/storage/postgres"
	"privacybot/storage/sqlite"
)

// Store is what the core needs of a database, whichever the engine.
type Store = storage.Store

// Options say how to build the core. Zero fields take the defaults.
type Options struct {
	// DB is the SQLite file.
	DB string
	// DatabaseURL, when set, is a PostgreSQL URL that replaces DB, so
	// several instances can share their state.
	DatabaseURL string
	// Topics are the guideline's topics (default: the built-in ones).
	Topics []flows.Topic
	// Flows are the decision flows and the municipality records (default:
	// the built-in ones).
	Flows *flows.Set
	// RemindAfter replaces the default moment of a reminder (the next
	// working day at 09:00) with this delay, for trying reminders out.
	RemindAfter time.Duration
	// Expiry is how long a conversation may sit idle (default 24 hours).
	Expiry time.Duration
	// Digest is the cron spec of the weekly digest, or "off" (default
	// bot.DefaultDigest).
	Digest string
	// Metrics receives counts; nil discards them.
	Metrics bot.Metrics
	// OnScheduled is called for each reminder set; nil for none.
	OnScheduled func()
	// FGRoutes are the FG channels per platform; FGMetrics counts the
	// questions to the FG (nil discards).
	FGRoutes  map[string]fg.Routes
	FGMetrics fg.Metrics
	// PracticeMetrics counts answers to practice cases (nil discards).
	PracticeMetrics practice.Metrics
	// Clock tells the time (default time.Now); Log takes the logs (default
	// discards).
	Clock bot.Clock
	Log   *slog.Logger
}

// Core is the wired application.
type Core struct {
	Store Store
	Bot   *bot.Bot
	// FG is the FG desk; serve gives it the platforms' channels and
	// notifiers.
	FG *fg.Service
	// Practice gives practice cases one to one.
	Practice *practice.Service

	digest string
	clock  bot.Clock
	log    *slog.Logger
}

// builtInAnswerer answers from the built-in topics; it is built once, as
// indexing every topic is the slow part of a start.
var builtInAnswerer = sync.OnceValue(func() *bot.Answerer { return bot.NewAnswerer(flows.EmbeddedTopics()) })

// Open opens the store and wires the core on it. The caller closes
// Core.Store.
func Open(ctx context.Context, o Options) (*Core, error) {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	store, err := openStore(ctx, o)
	if err != nil {
		return nil, err
	}
	if o.Flows == nil {
		o.Flows = flows.EmbeddedSet()
	}
	answerer := builtInAnswerer()
	if o.Topics != nil || o.Flows != flows.EmbeddedSet() {
		topics := o.Topics
		if topics == nil {
			topics = flows.EmbeddedTopics()
		}
		answerer = bot.NewAnswerer(topics).WithMunicipalities(o.Flows.Municipalities())
	}
	reminders := remind.NewReminders(store, store, o.Clock, o.Log, remind.ReminderConfig{Delay: o.RemindAfter, OnScheduled: o.OnScheduled})
	desk := fg.New(fg.Deps{Store: store, Audit: store, Settings: store, Answerer: answerer, Municipalities: o.Flows.Municipalities(), Clock: o.Clock, Log: o.Log, Metrics: o.FGMetrics,
		Notifiers: map[string]bot.Notifier{}, Channels: map[string]fg.Channel{}}, fg.Config{Routes: o.FGRoutes})
	drill := practice.New(flows.EmbeddedCases(), store, o.Clock, o.Log, o.PracticeMetrics).WithFlows(o.Flows)
	b := bot.New(bot.Deps{
		Conversations: store,
		Settings:      store,
		Audit:         store,
		Users:         store,
		Turns:         store,
		FollowUps:     reminders,
		Digests:       store,
		Answerer:      answerer,
		Flows:         o.Flows,
		Clock:         o.Clock,
		Log:           o.Log,
		Metrics:       o.Metrics,
		FG:            desk,
		Practice:      drill,
	}, bot.Config{Expiry: o.Expiry, Digest: o.Digest})
	return &Core{Store: store, Bot: b, FG: desk, Practice: drill, digest: o.Digest, clock: o.Clock, log: o.Log}, nil
}

// Guarded is the core as the chat platforms drive it: every button carries
// the step and the user it was shown to (bot.StepGuard).
func (c *Core) Guarded() bot.Handler {
	return bot.StepGuard{Next: c.Bot, Conversations: c.Store, AnyStep: remind.AnyStepValues}
}

// Scheduler returns a scheduler that sends the core's reminders through
// the notifier of each platform, on the core's store, clock and log. A
// cfg.Digest left empty is the core's digest schedule.
func (c *Core) Scheduler(notifiers map[string]bot.Notifier, cfg remind.SchedulerConfig) *remind.Scheduler {
	if cfg.Digest == "" {
		cfg.Digest = c.digest
	}
	return remind.NewScheduler(c.Store, c.Store, notifiers, c.Store, c.clock, c.log, cfg)
}

// openStore opens PostgreSQL when a database URL is set, else the SQLite
// file. The URL holds a password: it is never written to an error or log.
func openStore(ctx context.Context, o Options) (Store, error) {
	if o.DatabaseURL != "" {
		s, err := postgres.Open(ctx, o.DatabaseURL, o.Clock)
		if err != nil {
			return nil, fmt.Errorf("open PostgreSQL database: %w", err)
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, o.DB, o.Clock)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", o.DB, err)
	}
	return s, nil
}
