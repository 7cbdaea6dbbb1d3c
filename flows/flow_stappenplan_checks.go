package flows

import "privacybot/lang"

// The checks the stappenplan asks before it permits: whose consent (§2.2,
// §2.3), the supervision order behind a GI's request (§1.6), the parent's
// own branch (§4.2) and the Verwijsindex's criterion (§1.6).

func spWieLeeftijd() *Step {
	return &Step{
		ID:      "wie-leeftijd",
		Options: izAgeOptions("wie-gezag", "wie-gezag", "toestemming-nu", "wie-gezag", "toestemming-nu"),
		Parse:   izParseAge,
	}
}

func spWieGezag() *Step { return authorityStep("wie-gezag", "toestemming-nu", "gezag-eerst") }

func spToestemmingNu() *Step {
	return &Step{
		ID:      "toestemming-nu",
		Options: spConsentAnswers(tx("stappenplan", "step.toestemming-nu.options")),
		Note:    spWhoConsents,
	}
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
		return tx("stappenplan", "text.authority-holders-one-parent")
	case "voogd":
		return tx("stappenplan", "text.authority-holders-guardian")
	}
	return tx("stappenplan", "text.authority-holders-both-parents")
}

// authorityAsk is the question who holds parental authority, with the rule
// on marriage after the birth (BW 1:251) and on recognition (BW 1:251b).
var authorityAsk = tx("stappenplan", "text.authority-ask")

// authorityStep asks who holds parental authority; known goes to next,
// "don't know" to unknown. It offers the gezag flow to find out.
func authorityStep(id, next, unknown string) *Step {
	return &Step{
		ID:      id,
		Label:   tx("stappenplan", "text.authority-step-label"),
		Ask:     authorityAsk,
		Why:     tx("stappenplan", "text.authority-step-why"),
		Sources: list("stappenplan", "text.authority-step-sources"),
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

func spOTS() *Step {
	return &Step{
		ID: "ots",
		Options: []Option{
			{Value: "ja", Words: list("stappenplan", "option.ots.ja.words")},
			{Value: "voogd", Words: list("stappenplan", "option.ots.voogd.words")},
			{Value: "vrijwillig", Words: list("stappenplan", "option.ots.vrijwillig.words")},
			{Value: "weet-niet", Words: list("stappenplan", "option.ots.weet-niet.words")},
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
}

func spOuderWiens() *Step {
	return &Step{
		ID: "ouder-wiens",
		Options: []Option{
			{Value: "kind", Next: "ouder-gezag"},
			{Value: "ander", Next: "noodzakelijk"},
		},
	}
}

func spOuderGezag() *Step {
	return &Step{
		ID:     "ouder-gezag",
		Helper: "gezag",
		Options: []Option{
			{Value: "ja", Next: "ouder-leeftijd"},
			{Value: "nee", Next: "ouder-377c"},
			{Value: "weet-niet", Next: "gezag-eerst"},
		},
	}
}

func spOuderLeeftijd() *Step {
	return &Step{
		ID:      "ouder-leeftijd",
		Options: izAgeOptions("ouder-informeren", "ouder-12-15", "ouder-jongere", "ouder-informeren", "noodzakelijk"),
		Parse:   izParseAge,
	}
}

func spOuderJongere() *Step {
	return &Step{
		ID: "ouder-jongere",
		Options: []Option{
			{Value: "ja", Next: "ouder-met-toestemming"},
			{Value: "nee", Next: "ouder-geen-toestemming"},
		},
	}
}

func spOuder377c() *Step {
	return &Step{
		ID:      "ouder-377c",
		Options: jaNeeOptions("ouder-zonder-gezag-info", "ouder-zonder-gezag-geen"),
	}
}

func spVIBevoegd() *Step {
	return &Step{
		ID:      "vi-bevoegd",
		Options: jaNeeOptions("vi-leeftijd", "verwijsindex-niet"),
	}
}

func spVILeeftijd() *Step {
	return &Step{
		ID:      "vi-leeftijd",
		Options: jaNeeOptions("vi-vermoeden", "verwijsindex-niet"),
	}
}

func spVIVermoeden() *Step {
	return &Step{
		ID:      "vi-vermoeden",
		Options: jaNeeOptions("meldrecht-bespreken", "verwijsindex-niet"),
	}
}
