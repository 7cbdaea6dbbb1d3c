package search

import (
	"reflect"
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
		{"a 15 year old with a guardian", map[string]string{"age": "15", "who": "voogd"}},
		{"vader zonder gezag belt", map[string]string{"who": "ouder-zonder-gezag"}},
		{"gezinsvoogd vraagt info", map[string]string{"who": "gezinsvoogd"}},
		{"mag ik de gezinsvoogd uit mezelf iets laten weten", map[string]string{"who": "gezinsvoogd", "to": "gi"}},
		{"de raad voor de kinderbescherming belt", map[string]string{"who": "raad"}},
		{"mag ik de raad voor de kinderbescherming inlichten", map[string]string{"to": "raad"}},
		{"moeder weigert, mag ik de huisarts bellen", map[string]string{"consent": "refused", "to": "huisarts"}},
		{"vader is tegen, moeder wil wel", map[string]string{"consent": "one-parent-objects"}},
		{"moeder trekt haar toestemming in", map[string]string{"consent": "withdrawn"}},
		{"in ouder-amstel: mag ik delen met school", map[string]string{"gemeente": "ouder-amstel", "to": "school"}},
		{"alleen strikt noodzakelijke gegevens", map[string]string{}},
		{"ik zit in gewetensnood", map[string]string{}},
		{"hoe lang bewaar ik een dossier van 20 pagina's", map[string]string{}},
	}
	for _, tt := range tests {
		if got := Recognize(tt.q).Pairs(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Recognize(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSituateAnswersFromTheSituation(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct{ q, want string }{
		{"spoed, meisje 14 wordt bedreigd door vader, mag ik direct delen zonder toestemming", "veilig-thuis-meldcode"},
		{"the parents said no to sharing, can I share anyway", "delen-toestemming"},
		{"client is 18+, mag moeder nog meebeslissen over de hulp", "toestemming-leeftijd"},
		{"meisje 16 wil niet dat ik met de huisarts praat", "delen-huisarts"},
		{"mag ik de casus met mijn teamleider bespreken", "delen-binnen-team"},
	}
	for _, tt := range tests {
		res := ix.Search(tt.q)
		if res.Decision != Answer || res.Hits[0].Topic.ID != tt.want {
			got := "-"
			if len(res.Hits) > 0 {
				got = res.Hits[0].Topic.ID
			}
			t.Errorf("%q: %s %s, want answer %s", tt.q, res.Decision, got, tt.want)
		}
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
