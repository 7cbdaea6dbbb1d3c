package bot_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/storage/sqlite"
)

// stepCore moves a conversation between two questions and records the
// presses it gets.
type stepCore struct {
	store   *sqlite.DB
	pressed []string
}

func (c *stepCore) Handle(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
	a := m.Address
	a.Channel = bot.DM
	conv, _, err := c.store.Conversation(ctx, a)
	if err != nil {
		return nil, err
	}
	conv.Address = a
	switch {
	case m.Action != "":
		c.pressed = append(c.pressed, m.Action)
		conv.Pending = "after:" + m.Action
	case m.Text == "terug":
		conv.Pending = ""
	default:
		conv.Pending = "offer"
	}
	if err := c.store.SaveConversation(ctx, &conv); err != nil {
		return nil, err
	}
	return []bot.Reply{{
		Text:     "Zal ik je herinneren?",
		Choices:  []bot.Choice{{Label: "Morgen", Value: "r:o:i:next:abc"}, {Label: "Nee", Value: "r:o:i:no:abc"}},
		Controls: []bot.Choice{{Label: "waarom?", Value: "cmd:waarom"}, {Label: "Gedaan", Value: "r:a:7:done"}},
	}}, nil
}

func TestStepGuard(t *testing.T) {
	owner := bot.Address{Platform: bot.Slack, User: "U1", Channel: bot.DM}
	other := bot.Address{Platform: bot.Slack, User: "U2", Channel: bot.DM}
	tests := []struct {
		name string
		// before is typed by the owner after the offer and before the press.
		before  string
		presser bot.Address
		button  int
		wantIn  string // what the core gets, "" for nothing
		wantOut string // part of the answer
	}{
		{"a press at its step", "", owner, 0, "r:o:i:next:abc", "Zal ik"},
		{"a press after terug", "terug", owner, 0, "", "eerdere stap"},
		{"the second button after the first", "press:1", owner, 0, "", "eerdere stap"},
		{"another user's press", "", other, 0, "", "collega"},
		{"a command button after terug", "terug", owner, 2, "cmd:waarom", "Zal ik"},
		{"a reminder button after terug", "terug", owner, 3, "r:a:7:done", "Zal ik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bot.db"), func() time.Time { return t0 })
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { store.Close() })
			core := &stepCore{store: store}
			g := bot.StepGuard{Next: core, Conversations: store, AnyStep: remind.AnyStepValues}
			offer, err := g.Handle(ctx, bot.Message{Address: owner, Text: "uitkomst", Direct: true})
			if err != nil {
				t.Fatal(err)
			}
			buttons := append(append([]bot.Choice(nil), offer[0].Choices...), offer[0].Controls...)
			for i, b := range buttons {
				stamped := strings.HasPrefix(b.Value, "s:")
				if want := i < 2; stamped != want {
					t.Errorf("button %q stamped: %v, want %v", b.Value, stamped, want)
				}
				if owner := bot.ButtonOwner(b.Value); stamped && owner != "U1" {
					t.Errorf("button %q owner %q, want U1", b.Value, owner)
				}
			}
			switch {
			case tt.before == "press:1":
				if _, err := g.Handle(ctx, bot.Message{Address: owner, Action: buttons[1].Value, Direct: true}); err != nil {
					t.Fatal(err)
				}
			case tt.before != "":
				if _, err := g.Handle(ctx, bot.Message{Address: owner, Text: tt.before, Direct: true}); err != nil {
					t.Fatal(err)
				}
			}
			core.pressed = nil
			out, err := g.Handle(ctx, bot.Message{Address: tt.presser, Action: buttons[tt.button].Value, Direct: true})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if len(core.pressed) > 0 {
				got = core.pressed[0]
			}
			if got != tt.wantIn {
				t.Errorf("the core got %q, want %q", got, tt.wantIn)
			}
			if len(out) == 0 || !strings.Contains(out[0].Text, tt.wantOut) {
				t.Errorf("answer %+v, want it to say %q", out, tt.wantOut)
			}
			if refused := tt.wantIn == ""; bot.Refused(out) != refused {
				t.Errorf("Refused = %v, want %v", bot.Refused(out), refused)
			}
		})
	}
}
