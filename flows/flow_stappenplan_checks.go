package flows

import "privacybot/lang"

// The checks the stappenplan asks before it permits: whose consent (§2.2,
// §2.3), the supervision order behind a GI's request (§1.6), the parent's
// own branch (§4.2) and the Verwijsindex's criterion (§1.6).

var spWieLeeftijd = &Step{
	ID:    "wie-leeftijd",
	Label: lang.T("Leeftijd van de jeugdige", "Age of the young person"),
	Ask: lang.T(
		"Wie moet toestemmen, hangt af van de leeftijd. Hoe oud is de jeugdige? Je mag ook een leeftijd typen.",
		"Whose consent counts depends on age. How old is the young person? You may also type an age."),
	Why: lang.T(
		"Onder de 12 beslissen de ouders met gezag; van 12 tot en met 15 de jongere en de ouders samen; vanaf 16 de jongere zelf, tenzij hij of zij de eigen belangen niet kan overzien (§2.2, §2.4 punt 2).",
		"Under 12 the parents with authority decide; from 12 to 15 the young person and the parents together; from 16 the young person alone, unless they cannot weigh their own interests (§2.2, §2.4 point 2)."),
	Sources: []string{"§2.2", "§2.4"},
	Options: izAgeOptions("wie-gezag", "wie-gezag", "toestemming-nu", "wie-gezag", "toestemming-nu"),
	Parse:   izParseAge,
}

var spWieGezag = authorityStep("wie-gezag", "toestemming-nu", "gezag-eerst")

var spToestemmingNu = &Step{
	ID:    "toestemming-nu",
	Label: lang.T("Gerichte toestemming van wie moet toestemmen", "Specific consent from whoever must consent"),
	Ask: lang.T(
		"Heb je van hen gerichte toestemming voor precies deze deling?",
		"Do you have their specific consent for exactly this sharing?"),
	Why: lang.T(
		"Voor delen gelden dezelfde regels als voor toestemming voor de hulp: de juiste personen stemmen in met precies deze deling (§2.4 punt 2, §1.4 vraag 2).",
		"Sharing follows the same rules as consent to the care: the right people agree to exactly this sharing (§2.4 point 2, §1.4 question 2)."),
	Sources: []string{"§1.4", "§2.4"},
	Options: spConsentAnswers(lang.T("Ja, ik heb hun gerichte toestemming", "Yes, I have their specific consent")),
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
		return lang.T("Toestemming nodig van: "+holders.NL+".", "Consent needed from: "+holders.EN+".")
	case "wilsonbekwaam":
		return lang.T("Toestemming nodig van: "+holders.NL+"; betrek de jongere er zo veel mogelijk bij.",
			"Consent needed from: "+holders.EN+"; involve the young person as much as possible.")
	case "12-15":
		return lang.T("Toestemming nodig van: de jongere én "+holders.NL+".", "Consent needed from: the young person and "+holders.EN+".")
	}
	return lang.T("Toestemming nodig van: de jongere zelf.", "Consent needed from: the young person alone.")
}

// authorityHolders names who holds authority, from an authority step's
// answer.
func authorityHolders(v string) lang.Text {
	switch v {
	case "een-ouder":
		return lang.T("de ouder met gezag", "the parent with parental authority")
	case "voogd":
		return lang.T("de voogd", "the guardian")
	}
	return lang.T("beide ouders met gezag", "both parents with parental authority")
}

// authorityAsk is the question who holds parental authority, with the rule
// on marriage after the birth (BW 1:251) and on recognition (BW 1:251b).
var authorityAsk = lang.T(
	"Wie heeft het gezag? Ouders die getrouwd of geregistreerd partner zijn of waren, hebben samen gezag, ook als ze pas na de geboorte trouwden en ook na een scheiding. Niet getrouwd: erkenning op of na 1 januari 2023 geeft meestal samen gezag; een eerdere erkenning alleen na inschrijving in het gezagsregister of een beslissing van de rechter.",
	"Who holds parental authority? Parents who are or were married or registered partners hold it jointly, also if they married only after the birth and also after a divorce. Not married: recognition on or after 1 January 2023 usually gives joint authority; an earlier recognition only after registration in the register of parental authority or a court decision.")

