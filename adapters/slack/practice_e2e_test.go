package slack

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/flows"
	"privacybot/internal/app"
)

// startPracticeE2E wires the core with the practice desk, as serve wires
// it, behind an adapter in HTTP mode with one worker.
func startPracticeE2E(t *testing.T) (*e2eRig, *practice.Service) {
	r, svc, _ := startWeeklyE2E(t)
	return r, svc
}

// startWeeklyE2E is startPracticeE2E with the weekly case of the team
// channel e2eChannel on the same store; the clock moves only when the test
// moves it.
func startWeeklyE2E(t *testing.T) (*e2eRig, *practice.Service, *practice.Weekly) {
	t.Helper()
	r, c := startCoreE2E(t, app.Options{}, nil)
	weekly, err := practice.NewWeekly(c.Practice, r.store, map[string]practice.Channel{bot.Slack: r.a},
		practice.WeeklyConfig{Channels: map[string][]string{bot.Slack: {e2eChannel}}})
	if err != nil {
		t.Fatal(err)
	}
	return r, c.Practice, weekly
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

// TestE2EWeeklyCaseInATeamChannel posts the week's case in the team
// channel (injected clock), takes presses by two colleagues, each
// answered for the presser only, counts a colleague once when they press
// again, shows the count on the post, and posts the summary in its thread
// at the end of the week, once.
func TestE2EWeeklyCaseInATeamChannel(t *testing.T) {
	ctx := context.Background()
	r, _, weekly := startWeeklyE2E(t)
	if st, err := weekly.Tick(ctx); err != nil || st.Posted != 1 {
		t.Fatalf("Tick: %+v, %v", st, err)
	}
	post := r.expect(t, "chat.postMessage")[0]
	if post.Channel != e2eChannel || post.ThreadTS != "" {
		t.Fatalf("weekly case posted as %+v", post)
	}
	wantShown(t, "weekly post", post, "*Casus van de week*", "Nog niemand heeft geantwoord.")
	if st, _ := weekly.Tick(ctx); st.Posted != 0 {
		t.Fatalf("a second tick posted again")
	}
	var c flows.Case
	for _, cs := range flows.EmbeddedCases() {
		if strings.Contains(shownText(t, post), cs.Situation.NL[:40]) {
			c = cs
		}
	}
	if c.ID == "" {
		t.Fatalf("the post shows no case of the bank")
	}
	right := "ABCD"[c.RightAnswer() : c.RightAnswer()+1]
	w := (c.RightAnswer() + 1) % len(c.Answers)
	wrong := "ABCD"[w : w+1]

	pressAs := func(user, label string) {
		t.Helper()
		b := buttonLabelled(t, post, label)
		r.presses++
		r.press(t, pressPayload(t, r.f, post, user, e2eChannel, b.el.Value, r.presses))
	}
	pressAs(e2eUser, wrong)
	calls := r.expect(t, "chat.update", "response")
	upd, fb := calls[0], calls[1]
	if upd.Channel != e2eChannel || upd.TS != post.TS {
		t.Errorf("counter update of %s/%s, want the post %s/%s", upd.Channel, upd.TS, post.Channel, post.TS)
	}
	wantShown(t, "counter", upd, "1 collega heeft geantwoord.")
	if got := labelsOf(t, upd); len(got) != len(c.Answers) {
		t.Errorf("the post lost its buttons: %q", got)
	}
	if fb.ResponseType != "ephemeral" || fb.ReplaceOriginal {
		t.Errorf("feedback sent as %+v, want ephemeral", fb)
	}
	wantShown(t, "feedback", fb, "Het goede antwoord is "+right)

	pressAs(e2eUser, right)
	again := r.expect(t, "response")[0]
	wantShown(t, "second press", again, "je eerste antwoord telt")
	pressAs("UBOB", right)
	calls = r.expect(t, "chat.update", "response")
	wantShown(t, "counter", calls[0], "2 collega's hebben geantwoord.")
	if strings.Contains(shownText(t, calls[0]), e2eUser) || strings.Contains(shownText(t, calls[0]), "UBOB") {
		t.Errorf("the post names who answered")
	}
	r.quiet(t)

	r.clock.Advance(3 * 24 * time.Hour)
	if st, err := weekly.Tick(ctx); err != nil || st.Summarised != 1 {
		t.Fatalf("Tick at the end of the week: %+v, %v", st, err)
	}
	sum := r.expect(t, "chat.postMessage")[0]
	if sum.Channel != e2eChannel || sum.ThreadTS != post.TS {
		t.Errorf("summary posted as %+v, want in the post's thread", sum)
	}
	wantShown(t, "summary", sum, "Het goede antwoord is "+right, "Antwoorden · Answers (2):", "• "+wrong+": 1", "• "+right+": 1")
	weekly.Tick(ctx)
	r.quiet(t)
}

// TestE2EWeeklyCaseComesBack lets the team get the week's case mostly
// wrong: four weeks later the channel gets a case of the same topic again.
func TestE2EWeeklyCaseComesBack(t *testing.T) {
	ctx := context.Background()
	r, _, weekly := startWeeklyE2E(t)
	weekly.Tick(ctx)
	post := r.expect(t, "chat.postMessage")[0]
	var c flows.Case
	for _, cs := range flows.EmbeddedCases() {
		if strings.Contains(shownText(t, post), cs.Situation.NL[:40]) {
			c = cs
		}
	}
	w := (c.RightAnswer() + 1) % len(c.Answers)
	for _, user := range []string{"UANN", "UBOB"} {
		b := buttonLabelled(t, post, "ABCD"[w:w+1])
		r.presses++
		r.press(t, pressPayload(t, r.f, post, user, e2eChannel, b.el.Value, r.presses))
		r.expect(t, "chat.update", "response")
	}
	var last apiCall
	for range 4 {
		r.clock.Advance(7 * 24 * time.Hour)
		if st, err := weekly.Tick(ctx); err != nil || st.Posted != 1 || st.Summarised != 1 {
			t.Fatalf("weekly tick: %+v, %v", st, err)
		}
		calls := r.expect(t, "chat.postMessage", "chat.postMessage")
		last = calls[1]
		if calls[0].ThreadTS == "" {
			last = calls[0]
		}
	}
	var back flows.Case
	for _, cs := range flows.EmbeddedCases() {
		if strings.Contains(shownText(t, last), cs.Situation.NL[:40]) {
			back = cs
		}
	}
	if back.Topic != c.Topic {
		t.Errorf("four weeks after a case mostly answered wrong came %q (topic %q), want topic %q", back.ID, back.Topic, c.Topic)
	}
}
