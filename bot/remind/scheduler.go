package remind

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"privacybot/bot"
	"privacybot/lang"
)

// SchedulerConfig tunes the scheduler; zero fields take the defaults.
type SchedulerConfig struct {
	// Sweep is the cron spec of the sweep for due reminders ("@every 1m").
	Sweep string
	// Digest is the cron spec of the weekly digest ("0 9 * * 1": Monday
	// 09:00); "off" switches the digest off for everyone.
	Digest string
	// TZ is the zone the cron specs are read in, and the time zone of
	// users who have none (Europe/Amsterdam).
	TZ string
	// Lease is how long a claimed reminder is reserved for one delivery
	// (2m). A sweep that died while sending is retried after it.
	Lease time.Duration
	// Batch is how many reminders one claim takes (100).
	Batch int
	// RetryBase and RetryMax bound the exponential backoff after a failed
	// send (30s doubling up to 30m).
	RetryBase, RetryMax time.Duration
	// LateAfter is how long after its due time a reminder counts as late
	// (5m); keep it above the sweep interval.
	LateAfter time.Duration
	// Purge is the cron spec of the retention purge ("@every 1h"); it runs
	// only when Purger is set.
	Purge     string
	Purger    bot.Purger
	Retention bot.Retention
	// OnSweep, when set, receives what each sweep did (for metrics).
	OnSweep func(bot.SweepStats)
	// Digests keeps the digest jobs, one per user per ISO week (default:
	// the reminder store, when it keeps them too).
	Digests bot.DigestStore
	// DigestSender sends the digests (default: through the notifiers).
	DigestSender bot.DigestSender
	// Outbox, when set, sends the reminders: a reminder is stored in the
	// outbox under a key naming it and its due time, and counts as sent
	// once stored. A reminder claimed again after a crash or a slow
	// answer is then not stored twice, and the outbox asks the platform
	// before it re-sends one whose fate it does not know.
	Outbox *bot.Outbox
	// Also, when set, runs after each sweep: the reminders to the FG.
	Also func(ctx context.Context)
}

func (c SchedulerConfig) withDefaults() SchedulerConfig {
	if c.Sweep == "" {
		c.Sweep = "@every 1m"
	}
	if c.Digest == "" {
		c.Digest = bot.DefaultDigest
	}
	if c.TZ == "" {
		c.TZ = "Europe/Amsterdam"
	}
	if c.Lease <= 0 {
		c.Lease = 2 * time.Minute
	}
	if c.Batch <= 0 {
		c.Batch = 100
	}
	if c.RetryBase <= 0 {
		c.RetryBase = 30 * time.Second
	}
	if c.RetryMax < c.RetryBase {
		c.RetryMax = max(30*time.Minute, c.RetryBase)
	}
	if c.LateAfter <= 0 {
		c.LateAfter = 5 * time.Minute
	}
	if c.Purge == "" {
		c.Purge = "@every 1h"
	}
	return c
}

// maxClaimRounds bounds the claims of one sweep (Batch reminders each).
const maxClaimRounds = 100

// Scheduler sends reminders when they fall due and the weekly digest. The
// store is its single source of truth: it keeps nothing in memory that a
// restart would need.
//
// Delivery is exactly once per due time while the process lives: a sweep
// claims a reminder (state sending, with a lease), re-reads it just before
// sending so that one done or cancelled meanwhile is not sent, sends, and
// marks it sent under the same claim. A failed send goes back to scheduled
// with a later attempt time and the same due time. If marking fails after
// a successful send, the process remembers the delivery and records it
// instead of sending again.
//
// At the crash boundary it is at least once: if the process dies after the
// platform accepted the message and before "sent" is stored (one local
// SQLite write, well under a second), the claim's lease runs out and the
// next sweep sends the reminder a second time. With an Outbox in the
// config it is exactly once: see SchedulerConfig.Outbox.
//
// The weekly digest is kept the same way, as a job per user per ISO week
// (see Digest): claimed with a lease, retried with backoff, marked sent only
// after the platform accepted it, at least once at the crash boundary.
type Scheduler struct {
	store     bot.ReminderQueue
	audit     bot.AuditStore
	notifiers map[string]bot.Notifier
	settings  bot.SettingsStore
	now       bot.Clock
	log       *slog.Logger
	cfg       SchedulerConfig

	sweepMu sync.Mutex
	// unmarked holds deliveries whose "sent" could not be stored yet, by
	// reminder ID; guarded by sweepMu.
	unmarked map[int64]unmarkedSend

	pauseMu sync.Mutex
	paused  map[string]time.Time

	cronMu sync.Mutex
	cron   *cron.Cron

	// digests and sender are the digest's store and way out; loc is the
	// zone of its weeks.
	digests bot.DigestStore
	sender  bot.DigestSender
	loc     *time.Location
	// digestMu lets one round of digest sends run at a time; it guards
	// unmarkedDigests, the audit entries of digests delivered whose
	// "sent" could not be stored yet, by job key.
	digestMu        sync.Mutex
	unmarkedDigests map[string]bot.AuditEntry
}

