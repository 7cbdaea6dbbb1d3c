package flows

import "privacybot/lang"

// opnamesFlow answers whether a client may record, film or publish a
// conversation with a professional, and whether the professional may record
// the client (§4.3, §1.3, §3.1).
func opnamesFlow(*source) *Flow {
	return &Flow{
		ID: "opnames",
		Aliases: []string{"opname", "opnemen", "geluidsopname", "gesprek opnemen", "filmen", "foto's", "fotograferen",
			"recording", "recordings", "record a conversation", "filming"},
		Title: lang.T("Mag een gesprek worden opgenomen?", "May a conversation be recorded?"),
		Intro: lang.T(
			"Mag een cliënt een gesprek opnemen, filmen of online zetten, en mag jij een gesprek opnemen? We lopen het kort door.",
			"May a client record, film or post a conversation online, and may you record a conversation? Let's go through it briefly."),
		Sources: []string{"§4.3"},
		Start:   "soort",
		Steps: []*Step{
			opSoort,
			opToestemmingBeeld,
			opToestemmingPubliceren,
			opToestemmingClient,
		},
		Outcomes: []*Outcome{
			opUitClientGeluid,
			opUitZonderClient,
			opUitBeeldMag,
			opUitBeeldNiet,
			opUitPublicerenMag,
			opUitPublicerenNiet,
			opUitProfessionalMag,
			opUitProfessionalNiet,
		},
	}
}

var opSoort = &Step{
	ID:    "soort",
	Label: lang.T("Soort opname", "Kind of recording"),
	Ask:   lang.T("Om wat voor opname gaat het?", "What kind of recording is it?"),
	Why: lang.T(
		"Voor geluid, beeld en openbaar maken gelden andere regels, en het maakt uit wie opneemt en of de cliënt zelf bij het gesprek is (§4.3).",
		"Different rules apply to sound, images and publishing, and it matters who records and whether the client takes part in the conversation (§4.3)."),
	Sources: []string{"§4.3"},
	Options: []Option{
		{Value: "client-geluid", Label: lang.T("De cliënt neemt een gesprek met mij op (geluid)", "The client records a conversation with me (audio)"),
			Words: []string{"geluid", "geluidsopname", "audio", "audio recording"}, Next: "client-geluid"},
		{Value: "zonder-client", Label: lang.T("De cliënt wil een gesprek opnemen waar hij zelf niet bij is", "The client wants to record a conversation they are not part of"),
			Words: []string{"niet bij", "overleg", "tussen professionals", "not present", "between professionals"}, Next: "zonder-client"},
		{Value: "beeld", Label: lang.T("De cliënt wil filmen of foto's maken", "The client wants to film or take photos"),
			Words: []string{"film", "filmen", "video", "foto", "fotos", "photo", "photos"}, Next: "toestemming-beeld"},
		{Value: "publiceren", Label: lang.T("De cliënt wil een opname delen of online zetten, bijv. op sociale media", "The client wants to share or post a recording, e.g. on social media"),
			Words: []string{"publiceren", "online", "sociale media", "social media", "publish", "post"}, Next: "toestemming-publiceren"},
		{Value: "professional", Label: lang.T("Ik wil als professional een gesprek opnemen", "I as the professional want to record a conversation"),
			Words: []string{"ik", "zelf opnemen", "ik neem op", "myself", "i record"}, Next: "toestemming-client"},
	},
}

var opToestemmingBeeld = &Step{
	ID:    "toestemming-beeld",
	Label: lang.T("Jouw toestemming voor beeld", "Your permission for images"),
	Ask:   lang.T("Geef jij toestemming dat de cliënt jou filmt of fotografeert?", "Do you give the client permission to film or photograph you?"),
	Why: lang.T(
		"Voor beeldopnames is jouw toestemming nodig, vanwege je portretrecht (§4.3).",
		"Images need your permission, because of your portrait right (§4.3)."),
	Sources: []string{"§4.3"},
	Options: jaNeeOptions("beeld-mag", "beeld-niet"),
}

