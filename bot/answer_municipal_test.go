package bot

import (
	"strings"
	"testing"

	"privacybot/flows"
	"privacybot/lang"
)

// TestMunicipalPracticeKeepsConsent checks the sentence a topic gets for
// the user's municipality: the transparency principle never reads as an
// alternative to consent, and the co-treating professional's topic does
// not get Uithoorn's general consent sentence, which would contradict it.
func TestMunicipalPracticeKeepsConsent(t *testing.T) {
	topic := func(id string) *flows.Topic {
		for _, tp := range flows.EmbeddedTopics() {
			if tp.ID == id {
				return &tp
			}
		}
		t.Fatalf("no topic %s", id)
		return nil
	}
	tests := []struct {
		name    string
		topic   string
		m       flows.Municipality
		lang    lang.Lang
		want    []string
		notWant []string
	}{
		{"transparency, Dutch", "alleen-noodzakelijk", flows.Diemen, lang.NL,
			[]string{"In Diemen", "vervangt de toestemming niet", "alleen met toestemming, op een wettelijke grond of bij een conflict van plichten", "niet dat je tegen een bezwaar in mag delen"}, nil},
		{"transparency, English", "beroepsgeheim", flows.OuderAmstel, lang.EN,
			[]string{"In Ouder-Amstel", "does not replace consent", "only with consent, on a legal ground or in a conflict of duties"}, []string{"weigh any objection"}},
		{"Uithoorn, general", "alleen-noodzakelijk", flows.Uithoorn, lang.NL,
			[]string{"In Uithoorn", "uitdrukkelijk om toestemming"}, nil},
		{"a topic that names the municipality says it once", "delen-school", flows.Diemen, lang.NL,
			[]string{"In Diemen en Ouder-Amstel bespreek je daarnaast"}, []string{"vervangt de toestemming niet"}},
		{"no municipality set", "alleen-noodzakelijk", "", lang.NL,
			nil, []string{"In Diemen", "In Uithoorn", "In Ouder-Amstel"}},
		{"Uithoorn, co-treating professional", "medebehandelaar", flows.Uithoorn, lang.EN,
			[]string{"not directly involved", "still to be confirmed by the data protection officer (FG)", "tell the client what you share"},
			[]string{"you ask the client's explicit consent before you share data"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NewAnswerer(flows.EmbeddedTopics()).RenderTopic(topic(tt.topic), tt.lang, tt.m)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("answer lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("answer has %q:\n%s", w, got)
				}
			}
		})
	}
}

// TestMunicipalPracticeFollowsGlossary checks the municipal sentences'
// English against the glossary.
func TestMunicipalPracticeFollowsGlossary(t *testing.T) {
	g := flows.EmbeddedGlossary()
	for _, id := range []string{"alleen-noodzakelijk", "medebehandelaar"} {
		var tp flows.Topic
		for _, x := range flows.EmbeddedTopics() {
			if x.ID == id {
				tp = x
			}
		}
		for _, m := range flows.EmbeddedMunicipalities().IDs() {
			a := NewAnswerer(nil)
			nl, en := a.municipalPractice(&tp, m, lang.NL), a.municipalPractice(&tp, m, lang.EN)
			for _, p := range g.CheckPair(id+"/"+string(m), nl, en) {
				t.Error(p)
			}
		}
	}
}
