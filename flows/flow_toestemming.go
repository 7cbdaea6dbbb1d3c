package flows

import "privacybot/lang"

// toestemmingFlow works out whose consent is needed for care and for
// sharing data: by age, ability to weigh one's own interests and parental
// authority (§2.2, §2.3, §2.4 point 2), and what to do when someone refuses.
func toestemmingFlow(*source) *Flow {
	return &Flow{
		ID:      "toestemming",
		Aliases: []string{"consent", "wie moet toestemming geven", "toestemming geven", "whose consent", "who consents"},
		Title:   lang.T("Wie moet toestemming geven?", "Whose consent is needed?"),
		Intro: lang.T(
			"Met een paar vragen zoeken we uit van wie je toestemming nodig hebt, voor de hulp én voor het delen van gegevens (§2.2, §2.3, §2.4). Noem geen namen: leeftijd en gezag zijn genoeg.",
			"A few questions find out whose consent you need, for the care and for sharing data (§2.2, §2.3, §2.4). Give no names: age and authority are enough."),
		Sources: []string{"§2.2", "§2.3", "§2.4"},
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
	ID:    "leeftijd",
	Label: lang.T("Leeftijd van de jeugdige", "Age of the young person"),
	Ask: lang.T(
		"Hoe oud is de jeugdige? Kies een groep of typ de leeftijd, bijvoorbeeld '14 jaar'.",
		"How old is the young person? Pick a group or type the age, for example '14 years'."),
	Why: lang.T(
		"De wet kent drie leeftijdsgroepen voor toestemming: jonger dan 12, 12 tot en met 15, en 16 of 17 (§2.2). Vanaf 18 beslist iemand zelf.",
		"The law has three age groups for consent: under 12, 12 to 15, and 16 or 17 (§2.2). From 18 a person decides alone."),
	Sources: []string{"§2.2"},
	Options: []Option{
		{Value: "onder-12", Label: lang.T("Jonger dan 12", "Under 12"), Words: []string{"kind", "child", "jonger dan twaalf", "under twelve"}, Next: "gezag-wie"},
		{Value: "12-15", Label: lang.T("12 tot en met 15", "12 to 15"), Words: []string{"12 t/m 15", "12 tm 15", "twaalf tot zestien"}, Next: "wilsbekwaam"},
		{Value: "16-17", Label: lang.T("16 of 17", "16 or 17"), Words: []string{"16 17", "zestien", "zeventien"}, Next: "wilsbekwaam"},
		{Value: "18-plus", Label: lang.T("18 of ouder", "18 or older"), Words: []string{"18+", "volwassen", "meerderjarig", "adult", "jongvolwassene"}, Next: "jongvolwassene"},
	},
	Parse: tsParseAge,
}

var tsWilsbekwaam = &Step{
	ID:    "wilsbekwaam",
	Label: lang.T("Kan eigen belangen overzien", "Able to weigh own interests"),
	Ask: lang.T(
		"Kan de jongere zijn of haar eigen belangen redelijk overzien en afwegen (wilsbekwaam)? Bijvoorbeeld niet bij een ernstige verstandelijke beperking.",
		"Can the young person reasonably understand and weigh their own interests (has capacity)? For example not with a severe intellectual disability."),
	Why: lang.T(
		"Een jongere vanaf 12 die dat niet kan, geeft zelf geen toestemming; dan beslissen de ouders met gezag of de voogd (§2.2).",
		"A young person from 12 who cannot do so gives no consent themselves; the parents with authority or the guardian decide (§2.2)."),
	Sources: []string{"§2.2"},
	Options: jaNeeOptions("", ""),
	Route: func(a Answers) string {
		if a["leeftijd"] == "16-17" && a["wilsbekwaam"] == "ja" {
			return "jongere-alleen"
		}
		return "gezag-wie"
	},
}

var tsGezag = &Step{
	ID:    "gezag-wie",
	Label: lang.T("Gezag", "Parental authority"),
	Ask:   authorityAsk,
	Why: lang.T(
		"Alleen wie gezag heeft, geeft toestemming namens het kind (§2.3, Begrippenlijst 'Gezag'). De handreiking noemt niet dat trouwen na de geboorte gezamenlijk gezag geeft (BW art. 1:251), en zegt dat erkenning geen gezag geeft; sinds 1 januari 2023 geeft erkenning meestal wel gezag (BW art. 1:251b).",
		"Only those with parental authority consent on the child's behalf (§2.3, Begrippenlijst 'Gezag'). The guideline does not say that marrying after the birth gives joint authority (BW art. 1:251), and says recognition gives no authority; since 1 January 2023 recognition usually does (BW art. 1:251b)."),
	Sources: []string{"§2.3", "Begrippenlijst"},
	Helper:  "gezag",
	Options: []Option{
		{Value: "beide", Label: lang.T("Beide ouders samen", "Both parents jointly"), Words: []string{"beide ouders", "samen", "gezamenlijk", "getrouwd", "erkend vanaf 2023", "both", "both parents", "joint", "married", "recognised from 2023"}, Next: "aanwezig"},
		{Value: "een-ouder", Label: lang.T("Eén ouder alleen", "One parent alone"), Words: []string{"een ouder", "1 ouder", "eenhoofdig", "alleen moeder", "alleen vader", "one parent", "sole"}, Next: "weigering-een"},
		{Value: "voogd", Label: lang.T("Een voogd", "A guardian"), Words: []string{"voogdij", "guardian", "guardianship"}, Next: "weigering-een"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "onbekend", "don't know", "dont know", "unknown"}, Next: "gezag-uitzoeken"},
	},
}

