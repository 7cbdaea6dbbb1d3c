package flows

import (
	"privacybot/lang"
)

// vernietigingFlow weighs whether (part of) a file may or must be destroyed:
// on the client's request, under the right to destruction of the Jeugdwet
// and the WGBO, or at the end of the retention period (§3.1, §4.1e, legal
// update 1).
func vernietigingFlow(*source) *Flow {
	return &Flow{
		ID:      "vernietiging",
		Aliases: list("vernietiging", "flow.aliases"),
		Title:   tx("vernietiging", "flow.title"),
		Intro:   tx("vernietiging", "flow.intro"),
		Sources: list("vernietiging", "flow.sources"),
		Start:   "aanleiding",
		Note:    true,
		Steps: []*Step{
			vnAanleiding,
			vnWieVraagt,
			vnLeeftijd,
			vnGezag,
			vnOmvang,
			vnTermijn,
			vnBelangAnder,
			vnVerantwoording,
			vnWettelijkePlicht,
			vnReikwijdte,
		},
		Outcomes: []*Outcome{
			vnUitOudersBeslissen,
			vnUitVraagJongere,
			vnUitVolwassene,
			vnUitGezagControleren,
			vnUitVernietigen,
			vnUitWeigeren,
			vnUitDeels,
			vnUitBewaren,
			vnUitNaTermijn,
			vnUitLangerBewaren,
		},
	}
}

var vnAanleiding = &Step{
	ID:      "aanleiding",
	Label:   tx("vernietiging", "step.aanleiding.label"),
	Ask:     tx("vernietiging", "step.aanleiding.ask"),
	Why:     tx("vernietiging", "step.aanleiding.why"),
	Sources: list("vernietiging", "step.aanleiding.sources"),
	Options: []Option{
		{Value: "verzoek", Label: tx("vernietiging", "option.aanleiding.verzoek.label"),
			Words: list("vernietiging", "option.aanleiding.verzoek.words"), Next: "wie-vraagt"},
		{Value: "bewaartermijn", Label: tx("vernietiging", "option.aanleiding.bewaartermijn.label"),
			Words: list("vernietiging", "option.aanleiding.bewaartermijn.words"), Next: "termijn"},
	},
}

// The steps and outcomes on who asks (§4.2), shared with the rechten flow.
var vnWieVraagt, vnLeeftijd, vnGezag = whoAsksSteps("omvang")

var vnOmvang = &Step{
	ID:      "omvang",
	Label:   tx("vernietiging", "step.omvang.label"),
	Ask:     tx("vernietiging", "step.omvang.ask"),
	Why:     tx("vernietiging", "step.omvang.why"),
	Sources: list("vernietiging", "step.omvang.sources"),
	Options: []Option{
		{Value: "heel", Label: tx("vernietiging", "option.omvang.heel.label"), Words: list("vernietiging", "option.omvang.heel.words"), Next: "belang-ander"},
		{Value: "deel", Label: tx("vernietiging", "option.omvang.deel.label"), Words: list("vernietiging", "option.omvang.deel.words"), Next: "belang-ander"},
	},
}

var vnTermijn = &Step{
	ID:      "termijn",
	Label:   tx("vernietiging", "step.termijn.label"),
	Ask:     tx("vernietiging", "step.termijn.ask"),
	Why:     tx("vernietiging", "step.termijn.why"),
	Sources: list("vernietiging", "step.termijn.sources"),
	Options: []Option{
		{Value: "loopt", Label: tx("vernietiging", "option.termijn.loopt.label"), Words: list("vernietiging", "option.termijn.loopt.words"), Next: "bewaren"},
		{Value: "voorbij", Label: tx("vernietiging", "option.termijn.voorbij.label"), Words: list("vernietiging", "option.termijn.voorbij.words"), Next: "belang-ander"},
	},
}

var vnBelangAnder = &Step{
	ID:      "belang-ander",
	Label:   tx("vernietiging", "step.belang-ander.label"),
	Ask:     tx("vernietiging", "step.belang-ander.ask"),
	Why:     tx("vernietiging", "step.belang-ander.why"),
	Sources: list("vernietiging", "step.belang-ander.sources"),
	Options: jaNeeOptions("verantwoording", "verantwoording"),
}

var vnVerantwoording = &Step{
	ID:      "verantwoording",
	Label:   tx("vernietiging", "step.verantwoording.label"),
	Ask:     tx("vernietiging", "step.verantwoording.ask"),
	Why:     tx("vernietiging", "step.verantwoording.why"),
	Sources: list("vernietiging", "step.verantwoording.sources"),
	Options: []Option{
		{Value: "procedure", Label: tx("vernietiging", "option.verantwoording.procedure.label"),
			Words: list("vernietiging", "option.verantwoording.procedure.words"), Next: "wettelijke-plicht"},
		{Value: "klacht", Label: tx("vernietiging", "option.verantwoording.klacht.label"),
			Words: list("vernietiging", "option.verantwoording.klacht.words"), Next: "wettelijke-plicht"},
		{Value: "nee", Label: tx("vernietiging", "option.verantwoording.nee.label"), Words: list("vernietiging", "option.verantwoording.nee.words"), Next: "wettelijke-plicht"},
	},
}

var vnWettelijkePlicht = &Step{
	ID:      "wettelijke-plicht",
	Label:   tx("vernietiging", "step.wettelijke-plicht.label"),
	Ask:     tx("vernietiging", "step.wettelijke-plicht.ask"),
	Why:     tx("vernietiging", "step.wettelijke-plicht.why"),
	Sources: list("vernietiging", "step.wettelijke-plicht.sources"),
	Options: jaNeeOptions("", ""),
	Route:   vnAfterWeighing,
}

