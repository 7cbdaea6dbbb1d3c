package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"privacybot/adapters/mattermost"
	promadapter "privacybot/adapters/prometheus"
	"privacybot/adapters/slack"
	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/internal/app"
)

// platform is what serve needs of a chat adapter.
type platform interface {
	bot.Notifier
	// Run connects and serves until ctx ends.
	Run(ctx context.Context) error
	// Ready reports whether the platform is connected.
	Ready() bool
	// Shutdown stops taking new events and finishes those in flight.
	Shutdown(ctx context.Context) error
}

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "", stderr)
	if isHelp(args) {
		bindSettings(fs)
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	cfg, err := loadConfig(fs, args, os.Getenv)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "privacybot serve: %s\n", line)
		}
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := newJSONLogger(stderr, cfg["PRIVACYBOT_LOG_LEVEL"])
	s, err := newServer(ctx, cfg, time.Now, log)
	if err != nil {
		fmt.Fprintf(stderr, "privacybot serve: %v\n", err)
		return 1
	}
	if err := s.run(ctx); err != nil {
		fmt.Fprintf(stderr, "privacybot serve: %v\n", err)
		return 1
	}
	return 0
}

// runConfig is `privacybot config check`: it validates serve's
// configuration, and the content directory if one is set, without starting.
func runConfig(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "check" {
		if isHelp(args) {
			fmt.Fprintln(stdout, "Usage: privacybot config check [serve's flags]\n\nChecks the configuration of `privacybot serve` (environment and flags) without starting.")
			return 0
		}
		fmt.Fprintln(stderr, "Usage: privacybot config check [serve's flags]")
		return 2
	}
	fs := newFlagSet("config", "check", stderr)
	if isHelp(args[1:]) {
		bindSettings(fs)
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	cfg, err := loadConfig(fs, args[1:], os.Getenv)
	if err == nil && cfg["PRIVACYBOT_CONTENT"] != "" {
		_, err = loadTopics(cfg["PRIVACYBOT_CONTENT"])
	}
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(stdout, line)
		}
		return 1
	}
	fmt.Fprintln(stdout, "ok")
	return 0
}

func newJSONLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(bot.RequestIDHandler(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l})))
}

// server is `privacybot serve`: the core, the configured platforms, the
// scheduler and one HTTP server.
type server struct {
	cfg       config
	core      *app.Core
	metrics   *promadapter.Metrics
	platforms map[string]platform
	sched     *remind.Scheduler
	outbox    *bot.Outbox
	http      *http.Server
	log       *slog.Logger
	ready     chan struct{}
}

