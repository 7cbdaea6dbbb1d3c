package flows

// stappenplanFlow walks the professional through the decision to share a
// client's data with someone else: first who receives it (§1.4, §1.6,
// §1.7, §2.4), then the rule that fits that recipient.
var stappenplanFlow = register(&Flow{
	ID:      "stappenplan",
	Aliases: []string{"delen", "gegevens delen", "mag ik dit delen", "share", "sharing", "stappen plan", "4 vragen", "vier vragen"},
	Title:   T("Mag ik deze gegevens delen?", "May I share this data?"),
	Intro: T(
		"We lopen samen de vragen van het stappenplan langs (§1.4). Je hoeft geen namen te noemen: kies steeds een antwoord. Aan het eind krijg je een notitie voor het dossier.",
		"Together we go through the questions of the step-by-step plan (§1.4). You need not give any names: just pick an answer each time. At the end you get a note for the file."),
	Sources: []string{"§1.3", "§1.4", "§1.6", "§1.7", "§2.4"},
	Start:   "ontvanger",
	Note:    true,
	Steps: []*Step{
		spOntvanger,
		spDirectBetrokken,
		spNoodzakelijk,
		spGemeente,
		spToestemmingExpliciet,
		spToestemmingTransparant,
		spNadeelGeweten,
		spNadeelZeker,
		spMeldrechtNodig,
		spMeldrechtBespreken,
		spMeldcodeStappen,
		spMeldcodeVermoeden,
		spMeldcodeOnveilig,
		spMeldcodeHulp,
		spMeldcodeAanvaard,
		spMeldcodeVeilig,
	},
	Outcomes: []*Outcome{
		spUitInformatieplichtGI,
		spUitInformatieplichtIGJ,
		spUitMedebehandelaar,
		spUitAcVZ,
		spUitNietNodig,
		spUitAnoniem,
		spUitDelenToestemming,
		spUitWieToestemt,
		spUitZwijgen,
		spUitDoorbreken,
		spUitMeldrechtRaad,
		spUitMeldrechtVerwijsindex,
		spUitMeldrechtGI,
		spUitMeldrechtNiet,
		spUitMeldcodeEerst,
		spUitMeldenVT,
		spUitHulpZonderMelding,
		spUitGeenVermoeden,
	},
})

// spRecipients names each recipient of the first step, for the texts that
// say with whom something is shared.
var spRecipients = map[string]Text{
	"medebehandelaar": T("een medebehandelaar", "a co-practitioner"),
	"team":            T("een collega in het team", "a colleague in the team"),
	"school":          T("school", "the school"),
	"huisarts":        T("de huisarts", "the GP"),
	"veilig-thuis":    T("Veilig Thuis", "Veilig Thuis"),
	"raad":            T("de Raad voor de Kinderbescherming", "the Child Protection Board"),
	"verwijsindex":    T("de Verwijsindex risicojongeren", "the youth at risk reference index (Verwijsindex)"),
	"gi-ots-verzoek":  T("de gezinsvoogd (GI)", "the family guardian (GI)"),
	"gi-ongevraagd":   T("de gezinsvoogd (GI)", "the family guardian (GI)"),
	"igj":             T("de Inspectie Gezondheidszorg en Jeugd", "the Health and Youth Care Inspectorate"),
	"acvz":            T("een partner in een AcVZ-aanpak", "a partner in an AcVZ approach"),
	"ouder":           T("een ouder", "a parent"),
	"anders":          T("een andere partij", "another party"),
}

// spSharedWith says, for a reminder, that information went to the
// recipient chosen in the first step.
func spSharedWith(a Answers) Text {
	r, ok := spRecipients[a["ontvanger"]]
	if !ok {
		r = spRecipients["anders"]
	}
	return T("informatie gedeeld met "+r.NL, "information shared with "+r.EN)
}

// jaNeeOptions are the two options of a yes/no question.
func jaNeeOptions(yes, no string) []Option {
	return []Option{
		{Value: "ja", Label: T("Ja", "Yes"), Words: []string{"j", "yes", "y", "jazeker", "klopt"}, Next: yes},
		{Value: "nee", Label: T("Nee", "No"), Words: []string{"n", "no", "neen", "niet"}, Next: no},
	}
}

var spOntvanger = &Step{
	ID:    "ontvanger",
	Label: T("Ontvanger", "Recipient"),
	Ask:   T("Met wie wil of moet je gegevens van je cliënt delen?", "With whom do you want or need to share your client's data?"),
	Why: T(
		"Wie de ontvanger is, bepaalt welke regel geldt: een plicht of recht om te delen (§1.6), een afspraak in een convenant (§1.7), een medebehandelaar (§2.4) of de vier vragen van het stappenplan (§1.4).",
		"The recipient decides which rule applies: a duty or right to share (§1.6), a covenant (§1.7), a co-practitioner (§2.4) or the four questions of the step-by-step plan (§1.4)."),
	Sources: []string{"§1.4", "§1.6", "§1.7", "§2.4"},
	Options: []Option{
		{Value: "medebehandelaar", Label: T("Een medebehandelaar", "A co-practitioner"),
			Words: []string{"mede behandelaar", "behandelaar", "collega hulpverlener", "co-practitioner", "co practitioner", "co-treating"}, Next: "direct-betrokken"},
		{Value: "team", Label: T("Een collega in mijn team", "A colleague in my team"),
			Words: []string{"collega", "teamgenoot", "team", "casusoverleg", "colleague", "intervisie"}, Next: "direct-betrokken"},
		{Value: "school", Label: T("School", "School"),
			Words: []string{"leerkracht", "juf", "meester", "mentor", "intern begeleider", "ib'er", "ib er", "teacher", "onderwijs"}, Next: "noodzakelijk"},
		{Value: "huisarts", Label: T("De huisarts", "The GP"),
			Words: []string{"dokter", "arts", "gp", "doctor", "general practitioner"}, Next: "direct-betrokken"},
		{Value: "veilig-thuis", Label: T("Veilig Thuis", "Veilig Thuis (domestic violence and child abuse advice centre)"),
			Words: []string{"vt", "veiligthuis", "meldcode", "kindermishandeling", "huiselijk geweld", "child abuse", "domestic violence"}, Next: "meldcode-stappen"},
		{Value: "raad", Label: T("De Raad voor de Kinderbescherming", "The Child Protection Board"),
			Words: []string{"rvdk", "raad voor de kinderbescherming", "kinderbescherming", "child protection board"}, Next: "meldrecht-nodig"},
		{Value: "verwijsindex", Label: T("De Verwijsindex (Multi-signaal)", "The reference index (Verwijsindex, Multi-signaal)"),
			Words: []string{"multisignaal", "multi signaal", "vir", "reference index"}, Next: "meldrecht-nodig"},
		{Value: "gi-ots-verzoek", Label: T("De gezinsvoogd (GI) vraagt erom, voor een OTS", "The family guardian (GI) asks, for a supervision order (OTS)"),
			Words: []string{"gezinsvoogd vraagt", "gi vraagt", "ots verzoek", "family guardian asks"}, Next: "informatieplicht-gi"},
		{Value: "gi-ongevraagd", Label: T("De gezinsvoogd (GI), zonder dat die erom vraagt", "The family guardian (GI), without being asked"),
			Words: []string{"gi ongevraagd", "gezinsvoogd ongevraagd", "unasked"}, Next: "meldrecht-nodig"},
		{Value: "igj", Label: T("De Inspectie (IGJ) vraagt erom", "The Inspectorate (IGJ) asks"),
			Words: []string{"inspectie", "inspectie gezondheidszorg en jeugd", "inspectorate"}, Next: "informatieplicht-igj"},
		{Value: "acvz", Label: T("Een partner in een AcVZ-aanpak (Top400/600, Jeugd & Veiligheid)", "A partner in an AcVZ approach (Top400/600, Youth & Safety)"),
			Words: []string{"actiecentrum", "actiecentrum veiligheid en zorg", "top400", "top600", "top 400", "top 600", "treiteraanpak", "jeugd en veiligheid"}, Next: "acvz"},
		{Value: "ouder", Label: T("Een ouder", "A parent"),
			Words: []string{"vader", "moeder", "ouders", "parent", "father", "mother"}, Next: "noodzakelijk"},
		{Value: "anders", Label: T("Iemand anders", "Someone else"),
			Words: []string{"anders", "overig", "other", "someone else", "iemand anders"}, Next: "noodzakelijk"},
	},
}

