package practice

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

// memStore is a Store in memory, for the service's tests.
type memStore struct {
	results map[bot.UserKey]map[string]Result
}

func newMemStore() *memStore { return &memStore{results: map[bot.UserKey]map[string]Result{}} }

func (m *memStore) SavePracticeAnswer(_ context.Context, r Result) error {
	if m.results[r.User] == nil {
		m.results[r.User] = map[string]Result{}
	}
	r.Tries = m.results[r.User][r.Case].Tries + 1
	m.results[r.User][r.Case] = r
	return nil
}

func (m *memStore) PracticeResults(_ context.Context, u bot.UserKey) ([]Result, error) {
	var out []Result
	for _, r := range m.results[u] {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Result) int { return a.AnsweredAt.Compare(b.AnsweredAt) })
	return out, nil
}

func (m *memStore) ForgetPracticeResults(_ context.Context, u bot.UserKey) error {
	delete(m.results, u)
	return nil
}

func (m *memStore) PurgePracticeResults(_ context.Context, before time.Time) (int64, error) {
	var n int64
	for _, rs := range m.results {
		for id, r := range rs {
			if r.AnsweredAt.Before(before) {
				delete(rs, id)
				n++
			}
		}
	}
	return n, nil
}

type countMetrics struct{ right, wrong map[string]int }

func (c *countMetrics) PracticeAnswered(id string, right bool) {
	if right {
		c.right[id]++
	} else {
		c.wrong[id]++
	}
}

var alice = bot.UserKey{Platform: bot.Console, User: "alice"}

func newService(t *testing.T) (*Service, *memStore, *time.Time, *countMetrics) {
	t.Helper()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	st := newMemStore()
	m := &countMetrics{right: map[string]int{}, wrong: map[string]int{}}
	return New(flows.EmbeddedCases(), st, func() time.Time { return now }, slog.New(slog.DiscardHandler), m), st, &now, m
}

// caseOf reads the case ID from the answer buttons of a case reply.
func caseOf(t *testing.T, r bot.Reply) flows.Case {
	t.Helper()
	if len(r.Choices) < 3 {
		t.Fatalf("case reply without answer buttons: %+v", r)
	}
	rest := strings.TrimPrefix(r.Choices[0].Value, "oef:a:")
	id, _, _ := strings.Cut(rest, ":")
	c, ok := flows.CaseByID(id)
	if !ok {
		t.Fatalf("button names unknown case %q", id)
	}
	return c
}

