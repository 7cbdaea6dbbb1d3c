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
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/flows"
	"privacybot/internal/app"
	"privacybot/storage/sqlite"
)

// The end-to-end tests below drive the real core (bot.New with the
// embedded topics, reminders and the scheduler) on a real SQLite file,
// through the adapter in HTTP mode, against the fake Slack. They assert on
// what Slack received and on what the database holds.

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
	sched *remind.Scheduler
	// presses numbers the interactions sent, for unique trigger IDs.
	presses int
}

// startE2E wires a fresh core on a new SQLite file under t.TempDir() and
// runs the adapter in front of it until the test ends; the clock starts at
// e2eStart and only moves when the test moves it.
func startE2E(t *testing.T) *e2eRig {
	t.Helper()
	r, c := startCoreE2E(t, app.Options{}, nil)
	r.sched = c.Scheduler(map[string]bot.Notifier{bot.Slack: r.a}, remind.SchedulerConfig{})
	return r
}

// startCoreE2E opens the core as serve does (app.Open with opts, on a new
// SQLite file and a clock at e2eStart) and runs an HTTP-mode adapter with
// one worker in front of it until the test ends. wire, when set, runs
// between the adapter's construction and its start, for what serve wires
// there (the FG desk).
func startCoreE2E(t *testing.T, opts app.Options, wire func(f *fakeSlack, c *app.Core, a *Adapter)) (*e2eRig, *app.Core) {
	t.Helper()
	ctx := context.Background()
	clock := adaptertest.NewClock(e2eStart)
	path := filepath.Join(t.TempDir(), "privacybot.db")
	opts.DB, opts.Clock = path, clock.Now
	c, err := app.Open(ctx, opts)
	if err != nil {
		t.Fatalf("open core: %v", err)
	}
	t.Cleanup(func() { _ = c.Store.Close() })
	store := c.Store.(*sqlite.DB)

	f := newFakeSlack(t)
	h := &harness{f: f, dedup: store, clock: clock, sleeps: &sleeps{}, logs: &adaptertest.Log{}, done: make(chan error, 1)}
	cfg := Config{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: testSecret, APIURL: f.url(""), Workers: 1}
	a, err := New(cfg, c.Bot, store, slog.New(slog.NewJSONHandler(h.logs, nil)), WithClock(clock.Now), WithSleep(h.sleeps.sleep))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if wire != nil {
		wire(f, c, a)
	}
	h.a = a
	h.srv = httptest.NewServer(a.Handler())
	runCtx, cancel := context.WithCancel(ctx)
	h.cancel = cancel
	go func() { h.done <- a.Run(runCtx) }()
	t.Cleanup(h.stop)
	h.waitReady(t)
	return &e2eRig{harness: h, store: store, path: path}, c
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
	// The "✓" update goes beside the next answer, so their order is free:
	// the calls come back in the order asked for.
	ordered := make([]apiCall, 0, len(got))
	left := slices.Clone(got)
	for _, m := range methods {
		i := slices.IndexFunc(left, func(c apiCall) bool { return c.Method == m })
		if i < 0 {
			t.Fatalf("Slack got calls %v, want %v", methodsOf(got), methods)
		}
		ordered = append(ordered, left[i])
		left = slices.Delete(left, i, i+1)
	}
	return ordered
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

// methodsOf lists the methods of calls in order.
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

// wantChosen checks that upd rewrote the message pressed: the same
// message, its text still shown, its buttons gone and "✓ label" in their
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
	ctx := context.Background()
	r := startE2E(t)
	alice := bot.UserKey{Platform: bot.Slack, User: e2eUser}
	var question apiCall

	if !t.Run("question in a channel moves to the DM", func(t *testing.T) {
		r.command(t, e2eUser, e2eChannel, "mag ik delen met school?", "cmdtrig1")
		answer := r.expect(t, "response")[0]
		if answer.Path != "/response/cmdtrig1" || answer.ResponseType != "ephemeral" || answer.ReplaceOriginal {
			t.Fatalf("answer sent as %+v, want a new ephemeral message via the command's response URL", answer)
		}
		wantShown(t, "answer", answer, "§2.4", "Uithoorn", "Diemen", "Jeugdwet art. 7.3.11")
		if v := r.pressLabel(t, answer, e2eChannel, "Loop het stappenplan door"); v != "start:stappenplan ontvanger=school" {
			t.Errorf("walk button carries %q", v)
		}

		calls := r.expect(t, "conversations.open", "response", "chat.postMessage")
		opened, notice, dm := calls[0], calls[1], calls[2]
		if opened.User != e2eUser {
			t.Errorf("DM opened with %q", opened.User)
		}
		if !strings.HasPrefix(notice.Path, "/response/press") || notice.ResponseType != "ephemeral" || notice.ReplaceOriginal || len(buttonsOf(t, notice)) != 0 {
			t.Errorf("notice sent as %+v, want a new ephemeral message without buttons", notice)
		}
		wantShown(t, "notice", notice, "privébericht")
		if dm.Channel != e2eDM {
			t.Fatalf("consultation posted in %q, want the DM %q", dm.Channel, e2eDM)
		}
		wantShown(t, "first DM", dm, "*Mag ik deze gegevens delen?*", "(§1.4)", "Vraag 1: moet je")
		want := []string{"Ja, het is nodig en kan niet anoniem", "Het kan anoniem", "Nee, het kan ook zonder gegevens", "terug", "waarom?", "opnieuw", "stop"}
		if got := labelsOf(t, dm); !slices.Equal(got, want) {
			t.Errorf("first question's buttons %q, want %q", got, want)
		}
		question = dm
	}) {
		return
	}

	if !t.Run("walk the stappenplan in the DM", func(t *testing.T) {
		walk := []struct {
			asks, label, value string
		}{
			{"Vraag 1: moet je", "Ja, het is nodig en kan niet anoniem", "f:stappenplan:noodzakelijk:ja"},
			{"In welke gemeente werk je?", "Uithoorn", "f:stappenplan:municipality:uithoorn"},
			{"Vraag 2 (Uithoorn", "Gevraagd, maar geweigerd of ingetrokken", "f:stappenplan:toestemming-expliciet:geweigerd"},
			{"Vraag 3a", "Ja", "f:stappenplan:nadeel-geweten:ja"},
			{"Vraag 3b", "Ja", "f:stappenplan:nadeel-zeker:ja"},
			{"Kun je het gevaar ook afwenden", "Nee, er is geen andere weg", "f:stappenplan:ander-middel:nee"},
			{"Heb je je afweging besproken", "Ja, besproken", "f:stappenplan:collega:ja"},
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
				t.Errorf("next message posted in %q, want the DM", calls[1].Channel)
			}
			// The same button pressed again (a double click, a stale
			// client): the next calls expected are those of the next
			// press, so this one must add none.
			r.pressLabel(t, q, e2eDM, step.label)
			q = calls[1]
		}

		outcome := q
		t.Logf("outcome message (notification text %q):\n%s\nbuttons: %q", outcome.Text, shownText(t, outcome), labelsOf(t, outcome))
		if outcome.Text != "Uitkomst: Je mag je beroepsgeheim doorbreken" {
			t.Errorf("notification text %q", outcome.Text)
		}
		wantShown(t, "outcome", outcome,
			"*Uitkomst: Je mag je beroepsgeheim doorbreken*",
			"Deel zo weinig mogelijk.",
			"staat in de notitie voor het dossier",
			"Bron (handreiking): §1.4, noot 7",
			"```\nDossiernotitie — Mag ik deze gegevens delen?\nDatum: 01-12-2026 11:00\n",
			"- Ontvanger: School\n- Noodzaak (vraag 1): Ja, het is nodig en kan niet anoniem\n- Gemeente: Uithoorn\n",
			"Opgesteld met privacybot; afweging door de professional.\n```",
			"*Herinner me eraan de cliënt te informeren*",
			"(§1.4 Dossier, §1.6)")
		want := []string{"waarom?", "terug", "opnieuw", "Morgen 09:00", "Over 3 dagen", "Volgende week", "Zelf kiezen…", "Nee, dank je"}
		if got := labelsOf(t, outcome); !slices.Equal(got, want) {
			t.Errorf("outcome buttons %q, want %q", got, want)
		}

		r.pressLabel(t, outcome, e2eDM, "Morgen 09:00")
		calls := r.expect(t, "chat.update", "chat.postMessage")
		upd, confirm := calls[0], calls[1]
		if upd.TS != outcome.TS || !strings.Contains(shownText(t, upd), "\n✓ Morgen 09:00") {
			t.Errorf("offer rewritten as %s %q", upd.TS, shownText(t, upd))
		}
		if got := labelsOf(t, upd); !slices.Equal(got, []string{"waarom?", "terug", "opnieuw"}) {
			t.Errorf("after the choice the outcome keeps buttons %q, want only its own", got)
		}
		// A double click on the offer sets no second reminder.
		r.pressLabel(t, outcome, e2eDM, "Morgen 09:00")
		t.Logf("confirmation:\n%s\nbuttons: %q", shownText(t, confirm), labelsOf(t, confirm))
		wantShown(t, "confirmation", confirm,
			"Goed. Ik herinner je op wo 2 dec 2026 09:00: cliënt informeren.",
			"Zal ik je ook herinneren om je besluit in het dossier vast te leggen")
		if got := labelsOf(t, confirm); !slices.Equal(got, want[3:]) {
			t.Errorf("record offer buttons %q, want %q", got, want[3:])
		}

		r.pressLabel(t, confirm, e2eDM, "Nee, dank je")
		calls = r.expect(t, "chat.update", "chat.postMessage")
		wantChosen(t, calls[0], confirm, "Nee, dank je")
		if got := shownText(t, calls[1]); got != "Oké, geen herinnering." {
			t.Errorf("declined record reminder answered %q", got)
		}

		conv, ok, err := r.store.Conversation(ctx, bot.Address{Platform: bot.Slack, User: e2eUser, Channel: bot.DM})
		if err != nil || !ok || conv.Flow == nil {
			t.Fatalf("DM conversation %+v, %v, %v", conv, ok, err)
		}
		if conv.Flow.Outcome != "doorbreken" || len(conv.Flow.Path) != 8 || conv.Pending != "" {
			t.Errorf("stored flow %+v pending %q, want eight answers and the outcome doorbreken", conv.Flow, conv.Pending)
		}
		if set, _, err := r.store.Settings(ctx, alice); err != nil || set.Municipality != flows.Uithoorn {
			t.Errorf("settings %+v, %v: the municipality answered should be kept", set, err)
		}
		open, err := r.store.OpenReminders(ctx, alice)
		if err != nil {
			t.Fatal(err)
		}
		if len(open) != 1 {
			t.Fatalf("%d open reminders, want the one inform reminder: %+v", len(open), open)
		}
		rem := open[0]
		wantDue := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
		if rem.Kind != bot.KindInform || !rem.Due.Equal(wantDue) || rem.Flow != "stappenplan" || rem.Outcome != "doorbreken" ||
			rem.Shared.NL != "informatie gedeeld met school" || rem.Channel != bot.DM {
			t.Errorf("reminder %+v, want inform, due %s, for the school share, from the DM", rem, wantDue)
		}
	}) {
		return
	}

	t.Run("the reminder falls due", func(t *testing.T) {
		due := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
		r.clock.Advance(due.Sub(r.clock.Now()))
		st, err := r.sched.Sweep(ctx)
		if err != nil || st != (bot.SweepStats{Claimed: 1, Sent: 1}) {
			t.Fatalf("sweep %+v, %v; want one reminder sent on time", st, err)
		}
		post := r.expect(t, "chat.postMessage")[0]
		t.Logf("reminder DM (notification text %q):\n%s\nbuttons: %q", post.Text, shownText(t, post), labelsOf(t, post))
		if post.Channel != e2eDM {
			t.Errorf("reminder posted in %q, want the DM", post.Channel)
		}
		if post.Text != "⏰ Herinnering: informeer je cliënt" {
			t.Errorf("notification text %q", post.Text)
		}
		wantText := "⏰ *Herinnering: informeer je cliënt*\n" +
			"• Casus: (geen label)\n" +
			"• Gedeeld: informatie gedeeld met school\n" +
			"• Besloten op: di 1 dec 2026 11:00\n" +
			"Vertel je cliënt welke gegevens je deelde, met wie en waarom, zodra dat de veiligheid van het kind of een ander niet schaadt. Zet in het dossier dat je dit hebt gedaan (§1.4 Dossier, §1.6)."
		if got := shownText(t, post); got != wantText {
			t.Errorf("reminder shows\n%s\nwant\n%s", got, wantText)
		}
		wantButtons := []string{"Gedaan", "Later: 1 uur", "Later: morgen", "Later: volgende week", "Nog niet veilig", "Annuleren"}
		if got := labelsOf(t, post); !slices.Equal(got, wantButtons) {
			t.Errorf("reminder buttons %q, want %q", got, wantButtons)
		}

		r.pressLabel(t, post, e2eDM, "Gedaan")
		calls := r.expect(t, "chat.update", "chat.postMessage")
		wantChosen(t, calls[0], post, "Gedaan")
		if got := shownText(t, calls[1]); got != "Gedaan. Goed dat je het hebt afgerond. Zet in het dossier wanneer je de cliënt informeerde." {
			t.Errorf("done answered %q", got)
		}
		r.pressLabel(t, post, e2eDM, "Later: 1 uur")

		for _, later := range []time.Duration{0, time.Hour, 7 * 24 * time.Hour} {
			r.clock.Advance(later)
			if st, err := r.sched.Sweep(ctx); err != nil || st != (bot.SweepStats{}) {
				t.Errorf("sweep %s later: %+v, %v; want nothing sent", later, st, err)
			}
		}
		r.stop()
		r.quiet(t)

		rems, err := r.store.UserReminders(ctx, alice)
		if err != nil {
			t.Fatal(err)
		}
		if len(rems) != 1 || rems[0].State != bot.StateDone || !rems[0].SentAt.Equal(due) {
			t.Errorf("stored reminders %+v, want the one reminder sent at %s and done", rems, due)
		}
		trail, err := r.store.AuditTrail(ctx, alice)
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range trail {
			actions = append(actions, e.Action)
		}
		wantActions := []string{"flow.start", "flow.outcome", bot.AuditReminderSet, bot.AuditReminderClaimed, bot.AuditReminderSent, bot.AuditReminderDone}
		if !slices.Equal(actions, wantActions) {
			t.Errorf("audit trail %q, want %q", actions, wantActions)
		}
	})
}

