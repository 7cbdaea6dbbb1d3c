package bot

import (
	"strings"

	"privacybot/lang"
)

// The values of the "Hielp dit?" buttons: feedbackUp or feedbackDown
// followed by the topic ID.
const (
	feedbackUp   = "fb:up:"
	feedbackDown = "fb:down:"
)

// feedbackControls are the "Hielp dit?" 👍 / 👎 buttons under an answer
// from topic. The terminal lets the user type + or - for them.
func feedbackControls(topic string, l lang.Lang) []Choice {
	return []Choice{
		{Label: lang.T("👍 Hielp dit", "👍 This helped").In(l), Value: feedbackUp + topic},
		{Label: lang.T("👎 Hielp niet", "👎 Did not help").In(l), Value: feedbackDown + topic},
	}
}

// IsFeedback reports whether a button value is a "Hielp dit?" vote, and
// which: the terminal maps + and - onto these buttons.
func IsFeedback(value string) (vote string, ok bool) {
	switch {
	case strings.HasPrefix(value, feedbackUp):
		return "+", true
	case strings.HasPrefix(value, feedbackDown):
		return "-", true
	}
	return "", false
}

// onFeedback counts a vote on a topic that exists; a vote on an unknown
// topic (an old or forged button) is not counted, so a metrics label only
// ever holds a real topic ID. payload is "up:<topic>" or "down:<topic>".
func (b *Bot) onFeedback(t *turn, payload string) (Reply, bool) {
	vote, id, _ := strings.Cut(payload, ":")
	if (vote != "up" && vote != "down") || b.Answerer.Topic(id) == nil {
		return Reply{}, false
	}
	b.Metrics.Feedback(id, vote == "up")
	if vote == "up" {
		return Reply{Ephemeral: true, Text: lang.T("Fijn, dank je. Dat telt mee.", "Good, thank you. That counts.").In(t.lang)}, true
	}
	return Reply{Ephemeral: true, Text: lang.T(
		"Dank je, dat telt mee voor dit onderwerp. Probeer je vraag anders te stellen, kies uit `onderwerpen`, of vraag de privacy officer (FG).",
		"Thank you, that counts for this topic. Try asking in other words, pick from `topics`, or ask the privacy officer (FG).").In(t.lang)}, true
}
