package storetest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/lang"
)

var remAlice = bot.Address{Platform: bot.Slack, User: "U-alice", Channel: "D-alice"}

// newRem returns a scheduled reminder of alice due at due.
func newRem(due time.Time) bot.Reminder {
	return bot.Reminder{
		Address:     remAlice,
		Kind:        bot.KindInform,
		Case:        "casus A",
		Flow:        "stappenplan",
		Outcome:     "meldrecht-veilig-thuis",
		Shared:      lang.T("melding bij Veilig Thuis", "report to Veilig Thuis"),
		DecidedAt:   T0.Add(-time.Hour),
		Lang:        lang.NL,
		TZ:          "Europe/Amsterdam",
		State:       bot.StateScheduled,
		Due:         due,
		NextAttempt: due,
	}
}

// newRemAt returns a reminder of alice due at T0+off, with an outcome of
// its own so that it is no duplicate of another.
func newRemAt(off time.Duration) bot.Reminder {
	r := newRem(T0.Add(off))
	r.Outcome = "o" + off.String()
	return r
}

func (e env) create(t *testing.T, r bot.Reminder) bot.Reminder {
	t.Helper()
	a := bot.AuditEntry{UserKey: r.UserKey(), At: T0, Action: bot.AuditReminderSet, Flow: r.Flow, Outcome: r.Outcome}
	if err := e.CreateReminder(e.ctx, &r, a); err != nil {
		t.Fatalf("CreateReminder: %v", err)
	}
	return r
}

// update saves r with the given state, as a user's action would.
func (e env) update(t *testing.T, r *bot.Reminder, state bot.ReminderState) {
	t.Helper()
	r.State = state
	if err := e.UpdateReminder(e.ctx, r, bot.AuditEntry{UserKey: r.UserKey(), Action: "reminder." + string(state)}); err != nil {
		t.Fatalf("UpdateReminder to %s: %v", state, err)
	}
}

func (e env) reminder(t *testing.T, id int64) bot.Reminder {
	t.Helper()
	r, ok, err := e.Reminder(e.ctx, id)
	if err != nil || !ok {
		t.Fatalf("Reminder(%d) = %v, %v", id, ok, err)
	}
	return r
}

func (e env) claim(t *testing.T, now time.Time, lease time.Duration, limit int) []bot.Reminder {
	t.Helper()
	claimed, err := e.ClaimDue(e.ctx, now, lease, limit)
	if err != nil {
		t.Fatalf("ClaimDue: %v", err)
	}
	return claimed
}

func (e env) actions(t *testing.T, u bot.UserKey) string {
	t.Helper()
	trail, err := e.AuditTrail(e.ctx, u)
	if err != nil {
		t.Fatalf("AuditTrail: %v", err)
	}
	var got []string
	for _, a := range trail {
		got = append(got, a.Action)
	}
	return strings.Join(got, ",")
}

func remIDs(rems []bot.Reminder) []int64 {
	ids := make([]int64, 0, len(rems))
	for _, r := range rems {
		ids = append(ids, r.ID)
	}
	return ids
}

