package mattermost

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/flows"
	"privacybot/internal/app"
	"privacybot/storage/sqlite"
)

// The end-to-end tests below drive the real core (bot.New with the
// embedded topics, reminders on a real SQLite file, and the scheduler with
// the adapter as Mattermost's notifier) through the adapter, against the
// fake Mattermost. One clock, moved by the test, serves the adapter, the
// core, the store and the scheduler. They assert on what the fake server
// received and on what the database holds.

// e2eStart is Monday 10 March 2025, 10:00 in Amsterdam, so the next
// working day at 09:00 is tomorrow.
var e2eStart = time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)

// The moments the walk below leads to, in UTC: the reminder chosen for
// "Morgen 09:00", and 09:00 seven days later, after "Nog niet veilig".
var (
	e2eFirstDue = time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC)
	e2eAgainDue = time.Date(2025, 3, 18, 8, 0, 0, 0, time.UTC)
)

// e2eRig is the core wired as main wires it, behind an adapter with one
// worker (so work is done in the order it came in), against the fake
// Mattermost, with one professional and her DM with the bot.
type e2eRig struct {
	*harness
	store *sqlite.DB
	path  string
	sched *remind.Scheduler
	logs  *adaptertest.Log
	user  string
	dm    string
}

func startE2E(t *testing.T) *e2eRig {
	t.Helper()
	r, c := startCoreE2E(t, nil, nil)
	r.sched = c.Scheduler(map[string]bot.Notifier{bot.Mattermost: r.a}, remind.SchedulerConfig{})
	return r
}

// startCoreE2E opens the core as serve does (app.Open on a new SQLite file,
// the harness's clock at e2eStart) and runs an adapter with one worker in
// front of it, against the fake Mattermost, with one professional and her
// DM. prepare, when set, adds to the fake server before the core opens and
// returns the options it needs (the FG's channel); wire, when set, runs
// between the adapter's construction and its start (the FG desk).
func startCoreE2E(t *testing.T, prepare func(mm *fakeMM) app.Options, wire func(c *app.Core, a *Adapter)) (*e2eRig, *app.Core) {
	t.Helper()
	ctx := context.Background()
	mm := newFakeMM(t)
	h := &harness{t: t, mm: mm, gate: make(chan struct{}, 16), reconnecting: make(chan struct{}, 16)}
	h.clock.Set(e2eStart)
	clock := h.clock.Now
	logs := &adaptertest.Log{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))

	var opts app.Options
	if prepare != nil {
		opts = prepare(mm)
	}
	path := filepath.Join(t.TempDir(), "privacybot.db")
	opts.DB, opts.Clock, opts.Log = path, clock, log
	c, err := app.Open(ctx, opts)
	if err != nil {
		t.Fatalf("open core: %v", err)
	}
	t.Cleanup(func() { _ = c.Store.Close() })
	store := c.Store.(*sqlite.DB)

	var handler atomic.Pointer[http.Handler]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*handler.Load()).ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	// InlineWait is long so that the slash command's answer always comes
	// back in its response, however busy the machine running the test.
	cfg := Config{URL: mm.srv.URL, Token: testToken, CommandToken: testCommandToken, PublicURL: srv.URL, Workers: 1, InlineWait: 10 * time.Second}
	a, err := New(cfg, c.Bot, store, log,
		WithClock(clock),
		WithSleep(h.sleep),
		WithReconnectBackoff(func(int) time.Duration { return reconnectWait }))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if wire != nil {
		wire(c, a)
	}
	hnd := a.Handler()
	handler.Store(&hnd)
	h.a, h.dedup, h.botURL = a, store, srv.URL
	h.run()

	user := mm.addUser("nl", "Europe/Amsterdam")
	return &e2eRig{harness: h, store: store, path: path, logs: logs, user: user, dm: mm.dmWith(user)}, c
}

// say posts text as the professional in her DM, and the server announces
// the post on the WebSocket.
func (r *e2eRig) say(t *testing.T, text string) *model.Post {
	t.Helper()
	p := r.mm.userPost(r.user, r.dm, text)
	r.mm.sendPosted(t, p, model.ChannelTypeDirect)
	return p
}

