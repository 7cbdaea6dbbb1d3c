package storetest

import (
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
)

// WeeklyOpener returns a new, empty store of weekly posts, and closes it
// when t ends.
type WeeklyOpener func(t *testing.T) practice.WeeklyStore

// RunWeekly runs the contract of the store of the channels' weekly posts:
// one claim per channel per week (a stale claim without a post may be
// taken over), the post recorded, a user's first answer counted and a
// second not, one summary, and forgetting and purging.
func RunWeekly(t *testing.T, open WeeklyOpener) {
	ctx := t.Context()
	s := open(t)
	p := practice.WeeklyPost{Platform: bot.Slack, Channel: "CTEAM", Week: "2026-W10", Case: "erkend-in-2024", ClaimedAt: T0}
	if ok, err := s.ClaimWeeklyPost(ctx, p, T0.Add(-10*time.Minute)); err != nil || !ok {
		t.Fatalf("first claim: %v, %v", ok, err)
	}
	other := p
	other.Case, other.ClaimedAt = "erkend-in-2021", T0.Add(time.Minute)
	if ok, err := s.ClaimWeeklyPost(ctx, other, other.ClaimedAt.Add(-10*time.Minute)); err != nil || ok {
		t.Fatalf("second claim of a fresh claim: %v, %v; want refused", ok, err)
	}
	other.ClaimedAt = T0.Add(20 * time.Minute)
	if ok, err := s.ClaimWeeklyPost(ctx, other, other.ClaimedAt.Add(-10*time.Minute)); err != nil || !ok {
		t.Fatalf("taking over a stale claim without a post: %v, %v", ok, err)
	}
	if err := s.SetWeeklyPosted(ctx, bot.Slack, "CTEAM", "2026-W10", "1700.1", T0.Add(21*time.Minute)); err != nil {
		t.Fatal(err)
	}
	later := other
	later.ClaimedAt = T0.Add(2 * time.Hour)
	if ok, err := s.ClaimWeeklyPost(ctx, later, later.ClaimedAt.Add(-10*time.Minute)); err != nil || ok {
		t.Fatalf("claim of a posted week: %v, %v; want refused", ok, err)
	}
	if _, first, err := s.AnswerWeekly(ctx, bot.Slack, "CTEAM", "2026-W09", bot.UserKey{Platform: bot.Slack, User: "U1"}, 1); err != nil || first {
		t.Fatalf("answer to a week without a post: first %v, %v", first, err)
	}
	u1, u2 := bot.UserKey{Platform: bot.Slack, User: "U1"}, bot.UserKey{Platform: bot.Slack, User: "U2"}
	for _, a := range []struct {
		u      bot.UserKey
		answer int
		first  bool
	}{{u1, 1, true}, {u1, 2, false}, {u2, 2, true}} {
		got, first, err := s.AnswerWeekly(ctx, bot.Slack, "CTEAM", "2026-W10", a.u, a.answer)
		if err != nil || first != a.first || got.Post != "1700.1" || got.Case != "erkend-in-2021" {
			t.Fatalf("answer %+v: %+v first %v, %v", a, got, first, err)
		}
	}
	posts, err := s.WeeklyPosts(ctx, bot.Slack, "CTEAM")
	if err != nil || len(posts) != 1 {
		t.Fatalf("WeeklyPosts: %+v, %v", posts, err)
	}
	got := posts[0]
	if got.Counts != [4]int{0, 1, 1, 0} || got.Answered() != 2 || !got.PostedAt.Equal(T0.Add(21*time.Minute)) || got.Summarised {
		t.Fatalf("post %+v, want counts 0,1,1,0 posted at %v", got, T0.Add(21*time.Minute))
	}
	if ok, err := s.MarkWeeklySummarised(ctx, bot.Slack, "CTEAM", "2026-W10"); err != nil || !ok {
		t.Fatalf("first summary mark: %v, %v", ok, err)
	}
	if ok, err := s.MarkWeeklySummarised(ctx, bot.Slack, "CTEAM", "2026-W10"); err != nil || ok {
		t.Fatalf("second summary mark: %v, %v; want refused", ok, err)
	}
	if err := s.ForgetWeeklyAnswers(ctx, u1); err != nil {
		t.Fatal(err)
	}
	if _, first, err := s.AnswerWeekly(ctx, bot.Slack, "CTEAM", "2026-W10", u1, 0); err != nil || !first {
		t.Fatalf("answer after forget: first %v, %v; want a new first answer", first, err)
	}
	if n, err := s.PurgeWeekly(ctx, T0.Add(19*time.Minute)); err != nil || n != 0 {
		t.Fatalf("purge before the claim: %d, %v", n, err)
	}
	if n, err := s.PurgeWeekly(ctx, T0.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("purge: %d, %v; want 1", n, err)
	}
	if posts, _ := s.WeeklyPosts(ctx, bot.Slack, "CTEAM"); len(posts) != 0 {
		t.Fatalf("posts after purge: %+v", posts)
	}
}