var tsAanwezig = &Step{
	ID:    "aanwezig",
	Label: lang.T("Ouders bij het gesprek", "Parents in the conversation"),
	Ask: lang.T(
		"Spreek je met beide ouders, of met één? En zijn er aanwijzingen dat de afwezige ouder bezwaar heeft?",
		"Are you talking with both parents, or with one? And are there signs that the absent parent objects?"),
	Why: lang.T(
		"Is één ouder aanwezig, dan mag je ervan uitgaan dat die ook namens de ander spreekt, ook na een scheiding, tenzij je aanwijzingen hebt voor bezwaar (§2.3).",
		"If one parent is present, you may assume they also speak for the other, also after a divorce, unless there are signs of objection (§2.3)."),
	Sources: []string{"§2.3"},
	Options: []Option{
		{Value: "beide", Label: lang.T("Met beide ouders", "With both parents"), Words: []string{"beide", "both"}, Next: "weigering"},
		{Value: "een-ouder", Label: lang.T("Met één ouder; geen teken van bezwaar", "With one parent; no sign of objection"), Words: []string{"een ouder", "1 ouder", "one parent"}, Next: "weigering"},
		{Value: "een-bezwaar", Label: lang.T("Met één ouder; de ander heeft misschien bezwaar", "With one parent; the other may object"), Words: []string{"bezwaar", "objects", "objection"}, Next: "weigering"},
	},
}

var tsWeigering = &Step{
	ID:    "weigering",
	Label: lang.T("Weigering", "Refusal"),
	Ask:   lang.T("Weigert iemand van wie je toestemming nodig hebt?", "Does anyone whose consent you need refuse?"),
	Why: lang.T(
		"Weigert iemand van wie je toestemming nodig hebt, dan biedt de wet beperkte ruimte om toch te helpen (§2.3 'Geen toestemming ouders'). Dat geldt ook voor het delen van gegevens (§2.4 punt 2).",
		"If someone whose consent you need refuses, the law leaves limited room to help anyway (§2.3 'Geen toestemming ouders'). The same goes for sharing data (§2.4 point 2)."),
	Sources: []string{"§2.3", "§2.4"},
	Options: []Option{
		{Value: "niemand", Label: lang.T("Nee, niemand weigert", "No, nobody refuses"), Words: []string{"nee", "n", "no", "nobody", "niemand"}},
		{Value: "een-ouder", Label: lang.T("Eén van de twee ouders met gezag weigert", "One of the two parents with authority refuses"), Words: []string{"een ouder", "1 ouder", "one parent"}},
		{Value: "gezag", Label: lang.T("Beide ouders met gezag weigeren", "Both parents with authority refuse"), Words: []string{"ouders", "beide ouders", "parents", "both parents"}},
		{Value: "jongere", Label: lang.T("De jongere zelf weigert", "The young person refuses"), Words: []string{"kind", "jongere", "child", "young person"}},
	},
	Route: tsAfterRefusal,
}

