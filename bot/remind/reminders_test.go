package remind_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/internal/testclock"
	"privacybot/lang"
	"privacybot/storage/sqlite"
)

// The reminder tests start on Monday 1 December 2025, 10:30 in Amsterdam.
var remStart = time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC)

var (
	remAlice = bot.Address{Platform: bot.Slack, User: "U-alice", Channel: "D-alice"}
	remBob   = bot.Address{Platform: bot.Slack, User: "U-bob", Channel: "D-bob"}
)

type remSent struct {
	to    bot.Address
	reply bot.Reply
}

// remNotifier records what it delivers; it fails with the queued errors
// first, and calls onNotify after each delivery.
type remNotifier struct {
	mu       sync.Mutex
	failures []error
	calls    int
	sent     []remSent
	onNotify func(bot.Reply)
}

func (n *remNotifier) Notify(_ context.Context, to bot.Address, r bot.Reply) error {
	n.mu.Lock()
	n.calls++
	if len(n.failures) > 0 {
		err := n.failures[0]
		n.failures = n.failures[1:]
		n.mu.Unlock()
		return err
	}
	n.sent = append(n.sent, remSent{to: to, reply: r})
	hook := n.onNotify
	n.mu.Unlock()
	if hook != nil {
		hook(r)
	}
	return nil
}

func (n *remNotifier) delivered() []remSent {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]remSent(nil), n.sent...)
}

// remEnv is the reminder service and scheduler on a real SQLite file.
type remEnv struct {
	t     *testing.T
	path  string
	db    *sqlite.DB
	clock *testclock.Clock
	svc   *remind.Reminders
	sched *remind.Scheduler
	note  *remNotifier
	logs  *bytes.Buffer
}

func newRemEnv(t *testing.T, start time.Time, cfg remind.ReminderConfig) *remEnv {
	t.Helper()
	e := &remEnv{t: t, path: filepath.Join(t.TempDir(), "bot.db"), clock: testclock.New(start), note: &remNotifier{}, logs: &bytes.Buffer{}}
	e.open()
	e.svc = remind.NewReminders(e.db, e.db, e.clock.Now, e.logger(), cfg)
	return e
}

// open opens the database file and builds a scheduler on it, as a start of
// the bot does.
func (e *remEnv) open() {
	e.t.Helper()
	db, err := sqlite.Open(context.Background(), e.path, e.clock.Now)
	if err != nil {
		e.t.Fatalf("open store: %v", err)
	}
	e.t.Cleanup(func() { db.Close() })
	e.db = db
	e.sched = remind.NewScheduler(db, db, map[string]bot.Notifier{bot.Slack: e.note, bot.Mattermost: e.note}, db, e.clock.Now, e.logger(), remind.SchedulerConfig{})
}

func (e *remEnv) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func remFollowUp(at time.Time) bot.FollowUp {
	return bot.FollowUp{
		Case:      "casus Noord",
		Flow:      "stappenplan",
		Outcome:   "meldrecht-veilig-thuis",
		Shared:    lang.T("melding bij Veilig Thuis", "report to Veilig Thuis"),
		DecidedAt: at.Add(-10 * time.Minute),
	}
}

func press(a bot.Address, value string) bot.Message {
	return bot.Message{Address: a, Action: value, Direct: true}
}

func typed(a bot.Address, text string) bot.Message {
	return bot.Message{Address: a, Text: text, Direct: true}
}

// act presses a button and fails the test unless the service handled it.
func (e *remEnv) act(a bot.Address, value string, lang lang.Lang) ([]bot.Reply, string) {
	e.t.Helper()
	ans, err := e.svc.HandleAction(context.Background(), press(a, value), "", lang, "")
	if err != nil || !ans.Handled {
		e.t.Fatalf("HandleAction(%q) = handled %v, %v", value, ans.Handled, err)
	}
	return ans.Replies, ans.Pending
}

