package search

import (
	"regexp"
	"strconv"
	"strings"

	"privacybot/flows"
)

// Situation holds the facts of a question that the rules turn on. Every
// field is empty when the question does not say.
type Situation struct {
	// Age is the child's age in years; 0 when not given. Adult reports
	// "18+" or "meerderjarig" without an age.
	Age   int
	Adult bool
	// Who is who asks or holds authority: "voogd", "gezinsvoogd",
	// "ouder-zonder-gezag", "leerkracht" or "raad".
	Who string
	// To is the recipient: "school", "huisarts", "veilig-thuis", "raad",
	// "verwijsindex", "politie", "gi" (the family guardian's institution)
	// or "team".
	To string
	// Initiative, when To is "gi", says who starts the sharing: "asked"
	// (the family guardian asks) or "own" (the professional, unasked).
	// The law differs: asked, you must give what is needed; unasked, it
	// is your right to report. When To is "veilig-thuis" it is "asked"
	// when Veilig Thuis asks for information, else empty.
	Initiative string
	// Consent is "refused", "one-parent-objects", "not-asked", "given"
	// or "withdrawn".
	Consent string
	// Urgent reports acute danger.
	Urgent bool
	// Municipality is the municipality the question names.
	Municipality flows.Municipality
}

// Pairs writes the situation as key=value pairs (age, who, to, consent,
// urgency, gemeente, initiative), as the question sets note them.
func (s Situation) Pairs() map[string]string {
	p := map[string]string{}
	switch {
	case s.Age > 0:
		p["age"] = strconv.Itoa(s.Age)
	case s.Adult:
		p["age"] = "18+"
	}
	for k, v := range map[string]string{"who": s.Who, "to": s.To, "consent": s.Consent, "gemeente": string(s.Municipality), "initiative": s.Initiative} {
		if v != "" {
			p[k] = v
		}
	}
	if s.Urgent {
		p["urgency"] = "acute"
	}
	return p
}

// AgeGroup is the age group of the consent rules (§2.2): "onder-12",
// "12-15", "16-17" or "18-plus"; "" when the age is unknown.
func (s Situation) AgeGroup() string {
	switch {
	case s.Adult || s.Age >= 18:
		return "18-plus"
	case s.Age == 0:
		return ""
	case s.Age < 12:
		return "onder-12"
	case s.Age < 16:
		return "12-15"
	}
	return "16-17"
}

// A person word before or after an age: "meisje 13", "kind van 6",
// "client is 19", "child of 7".
const personWords = `jongvolwassene|volwassene|young adult|pleegkind|pleegzoon|pleegdochter|stiefzoon|stiefdochter|minderjarige|kleuter|scholier|kind|kindje|jongen|meisje|jongere|jeugdige|dochter|zoon|client|cliënt|leerling|puber|tiener|baby|peuter|broertje|zusje|child|kid|boy|girl|son|daughter|pupil|teen|teenager|youngster|young person|foster child|stepson|stepdaughter|toddler|minor`

var (
	ageAfter  = regexp.MustCompile(`\b(\d{1,2})\s*(?:-?\s*jarige?|jaar|jr\b|jr\.|j\b|j\.|yrs?\b|yo\b|y/o|y\.o\.|-?\s*years?[ -]old|-?\s*year)`)
	ageBefore = regexp.MustCompile(`\b(?:` + personWords + `)(?:\s*,)?\s+(?:(?:van|v\.?|is|of|aged|age|wordt|werd|net|just|turned|bijna|almost|nearly|die|who|nu|now|inmiddels|al|already|pas|nog|geen|not|yet|ongeveer|about|around|zo'n|volgende|maand|week|next|month|binnenkort|soon|straks|turns)\s+){0,3}\(?(\d{1,2})\b`)
	ageTurned = regexp.MustCompile(`\b(?:net|just|bijna|almost|nearly|pas)\s+(?:\w+\s+)?(\d{1,2})\b`)
)

// vtAsks is Veilig Thuis asking the professional for information.
var vtAsks = regexp.MustCompile(`\b(?:vt|veilig ?thuis)\s+(?:vraagt|vroeg|belt|belde|wil weten|wil info|asks|asked|requests|wants to know|called|calls)\b`)