type unmarkedSend struct {
	late bool
	at   time.Time
}

// NewScheduler returns a scheduler that sends through the notifier of each
// reminder's platform. A nil log discards.
func NewScheduler(store bot.ReminderQueue, audit bot.AuditStore, notifiers map[string]bot.Notifier, settings bot.SettingsStore, clock bot.Clock, log *slog.Logger, cfg SchedulerConfig) *Scheduler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Scheduler{
		store:           store,
		audit:           audit,
		notifiers:       notifiers,
		settings:        settings,
		now:             clock,
		log:             log,
		cfg:             cfg.withDefaults(),
		unmarked:        map[int64]unmarkedSend{},
		paused:          map[string]time.Time{},
		digests:         cfg.Digests,
		sender:          cfg.DigestSender,
		unmarkedDigests: map[string]bot.AuditEntry{},
	}
	if s.digests == nil {
		s.digests, _ = store.(bot.DigestStore)
	}
	if s.sender == nil {
		s.sender = notifierSender(notifiers)
	}
	s.loc = loadLocation(s.cfg.TZ, "Europe/Amsterdam")
	return s
}

// Sweep sends every reminder that is due now, and those whose earlier claim
// ran out. One sweep runs at a time. It returns an error only when the store
// fails; a failed send is retried by a later sweep.
func (s *Scheduler) Sweep(ctx context.Context) (bot.SweepStats, error) {
	s.sweepMu.Lock()
	defer s.sweepMu.Unlock()
	var st bot.SweepStats
	s.recordUnmarked(ctx)
	for range maxClaimRounds {
		claimed, err := s.store.ClaimDue(ctx, s.now(), s.cfg.Lease, s.cfg.Batch)
		if err != nil {
			return st, fmt.Errorf("claim due reminders: %w", err)
		}
		st.Claimed += len(claimed)
		for _, c := range claimed {
			if err := s.deliver(ctx, c, &st); err != nil {
				return st, err
			}
		}
		if len(claimed) < s.cfg.Batch {
			break
		}
	}
	return st, nil
}

// deliver sends one claimed reminder, unless it changed since the claim.
func (s *Scheduler) deliver(ctx context.Context, claimed bot.Reminder, st *bot.SweepStats) error {
	cur, ok, err := s.store.Reminder(ctx, claimed.ID)
	if err != nil {
		return fmt.Errorf("re-read reminder: %w", err)
	}
	if !ok || cur.State != bot.StateSending || cur.Version != claimed.Version {
		st.Skipped++
		return nil
	}
	now := s.now()
	if u, ok := s.unmarked[cur.ID]; ok {
		if s.markSent(ctx, cur, u.late, u.at) {
			delete(s.unmarked, cur.ID)
		}
		st.Skipped++
		return nil
	}
	if until, ok := s.pausedUntil(cur.Platform, now); ok {
		return s.retry(ctx, cur, until, "platform busy", st)
	}
	n, ok := s.notifiers[cur.Platform]
	if !ok && s.cfg.Outbox == nil {
		s.log.ErrorContext(ctx, "no notifier for the reminder's platform", "reminder", cur.ID, "platform", cur.Platform)
		return s.retry(ctx, cur, now.Add(s.backoff(cur.Attempts)), "no notifier", st)
	}
	lang, loc := s.userPrefs(ctx, cur.UserKey(), cur.Lang, cur.TZ)
	late := now.Sub(cur.Due) > s.cfg.LateAfter
	nctx, cancel := context.WithTimeout(ctx, s.cfg.Lease/2)
	err = s.notify(nctx, n, cur, reminderMessage(cur, lang, loc, late))
	cancel()
	if err != nil {
		next := now.Add(s.backoff(cur.Attempts))
		if ra, ok := errors.AsType[*bot.RetryAfterError](err); ok {
			next = now.Add(max(ra.After, time.Second))
			s.pause(cur.Platform, next)
		}
		s.log.WarnContext(ctx, "reminder not delivered; will retry", "reminder", cur.ID, "platform", cur.Platform, "attempt", cur.Attempts, "retry_at", next, "err", err)
		return s.retry(ctx, cur, next, "attempt "+strconv.Itoa(cur.Attempts)+" failed", st)
	}
	sentAt := s.now()
	if !s.markSent(ctx, cur, late, sentAt) {
		s.unmarked[cur.ID] = unmarkedSend{late: late, at: sentAt}
	}
	st.Sent++
	if late {
		st.Late++
	}
	return nil
}