// tsWeigeringEen asks about a refusal where one person holds authority: a
// single parent or a guardian, so no "one of two parents refuses".
var tsWeigeringEen = &Step{
	ID:      "weigering-een",
	Label:   lang.T("Weigering", "Refusal"),
	Ask:     tsWeigering.Ask,
	Why:     tsWeigering.Why,
	Sources: tsWeigering.Sources,
	Options: []Option{
		{Value: "niemand", Label: lang.T("Nee, niemand weigert", "No, nobody refuses"), Words: []string{"nee", "n", "no", "nobody", "niemand"}},
		{Value: "gezag", Label: lang.T("De ouder met gezag of de voogd weigert", "The parent with authority or the guardian refuses"), Words: []string{"ouder", "voogd", "parent", "guardian"}},
		{Value: "jongere", Label: lang.T("De jongere zelf weigert", "The young person refuses"), Words: []string{"kind", "jongere", "child", "young person"}},
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
	ID:    "jongere-wens",
	Label: lang.T("Jongere wil de hulp weloverwogen", "Young person wants the care, well considered"),
	Ask: lang.T(
		"Blijft de jongere, goed geïnformeerd over de gevolgen, de hulp weloverwogen wensen? Of is de hulp kennelijk nodig om ernstig nadeel voor de jongere te voorkomen?",
		"Does the young person, well informed about the consequences, keep wanting the care after careful thought? Or is the care clearly needed to prevent serious harm to the young person?"),
	Why: lang.T(
		"Voor een jongere van 12 tot en met 15 is de toestemming van de ouders niet nodig als de hulp kennelijk nodig is om ernstig nadeel te voorkomen, of als de jongere de hulp weloverwogen blijft wensen (BW art. 7:450 lid 2, Jeugdwet art. 7.3.4). De handreiking (§2.3, noot 27) noemt alleen het tweede.",
		"For a young person of 12 to 15 the parents' consent is not needed if the care is clearly needed to prevent serious harm, or if the young person keeps wanting it after careful thought (BW art. 7:450 lid 2, Youth Act art. 7.3.4). The guideline (§2.3, note 27) names only the second."),
	Sources: []string{"§2.3", "noot 27"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, de jongere wil de hulp weloverwogen", "Yes, the young person wants it after careful thought"), Words: []string{"j", "yes", "y"}, Next: "hulp-op-wens-jongere"},
		{Value: "ernstig-nadeel", Label: lang.T("De hulp is kennelijk nodig tegen ernstig nadeel", "The care is clearly needed against serious harm"),
			Words: []string{"ernstig nadeel", "kennelijk nodig", "serious harm", "clearly needed"}, Next: "hulp-op-wens-jongere"},
		{Value: "nee", Label: lang.T("Nee, geen van beide", "No, neither"), Words: []string{"n", "no", "nee", "neither"}, Next: "veiligheid"},
	},
}

var tsVeiligheid = &Step{
	ID:    "veiligheid",
	Label: lang.T("Veiligheid van het kind in gevaar", "Child's safety at risk"),
	Ask: lang.T(
		"Is de veiligheid van het kind in gevaar, zodat hulp dringend nodig is?",
		"Is the child's safety at risk, so that help is urgently needed?"),
	Why: lang.T(
		"Is de veiligheid van het kind in gevaar, dan volg je de meldcode en mag je zo nodig zonder toestemming delen (§2.3, §1.6).",
		"If the child's safety is at risk, you follow the reporting code and may share without consent where needed (§2.3, §1.6)."),
	Sources: []string{"§2.3", "§1.6"},
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
		return lang.T("de ouder met gezag", "the parent with parental authority")
	case "voogd":
		return lang.T("de voogd", "the guardian")
	}
	return lang.T("beide ouders met gezag", "both parents with parental authority")
}