// cue is a phrase that marks a fact, checked as a substring of the
// lower-cased question with spaces around it.
type cue struct {
	phrases []string
	value   string
}

var whoCues = []cue{
	{[]string{"gezinsvoogd", "jeugdbeschermer", "jeugdzorgwerker", " jzw ", "youth protection worker", "youth protection officer", "child protection worker", " gzv ", "gezinsmanager", "family guardian", "youth protector"}, "gezinsvoogd"},
	{[]string{"zonder gezag", "geen gezag", "zonder ouderlijk gezag", "geen ouderlijk gezag", "without custody", "without parental authority", "no parental authority", "niet met gezag", "no custody", "no authority", "without authority", "non-custodial", "noncustodial", "non custodial"}, "ouder-zonder-gezag"},
	{[]string{" voogd ", " voogd,", " voogd?", " voogd.", " voogdes ", "voogdij", " guardian "}, "voogd"},
	{[]string{"leerkracht", " juf ", " juffrouw ", " meester ", "teacher", " mentor ", "docent", " leraar ", " lerares ", "onderwijzer"}, "leerkracht"},
}

// noAuthority marks a parent without authority in other words than the
// cues: "heeft geen ouderlijk gezag meer", "gezag kwijt", "doesn't have
// custody", "lost custody".
var noAuthority = gated{[]string{"gezag", "custody", "authority", "responsibility", "ouderlijke macht"}, regexp.MustCompile(`\b(?:(?:vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:heeft|has|had)\s+(?:het\s+|de\s+)?(?:\w+\s+)?(?:gezag|custody)\b[^.?!]{0,20}\b(?:vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:niet|not|geen|doesn't|does not)\b)|\b(?:geen|zonder|nooit|never|no|without|lost|loses|kwijt|ontheven|uit)\s+(?:\w+\s+){0,2}(?:gezag|custody|parental (?:authority|responsibility)|ouderlijke macht)\b|\b(?:doesn't|does not|didn't|did not|don't|do not)\s+(?:have|hold)\s+(?:\w+\s+)?(?:custody|parental (?:authority|responsibility))\b|\bgezag\s+(?:\w+\s+)?(?:kwijt|verloren|ontnomen|afgenomen)\b|\b(?:custody|authority)\s+(?:was\s+)?(?:taken away|removed|lost)\b|\bgezagloze?\b|\bniet[- ]gezaghebbende?\b`)}

// soleAuthority is one parent holding authority alone, which with both
// parents named leaves the other without: "mum has sole custody, dad
// wants the report".
var soleAuthority = gated{[]string{"sole", "eenhoofdig", "alleen", "full custody"}, regexp.MustCompile(`\b(?:sole|eenhoofdig|alleen(?:\s+het)?)\s+(?:\w+\s+)?(?:gezag|custody|parental authority)\b|\bfull custody\b`)}

var toCues = []cue{
	{[]string{"veilig thuis", " vt ", "veiligthuis", "amk", "amhk", "steunpunt huiselijk geweld", " shg ", "meldpunt kindermishandeling", "advies- en meldpunt"}, "veilig-thuis"},
	{[]string{"verwijsindex", "multi-signaal", "multisignaal", "reference index", "referral index"}, "verwijsindex"},
	{[]string{"huisarts", " gp ", " gp's ", " gps ", "general practitioner", " dokter ", " ha ", "family doctor", "family physician", "huisdokter", "praktijkondersteuner", " poh "}, "huisarts"},
	{[]string{"politie", "wijkagent", "police", " agent ", "officier van justitie", "openbaar ministerie", "justitie", "prosecutor", "recherche", " cops ", " cop "}, "politie"},
	{[]string{"school", "leerkracht", " juf ", " juffrouw ", " meester ", "teacher", " ib'er", " ib-er", " ib ", "intern begeleider", "zorgcoordinator", "zorgcoördinator", " mentor ", "docent", " leraar ", " lerares ", "onderwijzer", "rector", "zorg- en adviesteam"}, "school"},
	{[]string{"teamleider", "mijn team", "ons team", "teamgenot", "my team", "team colleague", "collega's in het team", "in het team", "in the team", "my colleagues", "mijn collega's", "teamleden"}, "team"},
}