func testReminderRoundTrip(t *testing.T, open Opener) {
	e := newEnv(t, open)
	want := newRem(T0.Add(24 * time.Hour))
	want.Kind = bot.KindRecord
	want.Case = "casus Noord — ✓"
	want.ReasonCode, want.Reason = "own", "onderzoek loopt"
	e.clock.Set(T0.Add(1500 * time.Microsecond))
	want = e.create(t, want)
	if want.ID == 0 || want.Version != 1 || !want.CreatedAt.Equal(T0.Add(time.Millisecond)) || !want.UpdatedAt.Equal(want.CreatedAt) {
		t.Fatalf("after create: ID %d, version %d, created %s, updated %s", want.ID, want.Version, want.CreatedAt, want.UpdatedAt)
	}
	got := e.reminder(t, want.ID)
	if got != want {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	trail, err := e.AuditTrail(e.ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) != 1 || trail[0].Action != bot.AuditReminderSet || trail[0].Reminder != want.ID {
		t.Errorf("audit trail = %+v, want one reminder.set for %d", trail, want.ID)
	}
	if _, ok, err := e.Reminder(e.ctx, want.ID+1); ok || err != nil {
		t.Errorf("Reminder(missing) = %v, %v; want not found", ok, err)
	}
}

func testCreateReminderUnknownKind(t *testing.T, open Opener) {
	e := newEnv(t, open)
	r := newRem(T0)
	r.Kind = "call"
	if err := e.CreateReminder(e.ctx, &r, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderSet}); err == nil {
		t.Fatal("CreateReminder of an unknown kind succeeded")
	}
	if all, err := e.UserReminders(e.ctx, remAlice.UserKey()); err != nil || len(all) != 0 || e.actions(t, remAlice.UserKey()) != "" {
		t.Errorf("after a refused create: %d reminders (%v), audit %q; want none", len(all), err, e.actions(t, remAlice.UserKey()))
	}
}

func testCreateReminderDuplicate(t *testing.T, open Opener) {
	e := newEnv(t, open)
	r := e.create(t, newRem(T0.Add(time.Hour)))
	dup := newRem(T0.Add(2 * time.Hour))
	if err := e.CreateReminder(e.ctx, &dup, bot.AuditEntry{UserKey: dup.UserKey(), Action: bot.AuditReminderSet}); !errors.Is(err, bot.ErrDuplicate) {
		t.Fatalf("second CreateReminder = %v, want ErrDuplicate", err)
	}
	other := newRem(T0.Add(2 * time.Hour))
	other.Kind = bot.KindRecord
	e.create(t, other)
	e.update(t, &r, bot.StateDone)
	e.create(t, newRem(T0.Add(3*time.Hour)))
	if got, want := e.actions(t, remAlice.UserKey()), "reminder.set,reminder.set,reminder.done,reminder.set"; got != want {
		t.Errorf("audit = %s, want %s (no row for the refused duplicate)", got, want)
	}
}

// testCreateReminderConcurrent creates each of several reminders from many
// goroutines at once, as a double click handled by two replicas would: one
// is stored, the others are told it is a duplicate.
func testCreateReminderConcurrent(t *testing.T, open Opener) {
	e := newEnv(t, open)
	const reminders, racers = 10, 8
	for i := range reminders {
		results := make(chan error, racers)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for range racers {
			wg.Go(func() {
				r := newRemAt(time.Duration(i) * time.Hour)
				<-start
				results <- e.CreateReminder(e.ctx, &r, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderSet})
			})
		}
		close(start)
		wg.Wait()
		close(results)
		var created, dups int
		for err := range results {
			switch {
			case err == nil:
				created++
			case errors.Is(err, bot.ErrDuplicate):
				dups++
			default:
				t.Errorf("CreateReminder: %v", err)
			}
		}
		if created != 1 || dups != racers-1 {
			t.Errorf("reminder %d: %d created and %d duplicates, want 1 and %d", i, created, dups, racers-1)
		}
	}
	all, err := e.UserReminders(e.ctx, remAlice.UserKey())
	if err != nil || len(all) != reminders {
		t.Errorf("stored %d reminders (%v), want %d", len(all), err, reminders)
	}
	if got := strings.Count(e.actions(t, remAlice.UserKey()), bot.AuditReminderSet); got != reminders {
		t.Errorf("%d reminder.set entries, want %d", got, reminders)
	}
}

