package search

import "strings"

// The guideline is about one thing: a client's personal data being
// shared, kept, looked into or leaked by the professionals who help them.
// A question about something else may still share a word with a topic
// ("bewaren", "kind van 10", "toestemming") and score. offTopic
// recognises such questions by what they are about: a word of a subject
// the guideline does not treat (the professional's own job or own
// records, a medicine's dose, money and allowances, an administrative
// decision or the supply of care, another field of law, IT help, the
// office itself, safety at work, upbringing, how long a measure lasts, a
// course to follow), with nothing in the question that ties it to a
// client's data or to privacy law.

// offSubject is a subject outside the guideline: the words that mark it,
// and the words that, next to one of them, still make the question one
// about a client's data.
type offSubject struct {
	name    string
	markers wordMatcher
	anchors wordMatcher
}

// aboutClientWords name the client, their family, the case or the records of
// it. A question about the professional's own job or tools that names
// one of them is about the client ("mijn leidinggevende wil het dossier
// lezen").
const aboutClientWords = `
client clienten clients klant kind kinderen kindje kids kid jongere jongeren
jeugdige jeugdigen jongen meisje zoon dochter baby peuter puber tiener
ouder ouders moeder vader pleegouder pleegouders pleegkind stiefvader
stiefmoeder gezin gezinnen familie leerling leerlingen voogd gezinsvoogd
child children youth minor parent parents mother father mum mom dad family
families boy girl son daughter teenager pupil student guardian
dossier dossiers verslag verslagen rapportage casus casussen zaak
werkaantekeningen aantekeningen notities file files record records
notes beroepsgeheim geheimhouding secrecy confidentiality datalek
datalekken breach leak meldcode veilig vt verwijsindex multisignaal signaal
`

// aboutShareWords are what the guideline's questions turn on: sharing,
// passing on, consent, access, secrecy, a client's data. Next to a
// medicine, an allowance or a decision they make the question one about
// that information ("mag ik de beschikking naar school sturen").
const aboutShareWords = `
delen deel deelt gedeeld doorgeven doorgegeven doorsturen sturen
stuur verstuurd verstuur gestuurd mailen mail gemaild vertellen vertel
verteld informeren inlichten melden meld melding gegevens informatie info
privacy avg gdpr toestemming inzage inzien inkijken geheim beroepsgeheim
dossier dossiers opvragen persoonsgegeven personal_data gevoelig sensitive
diagnose diagnosis
share shares shared sharing send sent forward tell told inform disclose
report data information consent access secrecy confidential file record
records privacy wil_weten willen_weten to_know asks_about vraagt_naar vraagt_of
asks_whether asks_if antwoorden answer betrekken involve inschakelen
`

// privacyCore are the words of the guideline's own subject: privacy law,
// its officers and registers, the reporting channels and a breach. Next
// to any other subject they make the question one for the guideline
// ("moet een zorgaanbieder een FG hebben", "laptop gestolen uit de
// auto").
const privacyCore = `
privacy avg gdpr fg functionaris dpo dpia verwerking verwerken verwerkt
processing verwerkingsregister autoriteit persoonsgegevens beroepsgeheim
datalek breach lek leak gestolen stolen kwijt lost verloren gehackt hacked
inbraak toestemming consent inzage dossier verwijsindex meldcode veilig_thuis
kopie copy afschrift opname opnames opnemen recording filmen
cc bcc
`

// contactWords are the people a professional may contact about a client
// and the verbs of doing so. Next to a medicine they make the question
// one about telling or asking ("mag ik de huisarts bellen over de
// medicatie").
const contactWords = `
huisarts huisartsen arts artsen dokter gp doctor school leerkracht mentor
apotheek pharmacy psychiater bellen gebeld checken navragen overleggen
overleg call called phone check consult
`

// contactVerbs are contactWords' verbs alone: calling someone about a
// client ties a question to sharing, where naming a school does not.
const contactVerbs = ` bellen gebeld call called phone overleggen overleg consult `