// raadWords name the Child Protection Board; raadTo marks it as the
// recipient rather than the asker.
var (
	raadWords = []string{" raad doet", " raad vraagt", " raad wil", " raad belt", "raad voor de kinderbescherming", "raad vd kinderbescherming", "raad v/d kinderbescherming", "raad van de kinderbescherming", "de raad ", "raadsonderzoek", "raadsmedewerker", "child protection board", " rvdk ", " rvk ", "de kinderbescherming", " the board ", "board investigator"}
	raadTo    = regexp.MustCompile(`(?:inlichten|informeren|melden|melding|doorgeven|delen met|sturen naar|report(?:ing)? to|inform|tell|share with|call|contact)\b[^.?!]*\b(?:raad|rvdk|rvk)\b|\b(?:raad|rvdk|rvk)\b[^.?!]*\b(?:inlichten|informeren|bellen|benaderen|mailen|contacteren|inschakelen|sturen|doorsturen|opsturen|toesturen)|board\b[^.?!]*\ba duty|\bto the child protection board|\b(?:inform|tell|notify|alert|report to)\b[^.?!]*\bboard\b`)
	// raadAsks mark the Board as the one asking, whatever else the
	// question says.
	raadAsks = []string{"raadsonderzoek", "raad vraagt", "raad wil", "board asks", "board wants", "board requests"}
	// raadAsking marks the Board (or the family guardian) asking for
	// information, by which it is also the recipient.
	raadAsking = []string{"asking", "asks", "asked", "vraagt", "vroeg", "vragen over", "met vragen", "questions", "wil weten", "wil spreken", "wil praten", "wants", "requests", "wil info", "wil informatie", "wil gegevens", "wil het dossier", "wil mijn", "wil ons"}
	// raadAsksFor marks the Board or its staff as the subject of asking.
	raadAsksFor = regexp.MustCompile(`\b(?:raad|rvdk|rvk|board|raadsonderzoeker|raadsmedewerker|medewerker|investigator)\b[^.?!]{0,30}\b(?:vraagt|vroeg|vragen|asks|asked|asking|wil weten|wants|requests|belt|belde|called|calls)\b`)
	// raadToOwn marks information going to the Board in so many words
	// ("info geven aan de raad"), even while the Board investigates.
	raadToOwn = regexp.MustCompile(`\b(?:geven|sturen|doorgeven|vertellen|melden|info|informatie|gegevens)\s+(?:\w+\s+)?aan\s+de\s+raad\b|\b(?:give|send|pass|tell)\b[^.?!]*\bto the (?:child protection )?board\b`)
	// giWords name the certified institution (GI) whose family guardian
	// carries out a supervision order.
	giWords = []string{" gi ", "gecertificeerde instelling", "certified institution", "jeugdbescherming regio", "de jeugdbescherming"}
	giOwn   = []string{"uit mezelf", "uit jezelf", "uit eigen beweging", "ongevraagd", "laten weten", "on my own", "unasked", "without being asked", "zonder dat hij erom vraagt", "zonder dat ze erom vraagt"}
)