// answer types text for a pending question.
func (e *remEnv) answer(a bot.Address, pending, text string) ([]bot.Reply, string) {
	e.t.Helper()
	ans, err := e.svc.HandleText(context.Background(), typed(a, text), pending, lang.NL, "")
	if err != nil {
		e.t.Fatalf("HandleText(%q, %q): %v", pending, text, err)
	}
	return ans.Replies, ans.Pending
}

// set offers a reminder to a and presses the choice with that label.
func (e *remEnv) set(a bot.Address, f bot.FollowUp, label string) bot.Reminder {
	e.t.Helper()
	offer := e.svc.Offer(lang.NL, "", f)[0]
	e.act(a, choice(e.t, offer, label), lang.NL)
	return e.newest(a)
}

// newest returns a's most recently created open reminder.
func (e *remEnv) newest(a bot.Address) bot.Reminder {
	e.t.Helper()
	open := e.open_(a)
	if len(open) == 0 {
		e.t.Fatalf("%s has no open reminder", a.User)
	}
	newest := open[0]
	for _, r := range open {
		if r.ID > newest.ID {
			newest = r
		}
	}
	return newest
}

func (e *remEnv) open_(a bot.Address) []bot.Reminder {
	e.t.Helper()
	open, err := e.db.OpenReminders(context.Background(), a.UserKey())
	if err != nil {
		e.t.Fatal(err)
	}
	return open
}

func (e *remEnv) reminder(id int64) bot.Reminder {
	e.t.Helper()
	r, ok, err := e.db.Reminder(context.Background(), id)
	if err != nil || !ok {
		e.t.Fatalf("reminder %d: %v, %v", id, ok, err)
	}
	return r
}

// trail returns a's audit actions, with details for reminder id when id > 0.
func (e *remEnv) trail(a bot.Address) []string {
	e.t.Helper()
	entries, err := e.db.AuditTrail(context.Background(), a.UserKey())
	if err != nil {
		e.t.Fatal(err)
	}
	var got []string
	for _, en := range entries {
		got = append(got, en.Action)
	}
	return got
}

func (e *remEnv) sweep() bot.SweepStats {
	e.t.Helper()
	st, err := e.sched.Sweep(context.Background())
	if err != nil {
		e.t.Fatalf("Sweep: %v", err)
	}
	return st
}

// choice returns the value of the button with that label.
func choice(t testing.TB, r bot.Reply, label string) string {
	t.Helper()
	for _, c := range r.Choices {
		if c.Label == label {
			return c.Value
		}
	}
	t.Fatalf("no button %q in %+v", label, r.Choices)
	return ""
}

func texts(replies []bot.Reply) string {
	var parts []string
	for _, r := range replies {
		parts = append(parts, r.Text)
	}
	return strings.Join(parts, "\n---\n")
}