// posts waits for the bot's next n posts and checks that each went to the
// professional's DM.
func (r *e2eRig) posts(t *testing.T, n int) []*model.Post {
	t.Helper()
	out := make([]*model.Post, 0, n)
	for range n {
		p := r.mm.nextPost(t)
		t.Logf("bot → DM: %q %q", p.Message, labels(buttonsOf(p)))
		if p.ChannelId != r.dm {
			t.Errorf("post %q went to channel %s, want the DM %s", p.Message, p.ChannelId, r.dm)
		}
		out = append(out, p)
	}
	return out
}

// post waits for the bot's next post in the DM.
func (r *e2eRig) post(t *testing.T) *model.Post {
	t.Helper()
	return r.posts(t, 1)[0]
}

// choose presses the button labelled label under p as the professional,
// through the signed action endpoint, and checks what the server then
// shows: p's text, with "✓ label" in place of its buttons. A replay of the
// same callback is answered without an update, and the server finds no
// button to press a second time.
func (r *e2eRig) choose(t *testing.T, p *model.Post, label string) {
	t.Helper()
	buttons := buttonsOf(p)
	i := slices.IndexFunc(buttons, func(b *model.PostAction) bool { return b.Name == label })
	if i < 0 {
		t.Fatalf("no button %q under %q; there are %q", label, p.Message, labels(buttons))
	}
	if status := r.mm.press(t, p.Id, i, r.user); status != http.StatusOK {
		t.Fatalf("press %q: status %d", label, status)
	}
	shown := r.mm.post(p.Id)
	if shown.Message != p.Message {
		t.Errorf("pressing %q changed the post's text to %q", label, shown.Message)
	}
	if got := attachmentTexts(shown); len(buttonsOf(shown)) != 0 || !slices.Equal(got, []string{"✓ " + label}) {
		t.Errorf("after pressing %q the post shows %q with buttons %q, want only ✓ %s", label, got, labels(buttonsOf(shown)), label)
	}
	replay := model.PostActionIntegrationRequest{UserId: r.user, ChannelId: p.ChannelId, PostId: p.Id, Type: buttons[i].Type, Context: buttons[i].Integration.Context}
	status, body := postJSON(t, r.botURL+ActionPath, replay)
	var resp model.PostActionIntegrationResponse
	if err := json.Unmarshal(body, &resp); status != http.StatusOK || err != nil || resp.Update != nil {
		t.Errorf("replayed press of %q: status %d, body %s; want 200 without an update", label, status, body)
	}
	if status := r.mm.press(t, p.Id, i, r.user); status != http.StatusBadRequest {
		t.Errorf("second press of %q: status %d, want the server to find no button (400)", label, status)
	}
}

// walkStappenplan starts the stappenplan by typing its name in the DM and
// presses School → Ja, nodig → Uithoorn → Geweigerd → Ja → Ja → geen andere weg → besproken. It returns the
// posts that close the walk: the outcome, the note's heading, the note and
// the offer of a reminder.
func (r *e2eRig) walkStappenplan(t *testing.T) []*model.Post {
	t.Helper()
	r.say(t, "stappenplan")
	question := r.posts(t, 1)[0]
	if !strings.HasPrefix(question.Message, "**Mag ik deze gegevens delen?**\nWe lopen samen") {
		t.Errorf("intro and first question = %q", question.Message)
	}
	steps := []struct {
		label string
		// next is what the question after the press asks.
		next    string
		options []string
	}{
		{"School", "Vraag 1: moet je voor het doel van de hulp echt persoonsgegevens delen?",
			[]string{"Ja, het is nodig en kan niet anoniem", "Het kan anoniem", "Nee, het kan ook zonder gegevens"}},
		{"Ja, het is nodig en kan niet anoniem", "In welke gemeente werk je?",
			[]string{"Diemen", "Uithoorn", "Ouder-Amstel"}},
		{"Uithoorn", "Vraag 2 (Uithoorn vraagt uitdrukkelijke toestemming)",
			[]string{"Ja, gerichte toestemming van de juiste personen", "Gevraagd, maar geweigerd of ingetrokken", "Nog niet gevraagd", "Ik weet niet wie moet toestemmen"}},
		{"Gevraagd, maar geweigerd of ingetrokken", "Vraag 3a: kom je in gewetensnood als je zwijgt", []string{"Ja", "Nee"}},
		{"Ja", "Vraag 3b: weet je voldoende zeker", []string{"Ja", "Nee"}},
		{"Ja", "Kun je het gevaar ook afwenden", []string{"Ja, dat kan op een andere manier", "Nee, er is geen andere weg"}},
		{"Nee, er is geen andere weg", "Heb je je afweging besproken", []string{"Ja, besproken", "Nee, er is acuut gevaar: geen tijd", "Nee, nog niet"}},
	}
	for _, s := range steps {
		r.choose(t, question, s.label)
		question = r.post(t)
		if !strings.Contains(question.Message, s.next) {
			t.Fatalf("after %q the bot asks %q, want %q", s.label, question.Message, s.next)
		}
		want := append(slices.Clone(s.options), "terug", "waarom?", "opnieuw", "stop")
		if got := labels(buttonsOf(question)); !slices.Equal(got, want) {
			t.Errorf("buttons after %q = %q, want %q", s.label, got, want)
		}
	}
	r.choose(t, question, "Ja, besproken")
	return r.posts(t, 4)
}