// tsWhoConsents says exactly whose consent is needed.
func tsWhoConsents(a Answers) lang.Text {
	h := tsHolders(a)
	switch {
	case a["leeftijd"] == "onder-12":
		return lang.T(
			"Toestemming nodig van: "+h.NL+". Het kind geeft zelf formeel geen toestemming, maar je neemt zijn of haar mening mee in je afweging.",
			"Consent needed from: "+h.EN+". The child gives no formal consent, but you take their view into account.")
	case a["wilsbekwaam"] == "nee":
		return lang.T(
			"Toestemming nodig van: "+h.NL+". De jongere kan zijn of haar belangen niet overzien en geeft daarom zelf geen toestemming; betrek hem of haar er wel zo veel mogelijk bij.",
			"Consent needed from: "+h.EN+". The young person cannot weigh their interests and so gives no consent; still involve them as much as possible.")
	}
	return lang.T(
		"Toestemming nodig van: "+h.NL+" én de jongere zelf.",
		"Consent needed from: "+h.EN+" and the young person.")
}

// tsPresence adds what follows from one parent being present.
func tsPresence(a Answers) lang.Text {
	switch a["aanwezig"] {
	case "een-ouder":
		return lang.T(
			"Je spreekt één ouder: je mag ervan uitgaan dat die ook namens de andere ouder spreekt, ook na een scheiding. Voor niet-ingrijpende hulp en gewone, noodzakelijke handelingen mag je de toestemming van de afwezige ouder veronderstellen.",
			"You are talking with one parent: you may assume they also speak for the other parent, also after a divorce. For non-invasive care and ordinary, necessary acts you may presume the absent parent's consent.")
	case "een-bezwaar":
		return lang.T(
			"Er zijn aanwijzingen dat de afwezige ouder bezwaar heeft: vraag die ouder dan uitdrukkelijk om toestemming. Dat geldt ook bij een verwijzing.",
			"There are signs that the absent parent objects: then ask that parent explicitly for consent. This also applies to a referral.")
	}
	return lang.Text{}
}

var tsSpecificForSharing = lang.T(
	"Voor het delen van gegevens moet de toestemming gericht zijn: voor precies deze informatie, deze ontvanger en dit doel (§2.4).",
	"For sharing data the consent must be specific: for exactly this information, this recipient and this purpose (§2.4).")

var tsUitWieToestemt = &Outcome{
	ID:    "wie-toestemt",
	Title: lang.T("Zo weet je wie toestemming geeft", "Whose consent you need"),
	Verdict: lang.T(
		"Vraag de toestemming van de personen hieronder, voor de hulp en voor elke deling van gegevens met wie niet direct bij de hulp betrokken is.",
		"Ask the consent of the people below, for the care and for each sharing of data with someone not directly involved in the care."),
	DetailFirst: true,
	Inform: lang.T(
		"Leg in het dossier vast wie toestemming gaf, waarvoor en hoe (bij mondelinge toestemming een aantekening).",
		"Record in the file who consented, to what and how (for oral consent, a note)."),
	Ground: lang.T(
		"Wie toestemt, hangt af van leeftijd, wilsbekwaamheid en gezag (§2.2, §2.3); voor het delen van gegevens geldt hetzelfde (§2.4 punt 2).",
		"Who consents depends on age, competence and parental authority (§2.2, §2.3); the same applies to sharing data (§2.4 point 2)."),
	Sources: []string{"§2.2", "§2.3", "§2.4"},
	Laws:    []string{"BW art. 7:450", "BW art. 7:465", "Jeugdwet art. 7.3.4", "BW art. 1:245"},
	Detail: func(a Answers) lang.Text {
		var refused lang.Text
		if tsRefusal(a) == "jongere" {
			refused = lang.T(
				"Het kind weigert: formeel beslissen "+tsHolders(a).NL+", maar neem de weigering serieus en praat erover.",
				"The child refuses: formally "+tsHolders(a).EN+" decide, but take the refusal seriously and talk about it.")
			if a["wilsbekwaam"] == "nee" {
				refused = spJoin(refused, lang.T(
					"Verzet de jongere zich tegen ingrijpende hulp, dan mag die alleen als die kennelijk nodig is om ernstig nadeel te voorkomen (BW art. 7:465 lid 6).",
					"If the young person resists invasive care, it may only go ahead when it is clearly needed to prevent serious harm (BW art. 7:465 lid 6)."))
			}
		}
		return spJoin(tsWhoConsents(a), tsPresence(a), refused, tsSpecificForSharing)
	},
}