func TestPracticeSessionOrderAndResults(t *testing.T) {
	ctx := t.Context()
	s, st, now, m := newService(t)
	req := bot.PracticeRequest{User: alice, Lang: lang.NL}
	seen := map[string]bool{}
	var first flows.Case
	for i := range len(flows.EmbeddedCases()) {
		replies, err := s.Next(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		c := caseOf(t, replies[0])
		if seen[c.ID] {
			t.Fatalf("case %s given twice before every case was given once", c.ID)
		}
		seen[c.ID] = true
		answer := c.RightAnswer()
		if i == 0 {
			first, answer = c, (c.RightAnswer()+1)%len(c.Answers)
		}
		*now = now.Add(time.Minute)
		if _, err := s.Action(ctx, req, "a:"+c.ID+":"+string(rune('0'+answer))); err != nil {
			t.Fatal(err)
		}
	}
	replies, err := s.Next(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if got := caseOf(t, replies[0]); got.ID != first.ID {
		t.Errorf("after every case, got %s; want %s, the one answered wrong", got.ID, first.ID)
	}
	rs, err := s.Results(ctx, alice)
	if err != nil || len(rs) != len(flows.EmbeddedCases()) {
		t.Fatalf("Results = %d, %v", len(rs), err)
	}
	if rs[0].Case != first.ID || rs[0].Right || rs[0].Tries != 1 {
		t.Errorf("first result %+v, want %s wrong after one try", rs[0], first.ID)
	}
	if m.wrong[first.ID] != 1 || m.right[first.ID] != 0 {
		t.Errorf("metrics for %s: right %d wrong %d", first.ID, m.right[first.ID], m.wrong[first.ID])
	}
	// The same user answers the same case again: one result, two tries.
	if _, err := s.Action(ctx, req, "a:"+first.ID+":"+string(rune('0'+first.RightAnswer()))); err != nil {
		t.Fatal(err)
	}
	if r := st.results[alice][first.ID]; r.Tries != 2 || !r.Right {
		t.Errorf("after a second answer: %+v", r)
	}
	if err := s.Forget(ctx, alice); err != nil {
		t.Fatal(err)
	}
	if rs, _ := s.Results(ctx, alice); len(rs) != 0 {
		t.Errorf("results after Forget: %+v", rs)
	}
}

func TestPracticeFeedback(t *testing.T) {
	c, ok := flows.CaseByID("erkend-in-2024")
	if !ok {
		t.Fatal("no case erkend-in-2024")
	}
	right := c.RightAnswer()
	wrong := (right + 1) % len(c.Answers)
	tests := []struct {
		name   string
		answer int
		lang   lang.Lang
		want   []string
	}{
		{"right nl", right, lang.NL, []string{"*Goed.* ", c.Answers[right].Why.NL, "Bron: handreiking §2.3, Begrippenlijst · BW art. 1:251b"}},
		{"wrong nl", wrong, lang.NL, []string{"*Niet goed.* Het goede antwoord is B.", "Jouw antwoord (C): " + c.Answers[wrong].Why.NL, "Waarom B: " + c.Answers[right].Why.NL}},
		{"wrong en", wrong, lang.EN, []string{"*Not right.* The right answer is B.", "Your answer (C): " + c.Answers[wrong].Why.EN, "Source: guideline §2.3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Feedback(flows.EmbeddedSet(), c, tt.answer, tt.lang)
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("feedback lacks %q:\n%s", w, r.Text)
				}
			}
			if len(r.Choices) != 1 || r.Choices[0].Value != "start:gezag" {
				t.Errorf("choices %+v, want the walk of the gezag flow", r.Choices)
			}
		})
	}
	noFlow, _ := flows.CaseByID("mening-als-feit")
	if r := Feedback(flows.EmbeddedSet(), noFlow, 0, lang.NL); len(r.Choices) != 1 || r.Choices[0].Value != "topic:dossier-schrijven" {
		t.Errorf("a case without a flow offers %+v, want its topic", r.Choices)
	}
}

func TestPracticeActionStaleAndNext(t *testing.T) {
	ctx := t.Context()
	s, st, _, _ := newService(t)
	req := bot.PracticeRequest{User: alice, Lang: lang.EN}
	for _, payload := range []string{"x", "a:", "a:bestaat-niet:0", "a:erkend-in-2024:9", "a:erkend-in-2024:-1", "a:erkend-in-2024:b"} {
		replies, err := s.Action(ctx, req, payload)
		if err != nil || len(replies) != 1 || !strings.Contains(replies[0].Text, "I no longer know this case") {
			t.Errorf("Action(%q) = %+v, %v; want the stale answer", payload, replies, err)
		}
	}
	if len(st.results) != 0 {
		t.Errorf("stale presses stored results: %+v", st.results)
	}
	replies, err := s.Action(ctx, req, "next")
	if err != nil || !strings.HasPrefix(replies[0].Text, "*Practice case*") {
		t.Errorf("next = %+v, %v", replies, err)
	}
}

func TestPracticePurge(t *testing.T) {
	ctx := t.Context()
	s, st, now, _ := newService(t)
	st.SavePracticeAnswer(ctx, Result{User: alice, Case: "erkend-in-2024", AnsweredAt: now.Add(-Keep - time.Hour)})
	st.SavePracticeAnswer(ctx, Result{User: alice, Case: "erkend-in-2021", AnsweredAt: now.Add(-Keep + time.Hour)})
	if n, err := s.Purge(ctx); n != 1 || err != nil {
		t.Fatalf("Purge = %d, %v; want 1", n, err)
	}
	if _, ok := st.results[alice]["erkend-in-2021"]; !ok {
		t.Error("a result younger than Keep was purged")
	}
}
