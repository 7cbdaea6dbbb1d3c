package flows

import "privacybot/lang"

// stappenplanFlow walks the professional through the decision to share a
// client's data with someone else: first who receives it (§1.4, §1.6,
// §1.7, §2.4), then the rule that fits that recipient.
func stappenplanFlow(src *source) *Flow {
	return &Flow{
		ID:      "stappenplan",
		Aliases: []string{"delen", "gegevens delen", "mag ik dit delen", "share", "sharing", "stappen plan", "4 vragen", "vier vragen"},
		Title:   lang.T("Mag ik deze gegevens delen?", "May I share this data?"),
		Intro: lang.T(
			"We lopen samen de vragen van het stappenplan langs (§1.4). Je hoeft geen namen te noemen: kies steeds een antwoord. Aan het eind krijg je een notitie voor het dossier.",
			"Together we go through the questions of the step-by-step plan (§1.4). You need not give any names: just pick an answer each time. At the end you get a note for the file."),
		Sources: []string{"§1.3", "§1.4", "§1.6", "§1.7", "§2.4"},
		Start:   "ontvanger",
		Note:    true,
		Steps: []*Step{
			spOntvanger,
			spDirectBetrokken,
			spNoodzakelijk,
			spGemeente(src.municipalities),
			spToestemmingExpliciet,
			spToestemmingTransparant,
			spKanVragen,
			spWieLeeftijd,
			spWieGezag,
			spToestemmingNu,
			spNadeelGeweten,
			spNadeelZeker,
			spAnderMiddel,
			spCollega,
			spOTS,
			spOuderWiens,
			spOuderGezag,
			spOuderLeeftijd,
			spOuderJongere,
			spOuder377c,
			spVIBevoegd,
			spVILeeftijd,
			spVIVermoeden,
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
			spUitNietNodig,
			spUitAnoniem,
			spUitDelenToestemming,
			spUitVraagToestemming,
			spUitGezagEerst,
			spUitZwijgen,
			spUitAnderMiddel,
			spUitOverlegEerst,
			spUitDoorbreken,
			spUitOTSNavragen,
			spUitOuderInformeren,
			spUitOuder1215,
			spUitOuderMetToestemming,
			spUitOuderGeenToestemming,
			spUitOuderZonderGezagInfo,
			spUitOuderZonderGezagGeen,
			spUitVerwijsindexNiet,
			spUitMeldrechtRaad,
			spUitMeldrechtVerwijsindex,
			spUitMeldrechtGI,
			spUitMeldrechtVT,
			spUitMeldrechtNiet,
			spUitMeldcodeEerst,
			spUitMeldenVT,
			spUitHulpZonderMelding,
			spUitGeenVermoeden,
		},
	}
}

// spRecipients names each recipient of the first step, for the texts that
// say with whom something is shared.
var spRecipients = map[string]lang.Text{
	"medebehandelaar": lang.T("een medebehandelaar", "a co-treating professional"),
	"team":            lang.T("een collega in het team", "a colleague in the team"),
	"school":          lang.T("school", "the school"),
	"huisarts":        lang.T("de huisarts", "the GP"),
	"veilig-thuis":    lang.T("Veilig Thuis", "Veilig Thuis"),
	"vt-verzoek":      lang.T("Veilig Thuis, op zijn verzoek", "Veilig Thuis, at its request"),
	"raad":            lang.T("de Raad voor de Kinderbescherming", "the Child Protection Board"),
	"verwijsindex":    lang.T("de Verwijsindex risicojongeren", "the Verwijsindex (index of young people at risk)"),
	"voogd":           lang.T("de voogd", "the guardian"),
	"gi-ots-verzoek":  lang.T("de jeugdbeschermer (GI)", "the child protection worker (GI)"),
	"gi-ongevraagd":   lang.T("de jeugdbeschermer (GI)", "the child protection worker (GI)"),
	"igj":             lang.T("de Inspectie Gezondheidszorg en Jeugd", "the Health and Youth Care Inspectorate"),
	"acvz":            lang.T("een partner in een AcVZ-aanpak", "a partner in an AcVZ approach"),
	"ouder":           lang.T("een ouder", "a parent"),
	"anders":          lang.T("een andere partij", "another party"),
}

// spSharedWith says, for a reminder, that information went to the
// recipient chosen in the first step.
func spSharedWith(a Answers) lang.Text {
	r, ok := spRecipients[a["ontvanger"]]
	if !ok {
		r = spRecipients["anders"]
	}
	return lang.T("informatie gedeeld met "+r.NL, "information shared with "+r.EN)
}

// jaNeeOptions are the two options of a yes/no question.
func jaNeeOptions(yes, no string) []Option {
	return []Option{
		{Value: "ja", Label: lang.T("Ja", "Yes"), Words: []string{"j", "yes", "y", "jazeker", "klopt"}, Next: yes},
		{Value: "nee", Label: lang.T("Nee", "No"), Words: []string{"n", "no", "neen", "niet"}, Next: no},
	}
}

var spOntvanger = &Step{
	ID:    "ontvanger",
	Label: lang.T("Ontvanger", "Recipient"),
	Ask:   lang.T("Met wie wil of moet je gegevens van je cliënt delen?", "With whom do you want or need to share your client's data?"),
	Why: lang.T(
		"Wie de ontvanger is, bepaalt welke regel geldt: een plicht of recht om te delen (§1.6), een afspraak in een convenant (§1.7), een medebehandelaar (§2.4) of de vier vragen van het stappenplan (§1.4).",
		"The recipient decides which rule applies: a duty or right to share (§1.6), a covenant (§1.7), a co-treating professional (§2.4) or the four questions of the step-by-step plan (§1.4)."),
	Sources: []string{"§1.4", "§1.6", "§1.7", "§2.4"},
	Options: []Option{
		{Value: "medebehandelaar", Label: lang.T("Een medebehandelaar", "A co-treating professional"),
			Words: []string{"mede behandelaar", "behandelaar", "collega hulpverlener", "co-practitioner", "co practitioner", "co-treating"}, Next: "direct-betrokken"},
		{Value: "team", Label: lang.T("Een collega in mijn team", "A colleague in my team"),
			Words: []string{"collega", "teamgenoot", "team", "casusoverleg", "colleague", "intervisie"}, Next: "direct-betrokken"},
		{Value: "school", Label: lang.T("School", "School"),
			Words: []string{"leerkracht", "juf", "meester", "mentor", "intern begeleider", "ib'er", "ib er", "teacher", "onderwijs"}, Next: "noodzakelijk"},
		{Value: "huisarts", Label: lang.T("De huisarts", "The GP"),
			Words: []string{"dokter", "arts", "gp", "doctor", "general practitioner"}, Next: "direct-betrokken"},
		{Value: "veilig-thuis", Label: lang.T("Veilig Thuis: ik wil melden of advies vragen", "Veilig Thuis: I want to report or ask advice"),
			Words: []string{"veilig thuis", "vt", "veiligthuis", "meldcode", "kindermishandeling", "huiselijk geweld", "child abuse", "domestic violence"}, Next: "meldcode-stappen"},
		{Value: "vt-verzoek", Label: lang.T("Veilig Thuis vraagt mij om informatie", "Veilig Thuis asks me for information"),
			Words: []string{"vt vraagt", "veilig thuis vraagt", "vt asks", "veilig thuis asks"}, Next: "meldrecht-nodig"},
		{Value: "raad", Label: lang.T("De Raad voor de Kinderbescherming", "The Child Protection Board"),
			Words: []string{"rvdk", "raad voor de kinderbescherming", "kinderbescherming", "child protection board"}, Next: "meldrecht-nodig"},
		{Value: "verwijsindex", Label: lang.T("De Verwijsindex (Multi-signaal)", "The Verwijsindex (Multi-signaal)"),
			Words: []string{"multisignaal", "multi signaal", "vir", "reference index"}, Next: "vi-bevoegd"},
		{Value: "gi-ots-verzoek", Label: lang.T("De jeugdbeschermer (GI) vraagt erom", "The child protection worker (GI) asks"),
			Words: []string{"gezinsvoogd vraagt", "gi vraagt", "jeugdbeschermer vraagt", "ots verzoek", "family guardian asks"}, Next: "ots"},
		{Value: "gi-ongevraagd", Label: lang.T("De jeugdbeschermer (GI), zonder dat die erom vraagt", "The child protection worker (GI), without being asked"),
			Words: []string{"gi ongevraagd", "gezinsvoogd ongevraagd", "unasked"}, Next: "ots"},
		{Value: "igj", Label: lang.T("De Inspectie (IGJ) vraagt erom", "The Inspectorate (IGJ) asks"),
			Words: []string{"inspectie", "inspectie gezondheidszorg en jeugd", "inspectorate"}, Next: "informatieplicht-igj"},
		{Value: "acvz", Label: lang.T("Een partner in een AcVZ-aanpak (Top400/600, Jeugd & Veiligheid)", "A partner in an AcVZ approach (Top400/600, Youth & Safety)"),
			Words: []string{"actiecentrum", "actiecentrum veiligheid en zorg", "top400", "top600", "top 400", "top 600", "treiteraanpak", "jeugd en veiligheid"}, Next: "noodzakelijk"},
		{Value: "ouder", Label: lang.T("Een ouder", "A parent"),
			Words: []string{"vader", "moeder", "ouders", "parent", "father", "mother"}, Next: "ouder-wiens"},
		{Value: "anders", Label: lang.T("Iemand anders", "Someone else"),
			Words: []string{"anders", "overig", "other", "someone else", "iemand anders"}, Next: "noodzakelijk"},
	},
}

