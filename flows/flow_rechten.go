package flows

import "privacybot/lang"

// rechtenFlow answers a client's request to use one of their AVG rights
// other than access: correction, restriction, portability, objection or
// erasure, each as it works in the youth domain (§4.1 b–f).
func rechtenFlow(*source) *Flow {
	return &Flow{
		ID:      "rechten",
		Aliases: list("rechten", "flow.aliases"),
		Title:   tx("rechten", "flow.title"),
		Intro:   tx("rechten", "flow.intro"),
		Sources: list("rechten", "flow.sources"),
		Start:   "wie-vraagt",
		Steps: []*Step{
			rcWieVraagt,
			rcLeeftijd,
			rcGezag,
			rcRecht,
			rcSoortWijziging,
			rcBeperkingReden,
			rcWetPortabiliteit,
			rcWetBezwaar,
		},
		Outcomes: []*Outcome{
			rcUitOudersBeslissen,
			rcUitVraagJongere,
			rcUitVolwassene,
			rcUitGezagControleren,
			rcUitAanpassen,
			rcUitEigenVerklaring,
			rcUitBeperkingTijdelijk,
			rcUitBeperkingWeinigKans,
			rcUitPortabiliteitWGBO,
			rcUitPortabiliteitGeen,
			rcUitBezwaarAfwegen,
			rcUitBezwaarWGBO,
			rcUitWetNavragen,
			rcUitVergetelheid,
		},
	}
}

// The questions and outcomes on who asks (§4.2), as in the vernietiging
// flow.
var (
	rcWieVraagt, rcLeeftijd, rcGezag                                                = whoAsksSteps("recht")
	rcUitOudersBeslissen, rcUitVraagJongere, rcUitVolwassene, rcUitGezagControleren = whoAsksOutcomes()
)

// rcAnswerTerm is the term for answering a request (AVG art. 12 lid 3).
var rcAnswerTerm = &Deadline{Months: 1, What: tx("rechten", "text.answer-term-what")}

var rcRecht = &Step{
	ID:      "recht",
	Label:   tx("rechten", "step.recht.label"),
	Ask:     tx("rechten", "step.recht.ask"),
	Why:     tx("rechten", "step.recht.why"),
	Sources: list("rechten", "step.recht.sources"),
	Options: []Option{
		{Value: "rectificatie", Label: tx("rechten", "option.recht.rectificatie.label"),
			Words: list("rechten", "option.recht.rectificatie.words"), Next: "soort-wijziging"},
		{Value: "beperking", Label: tx("rechten", "option.recht.beperking.label"),
			Words: list("rechten", "option.recht.beperking.words"), Next: "beperking-reden"},
		{Value: "dataportabiliteit", Label: tx("rechten", "option.recht.dataportabiliteit.label"),
			Words: list("rechten", "option.recht.dataportabiliteit.words"), Next: "wet-portabiliteit"},
		{Value: "bezwaar", Label: tx("rechten", "option.recht.bezwaar.label"),
			Words: list("rechten", "option.recht.bezwaar.words"), Next: "wet-bezwaar"},
		{Value: "vergetelheid", Label: tx("rechten", "option.recht.vergetelheid.label"),
			Words: list("rechten", "option.recht.vergetelheid.words"), Next: "vergetelheid"},
	},
}

var rcSoortWijziging = &Step{
	ID:      "soort-wijziging",
	Label:   tx("rechten", "step.soort-wijziging.label"),
	Ask:     tx("rechten", "step.soort-wijziging.ask"),
	Why:     tx("rechten", "step.soort-wijziging.why"),
	Sources: list("rechten", "step.soort-wijziging.sources"),
	Options: []Option{
		{Value: "feitelijk", Label: tx("rechten", "option.soort-wijziging.feitelijk.label"),
			Words: list("rechten", "option.soort-wijziging.feitelijk.words"), Next: "aanpassen"},
		{Value: "oordeel", Label: tx("rechten", "option.soort-wijziging.oordeel.label"),
			Words: list("rechten", "option.soort-wijziging.oordeel.words"), Next: "eigen-verklaring"},
		{Value: "aanvulling", Label: tx("rechten", "option.soort-wijziging.aanvulling.label"),
			Words: list("rechten", "option.soort-wijziging.aanvulling.words"), Next: "eigen-verklaring"},
	},
}

var rcBeperkingReden = &Step{
	ID:      "beperking-reden",
	Label:   tx("rechten", "step.beperking-reden.label"),
	Ask:     tx("rechten", "step.beperking-reden.ask"),
	Why:     tx("rechten", "step.beperking-reden.why"),
	Sources: list("rechten", "step.beperking-reden.sources"),
	Options: []Option{
		{Value: "juistheid", Label: tx("rechten", "option.beperking-reden.juistheid.label"),
			Words: list("rechten", "option.beperking-reden.juistheid.words"), Next: "beperking-tijdelijk"},
		{Value: "bezwaar-loopt", Label: tx("rechten", "option.beperking-reden.bezwaar-loopt.label"),
			Words: list("rechten", "option.beperking-reden.bezwaar-loopt.words"), Next: "beperking-tijdelijk"},
		{Value: "anders", Label: tx("rechten", "option.beperking-reden.anders.label"), Words: list("rechten", "option.beperking-reden.anders.words"), Next: "beperking-weinig-kans"},
	},
}

