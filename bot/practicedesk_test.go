package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
)

// fakePractice records what the core hands the practice desk.
type fakePractice struct {
	actions   []string
	forgot    []bot.UserKey
	forgetErr error
}

func (p *fakePractice) Next(context.Context, bot.PracticeRequest) ([]bot.Reply, error) {
	return []bot.Reply{{Text: "casus", Choices: []bot.Choice{{Label: "A", Value: "oef:a:x:0"}}}}, nil
}

func (p *fakePractice) Action(_ context.Context, _ bot.PracticeRequest, payload string) ([]bot.Reply, error) {
	p.actions = append(p.actions, payload)
	return []bot.Reply{{Text: "feedback"}}, nil
}

func (p *fakePractice) Results(context.Context, bot.UserKey) ([]bot.PracticeResultView, error) {
	return []bot.PracticeResultView{{Case: "erkend-in-2024", Answer: 1, Right: true, Tries: 2, AnsweredAt: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}}, nil
}

func (p *fakePractice) Forget(_ context.Context, u bot.UserKey) error {
	p.forgot = append(p.forgot, u)
	return p.forgetErr
}

func newPracticeHarness(t *testing.T, desk bot.PracticeDesk) *harness {
	t.Helper()
	h := newHarness(t)
	h.wire(bot.Config{}, func(d *bot.Deps) { d.FollowUps, d.Practice = nil, desk })
	return h
}

func TestTheCoreHandsPracticeToTheDesk(t *testing.T) {
	desk := &fakePractice{}
	h := newPracticeHarness(t, desk)
	for _, word := range []string{"oefenen", "practice", "/privacy oefenen"} {
		if r := h.say(word); len(r) != 1 || r[0].Text != "casus" || r[0].Direct {
			t.Errorf("%q in the DM: %+v, want the desk's case", word, r)
		}
	}
	h.send(bot.Message{Address: h.addr(), Action: "oef:a:x:0", Direct: true})
	if len(desk.actions) != 1 || desk.actions[0] != "a:x:0" {
		t.Errorf("desk got actions %q", desk.actions)
	}
	shared := bot.Message{Address: bot.Address{Platform: bot.Slack, User: h.user, Channel: "C1"}, Text: "oefenen"}
	r := h.send(shared)
	if len(r) != 2 || !strings.Contains(r[0].Text, "privébericht") || r[0].Direct || !r[1].Direct || r[1].Text != "casus" {
		t.Errorf("oefenen in a shared channel: %+v, want a notice and the case in the DM", r)
	}
	mine := h.say("mijn-gegevens")[0].Text
	if !strings.Contains(mine, "*Oefencasussen:* 1 beantwoord, 1 goed") || !strings.Contains(mine, "erkend-in-2024: goed · pogingen 2") {
		t.Errorf("mijn-gegevens lacks the practice results:\n%s", mine)
	}
	if js := h.say("mijn-gegevens json")[0].Text; !strings.Contains(js, `"practice": [`) || !strings.Contains(js, `"case": "erkend-in-2024"`) {
		t.Errorf("mijn-gegevens json lacks the practice results:\n%s", js)
	}
}

func TestForgetErasesPracticeResultsInTheTurn(t *testing.T) {
	desk := &fakePractice{}
	h := newPracticeHarness(t, desk)
	h.say("vergeet-mij")
	h.say("ja")
	if len(desk.forgot) != 1 || desk.forgot[0] != (bot.UserKey{Platform: bot.Slack, User: h.user}) {
		t.Fatalf("desk forgot %v", desk.forgot)
	}

	failing := &fakePractice{forgetErr: errors.New("disk full")}
	h = newPracticeHarness(t, failing)
	h.say("instellingen taal en")
	h.say("vergeet-mij")
	if _, err := h.bot.Handle(context.Background(), bot.Message{Address: h.addr(), Text: "ja", Direct: true}); err == nil || !strings.Contains(err.Error(), "forget practice results") {
		t.Fatalf("erase with a failing practice store: %v, want the turn to fail", err)
	}
	if _, ok, err := h.store.Settings(context.Background(), bot.UserKey{Platform: bot.Slack, User: h.user}); err != nil || !ok {
		t.Errorf("a failed erase still erased the settings: ok %v err %v", ok, err)
	}
}

func TestPracticeSwitchedOff(t *testing.T) {
	h := newHarness(t)
	if r := h.say("oefenen"); !strings.Contains(r[0].Text, "Oefenen staat uit") {
		t.Errorf("oefenen without a desk: %+v", r)
	}
	if r := h.send(bot.Message{Address: h.addr(), Action: "oef:next", Direct: true}); !strings.Contains(r[0].Text, "werkt niet meer") {
		t.Errorf("a practice button without a desk: %+v", r)
	}
}