var spDirectBetrokken = &Step{
	ID:    "direct-betrokken",
	Label: lang.T("Direct betrokken bij de hulp", "Directly involved in the care"),
	Ask: lang.T(
		"Is deze persoon direct betrokken bij de hulp aan jouw cliënt, dus werkt hij of zij mee aan de behandeling? Een jeugdpsycholoog die je af en toe om raad vraagt, of een collega die niet in de casus zit, is dat niet.",
		"Is this person directly involved in your client's care, that is, do they take part in the treatment? A youth psychologist you consult now and then, or a colleague who is not on the case, is not."),
	Why: lang.T(
		"Met wie direct meewerkt aan de hulp mag je het strikt noodzakelijke delen zonder toestemming; voor iedereen anders, ook binnen je team, heb je toestemming nodig (§2.4).",
		"With those who take part in the care you may share what is strictly necessary without consent; for anyone else, even in your own team, you need consent (§2.4)."),
	Sources: []string{"§2.4"},
	Options: jaNeeOptions("medebehandelaar", "noodzakelijk"),
}

var spNoodzakelijk = &Step{
	ID:    "noodzakelijk",
	Label: lang.T("Noodzaak (vraag 1)", "Necessity (question 1)"),
	Ask: lang.T(
		"Vraag 1: moet je voor het doel van de hulp echt persoonsgegevens delen? Of kan het ook zonder, of anoniem?",
		"Question 1: do you really need to share personal data for the goal of the care? Or can it be done without, or anonymously?"),
	Why: lang.T(
		"Je deelt alleen wat strikt nodig is. Lukt het zonder gegevens, of anoniem, dan doe je het zo (§1.3 punt 3, §1.4 vraag 1).",
		"You share only what is strictly necessary. If it can be done without data, or anonymously, you do it that way (§1.3 point 3, §1.4 question 1)."),
	Sources: []string{"§1.3", "§1.4"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, het is nodig en kan niet anoniem", "Yes, it is necessary and cannot be anonymous"),
			Words: []string{"j", "yes", "y", "nodig", "necessary"}, Next: "municipality"},
		{Value: "anoniem", Label: lang.T("Het kan anoniem", "It can be done anonymously"),
			Words: []string{"anonymous", "geanonimiseerd", "zonder naam"}, Next: "anoniem"},
		{Value: "zonder", Label: lang.T("Nee, het kan ook zonder gegevens", "No, it can be done without data"),
			Words: []string{"nee", "n", "no", "niet nodig", "not necessary"}, Next: "niet-nodig"},
	},
}

// spGemeente asks the municipality, one option per record; the route
// follows the record's consent practice (§1.3).
func spGemeente(ms MunicipalityRecords) *Step {
	s := &Step{
		ID:      "municipality",
		Label:   lang.T("Gemeente", "Municipality"),
		Ask:     lang.T("In welke gemeente werk je?", "In which municipality do you work?"),
		Setting: "municipality",
		Why: lang.T(
			"De gemeenten werken verschillend: Uithoorn vraagt de cliënt uitdrukkelijk om toestemming, Diemen en Ouder-Amstel werken met het transparantiebeginsel (§1.3).",
			"The municipalities differ: Uithoorn asks the client's explicit consent, Diemen and Ouder-Amstel work on the transparency principle (§1.3)."),
		Sources: []string{"§1.3"},
		Route: func(a Answers) string {
			if r, _ := ms.Get(Municipality(a["municipality"])); r.ExplicitConsent {
				return "toestemming-expliciet"
			}
			return "toestemming-transparant"
		},
	}
	for _, r := range ms {
		s.Options = append(s.Options, Option{Value: string(r.ID), Label: lang.T(r.Name, r.Name), Words: r.Aliases})
	}
	return s
}

// spToestemmingOptions are the answers to question 2, the same for both
// municipal practices; only the labels differ.
func spToestemmingOptions(yes lang.Text) []Option {
	return append(spConsentAnswers(yes), Option{Value: "weet-niet", Label: lang.T("Ik weet niet wie moet toestemmen", "I don't know whose consent is needed"),
		Words: []string{"weet niet", "geen idee", "don't know", "dont know", "wie moet toestemmen"}, Next: "wie-leeftijd"})
}

// spConsentAnswers are the answers to "do you have consent?": given,
// refused, or not asked yet. Not asked is no refusal: it leads to asking
// now, unless asking is unsafe (§1.4 question 2).
func spConsentAnswers(yes lang.Text) []Option {
	return []Option{
		{Value: "ja", Label: yes, Words: []string{"j", "yes", "y", "toestemming", "consent"}, Next: "delen-toestemming"},
		{Value: "geweigerd", Label: lang.T("Gevraagd, maar geweigerd of ingetrokken", "Asked, but refused or withdrawn"),
			Words: []string{"geweigerd", "geen toestemming", "bezwaar", "weigert", "ingetrokken", "refused", "refuses", "objects", "withdrawn"}, Next: "nadeel-geweten"},
		{Value: "niet-gevraagd", Label: lang.T("Nog niet gevraagd", "Not asked yet"),
			Words: []string{"niet gevraagd", "nog niet", "not asked", "not yet"}, Next: "kan-vragen"},
	}
}

var spToestemmingExpliciet = &Step{
	ID:    "toestemming-expliciet",
	Label: lang.T("Gerichte toestemming (vraag 2)", "Specific consent (question 2)"),
	Ask: lang.T(
		"Vraag 2 (Uithoorn vraagt uitdrukkelijke toestemming): heb je van de juiste personen gerichte toestemming voor precies deze deling? Dus uitgelegd wat je deelt, met wie, waarom, en dat ze de toestemming kunnen intrekken?",
		"Question 2 (Uithoorn asks explicit consent): do you have specific consent from the right people for exactly this sharing? That is: explained what you share, with whom, why, and that they can withdraw consent?"),
	Why: lang.T(
		"In Uithoorn vraag je de cliënt altijd uitdrukkelijk om toestemming voordat je deelt (§1.3). Een algemene toestemming voor het hele traject geldt niet; de toestemming moet gericht en vrij gegeven zijn (§1.4 vraag 2, §2.4).",
		"In Uithoorn you always ask the client's explicit consent before sharing (§1.3). A general consent for the whole care path is not valid; consent must be specific and freely given (§1.4 question 2, §2.4)."),
	Sources: []string{"§1.3", "§1.4", "§2.4"},
	Options: spToestemmingOptions(lang.T("Ja, gerichte toestemming van de juiste personen", "Yes, specific consent from the right people")),
}

var spToestemmingTransparant = &Step{
	ID:    "toestemming-transparant",
	Label: lang.T("Besproken en ingestemd (vraag 2)", "Discussed and agreed (question 2)"),
	Ask: lang.T(
		"Vraag 2 (Diemen en Ouder-Amstel werken transparant): heb je met de juiste personen besproken of, wat, met wie en waarom je deelt, en stemmen zij in met precies deze deling?",
		"Question 2 (Diemen and Ouder-Amstel work transparently): have you discussed with the right people whether, what, with whom and why you share, and do they agree to exactly this sharing?"),
	Why: lang.T(
		"In Diemen en Ouder-Amstel bespreek je met de cliënt of en wat je deelt, met wie en waarom (§1.3). Ook daar deel je met wie niet direct bij de hulp betrokken is alleen met gerichte toestemming, een wettelijke grond of bij een conflict van plichten: een bezwaar meewegen is geen toestemming (§1.4 vraag 2, §2.4).",
		"In Diemen and Ouder-Amstel you discuss with the client whether and what you share, with whom and why (§1.3). There too you share with someone not directly involved in the care only with specific consent, a legal ground or in a conflict of duties: weighing an objection is no consent (§1.4 question 2, §2.4)."),
	Sources: []string{"§1.3", "§1.4", "§2.4"},
	Options: spToestemmingOptions(lang.T("Ja, besproken en de juiste personen stemmen in", "Yes, discussed and the right people agree")),
}

var spNadeelGeweten = &Step{
	ID:    "nadeel-geweten",
	Label: lang.T("Gewetensnood (vraag 3a)", "Conflict of conscience (question 3a)"),
	Ask: lang.T(
		"Vraag 3a: kom je in gewetensnood als je zwijgt, bijvoorbeeld omdat de veiligheid van de jongere of iemand anders acuut in gevaar is?",
		"Question 3a: would keeping silent put you in a conflict of conscience, for example because the safety of the young person or someone else is in acute danger?"),
	Why: lang.T(
		"Zonder toestemming mag je alleen delen om ernstig nadeel of schade te voorkomen: een conflict van plichten (§1.4 vraag 3, noot 7).",
		"Without consent you may only share to prevent serious harm: a conflict of duties (§1.4 question 3, note 7)."),
	Sources: []string{"§1.4"},
	Options: jaNeeOptions("nadeel-zeker", "zwijgen"),
}

var spKanVragen = &Step{
	ID:    "kan-vragen",
	Label: lang.T("Toestemming vragen kan veilig (vraag 2)", "Consent can be asked safely (question 2)"),
	Ask: lang.T(
		"Kun je de toestemming nu vragen, zonder gevaar voor het kind of een ander?",
		"Can you ask for consent now, without danger to the child or someone else?"),
	Why: lang.T(
		"Niet gevraagd is niet geweigerd. Eerst doe je alles om gerichte toestemming te krijgen; alleen als vragen onveilig of onmogelijk is, weeg je of je zonder toestemming deelt (§1.4 vraag 2 en 3, noot 7).",
		"Not asked is not refused. First you do all you can to get specific consent; only when asking is unsafe or impossible do you weigh sharing without it (§1.4 questions 2 and 3, note 7)."),
	Sources: []string{"§1.4", "noot 7"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, ik kan het veilig vragen", "Yes, I can ask safely"), Words: []string{"j", "yes", "y", "veilig", "safe"}, Next: "vraag-toestemming"},
		{Value: "nee", Label: lang.T("Nee, vragen is onveilig of onmogelijk", "No, asking is unsafe or impossible"),
			Words: []string{"n", "no", "nee", "onveilig", "onmogelijk", "unsafe", "impossible"}, Next: "nadeel-geweten"},
	},
}

