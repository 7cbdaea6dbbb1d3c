package pii

import "strings"

// maxPhoneGroups caps the digit groups of a phone number ("06 12 34 56 78"),
// so a row of loose digits is not read as one.
const maxPhoneGroups = 5

// appendPhones adds every Dutch phone number: 0612345678, 06-1234 5678,
// 020-1234567, (0297) 123456, +31 6 12345678, +31 (0)20 123 4567,
// 0031612345678. Service numbers (0800, 090x) and short numbers (112, 144,
// 0800-2000) do not have the shape and are left alone.
func appendPhones(cands []candidate, text string) []candidate {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '0' && c != '+' && c != '(' || !freeBefore(text, i) {
			continue
		}
		if end, ok := matchPhone(text, i); ok && freeAfter(text, end) {
			cands = append(cands, candidate{kind: Phone, extents: []extent{{start: i, end: end}}})
		}
	}
	return cands
}

// matchPhone returns the end of a phone number starting at text[i].
func matchPhone(text string, i int) (int, bool) {
	switch {
	case strings.HasPrefix(text[i:], "+31"):
		return matchInternational(text, i+3)
	case strings.HasPrefix(text[i:], "0031"):
		return matchInternational(text, i+4)
	case text[i] == '(':
		return matchBracketed(text, i)
	default:
		end, digits, ok := readPhoneDigits(text, i, 10, nil)
		return end, ok && validSubscriber(digits[1:])
	}
}

// matchInternational reads what follows +31 or 0031: an optional "(0)",
// then the nine-digit subscriber number (a stray leading 0 is tolerated).
func matchInternational(text string, p int) (int, bool) {
	if p < len(text) && (text[p] == ' ' || text[p] == '-') {
		p++
	}
	trunk := strings.HasPrefix(text[p:], "(0)")
	if trunk {
		p += 3
		if p < len(text) && (text[p] == ' ' || text[p] == '-') {
			p++
		}
	}
	if p >= len(text) || !isDigit(text[p]) {
		return 0, false
	}
	need := 9
	if text[p] == '0' && !trunk {
		need = 10
	}
	end, digits, ok := readPhoneDigits(text, p, need, nil)
	return end, ok && validSubscriber(digits[need-9:])
}

// matchBracketed reads a number whose area code is in brackets: (020) 123 4567.
func matchBracketed(text string, i int) (int, bool) {
	p := i + 1
	var area []byte
	for p < len(text) && isDigit(text[p]) && len(area) < 5 {
		area = append(area, text[p])
		p++
	}
	if len(area) < 2 || area[0] != '0' || p >= len(text) || text[p] != ')' {
		return 0, false
	}
	p++
	if p < len(text) && (text[p] == ' ' || text[p] == '-') {
		p++
	}
	end, digits, ok := readPhoneDigits(text, p, 10, area)
	return end, ok && validSubscriber(digits[1:])
}

// readPhoneDigits reads digit groups from text[p] until digits holds need
// digits, ending exactly at the end of a group.
func readPhoneDigits(text string, p, need int, digits []byte) (int, []byte, bool) {
	for groups := 1; ; groups++ {
		start := p
		for p < len(text) && isDigit(text[p]) {
			if len(digits) == need {
				return 0, nil, false
			}
			digits = append(digits, text[p])
			p++
		}
		if p == start || groups > maxPhoneGroups {
			return 0, nil, false
		}
		if len(digits) == need {
			return p, digits, true
		}
		next, ok := skipPhoneSeparator(text, p)
		if !ok {
			return 0, nil, false
		}
		p = next
	}
}

// skipPhoneSeparator skips what may stand between two groups of a phone
// number: a space, a dash or a dot, or a dash with spaces around it.
func skipPhoneSeparator(text string, p int) (int, bool) {
	q := p
	if q < len(text) && text[q] == ' ' {
		q++
	}
	if q < len(text) && (text[q] == '-' || text[q] == '.') {
		q++
		if q < len(text) && text[q] == ' ' {
			q++
		}
	}
	if q == p || q >= len(text) || !isDigit(text[q]) {
		return p, false
	}
	return q, true
}

// validSubscriber reports whether the nine digits after the 0 are a
// personal number: area codes 01–07 and 08x except 080x (0800 is a free
// service line); 09xx numbers are paid service lines.
func validSubscriber(nsn []byte) bool {
	if len(nsn) != 9 {
		return false
	}
	switch {
	case '1' <= nsn[0] && nsn[0] <= '7':
		return true
	case nsn[0] == '8':
		return nsn[1] != '0'
	}
	return false
}
