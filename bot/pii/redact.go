package pii

import "strings"

// Redact returns text with each finding of Find replaced by a neutral
// placeholder ([bsn], [telefoon], [e-mail], [iban], [postcode],
// [geboortedatum], [datum]) and everything else kept byte for byte, and
// the distinct kinds found in order of first appearance. Redacting the
// result again changes nothing. offices are kept, as Find keeps them.
func Redact(text string, offices ...string) (redacted string, found []Kind) {
	findings := Find(text, offices...)
	if len(findings) == 0 {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text) + 8*len(findings))
	prev := 0
	for _, f := range findings {
		b.WriteString(text[prev:f.Start])
		b.WriteString(placeholders[f.Kind])
		prev = f.End
		if !containsKind(found, f.Kind) {
			found = append(found, f.Kind)
		}
	}
	b.WriteString(text[prev:])
	return b.String(), found
}

func containsKind(kinds []Kind, k Kind) bool {
	for _, have := range kinds {
		if have == k {
			return true
		}
	}
	return false
}