// rcLawOptions asks under which law the professional works; wgbo and
// youthAct name where each answer goes.
func rcLawOptions(wgbo, youthAct lang.Text, nextWGBO, nextYouthAct string) []Option {
	return []Option{
		{Value: "wgbo", Label: wgbo, Words: list("rechten", "options.law.wgbo.words"), Next: nextWGBO},
		{Value: "jeugdwet", Label: youthAct, Words: list("rechten", "options.law.jeugdwet.words"), Next: nextYouthAct},
		{Value: "onbekend", Label: tx("rechten", "options.law.onbekend.label"), Words: list("rechten", "options.law.onbekend.words"), Next: "wet-navragen"},
	}
}

var rcWetPortabiliteit = &Step{
	ID:      "wet-portabiliteit",
	Label:   tx("rechten", "step.wet-portabiliteit.label"),
	Ask:     tx("rechten", "step.wet-portabiliteit.ask"),
	Why:     tx("rechten", "step.wet-portabiliteit.why"),
	Sources: list("rechten", "step.wet-portabiliteit.sources"),
	Options: rcLawOptions(
		tx("rechten", "step.wet-portabiliteit.options-1"),
		tx("rechten", "step.wet-portabiliteit.options-2"),
		"portabiliteit-wgbo", "portabiliteit-geen"),
}

var rcWetBezwaar = &Step{
	ID:      "wet-bezwaar",
	Label:   tx("rechten", "step.wet-bezwaar.label"),
	Ask:     tx("rechten", "step.wet-bezwaar.ask"),
	Why:     tx("rechten", "step.wet-bezwaar.why"),
	Sources: list("rechten", "step.wet-bezwaar.sources"),
	Options: rcLawOptions(
		tx("rechten", "step.wet-bezwaar.options-1"),
		tx("rechten", "step.wet-bezwaar.options-2"),
		"bezwaar-wgbo", "bezwaar-afwegen"),
}

// rcTerm is the term for answering a request and who handles it.
var rcTerm = tx("rechten", "text.term")

// rcRefusal tells the client what they can do when a request is refused.
var rcRefusal = tx("rechten", "text.refusal")

// rcWithTerm adds the term and who handles it to a text.
func rcWithTerm(t lang.Text) lang.Text {
	return joinTexts(t, rcTerm)
}

var rcUitAanpassen = &Outcome{
	ID:       "aanpassen",
	Title:    tx("rechten", "outcome.aanpassen.title"),
	Verdict:  tx("rechten", "outcome.aanpassen.verdict"),
	Inform:   rcWithTerm(tx("rechten", "outcome.aanpassen.inform")),
	Ground:   tx("rechten", "outcome.aanpassen.ground"),
	Sources:  list("rechten", "outcome.aanpassen.sources"),
	Laws:     list("rechten", "outcome.aanpassen.laws"),
	Deadline: rcAnswerTerm,
}

var rcUitEigenVerklaring = &Outcome{
	ID:      "eigen-verklaring",
	Title:   tx("rechten", "outcome.eigen-verklaring.title"),
	Verdict: tx("rechten", "outcome.eigen-verklaring.verdict"),
	Inform:  rcWithTerm(tx("rechten", "outcome.eigen-verklaring.inform")),
	Ground:  tx("rechten", "outcome.eigen-verklaring.ground"),
	Sources: list("rechten", "outcome.eigen-verklaring.sources"),
	Laws:    list("rechten", "outcome.eigen-verklaring.laws"),
	Detail: func(a Answers) lang.Text {
		if a["soort-wijziging"] != "aanvulling" {
			return lang.Text{}
		}
		return tx("rechten", "outcome.eigen-verklaring.detail")
	},
	Deadline: rcAnswerTerm,
}

var rcUitBeperkingTijdelijk = &Outcome{
	ID:       "beperking-tijdelijk",
	Title:    tx("rechten", "outcome.beperking-tijdelijk.title"),
	Verdict:  tx("rechten", "outcome.beperking-tijdelijk.verdict"),
	Inform:   rcWithTerm(tx("rechten", "outcome.beperking-tijdelijk.inform")),
	Ground:   tx("rechten", "outcome.beperking-tijdelijk.ground"),
	Sources:  list("rechten", "outcome.beperking-tijdelijk.sources"),
	Laws:     list("rechten", "outcome.beperking-tijdelijk.laws"),
	Deadline: rcAnswerTerm,
}

