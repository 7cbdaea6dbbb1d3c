package flows

import "testing"

func TestStateKnown(t *testing.T) {
	tests := []struct {
		name  string
		state *State
		want  bool
	}{
		{"none", nil, true},
		{"a step", &State{Flow: "stappenplan", Step: "ontvanger"}, true},
		{"a helper flow returning", &State{Flow: "gezag", Step: "geboorte", Path: []Answered{{Step: "rechter", Value: "nee"}}, Return: &State{Flow: "stappenplan", Step: "ontvanger"}}, true},
		{"no such flow", &State{Flow: "weg", Step: "ontvanger"}, false},
		{"no such step", &State{Flow: "vernietiging", Step: "goede-zorg"}, false},
		{"no such outcome", &State{Flow: "stappenplan", Outcome: "acvz"}, false},
		{"no such step on the path", &State{Flow: "stappenplan", Step: "ontvanger", Path: []Answered{{Step: "weg"}}}, false},
		{"the flow returned to changed", &State{Flow: "gezag", Step: "rechter", Return: &State{Flow: "toestemming", Step: "weg"}}, false},
	}
	for _, tt := range tests {
		if got := EmbeddedSet().Known(tt.state); got != tt.want {
			t.Errorf("%s: Known() = %v, want %v", tt.name, got, tt.want)
		}
	}
}
