package search

import (
	"slices"
	"testing"
)

func TestOSADistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"toestemming", "toestemming", 2, 0},
		{"toestemmign", "toestemming", 2, 1},
		{"huisats", "huisarts", 2, 1},
		{"verwijsindx", "verwijsindex", 2, 1},
		{"gezagregister", "gezagsregister", 2, 1},
		{"medebehandelar", "medebehandelaar", 2, 1},
		{"dossier", "dosier", 1, 1},
		{"kitten", "sitting", 3, 3},
		{"school", "huisarts", 2, 3},
		{"", "abc", 5, 3},
	}
	for _, tt := range tests {
		if got := osaDistance([]rune(tt.a), []rune(tt.b), tt.max); got != tt.want {
			t.Errorf("osaDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestMaxTypoDistance(t *testing.T) {
	for n, want := range map[int]int{3: 0, 4: 0, 5: 1, 9: 1, 10: 2, 15: 2} {
		if got := maxTypoDistance(n); got != want {
			t.Errorf("maxTypoDistance(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestTypoIndexCorrect(t *testing.T) {
	ti := newTypoIndex([]string{"toestemming", "huisarts", "verwijsindex", "dossier", "zorgen", "gezag", "school"})
	tests := []struct {
		word     string
		want     []string
		distance int
	}{
		{"toestemmign", []string{"toestemming"}, 1},
		{"toestemmng", []string{"toestemming"}, 1},
		{"toestmmign", []string{"toestemming"}, 2},
		{"huisats", []string{"huisarts"}, 1},
		{"verwijsindx", []string{"verwijsindex"}, 1},
		{"dosier", []string{"dossier"}, 1},
		// A wrong first letter is not fixed: "morgen" is no typo of "zorgen".
		{"morgen", nil, 0},
		// Short words are never fixed.
		{"gezg", nil, 0},
		{"pannenkoeken", nil, 0},
	}
	for _, tt := range tests {
		got, d := ti.correct(tt.word)
		if !slices.Equal(got, tt.want) || d != tt.distance {
			t.Errorf("correct(%q) = %q, %d; want %q, %d", tt.word, got, d, tt.want, tt.distance)
		}
	}
}
