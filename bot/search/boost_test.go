package search

import "testing"

func TestBoostTitlesIgnoresWeakMatches(t *testing.T) {
	ix := New(testTopics())
	school := -1
	for d, tp := range ix.topics {
		if tp.ID == "delen-school" {
			school = d
		}
	}
	term, ok := ix.terms[conceptPrefix+"school"]
	if school < 0 || !ok {
		t.Fatal("test topics lack delen-school or the school concept")
	}
	tests := []struct {
		weight float64
		boost  bool
	}{
		{1, true},
		{titleMatchWeight, true},
		{weakWeight, false},
		{modifierWeight, false},
	}
	for _, tt := range tests {
		scores := make([]float64, len(ix.topics))
		scores[school] = 1
		ix.boostTitles([]slot{{alts: []alt{{term, tt.weight}}}}, scores)
		if got := scores[school] > 1; got != tt.boost {
			t.Errorf("match of weight %.2f on a title word: score %.3f, boosted %v, want %v", tt.weight, scores[school], got, tt.boost)
		}
	}
}

func TestIsDefinitional(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"wat houdt gezag eigenlijk precies in", true},
		{"wat is privacy eigenlijk", true},
		{"telt alleen bekijken van een dossier ook als verwerken?", true},
		{"what does processing mean", true},
		{"wat is de bewaartermijn van een dossier bij veilig thuis", false},
		{"mag ik delen met school", false},
		{"wat moet ik doen bij een datalek", false},
	}
	for _, tt := range tests {
		if got := isDefinitional(tt.q); got != tt.want {
			t.Errorf("isDefinitional(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