var (
	withdrawCues = []string{"trekt", "takes back", "take back", "took back", "terugtrekken", "ingetrokken", "intrekken", "withdrew", "withdrawn", "withdraws", "wil niet meer", "wants no more", "no longer wants"}
	// withdrawnCues say by themselves that consent given before no
	// longer holds.
	withdrawnCues = []string{"niet meer wil", "niet meer wilt", "niet meer willen", "niks meer mag", "niets meer mag", "niet meer mag", "niet langer", "niet meer akkoord", "no longer agree", "no longer want", "not anymore", "any more", "anymore", "niet meer met"}
	oneParent     = regexp.MustCompile(`\b(?:ex|ex-partner)\s+(?:van\s+(?:de\s+)?\w+\s+)?(?:weigert|wil|is|refuses|won't|doesn't)\b|\b(?:1|een|één|one)\s+(?:(?:of the|van de|van beide)\s+)?(?:ouders?|parents?)\b|\b(?:vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:is|zijn)\s+(?:er\s+)?tegen\b|\b(?:moeder|vader|mother|father)\s+(?:wil|wants)\s+(?:wel|it)\b`)
	refuseCues    = []string{"weiger", "willen geen hulp", "wil geen hulp", "want no help", "don't want help", "dont want help", "zegt nee", "zeggen nee", "zei nee", "zeiden nee", "wil niet dat", "willen niet dat", "wil niet meewerken", "willen niet meewerken", "niet akkoord", "is tegen", "zijn tegen", "refuse", "dont tell", "don't tell", "not to tell", "not to report", "begs me not", "niet te melden", "smeekt me", "niet te vertellen", "niets te zeggen", "niks te zeggen", "niet door te vertellen", "do not want", "does not want", "doesn't want", "won't agree", "objects", "bezwaar maakt", "wil het niet", "willen het niet", "wil dat niet", "willen dat niet", "wil dit niet", "willen dit niet", "won't sign", "will not sign", "wil niet tekenen", "weigert te tekenen", "can't tell", "cannot tell", "may not tell", "not allowed to tell", "mag het niet vertellen", "geeft geen toestemming", "geven geen toestemming", "gaf geen toestemming", "gives no consent", "won't consent", "doesn't consent", "does not consent"}
	notAskedCues  = []string{"zonder toestemming", "no consent", "not asked", "geen toestemming gevraagd", "nog niet gevraagd", "zonder zijn toestemming", "zonder haar toestemming", "zonder hun toestemming", "zonder dat", "weten van niks", "weet van niks", "weten van niets", "weet van niets", "weten het niet", "without consent", "without their consent", "without his consent", "without her consent", "without asking", "without telling", "zonder het te vragen", "niet gevraagd", "geen tijd om toestemming", "geen tijd voor toestemming", "no time for consent", "no time to ask", "het niet weten", "het niet weet", "er niets van weten", "er niks van weten", "er niets van weet", "er niks van weet"}
	givenCues     = []string{"ja zei", "ja zegt", "zei ja", "zegt ja", "said yes", "says yes", "akkoord gaf", "ouders akkoord", "moeder akkoord", "vader akkoord", "zijn akkoord", "is akkoord", "gaven toestemming", "parents agree", "gaf toestemming", "gaf mondeling", "gaf ok", "gaf akkoord", "heeft toestemming gegeven", "hebben toestemming gegeven", "akkoord gegeven", "gave consent", "agreed", "agrees", "consented", "gave permission"}
	urgentCues    = []string{"acuut", "acute", "spoed", " nood ", "noodsituatie", "noodgeval", "urgent", "emergency", "levensgevaar", "direct gevaar", "onmiddellijk gevaar", "112", "durft niet naar huis", "durft niet meer naar huis", "messteek", "alleen thuis gelaten", "in danger now", "right now in danger", "immediate danger"}
)

// threatCues name a threat or a weapon; with nowCues (it is happening
// now) they mean acute danger.
var (
	threatCues = []string{"in gevaar", "gevaar voor", "danger to", "in danger", "being beaten", "being hit", "wordt geslagen", "bedreig", "dreigt", "threaten", " mes ", "knife", "wapen", "weapon", " gun ", "pistool", "wurg", "strangl", "choking"}
	nowCues    = []string{"right now", " nu ", "op dit moment", "as we speak", "op ditzelfde moment", "at the moment", "at this moment", "currently", "vanavond", "tonight"}
)

// whatNow drops "wat nu" and "en nu" ("what now?"), which ask what to
// do and say nothing of when.
var whatNow = strings.NewReplacer(" wat nu ", " ", " en nu ", " ")

// harmCues name harm to a child; reportCues a report. Together, with no
// recipient named, they mean a report to Veilig Thuis.
var (
	harmCues   = []string{"mishandel", "misbruik", "geweld", "geslagen", "slaat", "sloeg", "brandwond", "gewond", "verwond", "pijn gedaan", "hurt", "injured", "injuries", "hitting", "slapping", "kicking", "schopt", "geschopt", "blauwe plek", "verwaarloos", "abuse", "violence", "beaten", "burns", "bruises", "neglect", "hits him", "hits her", "unsafe at home", "onveilig thuis"}
	reportCues = []string{"melden", "meld ", "melding", "report"}
)

