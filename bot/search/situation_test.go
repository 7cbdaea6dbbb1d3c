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
		{"de wijkagent belt en vraagt naar een jongere, mag ik iets zeggen", "beroepsgeheim"},
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
	for _, s := range []string{"kind van 6, acuut", "client 18+", "a 15 year old", "99 jaar", "\xff\xfe", "raad raad raad inlichten"} {
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
