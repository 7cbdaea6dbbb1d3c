package mattermost

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/flows"
	"privacybot/storage/sqlite"
)

// startPracticeE2E wires the core with the practice desk, as serve wires
// it, behind the adapter with one worker.
func startPracticeE2E(t *testing.T) (*e2eRig, *practice.Service) {
	t.Helper()
	ctx := context.Background()
	mm := newFakeMM(t)
	h := &harness{t: t, mm: mm, gate: make(chan struct{}, 16), reconnecting: make(chan struct{}, 16)}
	start := e2eStart
	h.now.Store(&start)
	clock := func() time.Time { return *h.now.Load() }
	log := slog.New(slog.DiscardHandler)
	path := filepath.Join(t.TempDir(), "privacybot.db")
	store, err := sqlite.Open(ctx, path, clock)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = store.Close() })
	desk := practice.New(flows.EmbeddedCases(), store, clock, log, nil)
	core := bot.New(bot.Deps{
		Conversations: store, Settings: store, Audit: store, Users: store,
		Answerer: e2eAnswerer(), Clock: clock, Log: log, Practice: desk,
	}, bot.Config{})
	var handler atomic.Pointer[http.Handler]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*handler.Load()).ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	cfg := Config{URL: mm.srv.URL, Token: testToken, CommandToken: testCommandToken, PublicURL: srv.URL, Workers: 1, InlineWait: 10 * time.Second}
	a, err := New(cfg, core, store, log, WithClock(clock), WithSleep(h.sleep),
		WithReconnectBackoff(func(int) time.Duration { return reconnectWait }))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	hnd := a.Handler()
	handler.Store(&hnd)
	h.a, h.dedup, h.botURL = a, store, srv.URL
	h.run()
	user := mm.addUser("nl", "Europe/Amsterdam")
	return &e2eRig{harness: h, store: store, path: path, user: user, dm: mm.dmWith(user)}, desk
}

// TestE2EPracticeInTheDM plays `oefenen` in a Mattermost DM: the case with
// its answers as buttons, a wrong answer's feedback with the walk of the
// matching flow, the result in `mijn-gegevens`, and its erase by
// `vergeet-mij`.
func TestE2EPracticeInTheDM(t *testing.T) {
	r, desk := startPracticeE2E(t)
	r.say(t, "oefenen")
	shown := r.post(t)
	if !strings.HasPrefix(shown.Message, "**Oefencasus**") {
		t.Fatalf("case post %q", shown.Message)
	}
	got := labels(buttonsOf(shown))
	if len(got) < 3 || !slices.Equal(got[:3], []string{"A", "B", "C"}) {
		t.Fatalf("answer buttons %q", got)
	}
	var c flows.Case
	for _, cs := range flows.EmbeddedCases() {
		if strings.Contains(shown.Message, cs.Situation.NL) {
			c = cs
		}
	}
	if c.ID == "" {
		t.Fatalf("the post shows no case of the bank: %q", shown.Message)
	}
	w := (c.RightAnswer() + 1) % len(c.Answers)
	r.choose(t, shown, "ABCD"[w:w+1])
	fb := r.post(t)
	if want := "**Niet goed.** Het goede antwoord is " + "ABCD"[c.RightAnswer():c.RightAnswer()+1]; !strings.Contains(fb.Message, want) {
		t.Errorf("feedback %q lacks %q", fb.Message, want)
	}
	if got := labels(buttonsOf(fb)); len(got) != 2 || got[1] != "Nog een casus" {
		t.Errorf("feedback buttons %q", got)
	}
	r.say(t, "mijn-gegevens")
	if mine := r.post(t); !strings.Contains(mine.Message, c.ID+": fout · pogingen 1") {
		t.Errorf("mijn-gegevens lacks the result: %q", mine.Message)
	}
	r.say(t, "vergeet-mij")
	r.choose(t, r.post(t), "Ja, wis alles")
	r.post(t)
	u := bot.UserKey{Platform: bot.Mattermost, User: r.user}
	if rs, err := desk.Results(context.Background(), u); err != nil || len(rs) != 0 {
		t.Fatalf("results after vergeet-mij: %+v, %v", rs, err)
	}
}