// harmWords name harm or danger to a child: next to a question on
// upbringing they make it one about reporting.
const harmWords = `
mishandeling mishandeld geweld misbruik verwaarlozing verwaarloosd zorgen
onveilig gevaar spoed acuut slaat geslagen abuse abused neglect violence
danger unsafe worried hits
`

// employmentShare are the sharing words that, next to a word of the
// professional's own job, make it a question about client data even
// without naming the client ("wie beslist over delen, ik of mijn
// leidinggevende"). Not "melden": "ziek melden" is the job's own.
const employmentShare = `delen deel gedeeld doorgeven share shared sharing disclose`

// offSubjects are the subjects outside the guideline. Marker words of
// five letters or more also match as the start or end of a compound
// ("verzuimgegevens", "kinderopvangtoeslag"); two-word markers match
// as written.
var offSubjects = []offSubject{
	{
		name: "own job",
		markers: newWordMatcher(`
hr personeelszaken werkgever werkgevers employer employers leidinggevende
teamleider baas boss ziekmelden ziekmelding ziek verzuim salaris loon
loonstrook salary payslip pay verlof vakantiedagen vakantiegeld thuiswerken
cao pensioen reiskosten declareren declaratie declaraties urenregistratie
uren rooster sollicitatie solliciteren sollicitant vog arbeidscontract
functioneringsgesprek beoordelingsgesprek kerstborrel teamuitje overuren
overtime sick holidays vacation vakantie performance_review appraisal leave_days annual_leave mijn_prive
arbodienst bedrijfsarts ontslag dismissal job jobs bijbaan baantje parttime part_time personnel
personeelsdossier zorgverlof contract contracten vast_contract nevenfunctie
team_leader teamlead head_of manager_of directeur director
p_o
`),
		anchors: newWordMatcher(aboutClientWords + employmentShare + privacyCore),
	},
	{
		name: "IT help",
		markers: newWordMatcher(`
reset resetten installeren installeer geinstalleerd install inloggen login
inlogcode updaten printer printen kapot broken crasht crashed vastgelopen
opstarten werkt_niet doet_het start_niet not_working stopped_working wifi
roosterapp badge pasje signature backup sharepoint onedrive my_screen
`),
		anchors: newWordMatcher(aboutClientWords + aboutShareWords + privacyCore),
	},
	{
		name: "medicine",
		markers: newWordMatcher(`
mg milligram dosis doses dose dosage doseren paracetamol ibuprofen
melatonine melatonin medicijn medicijnen medicine medication medicatie
slaapmiddel bijwerking bijwerkingen side_effects vaccin vaccinatie koorts
fever pillen pil pills autisme autism adhd dieet diet voeding nutrition
normaal_dat is_it_normal ziekenhuis hospital ml antibiotica antibiotics kg
kilo
`),
		anchors: newWordMatcher(aboutShareWords + contactWords + " weten know knowing ouders parents" + privacyCore),
	},
	{
		name: "money",
		markers: newWordMatcher(`
toeslag toeslagen kinderbijslag uitkering bijstand allowance allowances
benefits pgb vergoeding subsidie per_maand per_month belastingaangifte
tax_return kosten costs child_benefit eigen_bijdrage bijdrage betalen betaalt
betaald pay paid voedselbank food_bank schuldhulp kost cost benefit
housing_benefit rent_allowance huurtoeslag zorgtoeslag schulden debt debts
loan hypotheek mortgage inkomen income
`),
		anchors: newWordMatcher(aboutShareWords + contactWords + privacyCore),
	},
	{
		name: "decision or provision",
		markers: newWordMatcher(`
beschikking beschikkingen indicatie indicatiebesluit wachtlijst wachtlijsten
wachttijd waiting_list aanbieder aanbieders zorgaanbieder provider providers
per_week hours_of taxi vervoer leerlingenvervoer transport
`),
		anchors: newWordMatcher(aboutShareWords + contactVerbs + privacyCore),
	},
	{
		name: "workplace",
		markers: newWordMatcher(`
kantoor office kantine canteen lunch parkeren parkeerplaats parking
vergaderruimte meeting_room koffie coffee koffieautomaat borrel dresscode
dress_code bioscoop cinema weather weerbericht openingstijden opening_hours
taart teamdag auto car dienstauto vergadering teamvergadering team_meeting
icebreaker
`),
		anchors: newWordMatcher(aboutClientWords + aboutShareWords + privacyCore),
	},
	{
		name: "safety at work",
		markers: newWordMatcher(`
agressie agressief aggression aggressive burnout burn_out werkdruk stress
overspannen
`),
		anchors: newWordMatcher(aboutShareWords + contactWords + " politie police aangifte" + privacyCore),
	},
	{
		name: "learning",
		markers: newWordMatcher(`
cursus cursussen course courses opleiding opleidingen studie learn leren
training trainingen workshop boek boeken book books
`),
		anchors: newWordMatcher(aboutClientWords + aboutShareWords + privacyCore),
	},
	{
		name: "parenting",
		markers: newWordMatcher(`
opvoeding opvoeden opvoedvraag parenting puberteit puberty schermtijd
screen_time scherm straffen bestraffen punishment zindelijk bedplassen
slapen slaapt doorslapen sleep sleeping driftbui driftbuien tantrum tantrums
`),
		anchors: newWordMatcher(aboutShareWords + harmWords + contactWords + privacyCore),
	},
	{
		name: "politics",
		markers: newWordMatcher(`
wethouder wethouders burgemeester gemeenteraad raadslid raadsleden politiek
politicus verkiezing verkiezingen alderman aldermen mayor councillor
council_member politics politician politicians election elections minister
staatssecretaris kamerlid
`),
		anchors: newWordMatcher(aboutShareWords + privacyCore),
	},
	{
		name:    "duration",
		markers: newWordMatcher(`duurt duren`),
		anchors: newWordMatcher(aboutClientWords + aboutShareWords + privacyCore),
	},
	{
		name: "other law",
		markers: newWordMatcher(`
huur huurder huurders verhuurder landlord tenant rent huurcontract
parkeerboete verkeersboete bekeuring speeding parking_fine erfenis
testament inheritance verblijfsvergunning alimentatie alimony child_support
omgangsregeling visitation advocaat lawyer aansprakelijk liable liability
schadevergoeding compensation rijbewijs drinking_age
`),
		anchors: newWordMatcher(aboutShareWords + contactWords + privacyCore),
	},
}