func amsterdam(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestOfferDefaultsToNextWorkday(t *testing.T) {
	ams := amsterdam(t)
	local := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ams) }
	tests := []struct {
		name      string
		now       time.Time
		lang      lang.Lang
		delay     time.Duration
		wantLabel string
		wantDue   time.Time
	}{
		{"monday", local(2025, 12, 1, 10, 30), lang.NL, 0, "Morgen 09:00", local(2025, 12, 2, 9, 0)},
		{"friday", local(2025, 12, 5, 15, 0), lang.NL, 0, "Maandag 09:00", local(2025, 12, 8, 9, 0)},
		{"friday in english", local(2025, 12, 5, 15, 0), lang.EN, 0, "Monday 09:00", local(2025, 12, 8, 9, 0)},
		{"christmas eve", local(2025, 12, 24, 12, 0), lang.NL, 0, "Maandag 09:00", local(2025, 12, 29, 9, 0)},
		{"before easter monday", local(2026, 4, 3, 12, 0), lang.NL, 0, "Dinsdag 09:00", local(2026, 4, 7, 9, 0)},
		{"into summer time", local(2026, 3, 27, 15, 0), lang.NL, 0, "Maandag 09:00", local(2026, 3, 30, 9, 0)},
		{"trial delay", local(2025, 12, 1, 10, 30), lang.NL, 10 * time.Second, "Over 10s (proef)", local(2025, 12, 1, 10, 30).Add(10 * time.Second)},
		{"trial delay in english", local(2025, 12, 1, 10, 30), lang.EN, 2 * time.Minute, "In 2m (trial)", local(2025, 12, 1, 10, 32)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newRemEnv(t, tt.now.UTC(), remind.ReminderConfig{Delay: tt.delay})
			offer := e.svc.Offer(tt.lang, "Europe/Amsterdam", remFollowUp(tt.now))[0]
			wantTitle := map[lang.Lang]string{lang.NL: "Herinner me eraan de cliënt te informeren", lang.EN: "Remind me to inform the client"}[tt.lang]
			if !strings.Contains(offer.Text, wantTitle) || !strings.Contains(offer.Text, "§1.4") {
				t.Errorf("offer text = %q", offer.Text)
			}
			if len(offer.Choices) != 5 {
				t.Fatalf("offer has %d choices, want 5", len(offer.Choices))
			}
			for _, c := range offer.Choices {
				if !strings.HasPrefix(c.Value, "r:") || len(c.Value) >= 2000 {
					t.Errorf("choice %q has value of %d bytes: %.40q", c.Label, len(c.Value), c.Value)
				}
			}
			replies, pending := e.act(remAlice, choice(t, offer, tt.wantLabel), tt.lang)
			if pending != "" {
				t.Errorf("pending = %q after a fixed choice", pending)
			}
			r := e.newest(remAlice)
			if !r.Due.Equal(tt.wantDue) || r.Kind != bot.KindInform || r.State != bot.StateScheduled {
				t.Errorf("reminder due %s (%s, %s), want %s", r.Due.In(ams), r.Kind, r.State, tt.wantDue)
			}
			if len(replies) != 2 || len(replies[1].Choices) != 5 || !strings.HasPrefix(replies[1].Choices[0].Value, "r:o:d:") {
				t.Errorf("after the choice want a confirmation and the record offer, got %q", texts(replies))
			}
		})
	}
}

func TestOfferChoices(t *testing.T) {
	ams := amsterdam(t)
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	f := remFollowUp(remStart)
	offer := e.svc.Offer(lang.NL, "", f)[0]

	replies, _ := e.act(remAlice, choice(t, offer, "Over 3 dagen"), lang.NL)
	inform := e.newest(remAlice)
	if want := time.Date(2025, 12, 4, 9, 0, 0, 0, ams); !inform.Due.Equal(want) {
		t.Errorf("in 3 days: due %s, want %s", inform.Due.In(ams), want)
	}
	if !strings.Contains(replies[0].Text, "do 4 dec 2025 09:00") {
		t.Errorf("confirmation %q does not name the moment", replies[0].Text)
	}
	if inform.Case != f.Case || inform.Flow != f.Flow || inform.Outcome != f.Outcome ||
		inform.Shared != f.Shared || !inform.DecidedAt.Equal(f.DecidedAt) || inform.Address != remAlice {
		t.Errorf("the follow-up did not survive the button: %+v", inform)
	}

	e.act(remAlice, choice(t, replies[1], "Volgende week"), lang.NL)
	record := e.newest(remAlice)
	if want := time.Date(2025, 12, 8, 9, 0, 0, 0, ams); record.Kind != bot.KindRecord || !record.Due.Equal(want) {
		t.Errorf("record reminder: %s due %s, want record due %s", record.Kind, record.Due.In(ams), want)
	}

	again, _ := e.act(remAlice, choice(t, offer, "Over 3 dagen"), lang.NL)
	if !strings.Contains(texts(again), "al een herinnering") || len(e.open_(remAlice)) != 2 {
		t.Errorf("a double click made a second reminder: %q", texts(again))
	}

	other := remFollowUp(remStart.Add(time.Minute))
	no, pending := e.act(remAlice, choice(t, e.svc.Offer(lang.NL, "", other)[0], "Nee, dank je"), lang.NL)
	if pending != "" || len(e.open_(remAlice)) != 2 || len(no) != 2 || !strings.HasPrefix(no[1].Choices[0].Value, "r:o:d:") {
		t.Errorf("declining: %q; want nothing stored and the record offer", texts(no))
	}
	want := []string{bot.AuditReminderSet, bot.AuditReminderSet}
	if got := e.trail(remAlice); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("audit = %v, want %v", got, want)
	}
}