func newServer(ctx context.Context, cfg config, clock bot.Clock, log *slog.Logger) (*server, error) {
	metrics := promadapter.New()
	c, err := openCore(ctx, app.Options{
		DB:              cfg["PRIVACYBOT_DB"],
		DatabaseURL:     cfg["PRIVACYBOT_DATABASE_URL"],
		RemindAfter:     cfg.duration("PRIVACYBOT_REMIND_AFTER"),
		Expiry:          cfg.duration("PRIVACYBOT_EXPIRY"),
		Digest:          cfg["PRIVACYBOT_DIGEST"],
		Metrics:         metrics,
		OnScheduled:     metrics.ReminderScheduled,
		FGRoutes:        cfg.fgRouteMap(),
		FGMetrics:       metrics.FG(),
		PracticeMetrics: metrics.Practice(),
		Clock:           clock,
		Log:             log,
	}, cfg["PRIVACYBOT_CONTENT"])
	if err != nil {
		return nil, err
	}
	s := &server{cfg: cfg, core: c, metrics: metrics, platforms: map[string]platform{}, log: log, ready: make(chan struct{})}
	// Buttons on the platforms belong to the step and the user they were
	// shown to.
	guarded := c.Guarded()
	mux := http.NewServeMux()
	if token := cfg["PRIVACYBOT_SLACK_BOT_TOKEN"]; token != "" {
		a, err := slack.New(slack.Config{
			Mode:          cfg["PRIVACYBOT_SLACK_MODE"],
			BotToken:      token,
			AppToken:      cfg["PRIVACYBOT_SLACK_APP_TOKEN"],
			SigningSecret: cfg["PRIVACYBOT_SLACK_SIGNING_SECRET"],
			APIURL:        cfg["PRIVACYBOT_SLACK_API_URL"],
		}, guarded, c.Store, log,
			slack.WithHTTPClient(&http.Client{Timeout: 30 * time.Second, Transport: metrics.Transport(bot.Slack, nil)}),
			slack.WithInbox(c.Store, inboxOwner(cfg)))
		if err != nil {
			c.Store.Close()
			return nil, fmt.Errorf("slack: %w", err)
		}
		s.platforms[bot.Slack] = a
		c.FG.Channels[bot.Slack] = a
		a.SetFG(c.FG)
		mux.Handle("/slack/", a.Handler())
	}
	if u := cfg["PRIVACYBOT_MATTERMOST_URL"]; u != "" {
		a, err := mattermost.New(mattermost.Config{
			URL:          u,
			Token:        cfg["PRIVACYBOT_MATTERMOST_TOKEN"],
			CommandToken: cfg["PRIVACYBOT_MATTERMOST_COMMAND_TOKEN"],
			PublicURL:    cfg["PRIVACYBOT_PUBLIC_URL"],
			ActionSecret: cfg["PRIVACYBOT_MATTERMOST_ACTION_SECRET"],
		}, guarded, c.Store, log,
			mattermost.WithHTTPClient(&http.Client{Timeout: 30 * time.Second, Transport: metrics.Transport(bot.Mattermost, nil)}),
			mattermost.WithInbox(c.Store, inboxOwner(cfg)))
		if err != nil {
			c.Store.Close()
			return nil, fmt.Errorf("mattermost: %w", err)
		}
		s.platforms[bot.Mattermost] = a
		c.FG.Channels[bot.Mattermost] = a
		a.SetFG(c.FG)
		mux.Handle("/mattermost/", a.Handler())
	}
	notifiers := map[string]bot.Notifier{}
	s.outbox = bot.NewOutbox(c.Store, nil, clock, log, bot.OutboxConfig{Owner: inboxOwner(cfg)})
	for name, p := range s.platforms {
		notifiers[name] = p
		c.FG.Notifiers[name] = p
		if u, ok := p.(interface{ UseOutbox(*bot.Outbox) }); ok {
			u.UseOutbox(s.outbox)
		}
	}
	weekly, err := cfg.weeklyPractice(c.Practice, c.Store, s.platforms)
	if err != nil {
		c.Store.Close()
		return nil, err
	}
	s.sched = c.Scheduler(notifiers, remind.SchedulerConfig{
		Sweep:        "@every " + cfg["PRIVACYBOT_SWEEP"],
		Retention:    s.retention(),
		Purger:       c.Store,
		OnSweep:      metrics.Sweep,
		Outbox:       s.outbox,
		DigestSender: s.outbox,
		Also: func(ctx context.Context) {
			c.FG.RunTick(ctx)
			c.Practice.RunPurge(ctx)
			if weekly != nil {
				weekly.RunTick(ctx)
			}
		},
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", metrics.Handler())
	s.http = &http.Server{
		Addr:              cfg["PRIVACYBOT_HTTP_ADDR"],
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	return s, nil
}

func (s *server) retention() bot.Retention {
	return bot.Retention{
		Conversations: s.cfg.duration("PRIVACYBOT_KEEP_CONVERSATIONS"),
		Reminders:     s.cfg.duration("PRIVACYBOT_KEEP_REMINDERS"),
		Dedup:         s.cfg.duration("PRIVACYBOT_KEEP_DEDUP"),
	}
}

// readyz answers 200 when the database answers and every platform is
// connected, else 503 naming what is not ready.
func (s *server) readyz(w http.ResponseWriter, r *http.Request) {
	var notReady []string
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.core.Store.Ping(ctx); err != nil {
		notReady = append(notReady, "database")
	}
	for name, p := range s.platforms {
		if !p.Ready() {
			notReady = append(notReady, name)
		}
	}
	if len(notReady) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "not ready: %s\n", strings.Join(notReady, ", "))
		return
	}
	io.WriteString(w, "ready\n")
}

// run serves until ctx ends, then shuts down in order: stop taking new
// events, finish those in flight (bounded by the shutdown timeout), stop
// the scheduler between sweeps, close the database.
func (s *server) run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.http.Addr)
	if err != nil {
		s.core.Store.Close()
		return fmt.Errorf("listen on %s: %w", s.http.Addr, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(s.platforms)+1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errs <- fmt.Errorf("http server: %w", err)
		}
	}()
	runCtx, cancelRun := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRun()
	for name, p := range s.platforms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := p.Run(runCtx); err != nil && !errors.Is(err, context.Canceled) {
				errs <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	outboxCtx, stopOutbox := context.WithCancel(context.WithoutCancel(ctx))
	defer stopOutbox()
	outboxDone := make(chan struct{})
	go func() {
		defer close(outboxDone)
		s.outbox.Run(outboxCtx)
	}()
	if err := s.sched.Start(runCtx); err != nil {
		cancelRun()
		s.http.Close()
		wg.Wait()
		stopOutbox()
		<-outboxDone
		s.core.Store.Close()
		return err
	}
	// Building the answer index leaves garbage behind; hand it back to the
	// system once, so the idle process stays small.
	debug.FreeOSMemory()
	s.log.Info("serving", "addr", ln.Addr().String(), "platforms", len(s.platforms), "version", version)
	close(s.ready)
	var runErr error
	select {
	case <-ctx.Done():
	case runErr = <-errs:
	}
	s.log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), s.cfg.duration("PRIVACYBOT_SHUTDOWN_TIMEOUT"))
	defer cancel()
	var errsDown []error
	for name, p := range s.platforms {
		if err := p.Shutdown(shutdownCtx); err != nil {
			errsDown = append(errsDown, fmt.Errorf("%s: %w", name, err))
		}
	}
	if err := s.http.Shutdown(shutdownCtx); err != nil {
		errsDown = append(errsDown, fmt.Errorf("http server: %w", err))
	}
	cancelRun()
	if err := s.sched.Stop(shutdownCtx); err != nil {
		errsDown = append(errsDown, err)
	}
	wg.Wait()
	// What the platforms' last turns stored is sent before the database
	// closes, as far as the shutdown timeout allows; the rest is sent after
	// the next start.
	idle := make(chan struct{})
	go func() {
		s.outbox.Idle()
		close(idle)
	}()
	select {
	case <-idle:
	case <-shutdownCtx.Done():
	}
	stopOutbox()
	<-outboxDone
	if err := s.core.Store.Close(); err != nil {
		errsDown = append(errsDown, fmt.Errorf("close database: %w", err))
	}
	s.log.Info("stopped")
	return errors.Join(append([]error{runErr}, errsDown...)...)
}
