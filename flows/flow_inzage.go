package flows

import (
	"strings"

	"privacybot/lang"
)

// inzageFlow works out, for a request to see a file or get a copy, who may
// see what: the client, a young person by age, a parent with or without
// parental authority, or someone else (§4.1a, §4.2, legal update 4).
func inzageFlow(*source) *Flow {
	return &Flow{
		ID: "inzage",
		Aliases: []string{"inzagerecht", "inzageverzoek", "dossier inzien", "kopie dossier", "kopie van het dossier", "afschrift",
			"access", "right of access", "access request", "copy of the file"},
		Title: lang.T("Wie mag het dossier inzien?", "Who may see the file?"),
		Intro: lang.T(
			"We kijken wie om inzage vraagt en wat die persoon mag zien. Een verzoek om inzage of een kopie beantwoord je binnen een maand. Noem geen namen: kies steeds een antwoord.",
			"We look at who is asking to see the file and what they may see. You answer a request for access or a copy within one month. Do not give names: just pick an answer each time."),
		Sources: []string{"§3.1", "§4.1a", "§4.2"},
		Start:   "identiteit",
		Note:    true,
		Steps: []*Step{
			izIdentiteit,
			izWie,
			izGezagGecontroleerd,
			izLeeftijdJeugdige,
			izLeeftijdKind,
			izToestemmingJongere,
			izInfoOuder,
			izGrondDerde,
			izInhoud,
		},
		Outcomes: []*Outcome{
			izUitIdentiteitEerst,
			izUitGezagControleren,
			izUitClient,
			izUitJeugdige12,
			izUitJongere16,
			izUitKindGeenEigenRecht,
			izUitOuderBeslist,
			izUitOuderKind12,
			izUitOuderMetToestemming,
			izUitOuderZonderToestemming,
			izUitZonderGezagInfo,
			izUitZonderGezagGeenInfo,
			izUitDerdeToestemming,
			izUitDerdeWet,
			izUitDerdeGeen,
		},
	}
}

var izIdentiteit = &Step{
	ID:    "identiteit",
	Label: lang.T("Identiteit van de vrager vastgesteld", "Identity of the requester verified"),
	Ask: lang.T(
		"Weet je zeker wie de vrager is? Bijvoorbeeld omdat je hem of haar goed kent, of omdat je een identiteitsbewijs hebt gezien.",
		"Are you sure who the requester is? For example because you know them well, or because you have seen an identity document."),
	Why: lang.T(
		"Je geeft gegevens alleen aan wie er recht op heeft. Twijfel je aan de identiteit, dan vraag je om gegevens die die bevestigen (AVG art. 12 lid 6; §4.1a). Maak geen kopie van het identiteitsbewijs als zien genoeg is.",
		"You give data only to someone entitled to it. If in doubt about the identity, you ask for information that confirms it (AVG art. 12 lid 6; §4.1a). Do not copy the identity document when seeing it is enough."),
	Sources: []string{"§4.1a"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, de identiteit staat vast", "Yes, the identity is verified"), Words: []string{"j", "yes", "y", "vastgesteld", "verified"}, Next: "wie"},
		{Value: "nee", Label: lang.T("Nee, nog niet", "No, not yet"), Words: []string{"n", "no", "nee", "nog niet", "not yet"}, Next: "identiteit-eerst"},
	},
}

var izGezagGecontroleerd = &Step{
	ID:    "gezag-gecontroleerd",
	Label: lang.T("Gezag van de vrager gecontroleerd", "Authority of the requester checked"),
	Ask: lang.T(
		"Heb je gecontroleerd dat deze ouder of voogd het gezag heeft? Vraag door: veel mensen halen erkenning en gezag door elkaar. Wat de rechter besliste, staat in het gezagsregister.",
		"Have you checked that this parent or guardian holds parental authority? Ask on: many people confuse recognition with authority. What a court decided is in the register of parental authority."),
	Why: lang.T(
		"Een ouder zonder gezag heeft geen recht op inzage (§4.2, BW art. 1:377c). Neem het gezag dus niet aan op iemands woord: vraag door en kijk zo nodig in het gezagsregister (§2.3). Getrouwd of geregistreerd partner, ook na de geboorte: samen gezag (BW art. 1:251).",
		"A parent without authority has no right of access (§4.2, BW art. 1:377c). So do not take authority on someone's word: ask on and, where needed, check the register of parental authority (§2.3). Married or registered partners, also after the birth: joint authority (BW art. 1:251)."),
	Sources: []string{"§2.3", "§4.2"},
	Helper:  "gezag",
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, het gezag is gecontroleerd", "Yes, authority is checked"), Words: []string{"j", "yes", "y", "gecontroleerd", "checked"}, Next: "leeftijd-kind"},
		{Value: "zonder-gezag", Label: lang.T("Gecontroleerd: deze ouder heeft geen gezag", "Checked: this parent holds no authority"), Words: []string{"geen gezag", "zonder gezag", "no authority"}, Next: "info-ouder"},
		{Value: "nee", Label: lang.T("Nee, nog niet", "No, not yet"), Words: []string{"n", "no", "nee", "nog niet", "not yet"}, Next: "gezag-controleren"},
	},
}

