package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
)

// remT0 is the time the reminder store tests start at.
var remT0 = time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC)

type remTestClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *remTestClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *remTestClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

func openRemStore(t testing.TB) (*DB, *remTestClock) {
	t.Helper()
	clock := &remTestClock{now: remT0}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "reminders.db"), clock.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, clock
}

var remAlice = bot.Address{Platform: bot.Slack, User: "U-alice", Channel: "D-alice"}

// newRem returns a scheduled reminder of alice due at due.
func newRem(due time.Time) bot.Reminder {
	return bot.Reminder{
		Address:     remAlice,
		Kind:        bot.KindInform,
		Case:        "casus A",
		Flow:        "stappenplan",
		Outcome:     "meldrecht-veilig-thuis",
		Shared:      flows.T("melding bij Veilig Thuis", "report to Veilig Thuis"),
		DecidedAt:   remT0.Add(-time.Hour),
		Lang:        flows.NL,
		TZ:          "Europe/Amsterdam",
		State:       bot.StateScheduled,
		Due:         due,
		NextAttempt: due,
	}
}

func createRem(t testing.TB, s *DB, r bot.Reminder) bot.Reminder {
	t.Helper()
	e := bot.AuditEntry{UserKey: r.UserKey(), At: remT0, Action: bot.AuditReminderSet, Flow: r.Flow, Outcome: r.Outcome}
	if err := s.CreateReminder(context.Background(), &r, e); err != nil {
		t.Fatalf("CreateReminder: %v", err)
	}
	return r
}

func remActions(t testing.TB, s *DB, u bot.UserKey) []string {
	t.Helper()
	trail, err := s.AuditTrail(context.Background(), u)
	if err != nil {
		t.Fatalf("AuditTrail: %v", err)
	}
	var got []string
	for _, e := range trail {
		got = append(got, e.Action)
	}
	return got
}

func TestReminderRoundTrip(t *testing.T) {
	s, _ := openRemStore(t)
	ctx := context.Background()
	want := newRem(remT0.Add(24 * time.Hour))
	want.Kind = bot.KindRecord
	want.ReasonCode, want.Reason = "own", "onderzoek loopt"
	want = createRem(t, s, want)
	if want.ID == 0 || want.Version != 1 || !want.CreatedAt.Equal(remT0) {
		t.Fatalf("after create: ID %d, version %d, created %s", want.ID, want.Version, want.CreatedAt)
	}
	got, ok, err := s.Reminder(ctx, want.ID)
	if err != nil || !ok {
		t.Fatalf("Reminder: %v, %v", ok, err)
	}
	if got != want {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	trail, err := s.AuditTrail(ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) != 1 || trail[0].Action != bot.AuditReminderSet || trail[0].Reminder != want.ID {
		t.Errorf("audit trail = %+v, want one reminder.set for %d", trail, want.ID)
	}
	if _, ok, err := s.Reminder(ctx, want.ID+1); ok || err != nil {
		t.Errorf("Reminder(missing) = %v, %v; want not found", ok, err)
	}
}

func TestCreateReminderRefusesDuplicate(t *testing.T) {
	s, _ := openRemStore(t)
	ctx := context.Background()
	r := createRem(t, s, newRem(remT0.Add(time.Hour)))
	dup := newRem(remT0.Add(2 * time.Hour))
	if err := s.CreateReminder(ctx, &dup, bot.AuditEntry{UserKey: dup.UserKey(), Action: bot.AuditReminderSet}); !errors.Is(err, bot.ErrDuplicate) {
		t.Fatalf("second CreateReminder = %v, want ErrDuplicate", err)
	}
	other := newRem(remT0.Add(2 * time.Hour))
	other.Kind = bot.KindRecord
	createRem(t, s, other)
	r.State = bot.StateDone
	if err := s.UpdateReminder(ctx, &r, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderDone}); err != nil {
		t.Fatal(err)
	}
	again := newRem(remT0.Add(3 * time.Hour))
	createRem(t, s, again)
	if got := remActions(t, s, remAlice.UserKey()); len(got) != 4 {
		t.Errorf("audit = %v, want set, set, done, set (no row for the refused duplicate)", got)
	}
}

