package flows

import (
	"strings"

	"privacybot/lang"
)

// vernietigingFlow weighs whether (part of) a file may or must be destroyed:
// on the client's request, under the right to destruction of the Jeugdwet
// and the WGBO, or at the end of the retention period (§3.1, §4.1e, legal
// update 1).
func vernietigingFlow(*source) *Flow {
	return &Flow{
		ID: "vernietiging",
		Aliases: []string{"vernietigen", "dossier vernietigen", "gegevens vernietigen", "dossier verwijderen",
			"destruction", "destroy", "destroy file", "delete file"},
		Title: lang.T("Mag of moet ik gegevens vernietigen?", "May or must I destroy data?"),
		Intro: lang.T(
			"We wegen samen of je (een deel van) een dossier vernietigt. Let op: sinds 2020 is de bewaartermijn 20 jaar na de laatste wijziging in het dossier; de handreiking noemt nog 15 jaar na het einde van de hulp.",
			"Together we weigh whether you destroy (part of) a file. Note: since 2020 the retention period is 20 years from the last change in the file; the guideline still says 15 years from the end of the care."),
		Sources: []string{"§3.1", "§4.1e"},
		Start:   "aanleiding",
		Note:    true,
		Steps: []*Step{
			vnAanleiding,
			vnWieVraagt,
			vnLeeftijd,
			vnGezag,
			vnOmvang,
			vnTermijn,
			vnBelangAnder,
			vnVerantwoording,
			vnWettelijkePlicht,
			vnReikwijdte,
		},
		Outcomes: []*Outcome{
			vnUitOudersBeslissen,
			vnUitVraagJongere,
			vnUitVolwassene,
			vnUitGezagControleren,
			vnUitVernietigen,
			vnUitWeigeren,
			vnUitDeels,
			vnUitBewaren,
			vnUitNaTermijn,
			vnUitLangerBewaren,
		},
	}
}

var vnAanleiding = &Step{
	ID:    "aanleiding",
	Label: lang.T("Aanleiding", "Reason"),
	Ask:   lang.T("Waarom gaat het om vernietigen?", "Why is destruction the question?"),
	Why: lang.T(
		"Vraagt de cliënt erom, dan geldt het recht op vernietiging uit de Jeugdwet en de WGBO, ook als de bewaartermijn nog loopt. Zonder verzoek hangt het af van de bewaartermijn (§3.1, §4.1e).",
		"If the client asks, the right to destruction of the Jeugdwet and the WGBO applies, even while the retention period runs. Without a request it depends on the retention period (§3.1, §4.1e)."),
	Sources: []string{"§3.1", "§4.1e"},
	Options: []Option{
		{Value: "verzoek", Label: lang.T("Iemand vraagt erom", "Someone asks for it"),
			Words: []string{"verzoek", "vraagt", "request", "asks", "de client vraagt erom", "the client asks"}, Next: "wie-vraagt"},
		{Value: "bewaartermijn", Label: lang.T("Er is geen verzoek; het gaat om de bewaartermijn", "There is no request; it is about the retention period"),
			Words: []string{"termijn", "geen verzoek", "retention", "retention period", "no request"}, Next: "termijn"},
	},
}

// The steps and outcomes on who asks (§4.2), shared with the rechten flow.
var vnWieVraagt, vnLeeftijd, vnGezag = whoAsksSteps("omvang")

var vnOmvang = &Step{
	ID:    "omvang",
	Label: lang.T("Omvang van het verzoek", "Scope of the request"),
	Ask:   lang.T("Gaat het verzoek over het hele dossier of over een deel ervan?", "Is the request about the whole file or part of it?"),
	Why: lang.T(
		"De afweging is voor het hele dossier en voor een deel dezelfde, maar je legt vast waar het verzoek over ging (§4.1e).",
		"The weighing is the same for the whole file and for part of it, but you record what the request covered (§4.1e)."),
	Sources: []string{"§4.1e"},
	Options: []Option{
		{Value: "heel", Label: lang.T("Het hele dossier", "The whole file"), Words: []string{"alles", "hele dossier", "whole", "all", "everything"}, Next: "belang-ander"},
		{Value: "deel", Label: lang.T("Een deel, bijv. één verslag of passage", "Part of it, e.g. one report or passage"), Words: []string{"gedeelte", "part", "some"}, Next: "belang-ander"},
	},
}