var tsUitJongereAlleen = &Outcome{
	ID:    "jongere-alleen",
	Title: lang.T("De jongere beslist zelf", "The young person decides"),
	Verdict: lang.T(
		"Een jongere van 16 of 17 die zijn of haar belangen kan overzien, beslist zelf: je hebt alleen de toestemming van de jongere nodig, niet die van de ouders.",
		"A young person of 16 or 17 who can weigh their own interests decides alone: you need only the young person's consent, not the parents'."),
	Inform: lang.T(
		"Leg de toestemming vast in het dossier. Ouders met gezag hebben voor inzage in het dossier de toestemming van de jongere nodig (§4.2).",
		"Record the consent in the file. Parents with authority need the young person's consent to see the file (§4.2)."),
	Ground: lang.T(
		"Vanaf 16 geeft een wilsbekwame jongere zelf toestemming (§2.2). Weigert de jongere en is de veiligheid in gevaar, volg dan de meldcode (§2.3, §1.6).",
		"From 16 a young person with capacity consents alone (§2.2). If the young person refuses and safety is at risk, follow the reporting code (§2.3, §1.6)."),
	Sources: []string{"§2.2", "§4.2"},
	Laws:    []string{"BW art. 7:447", "BW art. 7:450", "Jeugdwet art. 7.3.5 lid 1"},
	Detail: func(Answers) lang.Text {
		return tsSpecificForSharing
	},
}

var tsUitJongvolwassene = &Outcome{
	ID:    "jongvolwassene",
	Title: lang.T("De jongvolwassene beslist zelf", "The young adult decides"),
	Verdict: lang.T(
		"Vanaf 18 jaar beslist de jongvolwassene zelf. Ouders hebben geen gezag meer en krijgen geen informatie zonder zijn of haar toestemming.",
		"From 18 the young adult decides alone. Parents no longer hold authority and get no information without their consent."),
	Inform: lang.T(
		"Leg de toestemming vast in het dossier.",
		"Record the consent in the file."),
	Ground: lang.T(
		"Jeugdigen zijn 0 tot en met 23 jaar, maar vanaf 18 is iemand meerderjarig en geeft zelf toestemming (Begrippenlijst, §2.2). Kan een volwassene zijn of haar belangen niet overzien, dan kan een mentor of curator beslissen; dat valt buiten de handreiking, vraag het de FG.",
		"Young people are 0 to 23, but from 18 a person is of age and consents alone (Begrippenlijst, §2.2). If an adult cannot weigh their interests, a mentor or an administrator (curator) may decide; that is outside the guideline, ask the data protection officer (FG)."),
	Sources: []string{"Begrippenlijst", "§2.2"},
	Laws:    []string{"BW art. 1:233", "BW art. 7:450", "Jeugdwet art. 7.3.4"},
	Detail: func(Answers) lang.Text {
		return tsSpecificForSharing
	},
}