// authorityStep asks who holds parental authority; known goes to next,
// "don't know" to unknown. It offers the gezag flow to find out.
func authorityStep(id, next, unknown string) *Step {
	return &Step{
		ID:    id,
		Label: lang.T("Gezag", "Parental authority"),
		Ask:   authorityAsk,
		Why: lang.T(
			"Alleen wie gezag heeft, geeft toestemming namens het kind (§2.3, Begrippenlijst 'Gezag'). De handreiking noemt niet dat trouwen na de geboorte gezamenlijk gezag geeft (BW art. 1:251), en zegt dat erkenning geen gezag geeft; sinds 1 januari 2023 geeft erkenning meestal wel gezag (BW art. 1:251b).",
			"Only those with parental authority consent on the child's behalf (§2.3, Begrippenlijst 'Gezag'). The guideline does not say that marrying after the birth gives joint authority (BW art. 1:251), and says recognition gives no authority; since 1 January 2023 recognition usually does (BW art. 1:251b)."),
		Sources: []string{"§2.3", "Begrippenlijst"},
		Helper:  "gezag",
		Options: []Option{
			{Value: "beide", Label: lang.T("Beide ouders samen", "Both parents jointly"),
				Words: []string{"beide ouders", "samen", "gezamenlijk", "getrouwd", "erkend vanaf 2023", "both", "both parents", "joint", "married", "recognised from 2023"}, Next: next},
			{Value: "een-ouder", Label: lang.T("Eén ouder alleen", "One parent alone"),
				Words: []string{"een ouder", "1 ouder", "eenhoofdig", "alleen moeder", "alleen vader", "one parent", "sole"}, Next: next},
			{Value: "voogd", Label: lang.T("Een voogd", "A guardian"), Words: []string{"voogdij", "guardian", "guardianship"}, Next: next},
			{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"),
				Words: []string{"weet niet", "geen idee", "onbekend", "don't know", "dont know", "unknown"}, Next: unknown},
		},
	}
}

var spOTS = &Step{
	ID:    "ots",
	Label: lang.T("OTS door de rechter, uitgevoerd door deze GI", "Supervision order by the court, carried out by this GI"),
	Ask: lang.T(
		"Is er een ondertoezichtstelling (OTS) die de kinderrechter uitsprak, en voert deze jeugdbeschermer die OTS uit?",
		"Is there a supervision order (OTS) made by the juvenile court, and does this child protection worker carry it out?"),
	Why: lang.T(
		"De informatieplicht aan de gecertificeerde instelling (GI) geldt alleen bij een OTS, tegenover de GI die haar uitvoert, voor wat de OTS nodig heeft. Een GI die voogd is, heeft het gezag: dan vraag je haar als ouder. In het vrijwillig kader geldt de gewone regel van toestemming (§1.6).",
		"The duty to provide information to the certified institution (GI) applies only under a supervision order, towards the GI carrying it out, for what the order needs. A GI that is guardian holds parental authority: then you treat it as a parent. In the voluntary framework the ordinary rule of consent applies (§1.6)."),
	Sources: []string{"§1.6"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, er is een OTS en deze GI voert die uit", "Yes, there is an OTS and this GI carries it out"), Words: []string{"j", "yes", "y", "ots"}},
		{Value: "voogd", Label: lang.T("Nee, de GI is voogd (voogdij)", "No, the GI is guardian (guardianship)"), Words: []string{"voogdij", "guardian", "guardianship"}},
		{Value: "vrijwillig", Label: lang.T("Nee, geen OTS: vrijwillig kader of drang", "No, no OTS: voluntary framework"),
			Words: []string{"nee", "n", "no", "geen ots", "vrijwillig", "drang", "voluntary"}},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}},
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
	ID:    "ouder-wiens",
	Label: lang.T("Over wie de gegevens gaan", "Whom the data is about"),
	Ask: lang.T(
		"Over wie gaan de gegevens die je met de ouder wilt delen?",
		"Whom is the data about that you want to share with the parent?"),
	Why: lang.T(
		"Een ouder met gezag heeft recht op informatie over het kind. Gegevens over de andere ouder of een ander gezinslid zijn van die persoon: daarvoor is zijn of haar toestemming nodig (§4.1a, §4.2).",
		"A parent with authority is entitled to information about the child. Data about the other parent or another family member belongs to that person: it needs their consent (§4.1a, §4.2)."),
	Sources: []string{"§4.1a", "§4.2"},
	Options: []Option{
		{Value: "kind", Label: lang.T("Over het kind of de jongere", "About the child or young person"), Words: []string{"kind", "jongere", "child", "young person"}, Next: "ouder-gezag"},
		{Value: "ander", Label: lang.T("Over de andere ouder of een ander gezinslid", "About the other parent or another family member"),
			Words: []string{"andere ouder", "gezinslid", "other parent", "family member"}, Next: "noodzakelijk"},
	},
}

