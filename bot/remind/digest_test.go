package remind_test

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/lang"
)

var updateDigest = flag.Bool("update-digest", false, "rewrite testdata/digest.golden")

// digestMonday is 10:30 in Amsterdam on the Monday after remStart: the
// reminders set "Volgende week" at remStart are due then, still open.
var digestMonday = time.Date(2025, 12, 8, 9, 30, 0, 0, time.UTC)

// digestEnv sets a reminder for each of users, due a week after remStart,
// and moves the clock to digestMonday.
func digestEnv(t *testing.T, users ...bot.Address) *remEnv {
	t.Helper()
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	for _, u := range users {
		e.set(u, remFollowUp(remStart), "Volgende week")
	}
	e.clock.Set(digestMonday.Add(-time.Hour))
	return e
}

func (e *remEnv) sendDigests() remind.DigestStats {
	e.t.Helper()
	st, err := e.sched.SendDigests(context.Background())
	if err != nil {
		e.t.Fatalf("SendDigests: %v", err)
	}
	return st
}

func (e *remEnv) digestsTo() map[string]int {
	got := map[string]int{}
	for _, d := range e.note.delivered() {
		if strings.Contains(d.reply.Text, "Weekoverzicht") || strings.Contains(d.reply.Text, "Weekly digest") {
			got[d.to.User]++
		}
	}
	return got
}

func (e *remEnv) digestJobs(a bot.Address) []bot.DigestJob {
	e.t.Helper()
	jobs, err := e.db.UserDigests(context.Background(), a.UserKey())
	if err != nil {
		e.t.Fatal(err)
	}
	return jobs
}

func TestDigestHonoursRetryAfter(t *testing.T) {
	e := digestEnv(t, remAlice, remBob)
	e.note.failures = []error{&bot.RetryAfterError{After: 2 * time.Minute, Err: errors.New("429 Too Many Requests")}}
	if err := e.sched.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := e.digestsTo(); len(got) != 0 {
		t.Fatalf("sent %v while the platform asked to wait", got)
	}
	e.clock.Advance(time.Minute)
	if st := e.sendDigests(); st.Claimed != 0 {
		t.Fatalf("a sweep within Retry-After claimed %+v", st)
	}
	e.clock.Advance(time.Minute)
	if st := e.sendDigests(); st.Sent != 2 {
		t.Fatalf("after Retry-After: %+v, want both sent", st)
	}
	e.clock.Advance(time.Hour)
	if st := e.sendDigests(); st.Claimed != 0 {
		t.Errorf("a sent digest was claimed again: %+v", st)
	}
	if got := e.digestsTo(); got[remAlice.User] != 1 || got[remBob.User] != 1 || e.note.calls != 3 {
		t.Errorf("delivered %v in %d calls, want one each after one refusal", got, e.note.calls)
	}
	for _, u := range []bot.Address{remAlice, remBob} {
		if n := strings.Count(strings.Join(e.trail(u), ","), bot.AuditReminderDigest); n != 1 {
			t.Errorf("%s's trail has %d digest entries, want 1", u.User, n)
		}
	}
}

func TestDigestRetriesAServerErrorWithBackoff(t *testing.T) {
	e := digestEnv(t, remAlice, remBob)
	e.note.failures = []error{errors.New("500 Internal Server Error")}
	if err := e.sched.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := e.digestsTo(); len(got) != 1 {
		t.Fatalf("first round delivered %v, want the one the platform accepted", got)
	}
	e.clock.Advance(29 * time.Second)
	if st := e.sendDigests(); st.Claimed != 0 {
		t.Fatalf("retried before the backoff ended: %+v", st)
	}
	e.clock.Advance(time.Second)
	if st := e.sendDigests(); st.Sent != 1 {
		t.Fatalf("after the backoff: %+v, want the refused one sent", st)
	}
	if got := e.digestsTo(); got[remAlice.User] != 1 || got[remBob.User] != 1 {
		t.Errorf("delivered %v, want one each", got)
	}
}

