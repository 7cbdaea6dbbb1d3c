package search

import (
	"testing"

	"privacybot/flows"
	"privacybot/lang"
)

func TestIsWeak(t *testing.T) {
	tests := []struct {
		word    string
		concept string
		want    bool
	}{
		{"denk", "", true},
		{"denken", "", true},
		{"gebruikt", "", true},
		{"nieuwe", "", true},
		{"happened", "", true},
		{"huisarts", "", false},
		{"dossier", "", false},
		// A word with a synonym concept is never weak.
		{"denk", "delen", false},
	}
	for _, tt := range tests {
		u := unit{words: []stemmed{stem(tt.word)}, concept: tt.concept}
		if got := isWeak(u); got != tt.want {
			t.Errorf("isWeak(%q, concept %q) = %v, want %v", tt.word, tt.concept, got, tt.want)
		}
	}
}

func TestUnitsMarkRoles(t *testing.T) {
	table := newPhraseTable(synonymGroups)
	tests := []struct {
		text string
		// concept is the concept of the unit that must, or must not,
		// follow "als" or "as (a)".
		concept string
		want    bool
	}{
		{"mag ik als jeugdarts iets vertellen", "professional", true},
		{"as a social worker can I tell", "professional", true},
		{"als een jongerenwerker dat vraagt", "jongerenwerk", true},
		{"de jeugdarts vraagt info", "professional", false},
		{"mag ik de jeugdarts als eerste bellen", "professional", false},
	}
	for _, tt := range tests {
		var words []stemmed
		for _, w := range tokenize(tt.text) {
			words = append(words, stem(w))
		}
		found := false
		for _, u := range units(table, words, detectLang(tokenize(tt.text)), false) {
			if u.concept == tt.concept {
				found = true
				if u.afterAs != tt.want {
					t.Errorf("units(%q): %s afterAs = %v, want %v", tt.text, tt.concept, u.afterAs, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("units(%q): no unit of concept %s", tt.text, tt.concept)
		}
	}
}

func TestAnalyzeQueryMarksWeakSlots(t *testing.T) {
	ix := New(testTopics())
	// The kinds of slot: a normal one, a weak word's (weak, with a low
	// ideal) and a device's (weak, but ranking with its usual ideal).
	const (
		normal = iota
		weakWord
		device
	)
	tests := []struct {
		question string
		kinds    []int
	}{
		// A role after "als", a weak verb, an unknown two-letter token:
		// only the GP counts.
		{"als jeugdarts denk ik xq huisarts", []int{weakWord, weakWord, weakWord, normal}},
		{"laptop kwijt", []int{device, normal}},
		{"huisarts school", []int{normal, normal}},
	}
	weakIdeal := ix.weakIDF * satRef
	for _, tt := range tests {
		words := tokenize(tt.question)
		slots := ix.analyzeQuery(words, detectLang(words))
		if len(slots) != len(tt.kinds) {
			t.Errorf("analyzeQuery(%q): %d slots, want %d", tt.question, len(slots), len(tt.kinds))
			continue
		}
		for i, s := range slots {
			if s.weak != (tt.kinds[i] != normal) {
				t.Errorf("analyzeQuery(%q): slot %d weak = %v, want %v", tt.question, i, s.weak, !s.weak)
			}
			if tt.kinds[i] == weakWord && s.ideal > weakIdeal {
				t.Errorf("analyzeQuery(%q): weak slot %d has ideal %.2f above a weak word's %.2f", tt.question, i, s.ideal, weakIdeal)
			}
			if tt.kinds[i] == device && s.ideal <= weakIdeal {
				t.Errorf("analyzeQuery(%q): device slot %d has ideal %.2f, want a word's, above %.2f", tt.question, i, s.ideal, weakIdeal)
			}
		}
	}
}

func TestRareCompoundIsReadAsItsParts(t *testing.T) {
	topics := []flows.Topic{
		{ID: "a", Title: lang.T("Dossier", "File"), Keywords: []string{"dossier", "dossiergegevens"}},
		{ID: "b", Title: lang.T("Gegevens", "Data"), Keywords: []string{"gegevens", "dossier"}},
		{ID: "c", Title: lang.T("Gegevens delen", "Sharing data"), Keywords: []string{"gegevens", "delen"}},
		{ID: "d", Title: lang.T("School", "School"), Keywords: []string{"school", "dossier"}},
		{ID: "e", Title: lang.T("Huisarts", "GP"), Keywords: []string{"huisarts", "gegevens"}},
	}
	ix := New(topics)
	slots := ix.analyzeQuery([]string{"dossiergegevens"}, lang.NL)
	if len(slots) != 2 {
		t.Fatalf("analyzeQuery(dossiergegevens): %d slots, want 2 (modifier and head)", len(slots))
	}
	whole := ix.terms[stem("dossiergegevens").nl]
	found := false
	for _, a := range slots[1].alts {
		found = found || a.term == whole
	}
	if !found {
		t.Errorf("head slot %v lacks the whole word's term", slots[1].alts)
	}
	single := ix.newSlot(ix.unitAlts(unit{words: []stemmed{stem("dossiergegevens")}}, lang.NL))
	if slots[1].ideal >= single.ideal {
		t.Errorf("head slot ideal %.2f, want below the rare whole word's %.2f", slots[1].ideal, single.ideal)
	}
}