// notify hands a reminder to the outbox when there is one, else to the
// platform's notifier.
func (s *Scheduler) notify(ctx context.Context, n bot.Notifier, rem bot.Reminder, r bot.Reply) error {
	if s.cfg.Outbox != nil {
		return s.cfg.Outbox.Send(ctx, "reminder:"+strconv.FormatInt(rem.ID, 10)+":"+strconv.FormatInt(rem.Due.UnixMilli(), 10), rem.Address, r)
	}
	return n.Notify(ctx, rem.Address, r)
}

// markSent stores the delivery; false when that failed and must be tried
// again. A reminder the user changed meanwhile needs no mark.
func (s *Scheduler) markSent(ctx context.Context, rem bot.Reminder, late bool, at time.Time) bool {
	action, detail := bot.AuditReminderSent, "attempt "+strconv.Itoa(rem.Attempts)
	if late {
		action, detail = bot.AuditReminderLate, detail+"; "+at.Sub(rem.Due).Round(time.Minute).String()+" after due"
	}
	err := s.store.MarkSent(ctx, rem.ID, rem.Version, at.UTC(), late, auditOf(rem, action, detail, at))
	if err != nil && !errors.Is(err, bot.ErrConflict) {
		s.log.ErrorContext(ctx, "reminder delivered but not marked sent", "reminder", rem.ID, "err", err)
		return false
	}
	return true
}

// recordUnmarked stores deliveries whose mark failed in an earlier sweep.
func (s *Scheduler) recordUnmarked(ctx context.Context) {
	for id, u := range s.unmarked {
		rem, ok, err := s.store.Reminder(ctx, id)
		if err != nil {
			continue
		}
		if !ok || rem.State != bot.StateSending || s.markSent(ctx, rem, u.late, u.at) {
			delete(s.unmarked, id)
		}
	}
}

func (s *Scheduler) retry(ctx context.Context, rem bot.Reminder, next time.Time, detail string, st *bot.SweepStats) error {
	st.Failed++
	detail += "; retry at " + next.UTC().Format(time.RFC3339)
	err := s.store.RetryLater(ctx, rem.ID, rem.Version, next.UTC(), auditOf(rem, bot.AuditReminderRetry, detail, s.now()))
	if err != nil && !errors.Is(err, bot.ErrConflict) {
		return fmt.Errorf("schedule retry: %w", err)
	}
	return nil
}

// backoff is the wait after the attempts-th failed send: RetryBase doubled
// per attempt, at most RetryMax.
func (s *Scheduler) backoff(attempts int) time.Duration {
	d := s.cfg.RetryBase
	for i := 1; i < attempts && d < s.cfg.RetryMax; i++ {
		d *= 2
	}
	return min(d, s.cfg.RetryMax)
}

func (s *Scheduler) pause(platform string, until time.Time) {
	s.pauseMu.Lock()
	defer s.pauseMu.Unlock()
	if until.After(s.paused[platform]) {
		s.paused[platform] = until
	}
}

func (s *Scheduler) pausedUntil(platform string, now time.Time) (time.Time, bool) {
	s.pauseMu.Lock()
	defer s.pauseMu.Unlock()
	until, ok := s.paused[platform]
	if ok && !until.After(now) {
		delete(s.paused, platform)
		return time.Time{}, false
	}
	return until, ok
}