var izWie = &Step{
	ID:    "wie",
	Label: lang.T("Wie vraagt inzage", "Who asks for access"),
	Ask:   lang.T("Wie vraagt om inzage in het dossier of om een kopie?", "Who is asking to see the file or for a copy?"),
	Why: lang.T(
		"Wie iets mag zien, hangt af van wie het vraagt: de cliënt zelf, een kind of jongere, een ouder met of zonder gezag, of iemand anders (§4.1a, §4.2).",
		"What someone may see depends on who asks: the client, a child or young person, a parent with or without parental authority, or someone else (§4.1a, §4.2)."),
	Sources: []string{"§4.1a", "§4.2"},
	Options: []Option{
		{Value: "client", Label: lang.T("De cliënt zelf, 18 jaar of ouder", "The client, 18 or older"),
			Words: []string{"volwassene", "volwassen client", "adult", "the client"}, Next: "inhoud"},
		{Value: "jeugdige", Label: lang.T("Een kind of jongere, over zichzelf", "A child or young person, about themselves"),
			Words: []string{"kind", "jongere", "jeugdige", "child", "young person", "minor"}, Next: "leeftijd-jeugdige"},
		{Value: "ouder-gezag", Label: lang.T("Een ouder of voogd met gezag, over het kind", "A parent or guardian with parental authority, about the child"),
			Words: []string{"ouder met gezag", "voogd", "gezaghebbende ouder", "parent with authority", "guardian"}, Next: "gezag-gecontroleerd"},
		{Value: "ouder-zonder-gezag", Label: lang.T("Een ouder zonder gezag", "A parent without parental authority"),
			Words: []string{"niet gezaghebbende ouder", "parent without authority"}, Next: "info-ouder"},
		{Value: "derde", Label: lang.T("Iemand anders, bijv. school, familie of een andere hulpverlener", "Someone else, e.g. a school, a relative or another professional"),
			Words: []string{"iemand anders", "anders", "derde", "school", "familie", "advocaat", "someone else", "third party", "other", "lawyer"}, Next: "grond-derde"},
	},
}

// izAgeOptions are the age bands of §4.2; adult names where an adult goes.
func izAgeOptions(under12, from12, from16, notCompetent, adult string) []Option {
	return []Option{
		{Value: "onder-12", Label: lang.T("Jonger dan 12", "Under 12"), Words: []string{"jonger dan twaalf", "under twelve"}, Next: under12},
		{Value: "12-15", Label: lang.T("12 tot en met 15", "12 to 15"), Words: []string{"12 tot 16", "12 to 16"}, Next: from12},
		{Value: "16-17", Label: lang.T("16 of 17", "16 or 17"), Words: []string{"zestien", "zeventien", "sixteen", "seventeen"}, Next: from16},
		{Value: "wilsonbekwaam", Label: lang.T("12 of ouder, maar kan zijn eigen belangen niet overzien", "12 or older, but cannot weigh their own interests"),
			Words: []string{"wilsonbekwaam", "niet wilsbekwaam", "not competent", "incompetent"}, Next: notCompetent},
		{Value: "18-plus", Label: lang.T("18 of ouder", "18 or older"), Words: []string{"volwassen", "meerderjarig", "adult"}, Next: adult},
	}
}

// izParseAge reads a typed age ("14", "14 jaar") into its age band of §4.2.
func izParseAge(input string) (string, bool) {
	age, ok := leadingNumber(input)
	switch {
	case !ok || age > 125:
		return "", false
	case age < 12:
		return "onder-12", true
	case age < 16:
		return "12-15", true
	case age < 18:
		return "16-17", true
	}
	return "18-plus", true
}

var izLeeftijdJeugdige = &Step{
	ID:    "leeftijd-jeugdige",
	Label: lang.T("Leeftijd van de jeugdige", "Age of the young person"),
	Ask:   lang.T("Hoe oud is het kind of de jongere? Je mag ook een leeftijd typen.", "How old is the child or young person? You may also type an age."),
	Why: lang.T(
		"Vanaf 12 jaar heeft een jongere een eigen recht op inzage, en vanaf 16 beslist hij zelf wie zijn dossier ziet. Kan hij zijn eigen belangen niet overzien, dan beslissen de ouders met gezag (§4.2).",
		"From 12 a young person has their own right of access, and from 16 they decide alone who sees their file. If they cannot weigh their own interests, the parents with authority decide (§4.2)."),
	Sources: []string{"§4.2"},
	Options: izAgeOptions("kind-geen-eigen-recht", "inhoud", "inhoud", "kind-geen-eigen-recht", "inhoud"),
	Parse:   izParseAge,
}

