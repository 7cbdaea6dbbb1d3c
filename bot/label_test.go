package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLabelProblem(t *testing.T) {
	tests := []struct {
		label string
		why   string // "" when the label is fine
	}{
		{"casus-A", ""},
		{"Casus A", ""},
		{"gezin-3", ""},
		{"school B2", ""},
		{"ABC", ""},
		{"casus 2024", ""},
		{"12-03-2012", "datum"},
		{"casus 3 maart 2012", "datum"},
		{"2012-03-12", "datum"},
		{"geb 3/3/12", "kort eigen woord"},
		{"Jan Jansen", "naam"},
		{"Fatima", "naam"},
		{"J. de Vries", "naam"},
		{"casus El-Amrani", "naam"},
		{"dossier 1234567", "nummer"},
		{"", "kort eigen woord"},
		{"[bsn]", "kort eigen woord"},
		{"0612345678", "kort eigen woord"},
		{"een heel lang label van meer dan veertig tekens", "kort eigen woord"},
	}
	for _, tt := range tests {
		why, ok := labelProblem(tt.label)
		if ok != (tt.why == "") {
			t.Errorf("labelProblem(%q) ok = %v, want %v (%q)", tt.label, ok, tt.why == "", why.NL)
			continue
		}
		if !ok && !strings.Contains(why.NL, tt.why) {
			t.Errorf("labelProblem(%q) = %q, want it to mention %q", tt.label, why.NL, tt.why)
		}
	}
}

// FuzzLabelProblem: any typed label is judged without panicking, and an
// accepted one is short and holds no date.
func FuzzLabelProblem(f *testing.F) {
	for _, s := range []string{"casus-A", "12-03-2012", "Jan Jansen", "\xff", "3 maart", "[bsn]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, label string) {
		if _, ok := labelProblem(label); ok && (utf8.RuneCountInString(label) > maxLabelRunes || label == "") {
			t.Errorf("accepted %q", label)
		}
	})
}