var tsUitGezagUitzoeken = &Outcome{
	ID:    "gezag-uitzoeken",
	Title: lang.T("Zoek eerst uit wie het gezag heeft", "First find out who holds parental authority"),
	Verdict: lang.T(
		"Vraag de ouders wie het gezag heeft en vraag door: veel mensen halen erkenning en gezag door elkaar. Trouwden de ouders na de geboorte, dan hebben ze samen gezag. Vraag bij ouders die niet getrouwd zijn wanneer het kind erkend is.",
		"Ask the parents who holds parental authority and ask on: many people confuse recognition with authority. If the parents married after the birth, they hold joint authority. With parents who are not married, ask when the child was recognised."),
	Inform: lang.T(
		"Kom je er niet uit, vraag dan een uittreksel uit het gezagsregister bij een rechtbank.",
		"If that does not settle it, request an extract from the register of parental authority at a court."),
	Ground: lang.T(
		"Alleen wie gezag heeft, geeft toestemming namens een minderjarige (§2.3, Begrippenlijst 'Gezag'). Sinds 1 januari 2023 geeft erkenning meestal gezag (BW art. 1:251b); dat staat niet in het gezagsregister. De handreiking noemt nog de oude regel dat erkenning geen gezag geeft.",
		"Only those with parental authority consent for a minor (§2.3, Begrippenlijst 'Gezag'). Since 1 January 2023 recognition usually gives authority (BW art. 1:251b); that is not in the register of parental authority. The guideline still shows the old rule that recognition gives no authority."),
	Sources: []string{"§2.3", "Begrippenlijst", "noot 24", "noot 25"},
	Laws:    []string{"BW art. 1:244", "BW art. 1:245", "BW art. 1:251", "BW art. 1:251b"},
	Pending: true,
}

var tsUitWensJongere = &Outcome{
	ID:    "hulp-op-wens-jongere",
	Title: lang.T("Je mag de jongere toch helpen", "You may help the young person anyway"),
	Verdict: lang.T(
		"De ouders met gezag weigeren (deels), maar je mag de jongere van 12 tot en met 15 toch helpen als jij dat verantwoord vindt.",
		"The parents with authority refuse (in part), but you may still help the young person of 12 to 15 if you find that responsible."),
	Inform: lang.T(
		"Leg de jongere in begrijpelijke taal uit wat zijn of haar keuze betekent. Leg de weigering, de wens van de jongere en je afweging vast in het dossier.",
		"Explain to the young person in plain words what their choice means. Record the refusal, the young person's wish and your weighing in the file."),
	Ground: lang.T(
		"Voor een jongere van 12 tot en met 15 is de toestemming van de ouders niet nodig als de hulp kennelijk nodig is om ernstig nadeel te voorkomen, of als de jongere haar weloverwogen blijft wensen (§2.3, noot 27; BW art. 7:450 lid 2). Gegevens deel je zonder toestemming van de ouders alleen via het stappenplan (§1.4).",
		"For a young person of 12 to 15 the parents' consent is not needed if the care is clearly needed to prevent serious harm, or if the young person keeps wanting it after careful thought (§2.3, note 27; BW art. 7:450 lid 2). You share data without the parents' consent only through the step-by-step plan (§1.4)."),
	Sources: []string{"§2.3", "§1.4", "noot 27"},
	Laws:    []string{"BW art. 7:450 lid 2", "Jeugdwet art. 7.3.4 lid 2"},
	Detail: func(a Answers) lang.Text {
		why := lang.T("De jongere blijft de hulp weloverwogen wensen.", "The young person keeps wanting the care after careful thought.")
		if a["jongere-wens"] == "ernstig-nadeel" {
			why = lang.T("De hulp is kennelijk nodig om ernstig nadeel voor de jongere te voorkomen.", "The care is clearly needed to prevent serious harm to the young person.")
		}
		if tsRefusal(a) == "een-ouder" && a["gezag-wie"] == "beide" {
			why = spJoin(why, lang.T(
				"Daarnaast kan de andere ouder met gezag de rechter om vervangende toestemming vragen.",
				"The other parent with authority can also ask the court for substitute consent."))
		}
		return why
	},
}

var tsUitVervangend = &Outcome{
	ID:    "vervangende-toestemming",
	Title: lang.T("Vervangende toestemming via de rechter", "Substitute consent through the court"),
	Verdict: lang.T(
		"Eén ouder met gezag weigert. De andere ouder met gezag kan de rechter met een verzoekschrift om vervangende toestemming vragen; daarna kan de hulp starten.",
		"One parent with authority refuses. The other parent with authority can petition the court for substitute consent; after that the care can start."),
	Inform: lang.T(
		"Leg de weigering en wat je met de ouders besprak vast in het dossier.",
		"Record the refusal and what you discussed with the parents in the file."),
	Ground: lang.T(
		"Ouders met gezamenlijk gezag beslissen samen; zijn ze het niet eens, dan kan een van hen de rechter vragen te beslissen (§2.3, noot 28).",
		"Parents with joint authority decide together; if they disagree, either can ask the court to decide (§2.3, note 28)."),
	Sources: []string{"§2.3", "noot 28"},
	Laws:    []string{"BW art. 1:253a", "BW art. 7:450 lid 2", "Jeugdwet art. 7.3.4"},
}