func TestE2ERetriedEventAndMention(t *testing.T) {
	r := startE2E(t)

	body := dmEvent("Ev1", e2eUser, e2eDM, "wat is een medebehandelaar?")
	r.event(t, body)
	retry := r.signed(t, "/slack/events", "application/json", body)
	retry.Header.Set("X-Slack-Retry-Num", "1")
	retry.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	if status, resp := do(t, r.srv.Client(), retry); status != http.StatusOK {
		t.Fatalf("retry answered %d %q, want 200 so Slack stops retrying", status, resp)
	}
	r.event(t, dmEvent("Ev2", e2eUser, e2eDM, "hoe lang moet ik een dossier bewaren?"))
	calls := r.expect(t, "chat.postMessage", "chat.postMessage")
	first, second := calls[0], calls[1]
	if first.Channel != e2eDM || second.Channel != e2eDM {
		t.Errorf("DM answers posted in %q and %q", first.Channel, second.Channel)
	}
	wantShown(t, "answer to the DM", first, "§2.4")
	wantShown(t, "answer to the next DM", second, "§3.1")
	if shownText(t, first) == shownText(t, second) {
		t.Errorf("the retried event was answered again:\n%s", shownText(t, second))
	}

	const thread = "1700000000.000300"
	r.event(t, mentionEvent("Ev3", e2eUser, e2eChannel, "<@UBOT> mag ik gegevens delen met de huisarts?", thread))
	mention := r.expect(t, "chat.postEphemeral")[0]
	if mention.Channel != e2eChannel || mention.User != e2eUser || mention.ThreadTS != thread {
		t.Errorf("mention answered as %+v, want ephemeral to the asker in the thread", mention)
	}
	wantShown(t, "answer to the mention", mention, "§2.4", "huisarts")
	buttonLabelled(t, mention, "Loop het stappenplan door")

	r.stop()
	r.quiet(t)
	if n := r.f.count("chat.postMessage"); n != 2 {
		t.Errorf("%d DM answers, want 2", n)
	}
}

