package slack

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/flows"
	"privacybot/storage/sqlite"
)

// startPracticeE2E wires the core with the practice desk, as serve wires
// it, behind an adapter in HTTP mode with one worker.
func startPracticeE2E(t *testing.T) (*e2eRig, *practice.Service) {
	t.Helper()
	ctx := context.Background()
	clock := &fakeClock{now: e2eStart}
	path := filepath.Join(t.TempDir(), "privacybot.db")
	store, err := sqlite.Open(ctx, path, clock.Now)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = store.Close() })
	desk := practice.New(flows.EmbeddedCases(), store, clock.Now, slog.New(slog.DiscardHandler), nil)
	core := bot.New(bot.Deps{
		Conversations: store, Settings: store, Audit: store, Users: store,
		Answerer: e2eAnswerer(), Clock: clock.Now, Practice: desk,
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
	return &e2eRig{harness: h, store: store, path: path}, desk
}

// TestE2EPracticeInTheDM plays `oefenen` in a Slack DM: the case with its
// answers as buttons, a wrong answer's feedback with the walk of the
// matching flow, a second press on the answered case that changes
// nothing, and the results kept for the user alone until `vergeet-mij`.
func TestE2EPracticeInTheDM(t *testing.T) {
	r, desk := startPracticeE2E(t)
	alice := bot.UserKey{Platform: bot.Slack, User: e2eUser}
	r.event(t, dmEvent("EvP1", e2eUser, e2eDM, "oefenen"))
	shown := r.expect(t, "chat.postMessage")[0]
	if shown.Channel != e2eDM {
		t.Fatalf("case posted in %q, want the DM", shown.Channel)
	}
	wantShown(t, "case", shown, "*Oefencasus*", "A. ", "B. ", "C. ")
	labels := labelsOf(t, shown)
	if len(labels) < 3 || !slices.Equal(labels[:3], []string{"A", "B", "C"}) {
		t.Fatalf("answer buttons %q", labels)
	}
	id := strings.Split(strings.TrimPrefix(buttonLabelled(t, shown, "A").el.Value, "oef:a:"), ":")[0]
	c, ok := flows.CaseByID(id)
	if !ok {
		t.Fatalf("the buttons name case %q, which does not exist", id)
	}
	wrong := "ABCD"[(c.RightAnswer()+1)%len(c.Answers) : (c.RightAnswer()+1)%len(c.Answers)+1]
	right := "ABCD"[c.RightAnswer() : c.RightAnswer()+1]

	r.pressLabel(t, shown, e2eDM, wrong)
	calls := r.expect(t, "chat.update", "chat.postMessage")
	wantChosen(t, calls[0], shown, wrong)
	fb := calls[1]
	wantShown(t, "feedback", fb, "*Niet goed.* Het goede antwoord is "+right+".", "Bron: handreiking "+strings.Join(c.Sources, ", "))
	if got := labelsOf(t, fb); !slices.Contains(got, "Nog een casus") || len(got) != 2 {
		t.Errorf("feedback buttons %q, want the flow or topic and the next case", got)
	}

	r.pressLabel(t, shown, e2eDM, right)
	r.event(t, dmEvent("EvP3", e2eUser, e2eDM, "mijn-gegevens"))
	mine := r.expect(t, "chat.postMessage")[0]
	wantShown(t, "my data", mine, "*Oefencasussen:* 1 beantwoord, 0 goed", c.ID+": fout · pogingen 1")
	r.quiet(t)
	rs, err := desk.Results(context.Background(), alice)
	if err != nil || len(rs) != 1 || rs[0].Case != c.ID || rs[0].Right || rs[0].Tries != 1 {
		t.Fatalf("results after a wrong answer and a press on the answered case: %+v, %v", rs, err)
	}

	r.event(t, dmEvent("EvP2", e2eUser, e2eDM, "vergeet-mij"))
	confirm := r.expect(t, "chat.postMessage")[0]
	r.pressLabel(t, confirm, e2eDM, "Ja, wis alles")
	r.expect(t, "chat.update", "chat.postMessage")
	if rs, err := desk.Results(context.Background(), alice); err != nil || len(rs) != 0 {
		t.Fatalf("results after vergeet-mij: %+v, %v", rs, err)
	}
}

// TestE2EPracticeFromAChannelGoesToTheDM asks for a case with the slash
// command in a channel: the asker alone hears that it comes in the DM, and
// the case is posted there.
func TestE2EPracticeFromAChannelGoesToTheDM(t *testing.T) {
	r, _ := startPracticeE2E(t)
	r.command(t, e2eUser, e2eChannel, "oefenen", "cmdtrigP")
	calls := r.expect(t, "response", "conversations.open", "chat.postMessage")
	notice, dm := calls[0], calls[2]
	if notice.ResponseType != "ephemeral" {
		t.Errorf("notice sent as %+v, want ephemeral", notice)
	}
	wantShown(t, "notice", notice, "privébericht")
	if dm.Channel != e2eDM {
		t.Fatalf("case posted in %q, want the DM", dm.Channel)
	}
	wantShown(t, "case", dm, "*Oefencasus*")
}