var tsUitGeenToestemming = &Outcome{
	ID:    "geen-toestemming",
	Title: lang.T("Zonder toestemming geen hulp en geen deling", "No consent: no care and no sharing"),
	Verdict: lang.T(
		"De toestemming die nodig is, ontbreekt. Dan start je de hulp niet en deel je geen gegevens, behalve waar de wet dat toestaat (§1.6).",
		"The consent needed is missing. Then you do not start the care and you share no data, except where the law allows it (§1.6)."),
	Inform: lang.T(
		"Blijf in gesprek over de hulp. Leg de weigering en je afweging vast in het dossier.",
		"Keep talking about the care. Record the refusal and your weighing in the file."),
	Ground: lang.T(
		"Hulp in het vrijwillig kader en het delen van gegevens vragen toestemming van de juiste personen (§2, §2.3, §2.4).",
		"Voluntary care and sharing data need the consent of the right people (§2, §2.3, §2.4)."),
	Sources: []string{"§2.2", "§2.3", "§2.4"},
	Laws:    []string{"BW art. 7:450", "Jeugdwet art. 7.3.4", "Jeugdwet art. 7.3.11"},
	Detail: func(a Answers) lang.Text {
		if tsRefusal(a) == "jongere" {
			return lang.T("De jongere weigert, en zijn of haar toestemming is nodig.", "The young person refuses, and their consent is needed.")
		}
		return lang.T("Weigering door "+tsHolders(a).NL+".", "Refused by "+tsHolders(a).EN+".")
	},
}

var tsUitMeldcode = &Outcome{
	ID:    "meldcode",
	Title: lang.T("Veiligheid in gevaar: volg de meldcode", "Safety at risk: follow the reporting code"),
	Verdict: lang.T(
		"De veiligheid van het kind is in gevaar en hulp is dringend nodig: volg de meldcode huiselijk geweld en kindermishandeling. In het uiterste geval deel je zonder toestemming met Veilig Thuis of de jeugdbescherming.",
		"The child's safety is at risk and help is urgently needed: follow the reporting code for domestic violence and child abuse. As a last resort you share without consent with Veilig Thuis or child protection."),
	Inform: lang.T(
		"Bespreek het vooraf als dat veilig kan, anders zo snel mogelijk achteraf. Leg je afweging vast in het dossier.",
		"Discuss it beforehand if that is safe, otherwise as soon as possible afterwards. Record your weighing in the file."),
	Ground: lang.T(
		"Zonder toestemming mag je delen als de veiligheid van het kind dat echt vraagt: meldrecht (§2.3, §1.6). Sinds 2019 hoort het afwegingskader bij de meldcode; de handreiking (2018) noemt dat nog niet.",
		"Without consent you may share when the child's safety really requires it: right to report (§2.3, §1.6). Since 2019 the assessment framework is part of the reporting code; the guideline (2018) does not mention it yet."),
	Sources: []string{"§2.3", "§1.6"},
	Laws:    []string{"Wmo 2015 art. 5.2.6", "Besluit verplichte meldcode huiselijk geweld en kindermishandeling"},
	Detail: func(Answers) lang.Text {
		return lang.T(
			"Veilig Thuis: 0800-2000 (gratis, dag en nacht). Bij acuut gevaar: 112. Met de knop hieronder loop je in het stappenplan het afwegingskader door.",
			"Veilig Thuis: 0800-2000 (free, day and night). In acute danger: 112. The button below walks you through the assessment framework in the step-by-step plan.")
	},
	Continue: "stappenplan ontvanger=veilig-thuis",
}