func TestE2EForgedRequestsChangeNothing(t *testing.T) {
	r := startE2E(t)
	r.command(t, e2eUser, e2eChannel, "stappenplan", "cmdtrig1")
	calls := r.expect(t, "conversations.open", "response", "chat.postMessage")
	question := calls[2]
	wantShown(t, "first question", question, "Met wie wil of moet je gegevens")
	schoolPress := pressPayload(t, r.f, question, e2eUser, e2eDM, "f:stappenplan:ontvanger:school", 900)
	huisartsPress := pressPayload(t, r.f, question, e2eUser, e2eDM, "f:stappenplan:ontvanger:huisarts", 901)
	before := e2eSnapshot(t, r.path)

	form := func(payload string) string { return url.Values{"payload": {payload}}.Encode() }
	tests := []struct {
		name, path, body string
		// signedBody is what the signature covers; "" for body itself.
		signedBody string
		secret     string
		age        time.Duration
		noHeaders  bool
	}{
		{name: "command signed with another secret", path: "/slack/commands",
			body: commandForm(r.f, e2eUser, e2eChannel, "stappenplan", "forged1"), secret: "not-the-signing-secret"},
		{name: "DM event signed with another secret", path: "/slack/events",
			body: dmEvent("EvForged1", e2eUser, e2eDM, "stop"), secret: "not-the-signing-secret"},
		{name: "press with its body changed after signing", path: "/slack/interactions",
			body: form(schoolPress), signedBody: form(huisartsPress), secret: testSecret},
		{name: "press replayed ten minutes later", path: "/slack/interactions",
			body: form(schoolPress), secret: testSecret, age: 10 * time.Minute},
		{name: "DM event without signature", path: "/slack/events",
			body: dmEvent("EvForged2", e2eUser, e2eDM, "vergeet mij"), noHeaders: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, r.srv.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if !tt.noHeaders {
				signed := tt.signedBody
				if signed == "" {
					signed = tt.body
				}
				ts := strconv.FormatInt(r.clock.Now().Add(-tt.age).Unix(), 10)
				req.Header.Set("X-Slack-Request-Timestamp", ts)
				req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(sign([]byte(tt.secret), ts, []byte(signed))))
			}
			if status, _ := do(t, r.srv.Client(), req); status != http.StatusUnauthorized {
				t.Errorf("status %d, want 401", status)
			}
		})
	}
	// Shutdown waits for every accepted piece of work: after it, anything
	// a forged request set going has reached the database.
	r.stop()
	r.quiet(t)
	after := e2eSnapshot(t, r.path)
	if !slices.Equal(before, after) {
		t.Errorf("forged requests changed the database:\nbefore %q\nafter  %q", before, after)
	}
	for _, want := range []string{`conversations "slack" "UALICE" "dm"`, `audit `, `dedup "slack:cmd:cmdtrig1"`} {
		if !slices.ContainsFunc(before, func(row string) bool { return strings.HasPrefix(row, want) }) {
			t.Errorf("no row %q in the database %q: the comparison proves little", want, before)
		}
	}
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
			row := table
			for _, v := range vals {
				row += fmt.Sprintf(" %#v", v)
			}
			out = append(out, row)
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(out)
	return out
}