var vnTermijn = &Step{
	ID:    "termijn",
	Label: lang.T("Bewaartermijn", "Retention period"),
	Ask:   lang.T("Is de bewaartermijn voorbij?", "Has the retention period ended?"),
	Why: lang.T(
		"Sinds 1 januari 2020 bewaar je een jeugdhulp- of WGBO-dossier 20 jaar, gerekend vanaf de laatste wijziging in het dossier. De handreiking (§3.1, §4.1e) noemt nog 15 jaar na het einde van de hulp; dat is verouderd. Voor Veilig Thuis en een gecertificeerde instelling (GI) gelden eigen, vaak langere termijnen; vraag je FG (Jeugdwet art. 7.3.8, BW art. 7:454 lid 3).",
		"Since 1 January 2020 you keep a youth-care or WGBO file for 20 years, counted from the last change in the file. The guideline (§3.1, §4.1e) still says 15 years from the end of the care; that is out of date. Veilig Thuis and a certified institution (GI) have terms of their own, often longer; ask your FG (Jeugdwet art. 7.3.8, BW art. 7:454 lid 3)."),
	Sources: []string{"§3.1", "§4.1e"},
	Options: []Option{
		{Value: "loopt", Label: lang.T("Nee, de termijn loopt nog", "No, the period is still running"), Words: []string{"nee", "n", "no", "loopt nog", "running"}, Next: "bewaren"},
		{Value: "voorbij", Label: lang.T("Ja, de termijn is voorbij", "Yes, the period has ended"), Words: []string{"ja", "j", "yes", "y", "verlopen", "ended", "over"}, Next: "belang-ander"},
	},
}

var vnBelangAnder = &Step{
	ID:    "belang-ander",
	Label: lang.T("Aanmerkelijk belang van een ander", "Substantial interest of someone else"),
	Ask: lang.T(
		"Heeft iemand anders dan de vrager een aanmerkelijk belang bij het bewaren van deze gegevens? Dat kan ook het kind zijn, bijvoorbeeld als een ouder signalen van mogelijke mishandeling uit het dossier van het kind wil laten halen.",
		"Does someone other than the requester have a substantial interest in keeping this data? That can be the child, for example when a parent wants signs of possible abuse removed from the child's file."),
	Why: lang.T(
		"De wet kent maar twee redenen om een verzoek om vernietiging te weigeren: een aanmerkelijk belang van een ander, of een wet die zich ertegen verzet (Jeugdwet art. 7.3.9, BW art. 7:455). Denk aan een familielid bij een erfelijke ziekte, of aan het kind bij signalen van mishandeling. Dat moet je aannemelijk kunnen maken (§4.1e).",
		"The law knows only two reasons to refuse a request for destruction: a substantial interest of someone else, or a law that stands against it (Youth Act art. 7.3.9, BW art. 7:455). Think of a relative with a hereditary disease, or of the child where there are signs of abuse. You must be able to make this plausible (§4.1e)."),
	Sources: []string{"§4.1e"},
	Options: jaNeeOptions("verantwoording", "verantwoording"),
}

