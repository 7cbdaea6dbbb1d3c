package bot_test

import (
	"strings"
	"testing"

	"privacybot/bot"
)

// choiceValues lists the values of every choice and control in replies.
func choiceValues(replies []bot.Reply) []string {
	var out []string
	for _, r := range replies {
		for _, c := range append(append([]bot.Choice{}, r.Choices...), r.Controls...) {
			out = append(out, c.Value)
		}
	}
	return out
}

func hasValue(replies []bot.Reply, prefix string) bool {
	for _, v := range choiceValues(replies) {
		if strings.HasPrefix(v, prefix) {
			return true
		}
	}
	return false
}

func TestQuestionMidFlowIsAnsweredAndTheFlowWaits(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan")
	h.say("school")
	before := h.conversation().Flow
	replies := h.say("mag ik de mentor bellen zonder toestemming?")
	text := joined(replies)
	if !strings.Contains(text, "wacht op je antwoord op deze vraag") {
		t.Errorf("the flow does not say it waits:\n%s", text)
	}
	if strings.Contains(text, "begrijp ik niet") {
		t.Errorf("a question is treated as a wrong answer:\n%s", text)
	}
	if len(replies) < 2 {
		t.Fatalf("want an answer and the step again, got %d replies", len(replies))
	}
	after := h.conversation().Flow
	if after == nil || after.Step != before.Step || len(after.Path) != len(before.Path) {
		t.Errorf("flow state changed: before %+v, after %+v", before, after)
	}
	if !strings.Contains(replies[len(replies)-1].Text, "Vraag 1") {
		t.Errorf("last reply is not the step asked: %q", replies[len(replies)-1].Text)
	}
}

func TestHelperFlowHandsBackToTheSameStepWithAnswersKept(t *testing.T) {
	h := newHarness(t)
	h.say("toestemming")
	h.say("9")
	start := h.conversation().Flow
	if start.Step != "gezag-wie" {
		t.Fatalf("step = %q, want gezag-wie", start.Step)
	}
	replies := h.say("zoek uit")
	if c := h.conversation().Flow; c == nil || c.Flow != "gezag" || c.Return == nil {
		t.Fatalf("helper flow not started with a way back: %+v", c)
	}
	if !strings.Contains(joined(replies), "bij dezelfde vraag") {
		t.Errorf("start of helper does not say it comes back:\n%s", joined(replies))
	}
	for _, in := range []string{"nee", "nee", "ja", "ja"} {
		replies = h.say(in)
	}
	text := joined(replies)
	if !strings.Contains(text, "Na de geboorte getrouwd") || !strings.Contains(text, "Terug naar de vraag waar je was") {
		t.Errorf("hand-back lacks the helper's outcome or the way back:\n%s", text)
	}
	if strings.Contains(text, "Dossiernotitie") {
		t.Errorf("a helper outcome writes a note:\n%s", text)
	}
	back := h.conversation().Flow
	if back == nil || back.Flow != "toestemming" || back.Step != "gezag-wie" || len(back.Path) != len(start.Path) || back.Return != nil {
		t.Fatalf("not back at the same step with answers kept: %+v (start %+v)", back, start)
	}
	h.say("1")
	if h.conversation().Flow.Step != "aanwezig" {
		t.Errorf("answering after the hand-back went to %q, want aanwezig", h.conversation().Flow.Step)
	}
}

func TestFindOutFirstOutcomeWritesNoNote(t *testing.T) {
	h := newHarness(t)
	h.say("inzage")
	replies := h.say("nee")
	text := joined(replies)
	if !strings.Contains(text, "Stel eerst de identiteit vast") {
		t.Fatalf("no identity outcome:\n%s", text)
	}
	if strings.Contains(text, "Dossiernotitie") {
		t.Errorf("a find-out-first outcome writes a note:\n%s", text)
	}
	if !hasValue(replies, "r:") {
		t.Errorf("the one-month term is not offered as a reminder")
	}
}

func TestAccessRequestOffersTheDeadlineNotInformTheClient(t *testing.T) {
	h := newHarness(t)
	h.say("inzage")
	var replies []bot.Reply
	for _, in := range []string{"ja", "client", "nee"} {
		replies = h.say(in)
	}
	text := joined(replies)
	if !strings.Contains(text, "inzageverzoek beantwoorden, uiterlijk") || !strings.Contains(text, "1 jan 2027") {
		t.Errorf("no one-month term offered:\n%s", text)
	}
	if strings.Contains(text, "cliënt te informeren") {
		t.Errorf("access offers 'inform the client':\n%s", text)
	}
	replies = h.press(lastChoice(t, replies, 0))
	if !strings.Contains(joined(replies), "25 dec 2026") {
		t.Errorf("a week before the term: %s", joined(replies))
	}
	list := h.say("herinneringen")
	if hasValue(list, "r:a:") && strings.Contains(strings.Join(choiceLabels(list), "|"), "Nog niet veilig") {
		t.Errorf("a deadline reminder offers 'not yet safe': %v", choiceLabels(list))
	}
}

func TestBreachOffersThe72Hours(t *testing.T) {
	h := newHarness(t)
	h.say("datalek")
	var replies []bot.Reply
	for _, in := range []string{"1", "ja", "nee"} {
		replies = h.say(in)
	}
	text := joined(replies)
	if !strings.Contains(text, "melding bij de Autoriteit Persoonsgegevens") || !strings.Contains(strings.Join(choiceLabels(replies), "|"), "Over 24 uur") {
		t.Errorf("no 72-hour term offered:\n%s", text)
	}
}

func TestWhyAfterAnOutcomeGivesTheGround(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan")
	h.say("medebehandelaar")
	h.say("ja")
	text := joined(h.say("waarom?"))
	if !strings.Contains(text, "Waarom deze uitkomst?") || !strings.Contains(text, "§2.4") {
		t.Errorf("waarom? after the outcome does not give the ground:\n%s", text)
	}
}

func lastChoice(t *testing.T, replies []bot.Reply, i int) string {
	t.Helper()
	r := replies[len(replies)-1]
	if len(r.Choices) <= i {
		t.Fatalf("last reply has %d choices", len(r.Choices))
	}
	return r.Choices[i].Value
}

func choiceLabels(replies []bot.Reply) []string {
	var out []string
	for _, r := range replies {
		for _, c := range r.Choices {
			out = append(out, c.Label)
		}
	}
	return out
}

func TestAnOptionThatNamesTheFlowAnswersTheStep(t *testing.T) {
	h := newHarness(t)
	for _, in := range []string{"rechten", "client", "17"} {
		h.say(in)
	}
	text := joined(h.say("vergetelheid"))
	if strings.Contains(text, "Wil je dat stoppen") {
		t.Fatalf("an answer restarts the flow:\n%s", text)
	}
	if c := h.conversation().Flow; c == nil || c.Outcome != "vergetelheid" {
		t.Errorf("flow = %+v, want the outcome vergetelheid", c)
	}
}
