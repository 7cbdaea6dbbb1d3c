package mattermost

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/flows"
)

// startPracticeE2E wires the core with the practice desk, as serve wires
// it, behind the adapter with one worker.
func startPracticeE2E(t *testing.T) (*e2eRig, *practice.Service) {
	r, svc, _, _ := startWeeklyE2E(t)
	return r, svc
}

// startWeeklyE2E is startPracticeE2E with the weekly case of a team
// channel, which it returns, on the same store; the clock moves only when
// the test moves it.
func startWeeklyE2E(t *testing.T) (*e2eRig, *practice.Service, *practice.Weekly, string) {
	t.Helper()
	r, c := startCoreE2E(t, nil, nil)
	team := r.mm.addChannel(r.user)
	weekly, err := practice.NewWeekly(c.Practice, r.store, map[string]practice.Channel{bot.Mattermost: r.a},
		practice.WeeklyConfig{Channels: map[string][]string{bot.Mattermost: {team}}})
	if err != nil {
		t.Fatal(err)
	}
	return r, c.Practice, weekly, team
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

// patchPost changes a post's message and props, as PUT /posts/{id}/patch.
func (f *fakeMM) patchPost(_ http.ResponseWriter, r *http.Request) (any, int) {
	var patch model.PostPatch
	if err := json.NewDecoder(r.Body).Decode(&patch); err != nil {
		return nil, http.StatusBadRequest
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.posts[r.PathValue("id")]
	if !ok {
		return nil, http.StatusNotFound
	}
	if patch.Message != nil {
		p.Message = *patch.Message
	}
	if patch.Props != nil {
		p.SetProps(*patch.Props)
	}
	p.UpdateAt = f.tick()
	return p.Clone(), http.StatusOK
}

// pressWeekly presses the button labelled label under the weekly post as
// user and returns what the bot answered that user only.
func pressWeekly(t *testing.T, r *e2eRig, post *model.Post, user, label string) string {
	t.Helper()
	p := r.mm.post(post.Id)
	var actions []*model.PostAction
	for _, att := range p.Attachments() {
		actions = append(actions, att.Actions...)
	}
	i := slices.IndexFunc(actions, func(a *model.PostAction) bool { return a.Name == label })
	if i < 0 {
		t.Fatalf("no button %q under the weekly post", label)
	}
	req := model.PostActionIntegrationRequest{UserId: user, ChannelId: p.ChannelId, PostId: p.Id, Type: actions[i].Type, Context: actions[i].Integration.Context}
	status, body := postJSON(t, actions[i].Integration.URL, req)
	var resp model.PostActionIntegrationResponse
	if err := json.Unmarshal(body, &resp); status != http.StatusOK || err != nil {
		t.Fatalf("press %q: status %d, body %s", label, status, body)
	}
	return resp.EphemeralText
}

// TestE2EWeeklyCaseInATeamChannel posts the week's case in the team
// channel (injected clock), takes presses by two colleagues, each answered
// for the presser only, counts a colleague once when they press again,
// shows the count on the post, and posts the summary in its thread at the
// end of the week, once.
func TestE2EWeeklyCaseInATeamChannel(t *testing.T) {
	ctx := context.Background()
	r, _, weekly, team := startWeeklyE2E(t)
	if st, err := weekly.Tick(ctx); err != nil || st.Posted != 0 {
		t.Fatalf("Tick on Monday: %+v, %v; want nothing before Tuesday 10:00", st, err)
	}
	tuesday := time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC) // 10:00 in Amsterdam
	r.clock.Set(tuesday)
	if st, err := weekly.Tick(ctx); err != nil || st.Posted != 1 {
		t.Fatalf("Tick: %+v, %v", st, err)
	}
	post := r.mm.nextPost(t)
	if post.ChannelId != team || post.RootId != "" || !strings.HasPrefix(post.Message, "**Casus van de week**") ||
		!strings.Contains(post.Message, "Nog niemand heeft geantwoord.") {
		t.Fatalf("weekly post %+v", post)
	}
	if st, _ := weekly.Tick(ctx); st.Posted != 0 {
		t.Fatal("a second tick posted again")
	}
	var c flows.Case
	for _, cs := range flows.EmbeddedCases() {
		if strings.Contains(post.Message, cs.Situation.NL[:40]) {
			c = cs
		}
	}
	if c.ID == "" {
		t.Fatal("the post shows no case of the bank")
	}
	right := "ABCD"[c.RightAnswer() : c.RightAnswer()+1]
	w := (c.RightAnswer() + 1) % len(c.Answers)
	wrong := "ABCD"[w : w+1]
	colleague := r.mm.addUser("en", "Europe/Amsterdam")

	if fb := pressWeekly(t, r, post, r.user, wrong); !strings.Contains(fb, "Het goede antwoord is "+right) {
		t.Errorf("feedback %q", fb)
	}
	if shown := r.mm.post(post.Id); !strings.Contains(shown.Message, "1 collega heeft geantwoord.") || len(labels(buttonsOf(shown))) != len(c.Answers) {
		t.Errorf("post after one answer: %q with buttons %q", shown.Message, labels(buttonsOf(shown)))
	}
	if fb := pressWeekly(t, r, post, r.user, right); !strings.Contains(fb, "je eerste antwoord telt") {
		t.Errorf("second press: %q", fb)
	}
	if fb := pressWeekly(t, r, post, colleague, right); !strings.Contains(fb, "**Right.**") {
		t.Errorf("colleague's feedback (English): %q", fb)
	}
	shown := r.mm.post(post.Id)
	if !strings.Contains(shown.Message, "2 collega's hebben geantwoord.") || strings.Contains(shown.Message, r.user) {
		t.Errorf("post after three presses by two colleagues: %q", shown.Message)
	}

	now := r.clock.Now()
	later := now.Add(3 * 24 * time.Hour)
	r.clock.Set(later)
	if st, err := weekly.Tick(ctx); err != nil || st.Summarised != 1 {
		t.Fatalf("Tick at the end of the week: %+v, %v", st, err)
	}
	sum := r.mm.nextPost(t)
	if sum.ChannelId != team || sum.RootId != post.Id {
		t.Errorf("summary posted as %+v, want in the post's thread", sum)
	}
	for _, want := range []string{"Het goede antwoord is " + right, "Antwoorden · Answers (2):", "• " + wrong + ": 1", "• " + right + ": 1"} {
		if !strings.Contains(sum.Message, want) {
			t.Errorf("summary lacks %q: %q", want, sum.Message)
		}
	}
	if st, _ := weekly.Tick(ctx); st.Summarised != 0 {
		t.Error("a second summary")
	}
}

// TestE2EWeeklyCaseComesBack lets the team get the week's case mostly
// wrong: four weeks later the channel gets a case of the same topic again.
func TestE2EWeeklyCaseComesBack(t *testing.T) {
	ctx := context.Background()
	r, _, weekly, team := startWeeklyE2E(t)
	tuesday := time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC) // 10:00 in Amsterdam
	r.clock.Set(tuesday)
	if st, err := weekly.Tick(ctx); err != nil || st.Posted != 1 {
		t.Fatalf("Tick: %+v, %v", st, err)
	}
	post := r.mm.nextPost(t)
	caseOf := func(p *model.Post) flows.Case {
		for _, cs := range flows.EmbeddedCases() {
			if strings.Contains(p.Message, cs.Situation.NL[:40]) {
				return cs
			}
		}
		t.Fatalf("post shows no case of the bank: %q", p.Message)
		return flows.Case{}
	}
	c := caseOf(post)
	w := (c.RightAnswer() + 1) % len(c.Answers)
	for range 2 {
		colleague := r.mm.addUser("nl", "Europe/Amsterdam")
		if fb := pressWeekly(t, r, post, colleague, "ABCD"[w:w+1]); !strings.Contains(fb, "Het goede antwoord is") {
			t.Fatalf("feedback on a wrong answer: %q", fb)
		}
	}
	var last *model.Post
	for week := range 4 {
		next := tuesday.Add(time.Duration(week+1) * 7 * 24 * time.Hour)
		r.clock.Set(next)
		if st, err := weekly.Tick(ctx); err != nil || st.Posted != 1 || st.Summarised != 1 {
			t.Fatalf("weekly tick %d: %+v, %v", week+1, st, err)
		}
		for range 2 {
			if p := r.mm.nextPost(t); p.ChannelId == team && p.RootId == "" {
				last = p
			}
		}
	}
	if back := caseOf(last); back.Topic != c.Topic {
		t.Errorf("four weeks after a case mostly answered wrong came %q (topic %q), want topic %q", back.ID, back.Topic, c.Topic)
	}
}
