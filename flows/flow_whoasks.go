package flows

import "privacybot/lang"

// whoAsksSteps returns the questions who asks to use a right over a
// client's data, the client's age and, for a parent, whether their
// authority was checked (§2.3, §4.2). A request the asker may make goes on
// to next; the others end in the outcomes of whoAsksOutcomes.
func whoAsksSteps(next string) (who, age, authority *Step) {
	why := lang.T(
		"Vanaf 12 jaar oefent een jongere zijn eigen rechten over zijn gegevens uit, en vanaf 16 beslist hij alleen. Onder de 12, of als de jongere zijn belangen niet kan overzien, beslissen de ouders met gezag (§4.2).",
		"From 12 a young person exercises their own rights over their data, and from 16 they decide alone. Under 12, or when the young person cannot weigh their interests, the parents with authority decide (§4.2).")
	who = &Step{
		ID:      "wie-vraagt",
		Label:   lang.T("Wie het verzoek doet", "Who makes the request"),
		Ask:     lang.T("Wie doet het verzoek?", "Who makes the request?"),
		Why:     why,
		Sources: []string{"§4.2"},
		Options: []Option{
			{Value: "client", Label: lang.T("De cliënt of jongere zelf", "The client or young person"), Words: []string{"client", "jongere", "zelf", "young person", "themselves"}, Next: "leeftijd"},
			{Value: "ouder", Label: lang.T("Een ouder of voogd, voor het kind", "A parent or guardian, for the child"), Words: []string{"ouder", "voogd", "parent", "guardian"}, Next: "leeftijd"},
		},
	}
	age = &Step{
		ID:      "leeftijd",
		Label:   lang.T("Leeftijd van de cliënt", "Age of the client"),
		Ask:     lang.T("Hoe oud is de cliënt over wie de gegevens gaan? Je mag ook een leeftijd typen.", "How old is the client the data is about? You may also type an age."),
		Why:     why,
		Sources: []string{"§4.2"},
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
		ID:    "vrager-gezag",
		Label: lang.T("Gezag van de vrager gecontroleerd", "Authority of the requester checked"),
		Ask: lang.T(
			"Heb je gecontroleerd dat deze ouder of voogd het gezag heeft? Vraag door; wat de rechter besliste, staat in het gezagsregister.",
			"Have you checked that this parent or guardian holds parental authority? Ask on; what a court decided is in the register of parental authority."),
		Why: lang.T(
			"Alleen een ouder met gezag (of de voogd) oefent de rechten van een jong kind uit (§2.3, §4.2). Getrouwd of geregistreerd partner, ook na de geboorte: samen gezag (BW art. 1:251).",
			"Only a parent with authority (or the guardian) exercises the rights of a young child (§2.3, §4.2). Married or registered partners, also after the birth: joint authority (BW art. 1:251)."),
		Sources: []string{"§2.3", "§4.2"},
		Helper:  "gezag",
		Options: jaNeeOptions(next, "gezag-controleren"),
	}
	return who, age, authority
}

