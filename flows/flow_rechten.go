package flows

import "privacybot/lang"

// rechtenFlow answers a client's request to use one of their AVG rights
// other than access: correction, restriction, portability, objection or
// erasure, each as it works in the youth domain (§4.1 b–f).
func rechtenFlow(*source) *Flow {
	who, age, authority := whoAsksSteps("recht")
	parents, young, adult, check := whoAsksOutcomes()
	return &Flow{
		ID:    "rechten",
		Start: "wie-vraagt",
		Steps: []*Step{
			who,
			age,
			authority,
			rcRecht(),
			rcSoortWijziging(),
			rcBeperkingReden(),
			rcWetPortabiliteit(),
			rcWetBezwaar(),
		},
		Outcomes: []*Outcome{
			parents,
			young,
			adult,
			check,
			rcUitAanpassen(),
			rcUitEigenVerklaring(),
			rcUitBeperkingTijdelijk(),
			rcUitBeperkingWeinigKans(),
			rcUitPortabiliteitWGBO(),
			rcUitPortabiliteitGeen(),
			rcUitBezwaarAfwegen(),
			rcUitBezwaarWGBO(),
			rcUitWetNavragen(),
			rcUitVergetelheid(),
		},
	}
}

// rcAnswerTerm is the term for answering a request (AVG art. 12 lid 3).
var rcAnswerTerm = &Deadline{Months: 1, What: tx("rechten", "text.answer-term-what")}

func rcRecht() *Step {
	return &Step{
		ID: "recht",
		Options: []Option{
			{Value: "rectificatie", Next: "soort-wijziging"},
			{Value: "beperking", Next: "beperking-reden"},
			{Value: "dataportabiliteit", Next: "wet-portabiliteit"},
			{Value: "bezwaar", Next: "wet-bezwaar"},
			{Value: "vergetelheid", Next: "vergetelheid"},
		},
	}
}

func rcSoortWijziging() *Step {
	return &Step{
		ID: "soort-wijziging",
		Options: []Option{
			{Value: "feitelijk", Next: "aanpassen"},
			{Value: "oordeel", Next: "eigen-verklaring"},
			{Value: "aanvulling", Next: "eigen-verklaring"},
		},
	}
}

func rcBeperkingReden() *Step {
	return &Step{
		ID: "beperking-reden",
		Options: []Option{
			{Value: "juistheid", Next: "beperking-tijdelijk"},
			{Value: "bezwaar-loopt", Next: "beperking-tijdelijk"},
			{Value: "anders", Next: "beperking-weinig-kans"},
		},
	}
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

func rcWetPortabiliteit() *Step {
	return &Step{
		ID: "wet-portabiliteit",
		Options: rcLawOptions(
			tx("rechten", "step.wet-portabiliteit.option-wgbo"),
			tx("rechten", "step.wet-portabiliteit.option-other-laws"),
			"portabiliteit-wgbo", "portabiliteit-geen"),
	}
}

func rcWetBezwaar() *Step {
	return &Step{
		ID: "wet-bezwaar",
		Options: rcLawOptions(
			tx("rechten", "step.wet-bezwaar.option-wgbo"),
			tx("rechten", "step.wet-bezwaar.option-other-laws"),
			"bezwaar-wgbo", "bezwaar-afwegen"),
	}
}

// rcTerm is the term for answering a request and who handles it.
var rcTerm = tx("rechten", "text.term")

// rcRefusal tells the client what they can do when a request is refused.
var rcRefusal = tx("rechten", "text.refusal")

// rcWithTerm adds the term and who handles it to a text.
func rcWithTerm(t lang.Text) lang.Text {
	return joinTexts(t, rcTerm)
}

func rcUitAanpassen() *Outcome {
	return &Outcome{
		ID:       "aanpassen",
		Inform:   rcWithTerm(tx("rechten", "outcome.aanpassen.inform")),
		Deadline: rcAnswerTerm,
	}
}

func rcUitEigenVerklaring() *Outcome {
	return &Outcome{
		ID:     "eigen-verklaring",
		Inform: rcWithTerm(tx("rechten", "outcome.eigen-verklaring.inform")),
		Detail: func(a Answers) lang.Text {
			if a["soort-wijziging"] != "aanvulling" {
				return lang.Text{}
			}
			return tx("rechten", "outcome.eigen-verklaring.detail")
		},
		Deadline: rcAnswerTerm,
	}
}

func rcUitBeperkingTijdelijk() *Outcome {
	return &Outcome{
		ID:       "beperking-tijdelijk",
		Inform:   rcWithTerm(tx("rechten", "outcome.beperking-tijdelijk.inform")),
		Deadline: rcAnswerTerm,
	}
}

func rcUitBeperkingWeinigKans() *Outcome {
	return &Outcome{
		ID:       "beperking-weinig-kans",
		Inform:   joinTexts(rcTerm, rcRefusal),
		Deadline: rcAnswerTerm,
	}
}

func rcUitPortabiliteitWGBO() *Outcome {
	return &Outcome{
		ID:     "portabiliteit-wgbo",
		Inform: rcTerm,
		Shared: func(Answers) lang.Text {
			return tx("rechten", "outcome.portabiliteit-wgbo.shared")
		},
		Deadline: rcAnswerTerm,
	}
}

func rcUitPortabiliteitGeen() *Outcome {
	return &Outcome{
		ID:       "portabiliteit-geen",
		Inform:   rcWithTerm(tx("rechten", "outcome.portabiliteit-geen.inform")),
		Continue: "inzage",
		Deadline: rcAnswerTerm,
	}
}

func rcUitBezwaarAfwegen() *Outcome {
	return &Outcome{
		ID:       "bezwaar-afwegen",
		Inform:   joinTexts(rcTerm, tx("rechten", "outcome.bezwaar-afwegen.inform"), rcRefusal),
		Deadline: rcAnswerTerm,
	}
}

func rcUitBezwaarWGBO() *Outcome {
	return &Outcome{
		ID:       "bezwaar-wgbo",
		Inform:   rcWithTerm(tx("rechten", "outcome.bezwaar-wgbo.inform")),
		Deadline: rcAnswerTerm,
	}
}

func rcUitWetNavragen() *Outcome {
	return &Outcome{
		ID:      "wet-navragen",
		Verdict: fill(tx("rechten", "outcome.wet-navragen.verdict"), "privacy-officers", tx(municipalitiesWords, "privacy-officers")),
		Inform:  rcTerm,
		Detail: func(a Answers) lang.Text {
			if a["recht"] == "dataportabiliteit" {
				return tx("rechten", "outcome.wet-navragen.detail-portability")
			}
			return tx("rechten", "outcome.wet-navragen.detail-objection")
		},
		Deadline: rcAnswerTerm,
	}
}

func rcUitVergetelheid() *Outcome {
	return &Outcome{
		ID:       "vergetelheid",
		Inform:   rcWithTerm(tx("rechten", "outcome.vergetelheid.inform")),
		Continue: "vernietiging aanleiding=verzoek",
		Deadline: rcAnswerTerm,
	}
}