var izLeeftijdKind = &Step{
	ID:    "leeftijd-kind",
	Label: lang.T("Leeftijd van het kind", "Age of the child"),
	Ask:   lang.T("Hoe oud is het kind? Je mag ook een leeftijd typen.", "How old is the child? You may also type an age."),
	Why: lang.T(
		"Wat een ouder met gezag mag zien, hangt af van de leeftijd van het kind en van de vraag of het kind zijn eigen belangen kan overzien (§4.2).",
		"What a parent with authority may see depends on the child's age and on whether the child can weigh their own interests (§4.2)."),
	Sources: []string{"§4.2"},
	Options: izAgeOptions("inhoud", "inhoud", "toestemming-jongere", "inhoud", "grond-derde"),
	Parse:   izParseAge,
}

var izToestemmingJongere = &Step{
	ID:    "toestemming-jongere",
	Label: lang.T("Toestemming van de jongere", "Consent of the young person"),
	Ask:   lang.T("Geeft de jongere toestemming dat de ouder het dossier inziet?", "Does the young person consent to the parent seeing the file?"),
	Why: lang.T(
		"Een jongere van 16 of 17 beslist zelf wie zijn dossier ziet. Ouders met gezag hebben daarvoor zijn toestemming nodig (§4.2).",
		"A young person of 16 or 17 decides alone who sees their file. Parents with authority need their consent (§4.2)."),
	Sources: []string{"§4.2"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, de jongere stemt in", "Yes, the young person agrees"), Words: []string{"ja", "j", "yes", "y"}, Next: "inhoud"},
		{Value: "nee", Label: lang.T("Nee, of nog niet gevraagd", "No, or not asked yet"), Words: []string{"nee", "n", "no", "niet gevraagd", "not asked"}, Next: "ouder-zonder-toestemming"},
	},
}

var izInfoOuder = &Step{
	ID:    "info-ouder",
	Label: lang.T("Informatie aan ouder zonder gezag", "Information for a parent without authority"),
	Ask: lang.T(
		"Zou je dezelfde informatie ook aan een ouder met gezag geven, en verzet het belang van het kind zich er niet tegen?",
		"Would you give the same information to a parent with authority, and does the child's interest not stand against it?"),
	Why: lang.T(
		"Een ouder zonder gezag heeft geen recht op inzage. Op zijn vraag krijgt hij wel algemene informatie over belangrijke zaken rond het kind. Dat geldt niet als je die informatie ook een ouder met gezag niet zou geven, of als het belang van het kind zich ertegen verzet (§4.2, BW art. 1:377c).",
		"A parent without authority has no right of access. On request they do get general information about important matters concerning the child, unless you would not give it to a parent with authority either or the child's interest stands against it (§4.2, BW art. 1:377c)."),
	Sources: []string{"§4.2"},
	Options: jaNeeOptions("zonder-gezag-info", "zonder-gezag-geen-info"),
}

var izGrondDerde = &Step{
	ID:    "grond-derde",
	Label: lang.T("Grond om gegevens aan een ander te geven", "Ground to give data to someone else"),
	Ask: lang.T(
		"Is er gerichte toestemming van de cliënt (of van wie voor hem beslist), of een wettelijke plicht of grond om gegevens te geven?",
		"Is there specific consent from the client (or from whoever decides for them), or a legal duty or ground to give the data?"),
	Why: lang.T(
		"Anderen hebben geen eigen recht op inzage in het dossier. Zij krijgen alleen gegevens met gerichte toestemming of als de wet dat toestaat (§4.1a, §2.4, §1.6).",
		"Others have no right of their own to see the file. They only get data with specific consent or where the law allows it (§4.1a, §2.4, §1.6)."),
	Sources: []string{"§1.6", "§2.4", "§4.1a"},
	Options: []Option{
		{Value: "toestemming", Label: lang.T("Ja, gerichte toestemming", "Yes, specific consent"),
			Words: []string{"ja", "j", "yes", "y", "consent"}, Next: "derde-toestemming"},
		{Value: "wet", Label: lang.T("Een wettelijke plicht of grond, bijv. voor de IGJ, de GI of de Raad", "A legal duty or ground, e.g. for the inspectorate, the GI or the Board"),
			Words: []string{"wettelijke plicht", "wettelijke grond", "legal duty", "legal ground", "law"}, Next: "derde-wet"},
		{Value: "nee", Label: lang.T("Nee", "No"), Words: []string{"n", "no", "geen", "none"}, Next: "derde-geen"},
	},
}