var opToestemmingPubliceren = &Step{
	ID:    "toestemming-publiceren",
	Label: lang.T("Jouw uitdrukkelijke toestemming voor openbaar maken", "Your explicit consent to publish"),
	Ask:   lang.T("Heb jij uitdrukkelijk toestemming gegeven om de opname openbaar te maken?", "Have you explicitly consented to the recording being made public?"),
	Why: lang.T(
		"Een beeld- of geluidsopname openbaar maken, bijvoorbeeld op sociale media, mag alleen met jouw uitdrukkelijke toestemming (§4.3).",
		"Making an image or sound recording public, for example on social media, is only allowed with your explicit consent (§4.3)."),
	Sources: []string{"§4.3"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, uitdrukkelijk", "Yes, explicitly"), Words: []string{"ja", "j", "yes", "y"}, Next: "publiceren-mag"},
		{Value: "nee", Label: lang.T("Nee, of het staat er al zonder mijn toestemming", "No, or it is already online without my consent"),
			Words: []string{"nee", "n", "no", "staat al online", "already online"}, Next: "publiceren-niet"},
	},
}

var opToestemmingClient = &Step{
	ID:    "toestemming-client",
	Label: lang.T("Toestemming van de cliënt", "The client's consent"),
	Ask: lang.T(
		"Heeft de cliënt, of wie voor hem beslist, gericht toestemming gegeven voor deze opname en het doel ervan?",
		"Has the client, or whoever decides for them, given specific consent to this recording and its purpose?"),
	Why: lang.T(
		"Als jij opneemt, verwerk je persoonsgegevens. Dat doe je alleen als het nodig is voor de hulp, met gerichte toestemming, en de opname hoort bij het dossier (§1.3, §3.1).",
		"When you record, you process personal data. You only do so when it is needed for the care, with specific consent, and the recording belongs to the file (§1.3, §3.1)."),
	Sources: []string{"§1.3", "§3.1"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja", "Yes"), Words: []string{"j", "yes", "y"}, Next: "professional-mag"},
		{Value: "nee", Label: lang.T("Nee, nog niet", "No, not yet"), Words: []string{"nee", "n", "no", "not yet"}, Next: "professional-niet"},
	},
}

// opTalkAboutIt is how to make recording discussable and what to offer
// instead (§4.3).
var opTalkAboutIt = lang.T(
	"Maak opnemen bespreekbaar en vraag waarom de cliënt wil opnemen. Kijk samen wat helpt: iemand meenemen naar het gesprek, vooraf vragen opschrijven, aantekeningen maken, een tekening die de hulp uitlegt, of een korte schriftelijke samenvatting.",
	"Make recording something you can talk about and ask why the client wants to record. See together what helps: bringing someone to the conversation, writing down questions beforehand, taking notes, a drawing that explains the care, or a short written summary.")

var opUitClientGeluid = &Outcome{
	ID:    "client-geluid",
	Title: lang.T("Mag: de cliënt mag het gesprek opnemen", "Allowed: the client may record the conversation"),
	Verdict: lang.T(
		"Een cliënt mag een gesprek waar hij zelf bij is opnemen voor eigen gebruik; jouw toestemming is daarvoor niet nodig. Vertel cliënten gerust dat het mag: dat voorkomt stiekem opnemen.",
		"A client may record a conversation they take part in for their own use; your permission is not needed. Feel free to tell clients it is allowed: that prevents secret recording."),
	Inform:  opTalkAboutIt,
	Ground:  lang.T("Recht van de cliënt om een gesprek waaraan hij deelneemt voor privégebruik op te nemen (§4.3); wie zelf aan het gesprek deelneemt, is met opnemen niet strafbaar.", "The client's right to record a conversation they take part in for private use (§4.3); someone taking part in the conversation commits no offence by recording it."),
	Sources: []string{"§4.3"},
	Laws:    []string{"Wetboek van Strafrecht art. 139a"},
}

