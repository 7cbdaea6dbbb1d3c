package flows

import "privacybot/lang"

// datalekFlow helps a professional who fears personal data went astray:
// is it a data breach, and what to do now. Their part is to report it
// inside the organisation at once, so that the organisation can report it
// to the Dutch Data Protection Authority (AP) within 72 hours of discovery (§4.4,
// §5.2, legal update 3).
func datalekFlow(*source) *Flow {
	return &Flow{
		ID: "datalek",
		Aliases: []string{"datalekken", "data lek", "lek", "data breach", "breach", "mail verkeerd verstuurd", "verkeerde mail",
			"laptop kwijt", "telefoon kwijt", "dossier kwijt", "lost laptop", "lost phone"},
		Title: lang.T("Is dit een datalek, en wat moet ik nu doen?", "Is this a data breach, and what do I do now?"),
		Intro: lang.T(
			"Ging er iets mis met persoonsgegevens? Meld het direct binnen je organisatie: die moet een datalek binnen 72 uur na ontdekking melden bij de Autoriteit Persoonsgegevens (AP), tenzij het waarschijnlijk geen risico geeft. Drie korte vragen; noem geen namen.",
			"Did something go wrong with personal data? Report it inside your organisation at once: it must report a data breach to the Dutch Data Protection Authority (AP) within 72 hours of discovery, unless it is unlikely to pose a risk. Three short questions; do not give names."),
		Sources: []string{"§4.4", "§5.2"},
		Start:   "wat",
		Note:    true,
		Steps: []*Step{
			dlWat,
			dlPersoonsgegevens,
			dlBeveiligd,
		},
		Outcomes: []*Outcome{
			dlUitMelden,
			dlUitMeldenBeveiligd,
			dlUitGeenPersoonsgegevens,
		},
	}
}

var dlWat = &Step{
	ID:    "wat",
	Label: lang.T("Wat er gebeurde", "What happened"),
	Ask:   lang.T("Wat is er gebeurd?", "What happened?"),
	Why: lang.T(
		"Een datalek is elke inbreuk op de beveiliging waardoor persoonsgegevens verloren gaan, veranderen of terechtkomen bij iemand die ze niet mag hebben. Alle voorbeelden hieronder tellen mee (§4.4, noot 41; AVG art. 4 sub 12).",
		"A data breach is any breach of security through which personal data is lost, altered or reaches someone who may not have it. All the examples below count (§4.4, note 41; AVG art. 4 sub 12)."),
	Sources: []string{"§4.4"},
	Options: []Option{
		{Value: "verkeerde-ontvanger", Label: lang.T("Mail naar de verkeerde persoon, of veel mensen zichtbaar in de cc", "Email to the wrong person, or many people visible in cc"),
			Words: []string{"mail", "email", "e-mail", "cc", "verkeerde ontvanger", "wrong recipient", "wrong person"}, Next: "persoonsgegevens"},
		{Value: "verlies", Label: lang.T("Een telefoon, laptop, usb-stick of papieren dossier is kwijt of gestolen", "A phone, laptop, USB stick or paper file is lost or stolen"),
			Words: []string{"kwijt", "verloren", "gestolen", "diefstal", "laptop", "telefoon", "lost", "stolen", "theft", "phone"}, Next: "persoonsgegevens"},
		{Value: "toegang", Label: lang.T("Iemand zonder recht kon bij de gegevens, bijv. op je computer", "Someone without the right had access, e.g. to your computer"),
			Words: []string{"onbevoegd", "toegang", "ingelogd", "gehackt", "hack", "access", "unauthorised", "unauthorized"}, Next: "persoonsgegevens"},
		{Value: "onterecht-gedeeld", Label: lang.T("Er zijn gegevens gedeeld of gebruikt terwijl dat niet mocht", "Data was shared or used when that was not allowed"),
			Words: []string{"gedeeld", "onterecht", "shared", "wrongly shared"}, Next: "persoonsgegevens"},
		{Value: "onbeveiligd", Label: lang.T("Er is gemaild via een onbeveiligd of privé-mailaccount", "Email was sent through an unsecured or private email account"),
			Words: []string{"privemail", "prive mail", "gmail", "hotmail", "onveilig", "unsecured", "private email"}, Next: "persoonsgegevens"},
		{Value: "anders", Label: lang.T("Iets anders", "Something else"), Words: []string{"overig", "weet niet", "other", "something else"}, Next: "persoonsgegevens"},
	},
}