var izInhoud = &Step{
	ID:    "inhoud",
	Label: lang.T("Inhoud van het dossier", "Contents of the file"),
	Ask: lang.T(
		"Staat er in het dossier, of in e-mails over de cliënt, informatie over anderen? Of heb je persoonlijke werkaantekeningen?",
		"Does the file, or email about the client, hold information about other people? Or do you have personal working notes?"),
	Why: lang.T(
		"Inzage en een kopie gaan over de gegevens van de cliënt zelf, ook in e-mails. Gegevens over anderen laat je weg, en over werkaantekeningen is de rechtspraak veranderd (§4.1a, §3.1).",
		"Access and a copy cover the client's own data, email included. You leave out data about others, and case law on working notes has changed (§4.1a, §3.1)."),
	Sources: []string{"§3.1", "§4.1a"},
	Options: []Option{
		{Value: "alleen-client", Label: lang.T("Nee, alleen gegevens over de cliënt", "No, only data about the client"),
			Words: []string{"nee", "n", "no", "alleen client"}},
		{Value: "anderen", Label: lang.T("Ja, ook over gezinsleden, professionals of anderen", "Yes, also about family members, professionals or others"),
			Words: []string{"anderen", "gezinsleden", "others", "family"}},
		{Value: "werkaantekeningen", Label: lang.T("Ja, persoonlijke werkaantekeningen", "Yes, personal working notes"),
			Words: []string{"aantekeningen", "werknotities", "working notes", "notes"}},
		{Value: "beide", Label: lang.T("Allebei", "Both"), Words: []string{"beide", "both"}},
	},
	Route: izAfterContents,
}

// izAfterContents picks the outcome that fits who asked and, for a young
// person or a parent with authority, the child's age.
func izAfterContents(a Answers) string {
	switch a["wie"] {
	case "jeugdige":
		switch a["leeftijd-jeugdige"] {
		case "12-15":
			return "jeugdige-12-15"
		case "16-17":
			return "jongere-16-17"
		}
	case "ouder-gezag":
		switch a["leeftijd-kind"] {
		case "12-15":
			return "ouder-kind-12-15"
		case "16-17":
			return "ouder-met-toestemming"
		}
		return "ouder-beslist"
	}
	return "client-inzage"
}

// izContentsDetail says what to leave out of the copy and flags legal update
// 4 on working notes, as the professional answered the contents question.
func izContentsDetail(a Answers) lang.Text {
	others := lang.T(
		"Er staan gegevens over anderen in: weeg per gegeven of hun privacy zwaarder weegt, en maak dat deel dan onleesbaar. Namen van professionals in hun rol laat je meestal staan.",
		"The file holds data about others: weigh for each item whether their privacy weighs more, and black out that part. Names of professionals in their role usually stay.")
	notes := lang.T(
		"Werkaantekeningen: de handreiking (§3.1) houdt ze buiten inzage, maar het Gerechtshof Arnhem-Leeuwarden oordeelde in 2023 dat ze onder het inzagerecht van de AVG kunnen vallen. Houd ze niet achter zonder overleg met je FG.",
		"Working notes: the guideline (§3.1) keeps them outside access, but in 2023 the Gerechtshof Arnhem-Leeuwarden (court of appeal) held that they can fall under the AVG right of access. Do not withhold them without consulting your data protection officer (FG).")
	switch a["inhoud"] {
	case "anderen":
		return others
	case "werkaantekeningen":
		return notes
	case "beide":
		return lang.T(others.NL+" "+notes.NL, others.EN+" "+notes.EN)
	}
	return lang.Text{}
}

// municipalPrivacyOfficers lists the municipal privacy officers (Voorwoord).
var municipalPrivacyOfficers = func() string {
	addrs := make([]string, 0, len(Municipalities))
	for _, m := range Municipalities {
		addrs = append(addrs, m.PrivacyOfficer())
	}
	return strings.Join(addrs, ", ")
}()

// izShareOwnData is what a person with a right of access gets to see.
var izShareOwnData = lang.T(
	"Inzage in of een kopie van het dossier zoals het nu is, op papier of digitaal, ook e-mails over de cliënt. Gegevens over anderen maak je onleesbaar waar hun privacy zwaarder weegt (AVG art. 15 lid 4, Jeugdwet art. 7.3.10).",
	"Access to or a copy of the file as it is now, on paper or digital, including email about the client. Black out data about others where their privacy weighs more (AVG art. 15 lid 4, Youth Act art. 7.3.10).")

// izInformTerm is the one-month term of AVG art. 12 lid 3 and what else the
// requester may know (§4.1a).
var izInformTerm = lang.T(
	"Antwoord binnen een maand (AVG art. 12 lid 3); bij een ingewikkeld verzoek mag het twee maanden langer, als je dat binnen de eerste maand laat weten. Zeg erbij wie de gegevens kregen, hoe lang je ze bewaart en welke rechten de vrager heeft.",
	"Answer within one month (AVG art. 12 lid 3); a complex request may take two more months, if you say so within the first month. Add who received the data, how long you keep it and which rights the requester has.")