// setReminderTomorrow presses "Morgen 09:00" on the offer and declines the
// second reminder, to record the decision in the file.
func (r *e2eRig) setReminderTomorrow(t *testing.T, offer *model.Post) {
	t.Helper()
	r.choose(t, offer, "Morgen 09:00")
	confirmed := r.posts(t, 2)
	if want := "Goed. Ik herinner je op di 11 mrt 2025 09:00: cliënt informeren."; confirmed[0].Message != want {
		t.Errorf("confirmation = %q, want %q", confirmed[0].Message, want)
	}
	second := confirmed[1]
	if !strings.HasPrefix(second.Message, "Zal ik je ook herinneren om je besluit in het dossier vast te leggen") {
		t.Errorf("second offer = %q", second.Message)
	}
	if got, want := labels(buttonsOf(second)), offerLabels("Morgen 09:00"); !slices.Equal(got, want) {
		t.Errorf("second offer's buttons = %q, want %q", got, want)
	}
	r.choose(t, second, "Nee, dank je")
	if declined := r.post(t); declined.Message != "Oké, geen herinnering." || len(buttonsOf(declined)) != 0 {
		t.Errorf("declining the second reminder: %q", declined.Message)
	}
}

// offerLabels are the buttons of a reminder offer, the first moment first.
func offerLabels(first string) []string {
	return []string{first, "Over 3 dagen", "Volgende week", "Zelf kiezen…", "Nee, dank je"}
}

// reminderLabels are the buttons under a reminder.
var reminderLabels = []string{"Gedaan", "Later: 1 uur", "Later: morgen", "Later: volgende week", "Nog niet veilig", "Annuleren"}

// userKey is the professional as the core knows her.
func (r *e2eRig) userKey() bot.UserKey { return bot.UserKey{Platform: bot.Mattermost, User: r.user} }

// conversation returns her private conversation as stored.
func (r *e2eRig) conversation(t *testing.T) bot.Conversation {
	t.Helper()
	c, ok, err := r.store.Conversation(context.Background(), bot.Address{Platform: bot.Mattermost, User: r.user, Channel: bot.DM})
	if err != nil || !ok {
		t.Fatalf("conversation: found %v, err %v", ok, err)
	}
	return c
}

// auditActions lists her audit trail as "action flow outcome detail".
func (r *e2eRig) auditActions(t *testing.T) []string {
	t.Helper()
	trail, err := r.store.AuditTrail(context.Background(), r.userKey())
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, 0, len(trail))
	for _, e := range trail {
		out = append(out, strings.TrimSpace(strings.Join([]string{e.Action, e.Flow, e.Outcome, e.Detail}, " ")))
	}
	return out
}

// onlyReminder returns her one stored reminder.
func (r *e2eRig) onlyReminder(t *testing.T) bot.Reminder {
	t.Helper()
	rems, err := r.store.UserReminders(context.Background(), r.userKey())
	if err != nil {
		t.Fatal(err)
	}
	if len(rems) != 1 {
		t.Fatalf("%d reminders stored, want 1: %+v", len(rems), rems)
	}
	return rems[0]
}