var rcUitBeperkingWeinigKans = &Outcome{
	ID:       "beperking-weinig-kans",
	Title:    tx("rechten", "outcome.beperking-weinig-kans.title"),
	Verdict:  tx("rechten", "outcome.beperking-weinig-kans.verdict"),
	Inform:   joinTexts(rcTerm, rcRefusal),
	Ground:   tx("rechten", "outcome.beperking-weinig-kans.ground"),
	Sources:  list("rechten", "outcome.beperking-weinig-kans.sources"),
	Laws:     list("rechten", "outcome.beperking-weinig-kans.laws"),
	Deadline: rcAnswerTerm,
}

var rcUitPortabiliteitWGBO = &Outcome{
	ID:      "portabiliteit-wgbo",
	Title:   tx("rechten", "outcome.portabiliteit-wgbo.title"),
	Verdict: tx("rechten", "outcome.portabiliteit-wgbo.verdict"),
	Share:   tx("rechten", "outcome.portabiliteit-wgbo.share"),
	Inform:  rcTerm,
	Ground:  tx("rechten", "outcome.portabiliteit-wgbo.ground"),
	Sources: list("rechten", "outcome.portabiliteit-wgbo.sources"),
	Laws:    list("rechten", "outcome.portabiliteit-wgbo.laws"),
	Shared: func(Answers) lang.Text {
		return tx("rechten", "outcome.portabiliteit-wgbo.shared")
	},
	Deadline: rcAnswerTerm,
}

var rcUitPortabiliteitGeen = &Outcome{
	ID:       "portabiliteit-geen",
	Title:    tx("rechten", "outcome.portabiliteit-geen.title"),
	Verdict:  tx("rechten", "outcome.portabiliteit-geen.verdict"),
	Inform:   rcWithTerm(tx("rechten", "outcome.portabiliteit-geen.inform")),
	Continue: "inzage",
	Ground:   tx("rechten", "outcome.portabiliteit-geen.ground"),
	Sources:  list("rechten", "outcome.portabiliteit-geen.sources"),
	Laws:     list("rechten", "outcome.portabiliteit-geen.laws"),
	Deadline: rcAnswerTerm,
}

var rcUitBezwaarAfwegen = &Outcome{
	ID:       "bezwaar-afwegen",
	Title:    tx("rechten", "outcome.bezwaar-afwegen.title"),
	Verdict:  tx("rechten", "outcome.bezwaar-afwegen.verdict"),
	Inform:   joinTexts(rcTerm, tx("rechten", "outcome.bezwaar-afwegen.inform"), rcRefusal),
	Ground:   tx("rechten", "outcome.bezwaar-afwegen.ground"),
	Sources:  list("rechten", "outcome.bezwaar-afwegen.sources"),
	Laws:     list("rechten", "outcome.bezwaar-afwegen.laws"),
	Deadline: rcAnswerTerm,
}

var rcUitBezwaarWGBO = &Outcome{
	ID:       "bezwaar-wgbo",
	Title:    tx("rechten", "outcome.bezwaar-wgbo.title"),
	Verdict:  tx("rechten", "outcome.bezwaar-wgbo.verdict"),
	Inform:   rcWithTerm(tx("rechten", "outcome.bezwaar-wgbo.inform")),
	Ground:   tx("rechten", "outcome.bezwaar-wgbo.ground"),
	Sources:  list("rechten", "outcome.bezwaar-wgbo.sources"),
	Laws:     list("rechten", "outcome.bezwaar-wgbo.laws"),
	Deadline: rcAnswerTerm,
}

var rcUitWetNavragen = &Outcome{
	ID:      "wet-navragen",
	Title:   tx("rechten", "outcome.wet-navragen.title"),
	Verdict: fill(tx("rechten", "outcome.wet-navragen.verdict"), "privacy-officers", tx(municipalitiesWords, "privacy-officers")),
	Inform:  rcTerm,
	Ground:  tx("rechten", "outcome.wet-navragen.ground"),
	Sources: list("rechten", "outcome.wet-navragen.sources"),
	Laws:    list("rechten", "outcome.wet-navragen.laws"),
	Detail: func(a Answers) lang.Text {
		if a["recht"] == "dataportabiliteit" {
			return tx("rechten", "outcome.wet-navragen.detail-1")
		}
		return tx("rechten", "outcome.wet-navragen.detail-2")
	},
	Deadline: rcAnswerTerm,
}

var rcUitVergetelheid = &Outcome{
	ID:       "vergetelheid",
	Title:    tx("rechten", "outcome.vergetelheid.title"),
	Verdict:  tx("rechten", "outcome.vergetelheid.verdict"),
	Inform:   rcWithTerm(tx("rechten", "outcome.vergetelheid.inform")),
	Ground:   tx("rechten", "outcome.vergetelheid.ground"),
	Sources:  list("rechten", "outcome.vergetelheid.sources"),
	Laws:     list("rechten", "outcome.vergetelheid.laws"),
	Continue: "vernietiging aanleiding=verzoek",
	Deadline: rcAnswerTerm,
}