// userPrefs returns the user's language and zone: their settings first,
// then what was stored with the reminder, then the defaults.
func (s *Scheduler) userPrefs(ctx context.Context, u bot.UserKey, l lang.Lang, tz string) (lang.Lang, *time.Location) {
	set, ok, err := s.settings.Settings(ctx, u)
	if err != nil {
		s.log.WarnContext(ctx, "read settings for a reminder", "platform", u.Platform, "err", err)
	}
	if ok && set.Lang != "" {
		l = set.Lang
	}
	if ok && set.TZ != "" {
		tz = set.TZ
	}
	if l != lang.EN {
		l = lang.NL
	}
	return l, loadLocation(tz, s.cfg.TZ)
}

// Start runs one sweep at once, so reminders that fell due while the bot
// was down go out now (marked late), then runs the sweep and the digest on
// their cron specs until Stop. Every sweep also sends the digests due
// (retries, and those a stopped instance left). Errors of the first sweep
// are logged, not returned; a bad spec or zone is.
func (s *Scheduler) Start(ctx context.Context) error {
	s.cronMu.Lock()
	defer s.cronMu.Unlock()
	if s.cron != nil {
		return errors.New("start scheduler: already started")
	}
	loc, err := time.LoadLocation(s.cfg.TZ)
	if err != nil {
		return fmt.Errorf("start scheduler: time zone: %w", err)
	}
	logger := cronLogger{s.log}
	c := cron.New(cron.WithLocation(loc), cron.WithLogger(logger),
		cron.WithChain(cron.Recover(logger), cron.SkipIfStillRunning(logger)))
	if _, err := c.AddFunc(s.cfg.Sweep, func() { s.runSweep(ctx) }); err != nil {
		return fmt.Errorf("start scheduler: sweep spec %q: %w", s.cfg.Sweep, err)
	}
	if s.cfg.Digest != "off" {
		if _, err := c.AddFunc(s.cfg.Digest, func() { s.runDigest(ctx) }); err != nil {
			return fmt.Errorf("start scheduler: digest spec %q: %w", s.cfg.Digest, err)
		}
	}
	if s.cfg.Purger != nil {
		if _, err := c.AddFunc(s.cfg.Purge, func() { s.runPurge(ctx) }); err != nil {
			return fmt.Errorf("start scheduler: purge spec %q: %w", s.cfg.Purge, err)
		}
		s.runPurge(ctx)
	}
	s.runSweep(ctx)
	c.Start()
	s.cron = c
	return nil
}

// runPurge deletes what the retention periods no longer allow to keep.
func (s *Scheduler) runPurge(ctx context.Context) {
	n, err := s.cfg.Purger.Purge(ctx, s.now(), s.cfg.Retention)
	if err != nil {
		s.log.ErrorContext(ctx, "retention purge", "err", err)
		return
	}
	s.log.InfoContext(ctx, "retention purge", "conversations", n.Conversations, "reminders", n.Reminders, "dedup", n.Dedup)
}

// Stop ends the schedule and waits, at most until ctx ends, for a running
// sweep or digest to finish.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.cronMu.Lock()
	c := s.cron
	s.cron = nil
	s.cronMu.Unlock()
	if c == nil {
		return nil
	}
	select {
	case <-c.Stop().Done():
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop scheduler: %w", ctx.Err())
	}
}

func (s *Scheduler) runSweep(ctx context.Context) {
	if s.cfg.Also != nil {
		defer s.cfg.Also(ctx)
	}
	st, err := s.Sweep(ctx)
	if s.cfg.OnSweep != nil {
		s.cfg.OnSweep(st)
	}
	if err != nil {
		s.log.ErrorContext(ctx, "reminder sweep", "err", err)
	}
	if st.Claimed > 0 {
		s.log.InfoContext(ctx, "reminder sweep", "claimed", st.Claimed, "sent", st.Sent, "late", st.Late, "failed", st.Failed, "skipped", st.Skipped)
	}
	if _, err := s.SendDigests(ctx); err != nil {
		s.log.ErrorContext(ctx, "weekly digest", "err", err)
	}
}

func (s *Scheduler) runDigest(ctx context.Context) {
	if err := s.Digest(ctx); err != nil {
		s.log.ErrorContext(ctx, "weekly digest", "err", err)
	}
}

// cronLogger passes the cron library's messages to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, keysAndValues ...any) {
	l.log.Debug("cron: "+msg, keysAndValues...)
}

func (l cronLogger) Error(err error, msg string, keysAndValues ...any) {
	l.log.Error("cron: "+msg, append(keysAndValues, "err", err)...)
}