func TestOfferCarriesLongTextWithinButtonLimit(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	f := remFollowUp(remStart)
	long := strings.Repeat("gegevens over schoolverzuim gedeeld met de leerplichtambtenaar & mentor; ", 80)
	f.Shared = lang.T(long, long)
	f.Case = strings.Repeat("ë", 500)
	offer := e.svc.Offer(lang.NL, "", f)[0]
	for _, c := range offer.Choices {
		if len(c.Value) >= 2000 {
			t.Fatalf("choice %q value is %d bytes", c.Label, len(c.Value))
		}
	}
	e.act(remAlice, choice(t, offer, "Morgen 09:00"), lang.NL)
	r := e.newest(remAlice)
	if r.Flow != f.Flow || r.Outcome != f.Outcome || !strings.HasSuffix(r.Shared.NL, "…") || !strings.HasPrefix(r.Shared.NL, "gegevens over") {
		t.Errorf("stored %+v", r)
	}
}

func TestTypedMoment(t *testing.T) {
	ams := amsterdam(t)
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	offer := e.svc.Offer(lang.NL, "", remFollowUp(remStart))[0]
	replies, pending := e.act(remAlice, choice(t, offer, "Zelf kiezen…"), lang.NL)
	if !strings.HasPrefix(pending, "r:at:i:") || !strings.Contains(texts(replies), "morgen 14:00") {
		t.Fatalf("asking for a moment: pending %q, replies %q", pending, texts(replies))
	}
	bad := []struct{ in, want string }{
		{"gisteren", "begrijp ik niet"},
		{"1-12", "al voorbij"},
		{"2027-06-01", "meer dan een jaar"},
	}
	for _, b := range bad {
		replies, next := e.answer(remAlice, pending, b.in)
		if next != pending || !strings.Contains(texts(replies), b.want) {
			t.Errorf("%q: pending %q, reply %q; want pending kept and %q", b.in, next, texts(replies), b.want)
		}
	}
	if open := e.open_(remAlice); len(open) != 0 {
		t.Fatalf("bad input stored %d reminders", len(open))
	}
	replies, next := e.answer(remAlice, pending, "morgen 14:00")
	if next != "" || !strings.Contains(replies[0].Text, "di 2 dec 2025 14:00") {
		t.Errorf("good input: pending %q, reply %q", next, texts(replies))
	}
	if r := e.newest(remAlice); !r.Due.Equal(time.Date(2025, 12, 2, 14, 0, 0, 0, ams)) {
		t.Errorf("due %s, want 2 Dec 14:00 local", r.Due.In(ams))
	}
	replies, next = e.answer(remAlice, pending, "Stop")
	if next != "" || !strings.Contains(texts(replies), "verander niets") {
		t.Errorf("stop: pending %q, reply %q", next, texts(replies))
	}
	if replies, next := e.answer(remAlice, "r:bogus", "morgen"); replies != nil || next != "" {
		t.Errorf("unknown pending: %q, %q; want nothing and pending cleared", texts(replies), next)
	}
}

func TestHandleActionLeavesOtherButtons(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	ctx := context.Background()
	for _, v := range []string{"", "f:stappenplan:ontvanger:school", "cmd:help", "rr:list"} {
		if ans, err := e.svc.HandleAction(ctx, press(remAlice, v), "", lang.NL, ""); ans.Handled || err != nil {
			t.Errorf("HandleAction(%q) handled = %v, %v; want not handled", v, ans.Handled, err)
		}
	}
	for _, v := range []string{"r:", "r:a:x:done", "r:o:i:next:%%%", "r:a:1:rm"} {
		replies, _ := e.act(remAlice, v, lang.EN)
		if !strings.Contains(texts(replies), "don't understand that button") {
			t.Errorf("HandleAction(%q) = %q", v, texts(replies))
		}
	}
}