var municipalityCues = []cue{
	{[]string{"diemen"}, string(flows.Diemen)},
	{[]string{"uithoorn", "de kwakel"}, string(flows.Uithoorn)},
	{[]string{"ouder-amstel", "ouder amstel", "ouderamstel", "duivendrecht", "ouderkerk"}, string(flows.OuderAmstel)},
}

// moreHarm names harm to a child beyond harmCues, for reading a report
// as one to Veilig Thuis: injuries, sexual abuse, exploitation.
var moreHarm = []string{"gebroken arm", "gebroken been", "botbreuk", "fractuur", "broken arm", "broken leg", "broken bone", "fracture", "seksueel", "sexual", "ontucht", "incest", "grooming", "loverboy", "uitbuiting", "exploitation", "eergerelateerd", "honour", "meisjesbesnijdenis", "genital mutilation", "vertrouw het niet", "don't trust it", "niet pluis"}

// afraidHome is a child afraid to go home, in any word order: "durft
// niet naar huis", "niet naar huis durft", "scared to go home".
var afraidHome = gated{[]string{"naar huis", "go home"}, regexp.MustCompile(`\bdurf\w*\s+(?:\w+\s+)?niet\s+(?:meer\s+)?naar\s+huis\b|\bniet\s+(?:meer\s+)?naar\s+huis\s+(?:te\s+)?(?:durf\w*)|\bbang\s+(?:\w+\s+)?om\s+naar\s+huis\b|\b(?:afraid|scared|frightened|terrified)\s+to\s+go\s+home\b|\b(?:doesn't|does not|don't|do not)\s+dare\s+(?:to\s+)?go\s+home\b`)}

// harmNow names harm being done, which with nowCues is acute danger:
// "wordt op dit moment mishandeld", "being abused right now".
var harmNow = []string{"mishandeld", "misbruikt", "abused", "being hurt", "aangevallen", "attacked", "wordt gestoken", "stabbed", "opgesloten", "locked up"}

// prosecutor is the public prosecutor by its capital initials, "OM",
// which in lower case is the Dutch word "om".
var prosecutor = gated{[]string{"OM"}, regexp.MustCompile(`(?:^|[^A-Za-z])OM(?:[^A-Za-z]|$)`)}

// otherRaad names a council or board that is not the Child Protection
// Board: a board of directors, a supervisory board, a school board.
var otherRaad = regexp.MustCompile(`\braad van (?:bestuur|toezicht|state|advies)\b|\b(?:school|supervisory|executive)\s+board\b|\bboard of\b`)

