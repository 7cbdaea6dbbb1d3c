package storetest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
)

// digestWeek is the ISO week of T0 (Sunday 1 March 2026).
const digestWeek = "2026-W09"

var (
	digBob   = bot.UserKey{Platform: bot.Slack, User: "U-bob"}
	digCarol = bot.UserKey{Platform: bot.Mattermost, User: "carol"}
)

func (e env) claimDigests(t *testing.T, week string, now time.Time) []bot.DigestJob {
	t.Helper()
	jobs, err := e.ClaimDigests(e.ctx, week, now, time.Minute, 10)
	if err != nil {
		t.Fatalf("ClaimDigests: %v", err)
	}
	return jobs
}

func (e env) digests(t *testing.T, u bot.UserKey) []bot.DigestJob {
	t.Helper()
	jobs, err := e.UserDigests(e.ctx, u)
	if err != nil {
		t.Fatalf("UserDigests: %v", err)
	}
	return jobs
}

// testDigestJobs walks one job through its states: added once per user
// per week, claimed under a lease, finished only under its own claim.
func testDigestJobs(t *testing.T, open Opener) {
	e := newEnv(t, open)
	alice := remAlice.UserKey()
	if n, err := e.AddDigests(e.ctx, digestWeek, []bot.UserKey{alice, digBob}, T0); err != nil || n != 2 {
		t.Fatalf("AddDigests = %d, %v; want 2 added", n, err)
	}
	if n, err := e.AddDigests(e.ctx, digestWeek, []bot.UserKey{alice, digBob, digCarol}, T0.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("AddDigests again = %d, %v; want only carol added", n, err)
	}
	if got := e.claimDigests(t, "2026-W10", T0.Add(time.Hour)); len(got) != 0 {
		t.Fatalf("claimed %d jobs of another week", len(got))
	}
	claimed := e.claimDigests(t, digestWeek, T0)
	if len(claimed) != 2 {
		t.Fatalf("claimed %d jobs at T0, want alice and bob (carol's is due later)", len(claimed))
	}
	for _, j := range claimed {
		if j.State != bot.DigestSending || j.Attempts != 1 || !j.NextAttempt.Equal(T0.Add(time.Minute)) || j.Week != digestWeek {
			t.Errorf("claimed %+v", j)
		}
	}
	if again := e.claimDigests(t, digestWeek, T0.Add(30*time.Second)); len(again) != 0 {
		t.Fatalf("claimed %d jobs under a lease", len(again))
	}
	byUser := map[bot.UserKey]bot.DigestJob{}
	for _, j := range claimed {
		byUser[j.UserKey] = j
	}
	sent := bot.AuditEntry{UserKey: alice, At: T0, Action: bot.AuditReminderDigest, Detail: "week " + digestWeek + "; 1 open"}
	if err := e.FinishDigest(e.ctx, byUser[alice], bot.DigestSent, T0, sent); err != nil {
		t.Fatalf("FinishDigest: %v", err)
	}
	if err := e.FinishDigest(e.ctx, byUser[alice], bot.DigestSent, T0, sent); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("finishing twice: %v, want ErrConflict", err)
	}
	if err := e.RetryDigest(e.ctx, byUser[digBob], T0.Add(10*time.Minute), true); err != nil {
		t.Fatalf("RetryDigest: %v", err)
	}
	if got := e.actions(t, alice); got != bot.AuditReminderDigest {
		t.Errorf("alice's trail %q, want one digest entry", got)
	}
	// After the lease and the retry time: bob's job and carol's come
	// back; alice's, sent, never does.
	later := e.claimDigests(t, digestWeek, T0.Add(2*time.Hour))
	if len(later) != 2 {
		t.Fatalf("claimed %d jobs later, want bob and carol", len(later))
	}
	for _, j := range later {
		if j.UserKey == alice {
			t.Errorf("a sent job was claimed again: %+v", j)
		}
		if j.UserKey == digBob && (j.Attempts != 2 || j.Failures != 1) {
			t.Errorf("bob's second claim %+v, want attempt 2 after 1 failure", j)
		}
		if j.UserKey == digCarol && j.Failures != 0 {
			t.Errorf("carol's claim %+v, want no failures", j)
		}
	}
	// A claim whose lease ran out and was taken again cannot finish.
	var bob bot.DigestJob
	for _, j := range later {
		if j.UserKey == digBob {
			bob = j
		}
	}
	stale := bob
	stale.Attempts--
	if err := e.FinishDigest(e.ctx, stale, bot.DigestSent, T0, bot.AuditEntry{}); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("finishing a stale claim: %v, want ErrConflict", err)
	}
	if err := e.RetryDigest(e.ctx, stale, T0, false); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("retrying a stale claim: %v, want ErrConflict", err)
	}
	if err := e.FinishDigest(e.ctx, bob, bot.DigestSkipped, T0, bot.AuditEntry{}); err != nil {
		t.Fatalf("FinishDigest skipped: %v", err)
	}
	if got := e.digests(t, digBob); len(got) != 1 || got[0].State != bot.DigestSkipped || !got[0].SentAt.IsZero() {
		t.Errorf("bob's jobs %+v", got)
	}
	if got := e.digests(t, alice); len(got) != 1 || got[0].State != bot.DigestSent || !got[0].SentAt.Equal(T0) || !got[0].CreatedAt.Equal(T0) {
		t.Errorf("alice's jobs %+v", got)
	}
	if _, err := e.AddDigests(e.ctx, "2026-W10", []bot.UserKey{alice}, T0.Add(7*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := e.digests(t, alice); len(got) != 2 || got[0].Week != "2026-W10" {
		t.Errorf("alice's jobs after a second week %+v, want newest first", got)
	}
	if n, err := e.PurgeDigests(e.ctx, T0.Add(24*time.Hour)); err != nil || n != 3 {
		t.Errorf("PurgeDigests = %d, %v; want the 3 jobs of the first week", n, err)
	}
	if err := e.ForgetUser(e.ctx, alice); err != nil {
		t.Fatal(err)
	}
	if got := e.digests(t, alice); len(got) != 0 {
		t.Errorf("forget-me left %d digest jobs", len(got))
	}
}

// testDigestConcurrentAddAndClaim adds and claims the same week's jobs
// from many goroutines at once, as replicas do: each job is added once and
// claimed by one.
func testDigestConcurrentAddAndClaim(t *testing.T, open Opener) {
	e := newEnv(t, open)
	const users, replicas = 30, 8
	keys := make([]bot.UserKey, users)
	for i := range keys {
		keys[i] = bot.UserKey{Platform: bot.Slack, User: fmt.Sprintf("U%03d", i)}
	}
	var (
		mu      sync.Mutex
		added   int
		claimed = map[bot.UserKey]int{}
		wg      sync.WaitGroup
	)
	errs := make(chan error, replicas)
	for range replicas {
		wg.Go(func() {
			n, err := e.AddDigests(e.ctx, digestWeek, keys, T0)
			if err != nil {
				errs <- err
				return
			}
			jobs, err := e.ClaimDigests(e.ctx, digestWeek, T0, time.Minute, 5)
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			defer mu.Unlock()
			added += n
			for _, j := range jobs {
				claimed[j.UserKey]++
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("replica: %v", err)
	}
	if added != users {
		t.Errorf("replicas added %d jobs, want %d", added, users)
	}
	for u, n := range claimed {
		if n != 1 {
			t.Errorf("%v was claimed %d times", u, n)
		}
	}
}

// digestPlatform is a fake chat platform: it refuses the posts it is told
// to, and otherwise counts what it accepted per user.
type digestPlatform struct {
	mu       sync.Mutex
	refusals []error
	accepted map[string]int
}

func (p *digestPlatform) Notify(_ context.Context, to bot.Address, _ bot.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.refusals) > 0 {
		err := p.refusals[0]
		p.refusals = p.refusals[1:]
		return err
	}
	p.accepted[to.User]++
	return nil
}

func (p *digestPlatform) counts() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	c := map[string]int{}
	for k, v := range p.accepted {
		c[k] = v
	}
	return c
}

// testDigestOncePerWeek runs the scheduler's digest on the store against
// a platform that answers 429 (Retry-After 2s) and then 500: every user
// still gets one digest. A restart, a second run of the schedule in the
// same week and a purge of the event dedup table send none again; the
// next week sends again.
func testDigestOncePerWeek(t *testing.T, open Opener) {
	e := newEnv(t, open)
	e.clock.Set(T0.Add(-5 * 24 * time.Hour)) // Tuesday of the same ISO week
	users := []string{"U-alice", "U-bob", "U-carol"}
	for i, u := range users {
		r := newRemAt(time.Duration(i+1) * 72 * time.Hour)
		r.Address = bot.Address{Platform: bot.Slack, User: u, Channel: "D-" + u}
		e.create(t, r)
	}
	platform := &digestPlatform{accepted: map[string]int{}, refusals: []error{
		&bot.RetryAfterError{After: 2 * time.Second, Err: errors.New(http.StatusText(http.StatusTooManyRequests))},
		errors.New(http.StatusText(http.StatusInternalServerError)),
	}}
	start := func() *remind.Scheduler {
		return remind.NewScheduler(e, e, map[string]bot.Notifier{bot.Slack: platform}, e, e.clock.Now, nil, remind.SchedulerConfig{Digests: e})
	}
	sched := start()
	if err := sched.Digest(e.ctx); err != nil {
		t.Fatalf("Digest: %v", err)
	}
	for range 10 {
		e.clock.Advance(time.Minute)
		if _, err := sched.SendDigests(e.ctx); err != nil {
			t.Fatalf("SendDigests: %v", err)
		}
	}
	want := map[string]int{"U-alice": 1, "U-bob": 1, "U-carol": 1}
	if got := platform.counts(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("after a 429 and a 500 the platform accepted %v, want %v", got, want)
	}
	for _, u := range users {
		jobs := e.digests(t, bot.UserKey{Platform: bot.Slack, User: u})
		if len(jobs) != 1 || jobs[0].State != bot.DigestSent {
			t.Errorf("%s's jobs %+v, want one sent", u, jobs)
		}
	}
	if _, err := e.Purge(e.ctx, e.clock.Now().Add(48*time.Hour), bot.DefaultRetention()); err != nil {
		t.Fatal(err)
	}
	sched = start()
	e.clock.Advance(3 * 24 * time.Hour)
	if _, err := sched.SendDigests(e.ctx); err != nil {
		t.Fatal(err)
	}
	if err := sched.Digest(e.ctx); err != nil {
		t.Fatalf("Digest after a restart: %v", err)
	}
	if got := platform.counts(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("a restart and a second run in the same week: the platform accepted %v, want still %v", got, want)
	}
	e.clock.Set(T0.Add(24 * time.Hour))
	if err := sched.Digest(e.ctx); err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		want[u] = 2
	}
	if got := platform.counts(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("the next week the platform accepted %v, want %v", got, want)
	}
}

// testDigestOnceAcrossReplicas runs the digest on three schedulers at
// once, as three replicas on one database do: every user gets one.
func testDigestOnceAcrossReplicas(t *testing.T, open Opener) {
	e := newEnv(t, open)
	const users = 12
	for i := range users {
		r := newRemAt(72 * time.Hour)
		r.Address = bot.Address{Platform: bot.Slack, User: fmt.Sprintf("U%02d", i), Channel: "D"}
		e.create(t, r)
	}
	platform := &digestPlatform{accepted: map[string]int{}}
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 3 {
		s := remind.NewScheduler(e, e, map[string]bot.Notifier{bot.Slack: platform}, e, e.clock.Now, nil, remind.SchedulerConfig{Digests: e, Batch: 5})
		wg.Go(func() {
			if err := s.Digest(e.ctx); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Digest: %v", err)
	}
	got := platform.counts()
	if len(got) != users {
		t.Errorf("%d users got a digest, want %d", len(got), users)
	}
	for u, n := range got {
		if n != 1 {
			t.Errorf("%s got %d digests, want 1", u, n)
		}
	}
}