var dlPersoonsgegevens = &Step{
	ID:    "persoonsgegevens",
	Label: lang.T("Persoonsgegevens", "Personal data"),
	Ask: lang.T(
		"Ging het om persoonsgegevens: iets wat over een herkenbaar persoon gaat, ook alleen een naam, een BSN of een foto?",
		"Was personal data involved: anything about a person who can be identified, even just a name, a citizen service number (BSN) or a photo?"),
	Why: lang.T(
		"Alleen een inbreuk op persoonsgegevens is een datalek in de zin van de AVG. Twijfel je, ga er dan van uit dat het zo is (Begrippenlijst; AVG art. 4 sub 1).",
		"Only a breach involving personal data is a data breach under the AVG. If in doubt, assume it is (Begrippenlijst; AVG art. 4 sub 1)."),
	Sources: []string{"Begrippenlijst", "§4.4"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja", "Yes"), Words: []string{"j", "yes", "y"}, Next: "beveiligd"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet zeker", "Not sure"), Words: []string{"weet niet", "twijfel", "misschien", "unsure", "not sure", "maybe", "don't know"}, Next: "beveiligd"},
		{Value: "nee", Label: lang.T("Nee, zeker niet", "No, certainly not"), Words: []string{"nee", "n", "no"}, Next: "geen-persoonsgegevens"},
	},
}

var dlBeveiligd = &Step{
	ID:    "beveiligd",
	Label: lang.T("Beveiliging", "Protection"),
	Ask: lang.T(
		"Waren de gegevens zo beveiligd dat anderen er niet bij kunnen? Bijv. een versleuteld apparaat of bestand, of een telefoon die op afstand gewist kan worden.",
		"Was the data protected so that others cannot get at it? E.g. an encrypted device or file, or a phone that can be wiped remotely."),
	Why: lang.T(
		"Goede beveiliging maakt het risico kleiner. Het blijft een datalek dat je meldt, maar je organisatie weegt de beveiliging mee bij de vraag of de betrokkenen ingelicht moeten worden (§4.4; AVG art. 34 lid 3).",
		"Good protection lowers the risk. It is still a breach that you report, but your organisation takes the protection into account when deciding whether the people affected must be told (§4.4; AVG art. 34 lid 3)."),
	Sources: []string{"§4.4"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, versleuteld of op afstand te wissen", "Yes, encrypted or remotely wipeable"), Words: []string{"j", "yes", "y", "versleuteld", "encrypted"}, Next: "melden-beveiligd"},
		{Value: "nee", Label: lang.T("Nee, of het ging om papier", "No, or it was paper"), Words: []string{"n", "no", "papier", "paper"}, Next: "melden"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "onbekend", "unsure", "don't know"}, Next: "melden"},
	},
}

// dlReportNow is the professional's part, said in every outcome: report
// inside the organisation at once, for the 72 hours from discovery.
var dlReportNow = lang.T(
	"Meld het nu meteen intern bij je leidinggevende, privacy officer of FG, volgens het datalekprotocol: je organisatie moet binnen 72 uur na ontdekking beslissen over een melding bij de Autoriteit Persoonsgegevens.",
	"Report it internally right now to your manager, privacy officer or FG, following the data breach protocol: your organisation must decide within 72 hours of discovery on a report to the Dutch Data Protection Authority (AP).")