func TestUpdateReminderStaleVersion(t *testing.T) {
	s, _ := openRemStore(t)
	ctx := context.Background()
	r := createRem(t, s, newRem(remT0.Add(time.Hour)))
	stale := r
	r.State = bot.StateCancelled
	if err := s.UpdateReminder(ctx, &r, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderCancelled}); err != nil {
		t.Fatal(err)
	}
	if r.Version != 2 {
		t.Errorf("version after update = %d, want 2", r.Version)
	}
	stale.State = bot.StateDone
	if err := s.UpdateReminder(ctx, &stale, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderDone}); !errors.Is(err, bot.ErrConflict) {
		t.Fatalf("stale update = %v, want ErrConflict", err)
	}
	got, _, _ := s.Reminder(ctx, r.ID)
	if got.State != bot.StateCancelled {
		t.Errorf("state = %s, want cancelled", got.State)
	}
	if acts := remActions(t, s, remAlice.UserKey()); strings.Join(acts, ",") != "reminder.set,reminder.cancelled" {
		t.Errorf("audit = %v: the failed update must not leave a row", acts)
	}
}

func TestClaimDue(t *testing.T) {
	s, _ := openRemStore(t)
	ctx := context.Background()
	var ids []int64
	for _, off := range []time.Duration{-3 * time.Hour, -time.Hour, -time.Minute, 0, time.Minute, time.Hour} {
		ids = append(ids, createRem(t, s, newRemFor(t, off)).ID)
	}
	claimed, err := s.ClaimDue(ctx, remT0, time.Minute, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := remIDs(claimed); !slices.Equal(got, ids[:3]) {
		t.Fatalf("first claim = %v, want the three oldest %v", got, ids[:3])
	}
	for _, r := range claimed {
		if r.State != bot.StateSending || r.Attempts != 1 || !r.LeaseUntil.Equal(remT0.Add(time.Minute)) {
			t.Errorf("claimed %+v, want sending, attempt 1, lease until %s", r, remT0.Add(time.Minute))
		}
	}
	claimed, err = s.ClaimDue(ctx, remT0, time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := remIDs(claimed); !slices.Equal(got, ids[3:4]) {
		t.Fatalf("second claim = %v, want only %v (the rest is not due, the first three are leased)", got, ids[3:4])
	}
	claimed, err = s.ClaimDue(ctx, remT0.Add(time.Minute), time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := remIDs(claimed); !slices.Equal(got, ids[:5]) {
		t.Fatalf("claim after the lease = %v, want %v (expired leases and the newly due)", got, ids[:5])
	}
	if claimed[0].Attempts != 2 || claimed[4].Attempts != 1 {
		t.Errorf("attempts = %d and %d, want 2 for a reclaim, 1 for a first claim", claimed[0].Attempts, claimed[4].Attempts)
	}
	acts := remActions(t, s, remAlice.UserKey())
	if n := strings.Count(strings.Join(acts, ","), bot.AuditReminderClaimed); n != 9 {
		t.Errorf("%d claim audit rows, want 9: %v", n, acts)
	}
}

func TestMarkSentAndRetryLaterAreFenced(t *testing.T) {
	s, clock := openRemStore(t)
	ctx := context.Background()
	r := createRem(t, s, newRem(remT0))
	claimed, err := s.ClaimDue(ctx, remT0, time.Minute, 10)
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claim: %v, %v", claimed, err)
	}
	first := claimed[0]
	if first.Version != r.Version+1 {
		t.Fatalf("claim left version %d, want %d", first.Version, r.Version+1)
	}
	e := bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderRetry}
	next := remT0.Add(30 * time.Second)
	if err := s.RetryLater(ctx, r.ID, r.Version, next, e); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("RetryLater with the version before the claim = %v, want ErrConflict", err)
	}
	if err := s.RetryLater(ctx, r.ID, first.Version, next, e); err != nil {
		t.Fatalf("RetryLater: %v", err)
	}
	got, _, _ := s.Reminder(ctx, r.ID)
	if got.State != bot.StateScheduled || !got.NextAttempt.Equal(next) || !got.Due.Equal(remT0) || !got.LeaseUntil.IsZero() {
		t.Errorf("after retry: %+v; want scheduled, next attempt %s, due kept", got, next)
	}
	if err := s.MarkSent(ctx, r.ID, first.Version, next, false, e); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("MarkSent of a released claim = %v, want ErrConflict", err)
	}
	clock.Set(next)
	if claimed, _ = s.ClaimDue(ctx, next, time.Minute, 10); len(claimed) != 1 || claimed[0].Attempts != 2 {
		t.Fatalf("reclaim = %+v, want attempt 2", claimed)
	}
	second := claimed[0]
	// A claim whose lease ran out is taken over; the first sweep can no
	// longer finish it.
	clock.Set(next.Add(time.Minute))
	if claimed, _ = s.ClaimDue(ctx, next.Add(time.Minute), time.Minute, 10); len(claimed) != 1 || claimed[0].Attempts != 3 {
		t.Fatalf("takeover = %+v, want attempt 3", claimed)
	}
	third := claimed[0]
	if err := s.MarkSent(ctx, r.ID, second.Version, next, false, e); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("MarkSent by the claim that was taken over = %v, want ErrConflict", err)
	}
	if err := s.MarkSent(ctx, r.ID, third.Version, next, true, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderLate}); err != nil {
		t.Fatalf("MarkSent: %v", err)
	}
	got, _, _ = s.Reminder(ctx, r.ID)
	if got.State != bot.StateSent || !got.Late || !got.SentAt.Equal(next) || got.Attempts != 3 {
		t.Errorf("after MarkSent: %+v", got)
	}
	if claimed, _ = s.ClaimDue(ctx, next.Add(time.Hour), time.Minute, 10); len(claimed) != 0 {
		t.Errorf("a sent reminder was claimed again: %+v", claimed)
	}
}