var spOuderGezag = &Step{
	ID:    "ouder-gezag",
	Label: lang.T("Gezag van deze ouder", "Authority of this parent"),
	Ask: lang.T(
		"Heeft deze ouder het gezag, en heb je dat nagevraagd? Vraag door: veel mensen halen erkenning en gezag door elkaar. Getrouwd of geregistreerd partner, ook na de geboorte: samen gezag.",
		"Does this parent hold parental authority, and have you checked? Ask on: many people confuse recognition with authority. Married or registered partners, also after the birth: joint authority."),
	Why: lang.T(
		"Een ouder met gezag beslist mee en krijgt informatie over het kind; een ouder zonder gezag heeft alleen recht op algemene informatie (§2.3, §4.2, BW art. 1:377c).",
		"A parent with authority has a say and gets information about the child; a parent without authority is entitled only to general information (§2.3, §4.2, BW art. 1:377c)."),
	Sources: []string{"§2.3", "§4.2"},
	Helper:  "gezag",
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, deze ouder heeft gezag (nagevraagd)", "Yes, this parent holds authority (checked)"), Words: []string{"j", "yes", "y", "met gezag", "with authority"}, Next: "ouder-leeftijd"},
		{Value: "nee", Label: lang.T("Nee, deze ouder heeft geen gezag", "No, this parent holds no authority"), Words: []string{"n", "no", "nee", "zonder gezag", "without authority"}, Next: "ouder-377c"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet (nog niet nagevraagd)", "I don't know (not checked yet)"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "gezag-eerst"},
	},
}

var spOuderLeeftijd = &Step{
	ID:    "ouder-leeftijd",
	Label: lang.T("Leeftijd van het kind", "Age of the child"),
	Ask:   lang.T("Hoe oud is het kind? Je mag ook een leeftijd typen.", "How old is the child? You may also type an age."),
	Why: lang.T(
		"Wat de ouder met gezag of de voogd krijgt, hangt af van de leeftijd van het kind en van de vraag of het kind zijn eigen belangen kan overzien (§2.2, §4.2).",
		"What the parent with authority or the guardian gets depends on the child's age and on whether the child can weigh their own interests (§2.2, §4.2)."),
	Sources: []string{"§2.2", "§4.2"},
	Options: izAgeOptions("ouder-informeren", "ouder-12-15", "ouder-jongere", "ouder-informeren", "noodzakelijk"),
	Parse:   izParseAge,
}