// izAccessLaws are the articles on access and copy.
var izAccessLaws = []string{"AVG art. 15", "AVG art. 12 lid 3", "Jeugdwet art. 7.3.10", "BW art. 7:456"}

// izSharedWith returns the reminder text for data given to someone other
// than the person the data is about.
func izSharedWith(whom lang.Text) func(Answers) lang.Text {
	return func(Answers) lang.Text {
		return lang.T("inzage of informatie gegeven aan "+whom.NL, "access or information given to "+whom.EN)
	}
}

var izUitClient = &Outcome{
	ID:    "client-inzage",
	Title: lang.T("De cliënt heeft recht op inzage en een kopie", "The client has a right of access and to a copy"),
	Verdict: lang.T(
		"Geef de cliënt inzage in zijn eigen gegevens en, als hij dat vraagt, een kopie. Doe dat binnen een maand.",
		"Give the client access to their own data and, if they ask, a copy. Do so within one month."),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   lang.T("Recht van de cliënt op inzage in en een kopie van zijn eigen gegevens (§4.1a).", "The client's right of access to and a copy of their own data (§4.1a)."),
	Sources:  []string{"§3.1", "§4.1a"},
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Deadline: izAnswerTerm,
}

var izUitJeugdige12 = &Outcome{
	ID:    "jeugdige-12-15",
	Title: lang.T("Een jongere van 12 tot 16 heeft een eigen recht op inzage", "A young person aged 12 to 15 has their own right of access"),
	Verdict: lang.T(
		"De jongere mag zijn eigen gegevens inzien en een kopie krijgen. Anderen, zoals school of familie, zien ze niet zonder zijn of haar toestemming.",
		"The young person may see their own data and get a copy. Others, such as the school or relatives, do not see it without their consent."),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   lang.T("Eigen recht op inzage van een jeugdige van 12 tot 16 jaar, naast het recht van de ouders met gezag (§4.2).", "Own right of access of a young person aged 12 to 15, alongside the right of the parents with authority (§4.2)."),
	Sources:  []string{"§4.1a", "§4.2"},
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Deadline: izAnswerTerm,
}

var izUitJongere16 = &Outcome{
	ID:    "jongere-16-17",
	Title: lang.T("Een jongere van 16 of 17 beslist zelf", "A young person of 16 or 17 decides alone"),
	Verdict: lang.T(
		"De jongere mag zijn eigen gegevens inzien en een kopie krijgen, en beslist zelf wie zijn dossier verder ziet. Ouders met gezag hebben daarvoor zijn toestemming nodig.",
		"The young person may see their own data and get a copy, and decides alone who else sees their file. Parents with authority need their consent."),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   lang.T("Recht op inzage van een jeugdige van 16 of 17 jaar, die zelf over inzage beslist (§4.2).", "Right of access of a young person of 16 or 17, who decides on access alone (§4.2)."),
	Sources:  []string{"§4.1a", "§4.2"},
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Deadline: izAnswerTerm,
}

var izUitKindGeenEigenRecht = &Outcome{
	ID:    "kind-geen-eigen-recht",
	Title: lang.T("Het kind heeft geen eigen recht op inzage; de ouders met gezag beslissen", "The child has no right of access of their own; the parents with authority decide"),
	Verdict: lang.T(
		"Een kind onder de 12, of een jongere die zijn eigen belangen niet kan overzien, oefent dit recht niet zelf uit. Bespreek het verzoek met de ouders met gezag en weeg de mening en het belang van het kind mee.",
		"A child under 12, or a young person who cannot weigh their own interests, does not exercise this right alone. Discuss the request with the parents with authority and weigh the child's view and interest."),
	Inform: lang.T(
		"Leg het kind op zijn eigen niveau uit hoe het werkt en wie beslist (§1.3). Beantwoord een verzoek van de ouders binnen een maand (AVG art. 12 lid 3).",
		"Explain to the child, at their own level, how it works and who decides (§1.3). Answer a request from the parents within one month (AVG art. 12 lid 3)."),
	Ground:   lang.T("Bij een kind onder 12 of een wilsonbekwame jeugdige beslissen de ouders met gezag over inzage (§4.2).", "For a child under 12 or a young person who lacks capacity, the parents with authority decide on access (§4.2)."),
	Sources:  []string{"§1.3", "§4.2"},
	Laws:     izAccessLaws,
	Deadline: izAnswerTerm,
}

