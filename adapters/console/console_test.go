package console

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"

	"privacybot/bot"
)

// recordingCore records the messages it is given and answers each with the
// replies queued for it.
type recordingCore struct {
	mu      sync.Mutex
	got     []bot.Message
	replies [][]bot.Reply
}

func (c *recordingCore) Handle(_ context.Context, m bot.Message) ([]bot.Reply, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.got = append(c.got, m)
	if len(c.replies) == 0 {
		return nil, nil
	}
	r := c.replies[0]
	c.replies = c.replies[1:]
	return r, nil
}

func TestNumbersPickTheChoicesShownLast(t *testing.T) {
	core := &recordingCore{replies: [][]bot.Reply{
		{{Text: "Kies", Choices: []bot.Choice{{Label: "Ja", Value: "f:x:a:ja"}, {Label: "Nee", Value: "f:x:a:nee"}}}},
		{{Text: "Klaar"}},
		nil,
	}}
	in := strings.NewReader("vraag\n2\n2\n")
	var out bytes.Buffer
	if err := New(core, in, &out, Options{User: "u", Echo: true}).Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []bot.Message{
		{Address: bot.Address{Platform: bot.Console, User: "u", Channel: bot.DM}, Text: "vraag", Direct: true},
		{Address: bot.Address{Platform: bot.Console, User: "u", Channel: bot.DM}, Action: "f:x:a:nee", Direct: true},
		{Address: bot.Address{Platform: bot.Console, User: "u", Channel: bot.DM}, Text: "2", Direct: true},
	}
	if len(core.got) != len(want) {
		t.Fatalf("got %d messages, want %d: %+v", len(core.got), len(want), core.got)
	}
	for i := range want {
		if core.got[i] != want[i] {
			t.Errorf("message %d = %+v, want %+v", i, core.got[i], want[i])
		}
	}
	if !strings.Contains(out.String(), "  2. Nee\n") {
		t.Errorf("choices not numbered:\n%s", out.String())
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		name  string
		reply bot.Reply
		want  string
	}{
		{"bold markers removed", bot.Reply{Text: "*Titel*\ntekst"}, "Titel\ntekst\n"},
		{"italic markers removed, other underscores kept", bot.Reply{Text: "bijvoorbeeld: _mag ik delen?_ of (_ja_) in snake_case"}, "bijvoorbeeld: mag ik delen? of (ja) in snake_case\n"},
		{"choices and controls", bot.Reply{Text: "Vraag", Choices: []bot.Choice{{Label: "A"}}, Controls: []bot.Choice{{Label: "terug"}, {Label: "stop"}}}, "Vraag\n  1. A\n  (terug · stop)\n"},
		{"copy block kept as it is", bot.Reply{Text: "*niet vet*", Copy: true}, "----------------------------------------\n*niet vet*\n----------------------------------------\n"},
	}
	for _, tt := range tests {
		if got := Render(tt.reply); got != tt.want {
			t.Errorf("%s: Render = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAnOverlongLineIsReadOnlyInPart(t *testing.T) {
	core := &recordingCore{}
	line := strings.Repeat("a", 3*maxLine)
	New(core, strings.NewReader(line+"\nvolgende\n"), &bytes.Buffer{}, Options{}).Run(context.Background())
	if len(core.got) != 2 || len(core.got[0].Text) != maxLine || core.got[1].Text != "volgende" {
		t.Fatalf("got %d messages; first %d bytes", len(core.got), len(core.got[0].Text))
	}
}

func TestNotifyShowsAReminderWhoseChoicesCanBePicked(t *testing.T) {
	core := &recordingCore{}
	r, w := strings.NewReader(""), &bytes.Buffer{}
	c := New(core, r, w, Options{User: "u"})
	if err := c.Notify(context.Background(), c.Address(), bot.Reply{Text: "Herinnering", Choices: []bot.Choice{{Label: "Gedaan", Value: "r:done:1"}}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(w.String(), "Herinnering") || !strings.Contains(w.String(), "1. Gedaan") {
		t.Errorf("reminder not shown:\n%s", w.String())
	}
	if m := c.message("1"); m.Action != "r:done:1" {
		t.Errorf("typing 1 gave %+v", m)
	}
	other := c.Address()
	other.User = "someone-else"
	if err := c.Notify(context.Background(), other, bot.Reply{Text: "niet voor u"}); err != ErrOtherUser {
		t.Errorf("another user's reminder: err = %v", err)
	}
	if strings.Contains(w.String(), "niet voor u") {
		t.Error("another user's reminder was shown")
	}
}