var spOuderJongere = &Step{
	ID:    "ouder-jongere",
	Label: lang.T("Toestemming van de jongere", "Consent of the young person"),
	Ask:   lang.T("Geeft de jongere toestemming om dit met de ouder te delen?", "Does the young person consent to sharing this with the parent?"),
	Why: lang.T(
		"Vanaf 16 beslist de jongere zelf wie informatie krijgt, ook tegenover de ouders (§2.2, §4.2).",
		"From 16 the young person decides alone who gets information, also towards the parents (§2.2, §4.2)."),
	Sources: []string{"§2.2", "§4.2"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, de jongere stemt in", "Yes, the young person agrees"), Words: []string{"j", "yes", "y"}, Next: "ouder-met-toestemming"},
		{Value: "nee", Label: lang.T("Nee, of nog niet gevraagd", "No, or not asked yet"), Words: []string{"n", "no", "nee", "niet gevraagd", "not asked"}, Next: "ouder-geen-toestemming"},
	},
}

var spOuder377c = &Step{
	ID:    "ouder-377c",
	Label: lang.T("Informatie aan ouder zonder gezag", "Information for a parent without authority"),
	Ask: lang.T(
		"Vraagt de ouder er zelf om, zou je dezelfde informatie ook een ouder met gezag geven, en verzet het belang van het kind zich er niet tegen?",
		"Does the parent ask for it, would you give the same information to a parent with authority, and does the child's interest not stand against it?"),
	Why: lang.T(
		"Een ouder zonder gezag krijgt op zijn of haar vraag algemene informatie over belangrijke zaken rond het kind, behalve als je die ook een ouder met gezag niet zou geven of als het belang van het kind zich ertegen verzet (§4.2, BW art. 1:377c).",
		"A parent without authority gets, on request, general information about important matters concerning the child, unless you would not give it to a parent with authority either or the child's interest stands against it (§4.2, BW art. 1:377c)."),
	Sources: []string{"§4.2"},
	Options: jaNeeOptions("ouder-zonder-gezag-info", "ouder-zonder-gezag-geen"),
}

var spVIBevoegd = &Step{
	ID:    "vi-bevoegd",
	Label: lang.T("Meldingsbevoegd", "Authorised to register"),
	Ask: lang.T(
		"Ben je meldingsbevoegd voor de Verwijsindex, dus aangewezen door je gemeente of organisatie?",
		"Are you authorised to register in the Verwijsindex, that is, designated by your municipality or organisation?"),
	Why: lang.T(
		"Alleen een meldingsbevoegde mag een jongere in de Verwijsindex melden (§1.6; Jeugdwet par. 7.1).",
		"Only an authorised professional may register a young person in the Verwijsindex (§1.6; Youth Act section 7.1)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("vi-leeftijd", "verwijsindex-niet"),
}

var spVILeeftijd = &Step{
	ID:      "vi-leeftijd",
	Label:   lang.T("Jonger dan 23", "Under 23"),
	Ask:     lang.T("Is de jongere jonger dan 23?", "Is the young person under 23?"),
	Why:     lang.T("De Verwijsindex is voor jongeren tot 23 jaar (§1.6; Jeugdwet par. 7.1).", "The Verwijsindex is for young people up to 23 (§1.6; Youth Act section 7.1)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("vi-vermoeden", "verwijsindex-niet"),
}

var spVIVermoeden = &Step{
	ID:    "vi-vermoeden",
	Label: lang.T("Redelijk vermoeden van een bedreigde ontwikkeling", "Reasonable suspicion of a threatened development"),
	Ask: lang.T(
		"Heb je een redelijk vermoeden dat de gezonde en veilige ontwikkeling van de jongere echt wordt bedreigd? Dat iemand je cliënt is, of dat je je wat zorgen maakt, is niet genoeg.",
		"Do you have a reasonable suspicion that the young person's healthy and safe development is actually threatened? Being your client, or some worry, is not enough."),
	Why: lang.T(
		"Melden mag alleen bij een redelijk vermoeden dat de ontwikkeling van de jongere daadwerkelijk wordt bedreigd (§1.6; Jeugdwet par. 7.1). Melden mag, afwegen moet.",
		"Registering is allowed only on a reasonable suspicion that the young person's development is actually threatened (§1.6; Youth Act section 7.1). You may register, but you must weigh it."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldrecht-bespreken", "verwijsindex-niet"),
}