func TestReminderActions(t *testing.T) {
	ams := amsterdam(t)
	due := time.Date(2025, 12, 2, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		label     string
		wantState bot.ReminderState
		wantDue   time.Time
		wantAudit string
		wantReply string
	}{
		{"Gedaan", bot.StateDone, due, bot.AuditReminderDone, "Gedaan"},
		{"Annuleren", bot.StateCancelled, due, bot.AuditReminderCancelled, "geannuleerd"},
		{"Later: 1 uur", bot.StateSnoozed, due.Add(time.Hour), bot.AuditReminderSnoozed, "di 2 dec 2025 10:00"},
		{"Later: morgen", bot.StateSnoozed, time.Date(2025, 12, 3, 9, 0, 0, 0, ams), bot.AuditReminderSnoozed, "wo 3 dec 2025 09:00"},
		{"Later: volgende week", bot.StateSnoozed, time.Date(2025, 12, 8, 9, 0, 0, 0, ams), bot.AuditReminderSnoozed, "ma 8 dec 2025 09:00"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			e := newRemEnv(t, remStart, remind.ReminderConfig{})
			r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
			e.clock.Set(due)
			if st := e.sweep(); st.Sent != 1 {
				t.Fatalf("sweep at due: %+v", st)
			}
			dm := e.note.delivered()[0].reply
			replies, _ := e.act(remAlice, choice(t, dm, tt.label), lang.NL)
			got := e.reminder(r.ID)
			if got.State != tt.wantState || !got.Due.Equal(tt.wantDue) {
				t.Errorf("after %q: %s due %s; want %s due %s", tt.label, got.State, got.Due.In(ams), tt.wantState, tt.wantDue.In(ams))
			}
			if !strings.Contains(texts(replies), tt.wantReply) {
				t.Errorf("reply %q, want it to contain %q", texts(replies), tt.wantReply)
			}
			trail := e.trail(remAlice)
			if trail[len(trail)-1] != tt.wantAudit {
				t.Errorf("last audit %q, want %q", trail[len(trail)-1], tt.wantAudit)
			}
			if tt.wantState == bot.StateSnoozed {
				if got.Attempts != 0 || got.Late || !got.NextAttempt.Equal(tt.wantDue) {
					t.Errorf("snoozed reminder not reset: %+v", got)
				}
				return
			}
			again, _ := e.act(remAlice, choice(t, dm, "Later: 1 uur"), lang.NL)
			if !strings.Contains(texts(again), "al afgerond of geannuleerd") || e.reminder(r.ID).State != tt.wantState {
				t.Errorf("acting on a finished reminder: %q", texts(again))
			}
		})
	}
}