func testUpdateReminderStale(t *testing.T, open Opener) {
	e := newEnv(t, open)
	r := e.create(t, newRem(T0.Add(time.Hour)))
	stale := r
	e.clock.Set(T0.Add(time.Minute))
	e.update(t, &r, bot.StateCancelled)
	if r.Version != 2 || !r.UpdatedAt.Equal(T0.Add(time.Minute)) {
		t.Errorf("after update: version %d, updated %s; want 2 and the store's clock", r.Version, r.UpdatedAt)
	}
	stale.State = bot.StateDone
	if err := e.UpdateReminder(e.ctx, &stale, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderDone}); !errors.Is(err, bot.ErrConflict) {
		t.Fatalf("stale update = %v, want ErrConflict", err)
	}
	if stale.Version != 1 {
		t.Errorf("failed update changed Version to %d", stale.Version)
	}
	if got := e.reminder(t, r.ID); got != r {
		t.Errorf("stored\n%+v\nwant\n%+v", got, r)
	}
	if got := e.actions(t, remAlice.UserKey()); got != "reminder.set,reminder.cancelled" {
		t.Errorf("audit = %s: the failed update must not leave a row", got)
	}
}

func testClaimDue(t *testing.T, open Opener) {
	e := newEnv(t, open)
	var ids []int64
	for _, off := range []time.Duration{-3 * time.Hour, -time.Hour, -time.Minute, 0, time.Minute, time.Hour} {
		ids = append(ids, e.create(t, newRemAt(off)).ID)
	}
	claimed := e.claim(t, T0, time.Minute, 3)
	if got := remIDs(claimed); !slices.Equal(got, ids[:3]) {
		t.Fatalf("first claim = %v, want the three oldest %v", got, ids[:3])
	}
	for _, r := range claimed {
		if r.State != bot.StateSending || r.Attempts != 1 || r.Version != 2 ||
			!r.LeaseUntil.Equal(T0.Add(time.Minute)) || !r.NextAttempt.Equal(r.LeaseUntil) {
			t.Errorf("claimed %+v, want sending, attempt 1, version 2, lease and next attempt %s", r, T0.Add(time.Minute))
		}
		if got := e.reminder(t, r.ID); got != r {
			t.Errorf("stored\n%+v\nclaim returned\n%+v", got, r)
		}
	}
	claimed = e.claim(t, T0, time.Minute, 10)
	if got := remIDs(claimed); !slices.Equal(got, ids[3:4]) {
		t.Fatalf("second claim = %v, want only %v (the rest is not due, the first three are leased)", got, ids[3:4])
	}
	claimed = e.claim(t, T0.Add(time.Minute), time.Minute, 10)
	if got := remIDs(claimed); !slices.Equal(got, ids[:5]) {
		t.Fatalf("claim after the lease = %v, want %v (expired leases and the newly due, soonest due first)", got, ids[:5])
	}
	if claimed[0].Attempts != 2 || claimed[4].Attempts != 1 {
		t.Errorf("attempts = %d and %d, want 2 for a reclaim, 1 for a first claim", claimed[0].Attempts, claimed[4].Attempts)
	}
	trail, err := e.AuditTrail(e.ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	var claims []string
	for _, a := range trail {
		if a.Action == bot.AuditReminderClaimed {
			claims = append(claims, fmt.Sprintf("%d@%s:%s", a.Reminder, a.At.Sub(T0), a.Detail))
		}
	}
	slices.Sort(claims)
	var want []string
	for _, id := range ids[:4] {
		want = append(want, fmt.Sprintf("%d@0s:attempt 1", id), fmt.Sprintf("%d@1m0s:attempt 2", id))
	}
	want = append(want, fmt.Sprintf("%d@1m0s:attempt 1", ids[4]))
	slices.Sort(want)
	if !slices.Equal(claims, want) {
		t.Errorf("claim audit =\n %v\nwant\n %v", claims, want)
	}
}

// testClaimFinishFenced checks that only the latest claim of a reminder can
// finish it: a claim released by a retry, or taken over after its lease,
// is refused.
func testClaimFinishFenced(t *testing.T, open Opener) {
	e := newEnv(t, open)
	r := e.create(t, newRem(T0))
	claimed := e.claim(t, T0, time.Minute, 10)
	if len(claimed) != 1 {
		t.Fatalf("claim = %+v, want one", claimed)
	}
	first := claimed[0]
	if first.Version != r.Version+1 {
		t.Fatalf("claim left version %d, want %d", first.Version, r.Version+1)
	}
	// Entries without a time take the store's clock; keep it at the
	// sweep's time so that the trail is in the order of the steps.
	a := bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderRetry}
	e.clock.Set(T0.Add(time.Second))
	next := T0.Add(30 * time.Second)
	if err := e.RetryLater(e.ctx, r.ID, r.Version, next, a); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("RetryLater with the version before the claim = %v, want ErrConflict", err)
	}
	if err := e.RetryLater(e.ctx, r.ID, first.Version, next, a); err != nil {
		t.Fatalf("RetryLater: %v", err)
	}
	got := e.reminder(t, r.ID)
	if got.State != bot.StateScheduled || !got.NextAttempt.Equal(next) || !got.Due.Equal(T0) || !got.LeaseUntil.IsZero() || got.Version != first.Version+1 {
		t.Errorf("after retry: %+v; want scheduled, next attempt %s, due kept, no lease, version %d", got, next, first.Version+1)
	}
	if err := e.MarkSent(e.ctx, r.ID, first.Version, next, false, a); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("MarkSent of a released claim = %v, want ErrConflict", err)
	}
	if claimed = e.claim(t, next.Add(-time.Millisecond), time.Minute, 10); len(claimed) != 0 {
		t.Fatalf("claim before the retry time = %+v, want none", claimed)
	}
	if claimed = e.claim(t, next, time.Minute, 10); len(claimed) != 1 || claimed[0].Attempts != 2 {
		t.Fatalf("reclaim = %+v, want attempt 2", claimed)
	}
	second := claimed[0]
	if claimed = e.claim(t, next.Add(time.Minute-time.Millisecond), time.Minute, 10); len(claimed) != 0 {
		t.Fatalf("claim within the lease = %+v, want none", claimed)
	}
	if claimed = e.claim(t, next.Add(time.Minute), time.Minute, 10); len(claimed) != 1 || claimed[0].Attempts != 3 {
		t.Fatalf("takeover = %+v, want attempt 3", claimed)
	}
	third := claimed[0]
	if err := e.MarkSent(e.ctx, r.ID, second.Version, next, false, a); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("MarkSent by the claim that was taken over = %v, want ErrConflict", err)
	}
	sentAt := next.Add(70 * time.Second)
	e.clock.Set(sentAt)
	if err := e.MarkSent(e.ctx, r.ID, third.Version, sentAt, true, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderLate}); err != nil {
		t.Fatalf("MarkSent: %v", err)
	}
	got = e.reminder(t, r.ID)
	if got.State != bot.StateSent || !got.Late || !got.SentAt.Equal(sentAt) || got.Attempts != 3 || !got.LeaseUntil.IsZero() || got.Version != third.Version+1 {
		t.Errorf("after MarkSent: %+v", got)
	}
	if err := e.RetryLater(e.ctx, r.ID, got.Version, next, a); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("RetryLater of a sent reminder = %v, want ErrConflict", err)
	}
	if claimed = e.claim(t, next.Add(time.Hour), time.Minute, 10); len(claimed) != 0 {
		t.Errorf("a sent reminder was claimed again: %+v", claimed)
	}
	want := "reminder.set,reminder.sending,reminder.retry,reminder.sending,reminder.sending,reminder.late"
	if got := e.actions(t, remAlice.UserKey()); got != want {
		t.Errorf("audit = %s, want %s (no row for a refused finish)", got, want)
	}
}

