package flows

import "privacybot/lang"

// The checks the stappenplan asks before it permits: whose consent (§2.2,
// §2.3), the supervision order behind a GI's request (§1.6), the parent's
// own branch (§4.2) and the Verwijsindex's criterion (§1.6).

var spWieLeeftijd = &Step{
	ID:      "wie-leeftijd",
	Label:   tx("stappenplan", "step.wie-leeftijd.label"),
	Ask:     tx("stappenplan", "step.wie-leeftijd.ask"),
	Why:     tx("stappenplan", "step.wie-leeftijd.why"),
	Sources: list("stappenplan", "step.wie-leeftijd.sources"),
	Options: izAgeOptions("wie-gezag", "wie-gezag", "toestemming-nu", "wie-gezag", "toestemming-nu"),
	Parse:   izParseAge,
}

var spWieGezag = authorityStep("wie-gezag", "toestemming-nu", "gezag-eerst")

var spToestemmingNu = &Step{
	ID:      "toestemming-nu",
	Label:   tx("stappenplan", "step.toestemming-nu.label"),
	Ask:     tx("stappenplan", "step.toestemming-nu.ask"),
	Why:     tx("stappenplan", "step.toestemming-nu.why"),
	Sources: list("stappenplan", "step.toestemming-nu.sources"),
	Options: spConsentAnswers(tx("stappenplan", "step.toestemming-nu.options")),
	Note:    spWhoConsents,
}

// spWhoConsents says whose consent the answers on age and authority call
// for; empty when they were not asked.
func spWhoConsents(a Answers) lang.Text {
	holders := authorityHolders(a["wie-gezag"])
	switch a["wie-leeftijd"] {
	case "":
		return lang.Text{}
	case "onder-12":
		return fill(tx("stappenplan", "text.who-consents-under-12"), "holders", holders)
	case "wilsonbekwaam":
		return fill(tx("stappenplan", "text.who-consents-not-competent"), "holders", holders)
	case "12-15":
		return fill(tx("stappenplan", "text.who-consents-12-15"), "holders", holders)
	}
	return tx("stappenplan", "text.who-consents")
}

// authorityHolders names who holds authority, from an authority step's
// answer.
func authorityHolders(v string) lang.Text {
	switch v {
	case "een-ouder":
		return tx("stappenplan", "text.authority-holders-1")
	case "voogd":
		return tx("stappenplan", "text.authority-holders-2")
	}
	return tx("stappenplan", "text.authority-holders-3")
}

// authorityAsk is the question who holds parental authority, with the rule
// on marriage after the birth (BW 1:251) and on recognition (BW 1:251b).
var authorityAsk = tx("stappenplan", "text.authority-ask")

// authorityStep asks who holds parental authority; known goes to next,
// "don't know" to unknown. It offers the gezag flow to find out.
func authorityStep(id, next, unknown string) *Step {
	return &Step{
		ID:      id,
		Label:   tx("stappenplan", "text.authority-step-1"),
		Ask:     authorityAsk,
		Why:     tx("stappenplan", "text.authority-step-2"),
		Sources: []string{"§2.3", "Begrippenlijst"},
		Helper:  "gezag",
		Options: []Option{
			{Value: "beide", Label: tx("stappenplan", "options.authority.beide.label"),
				Words: list("stappenplan", "options.authority.beide.words"), Next: next},
			{Value: "een-ouder", Label: tx("stappenplan", "options.authority.een-ouder.label"),
				Words: list("stappenplan", "options.authority.een-ouder.words"), Next: next},
			{Value: "voogd", Label: tx("stappenplan", "options.authority.voogd.label"), Words: list("stappenplan", "options.authority.voogd.words"), Next: next},
			{Value: "weet-niet", Label: tx("stappenplan", "options.authority.weet-niet.label"),
				Words: list("stappenplan", "options.authority.weet-niet.words"), Next: unknown},
		},
	}
}

var spOTS = &Step{
	ID:      "ots",
	Label:   tx("stappenplan", "step.ots.label"),
	Ask:     tx("stappenplan", "step.ots.ask"),
	Why:     tx("stappenplan", "step.ots.why"),
	Sources: list("stappenplan", "step.ots.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.ots.ja.label"), Words: list("stappenplan", "option.ots.ja.words")},
		{Value: "voogd", Label: tx("stappenplan", "option.ots.voogd.label"), Words: list("stappenplan", "option.ots.voogd.words")},
		{Value: "vrijwillig", Label: tx("stappenplan", "option.ots.vrijwillig.label"),
			Words: list("stappenplan", "option.ots.vrijwillig.words")},
		{Value: "weet-niet", Label: tx("stappenplan", "option.ots.weet-niet.label"), Words: list("stappenplan", "option.ots.weet-niet.words")},
	},
	Route: func(a Answers) string {
		switch a["ots"] {
		case "ja":
			if a["ontvanger"] == "gi-ots-verzoek" {
				return "informatieplicht-gi"
			}
			return "meldrecht-nodig"
		case "voogd":
			return "ouder-leeftijd"
		case "vrijwillig":
			return "noodzakelijk"
		}
		return "ots-navragen"
	},
}

