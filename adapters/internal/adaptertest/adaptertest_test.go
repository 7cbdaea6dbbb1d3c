package adaptertest

import (
	"context"
	"errors"
	"testing"
	"time"

	"privacybot/bot"
)

func TestCoreAnswersAsTheCoreWould(t *testing.T) {
	canned := []bot.Reply{{Text: "antwoord"}, {Text: "in je DM", Direct: true}}
	c := NewCore(Reply(canned...))
	got, err := c.Handle(context.Background(), bot.Message{Text: "vraag"})
	if err != nil || len(got) != 2 || !got[0].Ephemeral || got[1].Ephemeral {
		t.Errorf("in a shared channel got %+v, %v; want the answer for the asker only", got, err)
	}
	if canned[0].Ephemeral {
		t.Error("the canned replies were changed")
	}
	if got, _ := c.Handle(context.Background(), bot.Message{Text: "vraag", Direct: true}); got[0].Ephemeral {
		t.Errorf("in a DM got %+v", got)
	}
	if m := c.Next(t); m.Text != "vraag" || c.Count() != 2 || c.Texts()["vraag"] != 2 {
		t.Errorf("recorded %+v, count %d", m, c.Count())
	}
	failing := NewCore(func(bot.Message) ([]bot.Reply, error) { return nil, errors.New("x") })
	if _, err := failing.Handle(context.Background(), bot.Message{}); err == nil {
		t.Error("the core's error was lost")
	}
}

func TestDedupAndClock(t *testing.T) {
	clock := NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC))
	clock.Advance(time.Hour)
	if got := clock.Now(); got.Hour() != 11 {
		t.Errorf("clock at %v", got)
	}
	d := NewDedup()
	for i, want := range []bool{true, false} {
		if first, err := d.FirstSeen(context.Background(), "k", clock.Now()); err != nil || first != want {
			t.Errorf("call %d: first %v, %v", i, first, err)
		}
	}
	if _, err := d.FirstSeen(context.Background(), "", clock.Now()); err == nil || d.Len() != 1 {
		t.Errorf("an empty key was taken (len %d)", d.Len())
	}
}
