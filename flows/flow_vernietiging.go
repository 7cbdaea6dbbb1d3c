package flows

import (
	"privacybot/lang"
)

// vernietigingFlow weighs whether (part of) a file may or must be destroyed:
// on the client's request, under the right to destruction of the Jeugdwet
// and the WGBO, or at the end of the retention period (§3.1, §4.1e, legal
// update 1).
func vernietigingFlow(*source) *Flow {
	who, age, authority := whoAsksSteps("omvang")
	parents, young, adult, check := whoAsksOutcomes()
	return &Flow{
		ID:    "vernietiging",
		Start: "aanleiding",
		Note:  true,
		Steps: []*Step{
			vnAanleiding(),
			who,
			age,
			authority,
			vnOmvang(),
			vnTermijn(),
			vnBelangAnder(),
			vnVerantwoording(),
			vnWettelijkePlicht(),
			vnReikwijdte(),
		},
		Outcomes: []*Outcome{
			parents,
			young,
			adult,
			check,
			vnUitVernietigen(),
			vnUitWeigeren(),
			vnUitDeels(),
			vnUitBewaren(),
			vnUitNaTermijn(),
			vnUitLangerBewaren(),
		},
	}
}

func vnAanleiding() *Step {
	return &Step{
		ID: "aanleiding",
		Options: []Option{
			{Value: "verzoek", Next: "wie-vraagt"},
			{Value: "bewaartermijn", Next: "termijn"},
		},
	}
}

// The steps and outcomes on who asks (§4.2), shared with the rechten flow.

func vnOmvang() *Step {
	return &Step{
		ID: "omvang",
		Options: []Option{
			{Value: "heel", Next: "belang-ander"},
			{Value: "deel", Next: "belang-ander"},
		},
	}
}

func vnTermijn() *Step {
	return &Step{
		ID: "termijn",
		Options: []Option{
			{Value: "loopt", Next: "bewaren"},
			{Value: "voorbij", Next: "belang-ander"},
		},
	}
}

func vnBelangAnder() *Step {
	return &Step{
		ID:      "belang-ander",
		Options: jaNeeOptions("verantwoording", "verantwoording"),
	}
}

func vnVerantwoording() *Step {
	return &Step{
		ID: "verantwoording",
		Options: []Option{
			{Value: "procedure", Next: "wettelijke-plicht"},
			{Value: "klacht", Next: "wettelijke-plicht"},
			{Value: "nee", Next: "wettelijke-plicht"},
		},
	}
}

func vnWettelijkePlicht() *Step {
	return &Step{
		ID:      "wettelijke-plicht",
		Options: jaNeeOptions("", ""),
		Route:   vnAfterWeighing,
	}
}

func vnReikwijdte() *Step {
	return &Step{
		ID: "reikwijdte",
		Options: []Option{
			{Value: "alles", Next: "weigeren"},
			{Value: "deel", Next: "deels-vernietigen"},
		},
	}
}

// vnGrounds lists the weighing answers that are a reason to keep data, with
// the words that name them in the dossier note.
var vnGrounds = []struct {
	step, value string
	name        lang.Text
}{
	{"belang-ander", "ja", tx("vernietiging", "text.ground-other-interest")},
	{"verantwoording", "procedure", tx("vernietiging", "text.ground-own-procedure")},
	{"wettelijke-plicht", "ja", tx("vernietiging", "text.ground-other-law")},
}

// vnAfterWeighing picks what follows the weighing: destruction when no
// reason to keep applies, otherwise keeping (for a request: in full or in
// part).
func vnAfterWeighing(a Answers) string {
	keep := len(vnGroundsFound(a)) > 0
	switch {
	case a["aanleiding"] == "bewaartermijn" && keep:
		return "langer-bewaren"
	case a["aanleiding"] == "bewaartermijn":
		return "vernietigen-na-termijn"
	case keep:
		return "reikwijdte"
	}
	return "vernietigen"
}