var vnReikwijdte = &Step{
	ID:      "reikwijdte",
	Label:   tx("vernietiging", "step.reikwijdte.label"),
	Ask:     tx("vernietiging", "step.reikwijdte.ask"),
	Why:     tx("vernietiging", "step.reikwijdte.why"),
	Sources: list("vernietiging", "step.reikwijdte.sources"),
	Options: []Option{
		{Value: "alles", Label: tx("vernietiging", "option.reikwijdte.alles.label"), Words: list("vernietiging", "option.reikwijdte.alles.words"), Next: "weigeren"},
		{Value: "deel", Label: tx("vernietiging", "option.reikwijdte.deel.label"), Words: list("vernietiging", "option.reikwijdte.deel.words"), Next: "deels-vernietigen"},
	},
}

// vnGrounds lists the weighing answers that are a reason to keep data, with
// the words that name them in the dossier note.
var vnGrounds = []struct {
	step, value string
	name        lang.Text
}{
	{"belang-ander", "ja", tx("vernietiging", "text.grounds-1")},
	{"verantwoording", "procedure", tx("vernietiging", "text.grounds-2")},
	{"wettelijke-plicht", "ja", tx("vernietiging", "text.grounds-3")},
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

var vnUitVernietigen = &Outcome{
	ID:       "vernietigen",
	Title:    tx("vernietiging", "outcome.vernietigen.title"),
	Verdict:  tx("vernietiging", "outcome.vernietigen.verdict"),
	Inform:   tx("vernietiging", "outcome.vernietigen.inform"),
	Ground:   tx("vernietiging", "outcome.vernietigen.ground"),
	Sources:  list("vernietiging", "outcome.vernietigen.sources"),
	Laws:     vnRequestLaws,
	Detail:   vnDetail,
	Deadline: vnDestroyTerm,
}

var vnUitWeigeren = &Outcome{
	ID:       "weigeren",
	Title:    tx("vernietiging", "outcome.weigeren.title"),
	Verdict:  tx("vernietiging", "outcome.weigeren.verdict"),
	Inform:   joinTexts(tx("vernietiging", "outcome.weigeren.inform"), vnOptions),
	Ground:   tx("vernietiging", "outcome.weigeren.ground"),
	Sources:  list("vernietiging", "outcome.weigeren.sources"),
	Laws:     append(append([]string{}, vnRequestLaws...), "AVG art. 12 lid 4"),
	Detail:   vnDetail,
	Deadline: vnRefuseTerm,
}

var vnUitDeels = &Outcome{
	ID:       "deels-vernietigen",
	Title:    tx("vernietiging", "outcome.deels-vernietigen.title"),
	Verdict:  tx("vernietiging", "outcome.deels-vernietigen.verdict"),
	Inform:   joinTexts(tx("vernietiging", "outcome.deels-vernietigen.inform"), vnOptions),
	Ground:   tx("vernietiging", "outcome.deels-vernietigen.ground"),
	Sources:  list("vernietiging", "outcome.deels-vernietigen.sources"),
	Laws:     append(append([]string{}, vnRequestLaws...), "AVG art. 12 lid 4"),
	Detail:   vnDetail,
	Deadline: vnDestroyTerm,
}

var vnUitBewaren = &Outcome{
	ID:      "bewaren",
	Title:   tx("vernietiging", "outcome.bewaren.title"),
	Verdict: tx("vernietiging", "outcome.bewaren.verdict"),
	Ground:  joinTexts(tx("vernietiging", "outcome.bewaren.ground"), vnRetentionNow),
	Sources: list("vernietiging", "outcome.bewaren.sources"),
	Laws:    vnRetentionLaws,
}

var vnUitNaTermijn = &Outcome{
	ID:      "vernietigen-na-termijn",
	Title:   tx("vernietiging", "outcome.vernietigen-na-termijn.title"),
	Verdict: tx("vernietiging", "outcome.vernietigen-na-termijn.verdict"),
	Ground:  joinTexts(tx("vernietiging", "outcome.vernietigen-na-termijn.ground"), vnRetentionNow),
	Sources: list("vernietiging", "outcome.vernietigen-na-termijn.sources"),
	Laws:    vnRetentionLaws,
	Detail:  vnDetail,
}

var vnUitLangerBewaren = &Outcome{
	ID:      "langer-bewaren",
	Title:   tx("vernietiging", "outcome.langer-bewaren.title"),
	Verdict: tx("vernietiging", "outcome.langer-bewaren.verdict"),
	Ground:  joinTexts(tx("vernietiging", "outcome.langer-bewaren.ground"), vnRetentionNow),
	Sources: list("vernietiging", "outcome.langer-bewaren.sources"),
	Laws:    vnRetentionLaws,
	Detail:  vnDetail,
}

// vnDestroyTerm is the term for destruction on request (Jeugdwet art.
// 7.3.9, BW art. 7:455).
var vnDestroyTerm = &Deadline{Months: 3, What: tx("vernietiging", "text.destroy-term-what")}

// vnRefuseTerm is the term for telling the client of a refusal (AVG art.
// 12 lid 3 and 4).
var vnRefuseTerm = &Deadline{Months: 1, What: tx("vernietiging", "text.refuse-term-what")}

var vnUitOudersBeslissen, vnUitVraagJongere, vnUitVolwassene, vnUitGezagControleren = whoAsksOutcomes()