// Recognize reads the situation from a question: the child's age, who
// asks or holds authority, the recipient, the state of consent, acute
// danger and the municipality. It reads cues, not meaning: a fact it
// misses stays empty, and the answer then opens with the topic's own
// first line.
func Recognize(question string) Situation {
	q := " " + repairSituationWords(strings.ToLower(truncate(question, maxQueryBytes))) + " "
	q = spaceReplacer.Replace(q)
	if strings.Contains(q, "nt ") {
		q = contraction.ReplaceAllString(q, "${1}n't")
	}
	padded := punctReplacer.Replace(q)
	var s Situation
	s.Age = readAge(q)
	s.Adult = readAdult(q)
	if s.Adult && (s.Age == 18 || plus18.MatchString(q)) {
		s.Age = 0
	}
	s.Adult = s.Adult && s.Age == 0
	// names is where roles and recipients are looked up: the padded
	// question, and again with hyphens and slashes as spaces, so that
	// "RvdK-medewerker" and "VT-melding" name the Board and Veilig Thuis.
	names := politics.Replace(padded + " " + unhyphen.Replace(padded))
	s.Who = first(names, whoCues)
	if s.Who == "" && (noAuthority.MatchString(q) || soleAuthority.MatchString(q) && containsAny(q, fatherWords) && containsAny(q, motherWords)) {
		s.Who = "ouder-zonder-gezag"
	}
	s.To = first(names, toCues)
	if containsAny(names, raadWords) && !otherRaad.MatchString(q) {
		if raadToOwn.MatchString(q) || raadTo.MatchString(q) && !containsAny(q, raadAsks) {
			s.To = "raad"
		} else if s.Who == "" {
			s.Who = "raad"
		}
	}
	if s.Who == "gezinsvoogd" && (containsAny(q, giOwn) || (s.To == "" && containsAny(q, toGuardian) && !containsAny(q, guardianAsks))) {
		s.To = "gi"
	}
	if s.To == "" && containsAny(names, giWords) && (containsAny(q, giOwn) || containsAny(q, toGuardian)) && !containsAny(q, guardianAsks) {
		s.To = "gi"
	}
	if s.To == "" && containsAny(names, giWords) && containsAny(q, guardianAsks) {
		// The institution asking is where the information would go.
		s.To = "gi"
	}
	if s.To == "" && containsAny(q, dataWords) {
		// The guardian or the Board asking for a report is also where it
		// would go.
		switch {
		case s.Who == "gezinsvoogd" && containsAny(q, guardianAsks):
			s.To = "gi"
		case s.Who == "raad" && (containsAny(q, raadAsks) || containsAny(q, guardianAsks) || containsAny(padded, []string{" wil ", " wilt "})):
			s.To = "raad"
		}
	}
	if s.To == "raad" && s.Who == "" && raadAsksFor.MatchString(q) {
		// The Board asks for what would go to it: asker and recipient.
		s.Who = "raad"
	}
	if s.To == "" && s.Who == "gezinsvoogd" && containsAny(q, raadAsking) && containsAny(q, guardianAsks) && !containsAny(q, giOwn) {
		// The family guardian asking, also without naming a report
		// ("wil weten hoe het gaat"): the information goes to the GI.
		s.To = "gi"
		s.Initiative = "asked"
	}
	if s.To == "" && s.Who == "raad" && containsAny(q, raadAsking) {
		// The Board asking is where the information would go.
		s.To = "raad"
	}
	if s.To == "veilig-thuis" && vtAsks.MatchString(q) {
		s.Initiative = "asked"
	}
	if s.To == "gi" {
		s.Initiative = "own"
		if containsAny(q, guardianAsks) && !containsAny(q, giOwn) {
			s.Initiative = "asked"
			if s.Who == "" {
				// The institution asks through its family guardian.
				s.Who = "gezinsvoogd"
			}
		}
	}
	s.Consent = readConsent(q, padded)
	if s.To == "" && prosecutor.MatchString(question) {
		s.To = "politie"
	}
	if s.To == "" && (containsAny(q, harmCues) || containsAny(q, moreHarm)) && containsAny(q, reportCues) {
		s.To = "veilig-thuis"
	}
	s.Urgent = containsAny(padded, urgentCues) || afraidHome.MatchString(q) || (containsAny(q, threatCues) || containsAny(q, harmNow)) && containsAny(whatNow.Replace(padded), nowCues)
	s.Municipality = flows.Municipality(first(padded, municipalityCues))
	return s
}

// contraction restores the apostrophe of an English negation typed
// without it: "doesnt", "dont", "wont" read as "doesn't", "don't",
// "won't".
var contraction = regexp.MustCompile(`\b(does|do|did|wo|ca|is|are|was|were|has|have|had|should|would|could)nt\b`)

// spaceReplacer evens out quotes and white space; punctReplacer pads
// punctuation so that cues with spaces match at a comma or a question
// mark.
var (
	spaceReplacer = strings.NewReplacer("’", "'", "\t", " ", "\n", " ")
	unhyphen      = strings.NewReplacer("-", " ", "/", " ")
	// politics keeps "politiek" (politics), which holds "politie", from
	// naming the police.
	politics      = strings.NewReplacer("politiek", "politics")
	punctReplacer = strings.NewReplacer(",", " , ", "?", " ? ", "!", " ! ", ":", " : ", ";", " ; ", ".", " . ", "(", " ( ", ")", " ) ")
)

