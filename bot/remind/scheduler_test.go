package remind_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/lang"
)

// remTuesday9 is when a reminder set with "Morgen 09:00" at remStart falls due.
var remTuesday9 = time.Date(2025, 12, 2, 8, 0, 0, 0, time.UTC)

func TestSweepSendsWhenDue(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	for _, at := range []time.Time{remStart, remTuesday9.Add(-time.Second)} {
		e.clock.Set(at)
		if st := e.sweep(); st != (bot.SweepStats{}) {
			t.Fatalf("sweep at %s: %+v, want nothing", at, st)
		}
	}
	e.clock.Set(remTuesday9)
	if st := e.sweep(); st != (bot.SweepStats{Claimed: 1, Sent: 1}) {
		t.Fatalf("sweep at due: %+v", st)
	}
	sent := e.note.delivered()
	if len(sent) != 1 || sent[0].to != remAlice {
		t.Fatalf("delivered %+v", sent)
	}
	dm := sent[0].reply
	for _, want := range []string{"Herinnering: informeer je cliënt", "Casus: casus Noord", "Gedeeld: melding bij Veilig Thuis",
		"Besloten op: ma 1 dec 2025 10:20", "§1.4"} {
		if !strings.Contains(dm.Text, want) {
			t.Errorf("DM lacks %q:\n%s", want, dm.Text)
		}
	}
	if strings.Contains(dm.Text, "Later verstuurd") || !dm.Direct {
		t.Errorf("DM on time: late note or not direct:\n%s", dm.Text)
	}
	var labels []string
	for _, c := range dm.Choices {
		labels = append(labels, c.Label)
		if !strings.HasPrefix(c.Value, fmt.Sprintf("r:a:%d:", r.ID)) {
			t.Errorf("button %q value %q", c.Label, c.Value)
		}
	}
	if got := strings.Join(labels, " · "); got != "Gedaan · Later: 1 uur · Later: morgen · Later: volgende week · Nog niet veilig · Annuleren" {
		t.Errorf("buttons = %s", got)
	}
	for range 3 {
		e.clock.Advance(time.Hour)
		if st := e.sweep(); st.Claimed != 0 {
			t.Errorf("a sent reminder was claimed again: %+v", st)
		}
	}
	if got := e.reminder(r.ID); got.State != bot.StateSent || !got.SentAt.Equal(remTuesday9) || got.Late {
		t.Errorf("stored %+v", got)
	}
	want := "reminder.set,reminder.sending,reminder.sent"
	if got := strings.Join(e.trail(remAlice), ","); got != want {
		t.Errorf("audit = %s, want %s", got, want)
	}
}

func TestSweepInTheUsersLanguage(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	if err := e.db.SaveSettings(context.Background(), bot.Settings{UserKey: remAlice.UserKey(), Lang: lang.EN, TZ: "Europe/London"}); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(remTuesday9)
	e.sweep()
	dm := e.note.delivered()[0].reply
	for _, want := range []string{"Reminder: inform your client", "Shared: report to Veilig Thuis", "Decided on: Mon 1 Dec 2025 09:20"} {
		if !strings.Contains(dm.Text, want) {
			t.Errorf("DM lacks %q:\n%s", want, dm.Text)
		}
	}
	if dm.Choices[0].Label != "Done" || dm.Choices[5].Label != "Cancel" {
		t.Errorf("buttons %+v", dm.Choices)
	}
}

func TestSweepAcrossSummerTime(t *testing.T) {
	ams := amsterdam(t)
	tests := []struct {
		name   string
		setAt  time.Time
		dueUTC time.Time
	}{
		{"into summer time", time.Date(2026, 3, 27, 15, 0, 0, 0, ams), time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)},
		{"out of summer time", time.Date(2026, 10, 23, 15, 0, 0, 0, ams), time.Date(2026, 10, 26, 8, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newRemEnv(t, tt.setAt.UTC(), remind.ReminderConfig{})
			e.set(remAlice, remFollowUp(tt.setAt), "Maandag 09:00")
			e.clock.Set(tt.dueUTC.Add(-time.Second))
			if st := e.sweep(); st.Sent != 0 {
				t.Fatalf("sent a second early: %+v", st)
			}
			e.clock.Set(tt.dueUTC)
			if st := e.sweep(); st.Sent != 1 {
				t.Fatalf("not sent at 09:00 local: %+v", st)
			}
		})
	}
}