var opUitZonderClient = &Outcome{
	ID:    "zonder-client",
	Title: lang.T("Mag niet: alleen gesprekken waar de cliënt zelf bij is", "Not allowed: only conversations the client takes part in"),
	Verdict: lang.T(
		"Een cliënt mag geen gesprek opnemen waar hij zelf niet bij is, zoals een overleg tussen professionals. Zeg dat duidelijk en vraag wat hij wil weten.",
		"A client may not record a conversation they are not part of, such as a meeting between professionals. Say so clearly and ask what they want to know."),
	Inform:  lang.T("Vertel de cliënt wat in zo'n overleg over hem besproken is, voor zover dat kan (§1.3, §1.5 punt 5).", "Tell the client what was discussed about them in such a meeting, as far as possible (§1.3, §1.5 point 5)."),
	Ground:  lang.T("Cliënten mogen alleen gesprekken opnemen waaraan zij zelf deelnemen (§4.3).", "Clients may only record conversations they take part in (§4.3)."),
	Sources: []string{"§1.3", "§4.3"},
	Laws:    []string{"Wetboek van Strafrecht art. 139a"},
}

var opUitBeeldMag = &Outcome{
	ID:    "beeld-mag",
	Title: lang.T("Mag: met jouw toestemming", "Allowed: with your permission"),
	Verdict: lang.T(
		"Je gaf toestemming, dus de cliënt mag filmen of fotograferen voor eigen gebruik. Openbaar maken mag alleen als je daar apart uitdrukkelijk toestemming voor geeft.",
		"You gave permission, so the client may film or take photos for their own use. Making it public is only allowed if you separately and explicitly consent to that."),
	Inform: lang.T("Spreek samen af waarvoor de beelden zijn en dat ze niet gedeeld worden zonder jouw toestemming.", "Agree together what the images are for and that they are not shared without your consent."),
	Ground: lang.T(
		"Beeldopnames alleen met toestemming van de professional: dat is de regel van de handreiking (§4.3). Het portretrecht (Auteurswet art. 21) gaat pas over het openbaar maken van de beelden.",
		"Images only with the professional's permission: that is the guideline's rule (§4.3). Portrait right (Auteurswet art. 21) only concerns making the images public."),
	Sources: []string{"§4.3"},
	Laws:    []string{"Auteurswet art. 21 (alleen bij openbaar maken)"},
}

var opUitBeeldNiet = &Outcome{
	ID:    "beeld-niet",
	Title: lang.T("Mag niet: beeld vraagt jouw toestemming", "Not allowed: images need your permission"),
	Verdict: lang.T(
		"Zonder jouw toestemming mag de cliënt jou niet filmen of fotograferen. Leg uit waarom en bied een andere manier om het gesprek te onthouden; geluid opnemen mag hij wel.",
		"Without your permission the client may not film or photograph you. Explain why and offer another way to remember the conversation; recording sound is allowed."),
	Inform: opTalkAboutIt,
	Ground: lang.T(
		"Beeldopnames alleen met toestemming van de professional: dat is de regel van de handreiking (§4.3). Het portretrecht (Auteurswet art. 21) gaat pas over het openbaar maken van de beelden.",
		"Images only with the professional's permission: that is the guideline's rule (§4.3). Portrait right (Auteurswet art. 21) only concerns making the images public."),
	Sources: []string{"§4.3"},
	Laws:    []string{"Auteurswet art. 21 (alleen bij openbaar maken)"},
}

