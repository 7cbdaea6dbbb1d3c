package flows

import "privacybot/lang"

// toestemmingFlow works out whose consent is needed for care and for
// sharing data: by age, ability to weigh one's own interests and parental
// authority (§2.2, §2.3, §2.4 point 2), and what to do when someone refuses.
func toestemmingFlow(*source) *Flow {
	return &Flow{
		ID:    "toestemming",
		Start: "leeftijd",
		Note:  true,
		Steps: []*Step{
			tsLeeftijd(),
			tsWilsbekwaam(),
			tsGezag(),
			tsAanwezig(),
			tsWeigering(),
			tsWeigeringEen(),
			tsJongereWens(),
			tsVeiligheid(),
		},
		Outcomes: []*Outcome{
			tsUitWieToestemt(),
			tsUitJongereAlleen(),
			tsUitJongvolwassene(),
			tsUitGezagUitzoeken(),
			tsUitWensJongere(),
			tsUitVervangend(),
			tsUitGeenToestemming(),
			tsUitMeldcode(),
		},
	}
}

// tsParseAge reads a typed age ("14", "14 jaar") into an age group.
func tsParseAge(input string) (string, bool) {
	n, ok := leadingNumber(input)
	switch {
	case !ok || n > 120:
		return "", false
	case n < 12:
		return "onder-12", true
	case n < 16:
		return "12-15", true
	case n < 18:
		return "16-17", true
	}
	return "18-plus", true
}

func tsLeeftijd() *Step {
	return &Step{
		ID: "leeftijd",
		Options: []Option{
			{Value: "onder-12", Next: "gezag-wie"},
			{Value: "12-15", Next: "wilsbekwaam"},
			{Value: "16-17", Next: "wilsbekwaam"},
			{Value: "18-plus", Next: "jongvolwassene"},
		},
		Parse: tsParseAge,
	}
}

func tsWilsbekwaam() *Step {
	return &Step{
		ID:      "wilsbekwaam",
		Options: jaNeeOptions("", ""),
		Route: func(a Answers) string {
			if a["leeftijd"] == "16-17" && a["wilsbekwaam"] == "ja" {
				return "jongere-alleen"
			}
			return "gezag-wie"
		},
	}
}

func tsGezag() *Step {
	return &Step{
		ID:     "gezag-wie",
		Ask:    authorityAsk,
		Helper: "gezag",
		Options: []Option{
			{Value: "beide", Next: "aanwezig"},
			{Value: "een-ouder", Next: "weigering-een"},
			{Value: "voogd", Next: "weigering-een"},
			{Value: "weet-niet", Next: "gezag-uitzoeken"},
		},
	}
}

func tsAanwezig() *Step {
	return &Step{
		ID: "aanwezig",
		Options: []Option{
			{Value: "beide", Next: "weigering"},
			{Value: "een-ouder", Next: "weigering"},
			{Value: "een-bezwaar", Next: "weigering"},
		},
	}
}

func tsWeigering() *Step {
	return &Step{
		ID: "weigering",
		Options: []Option{
			{Value: "niemand", Words: list("toestemming", "option.weigering.niemand.words")},
			{Value: "een-ouder", Words: list("toestemming", "option.weigering.een-ouder.words")},
			{Value: "gezag", Words: list("toestemming", "option.weigering.gezag.words")},
			{Value: "jongere", Words: list("toestemming", "option.weigering.jongere.words")},
		},
		Route: tsAfterRefusal,
	}
}

// tsWeigeringEen() asks about a refusal where one person holds authority: a
// single parent or a guardian, so no "one of two parents refuses".
func tsWeigeringEen() *Step {
	return &Step{
		ID:      "weigering-een",
		Ask:     tx("toestemming", "step.weigering.ask"),
		Why:     tx("toestemming", "step.weigering.why"),
		Sources: list("toestemming", "step.weigering.sources"),
		Options: []Option{
			{Value: "niemand", Words: list("toestemming", "option.weigering-een.niemand.words")},
			{Value: "gezag", Words: list("toestemming", "option.weigering-een.gezag.words")},
			{Value: "jongere", Words: list("toestemming", "option.weigering-een.jongere.words")},
		},
		Route: tsAfterRefusal,
	}
}

// tsRefusal returns who refuses, from whichever refusal step was asked.
func tsRefusal(a Answers) string {
	if r := a["weigering"]; r != "" {
		return r
	}
	return a["weigering-een"]
}

// tsAfterRefusal picks what follows the refusal question.
func tsAfterRefusal(a Answers) string {
	refusal := tsRefusal(a)
	childDecides := a["leeftijd"] == "12-15" && a["wilsbekwaam"] == "ja"
	switch {
	case refusal == "niemand", refusal == "jongere" && !childDecides:
		return "wie-toestemt"
	case refusal != "jongere" && childDecides:
		return "jongere-wens"
	}
	return "veiligheid"
}