func TestNotYetSafe(t *testing.T) {
	ams := amsterdam(t)
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	list, err := e.svc.List(context.Background(), remAlice.UserKey(), lang.NL, "")
	if err != nil {
		t.Fatal(err)
	}

	askDays, pending := e.act(remAlice, choice(t, list[0], "Nog niet veilig"), lang.NL)
	if pending != fmt.Sprintf("r:nsd:%d", r.ID) || len(askDays[0].Choices) != 3 {
		t.Fatalf("asking for days: pending %q, %+v", pending, askDays)
	}
	replies, next := e.answer(remAlice, pending, "zeven")
	if next != pending || !strings.Contains(texts(replies), "aantal dagen") {
		t.Errorf("bad days: pending %q, reply %q", next, texts(replies))
	}
	replies, pending = e.act(remAlice, choice(t, askDays[0], "Over 7 dagen"), lang.NL)
	if pending != fmt.Sprintf("r:nsr:%d:7", r.ID) || len(replies[0].Choices) != 4 {
		t.Fatalf("asking for a reason: pending %q, %+v", pending, replies)
	}
	replies, _ = e.act(remAlice, choice(t, replies[0], "onderzoek of melding loopt nog"), lang.NL)
	got := e.reminder(r.ID)
	if want := time.Date(2025, 12, 8, 9, 0, 0, 0, ams); got.State != bot.StateSnoozed || !got.Due.Equal(want) || got.ReasonCode != "inquiry" {
		t.Errorf("not safe for 7 days: %+v; want snoozed until %s with reason inquiry", got, want)
	}
	if !strings.Contains(texts(replies), "ma 8 dec 2025 09:00") || !strings.Contains(texts(replies), "onderzoek of melding loopt nog") {
		t.Errorf("confirmation %q", texts(replies))
	}

	// The typed path: days as words, the reason in the user's words.
	replies, pending = e.answer(remAlice, fmt.Sprintf("r:nsd:%d", r.ID), "twee weken")
	if pending != fmt.Sprintf("r:nsr:%d:14", r.ID) {
		t.Fatalf("typed days: pending %q, reply %q", pending, texts(replies))
	}
	if replies, next := e.answer(remAlice, pending, "   "); next != pending || !strings.Contains(texts(replies), "Typ kort de reden") {
		t.Errorf("empty reason: pending %q, reply %q", next, texts(replies))
	}
	e.answer(remAlice, pending, "wacht op  uitkomst\nonderzoek")
	got = e.reminder(r.ID)
	if want := time.Date(2025, 12, 15, 9, 0, 0, 0, ams); got.ReasonCode != "own" || got.Reason != "wacht op uitkomst onderzoek" || !got.Due.Equal(want) {
		t.Errorf("typed reason: %+v", got)
	}
	e.clock.Set(got.Due)
	e.sweep()
	dm := e.note.delivered()
	if len(dm) != 1 || !strings.Contains(dm[0].reply.Text, "Nog niet veilig omdat: wacht op uitkomst onderzoek") {
		t.Errorf("the reminder after 'not yet safe' does not keep the reason: %+v", dm)
	}
	trail, _ := e.db.AuditTrail(context.Background(), remAlice.UserKey())
	var details []string
	for _, en := range trail {
		if en.Action == bot.AuditReminderNotSafe {
			details = append(details, en.Detail)
		}
	}
	// The delay is recorded when it is chosen, the reason when it is given.
	if strings.Join(details, "|") != "7 days|reason inquiry|14 days|reason own" {
		t.Errorf("not-safe audit details = %q (must never hold the typed reason)", details)
	}
	if strings.Contains(e.logs.String(), "uitkomst") {
		t.Error("the typed reason reached the log")
	}
}

func TestOtherUsersReminderIsRefused(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	r := e.set(remAlice, remFollowUp(remStart), "Morgen 09:00")
	before := e.reminder(r.ID)
	aliceTrail := len(e.trail(remAlice))
	impostors := []bot.Address{
		remBob,
		{Platform: bot.Mattermost, User: remAlice.User, Channel: remAlice.Channel},
	}
	values := []string{
		fmt.Sprintf("r:a:%d:done", r.ID),
		fmt.Sprintf("r:a:%d:x", r.ID),
		fmt.Sprintf("r:a:%d:1h", r.ID),
		fmt.Sprintf("r:a:%d:ns", r.ID),
		fmt.Sprintf("r:nd:%d:7", r.ID),
		fmt.Sprintf("r:nr:%d:7:child", r.ID),
	}
	for _, who := range impostors {
		for _, v := range values {
			replies, pending := e.act(who, v, lang.EN)
			if pending != "" || !strings.Contains(texts(replies), "can't find that reminder among yours") {
				t.Errorf("%s pressing %q: pending %q, reply %q", who.Platform, v, pending, texts(replies))
			}
		}
		for _, p := range []string{fmt.Sprintf("r:nsd:%d", r.ID), fmt.Sprintf("r:nsr:%d:7", r.ID)} {
			ans, err := e.svc.HandleText(context.Background(), typed(who, "7"), p, lang.NL, "")
			if err != nil || !strings.Contains(texts(ans.Replies), "niet vinden") {
				t.Errorf("%s typing for %q: %q, %v", who.Platform, p, texts(ans.Replies), err)
			}
		}
		list, err := e.svc.List(context.Background(), who.UserKey(), lang.NL, "")
		if err != nil || len(list) != 1 || !strings.Contains(list[0].Text, "geen open herinneringen") {
			t.Errorf("%s's list shows %q", who.Platform, texts(list))
		}
	}
	if after := e.reminder(r.ID); after != before {
		t.Errorf("alice's reminder changed:\n%+v\n%+v", before, after)
	}
	if n := len(e.trail(remAlice)); n != aliceTrail {
		t.Errorf("alice's trail grew from %d to %d", aliceTrail, n)
	}
	bobTrail, _ := e.db.AuditTrail(context.Background(), remBob.UserKey())
	refused := 0
	for _, en := range bobTrail {
		if en.Action == bot.AuditReminderRefused && en.Reminder == r.ID {
			refused++
		}
	}
	if refused != len(values)+2 {
		t.Errorf("%d refusals audited for bob, want %d: %+v", refused, len(values)+2, bobTrail)
	}
	logs := e.logs.String()
	if !strings.Contains(logs, "refused") || strings.Contains(logs, "casus Noord") || strings.Contains(logs, "Veilig Thuis") {
		t.Errorf("log must name the refusal and hold no text: %s", logs)
	}
}

