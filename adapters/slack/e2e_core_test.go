package slack

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/storage/sqlite"
)

// The end-to-end tests below drive the real core (bot.New with the
// embedded topics, reminders and the scheduler) on a real SQLite file,
// through the adapter in HTTP mode, against the fake Slack. They assert on
// what Slack received and on what the database holds.

// e2eAnswerer is built once: indexing every topic is the slow part of
// wiring the core.
var e2eAnswerer = sync.OnceValue(func() *bot.Answerer { return bot.NewAnswerer(flows.EmbeddedTopics()) })

// e2eStart is Tuesday 1 December 2026, 11:00 in Amsterdam, so the next
// working day at 09:00 is tomorrow.
var e2eStart = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

// The professional, the shared channel she asks in and her DM with the bot
// (the fake Slack opens DM "D"+user).
const (
	e2eUser    = "UALICE"
	e2eChannel = "C1"
	e2eDM      = "DUALICE"
)

// e2eRig is the core wired as main wires it, behind an adapter in HTTP
// mode with one worker, so that Slack's calls arrive in the order the
// requests were sent.
type e2eRig struct {
	*harness
	store *sqlite.DB
	path  string
	sched *bot.Scheduler
	// presses numbers the interactions sent, for unique trigger IDs.
	presses int
}

func startE2E(t *testing.T) *e2eRig {
	t.Helper()
	ctx := context.Background()
	clock := &fakeClock{now: e2eStart}
	path := filepath.Join(t.TempDir(), "privacybot.db")
	store, err := sqlite.Open(ctx, path, clock.Now)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = store.Close() })
	reminders := bot.NewReminders(store, store, clock.Now, nil, bot.ReminderConfig{})
	core := bot.New(bot.Deps{
		Conversations: store,
		Settings:      store,
		Audit:         store,
		Users:         store,
		Reminders:     reminders,
		Answerer:      e2eAnswerer(),
		Clock:         clock.Now,
	}, bot.Config{})

	f := newFakeSlack(t)
	h := &harness{f: f, dedup: store, clock: clock, sleeps: &sleeps{}, logs: &syncBuffer{}, done: make(chan error, 1)}
	cfg := Config{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: testSecret, APIURL: f.url(""), Workers: 1}
	a, err := New(cfg, core, store, slog.New(slog.NewJSONHandler(h.logs, nil)), WithClock(clock.Now), WithSleep(h.sleeps.sleep))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h.a = a
	h.srv = httptest.NewServer(a.Handler())
	runCtx, cancel := context.WithCancel(ctx)
	h.cancel = cancel
	go func() { h.done <- a.Run(runCtx) }()
	t.Cleanup(h.stop)
	h.waitReady(t)

	sched := bot.NewScheduler(store, store, map[string]bot.Notifier{bot.Slack: a}, store, clock.Now, nil, bot.SchedulerConfig{})
	return &e2eRig{harness: h, store: store, path: path, sched: sched}
}

// expect takes the next calls the adapter made to Slack, whatever their
// method, and fails unless their methods are exactly methods, in order.
func (r *e2eRig) expect(t *testing.T, methods ...string) []apiCall {
	t.Helper()
	got := make([]apiCall, 0, len(methods))
	timeout := time.After(10 * time.Second)
	for range methods {
		select {
		case c := <-r.f.calls:
			got = append(got, c)
		case <-timeout:
			t.Fatalf("Slack got calls %v, want %v", methodsOf(got), methods)
		}
	}
	if !slices.Equal(methodsOf(got), methods) {
		t.Fatalf("Slack got calls %v, want %v", methodsOf(got), methods)
	}
	return got
}

// quiet fails when a call to Slack is waiting that no step expected.
func (r *e2eRig) quiet(t *testing.T) {
	t.Helper()
	select {
	case c := <-r.f.calls:
		t.Fatalf("unexpected %s call showing %q", c.Method, shownText(t, c))
	default:
	}
}

// pressLabel presses the button labelled label under the message of c, as
// user in channel, and returns the button's value.
func (r *e2eRig) pressLabel(t *testing.T, c apiCall, channel, label string) string {
	t.Helper()
	b := buttonLabelled(t, c, label)
	r.presses++
	r.press(t, pressPayload(t, r.f, c, e2eUser, channel, b.el.Value, r.presses))
	return b.el.Value
}

