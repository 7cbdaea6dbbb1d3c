package search

import "testing"

func TestStem(t *testing.T) {
	tests := []struct {
		word   string
		nl, en string
	}{
		{"ouders", "ouder", "ouder"},
		{"dossiers", "dossier", "dossier"},
		{"toestemming", "toestemm", "toestem"},
		{"parents", "parent", "parent"},
		{"sharing", "sharing", "share"},
		{"gi", "gi", "gi"},
		{"7:457", "7:457", "7:457"},
	}
	for _, tt := range tests {
		got := stem(tt.word)
		if got.nl != tt.nl || got.en != tt.en || got.word != tt.word {
			t.Errorf("stem(%q) = %+v, want nl %q en %q", tt.word, got, tt.nl, tt.en)
		}
	}
}

func TestSameWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ouders", "ouder", true},
		{"leerkrachten", "leerkracht", true},
		{"shared", "sharing", true},
		{"vt", "vt", true},
		{"gi", "gp", false},
		{"school", "huisarts", false},
	}
	for _, tt := range tests {
		if got := sameWord(stem(tt.a), stem(tt.b)); got != tt.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