// testClaimFinishAfterUserActed checks that a user's action between claim
// and delivery wins: the sweep can no longer mark the reminder sent.
func testClaimFinishAfterUserActed(t *testing.T, open Opener) {
	e := newEnv(t, open)
	e.create(t, newRem(T0))
	claimed := e.claim(t, T0, time.Minute, 10)
	if len(claimed) != 1 {
		t.Fatalf("claim = %+v, want one", claimed)
	}
	acted := claimed[0]
	e.update(t, &acted, bot.StateDone)
	if err := e.MarkSent(e.ctx, acted.ID, claimed[0].Version, T0, false, bot.AuditEntry{UserKey: acted.UserKey(), Action: bot.AuditReminderSent}); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("MarkSent after the user acted = %v, want ErrConflict", err)
	}
	if got := e.reminder(t, acted.ID); got.State != bot.StateDone {
		t.Errorf("state = %s, want done", got.State)
	}
	if claimed = e.claim(t, T0.Add(time.Hour), time.Minute, 10); len(claimed) != 0 {
		t.Errorf("a done reminder was claimed: %+v", claimed)
	}
}

// testConcurrentClaims claims from many goroutines at once, as the sweeps
// of several replicas do: every due reminder is claimed by exactly one.
// Each round comes a lease later, when all are claimable again.
func testConcurrentClaims(t *testing.T, open Opener) {
	e := newEnv(t, open)
	const due, sweeps, batch, rounds = 200, 8, 5, 5
	const lease = time.Minute
	for i := range due {
		r := newRem(T0.Add(-time.Duration(i) * time.Second))
		r.Address.User = fmt.Sprintf("U%03d", i)
		e.create(t, r)
	}
	for round := range rounds {
		now := T0.Add(time.Duration(round) * lease)
		var (
			mu     sync.Mutex
			counts = map[int64]int{}
			wg     sync.WaitGroup
			start  = make(chan struct{})
		)
		errs := make(chan error, sweeps)
		for range sweeps {
			wg.Go(func() {
				<-start
				for {
					claimed, err := e.ClaimDue(e.ctx, now, lease, batch)
					if err != nil {
						errs <- err
						return
					}
					if len(claimed) == 0 {
						return
					}
					mu.Lock()
					for _, r := range claimed {
						counts[r.ID]++
					}
					mu.Unlock()
				}
			})
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("round %d: ClaimDue: %v", round, err)
		}
		if len(counts) != due {
			t.Errorf("round %d: %d reminders claimed, want %d", round, len(counts), due)
		}
		for id, n := range counts {
			if n != 1 {
				t.Errorf("round %d: reminder %d claimed %d times, want once", round, id, n)
			}
		}
	}
}