func tsJongereWens() *Step {
	return &Step{
		ID: "jongere-wens",
		Options: []Option{
			{Value: "ja", Next: "hulp-op-wens-jongere"},
			{Value: "ernstig-nadeel", Next: "hulp-op-wens-jongere"},
			{Value: "nee", Next: "veiligheid"},
		},
	}
}

func tsVeiligheid() *Step {
	return &Step{
		ID:      "veiligheid",
		Options: jaNeeOptions("", ""),
		Route: func(a Answers) string {
			switch {
			case a["veiligheid"] == "ja":
				return "meldcode"
			case tsRefusal(a) == "een-ouder" && a["gezag-wie"] == "beide":
				return "vervangende-toestemming"
			}
			return "geen-toestemming"
		},
	}
}

// tsHolders names who holds parental authority, from the answers.
func tsHolders(a Answers) lang.Text {
	switch a["gezag-wie"] {
	case "een-ouder":
		return tx("toestemming", "text.holders-one-parent")
	case "voogd":
		return tx("toestemming", "text.holders-guardian")
	}
	return tx("toestemming", "text.holders-both-parents")
}

// tsWhoConsents says exactly whose consent is needed.
func tsWhoConsents(a Answers) lang.Text {
	h := tsHolders(a)
	switch {
	case a["leeftijd"] == "onder-12":
		return fill(tx("toestemming", "text.who-consents-under-12"), "holders", h)
	case a["wilsbekwaam"] == "nee":
		return fill(tx("toestemming", "text.who-consents-not-competent"), "holders", h)
	}
	return fill(tx("toestemming", "text.who-consents"), "holders", h)
}

// tsPresence adds what follows from one parent being present.
func tsPresence(a Answers) lang.Text {
	switch a["aanwezig"] {
	case "een-ouder":
		return tx("toestemming", "text.presence-one-parent")
	case "een-bezwaar":
		return tx("toestemming", "text.presence-objection")
	}
	return lang.Text{}
}

var tsSpecificForSharing = tx("toestemming", "text.specific-for-sharing")

func tsUitWieToestemt() *Outcome {
	return &Outcome{
		ID:          "wie-toestemt",
		DetailFirst: true,
		Detail: func(a Answers) lang.Text {
			var refused lang.Text
			if tsRefusal(a) == "jongere" {
				refused = fill(tx("toestemming", "text.child-refuses"), "holders", tsHolders(a))
				if a["wilsbekwaam"] == "nee" {
					refused = spJoin(refused, tx("toestemming", "outcome.wie-toestemt.detail"))
				}
			}
			return spJoin(tsWhoConsents(a), tsPresence(a), refused, tsSpecificForSharing)
		},
	}
}

func tsUitJongereAlleen() *Outcome {
	return &Outcome{
		ID: "jongere-alleen",
		Detail: func(Answers) lang.Text {
			return tsSpecificForSharing
		},
	}
}

func tsUitJongvolwassene() *Outcome {
	return &Outcome{
		ID: "jongvolwassene",
		Detail: func(Answers) lang.Text {
			return tsSpecificForSharing
		},
	}
}

func tsUitGezagUitzoeken() *Outcome {
	return &Outcome{
		ID:      "gezag-uitzoeken",
		Pending: true,
	}
}

func tsUitWensJongere() *Outcome {
	return &Outcome{
		ID: "hulp-op-wens-jongere",
		Detail: func(a Answers) lang.Text {
			why := tx("toestemming", "outcome.hulp-op-wens-jongere.detail-young-persons-wish")
			if a["jongere-wens"] == "ernstig-nadeel" {
				why = tx("toestemming", "outcome.hulp-op-wens-jongere.detail-serious-harm")
			}
			if tsRefusal(a) == "een-ouder" && a["gezag-wie"] == "beide" {
				why = spJoin(why, tx("toestemming", "outcome.hulp-op-wens-jongere.detail-court-consent"))
			}
			return why
		},
	}
}

func tsUitVervangend() *Outcome {
	return &Outcome{
		ID: "vervangende-toestemming",
	}
}

func tsUitGeenToestemming() *Outcome {
	return &Outcome{
		ID: "geen-toestemming",
		Detail: func(a Answers) lang.Text {
			if tsRefusal(a) == "jongere" {
				return tx("toestemming", "outcome.geen-toestemming.detail")
			}
			return fill(tx("toestemming", "text.refused-by"), "holders", tsHolders(a))
		},
	}
}

func tsUitMeldcode() *Outcome {
	return &Outcome{
		ID: "meldcode",
		Detail: func(Answers) lang.Text {
			return tx("toestemming", "outcome.meldcode.detail")
		},
		Continue: "stappenplan ontvanger=veilig-thuis",
	}
}
