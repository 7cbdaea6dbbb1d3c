package flows

import "privacybot/lang"

// rechtenFlow answers a client's request to use one of their AVG rights
// other than access: correction, restriction, portability, objection or
// erasure, each as it works in the youth domain (§4.1 b–f).
func rechtenFlow(*source) *Flow {
	return &Flow{
		ID: "rechten",
		Aliases: []string{"rechten van de cliënt", "clientrechten", "avg rechten", "rectificatie", "dataportabiliteit", "recht op bezwaar",
			"beperking van de verwerking", "vergetelheid", "recht op vergetelheid", "client rights", "rights", "rectification",
			"data portability", "right to object", "right to be forgotten"},
		Title: lang.T("Welk recht wil de cliënt gebruiken?", "Which right does the client want to use?"),
		Intro: lang.T(
			"We kijken wie het verzoek doet, welk recht de cliënt wil gebruiken en wat jij dan doet. Een verzoek beantwoord je binnen een maand.",
			"We look at who makes the request, which right the client wants to use and what you then do. You answer a request within one month."),
		Sources: []string{"§4.1"},
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
var rcAnswerTerm = &Deadline{Months: 1, What: lang.T("verzoek van de cliënt beantwoorden", "answer the client's request")}

var rcRecht = &Step{
	ID:    "recht",
	Label: lang.T("Recht", "Right"),
	Ask:   lang.T("Welk recht wil de cliënt gebruiken?", "Which right does the client want to use?"),
	Why: lang.T(
		"Elk AVG-recht werkt in het jeugddomein net anders, en sommige gelden niet onder de Jeugdwet of de WGBO (§4.1).",
		"Each AVG right works a little differently in the youth domain, and some do not apply under the Jeugdwet or the WGBO (§4.1)."),
	Sources: []string{"§4.1"},
	Options: []Option{
		{Value: "rectificatie", Label: lang.T("Iets laten verbeteren of aanvullen (rectificatie)", "Have something corrected or added (rectification)"),
			Words: []string{"verbeteren", "wijzigen", "aanpassen", "correctie", "correct", "correction", "rectification"}, Next: "soort-wijziging"},
		{Value: "beperking", Label: lang.T("Tijdelijk niets met de gegevens laten doen (beperking)", "Have the processing paused (restriction)"),
			Words: []string{"beperken", "restriction", "restrict"}, Next: "beperking-reden"},
		{Value: "dataportabiliteit", Label: lang.T("Gegevens meenemen naar een ander (dataportabiliteit)", "Take the data to someone else (data portability)"),
			Words: []string{"portabiliteit", "overdragen", "meenemen", "portability", "data portability"}, Next: "wet-portabiliteit"},
		{Value: "bezwaar", Label: lang.T("Bezwaar maken tegen het gebruik van de gegevens", "Object to the use of the data"),
			Words: []string{"bezwaar maken", "objection", "object"}, Next: "wet-bezwaar"},
		{Value: "vergetelheid", Label: lang.T("Gegevens laten wissen (recht op vergetelheid)", "Have the data erased (right to be forgotten)"),
			Words: []string{"wissen", "verwijderen", "vergeten", "erase", "erasure", "delete", "forgotten"}, Next: "vergetelheid"},
	},
}

var rcSoortWijziging = &Step{
	ID:    "soort-wijziging",
	Label: lang.T("Soort wijziging", "Kind of change"),
	Ask:   lang.T("Wat wil de cliënt veranderen?", "What does the client want to change?"),
	Why: lang.T(
		"Alleen feitelijke fouten pas je aan. Over de inhoud, zoals je waarnemingen en je oordeel, beslis jij; de cliënt mag dan wel een eigen verklaring laten toevoegen (§4.1, §4.1b).",
		"You only change factual errors. You decide on the content, such as your observations and judgement; the client may then add a statement of their own (§4.1, §4.1b)."),
	Sources: []string{"§4.1", "§4.1b"},
	Options: []Option{
		{Value: "feitelijk", Label: lang.T("Een feitelijke fout, zoals een verkeerd gespelde naam of een onjuiste datum", "A factual error, such as a misspelled name or a wrong date"),
			Words: []string{"fout", "feitelijke fout", "spelfout", "error", "factual error", "typo"}, Next: "aanpassen"},
		{Value: "oordeel", Label: lang.T("Hij is het oneens met een beschrijving, mening of conclusie", "They disagree with a description, opinion or conclusion"),
			Words: []string{"oneens", "mening", "conclusie", "disagree", "opinion"}, Next: "eigen-verklaring"},
		{Value: "aanvulling", Label: lang.T("Hij wil iets toevoegen", "They want to add something"),
			Words: []string{"toevoegen", "aanvullen", "add", "addition"}, Next: "eigen-verklaring"},
	},
}

var rcBeperkingReden = &Step{
	ID:    "beperking-reden",
	Label: lang.T("Reden voor beperking", "Reason for restriction"),
	Ask:   lang.T("Waarom vraagt de cliënt om beperking?", "Why does the client ask for restriction?"),
	Why: lang.T(
		"Beperking geldt vooral zolang je nagaat of gegevens kloppen, of zolang een bezwaar nog niet is beslist. Verder heeft zo'n verzoek meestal weinig kans, tenzij gegevens onrechtmatig zijn verwerkt (§4.1, §4.1c).",
		"Restriction applies mainly while you check whether data is correct, or while an objection has not yet been decided. Otherwise such a request seldom succeeds, unless data was processed unlawfully (§4.1, §4.1c)."),
	Sources: []string{"§4.1", "§4.1c"},
	Options: []Option{
		{Value: "juistheid", Label: lang.T("Hij zegt dat gegevens niet kloppen", "They say data is wrong"),
			Words: []string{"klopt niet", "onjuist", "wrong", "incorrect"}, Next: "beperking-tijdelijk"},
		{Value: "bezwaar-loopt", Label: lang.T("Hij heeft bezwaar gemaakt en wacht op het besluit", "They objected and await the decision"),
			Words: []string{"bezwaar", "objection"}, Next: "beperking-tijdelijk"},
		{Value: "anders", Label: lang.T("Een andere reden", "Another reason"), Words: []string{"overig", "other"}, Next: "beperking-weinig-kans"},
	},
}

// rcLawOptions asks under which law the professional works; wgbo and
// youthAct name where each answer goes.
func rcLawOptions(wgbo, youthAct lang.Text, nextWGBO, nextYouthAct string) []Option {
	return []Option{
		{Value: "wgbo", Label: wgbo, Words: []string{"wgbo", "geneeskundig", "medisch", "medical"}, Next: nextWGBO},
		{Value: "jeugdwet", Label: youthAct, Words: []string{"jeugdwet", "jeugdhulp", "wmo", "youth act"}, Next: nextYouthAct},
		{Value: "onbekend", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "unknown"}, Next: "wet-navragen"},
	}
}

var rcWetPortabiliteit = &Step{
	ID:    "wet-portabiliteit",
	Label: lang.T("Wet waaronder je werkt", "Law you work under"),
	Ask:   lang.T("Onder welke wet krijgt de cliënt hulp van jou?", "Under which law does the client receive care from you?"),
	Why: lang.T(
		"Dataportabiliteit geldt in het jeugddomein alleen bij behandeling onder de WGBO, niet bij jeugdhulp onder de Jeugdwet (§4.1, §4.1d).",
		"In the youth domain data portability applies only to treatment under the WGBO, not to youth care under the Jeugdwet (§4.1, §4.1d)."),
	Sources: []string{"§4.1", "§4.1d"},
	Options: rcLawOptions(
		lang.T("WGBO: geneeskundige behandeling, bijv. door een jeugdarts of behandelaar", "WGBO: medical treatment, e.g. by a youth doctor or therapist"),
		lang.T("Jeugdwet of Wmo 2015", "Jeugdwet or Wmo 2015"),
		"portabiliteit-wgbo", "portabiliteit-geen"),
}

var rcWetBezwaar = &Step{
	ID:    "wet-bezwaar",
	Label: lang.T("Wet waaronder je werkt", "Law you work under"),
	Ask:   lang.T("Onder welke wet krijgt de cliënt hulp van jou?", "Under which law does the client receive care from you?"),
	Why: lang.T(
		"Het recht van bezwaar geldt niet bij de WGBO, wel bij de Jeugdwet, de Wmo 2015 en de aanpakken van het AcVZ (§4.1f).",
		"The right to object does not apply under the WGBO, but does under the Jeugdwet, the Wmo 2015 and the AcVZ approaches (§4.1f)."),
	Sources: []string{"§4.1f"},
	Options: rcLawOptions(
		lang.T("WGBO: geneeskundige behandeling, bijv. door een jeugdarts of behandelaar", "WGBO: medical treatment, e.g. by a youth doctor or therapist"),
		lang.T("Jeugdwet, Wmo 2015 of een AcVZ-aanpak", "Jeugdwet, Wmo 2015 or an AcVZ approach"),
		"bezwaar-wgbo", "bezwaar-afwegen"),
}

// rcTerm is the term for answering a request and who handles it.
var rcTerm = lang.T(
	"Zorg dat de cliënt binnen een maand antwoord krijgt (AVG art. 12 lid 3); bij een ingewikkeld verzoek mag dat twee maanden langer, als je dat binnen de eerste maand laat weten. Meld een formeel verzoek bij je FG, volgens de procedure van je organisatie.",
	"Make sure the client gets an answer within one month (AVG art. 12 lid 3); a complex request may take two more months, if you say so within the first month. Pass a formal request to your data protection officer (FG), following your organisation's procedure.")

// rcRefusal tells the client what they can do when a request is refused.
var rcRefusal = lang.T(
	"Wijs je het verzoek af, vertel dan waarom en dat de cliënt kan klagen bij de Autoriteit Persoonsgegevens of naar de rechter kan gaan (AVG art. 12 lid 4).",
	"If you refuse the request, say why and that the client can complain to the Dutch Data Protection Authority (AP) or go to court (AVG art. 12 lid 4).")

// rcWithTerm adds the term and who handles it to a text.
func rcWithTerm(t lang.Text) lang.Text {
	return lang.T(t.NL+" "+rcTerm.NL, t.EN+" "+rcTerm.EN)
}

var rcUitAanpassen = &Outcome{
	ID:    "aanpassen",
	Title: lang.T("Verbeter de fout zelf", "Correct the error yourself"),
	Verdict: lang.T(
		"Een feitelijke fout, zoals een verkeerd gespelde naam, verbeter je zelf in het dossier. Jij beoordeelt of iets echt onjuist is.",
		"A factual error, such as a misspelled name, you correct yourself in the file. You judge whether something is really wrong."),
	Inform: rcWithTerm(lang.T(
		"Laat de cliënt weten wat je hebt verbeterd. Heb je de foute gegevens eerder met anderen gedeeld, geef hun dan ook de verbetering door, tenzij dat onmogelijk is of veel te veel moeite kost (AVG art. 19).",
		"Tell the client what you corrected. If you shared the wrong data with others before, pass the correction on to them too, unless that is impossible or takes far too much effort (AVG art. 19).")),
	Ground:   lang.T("Recht op rectificatie van feitelijk onjuiste gegevens (§4.1, §4.1b).", "Right to rectification of factually wrong data (§4.1, §4.1b)."),
	Sources:  []string{"§4.1", "§4.1b"},
	Laws:     []string{"AVG art. 16", "AVG art. 19", "AVG art. 12 lid 3"},
	Deadline: rcAnswerTerm,
}

var rcUitEigenVerklaring = &Outcome{
	ID:    "eigen-verklaring",
	Title: lang.T("Laat de cliënt een eigen verklaring toevoegen", "Let the client add a statement of their own"),
	Verdict: lang.T(
		"Jij gaat over de inhoud van het dossier: wat geen feitelijke fout is, hoef je niet te veranderen. De cliënt mag wel een eigen verklaring schrijven; die voeg je aan het dossier toe.",
		"You decide on the content of the file: what is not a factual error, you need not change. The client may write a statement of their own; you add it to the file."),
	Inform:  rcWithTerm(lang.T("Laat de cliënt weten wat je besluit en waarom, en dat zijn verklaring in het dossier staat.", "Tell the client what you decide and why, and that their statement is in the file.")),
	Ground:  lang.T("Jij beoordeelt of gegevens onjuist of onvolledig zijn; de cliënt kan een eigen verklaring laten toevoegen (§4.1, §4.1b).", "You judge whether data is wrong or incomplete; the client can have a statement of their own added (§4.1, §4.1b)."),
	Sources: []string{"§4.1", "§4.1b"},
	Laws:    []string{"AVG art. 16", "BW art. 7:454 lid 2", "AVG art. 12 lid 3"},
	Detail: func(a Answers) lang.Text {
		if a["soort-wijziging"] != "aanvulling" {
			return lang.Text{}
		}
		return lang.T("Is de informatie feitelijk onvolledig, vul het dossier dan ook zelf aan.", "If the information is factually incomplete, complete the file yourself as well.")
	},
	Deadline: rcAnswerTerm,
}

var rcUitBeperkingTijdelijk = &Outcome{
	ID:    "beperking-tijdelijk",
	Title: lang.T("Beperk de verwerking zolang het onderzoek loopt", "Restrict the processing while it is examined"),
	Verdict: lang.T(
		"Zolang je organisatie nagaat of de gegevens kloppen of over het bezwaar beslist, bewaar je de gegevens, maar gebruik en deel je ze niet. Dat mag alleen nog met toestemming van de cliënt, voor een rechtszaak, of om iemand anders te beschermen, bijv. voor de veiligheid van het kind.",
		"While your organisation checks whether the data is correct or decides on the objection, you keep the data but do not use or share it. That is only still allowed with the client's consent, for legal claims, or to protect someone else, e.g. for the child's safety."),
	Inform: rcWithTerm(lang.T(
		"Laat de cliënt weten dat de verwerking beperkt is, en vertel het hem voordat je de beperking opheft (AVG art. 18 lid 3).",
		"Tell the client that processing is restricted, and tell them before you lift the restriction (AVG art. 18 lid 3).")),
	Ground:   lang.T("Recht op beperking zolang de juistheid of een bezwaar wordt onderzocht (§4.1c).", "Right to restriction while accuracy or an objection is being examined (§4.1c)."),
	Sources:  []string{"§4.1", "§4.1c"},
	Laws:     []string{"AVG art. 18", "AVG art. 12 lid 3"},
	Deadline: rcAnswerTerm,
}

var rcUitBeperkingWeinigKans = &Outcome{
	ID:    "beperking-weinig-kans",
	Title: lang.T("Beperking: meestal geen grond", "Restriction: usually no ground"),
	Verdict: lang.T(
		"Om andere redenen heeft een verzoek om beperking meestal weinig kans, omdat je de gegevens nodig hebt voor je wettelijke taak. Dat is anders als de gegevens onrechtmatig zijn verwerkt: leg het verzoek dan voor aan je FG.",
		"For other reasons a request for restriction seldom succeeds, because you need the data for your legal task. It is different if the data was processed unlawfully: then put the request to your data protection officer (FG)."),
	Inform:   lang.T(rcTerm.NL+" "+rcRefusal.NL, rcTerm.EN+" "+rcRefusal.EN),
	Ground:   lang.T("Beperking buiten onderzoek naar juistheid of bezwaar slaagt in het algemeen alleen bij onrechtmatige verwerking (§4.1).", "Restriction outside an examination of accuracy or an objection generally succeeds only for unlawful processing (§4.1)."),
	Sources:  []string{"§4.1", "§4.1c"},
	Laws:     []string{"AVG art. 18", "AVG art. 12 lid 3", "AVG art. 12 lid 4"},
	Deadline: rcAnswerTerm,
}

var rcUitPortabiliteitWGBO = &Outcome{
	ID:    "portabiliteit-wgbo",
	Title: lang.T("Geef de gegevens die de cliënt zelf gaf, in een bruikbaar bestand", "Give the data the client provided, in a usable file"),
	Verdict: lang.T(
		"Onder de WGBO mag de cliënt de gegevens die hij zelf aan jou gaf, krijgen in een gangbaar digitaal formaat, om mee te nemen naar een ander. Diagnoses, conclusies, vermoedens en behandelplannen vallen daar niet onder.",
		"Under the WGBO the client may get the data they gave you themselves in a common digital format, to take to someone else. Diagnoses, conclusions, suspicions and treatment plans are not included."),
	Share: lang.T(
		"Alleen de gegevens die de cliënt zelf verstrekte, gestructureerd en machineleesbaar, en veilig verstuurd (§1.5 punt 4). Niet jouw diagnoses, conclusies, vermoedens of behandelplannen, en geen gegevens over anderen.",
		"Only the data the client provided, structured and machine-readable, and sent securely (§1.5 point 4). Not your diagnoses, conclusions, suspicions or treatment plans, and no data about others."),
	Inform:  rcTerm,
	Ground:  lang.T("Recht op dataportabiliteit, in het jeugddomein alleen onder de WGBO (§4.1d).", "Right to data portability, in the youth domain only under the WGBO (§4.1d)."),
	Sources: []string{"§1.5", "§4.1", "§4.1d"},
	Laws:    []string{"AVG art. 20", "AVG art. 12 lid 3"},
	Shared: func(Answers) lang.Text {
		return lang.T("gegevens die de cliënt zelf gaf, op zijn verzoek overgedragen (dataportabiliteit)", "data the client provided, transferred at their request (data portability)")
	},
	Deadline: rcAnswerTerm,
}

var rcUitPortabiliteitGeen = &Outcome{
	ID:    "portabiliteit-geen",
	Title: lang.T("Dataportabiliteit geldt hier niet", "Data portability does not apply here"),
	Verdict: lang.T(
		"Onder de Jeugdwet en de Wmo 2015 geldt het recht op dataportabiliteit niet, omdat je de gegevens verwerkt voor een wettelijke taak. De cliënt kan wel inzage en een kopie vragen.",
		"Under the Jeugdwet and the Wmo 2015 the right to data portability does not apply, because you process the data for a legal task. The client can ask for access and a copy."),
	Inform:   rcWithTerm(lang.T("Leg de cliënt uit dat dit recht niet geldt en waarom, en wijs op inzage en een kopie.", "Explain to the client that this right does not apply and why, and point to access and a copy.")),
	Continue: "inzage",
	Ground:   lang.T("Geen dataportabiliteit bij jeugdhulp onder de Jeugdwet (§4.1, §4.1d).", "No data portability for youth care under the Jeugdwet (§4.1, §4.1d)."),
	Sources:  []string{"§4.1", "§4.1d"},
	Laws:     []string{"AVG art. 20 lid 3", "AVG art. 12 lid 3"},
	Deadline: rcAnswerTerm,
}

var rcUitBezwaarAfwegen = &Outcome{
	ID:    "bezwaar-afwegen",
	Title: lang.T("Weeg het bezwaar in dit geval", "Weigh the objection in this case"),
	Verdict: lang.T(
		"Weeg het bezwaar in dit geval. Je mag alleen doorgaan als je dwingende, gerechtvaardigde gronden kunt aantonen die zwaarder wegen dan het belang van de cliënt.",
		"Weigh the objection in this case. You may carry on only if you can show compelling legitimate grounds that outweigh the client's interest."),
	Inform: lang.T(rcTerm.NL+" Zolang het bezwaar loopt, kan de cliënt om beperking vragen. "+rcRefusal.NL, rcTerm.EN+" While the objection is pending, the client can ask for restriction. "+rcRefusal.EN),
	Ground: lang.T(
		"Recht van bezwaar tegen verwerking voor een publieke taak of een gerechtvaardigd belang (AVG art. 21, art. 6 lid 1 e en f). Dat het je wettelijke taak is, is alleen niet genoeg: de dwingende gronden moet je voor dit geval aantonen (§4.1f).",
		"Right to object to processing for a public task or a legitimate interest (AVG art. 21, art. 6(1)(e) and (f)). That it is your legal task is not enough on its own: you must show the compelling grounds for this case (§4.1f)."),
	Sources:  []string{"§4.1", "§4.1f"},
	Laws:     []string{"AVG art. 21", "AVG art. 12 lid 3", "AVG art. 12 lid 4"},
	Deadline: rcAnswerTerm,
}

var rcUitBezwaarWGBO = &Outcome{
	ID:    "bezwaar-wgbo",
	Title: lang.T("Bezwaar geldt niet onder de WGBO", "Objection does not apply under the WGBO"),
	Verdict: lang.T(
		"Werk je onder de WGBO, dan geldt het recht van bezwaar niet. Bespreek wat de cliënt dwarszit; hij kan wel andere rechten gebruiken, zoals inzage, een eigen verklaring of een verzoek om vernietiging.",
		"If you work under the WGBO, the right to object does not apply. Discuss what troubles the client; they can use other rights, such as access, a statement of their own or a request for destruction."),
	Inform:   rcWithTerm(lang.T("Leg de cliënt uit waarom bezwaar hier niet kan en welke rechten wel gelden.", "Explain to the client why objection is not possible here and which rights do apply.")),
	Ground:   lang.T("Het recht van bezwaar geldt niet voor hulpverleners die werken op basis van de WGBO (§4.1f).", "The right to object does not apply to professionals working under the WGBO (§4.1f)."),
	Sources:  []string{"§4.1f"},
	Laws:     []string{"AVG art. 21", "AVG art. 12 lid 3"},
	Deadline: rcAnswerTerm,
}

var rcUitWetNavragen = &Outcome{
	ID:    "wet-navragen",
	Title: lang.T("Zoek eerst uit onder welke wet je werkt", "First find out which law you work under"),
	Verdict: lang.T(
		"Of dit recht geldt, hangt af van de wet waaronder je werkt. Vraag het na bij je FG ("+municipalPrivacyOfficers+").",
		"Whether this right applies depends on the law you work under. Ask your data protection officer (FG) ("+municipalPrivacyOfficers+")."),
	Inform:  rcTerm,
	Ground:  lang.T("Welke rechten gelden, hangt af van de wet: Jeugdwet, WGBO of Wmo 2015 (§4.1).", "Which rights apply depends on the law: Jeugdwet, WGBO or Wmo 2015 (§4.1)."),
	Sources: []string{"§4.1"},
	Laws:    []string{"AVG art. 12 lid 3"},
	Detail: func(a Answers) lang.Text {
		if a["recht"] == "dataportabiliteit" {
			return lang.T("Dataportabiliteit geldt wel onder de WGBO en niet onder de Jeugdwet (§4.1d).", "Data portability applies under the WGBO and not under the Jeugdwet (§4.1d).")
		}
		return lang.T("Bezwaar kan wel onder de Jeugdwet, de Wmo 2015 en bij AcVZ-aanpakken, en niet onder de WGBO (§4.1f).", "Objection is possible under the Jeugdwet, the Wmo 2015 and in AcVZ approaches, and not under the WGBO (§4.1f).")
	},
	Deadline: rcAnswerTerm,
}

var rcUitVergetelheid = &Outcome{
	ID:    "vergetelheid",
	Title: lang.T("Het recht op vergetelheid geldt hier niet; vernietiging wel", "The right to be forgotten does not apply here; destruction does"),
	Verdict: lang.T(
		"Het AVG-recht op vergetelheid geldt niet voor gegevens die je verwerkt voor een wettelijke taak, zoals onder de Jeugdwet, de Wmo 2015 en de WPG. De cliënt kan wel om vernietiging vragen onder de Jeugdwet of de WGBO (knop hieronder).",
		"The AVG right to be forgotten does not apply to data you process for a legal task, such as under the Jeugdwet, the Wmo 2015 and the WPG. The client can ask for destruction under the Jeugdwet or the WGBO (button below)."),
	Inform:   rcWithTerm(lang.T("Leg de cliënt uit welk recht wel geldt.", "Explain to the client which right does apply.")),
	Ground:   lang.T("Geen recht op vergetelheid bij verwerking voor een wettelijke taak; wel het recht op vernietiging uit de Jeugdwet en de WGBO (§4.1, §4.1e).", "No right to be forgotten for processing under a legal task; the right to destruction of the Jeugdwet and the WGBO does apply (§4.1, §4.1e)."),
	Sources:  []string{"§4.1", "§4.1e"},
	Laws:     []string{"AVG art. 17 lid 3", "Jeugdwet art. 7.3.9", "BW art. 7:455", "AVG art. 12 lid 3"},
	Continue: "vernietiging aanleiding=verzoek",
	Deadline: rcAnswerTerm,
}