// sweepAt moves the clock to at and runs one sweep.
func (r *e2eRig) sweepAt(t *testing.T, at time.Time) bot.SweepStats {
	t.Helper()
	r.clock.Set(at)
	st, err := r.sched.Sweep(context.Background())
	if err != nil {
		t.Fatalf("sweep at %v: %v", at, err)
	}
	return st
}

// finish shuts the adapter down, so that all work taken is done, and
// checks that the bot posted nothing the test did not take, and no
// ephemeral post (a slash command's answer comes in its response).
func (r *e2eRig) finish(t *testing.T) {
	t.Helper()
	r.stop()
	r.mm.noMorePosts(t)
	if n := len(r.mm.ephemeral); n != 0 {
		t.Errorf("%d ephemeral posts no step expected", n)
	}
}

// dbRows returns every row of every table of the database file, each
// table's rows as sorted text, read on a connection of its own.
func dbRows(t *testing.T, path string) map[string][]string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables []string
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatalf("list tables: %v", err)
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
	out := map[string][]string{}
	for _, table := range tables {
		out[table] = tableRows(t, db, table)
	}
	for _, want := range []string{"conversations", "audit", "reminders", "dedup"} {
		if _, ok := out[want]; !ok {
			t.Fatalf("no table %s among %q", want, tables)
		}
	}
	return out
}