// dlOrgDuty is the organisation's part: report to the AP within 72 hours
// unless a risk is unlikely, and document every breach (AVG art. 33).
var dlOrgDuty = lang.T(
	"Je organisatie meldt een datalek binnen 72 uur na ontdekking bij de Autoriteit Persoonsgegevens, tenzij het waarschijnlijk geen risico geeft, en legt elk datalek vast, ook als het niet gemeld wordt (AVG art. 33 lid 1 en 5). Jouw deel is het direct intern melden.",
	"Your organisation reports a data breach to the Dutch Data Protection Authority (AP) within 72 hours of discovery, unless it is unlikely to pose a risk, and documents every breach, also one it does not report (AVG art. 33(1) and (5)). Your part is to report it internally at once.")

// dlTerm is the organisation's 72 hours (AVG art. 33 lid 1).
var dlTerm = &Deadline{Hours: 72, What: lang.T("melding bij de Autoriteit Persoonsgegevens (door je organisatie)", "report to the Dutch Data Protection Authority (AP) (by your organisation)")}

// dlLimitDamage says, per kind of incident, what the professional can do
// now to limit the damage.
var dlLimitDamage = map[string]lang.Text{
	"verkeerde-ontvanger": lang.T(
		"Beperk de schade: vraag de verkeerde ontvanger de mail en bijlagen te verwijderen en dat schriftelijk te bevestigen, en stuur niets door. Gebruik voortaan bcc of beveiligde mail.",
		"Limit the damage: ask the wrong recipient to delete the email and attachments and to confirm this in writing, and forward nothing. From now on use bcc or secure mail."),
	"verlies": lang.T(
		"Beperk de schade: laat het apparaat via ICT op afstand wissen of blokkeren en verander je wachtwoorden. Bij diefstal doe je aangifte; een papieren dossier zoek je na bij gevonden voorwerpen.",
		"Limit the damage: have IT wipe or block the device remotely and change your passwords. For theft, report it to the police; for a paper file, check lost property."),
	"toegang": lang.T(
		"Beperk de schade: log uit, verander je wachtwoorden en laat ICT of functioneel beheer de toegang afsluiten.",
		"Limit the damage: log out, change your passwords and have IT or the system administrator shut off the access."),
	"onterecht-gedeeld": lang.T(
		"Beperk de schade: deel niets meer, en vraag de ontvanger de gegevens te verwijderen of terug te geven en dat te bevestigen.",
		"Limit the damage: share nothing more, and ask the recipient to delete or return the data and to confirm this."),
	"onbeveiligd": lang.T(
		"Beperk de schade: stop met mailen via dit account, verwijder de berichten daar en gebruik het beveiligde systeem van je organisatie (§1.5 punt 4).",
		"Limit the damage: stop mailing from this account, delete the messages there and use your organisation's secure system (§1.5 point 4)."),
	"anders": lang.T(
		"Beperk de schade waar je dat kunt, bijv. door wachtwoorden te veranderen of de ontvanger te vragen iets te verwijderen.",
		"Limit the damage where you can, e.g. by changing passwords or asking a recipient to delete something."),
}

// dlDetail gives the damage limitation for what happened and how to record
// it, and says not to guess whether it counts.
func dlDetail(a Answers) lang.Text {
	limit, ok := dlLimitDamage[a["wat"]]
	if !ok {
		limit = dlLimitDamage["anders"]
	}
	return lang.T(
		limit.NL+" Schrijf op wat er gebeurde, wanneer je het ontdekte en wat je al deed, zonder namen of inhoud van het dossier. Ga niet zelf uitzoeken of het 'telt': meld het gewoon.",
		limit.EN+" Write down what happened, when you discovered it and what you have already done, without names or file contents. Do not try to work out yourself whether it 'counts': just report it.")
}

