package storetest

import (
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
)

// PracticeOpener returns a new, empty store of practice results, and
// closes it when t ends.
type PracticeOpener func(t *testing.T) practice.Store

// RunPractice runs the contract of the store of practice results: answers
// are kept per user per case with their tries, a user sees only their own,
// forgetting erases one user's all, and purging removes old ones only.
func RunPractice(t *testing.T, open PracticeOpener) {
	ctx := t.Context()
	s := open(t)
	alice := bot.UserKey{Platform: bot.Slack, User: "UALICE"}
	bob := bot.UserKey{Platform: bot.Mattermost, User: "UALICE"}
	save := func(u bot.UserKey, c string, answer int, right bool, at time.Time) {
		t.Helper()
		if err := s.SavePracticeAnswer(ctx, practice.Result{User: u, Case: c, Answer: answer, Right: right, Tries: 99, AnsweredAt: at}); err != nil {
			t.Fatalf("SavePracticeAnswer: %v", err)
		}
	}
	save(alice, "erkend-in-2024", 0, false, T0)
	save(alice, "toestemming-veertien", 1, true, T0.Add(time.Minute))
	save(alice, "erkend-in-2024", 1, true, T0.Add(2*time.Minute))
	save(bob, "erkend-in-2024", 2, false, T0.Add(-time.Hour))

	got, err := s.PracticeResults(ctx, alice)
	if err != nil {
		t.Fatalf("PracticeResults: %v", err)
	}
	want := []practice.Result{
		{User: alice, Case: "toestemming-veertien", Answer: 1, Right: true, Tries: 1, AnsweredAt: T0.Add(time.Minute)},
		{User: alice, Case: "erkend-in-2024", Answer: 1, Right: true, Tries: 2, AnsweredAt: T0.Add(2 * time.Minute)},
	}
	if len(got) != len(want) {
		t.Fatalf("results %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].User != want[i].User || got[i].Case != want[i].Case || got[i].Answer != want[i].Answer ||
			got[i].Right != want[i].Right || got[i].Tries != want[i].Tries || !got[i].AnsweredAt.Equal(want[i].AnsweredAt) {
			t.Errorf("result %d = %+v, want %+v", i, got[i], want[i])
		}
	}

	n, err := s.PurgePracticeResults(ctx, T0.Add(30*time.Second))
	if err != nil || n != 1 {
		t.Fatalf("PurgePracticeResults = %d, %v; want 1 (bob's old one)", n, err)
	}
	if rs, _ := s.PracticeResults(ctx, bob); len(rs) != 0 {
		t.Fatalf("bob's purged result is still there: %+v", rs)
	}
	save(bob, "erkend-in-2024", 2, false, T0)
	if err := s.ForgetPracticeResults(ctx, alice); err != nil {
		t.Fatalf("ForgetPracticeResults: %v", err)
	}
	if err := s.ForgetPracticeResults(ctx, alice); err != nil {
		t.Fatalf("ForgetPracticeResults a second time: %v", err)
	}
	if rs, _ := s.PracticeResults(ctx, alice); len(rs) != 0 {
		t.Fatalf("alice's results after forget: %+v", rs)
	}
	if rs, _ := s.PracticeResults(ctx, bob); len(rs) != 1 {
		t.Fatalf("forgetting alice touched bob (same user ID, other platform): %+v", rs)
	}
}
