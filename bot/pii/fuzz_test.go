package pii

import (
	"strings"
	"testing"
)

// FuzzRedact checks, for any input: Find's findings lie within bounds,
// sorted and apart; Redact replaces exactly them with their placeholders
// and keeps the rest byte for byte; no finding's text survives except where
// the same text also stands unflagged elsewhere; and redacting twice
// changes nothing.
func FuzzRedact(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkRedact)
}

// checkRedact fails t unless Find and Redact keep their promises on text.
func checkRedact(t *testing.T, text string) {
	t.Helper()
	findings := Find(text)
	prev := 0
	var gaps []string
	for _, fd := range findings {
		if fd.Start < prev || fd.End <= fd.Start || fd.End > len(text) {
			t.Fatalf("Find(%q): finding %+v out of order or bounds (previous end %d)", text, fd, prev)
		}
		if placeholders[fd.Kind] == "" {
			t.Fatalf("Find(%q): unknown kind %q", text, fd.Kind)
		}
		gaps = append(gaps, text[prev:fd.Start])
		prev = fd.End
	}
	gaps = append(gaps, text[prev:])

	redacted, kinds := Redact(text)
	var want strings.Builder
	for k, fd := range findings {
		want.WriteString(gaps[k])
		want.WriteString(placeholders[fd.Kind])
	}
	want.WriteString(gaps[len(gaps)-1])
	if redacted != want.String() {
		t.Fatalf("Redact(%q) = %q, want %q", text, redacted, want.String())
	}
	if len(findings) > 0 && (len(kinds) == 0 || kinds[0] != findings[0].Kind) {
		t.Fatalf("Redact(%q) kinds %v, first finding %s", text, kinds, findings[0].Kind)
	}
	for _, fd := range findings {
		original := text[fd.Start:fd.End]
		if strings.Contains(redacted, original) && !inAnyGap(gaps, original) {
			t.Fatalf("Redact(%q) = %q still holds %q", text, redacted, original)
		}
	}
	if again, more := Redact(redacted); again != redacted || more != nil {
		t.Fatalf("Redact(%q) = %q, but redacting that gives %q %v", text, redacted, again, more)
	}
}

// inAnyGap reports whether s stands in one of the unflagged stretches.
func inAnyGap(gaps []string, s string) bool {
	for _, g := range gaps {
		if strings.Contains(g, s) {
			return true
		}
	}
	return false
}