func methodsOf(calls []apiCall) []string {
	out := make([]string, 0, len(calls))
	for _, c := range calls {
		out = append(out, c.Method)
	}
	return out
}

// labelsOf lists the labels of a call's buttons in order.
func labelsOf(t *testing.T, c apiCall) []string {
	t.Helper()
	var out []string
	for _, b := range buttonsOf(t, c) {
		out = append(out, b.el.Text.Text)
	}
	return out
}

// buttonLabelled finds the button labelled label in a call's blocks.
func buttonLabelled(t *testing.T, c apiCall, label string) button {
	t.Helper()
	for _, b := range buttonsOf(t, c) {
		if b.el.Text.Text == label {
			return b
		}
	}
	t.Fatalf("no button %q among %q", label, labelsOf(t, c))
	return button{}
}

// wantShown fails unless the text c shows holds every one of want.
func wantShown(t *testing.T, what string, c apiCall, want ...string) {
	t.Helper()
	got := shownText(t, c)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q; it shows:\n%s", what, w, got)
		}
	}
}

// wantChosen checks that upd rewrote the pressed message pressed: same
// message, the question still shown, its buttons gone, "✓ label" in their
// place.
func wantChosen(t *testing.T, upd, pressed apiCall, label string) {
	t.Helper()
	if upd.Method != "chat.update" || upd.Channel != pressed.Channel || upd.TS != pressed.TS {
		t.Errorf("update %s of %s/%s, want chat.update of the pressed message %s/%s", upd.Method, upd.Channel, upd.TS, pressed.Channel, pressed.TS)
	}
	shown := shownText(t, upd)
	question := shownText(t, pressed)
	if shown != question+"\n✓ "+label {
		t.Errorf("pressed message shows %q, want its text and then %q", shown, "✓ "+label)
	}
	if n := len(buttonsOf(t, upd)); n != 0 {
		t.Errorf("pressed message still has %d buttons", n)
	}
}