func TestSweepRetriesUntilDeliveredOnce(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	e.note.failures = []error{errors.New("platform error"), errors.New("service unavailable")}
	steps := []struct {
		advance time.Duration
		want    bot.SweepStats
	}{
		{0, bot.SweepStats{Claimed: 1, Failed: 1}},
		{29 * time.Second, bot.SweepStats{}},
		{time.Second, bot.SweepStats{Claimed: 1, Failed: 1}},
		{59 * time.Second, bot.SweepStats{}},
		{time.Second, bot.SweepStats{Claimed: 1, Sent: 1}},
		{time.Hour, bot.SweepStats{}},
		{24 * time.Hour, bot.SweepStats{}},
	}
	e.clock.Set(remTuesday9)
	for i, s := range steps {
		e.clock.Advance(s.advance)
		if st := e.sweep(); st != s.want {
			t.Errorf("step %d (+%s): %+v, want %+v", i, s.advance, st, s.want)
		}
	}
	if e.note.calls != 3 || len(e.note.delivered()) != 1 {
		t.Errorf("%d calls, %d delivered; want 3 calls and exactly one delivery", e.note.calls, len(e.note.delivered()))
	}
	got := e.reminder(r.ID)
	if got.State != bot.StateSent || !got.Due.Equal(remTuesday9) || got.Attempts != 3 || got.Late {
		t.Errorf("stored %+v; want sent, due kept, 3 attempts, on time", got)
	}
	want := "reminder.set,reminder.sending,reminder.retry,reminder.sending,reminder.retry,reminder.sending,reminder.sent"
	if got := strings.Join(e.trail(remAlice), ","); got != want {
		t.Errorf("audit = %s\nwant    %s", got, want)
	}
}

func TestSweepHonoursRetryAfter(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	carol := bot.Address{Platform: bot.Slack, User: "U-carol", Channel: "D-carol"}
	e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	e.set(carol, remFollowUp(remStart), "Morgen 09:00")
	e.note.failures = []error{&bot.RetryAfterError{After: 10 * time.Minute, Err: errors.New("429 Too Many Requests")}}
	e.clock.Set(remTuesday9)
	if st := e.sweep(); st != (bot.SweepStats{Claimed: 2, Failed: 2}) || e.note.calls != 1 {
		t.Fatalf("first sweep %+v with %d calls; want both put back after one call", st, e.note.calls)
	}
	e.clock.Advance(10*time.Minute - time.Second)
	if st := e.sweep(); st.Claimed != 0 {
		t.Errorf("sent before Retry-After ended: %+v", st)
	}
	e.clock.Advance(time.Second)
	if st := e.sweep(); st.Sent != 2 {
		t.Errorf("after Retry-After: %+v", st)
	}
	if e.note.calls != 3 || len(e.note.delivered()) != 2 {
		t.Errorf("%d calls, %d delivered", e.note.calls, len(e.note.delivered()))
	}
	if !strings.Contains(e.logs.String(), "will retry") {
		t.Error("the failed send was not logged")
	}
}

