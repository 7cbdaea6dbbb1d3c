package bot_test

import (
	"strings"
	"testing"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

// TestAnswersOpenWithTheSituation checks the first line under the title
// of answers to situation questions, and the flow they offer.
func TestAnswersOpenWithTheSituation(t *testing.T) {
	a := answerer()
	tests := []struct {
		question  string
		situation string
		first     string
		flow      string
	}{
		{"kind 7 zegt dat stiefvader hem slaat, acuut, moeder weet van niks. eerst toestemming?", "acuut", "Acuut gevaar: bel 112", ""},
		{"moeder weigert toestemming, mag ik school toch inlichten?", "geweigerd-delen", "Geen toestemming? Dan deel je niet", ""},
		{"kind 10 heeft een voogd, wie tekent voor hulp", "voogd", "Heeft het kind een voogd", "toestemming leeftijd=onder-12 gezag-wie=voogd"},
		{"client is 19, moet moeder nog toestemming geven voor hulp", "volwassen", "Vanaf 18 jaar", "toestemming leeftijd=18-plus"},
		{"mag ik de raad inlichten als ouders weigeren", "geweigerd-meldrecht-ontvanger", "Zonder toestemming mag je hier toch delen", "stappenplan ontvanger=raad"},
		{"hoe lang bewaren we een dossier", "", "", ""},
		{"acute danger, child 6, may I report to veilig thuis without consent", "acuut", "Acute danger: call 112", ""},
		{"the parents refused consent, may I share anyway?", "geweigerd-delen", "Then you do not share", ""},
		{"the parents said no to sharing, can I share anyway", "geweigerd-delen", "Then you do not share", ""},
		{"kind met een voogd, moeten de ouders toestemming geven voor hulp", "voogd", "Heeft het kind een voogd", ""},
		{"my client is 19, who gives consent", "volwassen", "From 18", ""},
		{"ouders gescheiden, moeder geeft toestemming voor delen met school, vader niet", "een-ouder-weigert-delen", "geen toestemming om te delen", ""},
		{"divorced parents, mum agrees to sharing with the GP but dad refuses", "een-ouder-weigert-delen", "no consent to share", ""},
		{"VT vraagt info op over een gezin, moet ik geven?", "vt-vraagt", "Vraagt Veilig Thuis jou om informatie", ""},
		{"veilig thuis asks me for information about a family, can I give it without consent?", "vt-vraagt", "If Veilig Thuis asks you for information", ""},
		{"mag ik VT bellen zonder toestemming van de ouders", "geweigerd-meldrecht-ontvanger", "Zonder toestemming mag je hier toch delen", ""},
		{"GI vraagt info op, er loopt een OTS", "gezinsvoogd-vraagt", "moet je geven wat nodig is", ""},
		{"de gezinsvoogd vraagt om het verslag", "gezinsvoogd-vraagt", "moet je geven wat nodig is", ""},
		{"mag ik uit mezelf de GI informeren over nieuwe zorgen? er loopt een OTS", "voogd-gezinsvoogd-uit-zichzelf", "Geef je de gezinsvoogd uit jezelf informatie", ""},
		{"can I tell the family guardian on my own initiative that things got worse", "voogd-gezinsvoogd-uit-zichzelf", "If you give the family guardian information unasked", ""},
		{"politie belt over een jongere van 15, moet ik iets zeggen", "politie", "Gaat het om de politie? Je beroepsgeheim geldt ook daar", ""},
		{"the police called asking about my client, can I tell them anything", "politie", "Your professional secrecy applies there too", ""},
		{"wijkagent wil weten of het gezin bij ons bekend is, ouders weigeren toestemming", "geweigerd-delen", "Geen toestemming? Dan deel je niet", ""},
	}
	for _, tt := range tests {
		ans := a.Ask(tt.question, "", "")
		if ans.Situation != tt.situation {
			t.Errorf("%q: situation %q, want %q", tt.question, ans.Situation, tt.situation)
			continue
		}
		lines := strings.SplitN(ans.Answer, "\n", 3)
		if tt.first != "" && (len(lines) < 2 || !strings.Contains(lines[1], tt.first)) {
			t.Errorf("%q: first line %q, want it to hold %q", tt.question, lines[1], tt.first)
		}
		if tt.flow != "" && ans.Flow != tt.flow {
			t.Errorf("%q: flow %q, want %q", tt.question, ans.Flow, tt.flow)
		}
	}
}

// TestTheQuestionsMunicipalityWins checks that a municipality named in
// the question is the one the answer speaks of, and that otherwise the
// user's setting is.
func TestTheQuestionsMunicipalityWins(t *testing.T) {
	a := answerer()
	if ans := a.Ask("in uithoorn: mag ik met school delen?", lang.NL, flows.Diemen); !strings.Contains(ans.Answer, "In Uithoorn") {
		t.Errorf("the answer does not speak of Uithoorn:\n%s", ans.Answer)
	}
	if ans := a.Ask("mag ik met school delen?", lang.NL, flows.Diemen); !strings.Contains(ans.Answer, "In Diemen") {
		t.Errorf("the answer does not speak of the user's Diemen:\n%s", ans.Answer)
	}
}

// TestSmallTalkGetsHelp checks that greetings and questions about the
// bot get help, thanks a short reply, and none the out-of-scope reply.
func TestSmallTalkGetsHelp(t *testing.T) {
	h := newHarness(t)
	for _, tt := range []struct{ say, want string }{
		{"hoi, wat kun je?", "Stel een vraag"},
		{"wie ben jij", "Ik ben privacybot"},
		{"help me", "Stel een vraag"},
		{"bedankt!", "Graag gedaan"},
	} {
		got := joined(h.say(tt.say))
		if !strings.Contains(got, tt.want) || strings.Contains(got, "geen antwoord") {
			t.Errorf("%q: got %q, want %q and no out-of-scope reply", tt.say, got, tt.want)
		}
	}
}

// TestFeedbackVotesUnderAnswers checks the 👍 / 👎 buttons under an
// answer and that pressing one is acknowledged.
func TestFeedbackVotesUnderAnswers(t *testing.T) {
	h := newHarness(t)
	replies := h.say("ik heb een mail met gegevens naar de verkeerde ouder gestuurd")
	var up string
	for _, r := range replies {
		for _, c := range r.Controls {
			if v, ok := bot.IsFeedback(c.Value); ok && v == "+" {
				up = c.Value
			}
		}
	}
	if up != "fb:up:datalek" {
		t.Fatalf("no 👍 for the datalek topic under the answer: %+v", replies)
	}
	if got := joined(h.press(up)); !strings.Contains(got, "dank je") {
		t.Errorf("pressing 👍 gave %q", got)
	}
	if got := joined(h.press("fb:up:no-such-topic")); !strings.Contains(got, "werkt niet meer") {
		t.Errorf("a vote on an unknown topic gave %q, want the stale-button reply", got)
	}
}

// TestReportedBadCases checks the answers that once went wrong: a ground
// to refuse destruction answered from the topic on destruction (§4.1e), a
// recording made by a client answered from the topic on recordings rather
// than pulled to reporting by "zonder toestemming", the age topic's line for
// clients of 18 and over, and a greeting with a question about the bot
// answered as small talk.
func TestReportedBadCases(t *testing.T) {
	a := answerer()
	tests := []struct {
		question string
		topic    string
		holds    string
	}{
		{"op welke grond mag ik een verzoek tot vernietiging weigeren", "vernietiging", "§4.1e"},
		{"ground to refuse a request to destroy the file", "vernietiging", "§4.1e"},
		{"client heeft een gesprek opgenomen zonder toestemming, mag dat", "opnames", "opnemen"},
		{"a client recorded our session without my consent", "opnames", "recording"},
		{"client is 19, moeten ouders nog toestemming geven", "toestemming-leeftijd", "18 en ouder"},
		{"jongere van 18, wie beslist over de hulp", "toestemming-leeftijd", "18 en ouder"},
	}
	for _, tt := range tests {
		ans := a.Ask(tt.question, "", "")
		if ans.Suggest || ans.Topic != tt.topic {
			t.Errorf("%q: topic %q (suggest %v), want %q answered", tt.question, ans.Topic, ans.Suggest, tt.topic)
			continue
		}
		if !strings.Contains(ans.Answer, tt.holds) {
			t.Errorf("%q: answer does not hold %q:\n%s", tt.question, tt.holds, ans.Answer)
		}
	}
	for _, q := range []string{"hoi, wat kun je?", "hi, what can you do?", "wie ben jij"} {
		if ans := a.Ask(q, "", ""); ans.Talk != "meta" && ans.Talk != "greeting" {
			t.Errorf("%q: talk %q, want help", q, ans.Talk)
		}
	}
}
