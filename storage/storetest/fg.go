package storetest

import (
	"errors"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/flows"
	"privacybot/lang"
)

// FGOpener returns a new, empty store of questions to the FG whose clock
// is now, and closes it when t ends.
type FGOpener func(t *testing.T, now func() time.Time) fg.Store

// RunFG runs the contract of the store of questions to the FG.
func RunFG(t *testing.T, open FGOpener) {
	t.Run("RoundTripAndVersion", func(t *testing.T) { fgRoundTrip(t, open) })
	t.Run("ThreadAndAsker", func(t *testing.T) { fgThreadAndAsker(t, open) })
	t.Run("WaitingAndPurge", func(t *testing.T) { fgWaitingAndPurge(t, open) })
}

var (
	fgAlice = bot.UserKey{Platform: bot.Slack, User: "UALICE"}
	fgBob   = bot.UserKey{Platform: bot.Slack, User: "UBOB"}
)

func fgDraft(u bot.UserKey, text string) fg.Question {
	return fg.Question{Asker: u, Lang: lang.NL, Municipality: flows.Diemen, Topic: "avg-algemeen", Text: text, State: fg.Draft}
}

func fgRoundTrip(t *testing.T, open FGOpener) {
	ctx := t.Context()
	clock := NewClock(T0)
	s := open(t, clock.Now)
	q := fgDraft(fgAlice, "Mag ik delen met school?")
	if err := s.CreateFGQuestion(ctx, &q); err != nil {
		t.Fatalf("CreateFGQuestion: %v", err)
	}
	if q.ID == 0 || q.Version != 1 || !q.CreatedAt.Equal(T0) {
		t.Fatalf("created: id %d version %d at %v, want an id, version 1, at %v", q.ID, q.Version, q.CreatedAt, T0)
	}
	stale := q
	q.State, q.Anonymous, q.Channel, q.Post, q.AskedAt = fg.Open, true, "CFG", "1700.1", T0.Add(time.Minute)
	if err := s.SaveFGQuestion(ctx, &q); err != nil {
		t.Fatalf("SaveFGQuestion: %v", err)
	}
	if err := s.SaveFGQuestion(ctx, &stale); !errors.Is(err, bot.ErrConflict) {
		t.Fatalf("save with a stale version: %v, want ErrConflict", err)
	}
	got, ok, err := s.FGQuestion(ctx, q.ID)
	if err != nil || !ok {
		t.Fatalf("FGQuestion: ok %v err %v", ok, err)
	}
	if got.State != fg.Open || !got.Anonymous || got.Channel != "CFG" || got.Post != "1700.1" || got.Text != q.Text ||
		got.Asker != fgAlice || got.Municipality != flows.Diemen || !got.AskedAt.Equal(q.AskedAt) || got.Version != 2 ||
		!got.AnsweredAt.IsZero() || got.Topic != "avg-algemeen" {
		t.Fatalf("read back %+v, want what was saved", got)
	}
	if err := s.DeleteFGQuestion(ctx, q.ID); err != nil {
		t.Fatalf("DeleteFGQuestion: %v", err)
	}
	if _, ok, _ := s.FGQuestion(ctx, q.ID); ok {
		t.Fatal("question still there after delete")
	}
	if err := s.DeleteFGQuestion(ctx, q.ID); err != nil {
		t.Fatalf("delete of an absent question: %v", err)
	}
}

func fgThreadAndAsker(t *testing.T, open FGOpener) {
	ctx := t.Context()
	s := open(t, NewClock(T0).Now)
	var ids []int64
	for _, tc := range []struct {
		u     bot.UserKey
		state fg.State
		post  string
	}{
		{fgAlice, fg.Open, "P1"}, {fgAlice, fg.Answered, "P1"}, {fgAlice, fg.Draft, ""}, {fgBob, fg.Open, "P2"},
	} {
		q := fgDraft(tc.u, "vraag")
		q.State, q.Channel, q.Post = tc.state, "CFG", tc.post
		if err := s.CreateFGQuestion(ctx, &q); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, q.ID)
	}
	thread, err := s.FGThread(ctx, bot.Slack, "CFG", "P1")
	if err != nil || len(thread) != 2 || thread[0].ID != ids[0] || thread[1].ID != ids[1] {
		t.Fatalf("FGThread = %v, %v; want questions %v in order", thread, err, ids[:2])
	}
	if other, _ := s.FGThread(ctx, bot.Mattermost, "CFG", "P1"); len(other) != 0 {
		t.Fatalf("thread on another platform = %v, want none", other)
	}
	mine, err := s.FGQuestionsOf(ctx, fgAlice)
	if err != nil || len(mine) != 3 {
		t.Fatalf("FGQuestionsOf(alice) = %d, %v; want 3", len(mine), err)
	}
	if err := s.ForgetFGAsker(ctx, fgAlice); err != nil {
		t.Fatal(err)
	}
	if mine, _ := s.FGQuestionsOf(ctx, fgAlice); len(mine) != 0 {
		t.Fatalf("after forget alice has %d questions", len(mine))
	}
	if bobs, _ := s.FGQuestionsOf(ctx, fgBob); len(bobs) != 1 {
		t.Fatalf("forgetting alice took bob's questions: %d left", len(bobs))
	}
}

func fgWaitingAndPurge(t *testing.T, open FGOpener) {
	ctx := t.Context()
	s := open(t, NewClock(T0).Now)
	day := 24 * time.Hour
	mk := func(state fg.State, asked, answered, reminded time.Time, delivered bool) int64 {
		q := fgDraft(fgAlice, "vraag")
		q.State, q.AskedAt, q.AnsweredAt, q.RemindedAt, q.Delivered = state, asked, answered, reminded, delivered
		if err := s.CreateFGQuestion(ctx, &q); err != nil {
			t.Fatal(err)
		}
		return q.ID
	}
	oldOpen := mk(fg.Open, T0.Add(-3*day), time.Time{}, time.Time{}, false)
	mk(fg.Open, T0.Add(-3*day), time.Time{}, T0.Add(-day), false)    // reminded already
	mk(fg.Open, T0.Add(-time.Hour), time.Time{}, time.Time{}, false) // too young
	undelivered := mk(fg.Answered, T0.Add(-day), T0.Add(-time.Hour), time.Time{}, false)
	mk(fg.Answered, T0.Add(-day), T0.Add(-time.Hour), time.Time{}, true) // delivered
	w, err := s.FGWaiting(ctx, T0.Add(-2*day))
	if err != nil || len(w) != 2 || w[0].ID != oldOpen || w[1].ID != undelivered {
		t.Fatalf("FGWaiting = %v, %v; want %d and %d", w, err, oldOpen, undelivered)
	}
	n, err := s.PurgeFG(ctx, T0, T0.Add(-2*day), T0.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	// Both answered ones (answered before T0), the two open ones asked
	// three days ago; the young open one stays.
	if n != 4 {
		t.Fatalf("PurgeFG removed %d, want 4", n)
	}
	left, _ := s.FGQuestionsOf(ctx, fgAlice)
	if len(left) != 1 || left[0].State != fg.Open {
		t.Fatalf("left after purge: %+v, want the young open question", left)
	}
}