func TestCrashBetweenClaimAndSend(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	e.clock.Set(remTuesday9)
	// A sweep claims the reminder, then the process dies before sending.
	if claimed, err := e.db.ClaimDue(context.Background(), remTuesday9, 2*time.Minute, 100); err != nil || len(claimed) != 1 {
		t.Fatalf("claim: %v, %v", claimed, err)
	}
	e.open() // the restart
	e.clock.Advance(2*time.Minute - time.Second)
	if st := e.sweep(); st.Claimed != 0 {
		t.Fatalf("claimed under a live lease: %+v", st)
	}
	e.clock.Advance(time.Second)
	if st := e.sweep(); st != (bot.SweepStats{Claimed: 1, Sent: 1}) {
		t.Fatalf("after the lease: %+v", st)
	}
	e.clock.Advance(time.Hour)
	e.sweep()
	if n := len(e.note.delivered()); n != 1 {
		t.Errorf("delivered %d times, want once", n)
	}
	if got := e.reminder(r.ID); got.State != bot.StateSent || got.Attempts != 2 {
		t.Errorf("stored %+v; want sent on the second claim", got)
	}
}

func TestReminderChangedAfterClaimIsNotSent(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	first := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	second := e.set(remAlice, remFollowUp(remStart.Add(time.Minute)), "Morgen 09:00")
	// While the first goes out, alice cancels the second from the list.
	e.note.onNotify = func(bot.Reply) {
		e.note.onNotify = nil
		e.act(remAlice, fmt.Sprintf("r:a:%d:x", second.ID), lang.NL)
	}
	e.clock.Set(remTuesday9)
	if st := e.sweep(); st != (bot.SweepStats{Claimed: 2, Sent: 1, Skipped: 1}) {
		t.Fatalf("sweep %+v, want the cancelled one skipped", st)
	}
	sent := e.note.delivered()
	if len(sent) != 1 || !strings.Contains(sent[0].reply.Choices[0].Value, fmt.Sprintf(":%d:", first.ID)) {
		t.Errorf("delivered %+v", sent)
	}
	if got := e.reminder(second.ID); got.State != bot.StateCancelled {
		t.Errorf("second is %s, want cancelled", got.State)
	}
}

// remFlakyStore fails MarkSent a number of times, as a full disk would.
type remFlakyStore struct {
	bot.ReminderQueue
	failMarks int
}

func (s *remFlakyStore) MarkSent(ctx context.Context, id, version int64, at time.Time, late bool, e bot.AuditEntry) error {
	if s.failMarks > 0 {
		s.failMarks--
		return errors.New("disk I/O error")
	}
	return s.ReminderQueue.MarkSent(ctx, id, version, at, late, e)
}