func tableRows(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT * FROM "` + table + `"`)
	if err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%#v", vals))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func sameRows(a, b map[string][]string) bool {
	return maps.EqualFunc(a, b, slices.Equal)
}

func TestE2ESlashQuestionInChannelAnswersEphemerallyAndStartsTheStappenplanInTheDM(t *testing.T) {
	r := startE2E(t)
	channel := model.NewId()
	question := "mag ik delen met school?"

	status, body := r.command(commandForm(testCommandToken, r.user, channel, "town-square", question), nil)

	if status != http.StatusOK {
		t.Fatalf("slash command: status %d", status)
	}
	answer := decodeCommandResponse(t, body).Text
	t.Logf("bot → ephemeral: %q", answer)
	for _, want := range []string{"**Gegevens delen met school**", "§2.4", "Jeugdwet art. 7.3.11", "\n\n" + txtChoicesInDM.NL} {
		if !strings.Contains(answer, want) {
			t.Errorf("ephemeral answer lacks %q:\n%s", want, answer)
		}
	}
	moved := r.post(t)
	if want := moved.Message + "\n\n" + txtChoicesInDM.NL; answer != want {
		t.Errorf("the DM does not repeat the ephemeral answer:\nephemeral %q\nDM        %q", answer, moved.Message)
	}
	buttons := buttonsOf(moved)
	if len(buttons) == 0 || buttons[0].Name != "Loop het stappenplan door" || buttons[0].Style != styleChoice {
		t.Fatalf("DM buttons = %q, want ‘Loop het stappenplan door’ first", labels(buttons))
	}

	r.choose(t, moved, "Loop het stappenplan door")

	started := r.posts(t, 1)[0]
	if !strings.HasPrefix(started.Message, "**Mag ik deze gegevens delen?**\nWe lopen samen de vragen van het stappenplan langs (§1.4).") {
		t.Errorf("intro = %q", started.Message)
	}
	if !strings.Contains(started.Message, "Vraag 1: moet je voor het doel van de hulp echt persoonsgegevens delen?") {
		t.Errorf("the button should start at the question after ‘School’, got %q", started.Message)
	}
	want := []string{"Ja, het is nodig en kan niet anoniem", "Het kan anoniem", "Nee, het kan ook zonder gegevens", "terug", "waarom?", "opnieuw", "stop"}
	if got := labels(buttonsOf(started)); !slices.Equal(got, want) {
		t.Errorf("question buttons = %q, want %q", got, want)
	}
	c := r.conversation(t)
	if c.Flow == nil || c.Flow.Flow != "stappenplan" || c.Flow.Step != "noodzakelijk" ||
		!slices.Equal(c.Flow.Path, []flows.Answered{{Step: "ontvanger", Value: "school"}}) {
		t.Errorf("stored conversation = %+v", c.Flow)
	}
	if got := r.auditActions(t); !slices.Equal(got, []string{"flow.start stappenplan"}) {
		t.Errorf("audit = %q", got)
	}
	r.finish(t)
	r.logs.Lacks(t, r.user, r.dm, channel, question)
}

func TestE2EStappenplanWalkEndsWithOutcomeNoteAndOneReminder(t *testing.T) {
	r := startE2E(t)

	end := r.walkStappenplan(t)

	outcome, heading, note, offer := end[0], end[1], end[2], end[3]
	for _, want := range []string{
		"**Uitkomst: Je mag je beroepsgeheim doorbreken**\n",
		"Deel zo weinig mogelijk.",
	} {
		if !strings.Contains(outcome.Message, want) {
			t.Errorf("outcome lacks %q:\n%s", want, outcome.Message)
		}
	}
	if got := labels(buttonsOf(outcome)); !slices.Equal(got, []string{"waarom?", "terug", "opnieuw"}) {
		t.Errorf("outcome buttons = %q", got)
	}
	if heading.Message != "**Wat je deelt of doet, wie je informeert en waarom** staat in de notitie voor het dossier. Kopieer de notitie:" {
		t.Errorf("note heading = %q", heading.Message)
	}
	if !strings.HasPrefix(note.Message, "```\n") || !strings.HasSuffix(note.Message, "\n```") || strings.Count(note.Message, "```") != 2 {
		t.Errorf("the note is not one code block:\n%s", note.Message)
	}
	for _, want := range []string{"Mag ik deze gegevens delen?", "10-03-2025 10:00", "School", "Uithoorn", "Je mag je beroepsgeheim doorbreken", "Jeugdwet art. 7.3.11", "Delen: Alleen wat de ontvanger echt nodig heeft", "Cliënt informeren:", "Bron (handreiking): §1.4, noot 7"} {
		if !strings.Contains(note.Message, want) {
			t.Errorf("note lacks %q:\n%s", want, note.Message)
		}
	}
	if strings.Contains(note.Message, "**") {
		t.Errorf("the note's text was reformatted inside its code block:\n%s", note.Message)
	}
	if !strings.HasPrefix(offer.Message, "**Herinner me eraan de cliënt te informeren**\nVertel je cliënt achteraf") {
		t.Errorf("offer = %q", offer.Message)
	}
	if got, want := labels(buttonsOf(offer)), offerLabels("Morgen 09:00"); !slices.Equal(got, want) {
		t.Errorf("offer buttons = %q, want %q", got, want)
	}

	r.setReminderTomorrow(t, offer)

	rem := r.onlyReminder(t)
	if rem.Kind != bot.KindInform || rem.State != bot.StateScheduled || !rem.Due.Equal(e2eFirstDue) ||
		rem.Channel != bot.DM || rem.Flow != "stappenplan" || rem.Outcome != "doorbreken" ||
		rem.Shared.NL != "informatie gedeeld met school" || rem.Case != "" {
		t.Errorf("stored reminder = %+v", rem)
	}
	s, ok, err := r.store.Settings(context.Background(), r.userKey())
	if err != nil || !ok || s.Municipality != flows.Uithoorn {
		t.Errorf("settings = %+v (%v, %v); the municipality should be remembered", s, ok, err)
	}
	if c := r.conversation(t); c.Flow == nil || c.Flow.Outcome != "doorbreken" || c.Pending != "" {
		t.Errorf("stored conversation = %+v, pending %q", c.Flow, c.Pending)
	}
	wantAudit := []string{"flow.start stappenplan", "flow.outcome stappenplan doorbreken", "reminder.set stappenplan doorbreken inform"}
	if got := r.auditActions(t); !slices.Equal(got, wantAudit) {
		t.Errorf("audit = %q, want %q", got, wantAudit)
	}
	r.finish(t)
	r.logs.Lacks(t, r.user, r.dm)
}

