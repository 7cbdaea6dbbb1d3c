// Package slack connects privacybot to Slack: slash commands (/privacy),
// direct messages, @-mentions and Block Kit buttons in, replies and
// reminders out. It runs in Socket Mode (the default) or as HTTP endpoints
// verified with the signing secret. Every request is acknowledged at once
// and worked on afterwards by a bounded pool of workers; Slack's retries
// are recognised by their event ID in a persistent store, so nobody gets
// an answer twice. Outside a DM the bot answers only the asker.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/pipeline"
	"privacybot/adapters/internal/profiles"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// Adapter is the bot's presence in one Slack workspace. Its methods are
// safe for concurrent use.
type Adapter struct {
	cfg      Config
	core     bot.Handler
	log      *slog.Logger
	now      func() time.Time
	sleep    func(ctx context.Context, d time.Duration) error
	api      *slack.Client
	verifier verifier
	retry    retrier
	profiles *profiles.Cache
	dms      *dmCache
	queue    *workqueue.Queue
	// pipe runs the turns, the inbox and outbox, readiness and shutdown.
	pipe *pipeline.Pipeline[inbound]

	botID atomic.Value
	reqs  atomic.Uint64
	// notices bounds the "busy" notices sent while the queue is full.
	notices chan struct{}
	// marking bounds the "✓" updates under way (see markChosenLater).
	marking chan struct{}
	fg      fgDesk
}

// New builds an adapter; it does not connect until Run. log receives only
// kinds, durations and error classes, never message text or user IDs.
func New(cfg Config, core bot.Handler, dedup bot.DedupStore, log *slog.Logger, opts ...Option) (*Adapter, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	log, err = pipeline.Check(bot.Slack, core, dedup, log)
	if err != nil {
		return nil, err
	}
	o := pipeline.Apply(pipeline.Options{HTTPClient: defaultHTTPClient(cfg.Workers)}, opts)
	api := slack.New(cfg.BotToken,
		slack.OptionAPIURL(cfg.APIURL),
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionHTTPClient(o.HTTPClient))
	a := &Adapter{
		cfg:      cfg,
		core:     core,
		log:      log,
		now:      o.Now,
		sleep:    o.Sleep,
		api:      api,
		verifier: verifier{secret: []byte(cfg.SigningSecret), now: o.Now},
		retry:    retrier{sleep: o.Sleep, maxWait: 30 * time.Second, tries: 3, backoff: 250 * time.Millisecond},
		queue:    workqueue.New(cfg.Workers, cfg.Queue),
		notices:  make(chan struct{}, 16),
		marking:  make(chan struct{}, maxMarking),
	}
	a.botID.Store("")
	a.profiles = profiles.New(cfg.ProfileTTL, o.Now, a.fetchProfile)
	a.dms = newDMCache(a.openDM)
	a.pipe = pipeline.New(pipeline.Config[inbound]{
		Platform: bot.Slack, Core: core, Dedup: dedup, Log: a.log, Now: o.Now,
		Profiles: a.profiles, Queue: a.queue, Inbox: o.Inbox, StoreWait: 2 * time.Second,
		ErrClass: errClass, RequestID: a.requestID, Adapter: turns{a},
	})
	return a, nil
}

// defaultHTTPClient keeps a connection to Slack open per worker, so
// answers do not each pay for a new TLS handshake.
func defaultHTTPClient(workers int) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 2 * workers
	return &http.Client{Timeout: 15 * time.Second, Transport: t}
}

// Run asks Slack who the bot is, starts the workers and, in socket mode,
// connects and keeps reconnecting until ctx ends or Shutdown finished. It
// returns nil then; an error only when Slack refuses the bot token. When
// ctx ends, work in flight is cancelled: to let it finish, call Shutdown
// first and end ctx after.
func (a *Adapter) Run(ctx context.Context) error {
	if err := a.pipe.Begin(); err != nil {
		return err
	}
	if err := a.whoAmI(ctx); err != nil {
		return err
	}
	a.queue.Start()
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	a.pipe.RunInbox(runCtx)
	if a.cfg.Mode == ModeSocket {
		go a.runSocket(runCtx)
	} else {
		a.pipe.SetReady(true)
		a.log.InfoContext(ctx, "slack http mode ready", "workers", a.cfg.Workers)
	}
	select {
	case <-ctx.Done():
	case <-a.pipe.Stopped():
	}
	cancel()
	// runCtx has ended, so End cancels the work in flight and waits for it.
	a.pipe.End(runCtx)
	return nil
}

// Ready reports whether the adapter can take events: connected in socket
// mode, started in HTTP mode; false again once Shutdown began.
func (a *Adapter) Ready() bool { return a.pipe.Ready() }

// Shutdown stops taking new events (events and presses are refused, so
// Slack delivers them again later; a slash command gets the "try again"
// answer) and waits for the acknowledged work to be done. When ctx
// ends first the remaining work is cancelled and ctx's error returned.
func (a *Adapter) Shutdown(ctx context.Context) error { return a.pipe.Shutdown(ctx) }

// requestID names one inbound request in the log.
func (a *Adapter) requestID() string {
	return "s" + strconv.FormatUint(a.reqs.Add(1), 36)
}

// currentBotID is the bot's user ID, "" before Run learned it.
func (a *Adapter) currentBotID() string { return a.botID.Load().(string) }

// refusedToken holds Slack's errors for a bot token that will not work
// however often it is tried.
var refusedToken = map[string]bool{
	"invalid_auth": true, "not_authed": true, "account_inactive": true,
	"token_revoked": true, "token_expired": true, "not_allowed_token_type": true,
}

// whoAmI learns the bot's user ID with auth.test, trying again while Slack
// cannot be reached; a refused token is an error.
func (a *Adapter) whoAmI(ctx context.Context) error {
	wait := time.Second
	for {
		res, err := a.api.AuthTestContext(ctx)
		if err == nil {
			a.botID.Store(res.UserID)
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && refusedToken[se.Err] {
			return fmt.Errorf("slack auth.test: %w", se)
		}
		a.log.WarnContext(ctx, "slack auth.test failed; trying again", "err_class", errClass(err), "in", wait)
		if a.sleep(ctx, wait) != nil {
			return nil
		}
		wait = min(wait*2, time.Minute)
	}
}
