package search

import (
	"testing"

	"privacybot/flows"
)

func TestTallyAnchorsOnAnyTermOfASlot(t *testing.T) {
	// One topic; the slot's plain term scores best there, its concept
	// term less, and only the concept is an anchor.
	ix := &Index{
		topics:   make([]flows.Topic, 1),
		terms:    map[string]int32{"dpo": 0, conceptPrefix + "fg": 1},
		termText: []string{"dpo", conceptPrefix + "fg"},
		postings: [][]posting{
			{{doc: 0, score: 5.4}},
			{{doc: 0, score: 5.1, anchor: true}},
		},
		titles:   make([][2][][]int32, 1),
		glossary: make([]bool, 1),
	}
	tests := []struct {
		name   string
		alts   []alt
		weak   bool
		anchor bool
	}{
		{"concept below the best term", []alt{{0, 1}, {1, 1}}, false, true},
		{"plain term only", []alt{{0, 1}}, false, false},
		{"weak slot", []alt{{0, 1}, {1, 1}}, true, false},
	}
	for _, tt := range tests {
		tl := ix.tallySlots([]slot{{alts: tt.alts, ideal: 1, weak: tt.weak}})
		if got := tl.anchored[0]; got != tt.anchor {
			t.Errorf("%s: anchored = %v, want %v", tt.name, got, tt.anchor)
		}
	}
}
