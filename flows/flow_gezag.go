package flows

// gezagFlow works out who holds parental authority over a minor, and how to
// check it (Begrippenlijst 'Gezag', §2.3, notes 23 to 25).
var gezagFlow = register(&Flow{
	ID:      "gezag",
	Aliases: []string{"ouderlijk gezag", "wie heeft het gezag", "gezagsregister", "parental authority", "custody", "authority"},
	Title:   T("Wie heeft het gezag?", "Who holds parental authority?"),
	Intro: T(
		"Gezag is iets anders dan ouderschap of erkenning. Met twee of drie vragen zoeken we uit wie het gezag heeft en hoe je dat controleert (Begrippenlijst 'Gezag', §2.3).",
		"Parental authority is not the same as parenthood or recognition. Two or three questions find out who holds authority and how to check it (Begrippenlijst 'Gezag', §2.3)."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Start:   "rechter",
	Note:    true,
	Steps:   []*Step{gzRechter, gzGeboorte, gzErkenning},
	Outcomes: []*Outcome{
		gzUitVoogd,
		gzUitEenhoofdig,
		gzUitGezamenlijkRechter,
		gzUitBeideOuders,
		gzUitErkend,
		gzUitMoederAlleen,
		gzUitUitzoeken,
	},
})

var gzRechter = &Step{
	ID:    "rechter",
	Label: T("Beslissing van de rechter over het gezag", "Court decision on authority"),
	Ask: T(
		"Heeft de rechter over het gezag beslist? Bijvoorbeeld: één ouder alleen het gezag gegeven, de ouders samen gezag gegeven, of een voogd benoemd.",
		"Has a court decided on parental authority? For example: given one parent sole authority, given the parents joint authority, or appointed a guardian."),
	Why: T(
		"Wat de rechter besliste, gaat voor wat vanzelf uit huwelijk of geboorte volgt (Begrippenlijst 'Gezag', §2.3, noot 23).",
		"What a court decided comes before what follows by itself from marriage or birth (Begrippenlijst 'Gezag', §2.3, note 23)."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Options: []Option{
		{Value: "voogd", Label: T("Ja, er is een voogd", "Yes, there is a guardian"), Words: []string{"voogdij", "guardian"}, Next: "voogdij"},
		{Value: "eenhoofdig", Label: T("Ja, één ouder heeft alleen het gezag", "Yes, one parent has sole authority"), Words: []string{"een ouder", "1 ouder", "eenhoofdig gezag", "sole", "sole authority"}, Next: "eenhoofdig"},
		{Value: "gezamenlijk", Label: T("Ja, de ouders kregen samen het gezag", "Yes, the parents were given joint authority"), Words: []string{"samen", "gezamenlijk gezag", "joint", "joint authority"}, Next: "gezamenlijk-rechter"},
		{Value: "nee", Label: T("Nee, of dat weet ik niet", "No, or I don't know"), Words: []string{"n", "no", "weet niet", "niet", "don't know", "dont know"}, Next: "geboorte"},
	},
}

var gzGeboorte = &Step{
	ID:    "geboorte",
	Label: T("Ouders getrouwd bij de geboorte", "Parents married at the birth"),
	Ask: T(
		"Waren de ouders met elkaar getrouwd of geregistreerd partners toen het kind werd geboren?",
		"Were the parents married to each other or registered partners when the child was born?"),
	Why: T(
		"Ouders die bij de geboorte getrouwd of geregistreerd partners waren, hebben vanzelf samen het gezag, ook na een scheiding (Begrippenlijst 'Gezag', §2.3).",
		"Parents who were married or registered partners at the birth hold joint authority by law, also after a divorce (Begrippenlijst 'Gezag', §2.3)."),
	Sources: []string{"Begrippenlijst", "§2.3"},
	Options: []Option{
		{Value: "ja", Label: T("Ja", "Yes"), Words: []string{"j", "yes", "y", "getrouwd", "geregistreerd", "married"}, Next: "beide-ouders"},
		{Value: "nee", Label: T("Nee", "No"), Words: []string{"n", "no", "samenwonend", "samenlevingscontract", "cohabiting"}, Next: "erkenning"},
		{Value: "weet-niet", Label: T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "uitzoeken"},
	},
}

var gzErkenning = &Step{
	ID:    "erkenning",
	Label: T("Kind erkend door de andere ouder", "Child recognised by the other parent"),
	Ask: T(
		"Heeft de andere ouder (meestal de vader) het kind erkend?",
		"Has the other parent (usually the father) recognised the child?"),
	Why: T(
		"Erkennen is niet hetzelfde als gezag hebben: wie het kind alleen erkende, heeft geen gezag tot het gezag bij de rechtbank is ingeschreven (§2.3, Begrippenlijst 'Gezag').",
		"Recognising a child is not the same as holding authority: a parent who only recognised the child has none until authority is registered at the court (§2.3, Begrippenlijst 'Gezag')."),
	Sources: []string{"§2.3", "Begrippenlijst"},
	Options: []Option{
		{Value: "ja", Label: T("Ja, erkend", "Yes, recognised"), Words: []string{"j", "yes", "y", "erkend", "recognised", "recognized"}, Next: "erkend-geen-gezag"},
		{Value: "nee", Label: T("Nee, niet erkend", "No, not recognised"), Words: []string{"n", "no", "niet erkend", "onbekend", "unknown"}, Next: "moeder-alleen"},
		{Value: "weet-niet", Label: T("Weet ik niet", "I don't know"), Words: []string{"weet niet", "geen idee", "don't know", "dont know"}, Next: "uitzoeken"},
	},
}

// gzCheck says how to check the answer in the authority register: authority
// set by a court is in it, authority that follows by law is not.
func gzCheck(a Answers) Text {
	if a["rechter"] != "nee" {
		return T(
			"Wat de rechter besliste, staat in het gezagsregister. Twijfel je, vraag dan een uittreksel aan; dat kan bij elke rechtbank.",
			"What the court decided is in the authority register. If in doubt, request an extract; any court can provide one.")
	}
	return T(
		"Let op: in het gezagsregister staat alleen gezag dat de rechter inschreef of wijzigde. Gezag dat vanzelf volgt uit huwelijk, geregistreerd partnerschap of de geboorte staat er niet in. Vraag daarom ook door bij de ouders.",
		"Note: the authority register lists only authority a court registered or changed. Authority that follows by law from marriage, registered partnership or birth is not in it. So ask the parents as well.")
}

var gzGround = T(
	"Gezag is ouderlijk gezag of voogdij; wie het uitoefent, is de wettelijk vertegenwoordiger en geeft toestemming namens het kind (Begrippenlijst 'Gezag', §2.3).",
	"Authority means parental authority or guardianship; whoever holds it is the legal representative and consents on the child's behalf (Begrippenlijst 'Gezag', §2.3).")

var gzUitVoogd = &Outcome{
	ID:    "voogdij",
	Title: T("De voogd heeft het gezag", "The guardian holds authority"),
	Verdict: T(
		"Een voogd heeft het gezag en geeft toestemming namens het kind. Een voogd komt er alleen als de ouders het gezag niet kunnen uitoefenen.",
		"A guardian holds authority and consents on the child's behalf. A guardian is appointed only when the parents cannot exercise authority."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3"},
	Laws:    []string{"BW art. 1:245", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitEenhoofdig = &Outcome{
	ID:    "eenhoofdig",
	Title: T("Eén ouder heeft het gezag", "One parent holds authority"),
	Verdict: T(
		"De rechter gaf één ouder het gezag. Die ouder geeft toestemming; de andere ouder beslist niet mee, maar heeft op verzoek wel recht op globale informatie over belangrijke zaken rond het kind (§4.2).",
		"The court gave one parent authority. That parent consents; the other parent has no say, but on request has a right to general information about important matters concerning the child (§4.2)."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "§4.2"},
	Laws:    []string{"BW art. 1:251a", "BW art. 1:377c", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitGezamenlijkRechter = &Outcome{
	ID:    "gezamenlijk-rechter",
	Title: T("Beide ouders hebben samen het gezag", "Both parents hold joint authority"),
	Verdict: T(
		"De ouders hebben samen gezag laten inschrijven of de rechter gaf het hun. Beide ouders geven samen toestemming.",
		"The parents had joint authority registered or the court granted it. Both parents consent together."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3"},
	Laws:    []string{"BW art. 1:252", "BW art. 1:253c", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitBeideOuders = &Outcome{
	ID:    "beide-ouders",
	Title: T("Beide ouders hebben het gezag, ook na een scheiding", "Both parents hold authority, also after a divorce"),
	Verdict: T(
		"Ouders die bij de geboorte getrouwd of geregistreerd partners waren, hebben samen het gezag. Dat blijft zo na een scheiding, tenzij de rechter anders besliste. Is een ouder overleden, dan heeft de andere ouder alleen het gezag.",
		"Parents who were married or registered partners at the birth hold joint authority. That stays so after a divorce, unless a court decided otherwise. If one parent has died, the other holds authority alone."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "noot 23"},
	Laws:    []string{"BW art. 1:251", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitErkend = &Outcome{
	ID:    "erkend-geen-gezag",
	Title: T("Alleen de moeder heeft het gezag: erkennen is geen gezag", "Only the mother holds authority: recognition is not authority"),
	Verdict: T(
		"De moeder uit wie het kind is geboren, heeft het gezag. De ouder die het kind alleen erkende, heeft geen gezag, tenzij de ouders samen gezag lieten inschrijven of de rechter dat besliste. Vraag door: veel mensen denken dat erkennen ook gezag geeft.",
		"The mother who gave birth holds authority. The parent who only recognised the child has none, unless the parents had joint authority registered or a court decided so. Ask on: many people think recognition gives authority."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "noot 24"},
	Laws:    []string{"BW art. 1:253b", "BW art. 1:252", "BW art. 1:253c", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitMoederAlleen = &Outcome{
	ID:    "moeder-alleen",
	Title: T("De moeder heeft alleen het gezag", "The mother holds sole authority"),
	Verdict: T(
		"De moeder uit wie het kind is geboren, heeft alleen het gezag, bijvoorbeeld omdat de vader onbekend is of het kind niet erkende.",
		"The mother who gave birth holds sole authority, for example because the father is unknown or did not recognise the child."),
	Ground:  gzGround,
	Sources: []string{"Begrippenlijst", "§2.3", "noot 23"},
	Laws:    []string{"BW art. 1:253b", "BW art. 1:244"},
	Detail:  gzCheck,
}

var gzUitUitzoeken = &Outcome{
	ID:    "uitzoeken",
	Title: T("Zoek uit wie het gezag heeft", "Find out who holds authority"),
	Verdict: T(
		"Vraag de ouders naar het gezag en vraag door: veel mensen halen erkenning en gezag door elkaar. Kom je er niet uit, vraag dan een uittreksel uit het gezagsregister; dat kan bij elke rechtbank, de manier verschilt per rechtbank (rechtspraak.nl).",
		"Ask the parents about authority and ask on: many people confuse recognition with authority. If that does not settle it, request an extract from the authority register; any court can provide one, each in its own way (rechtspraak.nl)."),
	Ground:  gzGround,
	Sources: []string{"§2.3", "noot 24", "noot 25"},
	Laws:    []string{"BW art. 1:244", "BW art. 1:245"},
	Detail:  gzCheck,
}