// vnGroundsFound returns the names of the reasons to keep that the
// professional answered yes to.
func vnGroundsFound(a Answers) []lang.Text {
	var found []lang.Text
	for _, g := range vnGrounds {
		if a[g.step] == g.value {
			found = append(found, g.name)
		}
	}
	return found
}

// vnDetail names the reasons found and adds what the answers call for: that
// a possible complaint is no reason, and (for a whole file on request) that
// the guideline's rule on the retention period is out of date.
func vnDetail(a Answers) lang.Text {
	var parts []lang.Text
	if found := vnGroundsFound(a); len(found) > 0 {
		parts = append(parts, tx("vernietiging", "text.reason-to-keep"))
		for i, g := range found {
			sep := ";"
			if i == len(found)-1 {
				sep = "."
			}
			parts = append(parts, lang.Text{NL: g.NL + sep, EN: g.EN + sep})
		}
	}
	if a["verantwoording"] == "klacht" {
		parts = append(parts, tx("vernietiging", "text.complaint-no-reason"))
	}
	if a["aanleiding"] == "verzoek" && a["omvang"] == "heel" {
		parts = append(parts, tx("vernietiging", "text.whole-file-within-term"))
	}
	return spJoin(parts...)
}

// vnRequestLaws are the articles on destruction at the client's request.
var vnRequestLaws = list("vernietiging", "lists.request-laws")

// vnRetentionLaws are the articles on the retention period.
var vnRetentionLaws = list("vernietiging", "lists.retention-laws")

// vnRetentionNow states the current retention period and flags the
// guideline's old one (legal update 1).
var vnRetentionNow = tx("vernietiging", "text.retention-now")

// vnOptions tells the client what they can do after a refusal.
var vnOptions = fill(tx("vernietiging", "text.options"), "privacy-officers", tx(municipalitiesWords, "privacy-officers"))

func vnUitVernietigen() *Outcome {
	return &Outcome{
		ID:       "vernietigen",
		Laws:     vnRequestLaws,
		Detail:   vnDetail,
		Deadline: vnDestroyTerm,
	}
}

func vnUitWeigeren() *Outcome {
	return &Outcome{
		ID:       "weigeren",
		Inform:   joinTexts(tx("vernietiging", "outcome.weigeren.inform"), vnOptions),
		Detail:   vnDetail,
		Deadline: vnRefuseTerm,
	}
}

func vnUitDeels() *Outcome {
	return &Outcome{
		ID:       "deels-vernietigen",
		Inform:   joinTexts(tx("vernietiging", "outcome.deels-vernietigen.inform"), vnOptions),
		Detail:   vnDetail,
		Deadline: vnDestroyTerm,
	}
}

func vnUitBewaren() *Outcome {
	return &Outcome{
		ID:     "bewaren",
		Ground: joinTexts(tx("vernietiging", "outcome.bewaren.ground"), vnRetentionNow),
		Laws:   vnRetentionLaws,
	}
}

func vnUitNaTermijn() *Outcome {
	return &Outcome{
		ID:     "vernietigen-na-termijn",
		Ground: joinTexts(tx("vernietiging", "outcome.vernietigen-na-termijn.ground"), vnRetentionNow),
		Laws:   vnRetentionLaws,
		Detail: vnDetail,
	}
}

func vnUitLangerBewaren() *Outcome {
	return &Outcome{
		ID:     "langer-bewaren",
		Ground: joinTexts(tx("vernietiging", "outcome.langer-bewaren.ground"), vnRetentionNow),
		Laws:   vnRetentionLaws,
		Detail: vnDetail,
	}
}

// vnDestroyTerm is the term for destruction on request (Jeugdwet art.
// 7.3.9, BW art. 7:455).
var vnDestroyTerm = &Deadline{Months: 3, What: tx("vernietiging", "text.destroy-term-what")}

// vnRefuseTerm is the term for telling the client of a refusal (AVG art.
// 12 lid 3 and 4).
var vnRefuseTerm = &Deadline{Months: 1, What: tx("vernietiging", "text.refuse-term-what")}
