package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"privacybot/lang"
)

// describe renders units as "concept:word+word" for comparison.
func describe(us []unit) []string {
	var out []string
	for _, u := range us {
		var ws []string
		for _, w := range u.words {
			ws = append(ws, w.word)
		}
		out = append(out, fmt.Sprintf("%s:%s", u.concept, strings.Join(ws, "+")))
	}
	return out
}

func TestUnits(t *testing.T) {
	table := newPhraseTable(synonymGroups)
	tests := []struct {
		text        string
		phraseWords bool
		want        []string
	}{
		{"ouders gescheiden, wie tekent?", false, []string{"ouder:ouders", "gescheiden:gescheiden", "toestemming:"}},
		{"ouders uit elkaar", true, []string{"ouder:ouders", "gescheiden:elkaar"}},
		{"mag ik dit delen met de school", false, []string{"delen:delen", "school:school"}},
		{"kind van 14", false, []string{"kind:kind", "leeftijd:14"}},
		{"kind is 13", false, []string{"kind:kind", "leeftijd:13"}},
		{"a 15 year old", false, []string{"leeftijd:15", "leeftijd:"}},
		{"wat is 12 keer 7", false, []string{":12", ":7"}},
		{"in welke gevallen mag ik melden", false, []string{"melden:melden"}},
		{"beperking van de verwerking", false, []string{"beperking:"}},
		{"beperking van de verwerking", true, []string{"beperking:beperking+verwerking"}},
	}
	for _, tt := range tests {
		var words []stemmed
		for _, w := range tokenize(tt.text) {
			words = append(words, stem(w))
		}
		got := describe(units(table, words, lang.NL, tt.phraseWords))
		if !slices.Equal(got, tt.want) {
			t.Errorf("units(%q, %v) = %q, want %q", tt.text, tt.phraseWords, got, tt.want)
		}
	}
}
