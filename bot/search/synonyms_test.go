package search

import (
	"strings"
	"testing"

	"privacybot/lang"
)

func TestSynonymTableIsWellFormed(t *testing.T) {
	concepts := make(map[string]bool)
	phrases := make(map[string]string)
	for _, g := range synonymGroups {
		if g.concept == "" || strings.ContainsAny(g.concept, " ,") {
			t.Errorf("bad concept name %q", g.concept)
		}
		if concepts[g.concept] {
			t.Errorf("concept %q listed twice", g.concept)
		}
		concepts[g.concept] = true
		for _, raw := range strings.Split(g.phrases, ",") {
			raw = strings.TrimSpace(raw)
			if l, rest, ok := strings.Cut(raw, ":"); ok {
				if _, known := lang.ParseLang(l); !known {
					t.Errorf("%s: phrase %q has an unknown language", g.concept, raw)
				}
				raw = rest
			}
			words := tokenize(raw)
			if len(words) == 0 {
				t.Errorf("%s: empty phrase in %q", g.concept, g.phrases)
				continue
			}
			key := strings.Join(words, " ")
			if other, dup := phrases[key]; dup && other != g.concept {
				t.Errorf("phrase %q is in %s and %s", key, other, g.concept)
			}
			phrases[key] = g.concept
		}
	}
}

func TestPhraseMatch(t *testing.T) {
	table := newPhraseTable(synonymGroups)
	tests := []struct {
		text    string
		lang    lang.Lang
		concept string
		// span is how many words of text the phrase covers.
		span int
	}{
		{"juf", lang.NL, "school", 1},
		{"leerkrachten", lang.NL, "school", 1},
		{"intern begeleider", lang.NL, "school", 2},
		{"GP", lang.EN, "huisarts", 1},
		{"dokter", lang.NL, "huisarts", 1},
		{"uit elkaar", lang.NL, "gescheiden", 2},
		{"divorced", lang.EN, "gescheiden", 1},
		{"wie tekent", lang.NL, "toestemming", 2},
		{"consent", lang.EN, "toestemming", 1},
		{"Veilig Thuis", lang.NL, "veilig-thuis", 2},
		{"VT", lang.NL, "veilig-thuis", 1},
		{"jeugdbeschermer", lang.NL, "gezinsvoogd", 1},
		{"GI", lang.NL, "gezinsvoogd", 1},
		{"doorgeven", lang.NL, "delen", 1},
		{"pass on", lang.EN, "delen", 2},
		{"beperking van de verwerking", lang.NL, "beperking", 4},
		{"file", lang.EN, "dossier", 1},
		{"in welke gevallen", lang.NL, fillerConcept, 3},
		{"zonder dat de ouders erbij zijn", lang.NL, "afwezig", 6},
		{"raad voor kinderbescherming", lang.NL, "raad", 3},
	}
	for _, tt := range tests {
		var words []stemmed
		for _, w := range tokenize(tt.text) {
			words = append(words, stem(w))
		}
		p, span := table.match(words, tt.lang)
		if p == nil {
			t.Errorf("match(%q, %s) = nil, want %s", tt.text, tt.lang, tt.concept)
			continue
		}
		if p.concept != tt.concept || span != tt.span {
			t.Errorf("match(%q, %s) = %s over %d words, want %s over %d", tt.text, tt.lang, p.concept, span, tt.concept, tt.span)
		}
	}
}

func TestPhraseMatchRespectsLanguage(t *testing.T) {
	table := newPhraseTable(synonymGroups)
	// "file" is a record in English but a traffic jam in Dutch.
	if p, _ := table.match([]stemmed{stem("file")}, lang.NL); p != nil {
		t.Errorf("Dutch \"file\" matched %s", p.concept)
	}
	for _, w := range []string{"vandaag", "pannenkoek", "wachtwoord"} {
		if p, _ := table.match([]stemmed{stem(w)}, lang.NL); p != nil {
			t.Errorf("%q matched %s, want no concept", w, p.concept)
		}
	}
}
