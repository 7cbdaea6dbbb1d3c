package practice_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/flows"
	"privacybot/internal/testclock"
	"privacybot/lang"
	"privacybot/storage/sqlite"
)

// fakeChannel records the posts and updates of one platform.
type fakeChannel struct {
	mu      sync.Mutex
	posts   []fakePost
	updates []fakePost
}

type fakePost struct {
	channel, root, id string
	r                 bot.Reply
}

func (f *fakeChannel) PostPractice(_ context.Context, channel, root string, r bot.Reply) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := fmt.Sprintf("P%d", len(f.posts)+1)
	f.posts = append(f.posts, fakePost{channel, root, id, r})
	return id, nil
}

func (f *fakeChannel) UpdatePost(_ context.Context, channel, post string, r bot.Reply) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.updates = append(f.updates, fakePost{channel, "", post, r})
	return nil
}

var ams = func() *time.Location { l, _ := time.LoadLocation("Europe/Amsterdam"); return l }()

// replica is one instance of the bot: its own store handle on the shared
// database file, its own service.
type replica struct {
	svc    *practice.Service
	weekly *practice.Weekly
}

func newReplica(t *testing.T, path string, c *testclock.Clock, ch *fakeChannel) replica {
	t.Helper()
	store, err := sqlite.Open(t.Context(), path, c.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	svc := practice.New(flows.EmbeddedCases(), store, c.Now, slog.New(slog.DiscardHandler), nil)
	w, err := practice.NewWeekly(svc, store, map[string]practice.Channel{bot.Slack: ch},
		practice.WeeklyConfig{Channels: map[string][]string{bot.Slack: {"CTEAM"}}})
	if err != nil {
		t.Fatal(err)
	}
	return replica{svc, w}
}

func TestWeeklyPostOncePerWeekAcrossReplicas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bot.db")
	c := testclock.New(time.Date(2026, 12, 1, 9, 59, 0, 0, ams)) // Tuesday
	ch := &fakeChannel{}
	replicas := []replica{newReplica(t, path, c, ch), newReplica(t, path, c, ch), newReplica(t, path, c, ch)}
	if st, err := replicas[0].weekly.Tick(t.Context()); err != nil || st.Posted != 0 {
		t.Fatalf("tick at 09:59: %+v, %v", st, err)
	}
	c.Set(time.Date(2026, 12, 1, 10, 0, 0, 0, ams))
	for round := range 3 {
		var wg sync.WaitGroup
		for _, r := range replicas {
			wg.Go(func() {
				if _, err := r.weekly.Tick(context.Background()); err != nil {
					t.Errorf("round %d: %v", round, err)
				}
			})
		}
		wg.Wait()
	}
	if len(ch.posts) != 1 {
		t.Fatalf("%d posts from three replicas ticking three times, want 1", len(ch.posts))
	}
	post := ch.posts[0]
	if post.channel != "CTEAM" || post.root != "" || !strings.HasPrefix(post.r.Text, "*Casus van de week*") ||
		!strings.Contains(post.r.Text, "Nog niemand heeft geantwoord.") || !strings.HasPrefix(post.r.Choices[0].Value, "oef:w:2026-W49:") {
		t.Fatalf("post %+v", post)
	}
	if !practice.IsWeeklyAction(post.r.Choices[0].Value) || practice.IsWeeklyAction("oef:a:x:0") {
		t.Error("IsWeeklyAction does not tell the weekly buttons")
	}
	c.Set(time.Date(2026, 12, 3, 10, 0, 0, 0, ams))
	replicas[1].weekly.Tick(t.Context())
	if len(ch.posts) != 1 {
		t.Fatalf("a second post in the same week")
	}
}

func TestWeeklyPostWaitsForAWorkday(t *testing.T) {
	c := testclock.New(time.Date(2027, 4, 27, 10, 0, 0, 0, ams)) // King's Day, a Tuesday
	ch := &fakeChannel{}
	r := newReplica(t, filepath.Join(t.TempDir(), "bot.db"), c, ch)
	for _, at := range []time.Time{
		time.Date(2027, 4, 27, 10, 0, 0, 0, ams),
		time.Date(2027, 4, 28, 0, 5, 0, 0, ams),
		time.Date(2027, 4, 28, 9, 59, 0, 0, ams),
	} {
		c.Set(at)
		r.weekly.Tick(t.Context())
		if len(ch.posts) != 0 {
			t.Fatalf("posted at %v", at)
		}
	}
	c.Set(time.Date(2027, 4, 28, 10, 0, 0, 0, ams))
	if st, err := r.weekly.Tick(t.Context()); err != nil || st.Posted != 1 {
		t.Fatalf("Wednesday 10:00 after King's Day: %+v, %v", st, err)
	}
}