var vnVerantwoording = &Step{
	ID:    "verantwoording",
	Label: lang.T("Nodig om je te verantwoorden", "Needed to account for your actions"),
	Ask: lang.T(
		"Heb je de gegevens nodig om je te verantwoorden in een procedure die je op reële, concrete gronden verwacht, zoals een tuchtzaak of rechtszaak?",
		"Do you need the data to account for your actions in proceedings you expect on real, concrete grounds, such as a disciplinary case or a lawsuit?"),
	Why: lang.T(
		"Een reële, concrete verwachting van een procedure kan een aanmerkelijk belang van een ander zijn, namelijk van jou. Dat de cliënt misschien een klacht indient, is op zich niet genoeg (§4.1e). Laat dit zo nodig door je FG bevestigen.",
		"A real, concrete expectation of proceedings can be a substantial interest of someone else, namely yours. That the client might make a complaint is not enough on its own (§4.1e). Have your FG confirm this where needed."),
	Sources: []string{"§4.1e"},
	Options: []Option{
		{Value: "procedure", Label: lang.T("Ja, er loopt of dreigt concreet een procedure", "Yes, proceedings are under way or concretely expected"),
			Words: []string{"ja", "j", "yes", "y", "rechtszaak", "tuchtzaak", "lawsuit"}, Next: "wettelijke-plicht"},
		{Value: "klacht", Label: lang.T("Er komt misschien een klacht", "A complaint might come"),
			Words: []string{"misschien", "mogelijk een klacht", "maybe", "complaint", "possible complaint"}, Next: "wettelijke-plicht"},
		{Value: "nee", Label: lang.T("Nee", "No"), Words: []string{"n", "no"}, Next: "wettelijke-plicht"},
	},
}

var vnWettelijkePlicht = &Step{
	ID:    "wettelijke-plicht",
	Label: lang.T("Bewaarplicht uit een andere wet", "Duty to keep under another law"),
	Ask: lang.T(
		"Moet je de gegevens bewaren omdat een andere wet dat voorschrijft? De gewone bewaartermijn telt hier niet mee.",
		"Must you keep the data because another law requires it? The ordinary retention period does not count here."),
	Why: lang.T(
		"Vernietigen kan niet als een wet zich ertegen verzet; de handreiking noemt bijvoorbeeld de Archiefwet (§3.1). Twijfel je, vraag het je FG.",
		"You cannot destroy data when a law stands against it; the guideline names the Archives Act (Archiefwet), for example (§3.1). If in doubt, ask your data protection officer (FG)."),
	Sources: []string{"§3.1"},
	Options: jaNeeOptions("", ""),
	Route:   vnAfterWeighing,
}

var vnReikwijdte = &Step{
	ID:    "reikwijdte",
	Label: lang.T("Waarvoor de reden geldt", "What the reason covers"),
	Ask: lang.T(
		"Geldt die reden voor alle gegevens die de cliënt wil laten vernietigen, of maar voor een deel?",
		"Does that reason cover all the data the client wants destroyed, or only part of it?"),
	Why: lang.T(
		"Je bewaart niet meer dan nodig: wat je niet hoeft te bewaren, vernietig je wel (§1.3 punt 3, §4.1e).",
		"You keep no more than needed: what you need not keep, you do destroy (§1.3 point 3, §4.1e)."),
	Sources: []string{"§1.3", "§4.1e"},
	Options: []Option{
		{Value: "alles", Label: lang.T("Voor alles", "For all of it"), Words: []string{"alle", "all"}, Next: "weigeren"},
		{Value: "deel", Label: lang.T("Voor een deel", "For part of it"), Words: []string{"gedeelte", "part"}, Next: "deels-vernietigen"},
	},
}

// vnGrounds lists the weighing answers that are a reason to keep data, with
// the words that name them in the dossier note.
var vnGrounds = []struct {
	step, value string
	name        lang.Text
}{
	{"belang-ander", "ja", lang.T("een ander heeft een aanmerkelijk belang bij bewaren", "someone else has a substantial interest in keeping it")},
	{"verantwoording", "procedure", lang.T("jij hebt een aanmerkelijk belang: je moet je verantwoorden in een concreet verwachte procedure", "you have a substantial interest: you must account for your actions in concretely expected proceedings")},
	{"wettelijke-plicht", "ja", lang.T("een andere wet schrijft bewaren voor", "another law requires keeping it")},
}