var izUitOuderBeslist = &Outcome{
	ID:    "ouder-beslist",
	Title: lang.T("De ouder met gezag heeft recht op inzage", "The parent with authority has a right of access"),
	Verdict: lang.T(
		"Bij een kind onder de 12, of een kind dat zijn eigen belangen niet kan overzien, mag de ouder met gezag de gegevens inzien en een kopie krijgen. Weeg de mening en het belang van het kind mee: verzet het belang van het kind zich ertegen, dan kun je (een deel) weigeren.",
		"For a child under 12, or a child who cannot weigh their own interests, the parent with authority may see the data and get a copy. Weigh the child's view and interest: if the child's interest stands against it, you may refuse (part of) it."),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   lang.T("Recht op inzage van de ouder met gezag bij een kind onder 12 of een wilsonbekwame jeugdige; het belang van het kind weegt mee (§4.2).", "Right of access of the parent with authority for a child under 12 or a young person who lacks capacity; the child's interest counts (§4.2)."),
	Sources:  []string{"§4.1a", "§4.2"},
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Shared:   izSharedWith(lang.T("een ouder met gezag", "a parent with authority")),
	Deadline: izAnswerTerm,
}

var izUitOuderKind12 = &Outcome{
	ID:    "ouder-kind-12-15",
	Title: lang.T("Ouder met gezag, kind van 12 tot 16: recht op inzage, met oog voor de jongere", "Parent with authority, child aged 12 to 15: right of access, with care for the young person"),
	Verdict: lang.T(
		"De ouder met gezag heeft recht op inzage, maar de jongere heeft een eigen recht. Bespreek het eerst met de jongere.",
		"The parent with authority has a right of access, but the young person has their own right. Discuss it with the young person first."),
	Share: lang.T(
		"Wat de ouder nodig heeft, bijvoorbeeld om toestemming voor de hulp te geven. Houd achter wat een goed hulpverlener de ouder niet zou geven, met het oog op de jongere. "+izShareOwnData.NL,
		"What the parent needs, for example to consent to the care. Withhold what a good professional would not give the parent, with the young person in mind. "+izShareOwnData.EN),
	Inform:   izInformTerm,
	Ground:   lang.T("Recht op inzage van de ouders met gezag naast het eigen recht van een jeugdige van 12 tot 16 jaar; grens: de zorg van een goed hulpverlener (§4.2).", "Right of access of the parents with authority alongside the own right of a young person aged 12 to 15; limit: the care of a good professional (§4.2)."),
	Sources:  []string{"§4.1a", "§4.2"},
	Laws:     append(append([]string{}, izAccessLaws...), "BW art. 7:457"),
	Detail:   izContentsDetail,
	Shared:   izSharedWith(lang.T("een ouder met gezag", "a parent with authority")),
	Deadline: izAnswerTerm,
}

var izUitOuderMetToestemming = &Outcome{
	ID:    "ouder-met-toestemming",
	Title: lang.T("De ouder mag inzien: de jongere geeft toestemming", "The parent may see the file: the young person consents"),
	Verdict: lang.T(
		"De jongere van 16 of 17 stemt in, dus de ouder met gezag mag het dossier inzien en een kopie krijgen, voor zover de toestemming reikt. Leg de toestemming vast in het dossier.",
		"The young person of 16 or 17 agrees, so the parent with authority may see the file and get a copy, as far as the consent goes. Record the consent in the file."),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   lang.T("Toestemming van de jeugdige van 16 of 17 jaar voor inzage door de ouder met gezag (§4.2).", "Consent of the young person of 16 or 17 to access by the parent with authority (§4.2)."),
	Sources:  []string{"§4.1a", "§4.2"},
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Shared:   izSharedWith(lang.T("een ouder met gezag, met toestemming van de jongere", "a parent with authority, with the young person's consent")),
	Deadline: izAnswerTerm,
}

var izUitOuderZonderToestemming = &Outcome{
	ID:    "ouder-zonder-toestemming",
	Title: lang.T("Geen inzage zonder toestemming van de jongere", "No access without the young person's consent"),
	Verdict: lang.T(
		"Vanaf 16 jaar beslist de jongere zelf. Zonder zijn toestemming krijgt de ouder met gezag geen inzage; vraag de jongere eerst wat hij wil.",
		"From 16 the young person decides alone. Without their consent the parent with authority gets no access; first ask the young person what they want."),
	Inform: lang.T(
		"Laat de ouder binnen een maand weten dat je voor inzage de toestemming van de jongere nodig hebt (AVG art. 12 lid 3).",
		"Let the parent know within one month that you need the young person's consent for access (AVG art. 12 lid 3)."),
	Ground:   lang.T("Een jeugdige van 16 of 17 jaar beslist zelf wie zijn dossier inziet (§4.2).", "A young person of 16 or 17 decides alone who sees their file (§4.2)."),
	Sources:  []string{"§4.2"},
	Laws:     []string{"Jeugdwet art. 7.3.10", "BW art. 7:456", "BW art. 7:457", "AVG art. 12 lid 3"},
	Deadline: izAnswerTerm,
}

