package pii

import "strings"

// placeholders holds the neutral token that replaces each kind in Redact.
var placeholders = map[Kind]string{
	BSN:       "[bsn]",
	Phone:     "[telefoon]",
	Email:     "[e-mail]",
	IBAN:      "[iban]",
	Postcode:  "[postcode]",
	Birthdate: "[geboortedatum]",
	Date:      "[datum]",
}

// markerTexts lists the placeholders, for recognising them in text.
var markerTexts = []string{
	"[bsn]", "[telefoon]", "[e-mail]", "[iban]", "[postcode]", "[geboortedatum]", "[datum]",
}

// markers returns a span for every placeholder already in text.
func markers(text string) []span {
	var spans []span
	for i := strings.IndexByte(text, '['); i >= 0; {
		if n := markerAt(text, i); n > 0 {
			spans = append(spans, span{start: i, end: i + n, role: roleMarker, personal: true})
		}
		next := strings.IndexByte(text[i+1:], '[')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return spans
}

// markerAt returns the length of the placeholder starting at text[i], or 0.
func markerAt(text string, i int) int {
	if i >= len(text) || text[i] != '[' {
		return 0
	}
	for _, m := range markerTexts {
		if strings.HasPrefix(text[i:], m) {
			return len(m)
		}
	}
	return 0
}

// markerEndsAt reports whether a placeholder ends just before text[i].
func markerEndsAt(text string, i int) bool {
	if i <= 0 || i > len(text) || text[i-1] != ']' {
		return false
	}
	for _, m := range markerTexts {
		if strings.HasSuffix(text[:i], m) {
			return true
		}
	}
	return false
}