func TestOpenRemindersAndUsers(t *testing.T) {
	s, _ := openRemStore(t)
	ctx := context.Background()
	later := createRem(t, s, newRem(remT0.Add(2*time.Hour)))
	sooner := newRem(remT0.Add(time.Hour))
	sooner.Kind = bot.KindRecord
	sooner = createRem(t, s, sooner)
	done := newRem(remT0.Add(time.Minute))
	done.Outcome = "other"
	done = createRem(t, s, done)
	done.State = bot.StateDone
	if err := s.UpdateReminder(ctx, &done, bot.AuditEntry{UserKey: done.UserKey(), Action: bot.AuditReminderDone}); err != nil {
		t.Fatal(err)
	}
	bob := newRem(remT0)
	bob.Address = bot.Address{Platform: bot.Mattermost, User: "bob", Channel: "town"}
	createRem(t, s, bob)

	open, err := s.OpenReminders(ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	if got := remIDs(open); !slices.Equal(got, []int64{sooner.ID, later.ID}) {
		t.Errorf("open = %v, want %v (soonest first, done left out)", got, []int64{sooner.ID, later.ID})
	}
	all, err := s.UserReminders(ctx, remAlice.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	if got := remIDs(all); !slices.Equal(got, []int64{done.ID, sooner.ID, later.ID}) {
		t.Errorf("all = %v", got)
	}
	users, err := s.OpenReminderUsers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(users) != 2 || users[0] != bob.UserKey() || users[1] != remAlice.UserKey() {
		t.Errorf("users = %v", users)
	}
}

func TestClaimUsesTheDueIndex(t *testing.T) {
	s, _ := openRemStore(t)
	rows, err := s.db.Query(`EXPLAIN QUERY PLAN SELECT id FROM reminders WHERE `+claimableStates+`
		AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	joined := strings.Join(plan, "; ")
	t.Logf("claim plan: %s", joined)
	if !strings.Contains(joined, "USING INDEX reminders_due") || strings.Contains(joined, "TEMP B-TREE") {
		t.Errorf("claim plan = %q, want a walk of reminders_due without sorting", joined)
	}
}

func TestForgetUserAndPurgeTakeReminders(t *testing.T) {
	s, _ := openRemStore(t)
	ctx := context.Background()
	r := createRem(t, s, newRem(remT0))
	r.State = bot.StateDone
	if err := s.UpdateReminder(ctx, &r, bot.AuditEntry{UserKey: r.UserKey(), Action: bot.AuditReminderDone}); err != nil {
		t.Fatal(err)
	}
	open := newRem(remT0)
	open.Outcome = "still-open"
	open = createRem(t, s, open)
	counts, err := s.Purge(ctx, remT0.Add(100*24*time.Hour), bot.DefaultRetention())
	if err != nil {
		t.Fatal(err)
	}
	if counts.Reminders != 1 {
		t.Errorf("purged %d reminders, want the done one", counts.Reminders)
	}
	if err := s.ForgetUser(ctx, remAlice.UserKey()); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Reminder(ctx, open.ID); ok {
		t.Error("the open reminder survived ForgetUser")
	}
}

// newRemFor returns a reminder of alice due at remT0+off, with its own outcome.
func newRemFor(t testing.TB, off time.Duration) bot.Reminder {
	t.Helper()
	r := newRem(remT0.Add(off))
	r.Outcome = "o" + off.String()
	return r
}

func remIDs(rems []bot.Reminder) []int64 {
	ids := make([]int64, 0, len(rems))
	for _, r := range rems {
		ids = append(ids, r.ID)
	}
	return ids
}