func TestWeeklyPressCounterSummaryAndComeBack(t *testing.T) {
	ctx := t.Context()
	c := testclock.New(time.Date(2026, 12, 1, 10, 0, 0, 0, ams))
	ch := &fakeChannel{}
	r := newReplica(t, filepath.Join(t.TempDir(), "bot.db"), c, ch)
	r.weekly.Tick(ctx)
	post := ch.posts[0]
	id := caseOfPost(t, post)
	cs, _ := flows.CaseByID(id)
	wrong := (cs.RightAnswer() + 1) % len(cs.Answers)
	press := func(user string, answer int) bot.Reply {
		t.Helper()
		replies, err := r.svc.Action(ctx, bot.PracticeRequest{User: bot.UserKey{Platform: bot.Slack, User: user}, Lang: lang.EN, Channel: "CTEAM"},
			strings.TrimPrefix(post.r.Choices[answer].Value, "oef:"))
		if err != nil || len(replies) != 1 {
			t.Fatalf("press: %+v, %v", replies, err)
		}
		return replies[0]
	}
	if fb := press("U1", wrong); !strings.HasPrefix(fb.Text, "*Not right.*") {
		t.Errorf("feedback %q", fb.Text)
	}
	if len(ch.updates) != 1 || ch.updates[0].id != post.id || !strings.Contains(ch.updates[0].r.Text, "1 collega heeft geantwoord.") ||
		len(ch.updates[0].r.Choices) != len(cs.Answers) {
		t.Fatalf("counter update %+v", ch.updates)
	}
	if fb := press("U1", cs.RightAnswer()); !strings.HasPrefix(fb.Text, "You had answered this case already; your first answer counts. *Right.*") {
		t.Errorf("second press: %q", fb.Text)
	}
	if len(ch.updates) != 1 {
		t.Errorf("a second press by the same user changed the counter")
	}
	press("U2", wrong)
	press("U3", cs.RightAnswer())
	if got := ch.updates[len(ch.updates)-1].r.Text; !strings.Contains(got, "3 collega's hebben geantwoord.") || strings.Contains(got, "U1") {
		t.Errorf("counter %q", got)
	}
	own, _ := r.svc.Results(ctx, bot.UserKey{Platform: bot.Slack, User: "U1"})
	if len(own) != 1 || own[0].Right || own[0].Tries != 1 {
		t.Errorf("U1's own results %+v, want the first answer only", own)
	}
	if _, err := r.svc.Action(ctx, bot.PracticeRequest{User: bot.UserKey{Platform: bot.Slack, User: "U1"}, Lang: lang.NL}, "w:2026-W49:0"); err != nil {
		t.Fatal(err)
	}

	c.Set(time.Date(2026, 12, 4, 9, 59, 0, 0, ams))
	r.weekly.Tick(ctx)
	if len(ch.posts) != 1 {
		t.Fatalf("summary before the end of the week")
	}
	c.Set(time.Date(2026, 12, 4, 10, 0, 0, 0, ams))
	r.weekly.Tick(ctx)
	r.weekly.Tick(ctx)
	if len(ch.posts) != 2 {
		t.Fatalf("%d posts after the summary time, want the post and one summary", len(ch.posts))
	}
	sum := ch.posts[1]
	letter := "ABCD"[wrong : wrong+1]
	if sum.root != post.id || !strings.Contains(sum.r.Text, "Antwoorden · Answers (3):") || !strings.Contains(sum.r.Text, "• "+letter+": 2") ||
		!strings.Contains(sum.r.Text, cs.Answers[cs.RightAnswer()].Why.NL) {
		t.Fatalf("summary %+v", sum)
	}

	// The team mostly got it wrong: four weeks later it comes back,
	// reworded by another case of its topic where the bank has one.
	var weeks []string
	for wk := 1; wk <= 4; wk++ {
		c.Set(time.Date(2026, 12, 1+7*wk, 10, 0, 0, 0, ams))
		r.weekly.Tick(ctx)
		weeks = append(weeks, caseOfPost(t, ch.posts[len(ch.posts)-1]))
	}
	back, _ := flows.CaseByID(weeks[3])
	if back.Topic != cs.Topic {
		t.Errorf("four weeks later came %s (topic %s), want a case of topic %s; weeks %v", back.ID, back.Topic, cs.Topic, weeks)
	}
}

// caseOfPost finds the case a weekly post shows.
func caseOfPost(t *testing.T, p fakePost) string {
	t.Helper()
	for _, c := range flows.EmbeddedCases() {
		if strings.Contains(p.r.Text, c.Situation.NL) {
			return c.ID
		}
	}
	t.Fatalf("post shows no case: %q", p.r.Text)
	return ""
}