var spNadeelZeker = &Step{
	ID:    "nadeel-zeker",
	Label: lang.T("Doorbreken helpt (vraag 3b)", "Breaking secrecy helps (question 3b)"),
	Ask: lang.T(
		"Vraag 3b: weet je voldoende zeker dat je het ernstige nadeel voorkomt of beperkt door je beroepsgeheim te doorbreken? Kun je dat goed uitleggen?",
		"Question 3b: are you sure enough that breaking your professional secrecy prevents or limits the serious harm? Can you explain why?"),
	Why: lang.T(
		"Alleen als vraag 3a en 3b allebei met een goed onderbouwd ja te beantwoorden zijn, mag je zonder toestemming delen (§1.4 vraag 3).",
		"Only when questions 3a and 3b can both be answered with a well-argued yes may you share without consent (§1.4 question 3)."),
	Sources: []string{"§1.4"},
	Options: jaNeeOptions("ander-middel", "zwijgen"),
}

var spAnderMiddel = &Step{
	ID:    "ander-middel",
	Label: lang.T("Andere weg mogelijk (subsidiariteit)", "Another way possible (subsidiarity)"),
	Ask: lang.T(
		"Kun je het gevaar ook afwenden zonder je beroepsgeheim te doorbreken? Bijvoorbeeld door met de cliënt te praten, hulp in te zetten of anoniem advies te vragen aan Veilig Thuis.",
		"Can you avert the danger without breaking your professional secrecy? For example by talking with the client, arranging help or asking Veilig Thuis for advice without names."),
	Why: lang.T(
		"Bij een conflict van plichten doorbreek je je beroepsgeheim alleen als er geen andere weg is, en dan zo weinig mogelijk (§1.4 vraag 3 en 4, noot 7).",
		"In a conflict of duties you break professional secrecy only when there is no other way, and then as little as possible (§1.4 questions 3 and 4, note 7)."),
	Sources: []string{"§1.4", "noot 7"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, dat kan op een andere manier", "Yes, it can be done another way"), Words: []string{"j", "yes", "y"}, Next: "andere-weg"},
		{Value: "nee", Label: lang.T("Nee, er is geen andere weg", "No, there is no other way"), Words: []string{"n", "no", "nee", "geen andere weg", "no other way"}, Next: "collega"},
	},
}

var spCollega = &Step{
	ID:    "collega",
	Label: lang.T("Collega geraadpleegd", "Colleague consulted"),
	Ask: lang.T(
		"Heb je je afweging besproken met een collega, je leidinggevende of Veilig Thuis, zonder de cliënt herkenbaar te maken?",
		"Have you discussed your weighing with a colleague, your manager or Veilig Thuis, without making the client recognisable?"),
	Why: lang.T(
		"Twijfel je, raadpleeg dan altijd collega's (§1.4). Een tweede blik maakt je afweging sterker en beter uit te leggen.",
		"If in doubt, always consult colleagues (§1.4). A second view makes your weighing stronger and easier to explain."),
	Sources: []string{"§1.4"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, besproken", "Yes, discussed"), Words: []string{"j", "yes", "y", "besproken", "discussed"}, Next: "doorbreken"},
		{Value: "acuut", Label: lang.T("Nee, er is acuut gevaar: geen tijd", "No, there is acute danger: no time"),
			Words: []string{"acuut", "acuut gevaar", "acute", "acute danger", "112"}, Next: "doorbreken"},
		{Value: "nee", Label: lang.T("Nee, nog niet", "No, not yet"), Words: []string{"n", "no", "nee", "nog niet", "not yet"}, Next: "overleg-eerst"},
	},
}

var spMeldrechtNodig = &Step{
	ID:    "meldrecht-nodig",
	Label: lang.T("Nodig voor de taak van de ontvanger", "Needed for the recipient's task"),
	Ask: lang.T(
		"Je hebt hier een meldrecht: je mag delen zonder toestemming, maar het hoeft niet. Is delen nodig voor de veiligheid of de hulp van de jeugdige, en voor de taak van de ontvanger (Raad: onderzoek of een beschermingsmaatregel nodig is; Veilig Thuis: onderzoek naar geweld of mishandeling; GI: de uitvoering van de OTS)?",
		"You have a right to report here: you may share without consent, but you need not. Is sharing needed for the young person's safety or care, and for the recipient's task (Board: investigating whether a protection order is needed; Veilig Thuis: investigating violence or abuse; GI: carrying out the supervision order)?"),
	Why: lang.T(
		"Het meldrecht is een recht, geen plicht: je mag op grond van je beroepsgeheim ook besluiten niet te delen. Je legt je afweging onderbouwd vast (§1.6 Meldrecht).",
		"The right to report is a right, not a duty: you may also decide not to share because of your professional secrecy. You record your weighing with reasons (§1.6 Meldrecht)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldrecht-bespreken", "meldrecht-niet"),
}

var spMeldrechtBespreken = &Step{
	ID:    "meldrecht-bespreken",
	Label: lang.T("Vooraf met de cliënt besproken", "Discussed with the client beforehand"),
	Ask: lang.T(
		"Kun je het delen vooraf met de cliënt bespreken zonder de veiligheid van het kind of een ander in gevaar te brengen?",
		"Can you discuss the sharing with the client beforehand without putting the safety of the child or someone else at risk?"),
	Why: lang.T(
		"Je bespreekt delen zo mogelijk vooraf met de cliënt; kan dat niet veilig, dan vertel je het zo snel mogelijk achteraf (§1.3, §1.4 Dossier, noot 11).",
		"Where possible you discuss sharing with the client beforehand; if that is not safe, you tell them as soon as possible afterwards (§1.3, §1.4 Dossier, note 11)."),
	Sources: []string{"§1.3", "§1.4"},
	Options: []Option{
		{Value: "vooraf", Label: lang.T("Ja, ik bespreek het vooraf", "Yes, I discuss it beforehand"),
			Words: []string{"ja", "j", "yes", "y", "vooraf", "beforehand"}},
		{Value: "achteraf", Label: lang.T("Nee, dat is niet veilig: ik vertel het achteraf", "No, that is not safe: I tell them afterwards"),
			Words: []string{"nee", "n", "no", "achteraf", "afterwards", "niet veilig", "not safe"}},
	},
	Route: func(a Answers) string {
		switch a["ontvanger"] {
		case "raad":
			return "meldrecht-raad"
		case "verwijsindex":
			return "meldrecht-verwijsindex"
		case "vt-verzoek":
			return "meldrecht-vt"
		}
		return "meldrecht-gi"
	},
}

var spMeldcodeStappen = &Step{
	ID:    "meldcode-stappen",
	Label: lang.T("Meldcode stap 1 tot en met 3", "Reporting code steps 1 to 3"),
	Ask: lang.T(
		"Bij (een vermoeden van) huiselijk geweld of kindermishandeling volg je de meldcode. Die heeft vijf stappen:\n1. signalen in kaart brengen;\n2. een collega raadplegen, en zo nodig Veilig Thuis (advieslijn 0800-2000);\n3. in gesprek gaan met de cliënt;\n4. wegen met het afwegingskader;\n5. beslissen: melden en/of hulp.\nHeb je stap 1 tot en met 3 gezet?",
		"For (a suspicion of) domestic violence or child abuse you follow the reporting code. It has five steps:\n1. map the signals;\n2. consult a colleague and, if needed, Veilig Thuis (advice line 0800-2000);\n3. talk with the client;\n4. weigh with the assessment framework;\n5. decide: report and/or help.\nHave you taken steps 1 to 3?"),
	Why: lang.T(
		"Voor Veilig Thuis volg je de meldcode (§1.6). Sinds 1 januari 2019 is het afwegingskader verplicht in stap 4 en 5; de handreiking (2018) noemt dat nog niet.",
		"For Veilig Thuis you follow the reporting code (§1.6). Since 1 January 2019 the assessment framework is mandatory in steps 4 and 5; the guideline (2018) does not mention it yet."),
	Sources: []string{"§1.6"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, stap 1 tot en met 3 zijn gezet", "Yes, steps 1 to 3 are done"),
			Words: []string{"j", "yes", "y", "gedaan", "done"}, Next: "meldcode-vermoeden"},
		{Value: "nee", Label: lang.T("Nee, nog niet", "No, not yet"),
			Words: []string{"n", "no", "nog niet", "not yet"}, Next: "meldcode-eerst"},
		{Value: "acuut", Label: lang.T("Er is nu acuut gevaar", "There is acute danger now"),
			Words: []string{"acuut gevaar", "acute danger", "spoed", "urgent", "nood", "emergency", "112"}, Next: "melden-vt"},
	},
}

var spMeldcodeVermoeden = &Step{
	ID:    "meldcode-vermoeden",
	Label: lang.T("Vermoeden van geweld (afweging 1)", "Suspicion of violence (weighing 1)"),
	Ask: lang.T(
		"Afwegingskader, vraag 1: heb je op basis van stap 1 tot en met 3 een vermoeden van huiselijk geweld of kindermishandeling?",
		"Assessment framework, question 1: based on steps 1 to 3, do you suspect domestic violence or child abuse?"),
	Why: lang.T(
		"Het afwegingskader van de meldcode (verplicht sinds 2019) begint met de vraag of er een vermoeden is (§1.6).",
		"The reporting code's assessment framework (mandatory since 2019) starts by asking whether there is a suspicion (§1.6)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldcode-onveilig", "geen-vermoeden"),
}

