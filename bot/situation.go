package bot

import (
	"strings"

	"privacybot/bot/search"
	"privacybot/flows"
	"privacybot/lang"
)

// situationFirst puts the situation's sentence above the topic's own
// text, right under the title, with its sources, so that the answer's
// first sentence speaks to what the question says.
func situationFirst(rendered string, l *flows.SituationLine, lng lang.Lang) string {
	title, rest, _ := strings.Cut(rendered, "\n")
	cites := strings.Join(append(append([]string{}, l.Sources...), l.Laws...), ", ")
	return title + "\n" + lang.T("*Jouw situatie:* ", "*Your situation:* ").In(lng) + l.Text.In(lng) +
		" (" + cites + ")\n\n" + rest
}

// flowRecipients maps a recognised recipient to the stappenplan's first
// answer.
var flowRecipients = map[string]string{
	"school": "school", "huisarts": "huisarts", "veilig-thuis": "veilig-thuis", "raad": "raad",
	"verwijsindex": "verwijsindex", "gi": "gi-ongevraagd", "team": "team",
}

// situatedFlow adds to a topic's flow spec what the question already
// says, so that the flow starts past the steps it answers: the recipient
// for the stappenplan, the age group and a guardian for toestemming.
// Presets the flow does not reach are skipped when it starts.
func situatedFlow(spec string, s search.Situation) string {
	fields := strings.Fields(spec)
	if len(fields) == 0 {
		return spec
	}
	has := func(step string) bool {
		for _, f := range fields[1:] {
			if strings.HasPrefix(f, step+"=") {
				return true
			}
		}
		return false
	}
	switch fields[0] {
	case "stappenplan":
		to := flowRecipients[s.To]
		if s.Who == "gezinsvoogd" && s.To != "gi" || s.To == "gi" && s.Initiative == "asked" {
			// The family guardian asking is the request under a
			// supervision order, not the report unasked.
			to = "gi-ots-verzoek"
		}
		if to != "" && !has("ontvanger") {
			fields = append(fields, "ontvanger="+to)
		}
	case "toestemming":
		if g := s.AgeGroup(); g != "" && !has("leeftijd") {
			fields = append(fields, "leeftijd="+g)
			if g == "onder-12" && s.Who == "voogd" {
				fields = append(fields, "gezag-wie=voogd")
			}
		}
	}
	return strings.Join(fields, " ")
}