func TestDigestIsMarkedSentOnlyAfterThePlatformAccepted(t *testing.T) {
	e := digestEnv(t, remAlice)
	var during []bot.DigestJob
	e.note.onNotify = func(bot.Reply) { during = e.digestJobs(remAlice) }
	if err := e.sched.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(during) != 1 || during[0].State != bot.DigestSending {
		t.Fatalf("while sending the job was %+v, want sending", during)
	}
	if after := e.digestJobs(remAlice); len(after) != 1 || after[0].State != bot.DigestSent || !after[0].SentAt.Equal(digestMonday.Add(-time.Hour)) {
		t.Errorf("after sending: %+v", after)
	}
}

func TestDigestGivesUpAfterItsLastAttempt(t *testing.T) {
	e := digestEnv(t, remAlice)
	for range 20 {
		e.note.failures = append(e.note.failures, errors.New("503 Service Unavailable"))
	}
	if err := e.sched.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	failed := 0
	for range 12 {
		e.clock.Advance(31 * time.Minute)
		failed += e.sendDigests().Failed
	}
	if jobs := e.digestJobs(remAlice); failed != 1 || len(jobs) != 1 || jobs[0].State != bot.DigestFailed || jobs[0].Attempts != 10 {
		t.Fatalf("after 12 rounds: %d failed, jobs %+v; want given up after 10 attempts", failed, jobs)
	}
	if e.note.calls != 10 {
		t.Errorf("%d sends, want 10", e.note.calls)
	}
}

func TestDigestOffSendsNothing(t *testing.T) {
	e := digestEnv(t, remAlice)
	off := remind.NewScheduler(e.db, e.db, map[string]bot.Notifier{bot.Slack: e.note}, e.db, e.clock.Now, nil, remind.SchedulerConfig{Digest: "off"})
	if err := off.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if jobs := e.digestJobs(remAlice); len(jobs) != 0 || e.note.calls != 0 {
		t.Errorf("with the digest off: jobs %+v, %d sends", jobs, e.note.calls)
	}
}

