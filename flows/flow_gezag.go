package flows

import (
	"strconv"
	"strings"

	"privacybot/lang"
)

// gezagFlow works out who holds parental authority over a minor, and how to
// check it (Begrippenlijst 'Gezag', §2.3, notes 23 to 25). For an
// recognised child of unmarried parents it asks the date of the
// recognition: since 1 January 2023 recognition gives joint
// authority by law (BW art. 1:251b), which the 2018 guideline does not show.
func gezagFlow(*source) *Flow {
	return &Flow{
		ID:      "gezag",
		Aliases: []string{"ouderlijk gezag", "wie heeft het gezag", "gezagsregister", "parental authority", "custody", "authority"},
		Title:   lang.T("Wie heeft het gezag?", "Who holds parental authority?"),
		Intro: lang.T(
			"Gezag is iets anders dan ouderschap. Met een paar vragen zoeken we uit wie het gezag heeft en hoe je dat controleert (Begrippenlijst 'Gezag', §2.3). Let op: sinds 1 januari 2023 geeft erkenning meestal wel gezag (BW art. 1:251b); de handreiking noemt nog de oude regel.",
			"Parental authority is not the same as parenthood. A few questions find out who holds authority and how to check it (Begrippenlijst 'Gezag', §2.3). Note: since 1 January 2023 recognition usually does give authority (BW art. 1:251b); the guideline still shows the old rule."),
		Sources: []string{"Begrippenlijst", "§2.3"},
		Start:   "rechter",
		Note:    true,
		Steps:   []*Step{gzRechter, gzGeboorte, gzErkenning, gzLaterGetrouwd, gzErkenningDatum},
		Outcomes: []*Outcome{
			gzUitVoogd,
			gzUitEenhoofdig,
			gzUitGezamenlijkRechter,
			gzUitBeideOuders,
			gzUitGetrouwdNaGeboorte,
			gzUitErkendGezamenlijk,
			gzUitErkend,
			gzUitMoederAlleen,
			gzUitUitzoeken,
		},
	}
}