func TestE2EConsultationFromChannelToReminder(t *testing.T) {
	r := startE2E(t)
	var question apiCall

	if !t.Run("question in a channel moves to the DM", func(t *testing.T) {
		r.command(t, e2eUser, e2eChannel, "mag ik delen met school?", "cmdtrig1")
		answer := r.expect(t, "response")[0]
		if answer.Path != "/response/cmdtrig1" || answer.ResponseType != "ephemeral" || answer.ReplaceOriginal {
			t.Fatalf("answer sent as %+v, want a new ephemeral message via the command's response URL", answer)
		}
		wantShown(t, "answer", answer, "§2.4", "Uithoorn", "Diemen", "Jeugdwet art. 7.3.11")
		t.Logf("ephemeral answer:\n%s\nbuttons: %q", shownText(t, answer), labelsOf(t, answer))
		if v := r.pressLabel(t, answer, e2eChannel, "Loop het stappenplan door"); v != "start:stappenplan ontvanger=school" {
			t.Errorf("walk button carries %q", v)
		}

		calls := r.expect(t, "response", "conversations.open", "response", "chat.postMessage")
		chosen, opened, notice, dm := calls[0], calls[1], calls[2], calls[3]
		if !strings.HasPrefix(chosen.Path, "/response/press") || !chosen.ReplaceOriginal || shownText(t, chosen) != "✓ Loop het stappenplan door" {
			t.Errorf("pressed answer rewritten as %+v showing %q, want it replaced by the choice", chosen, shownText(t, chosen))
		}
		if opened.User != e2eUser {
			t.Errorf("DM opened with %q", opened.User)
		}
		if notice.Path != chosen.Path || notice.ResponseType != "ephemeral" || notice.ReplaceOriginal || len(buttonsOf(t, notice)) != 0 {
			t.Errorf("notice sent as %+v, want a new ephemeral message without buttons", notice)
		}
		wantShown(t, "notice", notice, "privébericht")
		if dm.Channel != e2eDM {
			t.Fatalf("consultation posted in %q, want the DM %q", dm.Channel, e2eDM)
		}
		wantShown(t, "first DM", dm, "*Mag ik deze gegevens delen?*", "Vraag 1: moet je")
		want := []string{"Ja, het is nodig en kan niet anoniem", "Het kan anoniem", "Nee, het kan ook zonder gegevens", "terug", "waarom?", "opnieuw", "stop"}
		if got := labelsOf(t, dm); !slices.Equal(got, want) {
			t.Errorf("first question's buttons %q, want %q", got, want)
		}
		t.Logf("first DM:\n%s", shownText(t, dm))
		question = dm
	}) {
		return
	}

	var reminderDue time.Time
	if !t.Run("walk the stappenplan in the DM", func(t *testing.T) {
		walk := []struct {
			asks, label, value string
		}{
			{"Vraag 1: moet je", "Ja, het is nodig en kan niet anoniem", "f:stappenplan:noodzakelijk:ja"},
			{"In welke gemeente werk je?", "Uithoorn", "f:stappenplan:municipality:uithoorn"},
			{"Vraag 2 (Uithoorn", "Nee, of niet gevraagd", "f:stappenplan:toestemming-expliciet:nee"},
			{"Vraag 3a", "Ja", "f:stappenplan:nadeel-geweten:ja"},
			{"Vraag 3b", "Ja", "f:stappenplan:nadeel-zeker:ja"},
		}
		q := question
		for _, step := range walk {
			wantShown(t, "question", q, step.asks)
			if v := r.pressLabel(t, q, e2eDM, step.label); v != step.value {
				t.Errorf("button %q carries %q, want %q", step.label, v, step.value)
			}
			calls := r.expect(t, "chat.update", "chat.postMessage")
			wantChosen(t, calls[0], q, step.label)
			if calls[1].Channel != e2eDM {
				t.Errorf("next message posted in %q", calls[1].Channel)
			}
			// A second press of the same button (a double click, a stale
			// client): the next calls expected are those of the next
			// press, so this one must not add any.
			r.pressLabel(t, q, e2eDM, step.label)
			q = calls[1]
		}

		outcome := q
		t.Logf("outcome message (fallback %q):\n%s\nbuttons: %q", outcome.Text, shownText(t, outcome), labelsOf(t, outcome))
		wantShown(t, "outcome", outcome,
			"*Uitkomst: Je mag je beroepsgeheim doorbreken*",
			"*Notitie voor het dossier*",
			"```\n",
			"01-12-2026 11:00",
			"Uithoorn",
			"BW art. 7:457",
			"*Herinner me eraan de cliënt te informeren*",
			"§1.4 Dossier")
		if note := shownText(t, outcome); strings.Count(note, "```") < 2 {
			t.Errorf("dossier note not preformatted:\n%s", note)
		}
		want := []string{"terug", "opnieuw", "Morgen 09:00", "Over 3 dagen", "Volgende week", "Zelf kiezen…", "Nee, dank je"}
		if got := labelsOf(t, outcome); !slices.Equal(got, want) {
			t.Errorf("outcome buttons %q, want %q", got, want)
		}

		r.pressLabel(t, outcome, e2eDM, "Morgen 09:00")
		calls := r.expect(t, "chat.update", "chat.postMessage")
		upd, confirm := calls[0], calls[1]
		if upd.TS != outcome.TS || !strings.Contains(shownText(t, upd), "✓ Morgen 09:00") {
			t.Errorf("offer rewritten as %s %q", upd.TS, shownText(t, upd))
		}
		if got := labelsOf(t, upd); !slices.Equal(got, []string{"terug", "opnieuw"}) {
			t.Errorf("after the choice the outcome keeps buttons %q, want only its own", got)
		}
		t.Logf("confirmation:\n%s\nbuttons: %q", shownText(t, confirm), labelsOf(t, confirm))
		wantShown(t, "confirmation", confirm,
			"Goed. Ik herinner je op wo 2 dec 2026 09:00: cliënt informeren.",
			"Zal ik je ook herinneren om je besluit in het dossier vast te leggen")
		r.pressLabel(t, confirm, e2eDM, "Nee, dank je")
		calls = r.expect(t, "chat.update", "chat.postMessage")
		t.Logf("record offer answered:\n%s\n%s", shownText(t, calls[0]), shownText(t, calls[1]))
		r.quiet(t)
	}) {
		return
	}
	_ = reminderDue
}

// e2eSnapshot returns every row of every table of the database at path,
// sorted, read over a connection of its own.
func e2eSnapshot(t *testing.T, path string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=query_only(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables []string
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, table+" "+fmt.Sprint(vals...))
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(out)
	return out
}

var (
	_ = hex.EncodeToString
	_ = http.StatusOK
	_ = url.Values{}
	_ = strconv.Itoa
)
