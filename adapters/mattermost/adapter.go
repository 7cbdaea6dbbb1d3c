// Package mattermost connects privacybot to Mattermost: the /privacy slash
// command, direct messages and @-mentions (over the WebSocket) and
// interactive message buttons come in; replies, DMs and reminders go out
// through the REST API as the bot account. Every request is acknowledged at
// once and worked on by a bounded pool of workers; a post is answered once,
// also when the WebSocket replays it or the process restarts, because its ID
// is kept in a bot.DedupStore. Outside a DM the bot answers only the asker
// and moves a consultation to the DM.
package mattermost

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/pipeline"
	"privacybot/adapters/internal/profiles"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// Adapter is the bot's presence on one Mattermost server. Its methods are
// safe for concurrent use.
type Adapter struct {
	cfg       Config
	core      bot.Handler
	dedup     bot.DedupStore
	log       *slog.Logger
	now       func() time.Time
	sleep     func(ctx context.Context, d time.Duration) error
	reconnect func(attempt int) time.Duration
	client    *model.Client4
	signer    signer
	// commandTokens are the SHA-256 sums of the slash commands' tokens.
	commandTokens [][sha256.Size]byte
	profiles      *profiles.Cache
	dms           *dmChannels
	queue         *workqueue.Queue
	// pipe runs the turns, the inbox and outbox (which sends the posts to
	// DMs), readiness and shutdown.
	pipe *pipeline.Pipeline[inbound]
	// inboxStore, with an inbox, keeps the catch-up positions.
	inboxStore bot.InboxStore

	meMu sync.Mutex
	me   *identity

	fg fgDesk
}

// identity is who the bot is on the server.
type identity struct {
	id       string
	username string
	// mention matches "@username" as a word, with a ":" or "," after it.
	mention *regexp.Regexp
}

// New builds an adapter; it calls nothing until Run. log receives only
// kinds, durations and error classes, never message text or user IDs.
func New(cfg Config, core bot.Handler, dedup bot.DedupStore, log *slog.Logger, opts ...Option) (*Adapter, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	log, err = pipeline.Check(bot.Mattermost, core, dedup, log)
	if err != nil {
		return nil, err
	}
	o := pipeline.Apply(pipeline.Options{HTTPClient: &http.Client{Timeout: 15 * time.Second}, Reconnect: reconnectBackoff}, opts)
	client := model.NewAPIv4Client(cfg.URL)
	client.HTTPClient = o.HTTPClient
	client.SetToken(cfg.Token)
	a := &Adapter{
		cfg:       cfg,
		core:      core,
		dedup:     dedup,
		log:       log,
		now:       o.Now,
		sleep:     o.Sleep,
		reconnect: o.Reconnect,
		client:    client,
		signer:    signer{key: cfg.actionKey()},
		queue:     workqueue.New(cfg.Workers, cfg.Queue),
	}
	for _, t := range cfg.commandTokens() {
		a.commandTokens = append(a.commandTokens, sha256.Sum256([]byte(t)))
	}
	a.profiles = profiles.New(cfg.ProfileTTL, o.Now, a.fetchProfile)
	a.dms = newDMChannels()
	a.pipe = pipeline.New(pipeline.Config[inbound]{
		Platform: bot.Mattermost, Core: core, Dedup: dedup, Log: a.log, Now: o.Now,
		Profiles: a.profiles, Queue: a.queue, Inbox: o.Inbox, StoreWait: 5 * time.Second,
		ErrClass: errClass, RequestID: requestID, Adapter: turns{a},
	})
	if o.Inbox != nil {
		a.keepPositions(o.Inbox.Store)
	}
	return a, nil
}

// Run learns who the bot is, starts the workers, and keeps the WebSocket
// connected (reconnecting with backoff and fetching the DM posts missed
// meanwhile) until ctx ends or Shutdown finished. It returns nil then; an
// error only when the server refuses the bot token. When ctx ends, work
// in flight is cancelled: to let it finish, call Shutdown first.
func (a *Adapter) Run(ctx context.Context) error {
	if err := a.pipe.Begin(); err != nil {
		return err
	}
	a.queue.Start()
	runCtx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		// runCtx has ended, so End cancels the work in flight and waits for it.
		a.pipe.End(runCtx)
	}()
	go func() {
		select {
		case <-a.pipe.Stopped():
			cancel()
		case <-runCtx.Done():
		}
	}()
	if _, err := a.whoAmI(runCtx); err != nil {
		return err
	}
	a.pipe.RunInbox(runCtx)
	a.listen(runCtx)
	return nil
}

// Ready reports whether the WebSocket is connected and authenticated and
// Shutdown has not begun.
func (a *Adapter) Ready() bool { return a.pipe.Ready() }

// Shutdown stops taking new work (slash commands and presses get 503, the
// WebSocket is closed) and waits for the acknowledged work to be done.
// When ctx ends first the remaining work is cancelled and ctx's error
// returned.
func (a *Adapter) Shutdown(ctx context.Context) error { return a.pipe.Shutdown(ctx) }

// requestID names one inbound request in the log.
func requestID() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// whoAmI returns the bot's identity, asking the server (GET /users/me)
// until it answers while it cannot be reached; a refused token is an error.
func (a *Adapter) whoAmI(ctx context.Context) (identity, error) {
	wait := time.Second
	for {
		me, err := a.self(ctx)
		if err == nil {
			return me, nil
		}
		if ctx.Err() != nil {
			return identity{}, nil
		}
		if e, ok := errors.AsType[*apiError](err); ok && e.class == classRefused {
			return identity{}, fmt.Errorf("mattermost: the server refused the bot token: %w", err)
		}
		a.log.WarnContext(ctx, "mattermost users/me failed; trying again", "err_class", errClass(err), "in", wait)
		if a.sleep(ctx, wait) != nil {
			return identity{}, nil
		}
		wait = min(wait*2, time.Minute)
	}
}

// self returns the bot's identity, asking the server once.
func (a *Adapter) self(ctx context.Context) (identity, error) {
	a.meMu.Lock()
	defer a.meMu.Unlock()
	if a.me != nil {
		return *a.me, nil
	}
	u, err := call(ctx, a, "get me", func(ctx context.Context) (*model.User, *model.Response, error) {
		return a.client.GetMe(ctx, "")
	})
	if err != nil {
		return identity{}, err
	}
	if !model.IsValidId(u.Id) || u.Username == "" {
		return identity{}, errors.New("mattermost: users/me gave no user")
	}
	a.me = &identity{
		id:       u.Id,
		username: u.Username,
		mention:  regexp.MustCompile(`(?i)(^|\s)@` + regexp.QuoteMeta(strings.ToLower(u.Username)) + `[:,]?(\s|$)`),
	}
	return *a.me, nil
}