// offTopic reports whether the question, as tokenized words, is about a
// subject outside the guideline, and names the subject; "" when it is
// not. A word that marks the subject does not also tie it to a client
// ("verzuimgegevens" is the professional's own data), nor does a relative
// or a record of the professional's own ("mijn moeder", "my personnel
// file").
func offTopic(words []string) string {
	masks := wordMasks(words)
	if ownData(words) && !ownAnchors.any(words, masks) {
		return "own data"
	}
	for _, s := range offSubjects {
		marked, anchored := false, false
		for i := range words {
			switch {
			case s.markers.at(masks[i]):
				marked = true
			case s.anchors.at(masks[i]) && !(ownable[words[i]] && ownedAt(words, i)):
				anchored = true
			}
		}
		if marked && !anchored {
			return s.name
		}
	}
	return ""
}

// ownable are the words for family and a record that, after "mijn" or
// "my", are the professional's own ("mijn moeder", "my personnel
// file"), not a client's. Only as written: "mijn dossiers" are the
// files of the professional's clients.
var ownable = wordSet(`
moeder vader kind kinderen kindje zoon dochter ouders baby mother father
child children kids son daughter parents mum mom dad dossier file
gegevens data record notes personeelsdossier
`)

// ownAnchors tie a question about the professional's own data to a
// client after all ("mag ik mijn eigen aantekeningen over een cliënt
// bewaren", "consent to share in my own team").
var ownAnchors = newWordMatcher(aboutClientWords + employmentShare + " toestemming consent team inzage inzagerecht werkaantekeningen working_notes right_of_access avg gdpr")

// ownData reports whether the question speaks of the professional's own
// records or family: "mijn eigen medisch dossier", "my own file".
func ownData(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if !possessives[words[i]] || !ownAdjectives[words[i+1]] {
			continue
		}
		for j := i + 2; j < min(len(words), i+5); j++ {
			if ownable[words[j]] {
				return true
			}
		}
	}
	return false
}