func TestADigestScheduleThatFiresTwiceAWeekSendsOnce(t *testing.T) {
	e := digestEnv(t, remAlice)
	for _, at := range []time.Time{digestMonday, digestMonday.Add(3 * 24 * time.Hour)} {
		e.clock.Set(at)
		e.open() // a restart between the runs
		if err := e.sched.Digest(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if got := e.digestsTo(); got[remAlice.User] != 1 {
		t.Errorf("Monday and Thursday runs delivered %v, want one", got)
	}
}

// TestDigestReadsWell keeps the digest as a professional reads it, in
// both languages, in testdata/digest.golden (go test -update-digest).
func TestDigestReadsWell(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	ctx := context.Background()
	school := bot.FollowUp{Case: "casus-A", Flow: "stappenplan", Outcome: "vier-vragen-ja",
		Shared: lang.T("informatie gedeeld met school", "information shared with the school"), DecidedAt: remStart.Add(-time.Hour)}
	vt := bot.FollowUp{Flow: "stappenplan", Outcome: "meldrecht-veilig-thuis",
		Shared: lang.T("informatie gedeeld met Veilig Thuis", "information shared with Veilig Thuis"), DecidedAt: remStart.Add(-30 * time.Minute)}
	e.set(remAlice, school, "Morgen 09:00")
	e.set(remAlice, vt, "Volgende week")
	record := bot.Reminder{Address: remAlice, Kind: bot.KindRecord, Flow: "inzage", Outcome: "ouder-met-gezag",
		Shared:    lang.T("inzage of informatie gegeven aan een ouder met gezag", "access or information given to a parent with authority"),
		DecidedAt: remStart, Lang: lang.NL, TZ: "Europe/Amsterdam", State: bot.StateScheduled,
		Due: remStart.Add(9 * 24 * time.Hour), NextAttempt: remStart.Add(9 * 24 * time.Hour)}
	if err := e.db.CreateReminder(ctx, &record, bot.AuditEntry{UserKey: remAlice.UserKey(), Action: bot.AuditReminderSet}); err != nil {
		t.Fatal(err)
	}
	e.set(remBob, vt, "Volgende week")
	if err := e.db.SaveSettings(ctx, bot.Settings{UserKey: remBob.UserKey(), Lang: lang.EN, TZ: "Europe/London"}); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(time.Date(2025, 12, 2, 8, 0, 0, 0, time.UTC))
	e.sweep()
	e.clock.Set(time.Date(2025, 12, 8, 8, 0, 0, 0, time.UTC))
	if err := e.sched.Digest(ctx); err != nil {
		t.Fatal(err)
	}
	// A week later, after the sweeps sent the rest, in English.
	for _, at := range []time.Time{time.Date(2025, 12, 8, 8, 1, 0, 0, time.UTC), time.Date(2025, 12, 10, 9, 31, 0, 0, time.UTC)} {
		e.clock.Set(at)
		e.sweep()
	}
	if err := e.db.SaveSettings(ctx, bot.Settings{UserKey: remAlice.UserKey(), Lang: lang.EN}); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(time.Date(2025, 12, 15, 8, 0, 0, 0, time.UTC))
	if err := e.sched.Digest(ctx); err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, d := range e.note.delivered() {
		if !strings.HasPrefix(d.reply.Text, "*Week") {
			continue
		}
		sb.WriteString("== to " + d.to.User + "\n" + d.reply.Text + "\n")
		for _, c := range d.reply.Choices {
			sb.WriteString("[" + c.Label + "]\n")
		}
		sb.WriteString("\n")
	}
	got := sb.String()
	golden := filepath.Join("testdata", "digest.golden")
	if *updateDigest {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-digest to create it)", err)
	}
	if got != string(want) {
		t.Errorf("digest differs from %s:\n%s", golden, got)
	}
}

// keySender records the key of every digest handed to it, refusing the
// first.
type keySender struct {
	keys    []string
	refused bool
}

func (k *keySender) Send(_ context.Context, key string, _ bot.Address, _ bot.Reply) error {
	k.keys = append(k.keys, key)
	if !k.refused {
		k.refused = true
		return errors.New("502 Bad Gateway")
	}
	return nil
}

func TestDigestSenderGetsOneKeyPerUserAndWeek(t *testing.T) {
	e := digestEnv(t, remAlice)
	sender := &keySender{}
	s := remind.NewScheduler(e.db, e.db, nil, e.db, e.clock.Now, nil, remind.SchedulerConfig{DigestSender: sender})
	if err := s.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Minute)
	if st, err := s.SendDigests(context.Background()); err != nil || st.Sent != 1 {
		t.Fatalf("retry: %+v, %v", st, err)
	}
	want := "digest:slack:U-alice:2025-W50"
	if len(sender.keys) != 2 || sender.keys[0] != want || sender.keys[1] != want {
		t.Errorf("keys %q, want %q twice", sender.keys, want)
	}
}

func TestDigestIsNotGivenUpForRetryAfters(t *testing.T) {
	e := digestEnv(t, remAlice)
	for range 15 {
		e.note.failures = append(e.note.failures, &bot.RetryAfterError{After: time.Second, Err: errors.New("429 Too Many Requests")})
	}
	if err := e.sched.Digest(context.Background()); err != nil {
		t.Fatal(err)
	}
	for range 20 {
		e.clock.Advance(2 * time.Second)
		e.sendDigests()
	}
	if jobs := e.digestJobs(remAlice); len(jobs) != 1 || jobs[0].State != bot.DigestSent || jobs[0].Failures != 0 || jobs[0].Attempts != 16 {
		t.Errorf("after 15 times 429: %+v, want sent on attempt 16 with no failures", jobs)
	}
	if got := e.digestsTo(); got[remAlice.User] != 1 {
		t.Errorf("delivered %v, want one", got)
	}
}