func TestDeliveredButNotMarkedIsNotSentAgain(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	flaky := &remFlakyStore{ReminderQueue: e.db, failMarks: 3}
	sched := remind.NewScheduler(flaky, e.db, map[string]bot.Notifier{bot.Slack: e.note}, e.db, e.clock.Now, e.logger(), remind.SchedulerConfig{Lease: time.Minute})
	ctx := context.Background()
	e.clock.Set(remTuesday9)
	for _, step := range []time.Duration{0, 0, time.Minute, time.Minute} {
		e.clock.Advance(step)
		if _, err := sched.Sweep(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if e.note.calls != 1 {
		t.Errorf("Notify called %d times, want once", e.note.calls)
	}
	if got := e.reminder(r.ID); got.State != bot.StateSent || !got.SentAt.Equal(remTuesday9) {
		t.Errorf("stored %+v; want sent at the delivery time", got)
	}
}

func TestRestartSendsOverdueAtStartMarkedLate(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	overdue := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	justDue := e.set(remAlice, remFollowUp(remStart.Add(time.Minute)), "Over 3 dagen")
	notYet := e.set(remAlice, remFollowUp(remStart.Add(2*time.Minute)), "Volgende week")
	if err := e.db.Close(); err != nil {
		t.Fatal(err)
	}
	// The bot was down from Monday until Thursday 09:02.
	e.clock.Set(justDue.Due.Add(2 * time.Minute))
	e.open()
	ctx := context.Background()
	if err := e.sched.Start(ctx); err != nil {
		t.Fatal(err)
	}
	sent := e.note.delivered()
	if err := e.sched.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if len(sent) != 2 {
		t.Fatalf("start delivered %d, want the two due", len(sent))
	}
	byID := map[int64]bot.Reply{}
	for _, s := range sent {
		var id int64
		fmt.Sscanf(s.reply.Choices[0].Value, "r:a:%d:", &id)
		byID[id] = s.reply
	}
	if !strings.Contains(byID[overdue.ID].Text, "Later verstuurd dan gepland") {
		t.Errorf("overdue DM not marked late:\n%s", byID[overdue.ID].Text)
	}
	if strings.Contains(byID[justDue.ID].Text, "Later verstuurd") {
		t.Errorf("a DM two minutes after its due time marked late:\n%s", byID[justDue.ID].Text)
	}
	if got := e.reminder(overdue.ID); !got.Late || got.State != bot.StateSent {
		t.Errorf("overdue stored %+v", got)
	}
	if got := e.reminder(notYet.ID); got.State != bot.StateScheduled {
		t.Errorf("the reminder not yet due is %s", got.State)
	}
	trail, _ := e.db.AuditTrail(ctx, remAlice.UserKey())
	var late []string
	for _, en := range trail {
		if en.Action == bot.AuditReminderLate {
			late = append(late, fmt.Sprint(en.Reminder, " ", en.Detail))
		}
	}
	if want := fmt.Sprintf("%d attempt 1; 48h2m0s after due", overdue.ID); len(late) != 1 || late[0] != want {
		t.Errorf("late audit = %q, want %q", late, want)
	}
}

func TestSnoozedReminderComesBack(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	e.clock.Set(remTuesday9)
	e.sweep()
	e.act(remAlice, choice(t, e.note.delivered()[0].reply, "Later: 1 uur"), lang.NL)
	e.clock.Advance(time.Hour - time.Second)
	if st := e.sweep(); st.Claimed != 0 {
		t.Fatalf("snoozed reminder sent early: %+v", st)
	}
	e.clock.Advance(time.Second)
	if st := e.sweep(); st.Sent != 1 {
		t.Fatalf("snoozed reminder not sent at its new time: %+v", st)
	}
	if got := e.reminder(r.ID); got.State != bot.StateSent || got.Attempts != 1 {
		t.Errorf("stored %+v", got)
	}
	if n := len(e.note.delivered()); n != 2 {
		t.Errorf("delivered %d, want 2 (once per due time)", n)
	}
}

func TestTrialDelay(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{Delay: 10 * time.Second})
	e.set(remAlice, remFollowUp(remStart), "Over 10s (proef)")
	e.clock.Advance(9 * time.Second)
	if st := e.sweep(); st.Claimed != 0 {
		t.Fatalf("sent early: %+v", st)
	}
	e.clock.Advance(time.Second)
	if st := e.sweep(); st.Sent != 1 || st.Late != 0 {
		t.Fatalf("sweep after 10s: %+v", st)
	}
}

func TestDigest(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	ctx := context.Background()
	carol := bot.Address{Platform: bot.Slack, User: "U-carol", Channel: "D-carol"}
	dave := bot.Address{Platform: bot.Mattermost, User: "dave", Channel: "dm-dave"}
	e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	e.set(remAlice, remFollowUp(remStart.Add(time.Minute)), "Volgende week")
	e.set(remBob, remFollowUp(remStart), "Morgen 09:00")
	done := e.set(carol, remFollowUp(remStart), "Morgen 09:00")
	e.act(carol, fmt.Sprintf("r:a:%d:done", done.ID), lang.NL)
	e.set(dave, remFollowUp(remStart), "Morgen 09:00")
	for _, s := range []bot.Settings{
		{UserKey: remBob.UserKey(), DigestOff: true},
		{UserKey: dave.UserKey(), Lang: lang.EN},
	} {
		if err := e.db.SaveSettings(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	e.clock.Set(remTuesday9)
	e.sweep()
	sentBefore := len(e.note.delivered())
	e.clock.Set(time.Date(2025, 12, 8, 8, 0, 0, 0, time.UTC))
	if err := e.sched.Digest(ctx); err != nil {
		t.Fatal(err)
	}
	digests := e.note.delivered()[sentBefore:]
	if len(digests) != 2 {
		t.Fatalf("%d digests, want alice and dave: %+v", len(digests), digests)
	}
	got := map[string]bot.Reply{}
	for _, d := range digests {
		got[d.to.User] = d.reply
	}
	alice := got[remAlice.User]
	for _, want := range []string{"*Weekoverzicht: 2 open herinneringen*",
		"• Cliënt informeren · melding bij Veilig Thuis (casus Noord) · gepland op di 2 dec 2025 09:00 · herinnering gestuurd, wacht op je antwoord",
		"• Cliënt informeren · melding bij Veilig Thuis (casus Noord) · gepland op ma 8 dec 2025 09:00", "`/privacy overzicht uit`"} {
		if !strings.Contains(alice.Text, want) {
			t.Errorf("alice's digest lacks %q:\n%s", want, alice.Text)
		}
	}
	if !alice.Direct || len(alice.Choices) != 1 || alice.Choices[0].Value != "r:list" {
		t.Errorf("alice's digest buttons %+v", alice.Choices)
	}
	if !strings.Contains(got[dave.User].Text, "*Weekly digest: 1 open reminder*\n") {
		t.Errorf("dave's digest:\n%s", got[dave.User].Text)
	}
	list, _ := e.act(remAlice, "r:list", lang.NL)
	if len(list) != 2 {
		t.Errorf("the digest's button lists %d reminders, want 2", len(list))
	}
	trail, _ := e.db.AuditTrail(ctx, remAlice.UserKey())
	if last := trail[len(trail)-1]; last.Action != bot.AuditReminderDigest || last.Detail != "week 2025-W50; 2 open" {
		t.Errorf("last audit entry %+v, want the digest", last)
	}
}

func TestSchedulerStartStop(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	ctx := context.Background()
	if err := e.sched.Stop(ctx); err != nil {
		t.Errorf("Stop before Start: %v", err)
	}
	bad := remind.NewScheduler(e.db, e.db, nil, e.db, e.clock.Now, e.logger(), remind.SchedulerConfig{Sweep: "every minute"})
	if err := bad.Start(ctx); err == nil {
		t.Error("Start accepted a bad sweep spec")
	}
	noDigest := remind.NewScheduler(e.db, e.db, nil, e.db, e.clock.Now, e.logger(), remind.SchedulerConfig{Digest: "off", Sweep: "@every 1h"})
	if err := noDigest.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	if err := noDigest.Start(ctx); err == nil {
		t.Error("a second Start succeeded")
	}
	if err := noDigest.Stop(ctx); err != nil {
		t.Errorf("Stop: %v", err)
	}
}

func TestADigestGoesOutOncePerWeekAcrossInstances(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	ctx := context.Background()
	e.set(remAlice, remFollowUp(remStart), "Volgende week")
	replicas := make([]*remind.Scheduler, 3)
	for i := range replicas {
		replicas[i] = remind.NewScheduler(e.db, e.db, map[string]bot.Notifier{bot.Slack: e.note}, e.db, e.clock.Now, nil, remind.SchedulerConfig{})
	}
	before := len(e.note.delivered())
	e.clock.Set(time.Date(2025, 12, 8, 8, 0, 0, 0, time.UTC))
	for _, s := range replicas {
		if err := s.Digest(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(e.note.delivered()) - before; n != 1 {
		t.Fatalf("three instances sent %d digests, want 1", n)
	}
	e.clock.Set(time.Date(2025, 12, 15, 8, 0, 0, 0, time.UTC))
	if err := replicas[1].Digest(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(e.note.delivered()) - before; n != 2 {
		t.Fatalf("the next week's digest: %d in all, want 2", n)
	}
}