var izUitZonderGezagInfo = &Outcome{
	ID:    "zonder-gezag-info",
	Title: lang.T("Geen inzage, wel algemene informatie", "No access, but general information"),
	Verdict: lang.T(
		"Een ouder zonder gezag heeft geen recht op inzage of een kopie. Op zijn vraag geef je wel feitelijke, algemene informatie over belangrijke zaken rond het kind en zijn verzorging en opvoeding.",
		"A parent without authority has no right of access or to a copy. On request you do give factual, general information about important matters concerning the child and their care and upbringing."),
	Share: lang.T(
		"Alleen feitelijke, globale informatie over belangrijke feiten en omstandigheden rond het kind. Geen inzage, geen kopie en geen details uit gesprekken.",
		"Only factual, general information about important facts and circumstances concerning the child. No access, no copy and no details from conversations."),
	Inform: lang.T(
		"Vraagt de ouder om zijn eigen persoonsgegevens, dan heeft hij daar wel recht op (AVG art. 15); beantwoord dat binnen een maand (AVG art. 12 lid 3).",
		"If the parent asks for their own personal data, they do have a right to that (AVG art. 15); answer within one month (AVG art. 12 lid 3)."),
	Ground:   lang.T("Recht van de ouder zonder gezag op algemene informatie over belangrijke feiten en omstandigheden van het kind (§4.2).", "Right of the parent without authority to general information about important facts and circumstances of the child (§4.2)."),
	Sources:  []string{"§4.2"},
	Laws:     []string{"BW art. 1:377c", "AVG art. 15", "AVG art. 12 lid 3"},
	Shared:   izSharedWith(lang.T("een ouder zonder gezag (alleen algemene informatie)", "a parent without authority (general information only)")),
	Deadline: izAnswerTerm,
}

var izUitZonderGezagGeenInfo = &Outcome{
	ID:    "zonder-gezag-geen-info",
	Title: lang.T("Geen inzage en geen informatie", "No access and no information"),
	Verdict: lang.T(
		"Een ouder zonder gezag heeft geen recht op inzage. Je mag ook algemene informatie weigeren, omdat je die een ouder met gezag ook niet zou geven of omdat het belang van het kind zich ertegen verzet. Leg je afweging vast.",
		"A parent without authority has no right of access. You may also refuse general information, because you would not give it to a parent with authority either or because the child's interest stands against it. Record your weighing."),
	Inform: lang.T(
		"Laat de ouder weten dat je geen informatie geeft en, voor zover dat kan, waarom. Hij kan de rechter vragen te bepalen dat je de informatie toch geeft.",
		"Tell the parent that you give no information and, as far as possible, why. They can ask the court to order you to give it after all."),
	Ground:   lang.T("Weigering van informatie aan de ouder zonder gezag: ook niet aan de ouder met gezag te geven, of in strijd met het belang van het kind (§4.2).", "Information refused to the parent without authority: not to be given to the parent with authority either, or against the child's interest (§4.2)."),
	Sources:  []string{"§4.2"},
	Laws:     []string{"BW art. 1:377c"},
	Deadline: izAnswerTerm,
}

