package bot_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
)

// fakeDesk records what the core hands the FG desk.
type fakeDesk struct {
	mu      sync.Mutex
	asks    []bot.FGRequest
	actions []string
	texts   []string
	forgot  []bot.UserKey
}

func (d *fakeDesk) Ask(_ context.Context, r bot.FGRequest) ([]bot.Reply, string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.asks = append(d.asks, r)
	return []bot.Reply{{Text: "preview"}}, "fg:draft:1", nil
}

func (d *fakeDesk) Action(_ context.Context, _ bot.FGRequest, payload string) ([]bot.Reply, string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.actions = append(d.actions, payload)
	return []bot.Reply{{Text: "action"}}, "", nil
}

func (d *fakeDesk) Text(_ context.Context, r bot.FGRequest, pending string) ([]bot.Reply, string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.texts = append(d.texts, pending+"|"+r.Text)
	if r.Text == "anoniem" {
		return []bot.Reply{{Text: "confirm"}}, pending, nil
	}
	return nil, "", nil
}

func (d *fakeDesk) Questions(context.Context, bot.UserKey) ([]bot.FGQuestionView, error) {
	return []bot.FGQuestionView{{ID: 1, State: "answered", Question: "vraag", Answer: "antwoord", AskedAt: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}}, nil
}

func (d *fakeDesk) Forget(_ context.Context, u bot.UserKey) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.forgot = append(d.forgot, u)
	return nil
}

func newFGHarness(t *testing.T) (*harness, *fakeDesk) {
	t.Helper()
	h := newHarness(t)
	desk := &fakeDesk{}
	h.wire(bot.Config{}, func(d *bot.Deps) { d.FollowUps, d.FG = nil, desk })
	return h, desk
}

func TestTheCoreHandsFGQuestionsToTheDesk(t *testing.T) {
	tests := []struct {
		typed string
		// asked is the text the desk gets, or "-" when the core answers
		// the message itself.
		asked string
	}{
		{"vraag de FG mag ik delen met school?", "mag ik delen met school?"},
		{"Vraag de FG: mag ik delen?", "mag ik delen?"},
		{"ask the FG may I share with the school?", "may I share with the school?"},
		{"/privacy vraag het de FG", ""},
		{"fg", ""},
		{"vraag de fg", ""},
		{"fg wie is dat?", "-"},
		{"vraag over toestemming bij scheiding", "-"},
		{"ask my manager or not?", "-"},
	}
	for _, tc := range tests {
		h, desk := newFGHarness(t)
		replies := h.say(tc.typed)
		if tc.asked == "-" {
			if len(desk.asks) != 0 {
				t.Errorf("%q went to the desk: %+v", tc.typed, desk.asks)
			}
			continue
		}
		if len(desk.asks) != 1 || desk.asks[0].Text != tc.asked || strings.TrimSpace(joined(replies)) != "preview" {
			t.Errorf("%q: desk got %+v, replies %q; want the text %q", tc.typed, desk.asks, joined(replies), tc.asked)
		}
		if p := h.conversation().Pending; p != "fg:draft:1" {
			t.Errorf("%q: pending %q", tc.typed, p)
		}
	}
}

func TestEveryAnswerOffersTheFG(t *testing.T) {
	h, desk := newFGHarness(t)
	answered := h.say("mag ik gegevens delen met school?")
	if !hasChoice(answered, "fg:ask:delen-school:mag ik gegevens delen met school?") {
		t.Fatalf("answer lacks the FG button: %+v", answered)
	}
	unknown := h.say("wat is de hoofdstad van frankrijk")
	if !strings.Contains(joined(unknown), "handreiking geen antwoord") || len(unknown[len(unknown)-1].Choices) == 0 ||
		!strings.HasPrefix(unknown[len(unknown)-1].Choices[len(unknown[len(unknown)-1].Choices)-1].Value, "fg:ask:") {
		t.Fatalf("the fallback lacks the FG button as a choice: %+v", unknown)
	}
	h.press("fg:ask:avg-algemeen:mag ik delen?")
	if len(desk.asks) != 1 || desk.asks[0].Topic != "avg-algemeen" || desk.asks[0].Text != "mag ik delen?" {
		t.Fatalf("the button handed %+v", desk.asks)
	}
	h.press("fg:send:1")
	if len(desk.actions) != 1 || desk.actions[0] != "send:1" {
		t.Fatalf("actions %v", desk.actions)
	}
}

func TestTextWhileADraftIsShownIsTheDesksOrReadAfresh(t *testing.T) {
	h, desk := newFGHarness(t)
	h.say("vraag de FG mag ik delen?")
	if r := h.say("anoniem"); strings.TrimSpace(joined(r)) != "confirm" {
		t.Fatalf("typed button: %q", joined(r))
	}
	r := h.say("mag ik gegevens delen met school?")
	if !strings.Contains(joined(r), "school") || h.conversation().Pending != "" {
		t.Fatalf("a question while a draft is shown: %q, pending %q", joined(r), h.conversation().Pending)
	}
	if len(desk.texts) != 2 {
		t.Fatalf("desk saw %v", desk.texts)
	}
}

func TestMyDataListsAndForgetMeErasesTheFGQuestions(t *testing.T) {
	h, desk := newFGHarness(t)
	if r := joined(h.say("mijn-gegevens")); !strings.Contains(r, "Vragen aan de FG") || !strings.Contains(r, "Antwoord: antwoord") {
		t.Fatalf("mijn-gegevens: %s", r)
	}
	var d bot.MyData
	if err := json.Unmarshal([]byte(joined(h.say("mijn-gegevens json"))), &d); err != nil || len(d.FGQuestions) != 1 {
		t.Fatalf("json: %v %+v", err, d.FGQuestions)
	}
	h.say("vergeet-mij")
	h.press("forget:yes")
	if len(desk.forgot) != 1 || desk.forgot[0] != (bot.UserKey{Platform: bot.Slack, User: "U1"}) {
		t.Fatalf("forgot %v", desk.forgot)
	}
}
