package remind

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"privacybot/bot"
	"privacybot/lang"
)

// notifierSender sends digests straight through each platform's Notifier.
type notifierSender map[string]bot.Notifier

func (n notifierSender) Send(ctx context.Context, _ string, to bot.Address, r bot.Reply) error {
	nt, ok := n[to.Platform]
	if !ok {
		return fmt.Errorf("no notifier for platform %q", to.Platform)
	}
	return nt.Notify(ctx, to, r)
}

// DigestStats says what one round of digest sends did: Claimed jobs, of
// which Sent, Skipped (nothing open, or switched off), Retried (put back
// for a later attempt) and Failed (given up).
type DigestStats struct {
	Claimed, Sent, Skipped, Retried, Failed int
}

const (
	// maxDigestLines bounds the reminders a digest lists.
	maxDigestLines = 20
	// maxDigestFailures is how many failed sends (429s not counted) a
	// digest gets before it is given up for the week (with the default
	// backoff: about two hours).
	maxDigestFailures = 10
	// keepDigests is how long a job is kept; it must exceed a week.
	keepDigests = 35 * 24 * time.Hour
)

// isoWeek names the ISO week of t in loc: "2026-W10".
func isoWeek(t time.Time, loc *time.Location) string {
	y, w := t.In(loc).ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func digestKey(j bot.DigestJob) string {
	return "digest:" + j.Platform + ":" + j.User + ":" + j.Week
}

// Digest is what the digest schedule runs: it adds a job of the current ISO
// week for every user with open reminders who has none for that week, and
// sends the jobs that are due. A schedule that fires more than once a week
// adds nothing the second time for users already handled. Jobs that fail
// are retried by later sweeps. It does nothing when the digest is off. It
// returns the store's errors.
func (s *Scheduler) Digest(ctx context.Context) error {
	if s.cfg.Digest == "off" {
		return nil
	}
	if s.digests == nil {
		return errors.New("digest: the store keeps no digest jobs")
	}
	now := s.now()
	users, err := s.store.OpenReminderUsers(ctx)
	if err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	week := isoWeek(now, s.loc)
	added, err := s.digests.AddDigests(ctx, week, users, now)
	if err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	if _, err := s.digests.PurgeDigests(ctx, now.Add(-keepDigests)); err != nil {
		s.log.WarnContext(ctx, "purge old digest jobs", "err", err)
	}
	st, err := s.SendDigests(ctx)
	s.log.InfoContext(ctx, "weekly digest", "week", week, "added", added, "sent", st.Sent, "skipped", st.Skipped, "retried", st.Retried, "failed", st.Failed)
	return err
}

// SendDigests sends the digests of the current week that are due: new
// ones, and those whose earlier attempt failed and whose backoff ended.
// Every sweep calls it. A job is marked sent only after the platform
// accepted it. One round runs at a time.
func (s *Scheduler) SendDigests(ctx context.Context) (DigestStats, error) {
	var st DigestStats
	if s.digests == nil || s.cfg.Digest == "off" {
		return st, nil
	}
	s.digestMu.Lock()
	defer s.digestMu.Unlock()
	week := isoWeek(s.now(), s.loc)
	for range maxClaimRounds {
		jobs, err := s.digests.ClaimDigests(ctx, week, s.now(), s.cfg.Lease, s.cfg.Batch)
		if err != nil {
			return st, fmt.Errorf("claim digests: %w", err)
		}
		st.Claimed += len(jobs)
		for _, j := range jobs {
			if err := s.sendDigest(ctx, j, &st); err != nil {
				return st, err
			}
		}
		if len(jobs) < s.cfg.Batch {
			break
		}
	}
	return st, nil
}

// sendDigest sends one claimed job, or skips it when there is nothing to
// send, and records the outcome under the claim.
func (s *Scheduler) sendDigest(ctx context.Context, j bot.DigestJob, st *DigestStats) error {
	key := digestKey(j)
	if e, ok := s.unmarkedDigests[key]; ok {
		if s.finishDigest(ctx, j, bot.DigestSent, e) {
			delete(s.unmarkedDigests, key)
		}
		st.Sent++
		return nil
	}
	set, ok, err := s.settings.Settings(ctx, j.UserKey)
	if err != nil {
		return s.retryDigest(ctx, j, s.now().Add(s.backoff(j.Failures+1)), true, fmt.Errorf("read settings: %w", err), st)
	}
	open, err := s.store.OpenReminders(ctx, j.UserKey)
	if err != nil {
		return s.retryDigest(ctx, j, s.now().Add(s.backoff(j.Failures+1)), true, fmt.Errorf("read reminders: %w", err), st)
	}
	if (ok && set.DigestOff) || len(open) == 0 {
		st.Skipped++
		s.finishDigest(ctx, j, bot.DigestSkipped, bot.AuditEntry{At: s.now()})
		return nil
	}
	now := s.now()
	if until, paused := s.pausedUntil(j.Platform, now); paused {
		return s.retryDigest(ctx, j, until, false, errors.New("platform asked to wait"), st)
	}
	latest := open[0]
	for _, r := range open {
		if r.CreatedAt.After(latest.CreatedAt) {
			latest = r
		}
	}
	lang, loc := s.userPrefs(ctx, j.UserKey, latest.Lang, latest.TZ)
	nctx, cancel := context.WithTimeout(ctx, s.cfg.Lease/2)
	err = s.sender.Send(nctx, key, latest.Address, digestMessage(open, lang, loc))
	cancel()
	if err != nil {
		if ra, ok := errors.AsType[*bot.RetryAfterError](err); ok {
			next := now.Add(max(ra.After, time.Second))
			s.pause(j.Platform, next)
			return s.retryDigest(ctx, j, next, false, err, st)
		}
		return s.retryDigest(ctx, j, now.Add(s.backoff(j.Failures+1)), true, err, st)
	}
	st.Sent++
	e := bot.AuditEntry{UserKey: j.UserKey, At: s.now().UTC(), Action: bot.AuditReminderDigest, Detail: digestDetail(j.Week, len(open))}
	if !s.finishDigest(ctx, j, bot.DigestSent, e) {
		s.unmarkedDigests[key] = e
	}
	return nil
}

// finishDigest stores the end of a claim; false when that failed and must
// be tried again. A job claimed again meanwhile needs no mark.
func (s *Scheduler) finishDigest(ctx context.Context, j bot.DigestJob, state bot.DigestState, e bot.AuditEntry) bool {
	err := s.digests.FinishDigest(ctx, j, state, e.At, e)
	if err != nil && !errors.Is(err, bot.ErrConflict) {
		s.log.ErrorContext(ctx, "digest job not finished", "platform", j.Platform, "week", j.Week, "state", state, "err", err)
		return false
	}
	return true
}

// retryDigest puts a job back for a later attempt at next, or gives it up
// for the week after its last failure. failed is false when the platform
// only asked to wait: that counts no failure.
func (s *Scheduler) retryDigest(ctx context.Context, j bot.DigestJob, next time.Time, failed bool, cause error, st *DigestStats) error {
	if failed && j.Failures+1 >= maxDigestFailures {
		st.Failed++
		s.log.ErrorContext(ctx, "digest given up for the week", "platform", j.Platform, "week", j.Week, "failures", j.Failures+1, "err", cause)
		s.finishDigest(ctx, j, bot.DigestFailed, bot.AuditEntry{At: s.now()})
		return nil
	}
	st.Retried++
	s.log.WarnContext(ctx, "digest not delivered; will retry", "platform", j.Platform, "week", j.Week, "attempt", j.Attempts, "retry_at", next, "err", cause)
	err := s.digests.RetryDigest(ctx, j, next.UTC(), failed)
	if err != nil && !errors.Is(err, bot.ErrConflict) {
		return fmt.Errorf("retry digest: %w", err)
	}
	return nil
}

// digestDetail is the audit detail of a sent digest: "week 2026-W10; 3
// open". Its words are fixed; mijn-gegevens turns it into a sentence.
func digestDetail(week string, open int) string {
	return "week " + week + "; " + strconv.Itoa(open) + " open"
}

// digestMessage lists open reminders, soonest first: what to do, what was
// shared with whom, the user's label, and the planned moment; with a
// button that shows them with their actions.
func digestMessage(open []bot.Reminder, lang lang.Lang, loc *time.Location) bot.Reply {
	n := len(open)
	lines := []string{sprintf(plural(n, txtDigestTitleOne, txtDigestTitle), lang, n)}
	for _, r := range open[:min(n, maxDigestLines)] {
		lines = append(lines, digestLine(r, lang, loc))
	}
	if n > maxDigestLines {
		lines = append(lines, sprintf(txtDigestMore, lang, n-maxDigestLines))
	}
	lines = append(lines, plural(n, txtDigestFootOne, txtDigestFoot).In(lang))
	return bot.Reply{
		Text:    strings.Join(lines, "\n"),
		Choices: []bot.Choice{{Label: txtBtnList.In(lang), Value: listValue}},
		Direct:  true,
	}
}

// digestLine is one reminder in the digest: "• Cliënt informeren ·
// informatie gedeeld met school (casus-A) · gepland op ma 8 dec 2025 09:00".
func digestLine(r bot.Reminder, lang lang.Lang, loc *time.Location) string {
	what := r.Shared.In(lang)
	if what == "" {
		what = sprintf(txtDigestDecided, lang, bot.FormatWhen(r.DecidedAt, loc, lang))
	}
	if r.Case != "" {
		what += " (" + r.Case + ")"
	}
	parts := []string{capitalise(r.Kind.Text().In(lang)), what, sprintf(txtDigestPlanned, lang, bot.FormatWhen(r.Due, loc, lang))}
	if r.State == bot.StateSent {
		parts = append(parts, txtDigestAwaiting.In(lang))
	}
	return "• " + strings.Join(parts, " · ")
}

// plural picks one for a count of 1, else many.
func plural(n int, one, many lang.Text) lang.Text {
	if n == 1 {
		return one
	}
	return many
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