func TestE2EReminderFallsDueAndIsPostponedAsNotYetSafe(t *testing.T) {
	r := startE2E(t)
	end := r.walkStappenplan(t)
	r.setReminderTomorrow(t, end[3])

	if st := r.sweepAt(t, e2eFirstDue.Add(-time.Minute)); st.Claimed != 0 {
		t.Fatalf("a minute early the sweep took %+v", st)
	}
	r.mm.noMorePosts(t)
	if st := r.sweepAt(t, e2eFirstDue); st.Sent != 1 || st.Late != 0 {
		t.Fatalf("at the due time the sweep did %+v, want one sent on time", st)
	}
	due := r.post(t)
	wantDue := "⏰ **Herinnering: informeer je cliënt**\n" +
		"• Casus: (geen label)\n" +
		"• Gedeeld: informatie gedeeld met school\n" +
		"• Besloten op: ma 10 mrt 2025 10:00\n" +
		"Vertel je cliënt welke gegevens je deelde, met wie en waarom, zodra dat de veiligheid van het kind of een ander niet schaadt. Zet in het dossier dat je dit hebt gedaan (§1.4 Dossier, §1.6)."
	if due.Message != wantDue {
		t.Errorf("reminder =\n%s\nwant\n%s", due.Message, wantDue)
	}
	if got := labels(buttonsOf(due)); !slices.Equal(got, reminderLabels) {
		t.Errorf("reminder buttons = %q, want %q", got, reminderLabels)
	}
	if st := r.sweepAt(t, e2eFirstDue.Add(time.Minute)); st.Claimed != 0 {
		t.Errorf("a sweep after the delivery took %+v", st)
	}

	r.choose(t, due, "Nog niet veilig")
	askDays := r.post(t)
	if !strings.HasPrefix(askDays.Message, "Wanneer zal ik het opnieuw vragen?") {
		t.Errorf("after ‘Nog niet veilig’: %q", askDays.Message)
	}
	if got := labels(buttonsOf(askDays)); !slices.Equal(got, []string{"Over 3 dagen", "Over 7 dagen", "Over 14 dagen"}) {
		t.Fatalf("day choices = %q", got)
	}
	r.choose(t, askDays, "Over 7 dagen")
	askReason := r.post(t)
	if !strings.HasPrefix(askReason.Message, "Ik stel de herinnering uit: ik vraag het opnieuw op di 18 mrt 2025 09:00.\nWaarom is het nog niet veilig?") {
		t.Errorf("after ‘Over 7 dagen’: %q", askReason.Message)
	}
	wantReasons := []string{"onderzoek of melding loopt nog", "veiligheid van het kind", "veiligheid van een ander", "eerst afstemmen met Veilig Thuis, Raad of GI"}
	if got := labels(buttonsOf(askReason)); !slices.Equal(got, wantReasons) {
		t.Fatalf("reason choices = %q", got)
	}
	r.choose(t, askReason, "veiligheid van het kind")
	noted := r.post(t)
	if want := "Genoteerd: nog niet veilig (veiligheid van het kind). Ik vraag het opnieuw op di 18 mrt 2025 09:00. Zet deze afweging in het dossier (§1.4 Dossier)."; noted.Message != want {
		t.Errorf("confirmation = %q, want %q", noted.Message, want)
	}
	rem := r.onlyReminder(t)
	if rem.State != bot.StateSnoozed || !rem.Due.Equal(e2eAgainDue) || rem.ReasonCode != "child" || rem.Reason != "" {
		t.Errorf("stored reminder = state %s, due %v, reason %q/%q", rem.State, rem.Due, rem.ReasonCode, rem.Reason)
	}
	if c := r.conversation(t); c.Pending != "" {
		t.Errorf("the conversation still waits for %q", c.Pending)
	}

	r.say(t, "herinneringen")
	listed := r.post(t)
	wantList := "**Open herinnering 1 van 1**\n" +
		"⏰ cliënt informeren\n" +
		"• Casus: (geen label)\n" +
		"• Gedeeld: informatie gedeeld met school\n" +
		"• Besloten op: ma 10 mrt 2025 10:00\n" +
		"• Gepland: di 18 mrt 2025 09:00\n" +
		"• Nog niet veilig omdat: veiligheid van het kind (voor je dossiernotitie)"
	if listed.Message != wantList {
		t.Errorf("herinneringen =\n%s\nwant\n%s", listed.Message, wantList)
	}
	if got := labels(buttonsOf(listed)); !slices.Equal(got, reminderLabels) {
		t.Errorf("listed buttons = %q", got)
	}

	if st := r.sweepAt(t, e2eAgainDue.Add(-time.Minute)); st.Claimed != 0 {
		t.Fatalf("a minute before the new due time the sweep took %+v", st)
	}
	r.mm.noMorePosts(t)
	if st := r.sweepAt(t, e2eAgainDue); st.Sent != 1 || st.Late != 0 {
		t.Fatalf("at the new due time the sweep did %+v, want one sent", st)
	}
	again := r.post(t)
	if !strings.HasPrefix(again.Message, "⏰ **Herinnering: informeer je cliënt**\n") ||
		!strings.Contains(again.Message, "• Nog niet veilig omdat: veiligheid van het kind (voor je dossiernotitie)") {
		t.Errorf("second reminder =\n%s", again.Message)
	}
	if got := labels(buttonsOf(again)); !slices.Equal(got, reminderLabels) {
		t.Errorf("second reminder buttons = %q", got)
	}
	for _, later := range []time.Duration{time.Minute, time.Hour, 24 * time.Hour} {
		if st := r.sweepAt(t, e2eAgainDue.Add(later)); st.Claimed != 0 {
			t.Errorf("a sweep %v after the second delivery took %+v", later, st)
		}
	}
	r.finish(t)

	if rem := r.onlyReminder(t); rem.State != bot.StateSent || !rem.SentAt.Equal(e2eAgainDue) {
		t.Errorf("stored reminder = state %s, sent at %v", rem.State, rem.SentAt)
	}
	var sent, notSafe []string
	for _, a := range r.auditActions(t) {
		switch {
		case strings.HasPrefix(a, bot.AuditReminderSent+" "):
			sent = append(sent, a)
		case strings.HasPrefix(a, bot.AuditReminderNotSafe+" "):
			notSafe = append(notSafe, a)
		}
	}
	if len(sent) != 2 {
		t.Errorf("audited deliveries %q, want 2", sent)
	}
	// The delay is audited when chosen, the reason when given.
	if want := []string{"reminder.not-safe stappenplan doorbreken 7 days", "reminder.not-safe stappenplan doorbreken reason child"}; !slices.Equal(notSafe, want) {
		t.Errorf("audited not-safe %q, want %q", notSafe, want)
	}
	r.logs.Lacks(t, r.user, r.dm, "veiligheid van het kind")
}