// whoAsksOutcomes returns the outcomes of whoAsksSteps for a request the
// asker may not make alone: none of them acts on the request.
func whoAsksOutcomes() (parents, youngPerson, adult, authority *Outcome) {
	parents = &Outcome{
		ID:    "ouders-beslissen",
		Title: lang.T("De ouders met gezag beslissen", "The parents with authority decide"),
		Verdict: lang.T(
			"Een kind onder de 12, of een jongere die zijn belangen niet kan overzien, doet dit verzoek niet zelf: de ouders met gezag of de voogd beslissen. Voer nog niets uit.",
			"A child under 12, or a young person who cannot weigh their interests, does not make this request alone: the parents with authority or the guardian decide. Carry out nothing yet."),
		Inform:  lang.T("Bespreek de wens van het kind met de ouders met gezag. "+whoAsksTerm.NL, "Discuss the child's wish with the parents with authority. "+whoAsksTerm.EN),
		Ground:  lang.T("Onder de 12, of bij wilsonbekwaamheid, oefenen de ouders met gezag de rechten van het kind uit (§4.2).", "Under 12, or when lacking capacity, the parents with authority exercise the child's rights (§4.2)."),
		Sources: []string{"§4.2"},
		Laws:    []string{"BW art. 7:465", "Jeugdwet art. 7.3.9", "Jeugdwet art. 7.3.10"},
		Pending: true,
	}
	youngPerson = &Outcome{
		ID:    "vraag-jongere",
		Title: lang.T("Vanaf 12 beslist de jongere mee: vraag het hem of haar", "From 12 the young person has a say: ask them"),
		Verdict: lang.T(
			"Voer het verzoek van de ouder niet alleen uit. Een jongere vanaf 12 oefent zijn eigen rechten uit, en vanaf 16 beslist hij alleen.",
			"Do not carry out the parent's request on its own. A young person from 12 exercises their own rights, and from 16 decides alone."),
		Inform:  lang.T("Vraag de jongere wat hij of zij wil, en laat de ouder weten dat je dat doet. "+whoAsksTerm.NL, "Ask the young person what they want, and tell the parent that you do. "+whoAsksTerm.EN),
		Ground:  lang.T("Vanaf 12 oefent de jongere zijn rechten over zijn gegevens zelf uit; vanaf 16 beslist hij alleen (§4.2).", "From 12 the young person exercises their rights over their data; from 16 they decide alone (§4.2)."),
		Sources: []string{"§4.2"},
		Laws:    []string{"Jeugdwet art. 7.3.9", "Jeugdwet art. 7.3.10", "Jeugdwet art. 7.3.5 lid 1"},
		Pending: true,
	}
	adult = &Outcome{
		ID:    "volwassene-beslist",
		Title: lang.T("Vanaf 18 beslist de cliënt zelf", "From 18 the client decides"),
		Verdict: lang.T(
			"De cliënt is volwassen: een ouder kan dit verzoek niet voor hem of haar doen. Voer het niet uit.",
			"The client is an adult: a parent cannot make this request for them. Do not carry it out."),
		Inform:  lang.T("Laat de ouder weten dat alleen de cliënt zelf dit kan vragen. "+whoAsksTerm.NL, "Tell the parent that only the client can ask this. "+whoAsksTerm.EN),
		Ground:  lang.T("Vanaf 18 is iemand meerderjarig en oefent zijn rechten zelf uit (Begrippenlijst, §2.2).", "From 18 a person is of age and exercises their rights alone (Begrippenlijst, §2.2)."),
		Sources: []string{"Begrippenlijst", "§2.2"},
		Laws:    []string{"BW art. 1:233"},
		Pending: true,
	}
	authority = &Outcome{
		ID:    "gezag-controleren",
		Title: lang.T("Controleer eerst het gezag", "First check parental authority"),
		Verdict: lang.T(
			"Voer nog niets uit. Ga eerst na of deze ouder of voogd het gezag heeft.",
			"Carry out nothing yet. First check whether this parent or guardian holds parental authority."),
		Inform:  lang.T("Vraag door bij de ouders; wat de rechter besliste, staat in het gezagsregister. "+whoAsksTerm.NL, "Ask the parents; what a court decided is in the register of parental authority. "+whoAsksTerm.EN),
		Ground:  lang.T("Alleen een ouder met gezag of de voogd oefent de rechten van een jong kind uit (§2.3, §4.2).", "Only a parent with authority or the guardian exercises the rights of a young child (§2.3, §4.2)."),
		Sources: []string{"§2.3", "§4.2"},
		Laws:    []string{"BW art. 1:251", "BW art. 1:251b"},
		Pending: true,
	}
	return parents, youngPerson, adult, authority
}

// whoAsksTerm is the term for answering a request, also one that is not
// carried out (AVG art. 12 lid 3).
var whoAsksTerm = lang.T("Beantwoord het verzoek binnen een maand (AVG art. 12 lid 3).", "Answer the request within one month (AVG art. 12 lid 3).")