// dlInformAffected says who decides on telling the people affected.
var dlInformAffected = lang.T(
	"Je organisatie beslist of de mensen om wie het gaat worden ingelicht; bij een hoog risico voor hen moet dat zonder onnodige vertraging (AVG art. 34). Licht ze niet op eigen houtje in, maar stem het af met je privacy officer of FG.",
	"Your organisation decides whether the people concerned are told; if the risk to them is high, that must happen without undue delay (AVG art. 34). Do not tell them on your own, but agree it with your privacy officer or FG.")

// dlLaws are the articles on data breaches.
var dlLaws = []string{"AVG art. 4 sub 12", "AVG art. 33", "AVG art. 34"}

var dlUitMelden = &Outcome{
	ID:    "melden",
	Title: lang.T("Dit is een datalek: meld het nu intern", "This is a data breach: report it internally now"),
	Verdict: lang.T(
		"Dit is een datalek. "+dlReportNow.NL,
		"This is a data breach. "+dlReportNow.EN),
	Inform:   dlInformAffected,
	Ground:   lang.T("Inbreuk op de beveiliging van persoonsgegevens (§4.4, §5.2; AVG art. 4 sub 12). "+dlOrgDuty.NL, "Breach of the security of personal data (§4.4, §5.2; AVG art. 4 sub 12). "+dlOrgDuty.EN),
	Deadline: dlTerm,
	Sources:  []string{"§4.4", "§5.2"},
	Laws:     dlLaws,
	Detail:   dlDetail,
}

var dlUitMeldenBeveiligd = &Outcome{
	ID:    "melden-beveiligd",
	Title: lang.T("Een datalek met kleiner risico: meld het toch nu", "A data breach with lower risk: still report it now"),
	Verdict: lang.T(
		"Ook als de gegevens beveiligd waren, is dit een datalek dat je meldt. "+dlReportNow.NL,
		"Even if the data was protected, this is a breach you report. "+dlReportNow.EN),
	Inform: lang.T(
		"Je organisatie beoordeelt het risico. Waren de gegevens echt onleesbaar voor anderen, dan hoeven de betrokkenen misschien niet ingelicht te worden (AVG art. 34 lid 3); dat beslist je organisatie, niet jij.",
		"Your organisation assesses the risk. If the data was truly unreadable to others, the people concerned may not need to be told (AVG art. 34 lid 3); your organisation decides that, not you."),
	Ground:   lang.T("Inbreuk op de beveiliging van persoonsgegevens, met beveiliging die het risico verkleint (§4.4, §5.2). "+dlOrgDuty.NL, "Breach of the security of personal data, with protection that lowers the risk (§4.4, §5.2). "+dlOrgDuty.EN),
	Deadline: dlTerm,
	Sources:  []string{"§4.4", "§5.2"},
	Laws:     dlLaws,
	Detail:   dlDetail,
}

var dlUitGeenPersoonsgegevens = &Outcome{
	ID:    "geen-persoonsgegevens",
	Title: lang.T("Geen persoonsgegevens: geen datalek volgens de AVG", "No personal data: no data breach under the AVG"),
	Verdict: lang.T(
		"Zonder persoonsgegevens is het geen datalek in de zin van de AVG. Weet je het niet zeker, meld het dan toch meteen intern: bij een datalek telt de termijn van 72 uur na ontdekking.",
		"Without personal data it is not a data breach under the AVG. If you are not sure, report it internally right away anyway: for a breach the 72 hours of discovery count."),
	Ground:  lang.T("Een datalek gaat over persoonsgegevens (AVG art. 4 sub 1 en sub 12; §4.4). "+dlOrgDuty.NL, "A data breach concerns personal data (AVG art. 4 sub 1 and sub 12; §4.4). "+dlOrgDuty.EN),
	Sources: []string{"Begrippenlijst", "§4.4", "§5.2"},
	Laws:    []string{"AVG art. 4 sub 1", "AVG art. 4 sub 12", "AVG art. 33"},
	Detail:  dlDetail,
}