// readConsent reads the state of consent from the lower-cased question
// q and its padded form: a withdrawal wins over one parent objecting,
// that over a refusal, a refusal over "not asked", and that over
// consent given.
func readConsent(q, padded string) string {
	refused := refusal(q)
	switch {
	case withdrawn(q, padded, refused):
		return "withdrawn"
	case oneParent.MatchString(q) && (refused || strings.Contains(q, "tegen") || strings.Contains(q, "niet meewerken")),
		oneOfThem.MatchString(q), splitParents(q, refused), containsAny(q, splitCues),
		refused && theOther.MatchString(q), oneAndOther(q), parentsDisagree(q):
		return "one-parent-objects"
	case refused:
		if separated.MatchString(q) && (containsAny(q, fatherWords) != containsAny(q, motherWords)) {
			// Separated parents, one of whom refuses: the other may not.
			return "one-parent-objects"
		}
		return "refused"
	case notAsked(q):
		return "not-asked"
	case given(q):
		return "given"
	}
	return ""
}

// refuseForms read a refusal in its inflected and reordered forms: "de
// ouders willen niet", "moeder wil het niet", "ze hebben nee gezegd".
var refuseForms = regexp.MustCompile(`\b(?:ouders?|vader|moeder|papa|mama|jongere|jongen|meisje|kind|client|cliënt|ze|hij|zij)\s+(?:\w+\s+){0,2}(?:wil|wilt|willen)\s+(?:dat\s+|het\s+|dit\s+)?(?:niet|geen|niks|niets)\b|\b(?:parents?|mother|father|mum|mom|dad|they)\s+(?:\w+\s+)?(?:object|objected|disagree|disagreed)\b|\bnee\s+(?:\w+\s+)?gezegd\b|\bvind\w*\s+(?:het|dat|dit)\s+niet\s+(?:goed|oké|oke|ok|prima)\b|\b(?:won't|will not|doesn't|does not|don't)\s+let\b|\blaten?\s+(?:het|dat)\s+niet\s+toe\b|\b(?:heeft|hebben|had)\s+bezwaar\b|\b(?:heeft|hebben|had)\s+nee\b|\bweigerd\w*|\bweigert\b`)

// notAskedForms read consent not (yet) asked in inflected and reordered
// forms: "nog niet om toestemming gevraagd", "niks gevraagd aan
// niemand", "haven't asked consent yet".
var notAskedForms = regexp.MustCompile(`\bniet\s+op\s+de\s+hoogte\b|\b(?:aren't|are not|isn't|is not|not)\s+(?:yet\s+)?aware\b|\b(?:weet|weten)\s+(?:er\s+)?(?:van\s+)?(?:niks|niets)\b|\b(?:niet|niks|niets|nooit)\s+(?:\w+\s+){0,3}gevraagd\b|\b(?:haven't|have not|hasn't|has not|didn't|did not|not yet|never)\s+(?:yet\s+)?(?:been\s+)?(?:asked|requested)\b`)

// refuseFormHints, notAskedHints and askerRefuseHints are words each
// match of refuseForms, notAskedForms and askerRefusesForm holds: without
// one, the expression is not run.
var (
	refuseFormHints  = []string{"wil", "nee", "weiger", "vind", "let", "laat", "laten", "bezwaar", "object", "disagree"}
	notAskedHints    = []string{"weet", "weten", "gevraagd", "hoogte", "aware", "asked", "requested"}
	askerRefuseHints = []string{"weiger", "refuse", "decline", "afwijzen"}
)

// separated marks parents who live apart.
var separated = regexp.MustCompile(`\b(?:gescheiden|uit elkaar|divorced|separated)\b`)

// notAskedWithout marks acting without telling or asking the people
// concerned: "zonder ouders in te lichten", "without informing the
// mother".
var notAskedWithout = regexp.MustCompile(`\bzonder\s+(?:\w+\s+){0,3}(?:in\s+te\s+lichten|te\s+informeren|te\s+vragen|te\s+vertellen|op\s+de\s+hoogte\s+te\s+(?:stellen|brengen))\b|\bwithout\s+(?:informing|asking|notifying|letting)\b`)

// first returns the value of the first cue with a phrase in q.
func first(q string, cues []cue) string {
	for _, c := range cues {
		if containsAny(q, c.phrases) {
			return c.value
		}
	}
	return ""
}

