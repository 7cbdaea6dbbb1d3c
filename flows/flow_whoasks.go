package flows

// whoAsksSteps returns the questions who asks to use a right over a
// client's data, the client's age and, for a parent, whether their
// authority was checked (§2.3, §4.2). A request the asker may make goes on
// to next; the others end in the outcomes of whoAsksOutcomes.
func whoAsksSteps(next string) (who, age, authority *Step) {
	why := tx("whoasks", "text.steps-why")
	who = &Step{
		ID:      "wie-vraagt",
		Label:   tx("whoasks", "step.wie-vraagt.label"),
		Ask:     tx("whoasks", "step.wie-vraagt.ask"),
		Why:     why,
		Sources: list("whoasks", "step.wie-vraagt.sources"),
		Options: []Option{
			{Value: "client", Label: tx("whoasks", "option.wie-vraagt.client.label"), Words: list("whoasks", "option.wie-vraagt.client.words"), Next: "leeftijd"},
			{Value: "ouder", Label: tx("whoasks", "option.wie-vraagt.ouder.label"), Words: list("whoasks", "option.wie-vraagt.ouder.words"), Next: "leeftijd"},
		},
	}
	age = &Step{
		ID:      "leeftijd",
		Label:   tx("whoasks", "step.leeftijd.label"),
		Ask:     tx("whoasks", "step.leeftijd.ask"),
		Why:     why,
		Sources: list("whoasks", "step.leeftijd.sources"),
		Options: izAgeOptions("", "", "", "", ""),
		Parse:   izParseAge,
		Route: func(a Answers) string {
			young := a["leeftijd"] == "onder-12" || a["leeftijd"] == "wilsonbekwaam"
			switch {
			case a["wie-vraagt"] == "client" && young:
				return "ouders-beslissen"
			case a["wie-vraagt"] == "client":
				return next
			case young:
				return "vrager-gezag"
			case a["leeftijd"] == "18-plus":
				return "volwassene-beslist"
			}
			return "vraag-jongere"
		},
	}
	authority = &Step{
		ID:      "vrager-gezag",
		Label:   tx("whoasks", "step.vrager-gezag.label"),
		Ask:     tx("whoasks", "step.vrager-gezag.ask"),
		Why:     tx("whoasks", "step.vrager-gezag.why"),
		Sources: list("whoasks", "step.vrager-gezag.sources"),
		Helper:  "gezag",
		Options: jaNeeOptions(next, "gezag-controleren"),
	}
	return who, age, authority
}

// whoAsksOutcomes returns the outcomes of whoAsksSteps for a request the
// asker may not make alone: none of them acts on the request.
func whoAsksOutcomes() (parents, youngPerson, adult, authority *Outcome) {
	parents = &Outcome{
		ID:      "ouders-beslissen",
		Title:   tx("whoasks", "outcome.ouders-beslissen.title"),
		Verdict: tx("whoasks", "outcome.ouders-beslissen.verdict"),
		Inform:  joinTexts(tx("whoasks", "outcome.ouders-beslissen.inform"), whoAsksTerm),
		Ground:  tx("whoasks", "outcome.ouders-beslissen.ground"),
		Sources: list("whoasks", "outcome.ouders-beslissen.sources"),
		Laws:    list("whoasks", "outcome.ouders-beslissen.laws"),
		Pending: true,
	}
	youngPerson = &Outcome{
		ID:      "vraag-jongere",
		Title:   tx("whoasks", "outcome.vraag-jongere.title"),
		Verdict: tx("whoasks", "outcome.vraag-jongere.verdict"),
		Inform:  joinTexts(tx("whoasks", "outcome.vraag-jongere.inform"), whoAsksTerm),
		Ground:  tx("whoasks", "outcome.vraag-jongere.ground"),
		Sources: list("whoasks", "outcome.vraag-jongere.sources"),
		Laws:    list("whoasks", "outcome.vraag-jongere.laws"),
		Pending: true,
	}
	adult = &Outcome{
		ID:      "volwassene-beslist",
		Title:   tx("whoasks", "outcome.volwassene-beslist.title"),
		Verdict: tx("whoasks", "outcome.volwassene-beslist.verdict"),
		Inform:  joinTexts(tx("whoasks", "outcome.volwassene-beslist.inform"), whoAsksTerm),
		Ground:  tx("whoasks", "outcome.volwassene-beslist.ground"),
		Sources: list("whoasks", "outcome.volwassene-beslist.sources"),
		Laws:    list("whoasks", "outcome.volwassene-beslist.laws"),
		Pending: true,
	}
	authority = &Outcome{
		ID:      "gezag-controleren",
		Title:   tx("whoasks", "outcome.gezag-controleren.title"),
		Verdict: tx("whoasks", "outcome.gezag-controleren.verdict"),
		Inform:  joinTexts(tx("whoasks", "outcome.gezag-controleren.inform"), whoAsksTerm),
		Ground:  tx("whoasks", "outcome.gezag-controleren.ground"),
		Sources: list("whoasks", "outcome.gezag-controleren.sources"),
		Laws:    list("whoasks", "outcome.gezag-controleren.laws"),
		Pending: true,
	}
	return parents, youngPerson, adult, authority
}

// whoAsksTerm is the term for answering a request, also one that is not
// carried out (AVG art. 12 lid 3).
var whoAsksTerm = tx("whoasks", "text.term")