var spDirectBetrokken = &Step{
	ID:    "direct-betrokken",
	Label: T("Direct betrokken bij de hulp", "Directly involved in the care"),
	Ask: T(
		"Is deze persoon direct betrokken bij de hulp aan jouw cliënt, dus werkt hij of zij mee aan de behandeling? Een jeugdpsycholoog die je af en toe om raad vraagt, of een collega die niet in de casus zit, is dat niet.",
		"Is this person directly involved in your client's care, that is, do they take part in the treatment? A youth psychologist you consult now and then, or a colleague who is not on the case, is not."),
	Why: T(
		"Met wie direct meewerkt aan de hulp mag je het strikt noodzakelijke delen zonder toestemming; voor iedereen anders, ook binnen je team, heb je toestemming nodig (§2.4).",
		"With those who take part in the care you may share what is strictly necessary without consent; for anyone else, even in your own team, you need consent (§2.4)."),
	Sources: []string{"§2.4"},
	Options: jaNeeOptions("medebehandelaar", "noodzakelijk"),
}

var spNoodzakelijk = &Step{
	ID:    "noodzakelijk",
	Label: T("Noodzaak (vraag 1)", "Necessity (question 1)"),
	Ask: T(
		"Vraag 1: moet je voor het doel van de hulp echt persoonsgegevens delen? Of kan het ook zonder, of anoniem?",
		"Question 1: do you really need to share personal data for the goal of the care? Or can it be done without, or anonymously?"),
	Why: T(
		"Je deelt alleen wat strikt nodig is. Lukt het zonder gegevens, of anoniem, dan doe je het zo (§1.3 punt 3, §1.4 vraag 1).",
		"You share only what is strictly necessary. If it can be done without data, or anonymously, you do it that way (§1.3 point 3, §1.4 question 1)."),
	Sources: []string{"§1.3", "§1.4"},
	Options: []Option{
		{Value: "ja", Label: T("Ja, het is nodig en kan niet anoniem", "Yes, it is necessary and cannot be anonymous"),
			Words: []string{"j", "yes", "y", "nodig", "necessary"}, Next: "municipality"},
		{Value: "anoniem", Label: T("Het kan anoniem", "It can be done anonymously"),
			Words: []string{"anonymous", "geanonimiseerd", "zonder naam"}, Next: "anoniem"},
		{Value: "zonder", Label: T("Nee, het kan ook zonder gegevens", "No, it can be done without data"),
			Words: []string{"nee", "n", "no", "niet nodig", "not necessary"}, Next: "niet-nodig"},
	},
}

var spGemeente = &Step{
	ID:      "municipality",
	Label:   T("Gemeente", "Municipality"),
	Ask:     T("In welke gemeente werk je?", "In which municipality do you work?"),
	Setting: "municipality",
	Why: T(
		"De gemeenten werken verschillend: Uithoorn vraagt de cliënt uitdrukkelijk om toestemming, Diemen en Ouder-Amstel werken met het transparantiebeginsel (§1.3).",
		"The municipalities differ: Uithoorn asks the client's explicit consent, Diemen and Ouder-Amstel work on the transparency principle (§1.3)."),
	Sources: []string{"§1.3"},
	Options: []Option{
		{Value: string(Diemen), Label: T("Diemen", "Diemen")},
		{Value: string(Uithoorn), Label: T("Uithoorn", "Uithoorn")},
		{Value: string(OuderAmstel), Label: T("Ouder-Amstel", "Ouder-Amstel"), Words: []string{"oa", "ouderkerk", "ouderkerk aan de amstel", "duivendrecht"}},
	},
	Route: func(a Answers) string {
		if Municipality(a["municipality"]).ExplicitConsent() {
			return "toestemming-expliciet"
		}
		return "toestemming-transparant"
	},
}

// spToestemmingOptions are the answers to question 2, the same for both
// municipal practices; only the labels differ.
func spToestemmingOptions(yes Text) []Option {
	return []Option{
		{Value: "ja", Label: yes, Words: []string{"j", "yes", "y", "toestemming", "consent"}, Next: "delen-toestemming"},
		{Value: "nee", Label: T("Nee, of niet gevraagd", "No, or not asked"),
			Words: []string{"n", "no", "nee", "geen toestemming", "bezwaar", "weigert", "refuses", "objects"}, Next: "nadeel-geweten"},
		{Value: "weet-niet", Label: T("Ik weet niet wie moet toestemmen", "I don't know whose consent is needed"),
			Words: []string{"weet niet", "geen idee", "don't know", "dont know", "wie moet toestemmen"}, Next: "wie-toestemt"},
	}
}

var spToestemmingExpliciet = &Step{
	ID:    "toestemming-expliciet",
	Label: T("Gerichte toestemming (vraag 2)", "Specific consent (question 2)"),
	Ask: T(
		"Vraag 2 (Uithoorn vraagt uitdrukkelijke toestemming): heb je van de juiste personen gerichte toestemming voor precies deze deling? Dus uitgelegd wat je deelt, met wie, waarom, en dat ze de toestemming kunnen intrekken?",
		"Question 2 (Uithoorn asks explicit consent): do you have specific consent from the right people for exactly this sharing? That is: explained what you share, with whom, why, and that they can withdraw consent?"),
	Why: T(
		"In Uithoorn vraag je de cliënt altijd uitdrukkelijk om toestemming voordat je deelt (§1.3). Een algemene toestemming voor het hele traject geldt niet; de toestemming moet gericht en vrij gegeven zijn (§1.4 vraag 2, §2.4).",
		"In Uithoorn you always ask the client's explicit consent before sharing (§1.3). A general consent for the whole care path is not valid; consent must be specific and freely given (§1.4 question 2, §2.4)."),
	Sources: []string{"§1.3", "§1.4", "§2.4"},
	Options: spToestemmingOptions(T("Ja, gerichte toestemming van de juiste personen", "Yes, specific consent from the right people")),
}

