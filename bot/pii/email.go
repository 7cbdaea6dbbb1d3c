package pii

import "strings"

// maxLocalPart is the longest local part (before the @) an address may have.
const maxLocalPart = 64

// appendEmails adds every e-mail address except the offices' (the
// municipalities' privacy officers, fg@diemen.nl, …): the bot hands those
// out itself, and they name an office, not a person.
func appendEmails(cands []candidate, text string, offices []string) []candidate {
	for off := 0; ; {
		k := strings.IndexByte(text[off:], '@')
		if k < 0 {
			return cands
		}
		at := off + k
		if start, end, ok := matchEmail(text, at); ok && !isOffice(text[start:end], offices) {
			cands = append(cands, candidate{kind: Email, extents: []extent{{start: start, end: end}}})
		}
		off = at + 1
	}
}

// matchEmail returns the address around the @ at text[at].
func matchEmail(text string, at int) (int, int, bool) {
	start := at
	for start > 0 && isLocalChar(text[start-1]) {
		start--
	}
	if glueBefore(text, start) {
		return 0, 0, false
	}
	for start < at && !isAlnum(text[start]) {
		start++
	}
	if start == at || at-start > maxLocalPart {
		return 0, 0, false
	}
	end := at + 1
	for end < len(text) && isDomainChar(text[end]) {
		end++
	}
	for end > at+1 && (text[end-1] == '.' || text[end-1] == '-') {
		end--
	}
	if !validDomain(text[at+1:end]) || !freeAfter(text, end) {
		return 0, 0, false
	}
	return start, end, true
}

func isLocalChar(b byte) bool {
	return isAlnum(b) || strings.IndexByte("._%+-", b) >= 0
}

func isDomainChar(b byte) bool { return isAlnum(b) || b == '.' || b == '-' }

// validDomain reports whether d has at least two non-empty labels and ends
// in a top-level domain of two or more letters.
func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 {
		return false
	}
	for k := 0; k < len(tld); k++ {
		if !isLetter(tld[k]) {
			return false
		}
	}
	return true
}

// isOffice reports whether addr is one of offices.
func isOffice(addr string, offices []string) bool {
	for _, o := range offices {
		if strings.EqualFold(addr, o) {
			return true
		}
	}
	return false
}