// vnAfterWeighing picks what follows the weighing: destruction when no
// reason to keep applies, otherwise keeping (for a request: in full or in
// part).
func vnAfterWeighing(a Answers) string {
	keep := len(vnGroundsFound(a)) > 0
	switch {
	case a["aanleiding"] == "bewaartermijn" && keep:
		return "langer-bewaren"
	case a["aanleiding"] == "bewaartermijn":
		return "vernietigen-na-termijn"
	case keep:
		return "reikwijdte"
	}
	return "vernietigen"
}

// vnGroundsFound returns the names of the reasons to keep that the
// professional answered yes to.
func vnGroundsFound(a Answers) []lang.Text {
	var found []lang.Text
	for _, g := range vnGrounds {
		if a[g.step] == g.value {
			found = append(found, g.name)
		}
	}
	return found
}

// vnDetail names the reasons found and adds what the answers call for: that
// a possible complaint is no reason, and (for a whole file on request) that
// the guideline's rule on the retention period is out of date.
func vnDetail(a Answers) lang.Text {
	var nl, en []string
	if found := vnGroundsFound(a); len(found) > 0 {
		nl = append(nl, "Reden om te bewaren:")
		en = append(en, "Reason to keep:")
		for i, g := range found {
			sep := ";"
			if i == len(found)-1 {
				sep = "."
			}
			nl = append(nl, g.NL+sep)
			en = append(en, g.EN+sep)
		}
	}
	if a["verantwoording"] == "klacht" {
		nl = append(nl, "Dat er misschien een klacht komt, is op zich geen reden om te weigeren (§4.1e).")
		en = append(en, "That a complaint might come is not on its own a reason to refuse (§4.1e).")
	}
	if a["aanleiding"] == "verzoek" && a["omvang"] == "heel" {
		nl = append(nl, "Let op: §4.1e zegt dat je een heel dossier niet vernietigt zolang de bewaartermijn loopt. De wet (Jeugdwet art. 7.3.9, BW art. 7:455) geeft de cliënt wel het recht om vernietiging te vragen, ook binnen de termijn; de termijn alleen is dus geen reden om te weigeren. Twijfel je, overleg met je FG.")
		en = append(en, "Note: §4.1e says you do not destroy a whole file while the retention period runs. The law (Jeugdwet art. 7.3.9, BW art. 7:455) does give the client the right to ask for destruction, also within the period; the period alone is therefore no reason to refuse. If in doubt, consult your FG.")
	}
	return lang.T(strings.Join(nl, " "), strings.Join(en, " "))
}

// vnRequestLaws are the articles on destruction at the client's request.
var vnRequestLaws = []string{"Jeugdwet art. 7.3.9", "BW art. 7:455", "AVG art. 17 lid 3", "AVG art. 12 lid 3"}

// vnRetentionLaws are the articles on the retention period.
var vnRetentionLaws = []string{"Jeugdwet art. 7.3.8", "BW art. 7:454 lid 3"}

// vnRetentionNow states the current retention period and flags the
// guideline's old one (legal update 1).
var vnRetentionNow = lang.T(
	"De bewaartermijn is sinds 1 januari 2020 20 jaar na de laatste wijziging in het dossier (Veilig Thuis en een GI: eigen, vaak langere termijnen); de handreiking (§3.1, §4.1e) noemt nog 15 jaar na het einde van de hulp.",
	"Since 1 January 2020 the retention period is 20 years from the last change in the file (Veilig Thuis and a GI: terms of their own, often longer); the guideline (§3.1, §4.1e) still says 15 years from the end of the care.")

// vnOptions tells the client what they can do after a refusal.
var vnOptions = lang.T(
	"Noem wat de cliënt kan doen: een klacht indienen bij je organisatie, de FG inschakelen ("+municipalPrivacyOfficers+"), een klacht indienen bij de Autoriteit Persoonsgegevens of naar de rechter gaan.",
	"Name what the client can do: complain to your organisation, involve the FG ("+municipalPrivacyOfficers+"), complain to the Dutch Data Protection Authority (AP) or go to court.")