func TestE2EDMPostDeliveredTwiceIsAnsweredOnce(t *testing.T) {
	r := startE2E(t)
	p := r.mm.userPost(r.user, r.dm, "stappenplan")

	r.mm.sendPosted(t, p, model.ChannelTypeDirect)
	r.mm.sendPosted(t, p, model.ChannelTypeDirect)
	r.say(t, "waarom")

	// One worker takes the posts in order: the flow's start, then nothing
	// for the repeat (a second answer would ask whether to abandon the
	// stappenplan), then the answer to "waarom".
	got := r.posts(t, 3)
	if !strings.HasPrefix(got[0].Message, "**Mag ik deze gegevens delen?**\n") || !strings.Contains(got[0].Message, "Met wie wil of moet je gegevens van je cliënt delen?") {
		t.Errorf("the first delivery was not answered with the stappenplan: %q", got[0].Message)
	}
	if !strings.HasPrefix(got[1].Message, "**Waarom deze vraag?**\n") || !strings.Contains(got[2].Message, "Met wie wil of moet je gegevens van je cliënt delen?") {
		t.Errorf("the post after the repeat was not answered next: %q, %q", got[1].Message, got[2].Message)
	}
	r.finish(t)
	if got := r.auditActions(t); !slices.Equal(got, []string{"flow.start stappenplan"}) {
		t.Errorf("audit = %q, want one start", got)
	}
	if c := r.conversation(t); c.Pending != "" || c.Flow == nil || c.Flow.Step != "ontvanger" {
		t.Errorf("stored conversation = %+v, pending %q", c.Flow, c.Pending)
	}
	kept := 0
	for _, row := range dbRows(t, r.path)["dedup"] {
		if strings.Contains(row, "mattermost:post:"+p.Id) {
			kept++
		}
	}
	if kept != 1 {
		t.Errorf("the post's ID is kept %d times in the dedup table, want once", kept)
	}
	r.logs.Lacks(t, r.user, r.dm)
}

