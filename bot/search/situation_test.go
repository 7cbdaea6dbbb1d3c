package search

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"privacybot/flows"
)

func TestRecognize(t *testing.T) {
	tests := []struct {
		q    string
		want map[string]string
	}{
		{"kind van 6, acuut gevaar, ouders weten van niks", map[string]string{"age": "6", "urgency": "acute", "consent": "not-asked"}},
		{"client 18+ wil inzage", map[string]string{"age": "18+"}},
		// Inflected and reordered forms.
		{"ouders willen niks delen met school", map[string]string{"to": "school", "consent": "refused"}},
		{"the parents object to it", map[string]string{"consent": "refused"}},
		{"she is an adult now", map[string]string{"age": "18+"}},
		{"mag ik het verslag naar de GI sturen", map[string]string{"to": "gi", "initiative": "own"}},
		{"VT vraagt info op over een gezin", map[string]string{"to": "veilig-thuis", "initiative": "asked"}},
		{"ik wil het melden bij veilig thuis", map[string]string{"to": "veilig-thuis"}},
		{"de ha wil het verslag, ouders hebben nee gezegd", map[string]string{"to": "huisarts", "consent": "refused"}},
		{"jongen 15, zijn ouders willen het niet", map[string]string{"age": "15", "consent": "refused"}},
		{"nog niet om toestemming gevraagd", map[string]string{"consent": "not-asked"}},
		{"we haven't asked the mother yet", map[string]string{"consent": "not-asked"}},
		{"moeder vindt het niet goed dat ik school bel", map[string]string{"to": "school", "consent": "refused"}},
		{"mum won't let me talk to the GP", map[string]string{"to": "huisarts", "consent": "refused"}},
		{"ouders hebben bezwaar tegen overleg met de huisarts", map[string]string{"to": "huisarts", "consent": "refused"}},
		{"ouders zijn nog niet op de hoogte", map[string]string{"consent": "not-asked"}},
		{"parents aren't aware yet", map[string]string{"consent": "not-asked"}},
		{"kind is nu in gevaar, vader is dronken", map[string]string{"urgency": "acute"}},
		{"the mother is being beaten as we speak", map[string]string{"urgency": "acute"}},
		{"mentor wants the report, mum hasnt been asked yet", map[string]string{"to": "school", "who": "leerkracht", "consent": "not-asked"}},
		{"dad is threatening the kid right now", map[string]string{"urgency": "acute"}},
		{"gescheiden ouders, vader weigert toestemming voor hulp, kind 8", map[string]string{"age": "8", "consent": "one-parent-objects"}},
		{"a 15 year old with a guardian", map[string]string{"age": "15", "who": "voogd"}},
		{"vader zonder gezag belt", map[string]string{"who": "ouder-zonder-gezag"}},
		{"gezinsvoogd vraagt info", map[string]string{"who": "gezinsvoogd", "to": "gi", "initiative": "asked"}},
		{"mag ik de gezinsvoogd uit mezelf iets laten weten", map[string]string{"who": "gezinsvoogd", "to": "gi", "initiative": "own"}},
		{"de raad voor de kinderbescherming belt", map[string]string{"who": "raad"}},
		{"mag ik de raad voor de kinderbescherming inlichten", map[string]string{"to": "raad"}},
		{"moeder weigert, mag ik de huisarts bellen", map[string]string{"consent": "refused", "to": "huisarts"}},
		{"vader is tegen, moeder wil wel", map[string]string{"consent": "one-parent-objects"}},
		{"moeder trekt haar toestemming in", map[string]string{"consent": "withdrawn"}},
		{"in ouder-amstel: mag ik delen met school", map[string]string{"gemeente": "ouder-amstel", "to": "school"}},
		{"alleen strikt noodzakelijke gegevens", map[string]string{}},
		{"ik zit in gewetensnood", map[string]string{}},
		{"hoe lang bewaar ik een dossier van 20 pagina's", map[string]string{}},
		{"vader zegt nee, kan ik de rvdk toch inlichten", map[string]string{"consent": "refused", "to": "raad"}},
		{"raadsonderzoek: moet ik het dossier naar de raad sturen", map[string]string{"who": "raad", "to": "raad"}},
		{"kind 7 heeft brandwonden, mag ik melden", map[string]string{"age": "7", "to": "veilig-thuis"}},
		{"mag ik het in de verwijsindex zetten als de ouders het niet weten", map[string]string{"to": "verwijsindex", "consent": "not-asked"}},
		{"vader zegt dat hij niet meer wil dat we met school praten", map[string]string{"to": "school", "consent": "withdrawn"}},
		{"moeder wil inzage, mag ik weigeren", map[string]string{}},
		{"waar leg ik vast dat moeder ja zei", map[string]string{"consent": "given"}},
		{"teen of 15 asks me not to tell anyone", map[string]string{"age": "15", "consent": "refused"}},
		{"she doesnt want her dad to know, can I call the gp", map[string]string{"consent": "refused", "to": "huisarts"}},
		{"de leerling (13) wil niet dat ik iets zeg", map[string]string{"age": "13", "consent": "refused"}},
		{"mag ik de gecertificeerde instelling uit mezelf bellen over nieuwe zorgen", map[string]string{"to": "gi", "initiative": "own"}},
		{"mag ik de GI ongevraagd mailen over de situatie thuis", map[string]string{"to": "gi", "initiative": "own"}},
		{"de GI vraagt om het verslag", map[string]string{"to": "gi", "initiative": "asked", "who": "gezinsvoogd"}},
		{"ots loopt, GI belt, wat geef ik wel en niet", map[string]string{"to": "gi", "initiative": "asked", "who": "gezinsvoogd"}},
		{"client wil niet dat ik iets doorgeef, er dreigt ernstige schade, wat nu", map[string]string{"consent": "refused"}},
		{"non-custodial mom wants to see the file", map[string]string{"who": "ouder-zonder-gezag"}},
		{"8 yr old, parents both have authority", map[string]string{"age": "8"}},
		{"dossier van cliënt die nu 25 is", map[string]string{"age": "25"}},
		{"ex van moeder weigert te tekenen", map[string]string{"consent": "one-parent-objects"}},
		{"may I call the family doctor about dad", map[string]string{"to": "huisarts"}},
		{"NU gevaar voor het kind, geen tijd om toestemming te vragen", map[string]string{"consent": "not-asked", "urgency": "acute"}},
		{"mama stemt in, papa (ook met gezag) is er fel tegen", map[string]string{"consent": "one-parent-objects"}},
		{"dad agrees but mum is against the referral", map[string]string{"consent": "one-parent-objects"}},
		{"moeder wil het niet, mag ik toch bellen", map[string]string{"consent": "refused"}},
		{"raadsonderzoek loopt: mag ik gegevens geven aan de raad", map[string]string{"to": "raad"}},
		{"the mother has no authority, may she see the file", map[string]string{"who": "ouder-zonder-gezag"}},
		{"melden zonder de moeder te informeren?", map[string]string{"consent": "not-asked"}},
		{"can I share without informing the parents", map[string]string{"consent": "not-asked"}},
		{"one of the parents objects, the boy is 7", map[string]string{"age": "7", "consent": "one-parent-objects"}},
		{"mum won't sign but dad will", map[string]string{"consent": "one-parent-objects"}},
		{"papa wil niet tekenen, mama wel", map[string]string{"consent": "one-parent-objects"}},
		{"moeder wil wel hulp, vader is niet bereikbaar", map[string]string{}},
		{"the boy, 15, says I can't tell his coach", map[string]string{"age": "15", "consent": "refused"}},
		{"jongen van 14 geeft geen toestemming", map[string]string{"age": "14", "consent": "refused"}},
		{"de gezinsvoogd wil dat ik een rapport stuur", map[string]string{"who": "gezinsvoogd", "to": "gi", "initiative": "asked"}},
		{"Child Protection Board investigator called me asking about a family", map[string]string{"who": "raad", "to": "raad"}},
		{"moeder wil geen toestemming geven, vader wel, ze zijn uit elkaar. wat nu", map[string]string{"consent": "one-parent-objects"}},
	}
	for _, tt := range tests {
		if got := Recognize(tt.q).Pairs(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Recognize(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestSituateAnswersFromTheSituation checks questions where the words
// alone mislead and the situation decides the topic; want lists the right
// topics, separated by "|", as the question sets do.
func TestSituateAnswersFromTheSituation(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct{ q, want string }{
		{"spoed, meisje 14 wordt bedreigd door vader, mag ik direct delen zonder toestemming", "veilig-thuis-meldcode"},
		// Professional secrecy also opens with "then you do not share"
		// (situation geweigerd-delen; see bot's TestAnswersOpenWithTheSituation).
		{"the parents said no to sharing, can I share anyway", "delen-toestemming|stappenplan|beroepsgeheim"},
		{"client is 18+, mag moeder nog meebeslissen over de hulp", "toestemming-leeftijd"},
		{"meisje 16 wil niet dat ik met de huisarts praat", "delen-huisarts"},
		{"mag ik de casus met mijn teamleider bespreken", "delen-binnen-team"},
		{"moet ik het de ouders vertellen nadat ik vt heb gebeld", "client-achteraf-informeren"},
		{"jongen van 17 met lvb, kan hij zelf toestemming geven", "wilsonbekwaam"},
		{"moeder wil dat de melding van mishandeling uit het dossier gaat, mag ik weigeren", "vernietiging"},
		{"de wijkagent belt en vraagt naar een jongere, mag ik iets zeggen", "beroepsgeheim|stappenplan"},
		{"mag ik een verslag mailen naar de ouders", "veilig-versturen"},
		{"a client recorded our meeting without asking me, is that allowed", "opnames"},
		{"kind 8 heeft brandwonden, moeder zegt dat het een ongeluk was, wat nu", "veilig-thuis-meldcode"},
		{"meisje 16 zwanger, wil niet dat ouders het weten", "toestemming-leeftijd"},
		{"jongen 16 wil hulp, moeten ouders tekenen?", "toestemming-leeftijd"},
	}
	for _, tt := range tests {
		res := ix.Search(tt.q)
		if res.Decision != Answer || !slices.Contains(strings.Split(tt.want, "|"), res.Hits[0].Topic.ID) {
			got := "-"
			if len(res.Hits) > 0 {
				got = res.Hits[0].Topic.ID
			}
			t.Errorf("%q: %s %s, want answer %s", tt.q, res.Decision, got, tt.want)
		}
	}
}

// TestITQuestionsAreNotAnswered checks that a question for the IT desk
// is not answered from a topic that happens to share a word with it,
// while a lost device still is a data breach.
func TestITQuestionsAreNotAnswered(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	for _, q := range []string{"hoe reset ik mijn wachtwoord van het clientsysteem", "how do I install outlook on my laptop", "how do I change my email signature"} {
		if res := ix.Search(q); res.Decision == Answer {
			t.Errorf("%q answered with %s", q, res.Hits[0].Topic.ID)
		}
	}
	if res := ix.Search("wachtwoord vergeten en laptop gestolen, wat nu"); res.Decision != Answer || res.Hits[0].Topic.ID != "datalek" {
		t.Errorf("a stolen laptop: %s, want the data breach answered", res.Decision)
	}
}

// FuzzRecognize checks that any text reads as a situation without
// panicking, with an age in range and only known values.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"kind van 6, acuut", "client 18+", "a 15 year old", "99 jaar", "\xff\xfe", "raad raad raad inlichten", "veertienjarige", "ten years old", "bijna 1", "kid, vijfentwintig,", "RvdK-OM", "moeder wil, vader niet"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		s := Recognize(q)
		if s.Age < 0 || s.Age > 25 || (s.Adult && s.Age != 0) {
			t.Errorf("Recognize(%q): age %d, adult %v", q, s.Age, s.Adult)
		}
		switch s.Consent {
		case "", "refused", "one-parent-objects", "not-asked", "given", "withdrawn":
		default:
			t.Errorf("Recognize(%q): consent %q", q, s.Consent)
		}
	})
}

// TestRecognizeFamilies checks each family of phrasing a fact comes in,
// in Dutch and English, with cases that must not read as the fact: a
// want of "" means the fact stays empty.
func TestRecognizeFamilies(t *testing.T) {
	families := []struct {
		family string
		key    string
		cases  []struct{ q, want string }
	}{
		{"age in digits and words", "age", []struct{ q, want string }{
			{"meisje van veertien wil niet dat ik met school praat", "14"},
			{"een zestienjarige vraagt om inzage in zijn dossier", "16"},
			{"16-jarige jongen wil zelf beslissen over de hulp", "16"},
			{"jongen 16 jr, ouders weten van niks", "16"},
			{"jongere (16 jr) weigert", "16"},
			{"a fourteen year old asks me not to tell her parents", "14"},
			{"fifteen-year-old boy, may I call the GP", "15"},
			{"kid, eleven, says dad hits him", "11"},
			{"a twelve-year-old asked me not to tell anyone", "12"},
			{"negenjarige met blauwe plekken, moet ik melden bij VT", "9"},
			{"my client is seventeen and wants to see her file", "17"},
			{"child aged 6, possible abuse, must I report", "6"},
			{"16yr old girl says I can't tell", "16"},
			{"a 17 y.o. wants to see her file", "17"},
			{"jongere van zeventien wil zijn dossier laten vernietigen", "17"},
			{"pleegkind van 7 met voogd, wie tekent", "7"},
			{"her guardian wants to read the file, she is 11", "11"},
			{"welke vaccinaties krijgt een baby van 14 maanden?", ""},
			{"hoeveel mg paracetamol mag een kind van 20 kilo", ""},
			{"kind 2 weken niet op school geweest", ""},
			{"jongere v 16 trekt toestemming in", "16"},
			// Not an age: a number word in another role, a span of years.
			{"wie is volgens de wet de moeder als een kind twee moeders heeft", ""},
			{"hoe lang moet ik een dossier 15 jaar bewaren", ""},
			{"het dossier moet 20 jaar bewaard blijven, klopt dat", ""},
			{"ik werk al 10 jaar als jeugdhulpverlener, mag ik", ""},
			{"ik werk 12 jaar in dit vak en twijfel", ""},
			{"dossier van 2 jaar geleden vernietigen", ""},
			{"na 15 jaar moet het dossier weg?", ""},
			{"after 20 years may I destroy the file", ""},
			{"hoe lang bewaar ik 20 jaar oude dossiers", ""},
			{"ik heb een vraag over de bewaartermijn van 15 jaar", ""},
			{"ten aanzien van het kind, mag ik delen", ""},
		}},
		{"age not yet reached, just reached, adult", "age", []struct{ q, want string }{
			{"dochter is bijna 16, mag zij zelf tekenen", "15"},
			{"kind is bijna 12", "11"},
			{"zoon (bijna 12) wil niet dat ik iets zeg", "11"},
			{"my client is almost 18, can the parents still see her file", "17"},
			{"de jongere wordt volgende maand 18", "17"},
			// An exact 18, also just turned, is 18; the rules read it as adult.
			{"zoon is net 18, mag vader nog meekijken", "18"},
			{"client net 18 geworden, ouders bellen", "18"},
			{"client is 18 now, do the parents still have to sign", "18"},
			{"client 18 jaar of ouder, mogen ouders meelezen", "18+"},
			{"jongeren van achttien jaar of ouder, mogen ouders meelezen", "18+"},
			{"clients eighteen and over, who signs", "18+"},
			{"client is nu meerderjarig, mag moeder nog info", "18+"},
			{"our client is an adult, can his mother still call me", "18+"},
			{"mijn client is volwassen geworden, ouders willen info", "18+"},
			{"young adult client, mother wants info", "18+"},
			{"jongere is nog niet meerderjarig, mag moeder meebeslissen", ""},
			{"minderjarige client wil inzage", ""},
			{"client under 18, do the parents sign", ""},
		}},
		{"who asks or holds authority", "who", []struct{ q, want string }{
			{"vader heeft geen gezag en wil het dossier zien", "ouder-zonder-gezag"},
			{"moeder heeft geen ouderlijk gezag meer", "ouder-zonder-gezag"},
			{"moeder heeft het gezag verloren", "ouder-zonder-gezag"},
			{"vader heeft nooit gezag gehad en vraagt om informatie", "ouder-zonder-gezag"},
			{"kind 10 jaar, moeder heeft het gezag, vader niet", "ouder-zonder-gezag"},
			{"the mum has sole custody, dad wants the report", "ouder-zonder-gezag"},
			{"moeder heeft eenhoofdig gezag, mag ik delen met school", ""},
			{"the youth protection worker wants our file", "gezinsvoogd"},
			{"father has no custody, can he see the report", "ouder-zonder-gezag"},
			{"the child (9) has a guardian, the parents lost custody. who signs?", "voogd"},
			{"de voogd wil het dossier inzien", "voogd"},
			{"GZV vraagt mijn rapportage op", "gezinsvoogd"},
			{"the family guardian asks for our notes", "gezinsvoogd"},
			{"de meester wil weten waarom het kind bij ons komt", "leerkracht"},
			{"docent vraagt naar de thuissituatie", "leerkracht"},
			{"ik ben mentor van een 15-jarige", "leerkracht"},
			{"RvdK-medewerker vraagt of ik het verslag kan sturen", "raad"},
			{"Child Protection Board investigator called me asking about a family", "raad"},
			{"raadsonderzoeker belt met vragen over een meisje van 11", "raad"},
			{"beide ouders hebben gezag, mag ik delen", ""},
			{"wie heeft het gezag bij een kind van 9", ""},
			{"de raad van bestuur wil weten hoeveel meldingen we doen", ""},
		}},
		{"recipient by role name", "to", []struct{ q, want string }{
			{"mag ik de IB'er bijpraten over een leerling", "school"},
			{"mag ik met de IB-er praten over een leerling van 8", "school"},
			{"zorgcoördinator van het vmbo belt over de leerling", "school"},
			{"mentor van de brugklas vraagt wat er speelt", "school"},
			{"de intern begeleider vraagt om het verslag", "school"},
			{"mag ik het AMHK bellen over een vermoeden van mishandeling", "veilig-thuis"},
			{"mag ik een VT-melding doen zonder dat de ouders het weten", "veilig-thuis"},
			{"een kind van 4 jaar met een gebroken arm, ik vertrouw het niet, melden?", "veilig-thuis"},
			{"de wijkagent vraagt gegevens over een jongere", "politie"},
			{"officier van justitie vraagt om het dossier", "politie"},
			{"OM vraagt om gegevens van een jongere", "politie"},
			{"poh ggz belt over een kind", "huisarts"},
			{"can i tell the gp, parents dont know", "huisarts"},
			{"mag ik de raad inlichten over mijn zorgen", "raad"},
			{"should I inform the child protection board about my worries", "raad"},
			{"may I tell the Child Protection Board what I saw", "raad"},
			// The Board asking is where the information goes.
			{"Child Protection Board investigator called me asking about a family", "raad"},
			{"the Board is doing an investigation and wants my file", "raad"},
			{"gezinsvoogd wil weten hoe het gaat met de jongen van 12", "gi"},
			{"kind heeft een ots en de gezinsvoogd wil ons verslag, moet ik dat sturen?", "gi"},
			{"de gezinsvoogd wil dat ik een rapport stuur", "gi"},
			{"de raad voor de kinderbescherming belt", ""},
			{"mag ik iets zeggen om het kind te beschermen", ""},
			{"de raad van toezicht vraagt om cijfers", ""},
		}},
		{"withdrawn", "consent", []struct{ q, want string }{
			{"client wil toch niet meer dat ik deel, eerder wel gezegd", "withdrawn"},
			{"moeder wil toch niet meer dat ik met school praat", "withdrawn"},
			{"jongere wil niet langer dat ik met de huisarts overleg", "withdrawn"},
			{"vader heeft zijn toestemming teruggetrokken", "withdrawn"},
			{"jongere heeft zijn toestemming teruggedraaid", "withdrawn"},
			{"moeder is teruggekomen op haar toestemming", "withdrawn"},
			{"client heeft zich bedacht en wil niet meer dat ik deel", "withdrawn"},
			{"eerst gaf moeder toestemming, nu niet meer", "withdrawn"},
			{"she changed her mind and no longer wants me to share", "withdrawn"},
			{"mum first agreed but now says no to sharing with the gp", "withdrawn"},
			{"client agreed last week but now refuses", "withdrawn"},
			{"parents said ok at first, now they've changed their minds", "withdrawn"},
			{"client revoked consent yesterday", "withdrawn"},
			{"dad took back his permission", "withdrawn"},
			{"mum no longer agrees to sharing with the teacher", "withdrawn"},
			{"the girl doesn't want me to talk to her teacher anymore", "withdrawn"},
			// No consent taken back.
			{"jongere wil niet meer naar school", "refused"},
			{"moeder trekt zich terug uit het gesprek", ""},
			{"eerder wel hulp gehad bij een andere aanbieder", ""},
			{"kan ik een melding intrekken bij VT", ""},
			{"ik wil ook mijn melding terugtrekken", ""},
		}},
		{"one parent objects", "consent", []struct{ q, want string }{
			{"moeder wil geen toestemming geven, vader wel", "one-parent-objects"},
			{"vader wil niet tekenen maar moeder wel", "one-parent-objects"},
			{"divorced parents, one objects to sharing with school", "one-parent-objects"},
			{"one of them objects, the other agrees", "one-parent-objects"},
			{"one parent said no, the other said yes", "one-parent-objects"},
			{"gescheiden ouders, een van beiden weigert", "one-parent-objects"},
			{"1 van de ouders is tegen", "one-parent-objects"},
			{"de ene ouder wil wel, de andere niet", "one-parent-objects"},
			{"mum agrees, dad says no", "one-parent-objects"},
			{"mother refuses, father consents", "one-parent-objects"},
			{"dad won't sign, mum already did", "one-parent-objects"},
			{"moeder gaat akkoord, vader niet", "one-parent-objects"},
			{"vader weigert, moeder stemt in", "one-parent-objects"},
			{"vader en moeder zijn het oneens: vader wil hulp, moeder niet", "one-parent-objects"},
			{"ouders uit elkaar, vader zegt nee", "one-parent-objects"},
			{"vraag: ex-partner van moeder weigert toestemming voor de behandeling", "one-parent-objects"},
			// A refusal by one parent with the other not agreeing is no split.
			{"moeder weigert, vader is onbereikbaar", "refused"},
			{"vader weigert toestemming", "refused"},
			{"moeder wil het niet, vader weet van niks", "refused"},
			{"een jongen van 15 weigert toestemming", "refused"},
			{"de ene ouder heeft gezag, de andere niet", ""},
			{"vader wel, moeder ook", ""},
		}},
		{"refused", "consent", []struct{ q, want string }{
			{"ouders willen geen toestemming geven", "refused"},
			{"the parents won't give consent", "refused"},
			{"ouders gaan niet akkoord met delen met school", "refused"},
			{"vader werkt niet mee en wil niks delen", "refused"},
			{"moeder vraagt me het niet te zeggen aan school", "refused"},
			{"moeder verbiedt me met school te praten", "refused"},
			{"ouders willen er niets van weten", "refused"},
			{"the boy does not agree to me calling his school", "refused"},
			{"the parents are against sharing with the teacher", "refused"},
			{"client won't sign the consent form", "refused"},
			{"the girl refuses to let me tell anyone", "refused"},
			{"jongere (14) vraagt me niks tegen zijn ouders te zeggen", "refused"},
			{"I don't know what to do, mother says nothing", ""},
			{"mag ik een verzoek om vernietiging weigeren", ""},
			{"mag ik de raad inlichten als ouders weigeren", "refused"},
			{"wat moet ik doen als ouders weigeren? algemene vraag", "refused"},
			{"the law doesn't allow me to share, right?", ""},
		}},
		{"not asked", "consent", []struct{ q, want string }{
			{"mag ik zonder toestemming bellen met de huisarts", "not-asked"},
			{"no consent, can I report to veilig thuis", "not-asked"},
			{"without asking the parents, can I talk to school", "not-asked"},
			{"de ouders weten niet dat ik bel met de huisarts", "not-asked"},
			{"parents don't know I'm calling the school", "not-asked"},
			{"ouders hebben geen idee dat ik dit doe", "not-asked"},
			{"zonder medeweten van de ouders de school bellen", "not-asked"},
			{"behind the parents' back, can I talk to the GP", "not-asked"},
			{"ik heb nog geen toestemming, mag ik bellen met de wijkagent", "not-asked"},
			{"parents haven't been told yet, can I report to VT", "not-asked"},
			{"ouders zijn niet ingelicht, mag ik de verwijsindex gebruiken", "not-asked"},
			{"ik heb het nog niet met de ouders besproken, mag ik school bellen", "not-asked"},
			{"ouders weten nog van niks, mag ik VT bellen?", "not-asked"},
			{"without the parents knowing, may I contact school", "not-asked"},
			{"teacher asks about a pupil (9), parents havent agreed yet", "not-asked"},
			// Asking whether consent is needed says nothing of the case.
			{"ik heb geen toestemming nodig toch, voor delen met de huisarts?", ""},
			{"is no consent needed when I call veilig thuis", ""},
			{"ik weet niet of ik mag delen", ""},
			{"hoe check ik wie er gezag heeft? ouders weten het zelf niet", ""},
			{"moeder heeft stiekem ons gesprek opgenomen", ""},
		}},
		{"given", "consent", []struct{ q, want string }{
			{"moeder gaf gisteren toestemming om met school te delen", "given"},
			{"moeder heeft toestemming gegeven, mag ik delen met school", "given"},
			{"the client said yes to sharing with the GP", "given"},
			{"parents haven't agreed, can I still call the GP", ""},
			{"wie geeft toestemming bij een kind van 10", ""},
			{"can a 12 year old give consent", ""},
		}},
		{"acute danger", "urgency", []struct{ q, want string }{
			{"acuut gevaar, vader staat met een mes voor de deur", "acute"},
			{"kind wordt op dit moment mishandeld", "acute"},
			{"kind is nu in levensgevaar", "acute"},
			{"the child is in immediate danger", "acute"},
			{"spoedsituatie, kind durft niet naar huis", "acute"},
			{"kind vertelt dat ze thuis geslagen wordt en niet naar huis durft", "acute"},
			{"the girl is scared to go home tonight", "acute"},
			{"jongen wil niet naar huis na de training, mag ik school bellen", ""},
			{"kind is vorig jaar mishandeld, moet ik nog melden", ""},
			{"wat nu als vader dreigt met een klacht", ""},
		}},
		{"typos in the words facts turn on", "to", []struct{ q, want string }{
			{"huisats wil het verslag, moeder zegt nee", "huisarts"},
			{"verwijsindx signaal afgeven, moeten ouders dat weten?", "verwijsindex"},
			{"gezinsvoogt wil het hele dossier, moet ik alles sturen?", "gi"},
			{"mag ik de huisartsen in de regio mailen", "huisarts"},
			{"de politiek wil cijfers over meldingen", ""},
		}},
		{"typos and inflections in consent words", "consent", []struct{ q, want string }{
			{"meisje 14j, ouders weigeren toestemmng", "refused"},
			{"divorced parents, mum consents to help but dad refuses. child is 10", "one-parent-objects"},
			{"moeder gaf vorige week mondeling toestemming", "given"},
			{"jongen age 15 wants to stop sharing with his school", "withdrawn"},
			{"he wants to stop the therapy", ""},
		}},
		{"municipality", "gemeente", []struct{ q, want string }{
			{"ik werk in Diemen, mag ik delen met school", "diemen"},
			{"client in Ouderkerk, mag ik de huisarts bellen", "ouder-amstel"},
			{"client in Duivendrecht", "ouder-amstel"},
			{"woont in Uithoorn, mag ik de huisarts bellen", "uithoorn"},
			{"ik werk in Amsterdam", ""},
		}},
	}
	for _, f := range families {
		for _, c := range f.cases {
			if got := Recognize(c.q).Pairs()[f.key]; got != c.want {
				t.Errorf("%s: Recognize(%q)[%s] = %q, want %q", f.family, c.q, f.key, got, c.want)
			}
		}
	}
}