// containsAny reports whether q holds any of phrases as a substring.
func containsAny(q string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(q, p) {
			return true
		}
	}
	return false
}

// askerRefuses mark the professional asking whether to refuse a request,
// which is no refusal of consent.
var askerRefuses = []string{"mag ik weigeren", "kan ik weigeren", "moet ik weigeren", "mag ik dat weigeren", "mag ik het weigeren", "mag ik dit weigeren", "kan ik dat weigeren", "mag ik nee zeggen", "can i refuse", "may i refuse", "should i refuse", "can i say no", "can i decline"}

// askerRefusesForm reads the professional asking whether to refuse, with
// the thing refused in between: "mag ik een vernietigingsverzoek
// weigeren", "can I refuse the request".
var askerRefusesForm = regexp.MustCompile(`\b(?:mag|kan|moet|kun|mogen|can|may|should|must)\s+(?:ik|we|jij|je|i)\s+(?:\w+\s+){0,3}(?:weigeren|refuse|decline|afwijzen)\b|\b(?:mag|kan|moet|kun|mogen|can|may|should|must)\s+(?:ik|we|jij|je|i)\s+(?:een|het|dit|dat|zo'n|the|a|this|that)\s+(?:verzoek|request|vraag)\s+(?:\w+\s+){0,3}(?:weigeren|refuse|decline|afwijzen)\b`)

// splitParents reports whether the question names both parents, one
// refusing (refused, or a parent against) and the other agreeing: "dad
// refuses, mum agrees", "moeder wil geen toestemming geven, vader wel".
func splitParents(q string, refused bool) bool {
	return containsAny(q, fatherWords) && containsAny(q, motherWords) &&
		(refused || parentAgainst.MatchString(q)) && (containsAny(q, agreeCues) || containsAny(q, givenCues) || parentAgrees.MatchString(q))
}

// parentAgrees marks one parent agreeing in chat words: "moeder wel",
// "dad will", "moeder tekent wel", "moeder ja".
var parentAgrees = regexp.MustCompile(`\b(?:vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:\w+\s+){0,3}(?:wel|ja|will|does|did|yes|wants|signed|getekend|tekende|akkoord)\b`)

// parentAgainst marks a parent being against something, with words in
// between: "vader (ook gezag) tegen de hulp is", "vader wil niet",
// "father doesn't".
var parentAgainst = regexp.MustCompile(`\b(?:vader|moeder|father|mother|papa|mama|dad|mum|mom)\b[^.?!,]{0,30}\b(?:tegen|against|opposed)\b|\b(?:vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:(?:wil|wilt|tekent)\s+)?(?:niet|nee|no|doesn't|does not|won't|will not)\b`)

var (
	fatherWords = []string{"vader", "papa", "father", "dad"}
	motherWords = []string{"moeder", "mama", "mother", "mum", "mom"}
	splitCues   = []string{"1 wil wel", "een wil wel", "één wil wel", "de een wel", "de ander niet", "de een wil", "one wants it", "one agrees", "the other doesn't", "the other does not", "the other refuses"}
	agreeCues   = []string{"wil wel", "wel akkoord", "is akkoord", "zegt ja", "geeft toestemming", "stemt in", "gaat akkoord", "ging akkoord", "agrees", "says yes", "is fine with", "consents", "gives consent"}
)

// dataWords name information asked for.
var dataWords = []string{"notes", "aantekeningen", "verslag", "dossier", "rapport", "rapportage", "gegevens", "informatie", " info", "report", "file", "records", "data"}

// toGuardian mark telling the family guardian something; guardianAsks
// the guardian asking, which makes the guardian the one who asks.
var (
	toGuardian   = []string{"naar de gi", "to the gi", "stuur", "send", "bellen", "inlichten", "informeren", "laten weten", "mailen", "vertellen", "melden", "doorgeven", "call the", "tell the", "inform the", "let the", "pass ", "report to"}
	guardianAsks = []string{"nodig", "need", "asking", "vraagt", "vroeg", "wil weten", "wil info", "wil het", "wil de", "wil ons", "wil mijn", "wil dat ik", "wants me to", "asks me to", "belt", "asks", "asked", "wants", "requests", "calls me"}
)