var spOuderWiens = &Step{
	ID:      "ouder-wiens",
	Label:   tx("stappenplan", "step.ouder-wiens.label"),
	Ask:     tx("stappenplan", "step.ouder-wiens.ask"),
	Why:     tx("stappenplan", "step.ouder-wiens.why"),
	Sources: list("stappenplan", "step.ouder-wiens.sources"),
	Options: []Option{
		{Value: "kind", Label: tx("stappenplan", "option.ouder-wiens.kind.label"), Words: list("stappenplan", "option.ouder-wiens.kind.words"), Next: "ouder-gezag"},
		{Value: "ander", Label: tx("stappenplan", "option.ouder-wiens.ander.label"),
			Words: list("stappenplan", "option.ouder-wiens.ander.words"), Next: "noodzakelijk"},
	},
}

var spOuderGezag = &Step{
	ID:      "ouder-gezag",
	Label:   tx("stappenplan", "step.ouder-gezag.label"),
	Ask:     tx("stappenplan", "step.ouder-gezag.ask"),
	Why:     tx("stappenplan", "step.ouder-gezag.why"),
	Sources: list("stappenplan", "step.ouder-gezag.sources"),
	Helper:  "gezag",
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.ouder-gezag.ja.label"), Words: list("stappenplan", "option.ouder-gezag.ja.words"), Next: "ouder-leeftijd"},
		{Value: "nee", Label: tx("stappenplan", "option.ouder-gezag.nee.label"), Words: list("stappenplan", "option.ouder-gezag.nee.words"), Next: "ouder-377c"},
		{Value: "weet-niet", Label: tx("stappenplan", "option.ouder-gezag.weet-niet.label"), Words: list("stappenplan", "option.ouder-gezag.weet-niet.words"), Next: "gezag-eerst"},
	},
}

var spOuderLeeftijd = &Step{
	ID:      "ouder-leeftijd",
	Label:   tx("stappenplan", "step.ouder-leeftijd.label"),
	Ask:     tx("stappenplan", "step.ouder-leeftijd.ask"),
	Why:     tx("stappenplan", "step.ouder-leeftijd.why"),
	Sources: list("stappenplan", "step.ouder-leeftijd.sources"),
	Options: izAgeOptions("ouder-informeren", "ouder-12-15", "ouder-jongere", "ouder-informeren", "noodzakelijk"),
	Parse:   izParseAge,
}

var spOuderJongere = &Step{
	ID:      "ouder-jongere",
	Label:   tx("stappenplan", "step.ouder-jongere.label"),
	Ask:     tx("stappenplan", "step.ouder-jongere.ask"),
	Why:     tx("stappenplan", "step.ouder-jongere.why"),
	Sources: list("stappenplan", "step.ouder-jongere.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.ouder-jongere.ja.label"), Words: list("stappenplan", "option.ouder-jongere.ja.words"), Next: "ouder-met-toestemming"},
		{Value: "nee", Label: tx("stappenplan", "option.ouder-jongere.nee.label"), Words: list("stappenplan", "option.ouder-jongere.nee.words"), Next: "ouder-geen-toestemming"},
	},
}

var spOuder377c = &Step{
	ID:      "ouder-377c",
	Label:   tx("stappenplan", "step.ouder-377c.label"),
	Ask:     tx("stappenplan", "step.ouder-377c.ask"),
	Why:     tx("stappenplan", "step.ouder-377c.why"),
	Sources: list("stappenplan", "step.ouder-377c.sources"),
	Options: jaNeeOptions("ouder-zonder-gezag-info", "ouder-zonder-gezag-geen"),
}

var spVIBevoegd = &Step{
	ID:      "vi-bevoegd",
	Label:   tx("stappenplan", "step.vi-bevoegd.label"),
	Ask:     tx("stappenplan", "step.vi-bevoegd.ask"),
	Why:     tx("stappenplan", "step.vi-bevoegd.why"),
	Sources: list("stappenplan", "step.vi-bevoegd.sources"),
	Options: jaNeeOptions("vi-leeftijd", "verwijsindex-niet"),
}

var spVILeeftijd = &Step{
	ID:      "vi-leeftijd",
	Label:   tx("stappenplan", "step.vi-leeftijd.label"),
	Ask:     tx("stappenplan", "step.vi-leeftijd.ask"),
	Why:     tx("stappenplan", "step.vi-leeftijd.why"),
	Sources: list("stappenplan", "step.vi-leeftijd.sources"),
	Options: jaNeeOptions("vi-vermoeden", "verwijsindex-niet"),
}

var spVIVermoeden = &Step{
	ID:      "vi-vermoeden",
	Label:   tx("stappenplan", "step.vi-vermoeden.label"),
	Ask:     tx("stappenplan", "step.vi-vermoeden.ask"),
	Why:     tx("stappenplan", "step.vi-vermoeden.why"),
	Sources: list("stappenplan", "step.vi-vermoeden.sources"),
	Options: jaNeeOptions("meldrecht-bespreken", "verwijsindex-niet"),
}