var spToestemmingTransparant = &Step{
	ID:    "toestemming-transparant",
	Label: T("Besproken en ingestemd (vraag 2)", "Discussed and agreed (question 2)"),
	Ask: T(
		"Vraag 2 (Diemen en Ouder-Amstel werken transparant): heb je met de juiste personen besproken of, wat, met wie en waarom je deelt, en stemmen zij in met precies deze deling?",
		"Question 2 (Diemen and Ouder-Amstel work transparently): have you discussed with the right people whether, what, with whom and why you share, and do they agree to exactly this sharing?"),
	Why: T(
		"In Diemen en Ouder-Amstel bespreek je met de cliënt of en wat je deelt, met wie en waarom; bezwaren weeg je mee (§1.3). Voor delen met wie niet direct bij de hulp betrokken is, is gerichte toestemming nodig (§1.4 vraag 2, §2.4).",
		"In Diemen and Ouder-Amstel you discuss with the client whether and what you share, with whom and why; you weigh any objections (§1.3). Sharing with someone not directly involved in the care needs specific consent (§1.4 question 2, §2.4)."),
	Sources: []string{"§1.3", "§1.4", "§2.4"},
	Options: spToestemmingOptions(T("Ja, besproken en de juiste personen stemmen in", "Yes, discussed and the right people agree")),
}

var spNadeelGeweten = &Step{
	ID:    "nadeel-geweten",
	Label: T("Gewetensnood (vraag 3a)", "Conflict of conscience (question 3a)"),
	Ask: T(
		"Vraag 3a: kom je in gewetensnood als je zwijgt, bijvoorbeeld omdat de veiligheid van de jongere of iemand anders acuut in gevaar is?",
		"Question 3a: would keeping silent put you in a conflict of conscience, for example because the safety of the young person or someone else is in acute danger?"),
	Why: T(
		"Zonder toestemming mag je alleen delen om ernstig nadeel of schade te voorkomen: een conflict van plichten (§1.4 vraag 3, noot 7).",
		"Without consent you may only share to prevent serious harm: a conflict of duties (§1.4 question 3, note 7)."),
	Sources: []string{"§1.4"},
	Options: jaNeeOptions("nadeel-zeker", "zwijgen"),
}

var spNadeelZeker = &Step{
	ID:    "nadeel-zeker",
	Label: T("Doorbreken helpt (vraag 3b)", "Breaking secrecy helps (question 3b)"),
	Ask: T(
		"Vraag 3b: weet je voldoende zeker dat je het ernstige nadeel voorkomt of beperkt door je beroepsgeheim te doorbreken? Kun je dat goed uitleggen?",
		"Question 3b: are you sure enough that breaking your professional secrecy prevents or limits the serious harm? Can you explain why?"),
	Why: T(
		"Alleen als vraag 3a en 3b allebei met een goed onderbouwd ja te beantwoorden zijn, mag je zonder toestemming delen (§1.4 vraag 3).",
		"Only when questions 3a and 3b can both be answered with a well-argued yes may you share without consent (§1.4 question 3)."),
	Sources: []string{"§1.4"},
	Options: jaNeeOptions("doorbreken", "zwijgen"),
}

var spMeldrechtNodig = &Step{
	ID:    "meldrecht-nodig",
	Label: T("Nodig voor de taak van de ontvanger", "Needed for the recipient's task"),
	Ask: T(
		"Je hebt hier een meldrecht: je mag delen zonder toestemming, maar het hoeft niet. Is delen nodig voor de veiligheid of de hulp van de jeugdige, en voor de taak van de ontvanger (Raad: onderzoek naar een beschermingsmaatregel; Verwijsindex: een signaal; GI: de uitvoering van de OTS)?",
		"You have a right to report here: you may share without consent, but you need not. Is sharing needed for the young person's safety or care, and for the recipient's task (Board: investigation of a protection order; reference index: a signal; GI: carrying out the supervision order)?"),
	Why: T(
		"Het meldrecht is een recht, geen plicht: je mag op grond van je beroepsgeheim ook besluiten niet te delen. Je legt je afweging onderbouwd vast (§1.6 Meldrecht).",
		"The right to report is a right, not a duty: you may also decide not to share because of your professional secrecy. You record your weighing with reasons (§1.6 Meldrecht)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldrecht-bespreken", "meldrecht-niet"),
}

var spMeldrechtBespreken = &Step{
	ID:    "meldrecht-bespreken",
	Label: T("Vooraf met de cliënt besproken", "Discussed with the client beforehand"),
	Ask: T(
		"Kun je het delen vooraf met de cliënt bespreken zonder de veiligheid van het kind of een ander in gevaar te brengen?",
		"Can you discuss the sharing with the client beforehand without putting the safety of the child or someone else at risk?"),
	Why: T(
		"Je bespreekt delen zo mogelijk vooraf met de cliënt; kan dat niet veilig, dan vertel je het zo snel mogelijk achteraf (§1.3, §1.4 Dossier, noot 11).",
		"Where possible you discuss sharing with the client beforehand; if that is not safe, you tell them as soon as possible afterwards (§1.3, §1.4 Dossier, note 11)."),
	Sources: []string{"§1.3", "§1.4"},
	Options: []Option{
		{Value: "vooraf", Label: T("Ja, ik bespreek het vooraf", "Yes, I discuss it beforehand"),
			Words: []string{"ja", "j", "yes", "y", "vooraf", "beforehand"}},
		{Value: "achteraf", Label: T("Nee, dat is niet veilig: ik vertel het achteraf", "No, that is not safe: I tell them afterwards"),
			Words: []string{"nee", "n", "no", "achteraf", "afterwards", "niet veilig", "not safe"}},
	},
	Route: func(a Answers) string {
		switch a["ontvanger"] {
		case "raad":
			return "meldrecht-raad"
		case "verwijsindex":
			return "meldrecht-verwijsindex"
		}
		return "meldrecht-gi"
	},
}

var spMeldcodeStappen = &Step{
	ID:    "meldcode-stappen",
	Label: T("Meldcode stap 1 tot en met 3", "Reporting code steps 1 to 3"),
	Ask: T(
		"Bij (een vermoeden van) huiselijk geweld of kindermishandeling volg je de meldcode in vijf stappen: 1 signalen in kaart brengen, 2 collega raadplegen en zo nodig Veilig Thuis (advieslijn 0800-2000), 3 gesprek met de cliënt, 4 wegen met het afwegingskader, 5 beslissen: melden en/of hulp. Heb je stap 1 tot en met 3 gezet?",
		"For (a suspicion of) domestic violence or child abuse you follow the reporting code in five steps: 1 map the signals, 2 consult a colleague and, if needed, Veilig Thuis (advice line 0800-2000), 3 talk with the client, 4 weigh with the assessment framework, 5 decide: report and/or help. Have you taken steps 1 to 3?"),
	Why: T(
		"Voor Veilig Thuis volg je de meldcode (§1.6). Sinds 1 januari 2019 is het afwegingskader verplicht in stap 4 en 5; de handreiking (2018) noemt dat nog niet.",
		"For Veilig Thuis you follow the reporting code (§1.6). Since 1 January 2019 the assessment framework is mandatory in steps 4 and 5; the guideline (2018) does not mention it yet."),
	Sources: []string{"§1.6"},
	Options: []Option{
		{Value: "ja", Label: T("Ja, stap 1 tot en met 3 zijn gezet", "Yes, steps 1 to 3 are done"),
			Words: []string{"j", "yes", "y", "gedaan", "done"}, Next: "meldcode-vermoeden"},
		{Value: "nee", Label: T("Nee, nog niet", "No, not yet"),
			Words: []string{"n", "no", "nog niet", "not yet"}, Next: "meldcode-eerst"},
		{Value: "acuut", Label: T("Er is nu acuut gevaar", "There is acute danger now"),
			Words: []string{"acuut gevaar", "acute danger", "spoed", "urgent", "nood", "emergency", "112"}, Next: "melden-vt"},
	},
}