var gzRechter = &Step{
	ID:    "rechter",
	Label: lang.T("Beslissing van de rechter over het gezag", "Court decision on authority"),
	Ask: lang.T(
		"Heeft de rechter over het gezag beslist? Bijvoorbeeld: één ouder alleen het gezag gegeven, de ouders samen gezag gegeven, of een voogd benoemd.",
		"Has a court decided on parental authority? For example: given one parent sole authority, given the parents joint authority, or appointed a guardian."),
	Why: lang.T(
		"Wat de rechter besliste, gaat voor wat vanzelf uit huwelijk of geboorte volgt (Begrippenlijst 'Gezag', §2.3, noot 23).",
		"What a court decided comes before what follows by itself from marriage or birth (Begrippenlijst 'Gezag', §2.3, note 23)."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Options: []Option{
		{Value: "voogd", Label: lang.T("Ja, er is een voogd", "Yes, there is a guardian"), Words: []string{"voogdij", "guardian"}, Next: "voogdij"},
		{Value: "eenhoofdig", Label: lang.T("Ja, één ouder heeft alleen het gezag", "Yes, one parent has sole authority"), Words: []string{"een ouder", "1 ouder", "eenhoofdig gezag", "sole", "sole authority"}, Next: "eenhoofdig"},
		{Value: "gezamenlijk", Label: lang.T("Ja, de ouders kregen samen het gezag", "Yes, the parents were given joint authority"), Words: []string{"samen", "gezamenlijk gezag", "joint", "joint authority"}, Next: "gezamenlijk-rechter"},
		{Value: "nee", Label: lang.T("Nee, of dat weet ik niet", "No, or I don't know"), Words: []string{"n", "no", "weet niet", "niet", "don't know", "dont know"}, Next: "geboorte"},
	},
}

var gzGeboorte = &Step{
	ID:    "geboorte",
	Label: lang.T("Ouders getrouwd bij de geboorte", "Parents married at the birth"),
	Ask: lang.T(
		"Waren de ouders met elkaar getrouwd of geregistreerd partners toen het kind werd geboren?",
		"Were the parents married to each other or registered partners when the child was born?"),
	Why: lang.T(
		"Ouders die bij de geboorte getrouwd of geregistreerd partners waren, hebben vanzelf samen het gezag, ook na een scheiding (Begrippenlijst 'Gezag', §2.3).",
		"Parents who were married or registered partners at the birth hold joint authority by law, also after a divorce (Begrippenlijst 'Gezag', §2.3)."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja", "Yes"), Words: []string{"j", "yes", "y", "getrouwd", "geregistreerd", "married"}, Next: "beide-ouders"},
		{Value: "nee", Label: lang.T("Nee", "No"), Words: []string{"n", "no", "samenwonend", "samenlevingscontract", "cohabiting"}, Next: "erkenning"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "uitzoeken"},
	},
}

var gzErkenning = &Step{
	ID:    "erkenning",
	Label: lang.T("Kind erkend door de andere ouder", "Child recognised by the other parent"),
	Ask: lang.T(
		"Heeft de andere ouder (meestal de vader) het kind erkend?",
		"Has the other parent (usually the father) recognised the child?"),
	Why: lang.T(
		"Wie erkent, wordt juridisch ouder. Of die ouder ook gezag heeft, hangt af van de datum van de erkenning: sinds 1 januari 2023 meestal wel (BW art. 1:251b), daarvoor alleen na inschrijving of een beslissing van de rechter. De handreiking noemt alleen die oude regel (§2.3, Begrippenlijst 'Gezag').",
		"Whoever recognises a child becomes a legal parent. Whether that parent also holds authority depends on the date of the recognition: since 1 January 2023 usually yes (BW art. 1:251b), before that only after registration or a court decision. The guideline only shows that old rule (§2.3, Begrippenlijst 'Gezag')."),
	Sources: []string{"§2.3", "Begrippenlijst"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, erkend", "Yes, recognised"), Words: []string{"j", "yes", "y", "erkend", "recognised", "recognized"}, Next: "later-getrouwd"},
		{Value: "nee", Label: lang.T("Nee, niet erkend", "No, not recognised"), Words: []string{"n", "no", "niet erkend", "onbekend", "unknown"}, Next: "moeder-alleen"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "uitzoeken"},
	},
}

var gzLaterGetrouwd = &Step{
	ID:    "later-getrouwd",
	Label: lang.T("Ouders na de geboorte getrouwd", "Parents married after the birth"),
	Ask: lang.T(
		"Zijn de ouders na de geboorte met elkaar getrouwd of geregistreerd partner geworden?",
		"Did the parents marry each other or become registered partners after the birth?"),
	Why: lang.T(
		"Ouders die met elkaar trouwen of geregistreerd partner worden, hebben vanaf dan samen het gezag over hun kinderen, ook over een kind dat vóór het huwelijk is geboren en erkend. Dat blijft zo na een scheiding (BW art. 1:251). De handreiking (§2.3) noemt dit niet.",
		"Parents who marry each other or become registered partners hold joint authority over their children from then on, also over a child born and recognised before the marriage. That stays so after a divorce (BW art. 1:251). The guideline (§2.3) does not mention this."),
	Sources: []string{"§2.3", "Begrippenlijst"},
	Options: []Option{
		{Value: "ja", Label: lang.T("Ja, later getrouwd of geregistreerd partner", "Yes, married or registered partners later"), Words: []string{"j", "yes", "y", "getrouwd", "married"}, Next: "getrouwd-na-geboorte"},
		{Value: "nee", Label: lang.T("Nee", "No"), Words: []string{"n", "no", "nee", "niet getrouwd", "not married"}, Next: "erkenning-datum"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "uitzoeken"},
	},
}

var gzErkenningDatum = &Step{
	ID:    "erkenning-datum",
	Label: lang.T("Datum van de erkenning", "Date of the recognition"),
	Ask: lang.T(
		"Wanneer is het kind erkend: op of na 1 januari 2023, of daarvoor? De datum van de erkenning telt, niet die van de geboorte. Je mag ook alleen het jaar typen.",
		"When was the child recognised: on or after 1 January 2023, or before? The date of the recognition counts, not that of the birth. You may also type just the year."),
	Why: lang.T(
		"Sinds 1 januari 2023 geeft erkenning van rechtswege gezamenlijk gezag, tenzij een uitzondering geldt (BW art. 1:251b). Voor een eerdere erkenning geldt nog de regel van de handreiking: geen gezag zonder inschrijving (§2.3, Begrippenlijst 'Gezag'). Ook een kind dat in 2022 vóór de geboorte is erkend, valt onder die oude regel.",
		"Since 1 January 2023 recognition gives joint authority by law, unless an exception applies (BW art. 1:251b). An earlier recognition still follows the guideline's rule: no authority without registration (§2.3, Begrippenlijst 'Gezag'). A child recognised before birth in 2022 also falls under that old rule."),
	Sources: []string{"§2.3", "Begrippenlijst"},
	Options: []Option{
		{Value: "vanaf-2023", Label: lang.T("Op of na 1 januari 2023", "On or after 1 January 2023"), Words: []string{"vanaf 2023", "na 2023", "sinds 2023", "2023 of later", "from 2023", "after 2023", "since 2023", "2023 or later"}, Next: "erkend-gezamenlijk"},
		{Value: "voor-2023", Label: lang.T("Vóór 1 januari 2023", "Before 1 January 2023"), Words: []string{"voor 2023", "eerder", "daarvoor", "before 2023", "earlier"}, Next: "erkend-geen-gezag"},
		{Value: "weet-niet", Label: lang.T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "uitzoeken"},
	},
	Parse: gzParseYear,
}

// gzParseYear reads a typed year of recognition ("2021", "maart 2024",
// "12-3-2022") into the option before or from 1 January 2023. It takes the
// one four-digit number in the input, and refuses none, several or a year
// outside 1990 to 2100.
func gzParseYear(input string) (string, bool) {
	year := 0
	for _, field := range strings.FieldsFunc(input, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(field) != 4 {
			continue
		}
		if year != 0 {
			return "", false
		}
		n, err := strconv.Atoi(field)
		if err != nil {
			return "", false
		}
		year = n
	}
	switch {
	case year < 1990 || year > 2100:
		return "", false
	case year < 2023:
		return "voor-2023", true
	}
	return "vanaf-2023", true
}

// gzCheck says how to check the answer: authority set by a court is in the
// register of parental authority; authority that follows by law, from marriage or from
// a recognition since 2023, is not.
func gzCheck(a Answers) lang.Text {
	switch {
	case a["rechter"] != "nee":
		return lang.T(
			"Wat de rechter besliste, staat in het gezagsregister. Twijfel je, vraag dan een uittreksel aan; dat kan bij elke rechtbank.",
			"What the court decided is in the register of parental authority. If in doubt, request an extract; any court can provide one.")
	case a["erkenning-datum"] == "vanaf-2023":
		return lang.T(
			"Controleren: gezag door erkenning staat niet in het gezagsregister. Een uittreksel zonder aantekening bewijst dus niet dat de ouder die erkende geen gezag heeft. Of de ouders verklaarden dat de moeder alleen gezag houdt, staat in de akte van erkenning; vraag de ouders ernaar.",
			"Checking: authority by recognition is not in the register of parental authority. So an extract without an entry does not prove that the recognising parent has no authority. Whether the parents declared that the mother keeps sole authority is in the deed of recognition; ask the parents about it.")
	case a["erkenning-datum"] == "voor-2023":
		return lang.T(
			"Controleren: lieten de ouders na een erkenning vóór 2023 gezamenlijk gezag inschrijven, of gaf de rechter het, dan staat dat in het gezagsregister. Twijfel je, vraag dan een uittreksel aan; dat kan bij elke rechtbank.",
			"Checking: if after a recognition before 2023 the parents had joint authority registered, or a court granted it, that is in the register of parental authority. If in doubt, request an extract; any court can provide one.")
	case a["erkenning-datum"] == "weet-niet":
		return lang.T(
			"Vraag wanneer het kind erkend is; de ouders weten dat, en het staat in de akte van erkenning. Gezag door erkenning vanaf 1 januari 2023 staat niet in het gezagsregister.",
			"Ask when the child was recognised; the parents know, and it is in the deed of recognition. Authority by recognition from 1 January 2023 is not in the register of parental authority.")
	}
	return lang.T(
		"Let op: in het gezagsregister staat alleen gezag dat via de rechtbank is ingeschreven of gewijzigd. Gezag dat vanzelf volgt uit huwelijk, geregistreerd partnerschap, de geboorte of een erkenning vanaf 2023 staat er niet in. Vraag daarom ook door bij de ouders.",
		"Note: the register of parental authority lists only authority registered or changed through a court. Authority that follows by law from marriage, registered partnership, birth or a recognition since 2023 is not in it. So ask the parents as well.")
}

var gzGround = lang.T(
	"Gezag is ouderlijk gezag of voogdij; wie het uitoefent, is de wettelijk vertegenwoordiger en geeft toestemming namens het kind (Begrippenlijst 'Gezag', §2.3).",
	"Authority means parental authority or guardianship; whoever holds it is the legal representative and consents on the child's behalf (Begrippenlijst 'Gezag', §2.3).")

var gzUitVoogd = &Outcome{
	ID:    "voogdij",
	Title: lang.T("De voogd heeft het gezag", "The guardian holds authority"),
	Verdict: lang.T(
		"Een voogd heeft het gezag en geeft toestemming namens het kind. Een voogd komt er alleen als de ouders het gezag niet kunnen uitoefenen.",
		"A guardian holds authority and consents on the child's behalf. A guardian is appointed only when the parents cannot exercise authority."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3"},
	Laws:    []string{"BW art. 1:245", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitEenhoofdig = &Outcome{
	ID:    "eenhoofdig",
	Title: lang.T("Eén ouder heeft het gezag", "One parent holds authority"),
	Verdict: lang.T(
		"De rechter gaf één ouder het gezag. Die ouder geeft toestemming; de andere ouder beslist niet mee, maar heeft op verzoek wel recht op globale informatie over belangrijke zaken rond het kind (§4.2).",
		"The court gave one parent authority. That parent consents; the other parent has no say, but on request has a right to general information about important matters concerning the child (§4.2)."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "§4.2"},
	Laws:    []string{"BW art. 1:251a", "BW art. 1:377c", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitGezamenlijkRechter = &Outcome{
	ID:    "gezamenlijk-rechter",
	Title: lang.T("Beide ouders hebben samen het gezag", "Both parents hold joint authority"),
	Verdict: lang.T(
		"De ouders hebben samen gezag laten inschrijven of de rechter gaf het hun. Beide ouders geven samen toestemming.",
		"The parents had joint authority registered or the court granted it. Both parents consent together."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3"},
	Laws:    []string{"BW art. 1:252", "BW art. 1:253c", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitBeideOuders = &Outcome{
	ID:    "beide-ouders",
	Title: lang.T("Beide ouders hebben het gezag, ook na een scheiding", "Both parents hold authority, also after a divorce"),
	Verdict: lang.T(
		"Ouders die bij de geboorte getrouwd of geregistreerd partners waren, hebben samen het gezag. Dat blijft zo na een scheiding, tenzij de rechter anders besliste. Is een ouder overleden, dan heeft de andere ouder alleen het gezag.",
		"Parents who were married or registered partners at the birth hold joint authority. That stays so after a divorce, unless a court decided otherwise. If one parent has died, the other holds authority alone."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "noot 23"},
	Laws:    []string{"BW art. 1:251", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitGetrouwdNaGeboorte = &Outcome{
	ID:    "getrouwd-na-geboorte",
	Title: lang.T("Na de geboorte getrouwd: beide ouders hebben samen het gezag", "Married after the birth: both parents hold joint authority"),
	Verdict: lang.T(
		"De ouders trouwden of werden geregistreerd partner na de geboorte: sindsdien hebben ze samen het gezag, ook na een scheiding. Beide ouders geven samen toestemming.",
		"The parents married or became registered partners after the birth: since then they hold joint authority, also after a divorce. Both parents consent together."),
	Ground: lang.T(
		"Tijdens het huwelijk of geregistreerd partnerschap oefenen de ouders het gezag samen uit, ook over een eerder geboren kind dat de andere ouder erkende; dat blijft na een scheiding (BW art. 1:251). De handreiking (§2.3) noemt alleen ouders die bij de geboorte getrouwd waren.",
		"During the marriage or registered partnership the parents exercise authority jointly, also over a child born earlier whom the other parent recognised; it continues after a divorce (BW art. 1:251). The guideline (§2.3) only names parents married at the birth."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Laws:    []string{"BW art. 1:251", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitErkendGezamenlijk = &Outcome{
	ID:    "erkend-gezamenlijk",
	Title: lang.T("Erkend vanaf 2023: beide ouders hebben samen het gezag", "Recognised from 2023: both parents hold joint authority"),
	Verdict: lang.T(
		"Is het kind op of na 1 januari 2023 erkend, dan hebben de moeder en de ouder die erkende van rechtswege samen het gezag, zonder rechter. Beide ouders geven samen toestemming, tenzij een uitzondering geldt.",
		"If the child was recognised on or after 1 January 2023, the mother and the recognising parent hold joint authority by law, without a court. Both parents consent together, unless an exception applies."),
	Ground: lang.T(
		"Sinds 1 januari 2023 geeft erkenning van rechtswege gezamenlijk gezag (BW art. 1:251b). De handreiking (2018; §2.3, Begrippenlijst 'Gezag') zegt nog dat erkennen geen gezag geeft; voor een erkenning vanaf 2023 klopt dat niet meer.",
		"Since 1 January 2023 recognition gives joint authority by law (BW art. 1:251b). The guideline (2018; §2.3, Begrippenlijst 'Gezag') still says recognition gives no authority; for a recognition from 2023 that is no longer right."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Laws:    []string{"BW art. 1:251b", "BW art. 1:244"},
	Detail: func(a Answers) lang.Text {
		return spJoin(lang.T(
			"Uitzonderingen zijn onder meer: de ouders verklaarden bij de erkenning dat de moeder alleen gezag houdt; de rechtbank gaf toestemming voor de erkenning in plaats van de moeder; of er was toen een voogd, of niemand met gezag.",
			"Exceptions include: the parents declared at the recognition that the mother keeps sole authority; the court consented to the recognition in the mother's place; or there was a guardian at the time, or nobody with authority."),
			gzCheck(a))
	},
}

var gzUitErkend = &Outcome{
	ID:    "erkend-geen-gezag",
	Title: lang.T("Erkend vóór 2023: alleen de moeder heeft het gezag", "Recognised before 2023: only the mother holds authority"),
	Verdict: lang.T(
		"De moeder heeft het gezag. De ouder die het kind vóór 1 januari 2023 erkende en niet met haar trouwde, heeft geen gezag, tenzij de ouders samen gezag lieten inschrijven of de rechter dat besliste.",
		"The mother holds authority. The parent who recognised the child before 1 January 2023 and did not marry her has none, unless the parents had joint authority registered or a court decided so."),
	Ground: lang.T(
		"Een erkenning vóór 2023 maakte iemand juridisch ouder, maar gaf geen gezag; daarvoor was inschrijving in het gezagsregister of een beslissing van de rechter nodig (§2.3, Begrippenlijst 'Gezag'). Dit is de regel van de handreiking; voor een erkenning vanaf 1 januari 2023 geldt BW art. 1:251b.",
		"A recognition before 2023 made someone a legal parent but gave no authority; that took registration in the register of parental authority or a court decision (§2.3, Begrippenlijst 'Gezag'). This is the guideline's rule; for a recognition from 1 January 2023 BW art. 1:251b applies."),
	Sources: []string{"Begrippenlijst", "§2.3", "noot 24"},
	Laws:    []string{"BW art. 1:253b", "BW art. 1:252", "BW art. 1:253c", "BW art. 1:244"},
	Detail: func(a Answers) lang.Text {
		return spJoin(lang.T(
			"Dat geldt ook als het kind pas in 2023 of later is geboren. Vraag door: veel mensen denken dat erkennen altijd gezag geeft.",
			"That also holds if the child was born in 2023 or later. Ask on: many people think recognition always gives authority."),
			gzCheck(a))
	},
}

var gzUitMoederAlleen = &Outcome{
	ID:    "moeder-alleen",
	Title: lang.T("De moeder heeft alleen het gezag", "The mother holds sole authority"),
	Verdict: lang.T(
		"De moeder uit wie het kind is geboren, heeft alleen het gezag, bijvoorbeeld omdat de vader onbekend is of het kind niet erkende.",
		"The mother who gave birth holds sole authority, for example because the father is unknown or did not recognise the child."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "noot 23"},
	Laws:    []string{"BW art. 1:253b", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitUitzoeken = &Outcome{
	ID:    "uitzoeken",
	Title: lang.T("Zoek uit wie het gezag heeft", "Find out who holds authority"),
	Verdict: lang.T(
		"Vraag de ouders naar het gezag en vraag door: veel mensen halen erkenning en gezag door elkaar. Trouwden de ouders na de geboorte, dan hebben ze samen gezag (BW art. 1:251). Bij ouders die niet getrouwd zijn, telt ook de datum van de erkenning: sinds 1 januari 2023 geeft erkenning meestal gezag (BW art. 1:251b). Kom je er niet uit, vraag dan een uittreksel uit het gezagsregister; dat kan bij elke rechtbank, de manier verschilt per rechtbank (rechtspraak.nl).",
		"Ask the parents about authority and ask on: many people confuse recognition with authority. If the parents married after the birth, they hold joint authority (BW art. 1:251). With parents who are not married, the date of the recognition counts too: since 1 January 2023 recognition usually gives authority (BW art. 1:251b). If that does not settle it, request an extract from the register of parental authority; any court can provide one, each in its own way (rechtspraak.nl)."),
	Ground:  gzGround,
	Sources: []string{"§2.3", "noot 24", "noot 25"},
	Laws:    []string{"BW art. 1:244", "BW art. 1:245", "BW art. 1:251", "BW art. 1:251b"},
	Detail:  gzCheck,
	Pending: true,
}