func TestE2EForgedAndForeignPressesChangeNothing(t *testing.T) {
	r := startE2E(t)
	end := r.walkStappenplan(t)
	r.setReminderTomorrow(t, end[3])
	id := r.onlyReminder(t).ID
	r.say(t, "herinneringen")
	listed := r.post(t)
	buttons := buttonsOf(listed)
	if !slices.Equal(labels(buttons), reminderLabels) {
		t.Fatalf("listed buttons = %q", labels(buttons))
	}
	done := buttons[0].Integration.Context
	other := r.mm.addUser("nl", "Europe/Amsterdam")
	otherDM := r.mm.dmWith(other)
	cancel := fmt.Sprintf("r:a:%d:x", id)
	with := func(key, value string) map[string]any {
		c := maps.Clone(done)
		c[key] = value
		return c
	}
	rogue := signer{key: []byte("a secret that is not the bot's")}
	before := dbRows(t, r.path)

	tests := []struct {
		name string
		req  model.PostActionIntegrationRequest
		want int
	}{
		{"value altered to cancel", model.PostActionIntegrationRequest{UserId: r.user, ChannelId: r.dm, PostId: listed.Id, Context: with(ctxValue, cancel)}, http.StatusUnauthorized},
		{"label altered", model.PostActionIntegrationRequest{UserId: r.user, ChannelId: r.dm, PostId: listed.Id, Context: with(ctxLabel, "Annuleren")}, http.StatusUnauthorized},
		{"signed with another key", model.PostActionIntegrationRequest{UserId: r.user, ChannelId: r.dm, PostId: listed.Id, Context: rogue.context(bot.Choice{Label: "Annuleren", Value: cancel}, r.user, r.dm, "n1")}, http.StatusUnauthorized},
		{"another user who rewrote the user", model.PostActionIntegrationRequest{UserId: other, ChannelId: r.dm, PostId: listed.Id, Context: with(ctxUser, other)}, http.StatusUnauthorized},
		{"another user pressing the button", model.PostActionIntegrationRequest{UserId: other, ChannelId: r.dm, PostId: listed.Id, Context: done}, http.StatusForbidden},
		{"another user, from their own DM", model.PostActionIntegrationRequest{UserId: other, ChannelId: otherDM, PostId: listed.Id, Context: done}, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if status, body := postJSON(t, r.botURL+ActionPath, tt.req); status != tt.want {
				t.Errorf("status = %d (%s), want %d", status, body, tt.want)
			}
			if after := dbRows(t, r.path); !sameRows(before, after) {
				t.Errorf("the refused press changed the database:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
	if status := r.mm.press(t, listed.Id, 0, other); status != http.StatusForbidden {
		t.Errorf("another user's press through the server: status %d, want 403", status)
	}
	r.mm.noMorePosts(t)
	if got := labels(buttonsOf(r.mm.post(listed.Id))); !slices.Equal(got, reminderLabels) {
		t.Errorf("after the refused presses the post shows buttons %q", got)
	}
	if after := dbRows(t, r.path); !sameRows(before, after) {
		t.Fatalf("the refused presses changed the database:\nbefore %q\nafter  %q", before, after)
	}

	r.choose(t, listed, "Gedaan")
	if answer := r.post(t); answer.Message != "Gedaan. Goed dat je het hebt afgerond. Zet in het dossier wanneer je de cliënt informeerde." {
		t.Errorf("answer to ‘Gedaan’ = %q", answer.Message)
	}
	r.finish(t)
	if rem := r.onlyReminder(t); rem.State != bot.StateDone {
		t.Errorf("after the genuine press the reminder is %s, want done", rem.State)
	}
	if after := dbRows(t, r.path); sameRows(before, after) {
		t.Error("the genuine press left the database as it was; the comparison above proves nothing")
	}
	r.logs.Lacks(t, r.user, other, r.dm, otherDM)
}