var spMeldcodeOnveilig = &Step{
	ID:    "meldcode-onveilig",
	Label: lang.T("Acute of structurele onveiligheid (afweging 2)", "Acute or structural unsafety (weighing 2)"),
	Ask: lang.T(
		"Vraag 2: is er sprake van acute of structurele onveiligheid?",
		"Question 2: is there acute or structural unsafety?"),
	Why: lang.T(
		"Acute of structurele onveiligheid meld je altijd bij Veilig Thuis: dat is sinds 2019 de beroepsnorm (§1.6, meldcode).",
		"Acute or structural unsafety is always reported to Veilig Thuis: that is the professional norm since 2019 (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("melden-vt", "meldcode-hulp"),
}

var spMeldcodeHulp = &Step{
	ID:    "meldcode-hulp",
	Label: lang.T("Passende hulp mogelijk (afweging 3)", "Adequate help possible (weighing 3)"),
	Ask: lang.T(
		"Vraag 3: kun jij (of een ander) passende hulp bieden of organiseren?",
		"Question 3: can you (or someone else) offer or organise adequate help?"),
	Why: lang.T(
		"Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden bij Veilig Thuis (§1.6, meldcode).",
		"A no to question 3, 4 or 5 of the assessment framework means: report to Veilig Thuis (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldcode-aanvaard", "melden-vt"),
}

var spMeldcodeAanvaard = &Step{
	ID:    "meldcode-aanvaard",
	Label: lang.T("Hulp aanvaard (afweging 4)", "Help accepted (weighing 4)"),
	Ask: lang.T(
		"Vraag 4: aanvaarden de betrokkenen die hulp en werken ze mee?",
		"Question 4: do the people involved accept that help and cooperate?"),
	Why: lang.T(
		"Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden bij Veilig Thuis (§1.6, meldcode).",
		"A no to question 3, 4 or 5 of the assessment framework means: report to Veilig Thuis (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("meldcode-veilig", "melden-vt"),
}

var spMeldcodeVeilig = &Step{
	ID:    "meldcode-veilig",
	Label: lang.T("Blijvende veiligheid (afweging 5)", "Lasting safety (weighing 5)"),
	Ask: lang.T(
		"Vraag 5: leidt de hulp binnen de afgesproken tijd tot blijvende veiligheid?",
		"Question 5: does the help lead to lasting safety within the agreed time?"),
	Why: lang.T(
		"Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden bij Veilig Thuis (§1.6, meldcode).",
		"A no to question 3, 4 or 5 of the assessment framework means: report to Veilig Thuis (§1.6, reporting code)."),
	Sources: []string{"§1.6"},
	Options: jaNeeOptions("hulp-zonder-melding", "melden-vt"),
}

// spJoin joins the non-empty texts of each language with a space.
func spJoin(texts ...lang.Text) lang.Text {
	var out lang.Text
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

// spMunicipalPractice is the chosen municipality's practice and whom to
// ask, in the words of its record.
func spMunicipalPractice(a Answers) lang.Text {
	m := a["municipality"]
	if m == "" {
		return lang.Text{}
	}
	return spJoin(tx(municipalitiesWords, "municipality."+m+".practice"), tx(municipalitiesWords, "municipality."+m+".questions"))
}

// spConsentNote adds what is particular to the recipient where consent is
// asked, and otherwise the recipient's note.
func spConsentNote(a Answers) lang.Text {
	if a["ontvanger"] == "school" {
		return lang.T(
			"Voor school moet de toestemming uitdrukkelijk zijn en over precies deze informatie gaan (§2.4).",
			"For the school, consent must be explicit and cover exactly this information (§2.4).")
	}
	return spRecipientNote(a)
}

// spRecipientNote adds what is particular to the recipient, whether or not
// consent was given.
func spRecipientNote(a Answers) lang.Text {
	switch a["ontvanger"] {
	case "team", "huisarts", "medebehandelaar":
		return lang.T(
			"Deze persoon werkt niet mee aan de hulp aan je cliënt, dus is hij of zij voor je beroepsgeheim een buitenstaander (§2.4).",
			"This person takes no part in your client's care, so for your professional secrecy they are an outsider (§2.4).")
	case "acvz":
		return spCovenantNote
	case "ouder":
		return lang.T(
			"Gaat het om gegevens over de andere ouder of een ander gezinslid, dan is de toestemming van die persoon nodig (§4.1a).",
			"If the data is about the other parent or another family member, that person's consent is needed (§4.1a).")
	case "gi-ots-verzoek", "gi-ongevraagd":
		return lang.T(
			"Zonder OTS heeft de jeugdbeschermer geen eigen recht op informatie: dan geldt de gewone regel van toestemming.",
			"Without a supervision order the child protection worker has no right of their own to information: the ordinary rule of consent applies.")
	}
	return lang.Text{}
}

// spCovenantNote says what an AcVZ covenant does and does not do (§1.7,
// note 14).
var spCovenantNote = lang.T(
	"Een convenant is geen grond om je beroepsgeheim te doorbreken. Het regelt alleen hoe, met wie en waarvoor je binnen de AcVZ-aanpak deelt wat je al mag delen (§1.7, noot 14). Twijfel je, overleg met een manager of jurist van je organisatie die bij de aanpak betrokken is.",
	"A covenant is no ground to break your professional secrecy. It only sets how, with whom and for what you share, within the AcVZ approach, what you may already share (§1.7, note 14). If in doubt, consult a manager or lawyer of your organisation who is involved in the approach.")

var spUitInformatieplichtGI = &Outcome{
	ID:    "informatieplicht-gi",
	Title: lang.T("Verstrekkingsplicht: geef de jeugdbeschermer wat nodig is", "Duty to provide information: give the child protection worker what is needed"),
	Verdict: lang.T(
		"Je moet de jeugdbeschermer van de GI die de OTS uitvoert de informatie geven die nodig is voor die OTS. Toestemming van de cliënt is daarvoor niet nodig.",
		"You must give the child protection worker of the GI carrying out the supervision order (OTS) the information that order needs. The client's consent is not needed."),
	Share: lang.T(
		"Alleen wat nodig is voor de uitvoering van de OTS, niet je hele dossier. Deel via een beveiligde weg (§1.5 punt 4).",
		"Only what carrying out the supervision order needs, not your whole file. Share through a secure channel (§1.5 point 4)."),
	Inform: lang.T(
		"Vertel de cliënt wat je gaf: liefst vooraf, anders zo snel mogelijk achteraf. Noteer in het dossier wat je gaf en waarom.",
		"Tell the client what you gave: preferably beforehand, otherwise as soon as possible afterwards. Note in the file what you gave and why."),
	Ground: lang.T(
		"Verstrekkingsplicht (§1.6; de handreiking noemt het informatieplicht): bij een door de kinderrechter uitgesproken ondertoezichtstelling (OTS) moet je de GI die de OTS uitvoert op verzoek de informatie geven die daarvoor nodig is, zo nodig zonder toestemming. Dat geldt niet in het vrijwillig kader en niet voor een voogd: een voogd heeft het gezag.",
		"Duty to provide information (§1.6; the guideline calls it informatieplicht): under a supervision order (OTS) made by the juvenile court you must give the GI carrying it out, on request, the information it needs, without consent where needed. This does not apply in the voluntary framework, nor to a guardian: a guardian holds parental authority."),
	Sources:           []string{"§1.6", "noot 11"},
	Laws:              []string{"Jeugdwet art. 7.3.11 lid 4", "BW art. 1:255"},
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitInformatieplichtIGJ = &Outcome{
	ID:    "informatieplicht-igj",
	Title: lang.T("Verstrekkingsplicht: geef de Inspectie wat nodig is", "Duty to provide information: give the Inspectorate what is needed"),
	Verdict: lang.T(
		"Je moet de Inspectie Gezondheidszorg en Jeugd (IGJ) de gegevens geven die zij voor haar toezicht vraagt. Toestemming van de cliënt is daarvoor niet nodig.",
		"You must give the Health and Youth Care Inspectorate (IGJ) the data it asks for its supervision. The client's consent is not needed."),
	Share: lang.T(
		"Alleen wat de Inspectie vraagt en nodig heeft. Deel via een beveiligde weg (§1.5 punt 4).",
		"Only what the Inspectorate asks and needs. Share through a secure channel (§1.5 point 4)."),
	Inform: lang.T(
		"Vertel de cliënt achteraf dat je deze gegevens aan de Inspectie gaf. Noteer in het dossier wat je gaf en waarom.",
		"Tell the client afterwards that you gave this data to the Inspectorate. Note in the file what you gave and why."),
	Ground: lang.T(
		"Verstrekkingsplicht (§1.6; de handreiking noemt het informatieplicht): de toezichthouders van de IGJ mogen voor hun toezicht dossiers inzien, ook zonder toestemming (Jeugdwet hoofdstuk 9, Awb art. 5:20). De handreiking (noot 10) noemt Jeugdwet art. 4.1.8; dat artikel gaat over het melden van calamiteiten en geweld. Het precieze artikel laat je bevestigen door je FG.",
		"Duty to provide information (§1.6; the guideline calls it informatieplicht): the IGJ's supervisors may inspect files for their supervision, also without consent (Youth Act chapter 9, Awb art. 5:20). The guideline (note 10) cites Youth Act art. 4.1.8; that article is about reporting calamities and violence. Have your FG confirm the exact article."),
	Sources: []string{"§1.6", "noot 10"},
	Laws:    []string{"Jeugdwet hoofdstuk 9", "Awb art. 5:20"},
	Shared:  spSharedWith,
}

var spUitMedebehandelaar = &Outcome{
	ID:    "medebehandelaar",
	Title: lang.T("Delen met een medebehandelaar mag", "You may share with a co-treating professional"),
	Verdict: lang.T(
		"Je mag het strikt noodzakelijke delen zonder toestemming: deze persoon werkt direct mee aan de hulp aan je cliënt.",
		"You may share what is strictly necessary without consent: this person takes part directly in your client's care."),
	Share: lang.T(
		"Alleen wat de medebehandelaar nodig heeft voor zijn of haar deel van de hulp.",
		"Only what the co-treating professional needs for their part of the care."),
	Inform: lang.T(
		"Vertel je cliënt dat je deze informatie deelt; open zijn is het uitgangspunt (§1.3 punt 1).",
		"Tell your client that you share this information; openness is the starting point (§1.3 point 1)."),
	Ground: lang.T(
		"Voor delen met hulpverleners die direct bij de hulp betrokken zijn, is geen toestemming nodig, mits je alleen het strikt noodzakelijke deelt (§2.4). Of het Uithoornse beleid van uitdrukkelijke toestemming (§1.3) ook voor medebehandelaars geldt, is een vraag voor de FG van Uithoorn.",
		"Sharing with practitioners directly involved in the care needs no consent, provided you share only what is strictly necessary (§2.4). Whether Uithoorn's policy of explicit consent (§1.3) also covers co-treating professionals is a question for Uithoorn's FG."),
	Sources: []string{"§2.4", "§1.3"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457 lid 2"},
	Detail: func(a Answers) lang.Text {
		switch a["ontvanger"] {
		case "huisarts":
			return lang.T("Een huisarts die meewerkt aan de hulp is medebehandelaar.", "A GP who takes part in the care is a co-treating professional.")
		case "team":
			return lang.T("Een teamcollega die meewerkt aan de hulp is medebehandelaar; wie je alleen om raad vraagt, niet.",
				"A team colleague who takes part in the care is a co-treating professional; someone you only ask for advice is not.")
		}
		return lang.Text{}
	},
	Shared: spSharedWith,
}

var spUitNietNodig = &Outcome{
	ID:    "niet-nodig",
	Title: lang.T("Deel geen persoonsgegevens", "Do not share personal data"),
	Verdict: lang.T(
		"Je kunt het doel bereiken zonder persoonsgegevens te delen. Doe het dan ook zo.",
		"You can reach the goal without sharing personal data. So do it that way."),
	Ground: lang.T(
		"Je verwerkt alleen gegevens die strikt nodig zijn voor de hulp (§1.3 punt 3, §1.4 vraag 1).",
		"You process only data that is strictly necessary for the care (§1.3 point 3, §1.4 question 1)."),
	Sources: []string{"§1.3", "§1.4"},
	Laws:    []string{"AVG art. 5 lid 1 c", "Jeugdwet art. 7.3.11"},
}

var spUitAnoniem = &Outcome{
	ID:    "anoniem",
	Title: lang.T("Deel alleen anoniem", "Share anonymously only"),
	Verdict: lang.T(
		"Bespreek je vraag of geef de informatie zo dat niemand je cliënt of het gezin kan herkennen.",
		"Discuss your question or give the information in a way that nobody can recognise your client or the family."),
	Share: lang.T(
		"Geen naam, adres, geboortedatum, school of andere details waaraan de ontvanger de cliënt kan herkennen; ook niet in combinatie.",
		"No name, address, date of birth, school or other details by which the recipient could recognise the client, not even in combination."),
	Ground: lang.T(
		"Kan het anoniem, dan maak je de gegevens eerst anoniem (§1.4 vraag 1b). Gegevens die niet meer naar een persoon te herleiden zijn, zijn geen persoonsgegevens.",
		"If it can be done anonymously, you anonymise the data first (§1.4 question 1b). Data that can no longer be traced to a person is not personal data."),
	Sources: []string{"§1.4", "Begrippenlijst"},
	Laws:    []string{"AVG art. 4 onder 1", "AVG art. 5 lid 1 c"},
}

var spUitDelenToestemming = &Outcome{
	ID:    "delen-toestemming",
	Title: lang.T("Je mag delen, met gerichte toestemming", "You may share, with specific consent"),
	Verdict: lang.T(
		"Je hebt gerichte toestemming van de juiste personen: je mag delen wat voor dit doel nodig is.",
		"You have specific consent from the right people: you may share what is needed for this purpose."),
	Share: lang.T(
		"Alleen wat de ontvanger echt nodig heeft, niet meer (vraag 4). Deel via het registratiesysteem of een beveiligde weg (§1.5 punt 4).",
		"Only what the recipient really needs, no more (question 4). Share through the registration system or a secure channel (§1.5 point 4)."),
	Inform: lang.T(
		"Leg de toestemming vast in het dossier: wat je deelt, met wie en waarom. De cliënt kan de toestemming altijd intrekken voor wat daarna komt.",
		"Record the consent in the file: what you share, with whom and why. The client can always withdraw consent for what comes after."),
	Ground: lang.T(
		"Gerichte toestemming heft je beroepsgeheim op voor deze deling (§1.4 vraag 2, §2.4). Dat is iets anders dan de AVG-grondslag: die is meestal je wettelijke taak (AVG art. 6 lid 1 c/e, art. 9 lid 2 h). De handreiking (noot 29) noemt nog AVG art. 6 lid 1 a.",
		"Specific consent lifts your professional secrecy for this sharing (§1.4 question 2, §2.4). That is not the same as the GDPR legal basis, which is usually your legal task (GDPR art. 6(1)(c)/(e), art. 9(2)(h)). The guideline (note 29) still names GDPR art. 6(1)(a)."),
	Sources: []string{"§1.3", "§1.4", "§1.5", "§2.4"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457", "AVG art. 6 lid 1 c/e", "AVG art. 9 lid 2 h"},
	Detail: func(a Answers) lang.Text {
		return spJoin(spWhoConsents(a), spMunicipalPractice(a), spConsentNote(a))
	},
	Shared: spSharedWith,
}

var spUitVraagToestemming = &Outcome{
	ID:    "vraag-toestemming",
	Title: lang.T("Vraag eerst gerichte toestemming", "First ask for specific consent"),
	Verdict: lang.T(
		"Deel nog niets: vraag nu gerichte toestemming. Leg uit wat je wilt delen, met wie, waarom, en dat de toestemming in te trekken is.",
		"Share nothing yet: ask for specific consent now. Explain what you want to share, with whom, why, and that consent can be withdrawn."),
	Inform: lang.T(
		"Krijg je toestemming, dan mag je delen. Wordt het geweigerd, loop dan het stappenplan opnieuw door en kies 'geweigerd'.",
		"If you get consent, you may share. If it is refused, go through the plan again and choose 'refused'."),
	Ground: lang.T(
		"Eerst doe je alles om gerichte toestemming te krijgen (§1.4 vraag 2). Niet gevraagd is niet geweigerd: zonder toestemming delen mag alleen als vragen onveilig of onmogelijk is, of na een weigering, bij een conflict van plichten (§1.4 vraag 3, noot 7).",
		"First you do all you can to get specific consent (§1.4 question 2). Not asked is not refused: sharing without consent is only allowed when asking is unsafe or impossible, or after a refusal, in a conflict of duties (§1.4 question 3, note 7)."),
	Sources: []string{"§1.4", "§2.4", "noot 7"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
	Detail: func(a Answers) lang.Text {
		return spJoin(spWhoConsents(a), spConsentNote(a))
	},
	Pending: true,
}

var spUitGezagEerst = &Outcome{
	ID:    "gezag-eerst",
	Title: lang.T("Zoek eerst uit wie het gezag heeft", "First find out who holds parental authority"),
	Verdict: lang.T(
		"Deel nog niets. Vraag de ouders wie het gezag heeft en vraag door: veel mensen halen erkenning en gezag door elkaar.",
		"Share nothing yet. Ask the parents who holds parental authority and ask on: many people confuse recognition with authority."),
	Inform: lang.T(
		"Getrouwd of geregistreerd partner, ook na de geboorte: samen gezag. Gezag dat de rechter gaf, staat in het gezagsregister; een uittreksel kan bij elke rechtbank.",
		"Married or registered partners, also after the birth: joint authority. Authority a court gave is in the register of parental authority; any court can give an extract."),
	Ground: lang.T(
		"Alleen wie gezag heeft, geeft toestemming namens een minderjarige en heeft recht op informatie (§2.3, §4.2, Begrippenlijst 'Gezag'; BW art. 1:251, 1:251b).",
		"Only those with parental authority consent for a minor and are entitled to information (§2.3, §4.2, Begrippenlijst 'Gezag'; BW art. 1:251, 1:251b)."),
	Sources: []string{"§2.3", "§4.2", "Begrippenlijst"},
	Laws:    []string{"BW art. 1:251", "BW art. 1:251b", "BW art. 1:244"},
	Pending: true,
}

var spUitZwijgen = &Outcome{
	ID:    "zwijgen",
	Title: lang.T("Houd je aan je beroepsgeheim", "Keep your professional secrecy"),
	Verdict: lang.T(
		"Deel geen gegevens zonder toestemming: er is geen reden die zwaar genoeg weegt om je beroepsgeheim te doorbreken.",
		"Do not share data without consent: there is no reason weighty enough to break your professional secrecy."),
	Inform: lang.T(
		"Leg je afweging vast in het dossier. Twijfel je, overleg met een collega zonder de cliënt herkenbaar te maken. Verandert de situatie, weeg dan opnieuw.",
		"Record your weighing in the file. If in doubt, consult a colleague without making the client recognisable. If the situation changes, weigh again."),
	Ground: lang.T(
		"Zonder toestemming deel je alleen als vraag 3a en 3b allebei ja zijn; anders handhaaf je je zwijgplicht (§1.4 vraag 3).",
		"Without consent you share only when questions 3a and 3b are both yes; otherwise you keep your duty of secrecy (§1.4 question 3)."),
	Sources: []string{"§1.4"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457", "Sr art. 272"},
	Detail: func(a Answers) lang.Text {
		var meldcode lang.Text
		if a["nadeel-geweten"] == "ja" {
			meldcode = lang.T(
				"Gaat het om (een vermoeden van) huiselijk geweld of kindermishandeling, volg dan de meldcode (Veilig Thuis, 0800-2000). Bij acuut gevaar: bel 112.",
				"If this is about (a suspicion of) domestic violence or child abuse, follow the reporting code (Veilig Thuis, 0800-2000). In acute danger: call 112.")
		}
		return spJoin(meldcode, spRecipientNote(a))
	},
	Continue: "stappenplan ontvanger=veilig-thuis",
}

var spUitAnderMiddel = &Outcome{
	ID:    "andere-weg",
	Title: lang.T("Kies de andere weg; doorbreek je beroepsgeheim niet", "Take the other way; do not break your secrecy"),
	Verdict: lang.T(
		"Er is een andere manier om het gevaar af te wenden. Gebruik die: dan doorbreek je je beroepsgeheim niet.",
		"There is another way to avert the danger. Use it: then you do not break your professional secrecy."),
	Inform: lang.T(
		"Leg je afweging vast in het dossier. Lukt de andere weg niet, weeg dan opnieuw. Bij acuut gevaar: bel 112.",
		"Record your weighing in the file. If the other way does not work, weigh again. In acute danger: call 112."),
	Ground: lang.T(
		"Een conflict van plichten vraagt dat er geen andere weg is om het ernstige nadeel te voorkomen (subsidiariteit; §1.4 vraag 3, noot 7).",
		"A conflict of duties requires that there is no other way to prevent the serious harm (subsidiarity; §1.4 question 3, note 7)."),
	Sources: []string{"§1.4", "noot 7"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
}

var spUitOverlegEerst = &Outcome{
	ID:    "overleg-eerst",
	Title: lang.T("Overleg eerst met een collega", "First consult a colleague"),
	Verdict: lang.T(
		"Deel nog niets: bespreek je afweging eerst met een collega, je leidinggevende of Veilig Thuis (0800-2000), zonder de cliënt herkenbaar te maken.",
		"Share nothing yet: first discuss your weighing with a colleague, your manager or Veilig Thuis (0800-2000), without making the client recognisable."),
	Inform: lang.T(
		"Loop daarna het stappenplan opnieuw door. Wordt het gevaar acuut: bel 112.",
		"Then go through the plan again. If the danger becomes acute: call 112."),
	Ground: lang.T(
		"Twijfel je, raadpleeg dan altijd collega's (§1.4). Een doorbreking van je beroepsgeheim moet je goed kunnen uitleggen (§1.4 vraag 3, noot 7).",
		"If in doubt, always consult colleagues (§1.4). You must be able to explain a breach of your professional secrecy well (§1.4 question 3, note 7)."),
	Sources: []string{"§1.4", "noot 7"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
	Pending: true,
}

var spUitDoorbreken = &Outcome{
	ID:    "doorbreken",
	Title: lang.T("Je mag je beroepsgeheim doorbreken", "You may break your professional secrecy"),
	Verdict: lang.T(
		"Je mag zonder toestemming delen om ernstig nadeel te voorkomen (conflict van plichten). Deel zo weinig mogelijk.",
		"You may share without consent to prevent serious harm (conflict of duties). Share as little as possible."),
	Share: lang.T(
		"Alleen wat de ontvanger echt nodig heeft om het nadeel te voorkomen, niet meer (vraag 4).",
		"Only what the recipient really needs to prevent the harm, no more (question 4)."),
	Inform: lang.T(
		"Vertel de cliënt zo snel mogelijk welke gegevens je deelde, op een moment dat het de veiligheid niet schaadt. Schrijf je afweging en wat je deelde op in het dossier.",
		"Tell the client as soon as possible what data you shared, at a moment when it does not harm anyone's safety. Write your weighing and what you shared in the file."),
	Ground: lang.T(
		"Conflict van plichten: toestemming is gevraagd en geweigerd, of vragen was onveilig of onmogelijk; zwijgen geeft ernstig nadeel; je weet voldoende zeker dat delen dat voorkomt; er is geen andere weg; en je deelt alleen het nodige (§1.4 vraag 2 tot en met 4, noot 7).",
		"Conflict of duties: consent was asked and refused, or asking was unsafe or impossible; silence causes serious harm; you are sure enough that sharing prevents it; there is no other way; and you share only what is needed (§1.4 questions 2 to 4, note 7)."),
	Sources: []string{"§1.4", "noot 7"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457", "BW art. 7:453"},
	Detail: func(a Answers) lang.Text {
		var colleague lang.Text
		if a["collega"] == "acuut" {
			colleague = lang.T(
				"Acuut gevaar: bel eerst 112. Bespreek je afweging zo snel mogelijk achteraf met een collega.",
				"Acute danger: call 112 first. Discuss your weighing with a colleague as soon as possible afterwards.")
		}
		return spJoin(colleague, lang.T(
			"Bij huiselijk geweld of kindermishandeling is Veilig Thuis de plek om te melden (0800-2000).",
			"For domestic violence or child abuse, Veilig Thuis is the place to report (0800-2000)."),
			spRecipientNote(a))
	},
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitOTSNavragen = &Outcome{
	ID:    "ots-navragen",
	Title: lang.T("Vraag eerst naar de OTS", "First ask about the supervision order"),
	Verdict: lang.T(
		"Deel nog niets. Vraag de jeugdbeschermer of er een OTS is die de kinderrechter uitsprak, of zij die uitvoert, en waarvoor de informatie nodig is.",
		"Share nothing yet. Ask the child protection worker whether there is a supervision order (OTS) made by the juvenile court, whether they carry it out, and what the information is needed for."),
	Inform: lang.T(
		"Is er een OTS, dan geldt de informatieplicht. Is er geen OTS, dan geldt de gewone regel van toestemming.",
		"If there is a supervision order, the duty to provide applies. If there is none, the ordinary rule of consent applies."),
	Ground: lang.T(
		"De informatieplicht geldt alleen tegenover de GI die een OTS uitvoert, en alleen voor wat die OTS nodig heeft (§1.6).",
		"The duty to provide applies only towards the GI carrying out a supervision order, and only for what that order needs (§1.6)."),
	Sources: []string{"§1.6"},
	Laws:    []string{"Jeugdwet art. 7.3.11 lid 4", "BW art. 1:255"},
	Pending: true,
}

// spParentLaws are the articles for informing a parent with authority or
// a guardian (§4.2).
var spParentLaws = []string{"Jeugdwet art. 7.3.11", "BW art. 7:457 lid 2", "BW art. 7:465"}

var spUitOuderInformeren = &Outcome{
	ID:    "ouder-informeren",
	Title: lang.T("Informeer de ouder met gezag", "Inform the parent with authority"),
	Verdict: lang.T(
		"De ouder met gezag (of de voogd) beslist namens het kind en krijgt de informatie die daarvoor nodig is. Voor hem of haar is dat geen delen met een buitenstaander.",
		"The parent with authority (or the guardian) decides for the child and gets the information needed for that. For them this is no sharing with an outsider."),
	Share: lang.T(
		"Wat de ouder nodig heeft om over de hulp te beslissen. Weeg de mening en het belang van het kind mee; houd achter wat een goed hulpverlener niet zou geven.",
		"What the parent needs to decide on the care. Weigh the child's view and interest; withhold what a good professional would not give."),
	Inform: lang.T(
		"Leg het kind op zijn eigen niveau uit wat je met de ouder bespreekt (§1.3).",
		"Explain to the child, at their own level, what you discuss with the parent (§1.3)."),
	Ground: lang.T(
		"Bij een kind onder de 12, of een jongere die zijn belangen niet kan overzien, beslissen de ouders met gezag of de voogd; zij hebben recht op de informatie die daarvoor nodig is (§2.2, §4.2).",
		"For a child under 12, or a young person who cannot weigh their interests, the parents with authority or the guardian decide; they are entitled to the information needed for that (§2.2, §4.2)."),
	Sources: []string{"§2.2", "§4.2"},
	Laws:    spParentLaws,
	Shared:  spSharedWith,
}

var spUitOuder1215 = &Outcome{
	ID:    "ouder-12-15",
	Title: lang.T("Jongere van 12 tot en met 15: informeer de ouder, met oog voor de jongere", "Young person aged 12 to 15: inform the parent, with care for the young person"),
	Verdict: lang.T(
		"De ouder met gezag beslist mee en krijgt wat hij of zij daarvoor nodig heeft. Bespreek eerst met de jongere wat je deelt.",
		"The parent with authority has a say and gets what they need for it. First discuss with the young person what you share."),
	Share: lang.T(
		"Wat de ouder nodig heeft om mee te beslissen over de hulp. Houd achter wat in strijd is met goede hulp aan de jongere.",
		"What the parent needs to share in deciding on the care. Withhold what goes against good care for the young person."),
	Inform: lang.T(
		"Vertel de jongere vooraf wat je met de ouder deelt.",
		"Tell the young person beforehand what you share with the parent."),
	Ground: lang.T(
		"Van 12 tot en met 15 beslissen de jongere en de ouders met gezag samen; je verplichtingen gelden ook tegenover de ouders, binnen de grens van goed hulpverlenerschap: de zorg die een goed hulpverlener in acht neemt (§2.2, §4.2).",
		"From 12 to 15 the young person and the parents with authority decide together; your obligations also apply towards the parents, within the limit of good care: the care a good professional takes (§2.2, §4.2)."),
	Sources: []string{"§2.2", "§4.2"},
	Laws:    spParentLaws,
	Shared:  spSharedWith,
}

var spUitOuderMetToestemming = &Outcome{
	ID:    "ouder-met-toestemming",
	Title: lang.T("De jongere stemt in: je mag de ouder informeren", "The young person agrees: you may inform the parent"),
	Verdict: lang.T(
		"De jongere van 16 of 17 geeft toestemming. Je mag de ouder geven waarvoor die toestemming geldt.",
		"The young person of 16 or 17 consents. You may give the parent what that consent covers."),
	Share: lang.T(
		"Alleen wat onder de toestemming valt.",
		"Only what the consent covers."),
	Inform: lang.T(
		"Leg de toestemming vast in het dossier.",
		"Record the consent in the file."),
	Ground: lang.T(
		"Vanaf 16 beslist de jongere zelf, ook over informatie aan de ouders (§2.2, §4.2).",
		"From 16 the young person decides alone, also on information for the parents (§2.2, §4.2)."),
	Sources: []string{"§2.2", "§4.2"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "Jeugdwet art. 7.3.5 lid 1", "BW art. 7:457"},
	Shared:  spSharedWith,
}

var spUitOuderGeenToestemming = &Outcome{
	ID:    "ouder-geen-toestemming",
	Title: lang.T("Geen informatie aan de ouder zonder toestemming van de jongere", "No information for the parent without the young person's consent"),
	Verdict: lang.T(
		"Vanaf 16 beslist de jongere zelf. Deel niets met de ouder zolang de jongere geen toestemming geeft; vraag het hem of haar eerst.",
		"From 16 the young person decides alone. Share nothing with the parent as long as the young person does not consent; ask them first."),
	Inform: lang.T(
		"Leg je afweging vast in het dossier. Is de veiligheid in gevaar, loop dan het stappenplan opnieuw door.",
		"Record your weighing in the file. If safety is at risk, go through the plan again."),
	Ground: lang.T(
		"Een jongere van 16 of 17 die zijn belangen kan overzien, beslist zelf wie informatie krijgt (§2.2, §4.2).",
		"A young person of 16 or 17 who can weigh their interests decides alone who gets information (§2.2, §4.2)."),
	Sources: []string{"§2.2", "§4.2"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "Jeugdwet art. 7.3.5 lid 1", "BW art. 7:457"},
}

var spUitOuderZonderGezagInfo = &Outcome{
	ID:    "ouder-zonder-gezag-info",
	Title: lang.T("Ouder zonder gezag: alleen algemene informatie", "Parent without authority: general information only"),
	Verdict: lang.T(
		"Een ouder zonder gezag krijgt op zijn of haar vraag alleen algemene, feitelijke informatie over belangrijke zaken rond het kind.",
		"A parent without authority gets, on request, only general, factual information about important matters concerning the child."),
	Share: lang.T(
		"Alleen globale feiten over belangrijke zaken. Geen dossier, geen details uit gesprekken.",
		"Only general facts about important matters. No file, no details from conversations."),
	Inform: lang.T(
		"Vertel de ouder met gezag en de jongere (vanaf 12) welke informatie je gaf.",
		"Tell the parent with authority and the young person (from 12) what information you gave."),
	Ground: lang.T(
		"Recht van de ouder zonder gezag op informatie over belangrijke feiten en omstandigheden van het kind (§4.2, BW art. 1:377c).",
		"Right of the parent without authority to information about important facts and circumstances concerning the child (§4.2, BW art. 1:377c)."),
	Sources: []string{"§4.2"},
	Laws:    []string{"BW art. 1:377c"},
	Shared:  spSharedWith,
}

var spUitOuderZonderGezagGeen = &Outcome{
	ID:    "ouder-zonder-gezag-geen",
	Title: lang.T("Ouder zonder gezag: geen informatie", "Parent without authority: no information"),
	Verdict: lang.T(
		"Geef deze ouder geen informatie: je zou die ook een ouder met gezag niet geven, of het belang van het kind verzet zich ertegen.",
		"Give this parent no information: you would not give it to a parent with authority either, or the child's interest stands against it."),
	Inform: lang.T(
		"Laat de ouder weten dat je geen informatie geeft en, voor zover dat kan, waarom. Hij of zij kan de rechter vragen te beslissen.",
		"Tell the parent that you give no information and, as far as possible, why. They can ask the court to decide."),
	Ground: lang.T(
		"Een ouder zonder gezag heeft geen recht op informatie als je die ook een ouder met gezag niet zou geven, of als het belang van het kind zich ertegen verzet (§4.2, BW art. 1:377c).",
		"A parent without authority has no right to information you would not give a parent with authority either, or where the child's interest stands against it (§4.2, BW art. 1:377c)."),
	Sources: []string{"§4.2"},
	Laws:    []string{"BW art. 1:377c"},
}

var spUitVerwijsindexNiet = &Outcome{
	ID:    "verwijsindex-niet",
	Title: lang.T("Geen melding in de Verwijsindex", "No registration in the Verwijsindex"),
	Verdict: lang.T(
		"Meld deze jongere niet in de Verwijsindex.",
		"Do not register this young person in the Verwijsindex."),
	Inform: lang.T(
		"Leg je afweging vast in het dossier. Verandert de situatie, weeg dan opnieuw.",
		"Record your weighing in the file. If the situation changes, weigh again."),
	Ground: lang.T(
		"Melden in de Verwijsindex mag alleen een meldingsbevoegde, alleen voor een jongere onder de 23, en alleen bij een redelijk vermoeden dat de jongere echt wordt bedreigd in een gezonde en veilige ontwikkeling. Cliënt zijn is niet genoeg (§1.6).",
		"Only an authorised professional may register in the Verwijsindex, only for a young person under 23, and only on a reasonable suspicion that the young person's healthy and safe development is actually threatened. Being a client is not enough (§1.6)."),
	Sources: []string{"§1.6"},
	Laws:    spVerwijsindexLaws,
	Detail: func(a Answers) lang.Text {
		switch {
		case a["vi-bevoegd"] != "ja":
			return lang.T("Je bent niet meldingsbevoegd: vraag wie in je organisatie dat wel is.", "You are not an authorised professional: ask who in your organisation is.")
		case a["vi-leeftijd"] != "ja":
			return lang.T("De Verwijsindex is alleen voor jongeren onder de 23.", "The Verwijsindex is only for young people under 23.")
		}
		return lang.T("Er is geen redelijk vermoeden van een echte bedreiging van de ontwikkeling.", "There is no reasonable suspicion of a real threat to the young person's development.")
	},
}

// spVerwijsindexLaws are the articles on the Verwijsindex.
var spVerwijsindexLaws = []string{"Jeugdwet par. 7.1 (verwijsindex risicojongeren, art. 7.1.1.1 e.v.)"}

// spMeldrechtInform says when to tell the client, from the answer to
// meldrecht-bespreken.
func spMeldrechtInform(a Answers) lang.Text {
	if a["meldrecht-bespreken"] == "achteraf" {
		return lang.T(
			"Vooraf bespreken is niet veilig: vertel het de cliënt zo snel mogelijk achteraf, op een moment dat het geen kwaad kan.",
			"Discussing it beforehand is not safe: tell the client as soon as possible afterwards, at a moment when it does no harm.")
	}
	return lang.T(
		"Bespreek het delen vooraf met de cliënt.",
		"Discuss the sharing with the client beforehand.")
}

var spMeldrechtInformText = lang.T(
	"Vertel de cliënt wat je deelde: vooraf als dat veilig kan, anders zo snel mogelijk achteraf. Leg je afweging vast in het dossier.",
	"Tell the client what you shared: beforehand if that is safe, otherwise as soon as possible afterwards. Record your weighing in the file.")

var spMeldrechtGround = lang.T(
	"Meldrecht (§1.6): de wet staat delen zonder toestemming toe, maar verplicht het niet. Je weegt zelf af of delen nodig is.",
	"Right to report (§1.6): the law allows sharing without consent but does not require it. You weigh yourself whether sharing is needed.")

var spUitMeldrechtRaad = &Outcome{
	ID:    "meldrecht-raad",
	Title: lang.T("Je mag delen met de Raad voor de Kinderbescherming", "You may share with the Child Protection Board"),
	Verdict: lang.T(
		"Je mag zonder toestemming delen wat de Raad nodig heeft voor het onderzoek of een kinderbeschermingsmaatregel nodig is.",
		"You may share without consent what the Board needs to investigate whether a child protection order is needed."),
	Share: lang.T(
		"Alleen wat voor dat onderzoek nodig is: feiten en je eigen waarnemingen, met de bron erbij.",
		"Only what that investigation needs: facts and your own observations, with their source."),
	Inform:            spMeldrechtInformText,
	Ground:            spMeldrechtGround,
	Sources:           []string{"§1.6"},
	Laws:              []string{"BW art. 1:240"},
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtVerwijsindex = &Outcome{
	ID:    "meldrecht-verwijsindex",
	Title: lang.T("Je mag een signaal afgeven in de Verwijsindex", "You may register a signal in the Verwijsindex"),
	Verdict: lang.T(
		"Je mag zonder toestemming een signaal afgeven in de Verwijsindex (Multi-signaal), zodat hulpverleners rond deze jongere elkaar vinden.",
		"You may register a signal in the Verwijsindex (Multi-signaal) without consent, so that professionals around this young person find each other."),
	Share: lang.T(
		"Alleen het signaal dat jij betrokken bent. De inhoud van je zorgen deel je niet via de Verwijsindex.",
		"Only the signal that you are involved. You do not share the content of your concerns through the Verwijsindex."),
	Inform: lang.T(
		"Vertel de jongere (en bij een jongere onder de 16 ook de ouders met gezag) dat je hem of haar meldt: vooraf als dat veilig kan, anders zo snel mogelijk achteraf.",
		"Tell the young person (and for one under 16 also the parents with authority) that you register them: beforehand if that is safe, otherwise as soon as possible afterwards."),
	Ground: lang.T(
		"Meldrecht (§1.6): een meldingsbevoegde mag een jongere onder de 23 melden bij een redelijk vermoeden dat zijn of haar gezonde en veilige ontwikkeling echt wordt bedreigd. Melden mag, afwegen moet.",
		"Right to report (§1.6): an authorised professional may register a young person under 23 on a reasonable suspicion that their healthy and safe development is actually threatened. You may register, but you must weigh it."),
	Sources:           []string{"§1.6"},
	Laws:              spVerwijsindexLaws,
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtGI = &Outcome{
	ID:    "meldrecht-gi",
	Title: lang.T("Je mag de jeugdbeschermer ongevraagd informeren", "You may inform the child protection worker unasked"),
	Verdict: lang.T(
		"Je mag de GI die de OTS uitvoert ongevraagd en zonder toestemming de informatie geven die nodig is voor de OTS.",
		"You may give the GI carrying out the supervision order, unasked and without consent, the information that order needs."),
	Share: lang.T(
		"Alleen wat de jeugdbeschermer nodig heeft voor de uitvoering van de OTS.",
		"Only what the child protection worker needs to carry out the supervision order."),
	Inform:            spMeldrechtInformText,
	Ground:            spMeldrechtGround,
	Sources:           []string{"§1.6", "noot 13"},
	Laws:              []string{"Jeugdwet art. 7.3.11 lid 4", "BW art. 1:255"},
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtVT = &Outcome{
	ID:    "meldrecht-vt",
	Title: lang.T("Je mag Veilig Thuis op zijn verzoek informeren", "You may inform Veilig Thuis at its request"),
	Verdict: lang.T(
		"Je mag Veilig Thuis zonder toestemming de informatie geven die het nodig heeft voor zijn onderzoek. Dat is een recht, geen plicht.",
		"You may give Veilig Thuis, without consent, the information it needs for its investigation. That is a right, not a duty."),
	Share: lang.T(
		"Alleen wat Veilig Thuis vraagt en nodig heeft: feiten en je eigen waarnemingen, met de bron erbij.",
		"Only what Veilig Thuis asks and needs: facts and your own observations, with their source."),
	Inform:            spMeldrechtInformText,
	Ground:            lang.T("Meldrecht (§1.6): wie een beroepsgeheim heeft, mag Veilig Thuis op zijn verzoek zonder toestemming informatie geven die nodig is om geweld te stoppen of een vermoeden te onderzoeken. Je weegt zelf af wat nodig is.", "Right to report (§1.6): a professional bound by secrecy may, at Veilig Thuis's request, give it without consent the information needed to stop violence or investigate a suspicion. You weigh yourself what is needed."),
	Sources:           []string{"§1.6"},
	Laws:              []string{"Wmo 2015 art. 5.2.6", "Jeugdwet art. 7.3.11"},
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtNiet = &Outcome{
	ID:    "meldrecht-niet",
	Title: lang.T("Niet delen: je gebruikt je meldrecht niet", "Do not share: you do not use your right to report"),
	Verdict: lang.T(
		"Delen is nu niet nodig, dus je deelt niet. Dat mag: het meldrecht is geen plicht.",
		"Sharing is not needed now, so you do not share. That is allowed: the right to report is no duty."),
	Inform: lang.T(
		"Leg je afweging vast in het dossier. Verandert de situatie, weeg dan opnieuw.",
		"Record your weighing in the file. If the situation changes, weigh again."),
	Ground: lang.T(
		"Het meldrecht is een recht, geen plicht: op grond van je beroepsgeheim mag je besluiten niet te delen (§1.6).",
		"The right to report is a right, not a duty: on the strength of your professional secrecy you may decide not to share (§1.6)."),
	Sources: []string{"§1.6"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
}

// spMeldcodeGround is the legal ground of the reporting-code outcomes,
// with the change since the guideline.
var spMeldcodeGround = lang.T(
	"Meldrecht en meldcode (§1.6): je mag zonder toestemming melden bij Veilig Thuis om huiselijk geweld of kindermishandeling te stoppen of een redelijk vermoeden te laten onderzoeken. Melden blijft een recht, maar sinds 1 januari 2019 is het afwegingskader verplicht in stap 4 en 5, en meld je acute of structurele onveiligheid altijd. De handreiking (2018) noemt dat nog niet.",
	"Right to report and reporting code (§1.6): you may report to Veilig Thuis without consent to stop domestic violence or child abuse or to have a reasonable suspicion investigated. Reporting remains a right, but since 1 January 2019 the assessment framework is mandatory in steps 4 and 5, and acute or structural unsafety is always reported. The guideline (2018) does not say so yet.")

var spMeldcodeLaws = []string{"Wmo 2015 art. 5.2.6", "Besluit verplichte meldcode huiselijk geweld en kindermishandeling"}

var spUitMeldcodeEerst = &Outcome{
	ID:    "meldcode-eerst",
	Title: lang.T("Zet eerst stap 1 tot en met 3 van de meldcode", "First take steps 1 to 3 of the reporting code"),
	Verdict: lang.T(
		"Breng de signalen in kaart, overleg met een collega en zo nodig met Veilig Thuis (advieslijn 0800-2000, gratis, dag en nacht), en ga in gesprek met de cliënt. Loop daarna deze vragen opnieuw door. Bij acuut gevaar: bel 112.",
		"Map the signals, consult a colleague and, if needed, Veilig Thuis (advice line 0800-2000, free, day and night), and talk with the client. Then go through these questions again. In acute danger: call 112."),
	Ground:  spMeldcodeGround,
	Sources: []string{"§1.6"},
	Laws:    spMeldcodeLaws,
	Pending: true,
}

var spUitMeldenVT = &Outcome{
	ID:    "melden-vt",
	Title: lang.T("Meld bij Veilig Thuis", "Report to Veilig Thuis"),
	Verdict: lang.T(
		"Doe een melding bij Veilig Thuis (0800-2000). Dat mag zonder toestemming van de cliënt of de ouders.",
		"Report to Veilig Thuis (0800-2000). You may do so without the consent of the client or the parents."),
	Share: lang.T(
		"Wat Veilig Thuis nodig heeft om het geweld te stoppen of het vermoeden te onderzoeken: de signalen, de feiten en je afweging. Zeg wat je zelf zag en wat je van anderen hoorde.",
		"What Veilig Thuis needs to stop the violence or investigate the suspicion: the signals, the facts and your weighing. Say what you saw yourself and what you heard from others."),
	Inform: lang.T(
		"Bespreek de melding vooraf met de cliënt als dat veilig kan. Kan dat niet, vertel het dan zo snel mogelijk achteraf, op een moment dat het de veiligheid niet schaadt. Leg je afweging en de melding vast in het dossier.",
		"Discuss the report with the client beforehand if that is safe. If not, tell them as soon as possible afterwards, at a moment when it does not harm anyone's safety. Record your weighing and the report in the file."),
	Ground:  spMeldcodeGround,
	Sources: []string{"§1.6", "noot 12"},
	Laws:    spMeldcodeLaws,
	Detail: func(a Answers) lang.Text {
		switch {
		case a["meldcode-stappen"] == "acuut":
			return lang.T("Er is acuut gevaar: bel eerst 112 en meld daarna bij Veilig Thuis.",
				"There is acute danger: call 112 first, then report to Veilig Thuis.")
		case a["meldcode-onveilig"] == "ja":
			return lang.T("Er is acute of structurele onveiligheid: die meld je altijd (beroepsnorm sinds 2019). Bij acuut gevaar: bel 112.",
				"There is acute or structural unsafety: you always report it (professional norm since 2019). In acute danger: call 112.")
		}
		return lang.T("Een nee op vraag 3, 4 of 5 van het afwegingskader betekent: melden. Je kunt daarnaast hulp blijven bieden.",
			"A no to question 3, 4 or 5 of the assessment framework means: report. You can keep offering help as well.")
	},
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitHulpZonderMelding = &Outcome{
	ID:    "hulp-zonder-melding",
	Title: lang.T("Bied hulp; een melding is nu niet nodig", "Offer help; a report is not needed now"),
	Verdict: lang.T(
		"Je kunt passende hulp bieden of organiseren, de betrokkenen aanvaarden die en de hulp leidt tot blijvende veiligheid. Bied die hulp en blijf de veiligheid volgen.",
		"You can offer or organise adequate help, the people involved accept it and it leads to lasting safety. Offer that help and keep monitoring safety."),
	Inform: lang.T(
		"Leg de afweging vast in het dossier. Spreek af wanneer je de veiligheid opnieuw toetst; gaat het niet goed, meld dan alsnog bij Veilig Thuis.",
		"Record the weighing in the file. Agree when you will check safety again; if things go wrong, report to Veilig Thuis after all."),
	Ground:  spMeldcodeGround,
	Sources: []string{"§1.6"},
	Laws:    spMeldcodeLaws,
}

var spUitGeenVermoeden = &Outcome{
	ID:    "geen-vermoeden",
	Title: lang.T("Geen vermoeden: geen melding", "No suspicion: no report"),
	Verdict: lang.T(
		"Er is geen vermoeden van huiselijk geweld of kindermishandeling, dus je meldt niet bij Veilig Thuis.",
		"There is no suspicion of domestic violence or child abuse, so you do not report to Veilig Thuis."),
	Inform: lang.T(
		"Leg je afweging vast in het dossier en blijf alert op nieuwe signalen.",
		"Record your weighing in the file and stay alert to new signals."),
	Ground: lang.T(
		"Het meldrecht en de meldcode gelden bij (een vermoeden van) huiselijk geweld of kindermishandeling (§1.6).",
		"The right to report and the reporting code apply to (a suspicion of) domestic violence or child abuse (§1.6)."),
	Sources:  []string{"§1.6"},
	Laws:     []string{"Wmo 2015 art. 5.2.6", "Jeugdwet art. 7.3.11"},
	Continue: "stappenplan",
}
