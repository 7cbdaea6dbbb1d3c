package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/bot/practice"
	"privacybot/flows"
	"privacybot/storage/postgres"
	"privacybot/storage/sqlite"
)

// store is what the core needs of a database, whichever the engine.
type store interface {
	bot.ConversationStore
	bot.SettingsStore
	bot.AuditStore
	bot.DedupStore
	bot.InboxStore
	bot.UserDataStore
	bot.ReminderStore
	bot.DigestStore
	bot.Purger
	bot.TurnStore
	bot.OutboxStore
	fg.Store
	practice.Store
	practice.WeeklyStore
	Ping(ctx context.Context) error
	Close() error
}

// coreOptions are the settings every long-running command shares.
type coreOptions struct {
	db string
	// databaseURL, when set, is a PostgreSQL URL that replaces db, so
	// several instances can share their state.
	databaseURL string
	content     string
	remindAfter time.Duration
	expiry      time.Duration
	sweep       time.Duration
	// digest is the cron spec of the weekly digest, or "off"; empty for
	// the default.
	digest string
	// metrics receives counts; nil discards them.
	metrics bot.Metrics
	// onScheduled is called for each reminder set; nil for none.
	onScheduled func()
	// fgRoutes are the FG channels per platform; fgMetrics counts the
	// questions to the FG (nil discards).
	fgRoutes  map[string]fg.Routes
	fgMetrics fg.Metrics
	// practiceMetrics counts answers to practice cases (nil discards).
	practiceMetrics practice.Metrics
}

// core is the wired application: store, answers, reminders and the bot.
type core struct {
	store store
	bot   *bot.Bot
	// fg is the FG desk; serve gives it the platforms' channels.
	fg *fg.Service
	// practice gives practice cases one to one.
	practice *practice.Service
}

// defaultDBPath is where the terminal chat keeps its state when --db is not
// given: the user's state directory.
func defaultDBPath() string {
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" {
		return filepath.Join(dir, "privacybot", "privacybot.db")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "privacybot", "privacybot.db")
	}
	return "privacybot.db"
}

// openCore opens the store and wires the core.
func openCore(ctx context.Context, o coreOptions, clock bot.Clock, log *slog.Logger) (*core, error) {
	topics, err := loadTopics(o.content)
	if err != nil {
		return nil, err
	}
	flowSet, err := loadFlowSet(o.content)
	if err != nil {
		return nil, err
	}
	store, err := openStore(ctx, o, clock)
	if err != nil {
		return nil, err
	}
	reminders := bot.NewReminders(store, store, clock, log, bot.ReminderConfig{Delay: o.remindAfter, OnScheduled: o.onScheduled})
	answerer := bot.NewAnswerer(topics).WithMunicipalities(flowSet.Municipalities())
	desk := fg.New(fg.Deps{Store: store, Audit: store, Settings: store, Answerer: answerer, Clock: clock, Log: log, Metrics: o.fgMetrics,
		Notifiers: map[string]bot.Notifier{}, Channels: map[string]fg.Channel{}}, fg.Config{Routes: o.fgRoutes})
	drill := practice.New(flows.EmbeddedCases(), store, clock, log, o.practiceMetrics).WithFlows(flowSet)
	b := bot.New(bot.Deps{
		Conversations: store,
		Settings:      store,
		Audit:         store,
		Users:         store,
		Turns:         store,
		Reminders:     reminders,
		Digests:       store,
		Answerer:      answerer,
		Flows:         flowSet,
		Clock:         clock,
		Log:           log,
		Metrics:       o.metrics,
		FG:            desk,
		Practice:      drill,
	}, bot.Config{Expiry: o.expiry, Digest: o.digest})
	return &core{store: store, bot: b, fg: desk, practice: drill}, nil
}

// openStore opens PostgreSQL when a database URL is set, else the SQLite
// file. The URL holds a password: it is never written to an error or log.
func openStore(ctx context.Context, o coreOptions, clock bot.Clock) (store, error) {
	if o.databaseURL != "" {
		s, err := postgres.Open(ctx, o.databaseURL, clock)
		if err != nil {
			return nil, fmt.Errorf("open PostgreSQL database: %w", err)
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, o.db, clock)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", o.db, err)
	}
	return s, nil
}