func TestListOpenReminders(t *testing.T) {
	e := newRemEnv(t, remStart, remind.ReminderConfig{})
	ctx := context.Background()
	list, err := e.svc.List(ctx, remAlice.UserKey(), lang.EN, "")
	if err != nil || len(list) != 1 || list[0].Text != "You have no open reminders. Nice!" || len(list[0].Choices) != 0 {
		t.Fatalf("empty list = %+v, %v", list, err)
	}
	first := e.set(remAlice, remFollowUp(remStart), "Over 3 dagen")
	second := e.set(remAlice, remFollowUp(remStart.Add(time.Hour)), "Morgen 09:00")
	done := e.set(remAlice, remFollowUp(remStart.Add(2*time.Hour)), "Volgende week")
	e.act(remAlice, fmt.Sprintf("r:a:%d:done", done.ID), lang.NL)
	e.set(remBob, remFollowUp(remStart), "Morgen 09:00")

	list, err = e.svc.List(ctx, remAlice.UserKey(), lang.EN, "Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("list has %d replies, want 2: %q", len(list), texts(list))
	}
	wantIDs := []int64{second.ID, first.ID}
	for i, r := range list {
		if !r.Direct || len(r.Choices) != 6 {
			t.Errorf("reply %d: direct %v, %d choices", i, r.Direct, len(r.Choices))
		}
		labels := []string{}
		for _, c := range r.Choices {
			labels = append(labels, c.Label)
			if !strings.HasPrefix(c.Value, fmt.Sprintf("r:a:%d:", wantIDs[i])) {
				t.Errorf("reply %d button %q acts on %q", i, c.Label, c.Value)
			}
		}
		if got := strings.Join(labels, " · "); got != "Done · Later: 1 hour · Later: tomorrow · Later: next week · Not yet safe · Cancel" {
			t.Errorf("buttons = %s", got)
		}
	}
	for _, want := range []string{"Open reminder 1 of 2", "casus Noord", "report to Veilig Thuis", "Planned: Tue 2 Dec 2025 08:00"} {
		if !strings.Contains(list[0].Text, want) {
			t.Errorf("first reply %q lacks %q", list[0].Text, want)
		}
	}
	views, err := e.svc.Views(ctx, remAlice.UserKey())
	if err != nil || len(views) != 3 {
		t.Fatalf("views = %+v, %v", views, err)
	}
	if s := views[2].Summary(lang.NL, amsterdam(t)); s != "cliënt informeren · casus Noord · ma 8 dec 2025 09:00 · gedaan" {
		t.Errorf("summary = %q", s)
	}
}