var izUitDerdeToestemming = &Outcome{
	ID:    "derde-toestemming",
	Title: lang.T("Een ander ziet alleen waarvoor toestemming is", "Someone else sees only what the consent covers"),
	Verdict: lang.T(
		"Geef alleen de gegevens waarvoor de cliënt, of wie voor hem beslist, gericht toestemming gaf, en niet meer. Leg de toestemming en wat je gaf vast in het dossier.",
		"Give only the data the client, or whoever decides for them, specifically consented to, and no more. Record the consent and what you gave in the file."),
	Share: lang.T(
		"Alleen wat onder de toestemming valt en wat de ander echt nodig heeft. Let op: een jongere van 12 tot 16 kan tegenhouden dat anderen zijn gegevens zien, ook als zijn ouders het goedvinden.",
		"Only what the consent covers and what the other person really needs. Note: a young person aged 12 to 15 can stop others from seeing their data, even if their parents agree."),
	Inform:  lang.T("Vertel de cliënt wat je met wie hebt gedeeld (§1.4).", "Tell the client what you shared with whom (§1.4)."),
	Ground:  lang.T("Gerichte toestemming voor het geven van gegevens aan een ander; zonder toestemming geldt het beroepsgeheim (§2.4, §4.2).", "Specific consent to give data to someone else; without consent professional secrecy applies (§2.4, §4.2)."),
	Sources: []string{"§1.4", "§2.4", "§4.1a", "§4.2"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
	Shared:  izSharedWith(lang.T("een derde, met toestemming", "a third party, with consent")),
}

var izUitDerdeWet = &Outcome{
	ID:    "derde-wet",
	Title: lang.T("Geen inzage, wel misschien een wettelijke verstrekking", "No access, but perhaps a disclosure under the law"),
	Verdict: lang.T(
		"Een ander krijgt geen inzage in het dossier. Bij een wettelijke plicht of grond geef je alleen wat die wet vraagt en wat nodig is; het stappenplan (knop hieronder) zoekt uit welke grond geldt.",
		"Someone else gets no access to the file. Under a legal duty or ground you give only what that law asks and what is needed; the step-by-step plan (button below) finds out which ground applies."),
	Share: lang.T(
		"Alleen de gegevens die de wettelijke grond dekt en die de ontvanger echt nodig heeft (§1.4 vraag 4).",
		"Only the data the legal ground covers and the recipient really needs (§1.4 question 4)."),
	Inform:   lang.T("Vertel de cliënt wat je met wie deelde, zodra dat kan zonder de veiligheid te schaden (§1.4).", "Tell the client what you shared with whom, as soon as that can be done without harming safety (§1.4)."),
	Ground:   lang.T("Geen inzagerecht voor anderen; verstrekken zonder toestemming alleen op een wettelijke grond (§1.6, §4.1a).", "No right of access for others; disclosure without consent only on a legal ground (§1.6, §4.1a)."),
	Sources:  []string{"§1.4", "§1.6", "§4.1a"},
	Laws:     []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
	Continue: "stappenplan",
}

var izUitDerdeGeen = &Outcome{
	ID:    "derde-geen",
	Title: lang.T("Geen inzage voor anderen", "No access for others"),
	Verdict: lang.T(
		"Zonder toestemming of wettelijke grond krijgt een ander geen inzage en geen kopie. Is delen wel nodig, vraag dan eerst gerichte toestemming.",
		"Without consent or a legal ground someone else gets no access and no copy. If sharing is needed, first ask for specific consent."),
	Ground:  lang.T("Beroepsgeheim; anderen hebben geen eigen recht op inzage (§4.1a, §2.4).", "Professional secrecy; others have no right of access of their own (§4.1a, §2.4)."),
	Sources: []string{"§2.4", "§4.1a"},
	Laws:    []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
}

// izAnswerTerm is the term of an access request (AVG art. 12 lid 3).
var izAnswerTerm = &Deadline{Months: 1, What: lang.T("inzageverzoek beantwoorden", "answer the access request")}

var izUitIdentiteitEerst = &Outcome{
	ID:    "identiteit-eerst",
	Title: lang.T("Stel eerst de identiteit vast", "First verify the identity"),
	Verdict: lang.T(
		"Geef nog geen inzage of kopie. Stel eerst vast wie de vrager is, bijvoorbeeld met een identiteitsbewijs dat je alleen bekijkt.",
		"Give no access or copy yet. First verify who the requester is, for example with an identity document you only look at."),
	Inform: lang.T(
		"De termijn van een maand loopt wel: vraag snel om wat je nodig hebt (AVG art. 12 lid 3).",
		"The one-month term does run: ask quickly for what you need (AVG art. 12 lid 3)."),
	Ground: lang.T(
		"Twijfel je aan de identiteit van wie om inzage vraagt, dan vraag je om aanvullende gegevens (AVG art. 12 lid 6). Gegevens geven aan de verkeerde persoon is een datalek.",
		"If you doubt the identity of whoever asks for access, you ask for additional information (AVG art. 12 lid 6). Giving data to the wrong person is a data breach."),
	Sources:  []string{"§4.1a", "§4.4"},
	Laws:     []string{"AVG art. 12 lid 6", "AVG art. 12 lid 3"},
	Pending:  true,
	Deadline: izAnswerTerm,
}

var izUitGezagControleren = &Outcome{
	ID:    "gezag-controleren",
	Title: lang.T("Controleer eerst het gezag", "First check parental authority"),
	Verdict: lang.T(
		"Geef nog geen inzage of kopie. Ga eerst na of deze ouder of voogd het gezag heeft.",
		"Give no access or copy yet. First check whether this parent or guardian holds parental authority."),
	Inform: lang.T(
		"Vraag door bij de ouders; wat de rechter besliste, staat in het gezagsregister (uittreksel bij elke rechtbank). De termijn van een maand loopt wel (AVG art. 12 lid 3).",
		"Ask the parents; what a court decided is in the register of parental authority (extract from any court). The one-month term does run (AVG art. 12 lid 3)."),
	Ground: lang.T(
		"Alleen een ouder met gezag heeft recht op inzage; een ouder zonder gezag alleen op algemene informatie (§2.3, §4.2, BW art. 1:377c).",
		"Only a parent with authority has a right of access; a parent without authority only to general information (§2.3, §4.2, BW art. 1:377c)."),
	Sources:  []string{"§2.3", "§4.2"},
	Laws:     []string{"BW art. 1:377c", "BW art. 1:251", "BW art. 1:251b"},
	Pending:  true,
	Deadline: izAnswerTerm,
}