var spMeldcodeVermoeden = &Step{
	ID:    "meldcode-vermoeden",
	Label: T("Vermoeden van geweld (afweging 1)", "Suspicion of violence (weighing 1)"),
	Ask: T(
		"Afwegingskader, vraag 1: heb je op basis van stap 1 tot en met 3 een vermoeden van huiselijk geweld of kindermishandeling?",
		"Assessment framework, question 1: based on steps 1 to 3, do you suspect domestic violence or child abuse?"),
	Why: T(
		"Het afwegingskader van de meldcode (verplicht sinds 2019) begint met de vraag of er een vermoeden is (§1.6).",
		"The reporting code's assessment framework (mandatory since 2019) starts by asking whether there is a suspicion (§1.6)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldcode-onveilig", "geen-vermoeden"),
}

var spMeldcodeOnveilig = &Step{
	ID:    "meldcode-onveilig",
	Label: T("Acute of structurele onveiligheid (afweging 2)", "Acute or structural unsafety (weighing 2)"),
	Ask: T(
		"Vraag 2: is er sprake van acute of structurele onveiligheid?",
		"Question 2: is there acute or structural unsafety?"),
	Why: T(
		"Acute of structurele onveiligheid meld je altijd bij Veilig Thuis: dat is sinds 2019 de beroepsnorm (§1.6, meldcode).",
		"Acute or structural unsafety is always reported to Veilig Thuis: that is the professional norm since 2019 (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("melden-vt", "meldcode-hulp"),
}

var spMeldcodeHulp = &Step{
	ID:    "meldcode-hulp",
	Label: T("Passende hulp mogelijk (afweging 3)", "Adequate help possible (weighing 3)"),
	Ask: T(
		"Vraag 3: kun jij (of een ander) passende hulp bieden of organiseren?",
		"Question 3: can you (or someone else) offer or organise adequate help?"),
	Why: T(
		"Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden bij Veilig Thuis (§1.6, meldcode).",
		"A no to question 3, 4 or 5 of the assessment framework means: report to Veilig Thuis (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldcode-aanvaard", "melden-vt"),
}

var spMeldcodeAanvaard = &Step{
	ID:    "meldcode-aanvaard",
	Label: T("Hulp aanvaard (afweging 4)", "Help accepted (weighing 4)"),
	Ask: T(
		"Vraag 4: aanvaarden de betrokkenen die hulp en werken ze mee?",
		"Question 4: do the people involved accept that help and cooperate?"),
	Why: T(
		"Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden bij Veilig Thuis (§1.6, meldcode).",
		"A no to question 3, 4 or 5 of the assessment framework means: report to Veilig Thuis (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldcode-veilig", "melden-vt"),
}

var spMeldcodeVeilig = &Step{
	ID:    "meldcode-veilig",
	Label: T("Blijvende veiligheid (afweging 5)", "Lasting safety (weighing 5)"),
	Ask: T(
		"Vraag 5: leidt de hulp binnen de afgesproken tijd tot blijvende veiligheid?",
		"Question 5: does the help lead to lasting safety within the agreed time?"),
	Why: T(
		"Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden bij Veilig Thuis (§1.6, meldcode).",
		"A no to question 3, 4 or 5 of the assessment framework means: report to Veilig Thuis (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("hulp-zonder-melding", "melden-vt"),
}

// spJoin joins the non-empty texts of each language with a space.
func spJoin(texts ...Text) Text {
	var out Text
	for _, t := range texts {
		if t.NL != "" {
			out.NL = spJoinOne(out.NL, t.NL)
		}
		if t.EN != "" {
			out.EN = spJoinOne(out.EN, t.EN)
		}
	}
	return out
}

func spJoinOne(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// spMunicipalPractice describes how the chosen municipality handles
// consent (§1.3) and whom to ask about it.
func spMunicipalPractice(a Answers) Text {
	m := Municipality(a["municipality"])
	fg := m.PrivacyOfficer()
	if fg == "" {
		return Text{}
	}
	if m.ExplicitConsent() {
		return T(
			m.Name()+" vraagt de cliënt uitdrukkelijk om toestemming voordat je deelt (§1.3). Vragen? Mail de FG: "+fg+".",
			m.Name()+" asks the client's explicit consent before sharing (§1.3). Questions? E-mail the privacy officer: "+fg+".")
	}
	return T(
		m.Name()+" werkt met het transparantiebeginsel: je bespreekt met de cliënt of, wat, met wie en waarom je deelt, en weegt bezwaren mee (§1.3). Vragen? Mail de FG: "+fg+".",
		m.Name()+" works on the transparency principle: you discuss with the client whether, what, with whom and why you share, and weigh objections (§1.3). Questions? E-mail the privacy officer: "+fg+".")
}

// spConsentNote adds what is particular to the recipient where consent is
// asked, and otherwise the recipient's note.
func spConsentNote(a Answers) Text {
	if a["ontvanger"] == "school" {
		return T(
			"Voor school moet de toestemming uitdrukkelijk zijn en over precies deze informatie gaan (§2.4).",
			"For the school, consent must be explicit and cover exactly this information (§2.4).")
	}
	return spRecipientNote(a)
}

// spRecipientNote adds what is particular to the recipient, whether or not
// consent was given.
func spRecipientNote(a Answers) Text {
	switch a["ontvanger"] {
	case "team", "huisarts", "medebehandelaar":
		return T(
			"Deze persoon werkt niet mee aan de hulp aan je cliënt, dus is hij of zij voor je beroepsgeheim een buitenstaander (§2.4).",
			"This person takes no part in your client's care, so for your professional secrecy they are an outsider (§2.4).")
	case "ouder":
		return spParentRights
	}
	return Text{}
}

// spParentRights sums up the rights of parents with and without parental
// authority (§4.2).
var spParentRights = T(
	"Een ouder met gezag beslist mee en krijgt de informatie die nodig is om toestemming te geven. Is de jongere 12 tot 16, dan heb je ook tegenover de ouders een beroepsgeheim; vanaf 16 bepaalt de jongere zelf wie wat te zien krijgt. Een ouder zonder gezag heeft op verzoek alleen recht op globale, feitelijke informatie over belangrijke zaken rond het kind; je mag dat weigeren als je het ook de ouder met gezag niet zou geven, of als het belang van het kind zich ertegen verzet (§4.2, BW art. 1:377c).",
	"A parent with parental authority has a say and gets the information needed to give consent. If the young person is 12 to 16, your professional secrecy also holds towards the parents; from 16 the young person decides who sees what. A parent without authority has, on request, only a right to general, factual information about important matters concerning the child; you may refuse if you would not give it to the parent with authority either, or if the child's interest stands against it (§4.2, BW art. 1:377c).")

var spUitInformatieplichtGI = &Outcome{
	ID:    "informatieplicht-gi",
	Title: T("Informatieplicht: geef de gezinsvoogd wat nodig is", "Duty to inform: give the family guardian what is needed"),
	Verdict: T(
		"Je moet de gezinsvoogd de informatie geven die nodig is om de ondertoezichtstelling (OTS) uit te voeren. Daarvoor heb je geen toestemming van de cliënt nodig.",
		"You must give the family guardian the information needed to carry out the supervision order (OTS). You do not need the client's consent for this."),
	Share: T(
		"Alleen de informatie die de gezinsvoogd nodig heeft voor de OTS, niet je hele dossier. Deel via het registratiesysteem of een beveiligde weg (§1.5 punt 4).",
		"Only the information the family guardian needs for the supervision order, not your whole file. Share through the registration system or a secure channel (§1.5 point 4)."),
	Inform: T(
		"Noteer in het dossier wat je gaf en waarom. Vertel de cliënt welke informatie je aan de gezinsvoogd gaf: liefst vooraf, anders zo snel mogelijk achteraf.",
		"Note in the file what you gave and why. Tell the client what information you gave the family guardian: preferably beforehand, otherwise as soon as possible afterwards."),
	Ground: T(
		"Informatieplicht (§1.6): bij een ondertoezichtstelling moet je de gezinsvoogd op verzoek de noodzakelijke informatie geven, zo nodig zonder toestemming.",
		"Duty to inform (§1.6): under a supervision order you must give the family guardian the necessary information on request, without consent where needed."),
	Sources: []string{"§1.6", "noot 11"},
	Laws:    []string{"Jeugdwet art. 7.3.11 lid 4", "BW art. 1:240"},
	Shared:  spSharedWith,
}

var spUitInformatieplichtIGJ = &Outcome{
	ID:    "informatieplicht-igj",
	Title: T("Informatieplicht: geef de Inspectie wat nodig is", "Duty to inform: give the Inspectorate what is needed"),
	Verdict: T(
		"Je moet de Inspectie Gezondheidszorg en Jeugd de persoonsgegevens geven die zij nodig heeft voor het onderzoek naar een melding. Daarvoor heb je geen toestemming van de cliënt nodig.",
		"You must give the Health and Youth Care Inspectorate the personal data it needs to investigate a report. You do not need the client's consent for this."),
	Share: T(
		"Alleen wat de Inspectie voor dit onderzoek vraagt en nodig heeft. Deel via een beveiligde weg (§1.5 punt 4).",
		"Only what the Inspectorate asks and needs for this investigation. Share through a secure channel (§1.5 point 4)."),
	Inform: T(
		"Noteer in het dossier wat je gaf en waarom. Vertel de cliënt achteraf dat je deze gegevens aan de Inspectie gaf.",
		"Note in the file what you gave and why. Tell the client afterwards that you gave this data to the Inspectorate."),
	Ground: T(
		"Informatieplicht (§1.6): vraagt de Inspectie om gegevens voor het onderzoek naar een melding, dan moet je die geven, zonder toestemming.",
		"Duty to inform (§1.6): when the Inspectorate asks for data to investigate a report, you must give it, without consent."),
	Sources: []string{"§1.6", "noot 10"},
	Laws:    []string{"Jeugdwet art. 4.1.8"},
	Shared:  spSharedWith,
}

var spUitMedebehandelaar = &Outcome{
	ID:    "medebehandelaar",
	Title: T("Delen met een medebehandelaar mag", "You may share with a co-practitioner"),
	Verdict: T(
		"Je mag de strikt noodzakelijke informatie delen zonder toestemming, want deze persoon werkt direct mee aan de hulp aan je cliënt.",
		"You may share the strictly necessary information without consent, because this person takes part directly in your client's care."),
	Share: T(
		"Alleen wat de medebehandelaar nodig heeft voor zijn of haar deel van de hulp.",
		"Only what the co-practitioner needs for their part of the care."),
	Inform: T(
		"Overweeg of het verstandig is je cliënt te vertellen dat je deze informatie deelt; open zijn is het uitgangspunt (§1.3).",
		"Consider whether it is wise to tell your client that you share this information; openness is the starting point (§1.3)."),
	Ground: T(
		"Voor delen met hulpverleners die direct bij de hulp betrokken zijn, is geen toestemming nodig, mits je alleen het strikt noodzakelijke deelt (§2.4).",
		"Sharing with practitioners directly involved in the care needs no consent, provided you share only what is strictly necessary (§2.4)."),
	Sources: []string{"§2.4", "§1.3"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457 lid 2"},
	Detail: func(a Answers) Text {
		switch a["ontvanger"] {
		case "huisarts":
			return T("Een huisarts die meewerkt aan de hulp is medebehandelaar.", "A GP who takes part in the care is a co-practitioner.")
		case "team":
			return T("Een teamcollega die meewerkt aan de hulp is medebehandelaar; wie je alleen om raad vraagt, niet.",
				"A team colleague who takes part in the care is a co-practitioner; someone you only ask for advice is not.")
		}
		return Text{}
	},
	Shared: spSharedWith,
}

var spUitAcVZ = &Outcome{
	ID:    "acvz",
	Title: T("Volg het convenant van de AcVZ-aanpak", "Follow the covenant of the AcVZ approach"),
	Verdict: T(
		"Voor de aanpakken van het Actiecentrum Veiligheid en Zorg (zoals Top400/Top600, de Treiteraanpak en Jeugd & Veiligheid) staat in een convenant wat je mag delen, met wie en met welk doel. Twijfel je, overleg dan met een manager of jurist van je eigen organisatie die bij de aanpak betrokken is.",
		"For the approaches of the Safety and Care Action Centre (such as Top400/Top600, the harassment approach and Youth & Safety) a covenant sets out what you may share, with whom and for what purpose. If in doubt, consult a manager or lawyer of your own organisation who is involved in the approach."),
	Share: T(
		"Wat het convenant van de aanpak toestaat voor het doel van de aanpak, en niet meer.",
		"What the approach's covenant allows for the approach's purpose, and no more."),
	Inform: T(
		"Mensen in een AcVZ-aanpak krijgen een notificatiebrief. Werk je onder de Jeugdwet of de Wmo 2015, dan volg je daarnaast de regels van de handreiking.",
		"People in an AcVZ approach receive a notification letter. If you work under the Youth Act or the Wmo 2015, you also follow the guideline's rules."),
	Ground: T(
		"De convenanten van het AcVZ bepalen de grenzen van het delen binnen een aanpak (§1.7). Daarbuiten deel je zonder toestemming alleen in een acute situatie waarin iemands veiligheid in gevaar is: conflict van plichten of vitaal belang (noot 14).",
		"The AcVZ covenants set the limits of sharing within an approach (§1.7). Outside them you share without consent only in an acute situation in which someone's safety is in danger: conflict of duties or vital interest (note 14)."),
	Sources: []string{"§1.7", "noot 14", "noot 35"},
	Laws:    []string{"AVG art. 6 lid 1 d", "Jeugdwet art. 7.3.11"},
}

var spUitNietNodig = &Outcome{
	ID:    "niet-nodig",
	Title: T("Deel geen persoonsgegevens", "Do not share personal data"),
	Verdict: T(
		"Je kunt het doel bereiken zonder persoonsgegevens te delen. Doe het dan ook zo.",
		"You can reach the goal without sharing personal data. So do it that way."),
	Ground: T(
		"Je verwerkt alleen gegevens die strikt nodig zijn voor de hulp (§1.3 punt 3, §1.4 vraag 1).",
		"You process only data that is strictly necessary for the care (§1.3 point 3, §1.4 question 1)."),
	Sources: []string{"§1.3", "§1.4"},
	Laws:    []string{"AVG art. 5 lid 1 c", "Jeugdwet art. 7.3.11"},
}

var spUitAnoniem = &Outcome{
	ID:    "anoniem",
	Title: T("Deel alleen anoniem", "Share anonymously only"),
	Verdict: T(
		"Bespreek je vraag of geef de informatie zo dat niemand je cliënt of het gezin kan herkennen.",
		"Discuss your question or give the information in a way that nobody can recognise your client or the family."),
	Share: T(
		"Geen naam, adres, geboortedatum, school of andere details waaraan de ontvanger de cliënt kan herkennen; ook niet in combinatie.",
		"No name, address, date of birth, school or other details by which the recipient could recognise the client, not even in combination."),
	Ground: T(
		"Kan het anoniem, dan maak je de gegevens eerst anoniem (§1.4 vraag 1b). Gegevens die niet meer naar een persoon te herleiden zijn, zijn geen persoonsgegevens.",
		"If it can be done anonymously, you anonymise the data first (§1.4 question 1b). Data that can no longer be traced to a person is not personal data."),
	Sources: []string{"§1.4", "Begrippenlijst"},
	Laws:    []string{"AVG art. 4 lid 1", "AVG art. 5 lid 1 c"},
}

var spUitDelenToestemming = &Outcome{
	ID:    "delen-toestemming",
	Title: T("Je mag delen, met gerichte toestemming", "You may share, with specific consent"),
	Verdict: T(
		"Je hebt gerichte toestemming van de juiste personen: je mag delen wat voor dit doel nodig is (vraag 4).",
		"You have specific consent from the right people: you may share what is needed for this purpose (question 4)."),
	Share: T(
		"Alleen wat de ontvanger echt nodig heeft om het doel van de hulp te bereiken, niet meer. Deel via het registratiesysteem of een beveiligde weg (§1.5 punt 4).",
		"Only what the recipient really needs to reach the goal of the care, no more. Share through the registration system or a secure channel (§1.5 point 4)."),
	Inform: T(
		"Leg de toestemming vast in het dossier (bij mondelinge toestemming een aantekening), met wat je deelt, met wie en waarom. Vertel de cliënt welke gegevens je hebt gedeeld. De cliënt kan de toestemming altijd intrekken voor wat daarna komt.",
		"Record the consent in the file (for oral consent, a note), with what you share, with whom and why. Tell the client what data you shared. The client can always withdraw consent for what comes after."),
	Ground: T(
		"Gerichte toestemming heft je beroepsgeheim op voor deze deling (§1.4 vraag 2, §2.4). Dat is iets anders dan de AVG-grondslag: die is meestal je wettelijke taak (AVG art. 6 lid 1 c/e, art. 9 lid 2 h). De handreiking (noot 29) noemt nog AVG art. 6 lid 1 a.",
		"Specific consent lifts your professional secrecy for this sharing (§1.4 question 2, §2.4). That is not the same as the GDPR legal basis, which is usually your legal task (GDPR art. 6(1)(c)/(e), art. 9(2)(h)). The guideline (note 29) still names GDPR art. 6(1)(a)."),
	Sources: []string{"§1.3", "§1.4", "§1.5", "§2.4"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457", "AVG art. 6 lid 1 c/e", "AVG art. 9 lid 2 h"},
	Detail: func(a Answers) Text {
		return spJoin(spMunicipalPractice(a), spConsentNote(a))
	},
	Shared: spSharedWith,
}

var spUitWieToestemt = &Outcome{
	ID:    "wie-toestemt",
	Title: T("Zoek eerst uit wie moet toestemmen", "First find out whose consent is needed"),
	Verdict: T(
		"Deel nog niets. Wie toestemming geeft, hangt af van de leeftijd van de jeugdige, of die zijn belangen kan overzien, en wie het gezag heeft. Doorloop de flow 'toestemming' (en zo nodig 'gezag') en kom daarna terug.",
		"Share nothing yet. Whose consent counts depends on the young person's age, whether they can weigh their own interests, and who holds parental authority. Go through the 'toestemming' flow (and, if needed, 'gezag') and then come back."),
	Ground: T(
		"De toestemming moet komen van de juiste personen; voor delen gelden dezelfde regels als voor toestemming voor de hulp (§2.2, §2.3, §2.4 punt 2).",
		"Consent must come from the right people; sharing follows the same rules as consent to the care (§2.2, §2.3, §2.4 point 2)."),
	Sources: []string{"§2.2", "§2.3", "§2.4"},
	Laws:    []string{"Jeugdwet art. 7.3.4", "Jeugdwet art. 7.3.11", "BW art. 7:450"},
	Detail: func(a Answers) Text {
		return spJoin(spMunicipalPractice(a), spConsentNote(a))
	},
}

var spUitZwijgen = &Outcome{
	ID:    "zwijgen",
	Title: T("Houd je aan je beroepsgeheim", "Keep your professional secrecy"),
	Verdict: T(
		"Deel geen gegevens zonder toestemming: er is geen reden die zwaar genoeg weegt om je beroepsgeheim te doorbreken. Twijfel je, overleg dan altijd met collega's, zonder de cliënt herkenbaar te maken.",
		"Do not share data without consent: there is no reason weighty enough to break your professional secrecy. If in doubt, always consult colleagues, without making the client recognisable."),
	Inform: T(
		"Leg je afweging vast in het dossier. Blijf met de cliënt in gesprek; verandert de situatie, loop het stappenplan dan opnieuw door.",
		"Record your weighing in the file. Keep talking with the client; if the situation changes, go through the step-by-step plan again."),
	Ground: T(
		"Zonder toestemming deel je alleen als vraag 3a en 3b allebei ja zijn; anders handhaaf je je zwijgplicht (§1.4 vraag 3).",
		"Without consent you share only when questions 3a and 3b are both yes; otherwise you keep your duty of secrecy (§1.4 question 3)."),
	Sources: []string{"§1.4"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457", "Sr art. 272"},
	Detail: func(a Answers) Text {
		var meldcode Text
		if a["nadeel-geweten"] == "ja" {
			meldcode = T(
				"Gaat het om (een vermoeden van) huiselijk geweld of kindermishandeling, volg dan de meldcode: start het stappenplan opnieuw en kies Veilig Thuis (advieslijn 0800-2000). Bij acuut gevaar: bel 112.",
				"If this is about (a suspicion of) domestic violence or child abuse, follow the reporting code: start the plan again and choose Veilig Thuis (advice line 0800-2000). In acute danger: call 112.")
		}
		var parent Text
		if a["ontvanger"] == "ouder" {
			parent = spParentRights
		}
		return spJoin(meldcode, parent)
	},
}

var spUitDoorbreken = &Outcome{
	ID:    "doorbreken",
	Title: T("Je mag je beroepsgeheim doorbreken", "You may break your professional secrecy"),
	Verdict: T(
		"Je mag zonder toestemming delen om ernstig nadeel voor je cliënt of een ander te voorkomen of te beperken (conflict van plichten). Onderbouw goed waarom vraag 3a en 3b ja zijn.",
		"You may share without consent to prevent or limit serious harm to your client or someone else (conflict of duties). Argue well why questions 3a and 3b are yes."),
	Share: T(
		"Alleen wat de ontvanger echt nodig heeft om het nadeel te voorkomen, niet meer (vraag 4).",
		"Only what the recipient really needs to prevent the harm, no more (question 4)."),
	Inform: T(
		"Vertel de cliënt daarna welke gegevens je deelde: zo snel mogelijk, maar op een moment dat het de veiligheid van het kind of het gevaar dat je wilt afwenden niet schaadt. Schrijf je afweging en wat je deelde op in het dossier.",
		"Tell the client afterwards what data you shared: as soon as possible, but at a moment when it does not harm the child's safety or the danger you want to avert. Write your weighing and what you shared in the file."),
	Ground: T(
		"Conflict van plichten en goed hulpverlenerschap: het voorkomen van ernstig nadeel weegt hier zwaarder dan je zwijgplicht (§1.4 vraag 3 en 4, noot 7).",
		"Conflict of duties and good care practice: preventing serious harm outweighs your duty of secrecy here (§1.4 questions 3 and 4, note 7)."),
	Sources: []string{"§1.4", "noot 7"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457", "BW art. 7:453"},
	Detail: func(a Answers) Text {
		return spJoin(T(
			"Gaat het om huiselijk geweld of kindermishandeling, dan is Veilig Thuis de aangewezen plek (meldrecht, meldcode; advieslijn 0800-2000). Bij acuut gevaar: bel 112.",
			"If this is about domestic violence or child abuse, Veilig Thuis is the place to go (right to report, reporting code; advice line 0800-2000). In acute danger: call 112."),
			spRecipientNote(a))
	},
	Shared: spSharedWith,
}

// spMeldrechtInform says when to tell the client, from the answer to
// meldrecht-bespreken.
func spMeldrechtInform(a Answers) Text {
	if a["meldrecht-bespreken"] == "achteraf" {
		return T(
			"Vooraf bespreken is niet veilig: vertel de cliënt zo snel mogelijk achteraf wat je deelde, op een moment dat het geen kwaad kan.",
			"Discussing it beforehand is not safe: tell the client as soon as possible afterwards what you shared, at a moment when it does no harm.")
	}
	return T(
		"Bespreek het delen vooraf met de cliënt en weeg eventuele bezwaren mee.",
		"Discuss the sharing with the client beforehand and weigh any objections.")
}

var spMeldrechtInformText = T(
	"Vertel de cliënt welke informatie je deelde: vooraf als dat veilig kan, anders zo snel mogelijk achteraf. Leg je afweging onderbouwd vast in het dossier.",
	"Tell the client what information you shared: beforehand if that is safe, otherwise as soon as possible afterwards. Record your weighing, with reasons, in the file.")

var spMeldrechtGround = T(
	"Meldrecht (§1.6): de wet staat delen zonder toestemming toe, maar verplicht het niet. Je weegt zelf af of delen nodig is.",
	"Right to report (§1.6): the law allows sharing without consent but does not require it. You weigh yourself whether sharing is needed.")

var spUitMeldrechtRaad = &Outcome{
	ID:    "meldrecht-raad",
	Title: T("Je mag delen met de Raad voor de Kinderbescherming", "You may share with the Child Protection Board"),
	Verdict: T(
		"Je mag zonder toestemming de gegevens delen die de Raad nodig heeft voor het onderzoek naar een kinderbeschermingsmaatregel.",
		"You may share without consent the data the Board needs to investigate whether a child protection order is needed."),
	Share: T(
		"Alleen wat voor dat onderzoek nodig is: feiten en je eigen waarnemingen, met de bron erbij.",
		"Only what that investigation needs: facts and your own observations, with their source."),
	Inform:  spMeldrechtInformText,
	Ground:  spMeldrechtGround,
	Sources: []string{"§1.6"},
	Laws:    []string{"Jeugdwet art. 7.3.11 lid 4", "BW art. 1:240"},
	Detail:  spMeldrechtInform,
	Shared:  spSharedWith,
}

var spUitMeldrechtVerwijsindex = &Outcome{
	ID:    "meldrecht-verwijsindex",
	Title: T("Je mag een signaal afgeven in de Verwijsindex", "You may register a signal in the reference index"),
	Verdict: T(
		"Je mag zonder toestemming een signaal afgeven in de Verwijsindex risicojongeren (Multi-signaal), zodat hulpverleners rond dezelfde jongere elkaar vinden.",
		"You may register a signal in the youth at risk reference index (Multi-signaal) without consent, so that practitioners around the same young person find each other."),
	Share: T(
		"Alleen het signaal: dat jij betrokken bent bij deze jongere. De inhoud van je zorgen deel je niet via de Verwijsindex.",
		"Only the signal: that you are involved with this young person. You do not share the content of your concerns through the index."),
	Inform:  spMeldrechtInformText,
	Ground:  spMeldrechtGround,
	Sources: []string{"§1.6"},
	Laws:    []string{"Jeugdwet par. 7.1 (verwijsindex risicojongeren)"},
	Detail:  spMeldrechtInform,
	Shared:  spSharedWith,
}

var spUitMeldrechtGI = &Outcome{
	ID:    "meldrecht-gi",
	Title: T("Je mag de gezinsvoogd ongevraagd informeren", "You may inform the family guardian unasked"),
	Verdict: T(
		"Je mag de gecertificeerde instelling (gezinsvoogd) die de OTS uitvoert zonder toestemming en ongevraagd de informatie geven die nodig is voor de OTS.",
		"You may give the certified institution (family guardian) carrying out the supervision order, unasked and without consent, the information needed for that order."),
	Share: T(
		"Alleen wat de gezinsvoogd nodig heeft voor de uitvoering van de OTS.",
		"Only what the family guardian needs to carry out the supervision order."),
	Inform:  spMeldrechtInformText,
	Ground:  spMeldrechtGround,
	Sources: []string{"§1.6", "noot 13"},
	Laws:    []string{"Jeugdwet art. 7.3.11 lid 4", "BW art. 1:240"},
	Detail:  spMeldrechtInform,
	Shared:  spSharedWith,
}

var spUitMeldrechtNiet = &Outcome{
	ID:    "meldrecht-niet",
	Title: T("Niet delen: je gebruikt je meldrecht niet", "Do not share: you do not use your right to report"),
	Verdict: T(
		"Delen is nu niet nodig, dus je deelt niet. Dat mag: het meldrecht is geen plicht.",
		"Sharing is not needed now, so you do not share. That is allowed: the right to report is no duty."),
	Inform: T(
		"Leg je afweging onderbouwd vast in het dossier. Verandert de situatie, weeg dan opnieuw.",
		"Record your weighing, with reasons, in the file. If the situation changes, weigh again."),
	Ground: T(
		"Het meldrecht is een recht, geen plicht: op grond van je beroepsgeheim mag je besluiten niet te delen (§1.6).",
		"The right to report is a right, not a duty: on the strength of your professional secrecy you may decide not to share (§1.6)."),
	Sources: []string{"§1.6"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
}

// spMeldcodeGround is the legal ground of the reporting-code outcomes,
// with the change since the guideline.
var spMeldcodeGround = T(
	"Meldrecht en meldcode (§1.6): je mag zonder toestemming melden bij Veilig Thuis om huiselijk geweld of kindermishandeling te stoppen of een redelijk vermoeden te laten onderzoeken. Melden blijft een recht, maar sinds 1 januari 2019 is het afwegingskader verplicht in stap 4 en 5, en meld je acute of structurele onveiligheid altijd. De handreiking (2018) noemt dat nog niet.",
	"Right to report and reporting code (§1.6): you may report to Veilig Thuis without consent to stop domestic violence or child abuse or to have a reasonable suspicion investigated. Reporting remains a right, but since 1 January 2019 the assessment framework is mandatory in steps 4 and 5, and acute or structural unsafety is always reported. The guideline (2018) does not say so yet.")

var spMeldcodeLaws = []string{"Wmo 2015 art. 5.2.6", "Besluit verplichte meldcode huiselijk geweld en kindermishandeling"}

var spUitMeldcodeEerst = &Outcome{
	ID:    "meldcode-eerst",
	Title: T("Zet eerst stap 1 tot en met 3 van de meldcode", "First take steps 1 to 3 of the reporting code"),
	Verdict: T(
		"Breng de signalen in kaart, overleg met een collega en zo nodig met Veilig Thuis (advieslijn 0800-2000, gratis, dag en nacht), en ga in gesprek met de cliënt. Loop daarna deze vragen opnieuw door. Bij acuut gevaar: bel 112.",
		"Map the signals, consult a colleague and, if needed, Veilig Thuis (advice line 0800-2000, free, day and night), and talk with the client. Then go through these questions again. In acute danger: call 112."),
	Ground:  spMeldcodeGround,
	Sources: []string{"§1.6"},
	Laws:    spMeldcodeLaws,
}

var spUitMeldenVT = &Outcome{
	ID:    "melden-vt",
	Title: T("Meld bij Veilig Thuis", "Report to Veilig Thuis"),
	Verdict: T(
		"Doe een melding bij Veilig Thuis (0800-2000). Dat mag zonder toestemming van de cliënt of de ouders.",
		"Report to Veilig Thuis (0800-2000). You may do so without the consent of the client or the parents."),
	Share: T(
		"Wat Veilig Thuis nodig heeft om het geweld te stoppen of het vermoeden te onderzoeken: de signalen, de feiten en je afweging. Zeg wat je zelf zag en wat je van anderen hoorde.",
		"What Veilig Thuis needs to stop the violence or investigate the suspicion: the signals, the facts and your weighing. Say what you saw yourself and what you heard from others."),
	Inform: T(
		"Bespreek de melding vooraf met de cliënt als dat veilig kan. Kan dat niet, vertel het dan zo snel mogelijk achteraf, op een moment dat het de veiligheid niet schaadt. Leg je afweging en de melding vast in het dossier.",
		"Discuss the report with the client beforehand if that is safe. If not, tell them as soon as possible afterwards, at a moment when it does not harm anyone's safety. Record your weighing and the report in the file."),
	Ground:  spMeldcodeGround,
	Sources: []string{"§1.6", "noot 12"},
	Laws:    spMeldcodeLaws,
	Detail: func(a Answers) Text {
		switch {
		case a["meldcode-stappen"] == "acuut":
			return T("Er is acuut gevaar: bel eerst 112 en meld daarna bij Veilig Thuis.",
				"There is acute danger: call 112 first, then report to Veilig Thuis.")
		case a["meldcode-onveilig"] == "ja":
			return T("Er is acute of structurele onveiligheid: die meld je altijd (beroepsnorm sinds 2019). Bij acuut gevaar: bel 112.",
				"There is acute or structural unsafety: you always report it (professional norm since 2019). In acute danger: call 112.")
		}
		return T("Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden. Je kunt daarnaast hulp blijven bieden.",
			"A no to question 3, 4 or 5 of the assessment framework means: report. You can keep offering help as well.")
	},
	Shared: spSharedWith,
}

var spUitHulpZonderMelding = &Outcome{
	ID:    "hulp-zonder-melding",
	Title: T("Bied hulp; een melding is nu niet nodig", "Offer help; a report is not needed now"),
	Verdict: T(
		"Je kunt passende hulp bieden of organiseren, de betrokkenen aanvaarden die en de hulp leidt tot blijvende veiligheid. Bied die hulp en blijf de veiligheid volgen.",
		"You can offer or organise adequate help, the people involved accept it and it leads to lasting safety. Offer that help and keep monitoring safety."),
	Inform: T(
		"Leg de afweging vast in het dossier. Spreek af wanneer je de veiligheid opnieuw toetst; gaat het niet goed, meld dan alsnog bij Veilig Thuis.",
		"Record the weighing in the file. Agree when you will check safety again; if things go wrong, report to Veilig Thuis after all."),
	Ground:  spMeldcodeGround,
	Sources: []string{"§1.6"},
	Laws:    spMeldcodeLaws,
}

var spUitGeenVermoeden = &Outcome{
	ID:    "geen-vermoeden",
	Title: T("Geen vermoeden: geen melding", "No suspicion: no report"),
	Verdict: T(
		"Er is geen vermoeden van huiselijk geweld of kindermishandeling, dus je meldt niet bij Veilig Thuis. Wil je toch gegevens delen, loop het stappenplan dan door met een andere ontvanger.",
		"There is no suspicion of domestic violence or child abuse, so you do not report to Veilig Thuis. If you still want to share data, go through the plan with another recipient."),
	Inform: T(
		"Leg je afweging vast in het dossier en blijf alert op nieuwe signalen.",
		"Record your weighing in the file and stay alert to new signals."),
	Ground: T(
		"Het meldrecht en de meldcode gelden bij (een vermoeden van) huiselijk geweld of kindermishandeling (§1.6).",
		"The right to report and the reporting code apply to (a suspicion of) domestic violence or child abuse (§1.6)."),
	Sources: []string{"§1.6"},
	Laws:    []string{"Wmo 2015 art. 5.2.6", "Jeugdwet art. 7.3.11"},
}