var opUitPublicerenMag = &Outcome{
	ID:    "publiceren-mag",
	Title: lang.T("Mag: je gaf uitdrukkelijk toestemming", "Allowed: you explicitly consented"),
	Verdict: lang.T(
		"Met jouw uitdrukkelijke toestemming mag de cliënt de opname openbaar maken, maar alleen zoals jullie hebben afgesproken.",
		"With your explicit consent the client may make the recording public, but only as you agreed."),
	Inform:  lang.T("Spreek duidelijk af wat waar online komt, en wat niet.", "Agree clearly what goes online where, and what does not."),
	Ground:  lang.T("Openbaar maken van een opname alleen met uitdrukkelijke toestemming van de professional (§4.3).", "Publishing a recording only with the professional's explicit consent (§4.3)."),
	Sources: []string{"§4.3"},
	Laws:    []string{"Auteurswet art. 21"},
}

var opUitPublicerenNiet = &Outcome{
	ID:    "publiceren-niet",
	Title: lang.T("Mag niet: openbaar maken vraagt jouw uitdrukkelijke toestemming", "Not allowed: publishing needs your explicit consent"),
	Verdict: lang.T(
		"Zonder jouw uitdrukkelijke toestemming mag de cliënt geen opname openbaar maken, ook niet op sociale media. Staat er al iets online, vraag de cliënt het te verwijderen en bespreek het met je leidinggevende.",
		"Without your explicit consent the client may not make a recording public, not on social media either. If something is already online, ask the client to remove it and discuss it with your manager."),
	Inform:  opTalkAboutIt,
	Ground:  lang.T("Openbaar maken van een opname alleen met uitdrukkelijke toestemming van de professional (§4.3).", "Publishing a recording only with the professional's explicit consent (§4.3)."),
	Sources: []string{"§4.3"},
	Laws:    []string{"Auteurswet art. 21"},
}

var opUitProfessionalMag = &Outcome{
	ID:    "professional-mag",
	Title: lang.T("Mag: met gerichte toestemming, en de opname hoort bij het dossier", "Allowed: with specific consent, and the recording belongs to the file"),
	Verdict: lang.T(
		"Je mag opnemen als het nodig is voor de hulp en de cliënt gericht toestemming gaf. Leg de toestemming vast in het dossier en bewaar de opname veilig bij het dossier, niet op je eigen telefoon.",
		"You may record if it is needed for the care and the client gave specific consent. Record the consent in the file and keep the recording safely with the file, not on your own phone."),
	Inform: lang.T(
		"Vertel de cliënt waarvoor de opname is, wie hem hoort, hoe lang je hem bewaart, dat hij zijn toestemming kan intrekken en dat hij de opname mag inzien (§3.2, §4.1a).",
		"Tell the client what the recording is for, who will hear it, how long you keep it, that they can withdraw consent and that they may see it (§3.2, §4.1a)."),
	Ground:  lang.T("Opnemen is persoonsgegevens verwerken: alleen als het noodzakelijk is, met gerichte toestemming van de cliënt, en vastgelegd in het dossier (§1.3, §3.1).", "Recording is processing personal data: only when necessary, with the client's specific consent, and recorded in the file (§1.3, §3.1)."),
	Sources: []string{"§1.3", "§3.1", "§3.2"},
	Laws:    []string{"AVG art. 5 lid 1 c", "Jeugdwet art. 7.3.8", "BW art. 7:454"},
}

var opUitProfessionalNiet = &Outcome{
	ID:    "professional-niet",
	Title: lang.T("Niet opnemen zonder gerichte toestemming", "Do not record without specific consent"),
	Verdict: lang.T(
		"Neem het gesprek niet op. Vraag eerst gerichte toestemming en leg uit waarvoor de opname is; wil de cliënt het niet, maak dan aantekeningen.",
		"Do not record the conversation. First ask for specific consent and explain what the recording is for; if the client does not want it, take notes instead."),
	Ground:  lang.T("Opnemen is persoonsgegevens verwerken; zonder gerichte toestemming van de cliënt neem je niet op (§1.3, §3.1).", "Recording is processing personal data; without the client's specific consent you do not record (§1.3, §3.1)."),
	Sources: []string{"§1.3", "§3.1"},
	Laws:    []string{"AVG art. 5 lid 1 c"},
}