// ownAdjectives mark a possessive as one about the professional's own.
var ownAdjectives = map[string]bool{"eigen": true, "own": true, "persoonlijke": true, "personal": true, "prive": true, "private": true}

// any reports whether one of words matches, not counting the ownable
// words the professional owns.
func (m wordMatcher) any(words []string, masks []uint64) bool {
	for i := range words {
		if m.at(masks[i]) && !(ownable[words[i]] && ownedAt(words, i)) {
			return true
		}
	}
	return false
}

// possessives are the first-person possessives of chat.
var possessives = map[string]bool{"mijn": true, "mn": true, "my": true, "m": true}

// ownedAt reports whether one of the three words before words[i] is a
// first-person possessive.
func ownedAt(words []string, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if possessives[words[j]] {
			return true
		}
	}
	return false
}

// wordMatcher is one list of folded words and two-word phrases. Its
// words are kept in matchTable under its bit, so that a question's words
// are looked up once for all lists.
type wordMatcher struct{ bit uint64 }

// matchTable holds the words of every wordMatcher: exact words, words
// that also match as the start or end of a longer word, and two-word
// phrases, each with the bits of the lists that have it.
var matchTable = struct {
	exact, long map[string]uint64
	bigrams     map[[2]string]uint64
	lists       int
}{exact: map[string]uint64{}, long: map[string]uint64{}, bigrams: map[[2]string]uint64{}}

// compoundAt is the least length of a word of a list that also matches
// as the start or end of a longer word.
const compoundAt = 5

// newWordMatcher reads a list of words separated by white space; "a_b"
// is the two-word phrase "a b". At most 64 lists exist.
func newWordMatcher(list string) wordMatcher {
	if matchTable.lists == 64 {
		panic("search: more than 64 word lists")
	}
	m := wordMatcher{bit: 1 << matchTable.lists}
	matchTable.lists++
	for _, w := range strings.Fields(list) {
		if a, b, ok := strings.Cut(w, "_"); ok {
			matchTable.bigrams[[2]string{a, b}] |= m.bit
			continue
		}
		matchTable.exact[w] |= m.bit
		if len(w) >= compoundAt {
			matchTable.long[w] |= m.bit
		}
	}
	return m
}

// wordMasks returns, per word, the bits of the lists that match it: as
// written, as the start or end of a compound, or with the next word as a
// phrase.
func wordMasks(words []string) []uint64 {
	masks := make([]uint64, len(words))
	for i, w := range words {
		m := matchTable.exact[w]
		if i+1 < len(words) {
			m |= matchTable.bigrams[[2]string{w, words[i+1]}]
		}
		for k := compoundAt; k < len(w); k++ {
			m |= matchTable.long[w[:k]] | matchTable.long[w[len(w)-k:]]
		}
		masks[i] = m
	}
	return masks
}

// at reports whether the word with this mask is in the list.
func (m wordMatcher) at(mask uint64) bool { return mask&m.bit != 0 }

// ageAlone reports whether the result answers from the consent rules by
// age a question that only gives a child's age: "mag een kind van 15 een
// tattoo", "is een kind van 11 oud genoeg om alleen met de bus te gaan".
// Those rules answer who consents to care or to sharing, so the question
// must speak of consent, deciding, care, sharing or the parents.
func ageAlone(res Result, question string) bool {
	if len(res.Hits) == 0 || res.Hits[0].Topic.ID != "toestemming-leeftijd" {
		return false
	}
	q := strings.ToLower(question)
	return !containsAny(q, decideWords) && !containsAny(q, careWords) && !containsAny(q, shareWords) && !containsAny(q, ageTopicWords)
}

// ageTopicWords are further words of a question on the consent rules by
// age.
var ageTopicWords = []string{"hulp", "help", "care", "zorg", "weten", "know", "ouder", "parent", "vader", "moeder", "father", "mother", "mum", "mom", "dad", "gezag", "custody", "voogd", "guardian", "toestem", "consen", "wie ", "who ", "dossier", "file", "leeftijd", "age", "jarig", "18", "meerderjarig", "adult"}