func testOpenReminders(t *testing.T, open Opener) {
	e := newEnv(t, open)
	later := e.create(t, newRem(T0.Add(2*time.Hour)))
	sooner := newRem(T0.Add(time.Hour))
	sooner.Kind = bot.KindRecord
	sooner = e.create(t, sooner)
	done := newRem(T0.Add(time.Minute))
	done.Outcome = "other"
	done = e.create(t, done)
	e.update(t, &done, bot.StateDone)
	sent := newRem(T0.Add(3 * time.Hour))
	sent.Outcome = "sent"
	sent = e.create(t, sent)
	e.update(t, &sent, bot.StateSent)
	bob := newRem(T0)
	bob.Address = bot.Address{Platform: bot.Mattermost, User: "bob", Channel: "town"}
	e.create(t, bob)
	carol := newRem(T0)
	carol.Address = bot.Address{Platform: bot.Mattermost, User: "carol", Channel: "town"}
	carol = e.create(t, carol)
	e.update(t, &carol, bot.StateCancelled)

	openRems, err := e.OpenReminders(e.ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := remIDs(openRems), []int64{sooner.ID, later.ID, sent.ID}; !slices.Equal(got, want) {
		t.Errorf("open = %v, want %v (soonest first, done left out)", got, want)
	}
	all, err := e.UserReminders(e.ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := remIDs(all), []int64{done.ID, sooner.ID, later.ID, sent.ID}; !slices.Equal(got, want) {
		t.Errorf("all = %v, want %v", got, want)
	}
	users, err := e.OpenReminderUsers(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []bot.UserKey{bob.UserKey(), remAlice.UserKey()}; !slices.Equal(users, want) {
		t.Errorf("users = %v, want %v (carol has none open)", users, want)
	}
}