var vnUitVernietigen = &Outcome{
	ID:    "vernietigen",
	Title: lang.T("Vernietig de gegevens", "Destroy the data"),
	Verdict: lang.T(
		"Er is geen reden om te weigeren: vernietig de gevraagde gegevens, ook kopieën en e-mails, binnen drie maanden na het verzoek, ook als de bewaartermijn nog loopt. Leg vast dat je op verzoek hebt vernietigd, zonder de inhoud.",
		"There is no reason to refuse: destroy the data asked for, copies and emails included, within three months of the request, even if the retention period is still running. Record that you destroyed it on request, without the content."),
	Inform: lang.T(
		"Bevestig de vernietiging schriftelijk aan de cliënt. Zeg er eerlijk bij dat je de gegevens daarna niet meer kunt gebruiken, ook niet als hij later een klacht indient.",
		"Confirm the destruction to the client in writing. Say honestly that you can no longer use the data afterwards, not even if they complain later."),
	Ground: lang.T(
		"Recht op vernietiging op verzoek (Jeugdwet art. 7.3.9, BW art. 7:455); geen aanmerkelijk belang van een ander (ook niet van het kind of van jou in een procedure) en geen wet die zich ertegen verzet (§4.1e). Het AVG-recht op vergetelheid geldt niet, omdat je de gegevens verwerkt voor een wettelijke taak.",
		"Right to destruction on request (Jeugdwet art. 7.3.9, BW art. 7:455); no substantial interest of someone else (not of the child either, nor yours in proceedings) and no law that stands against it (§4.1e). The AVG right to be forgotten does not apply, because you process the data for a legal task."),
	Sources:  []string{"§3.1", "§4.1e"},
	Laws:     vnRequestLaws,
	Detail:   vnDetail,
	Deadline: vnDestroyTerm,
}

var vnUitWeigeren = &Outcome{
	ID:    "weigeren",
	Title: lang.T("Weiger het verzoek, met redenen", "Refuse the request, with reasons"),
	Verdict: lang.T(
		"Een van de twee wettelijke uitzonderingen geldt: weiger het verzoek, met redenen. Bewaar niet meer dan nodig.",
		"One of the two legal exceptions applies: refuse the request, with reasons. Keep no more than needed."),
	Inform: lang.T(
		"Laat de cliënt binnen een maand schriftelijk weten dat je weigert en waarom (AVG art. 12 lid 4). "+vnOptions.NL,
		"Tell the client in writing within one month that you refuse and why (AVG art. 12 lid 4). "+vnOptions.EN),
	Ground: lang.T(
		"Uitzondering op het recht op vernietiging: bewaren is van aanmerkelijk belang voor een ander, of een wet verzet zich tegen vernietiging (§4.1e; Jeugdwet art. 7.3.9, BW art. 7:455). Andere redenen, zoals de lopende bewaartermijn, tellen niet.",
		"Exception to the right to destruction: keeping is of substantial interest to someone else, or a law stands against destruction (§4.1e; Youth Act art. 7.3.9, BW art. 7:455). Other reasons, such as the running retention period, do not count."),
	Sources:  []string{"§4.1e"},
	Laws:     append(append([]string{}, vnRequestLaws...), "AVG art. 12 lid 4"),
	Detail:   vnDetail,
	Deadline: vnRefuseTerm,
}

var vnUitDeels = &Outcome{
	ID:    "deels-vernietigen",
	Title: lang.T("Vernietig een deel, bewaar de rest met redenen", "Destroy part, keep the rest with reasons"),
	Verdict: lang.T(
		"Vernietig binnen drie maanden na het verzoek de gegevens waarvoor geen reden tot bewaren is. Bewaar alleen het deel waarvoor de reden geldt en leg je afweging met redenen vast.",
		"Within three months of the request, destroy the data for which there is no reason to keep it. Keep only the part the reason covers and record your weighing with reasons."),
	Inform: lang.T(
		"Laat de cliënt binnen een maand schriftelijk weten wat je vernietigd hebt, wat niet en waarom (AVG art. 12 lid 4). "+vnOptions.NL,
		"Tell the client in writing within one month what you destroyed, what not and why (AVG art. 12 lid 4). "+vnOptions.EN),
	Ground: lang.T(
		"Recht op vernietiging, met een uitzondering voor een deel van de gegevens (§4.1e; Jeugdwet art. 7.3.9, BW art. 7:455).",
		"Right to destruction, with an exception for part of the data (§4.1e; Jeugdwet art. 7.3.9, BW art. 7:455)."),
	Sources:  []string{"§1.3", "§4.1e"},
	Laws:     append(append([]string{}, vnRequestLaws...), "AVG art. 12 lid 4"),
	Detail:   vnDetail,
	Deadline: vnDestroyTerm,
}

