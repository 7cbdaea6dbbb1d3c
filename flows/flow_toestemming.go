package flows

import "privacybot/lang"

// toestemmingFlow works out whose consent is needed for care and for
// sharing data: by age, ability to weigh one's own interests and parental
// authority (§2.2, §2.3, §2.4 point 2), and what to do when someone refuses.
func toestemmingFlow(*source) *Flow {
	return &Flow{
		ID:      "toestemming",
		Aliases: list("toestemming", "flow.aliases"),
		Title:   tx("toestemming", "flow.title"),
		Intro:   tx("toestemming", "flow.intro"),
		Sources: list("toestemming", "flow.sources"),
		Start:   "leeftijd",
		Note:    true,
		Steps: []*Step{
			tsLeeftijd,
			tsWilsbekwaam,
			tsGezag,
			tsAanwezig,
			tsWeigering,
			tsWeigeringEen,
			tsJongereWens,
			tsVeiligheid,
		},
		Outcomes: []*Outcome{
			tsUitWieToestemt,
			tsUitJongereAlleen,
			tsUitJongvolwassene,
			tsUitGezagUitzoeken,
			tsUitWensJongere,
			tsUitVervangend,
			tsUitGeenToestemming,
			tsUitMeldcode,
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

var tsLeeftijd = &Step{
	ID:      "leeftijd",
	Label:   tx("toestemming", "step.leeftijd.label"),
	Ask:     tx("toestemming", "step.leeftijd.ask"),
	Why:     tx("toestemming", "step.leeftijd.why"),
	Sources: list("toestemming", "step.leeftijd.sources"),
	Options: []Option{
		{Value: "onder-12", Label: tx("toestemming", "option.leeftijd.onder-12.label"), Words: list("toestemming", "option.leeftijd.onder-12.words"), Next: "gezag-wie"},
		{Value: "12-15", Label: tx("toestemming", "option.leeftijd.12-15.label"), Words: list("toestemming", "option.leeftijd.12-15.words"), Next: "wilsbekwaam"},
		{Value: "16-17", Label: tx("toestemming", "option.leeftijd.16-17.label"), Words: list("toestemming", "option.leeftijd.16-17.words"), Next: "wilsbekwaam"},
		{Value: "18-plus", Label: tx("toestemming", "option.leeftijd.18-plus.label"), Words: list("toestemming", "option.leeftijd.18-plus.words"), Next: "jongvolwassene"},
	},
	Parse: tsParseAge,
}

var tsWilsbekwaam = &Step{
	ID:      "wilsbekwaam",
	Label:   tx("toestemming", "step.wilsbekwaam.label"),
	Ask:     tx("toestemming", "step.wilsbekwaam.ask"),
	Why:     tx("toestemming", "step.wilsbekwaam.why"),
	Sources: list("toestemming", "step.wilsbekwaam.sources"),
	Options: jaNeeOptions("", ""),
	Route: func(a Answers) string {
		if a["leeftijd"] == "16-17" && a["wilsbekwaam"] == "ja" {
			return "jongere-alleen"
		}
		return "gezag-wie"
	},
}

var tsGezag = &Step{
	ID:      "gezag-wie",
	Label:   tx("toestemming", "step.gezag-wie.label"),
	Ask:     authorityAsk,
	Why:     tx("toestemming", "step.gezag-wie.why"),
	Sources: list("toestemming", "step.gezag-wie.sources"),
	Helper:  "gezag",
	Options: []Option{
		{Value: "beide", Label: tx("toestemming", "option.gezag-wie.beide.label"), Words: list("toestemming", "option.gezag-wie.beide.words"), Next: "aanwezig"},
		{Value: "een-ouder", Label: tx("toestemming", "option.gezag-wie.een-ouder.label"), Words: list("toestemming", "option.gezag-wie.een-ouder.words"), Next: "weigering-een"},
		{Value: "voogd", Label: tx("toestemming", "option.gezag-wie.voogd.label"), Words: list("toestemming", "option.gezag-wie.voogd.words"), Next: "weigering-een"},
		{Value: "weet-niet", Label: tx("toestemming", "option.gezag-wie.weet-niet.label"), Words: list("toestemming", "option.gezag-wie.weet-niet.words"), Next: "gezag-uitzoeken"},
	},
}

var tsAanwezig = &Step{
	ID:      "aanwezig",
	Label:   tx("toestemming", "step.aanwezig.label"),
	Ask:     tx("toestemming", "step.aanwezig.ask"),
	Why:     tx("toestemming", "step.aanwezig.why"),
	Sources: list("toestemming", "step.aanwezig.sources"),
	Options: []Option{
		{Value: "beide", Label: tx("toestemming", "option.aanwezig.beide.label"), Words: list("toestemming", "option.aanwezig.beide.words"), Next: "weigering"},
		{Value: "een-ouder", Label: tx("toestemming", "option.aanwezig.een-ouder.label"), Words: list("toestemming", "option.aanwezig.een-ouder.words"), Next: "weigering"},
		{Value: "een-bezwaar", Label: tx("toestemming", "option.aanwezig.een-bezwaar.label"), Words: list("toestemming", "option.aanwezig.een-bezwaar.words"), Next: "weigering"},
	},
}

var tsWeigering = &Step{
	ID:      "weigering",
	Label:   tx("toestemming", "step.weigering.label"),
	Ask:     tx("toestemming", "step.weigering.ask"),
	Why:     tx("toestemming", "step.weigering.why"),
	Sources: list("toestemming", "step.weigering.sources"),
	Options: []Option{
		{Value: "niemand", Label: tx("toestemming", "option.weigering.niemand.label"), Words: list("toestemming", "option.weigering.niemand.words")},
		{Value: "een-ouder", Label: tx("toestemming", "option.weigering.een-ouder.label"), Words: list("toestemming", "option.weigering.een-ouder.words")},
		{Value: "gezag", Label: tx("toestemming", "option.weigering.gezag.label"), Words: list("toestemming", "option.weigering.gezag.words")},
		{Value: "jongere", Label: tx("toestemming", "option.weigering.jongere.label"), Words: list("toestemming", "option.weigering.jongere.words")},
	},
	Route: tsAfterRefusal,
}

// tsWeigeringEen asks about a refusal where one person holds authority: a
// single parent or a guardian, so no "one of two parents refuses".
var tsWeigeringEen = &Step{
	ID:      "weigering-een",
	Label:   tx("toestemming", "step.weigering-een.label"),
	Ask:     tsWeigering.Ask,
	Why:     tsWeigering.Why,
	Sources: tsWeigering.Sources,
	Options: []Option{
		{Value: "niemand", Label: tx("toestemming", "option.weigering-een.niemand.label"), Words: list("toestemming", "option.weigering-een.niemand.words")},
		{Value: "gezag", Label: tx("toestemming", "option.weigering-een.gezag.label"), Words: list("toestemming", "option.weigering-een.gezag.words")},
		{Value: "jongere", Label: tx("toestemming", "option.weigering-een.jongere.label"), Words: list("toestemming", "option.weigering-een.jongere.words")},
	},
	Route: tsAfterRefusal,
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

var tsJongereWens = &Step{
	ID:      "jongere-wens",
	Label:   tx("toestemming", "step.jongere-wens.label"),
	Ask:     tx("toestemming", "step.jongere-wens.ask"),
	Why:     tx("toestemming", "step.jongere-wens.why"),
	Sources: list("toestemming", "step.jongere-wens.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("toestemming", "option.jongere-wens.ja.label"), Words: list("toestemming", "option.jongere-wens.ja.words"), Next: "hulp-op-wens-jongere"},
		{Value: "ernstig-nadeel", Label: tx("toestemming", "option.jongere-wens.ernstig-nadeel.label"),
			Words: list("toestemming", "option.jongere-wens.ernstig-nadeel.words"), Next: "hulp-op-wens-jongere"},
		{Value: "nee", Label: tx("toestemming", "option.jongere-wens.nee.label"), Words: list("toestemming", "option.jongere-wens.nee.words"), Next: "veiligheid"},
	},
}

var tsVeiligheid = &Step{
	ID:      "veiligheid",
	Label:   tx("toestemming", "step.veiligheid.label"),
	Ask:     tx("toestemming", "step.veiligheid.ask"),
	Why:     tx("toestemming", "step.veiligheid.why"),
	Sources: list("toestemming", "step.veiligheid.sources"),
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

// tsHolders names who holds parental authority, from the answers.
func tsHolders(a Answers) lang.Text {
	switch a["gezag-wie"] {
	case "een-ouder":
		return tx("toestemming", "text.holders-1")
	case "voogd":
		return tx("toestemming", "text.holders-2")
	}
	return tx("toestemming", "text.holders-3")
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
		return tx("toestemming", "text.presence-1")
	case "een-bezwaar":
		return tx("toestemming", "text.presence-2")
	}
	return lang.Text{}
}

var tsSpecificForSharing = tx("toestemming", "text.specific-for-sharing")

var tsUitWieToestemt = &Outcome{
	ID:          "wie-toestemt",
	Title:       tx("toestemming", "outcome.wie-toestemt.title"),
	Verdict:     tx("toestemming", "outcome.wie-toestemt.verdict"),
	DetailFirst: true,
	Inform:      tx("toestemming", "outcome.wie-toestemt.inform"),
	Ground:      tx("toestemming", "outcome.wie-toestemt.ground"),
	Sources:     list("toestemming", "outcome.wie-toestemt.sources"),
	Laws:        list("toestemming", "outcome.wie-toestemt.laws"),
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

var tsUitJongereAlleen = &Outcome{
	ID:      "jongere-alleen",
	Title:   tx("toestemming", "outcome.jongere-alleen.title"),
	Verdict: tx("toestemming", "outcome.jongere-alleen.verdict"),
	Inform:  tx("toestemming", "outcome.jongere-alleen.inform"),
	Ground:  tx("toestemming", "outcome.jongere-alleen.ground"),
	Sources: list("toestemming", "outcome.jongere-alleen.sources"),
	Laws:    list("toestemming", "outcome.jongere-alleen.laws"),
	Detail: func(Answers) lang.Text {
		return tsSpecificForSharing
	},
}

var tsUitJongvolwassene = &Outcome{
	ID:      "jongvolwassene",
	Title:   tx("toestemming", "outcome.jongvolwassene.title"),
	Verdict: tx("toestemming", "outcome.jongvolwassene.verdict"),
	Inform:  tx("toestemming", "outcome.jongvolwassene.inform"),
	Ground:  tx("toestemming", "outcome.jongvolwassene.ground"),
	Sources: list("toestemming", "outcome.jongvolwassene.sources"),
	Laws:    list("toestemming", "outcome.jongvolwassene.laws"),
	Detail: func(Answers) lang.Text {
		return tsSpecificForSharing
	},
}

var tsUitGezagUitzoeken = &Outcome{
	ID:      "gezag-uitzoeken",
	Title:   tx("toestemming", "outcome.gezag-uitzoeken.title"),
	Verdict: tx("toestemming", "outcome.gezag-uitzoeken.verdict"),
	Inform:  tx("toestemming", "outcome.gezag-uitzoeken.inform"),
	Ground:  tx("toestemming", "outcome.gezag-uitzoeken.ground"),
	Sources: list("toestemming", "outcome.gezag-uitzoeken.sources"),
	Laws:    list("toestemming", "outcome.gezag-uitzoeken.laws"),
	Pending: true,
}

var tsUitWensJongere = &Outcome{
	ID:      "hulp-op-wens-jongere",
	Title:   tx("toestemming", "outcome.hulp-op-wens-jongere.title"),
	Verdict: tx("toestemming", "outcome.hulp-op-wens-jongere.verdict"),
	Inform:  tx("toestemming", "outcome.hulp-op-wens-jongere.inform"),
	Ground:  tx("toestemming", "outcome.hulp-op-wens-jongere.ground"),
	Sources: list("toestemming", "outcome.hulp-op-wens-jongere.sources"),
	Laws:    list("toestemming", "outcome.hulp-op-wens-jongere.laws"),
	Detail: func(a Answers) lang.Text {
		why := tx("toestemming", "outcome.hulp-op-wens-jongere.detail-1")
		if a["jongere-wens"] == "ernstig-nadeel" {
			why = tx("toestemming", "outcome.hulp-op-wens-jongere.detail-2")
		}
		if tsRefusal(a) == "een-ouder" && a["gezag-wie"] == "beide" {
			why = spJoin(why, tx("toestemming", "outcome.hulp-op-wens-jongere.detail-3"))
		}
		return why
	},
}

var tsUitVervangend = &Outcome{
	ID:      "vervangende-toestemming",
	Title:   tx("toestemming", "outcome.vervangende-toestemming.title"),
	Verdict: tx("toestemming", "outcome.vervangende-toestemming.verdict"),
	Inform:  tx("toestemming", "outcome.vervangende-toestemming.inform"),
	Ground:  tx("toestemming", "outcome.vervangende-toestemming.ground"),
	Sources: list("toestemming", "outcome.vervangende-toestemming.sources"),
	Laws:    list("toestemming", "outcome.vervangende-toestemming.laws"),
}

var tsUitGeenToestemming = &Outcome{
	ID:      "geen-toestemming",
	Title:   tx("toestemming", "outcome.geen-toestemming.title"),
	Verdict: tx("toestemming", "outcome.geen-toestemming.verdict"),
	Inform:  tx("toestemming", "outcome.geen-toestemming.inform"),
	Ground:  tx("toestemming", "outcome.geen-toestemming.ground"),
	Sources: list("toestemming", "outcome.geen-toestemming.sources"),
	Laws:    list("toestemming", "outcome.geen-toestemming.laws"),
	Detail: func(a Answers) lang.Text {
		if tsRefusal(a) == "jongere" {
			return tx("toestemming", "outcome.geen-toestemming.detail")
		}
		return fill(tx("toestemming", "text.refused-by"), "holders", tsHolders(a))
	},
}

var tsUitMeldcode = &Outcome{
	ID:      "meldcode",
	Title:   tx("toestemming", "outcome.meldcode.title"),
	Verdict: tx("toestemming", "outcome.meldcode.verdict"),
	Inform:  tx("toestemming", "outcome.meldcode.inform"),
	Ground:  tx("toestemming", "outcome.meldcode.ground"),
	Sources: list("toestemming", "outcome.meldcode.sources"),
	Laws:    list("toestemming", "outcome.meldcode.laws"),
	Detail: func(Answers) lang.Text {
		return tx("toestemming", "outcome.meldcode.detail")
	},
	Continue: "stappenplan ontvanger=veilig-thuis",
}