var vnUitBewaren = &Outcome{
	ID:    "bewaren",
	Title: lang.T("Bewaar het dossier", "Keep the file"),
	Verdict: lang.T(
		"De bewaartermijn loopt nog: bewaar het dossier. Vraagt de cliënt om vernietiging, loop deze flow dan opnieuw door.",
		"The retention period is still running: keep the file. If the client asks for destruction, go through this flow again."),
	Ground:  lang.T("Wettelijke bewaartermijn. "+vnRetentionNow.NL, "Legal retention period. "+vnRetentionNow.EN),
	Sources: []string{"§3.1", "§4.1e"},
	Laws:    vnRetentionLaws,
}

var vnUitNaTermijn = &Outcome{
	ID:    "vernietigen-na-termijn",
	Title: lang.T("Vernietig het dossier na de bewaartermijn", "Destroy the file after the retention period"),
	Verdict: lang.T(
		"De termijn is voorbij en er is geen reden om langer te bewaren: vernietig het dossier, ook kopieën en e-mails. Leg vast welk dossier je wanneer vernietigde, zonder de inhoud; in een gemeentelijk wijkteam met een verklaring van vernietiging (Archiefwet).",
		"The period has ended and there is no reason to keep it longer: destroy the file, copies and emails included. Record which file you destroyed and when, without the content; in a municipal neighbourhood team with a statement of destruction (Archiefwet)."),
	Ground:  lang.T("Einde van de bewaartermijn zonder uitzondering (§3.1). "+vnRetentionNow.NL, "End of the retention period without an exception (§3.1). "+vnRetentionNow.EN),
	Sources: []string{"§3.1", "§4.1e"},
	Laws:    vnRetentionLaws,
	Detail:  vnDetail,
}

var vnUitLangerBewaren = &Outcome{
	ID:    "langer-bewaren",
	Title: lang.T("Bewaar langer, maar alleen wat nodig is", "Keep longer, but only what is needed"),
	Verdict: lang.T(
		"Er is een reden om gegevens langer te bewaren dan de termijn. Bewaar alleen wat daarvoor nodig is, vernietig de rest, en leg vast waarom en tot wanneer.",
		"There is a reason to keep data beyond the period. Keep only what that needs, destroy the rest, and record why and until when."),
	Ground:  lang.T("Uitzondering op vernietigen na de bewaartermijn (§3.1, §4.1e). "+vnRetentionNow.NL, "Exception to destruction after the retention period (§3.1, §4.1e). "+vnRetentionNow.EN),
	Sources: []string{"§3.1", "§4.1e"},
	Laws:    vnRetentionLaws,
	Detail:  vnDetail,
}

// vnDestroyTerm is the term for destruction on request (Jeugdwet art.
// 7.3.9, BW art. 7:455).
var vnDestroyTerm = &Deadline{Months: 3, What: lang.T("vernietigen op verzoek", "destroy on request")}

// vnRefuseTerm is the term for telling the client of a refusal (AVG art.
// 12 lid 3 and 4).
var vnRefuseTerm = &Deadline{Months: 1, What: lang.T("weigering met redenen laten weten", "give notice of the refusal, with reasons")}

var vnUitOudersBeslissen, vnUitVraagJongere, vnUitVolwassene, vnUitGezagControleren = whoAsksOutcomes()
