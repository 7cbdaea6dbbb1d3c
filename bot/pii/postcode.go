package pii

// maxHouseDigits is the longest house number, in digits.
const maxHouseDigits = 5

// notSolidLetters are units and short words that look like a postcode typed
// in lower case without a space ("1500mg", "2000km", "2019en"); they never
// count as one.
var notSolidLetters = map[string]bool{
	"km": true, "kg": true, "mg": true, "ml": true, "cl": true, "cm": true, "mm": true,
	"gb": true, "mb": true, "kb": true, "pk": true, "kw": true, "uu": true,
	"op": true, "en": true, "in": true, "of": true, "de": true, "te": true, "is": true,
	"om": true, "al": true, "na": true, "er": true, "ze": true, "we": true, "je": true, "nu": true,
}

// appendPostcodes adds every Dutch postcode: four digits, the first not 0,
// an optional space and two letters other than SA, SD and SS — upper case
// ("1111 AB", "1111AB"), or lower case written solid ("1111ab"). A house
// number right after it ("1111 AB 12", "1111AB 12a", "1111 AB 3-2") makes
// the strong extent; the postcode alone is the fallback.
func appendPostcodes(cands []candidate, text string) []candidate {
	for i := 0; i+6 <= len(text); i++ {
		if text[i] < '1' || text[i] > '9' || !freeBefore(text, i) {
			continue
		}
		end, ok := matchPostcode(text, i)
		if !ok {
			continue
		}
		c := candidate{kind: Postcode}
		if house, ok := matchHouseNumber(text, end); ok {
			c.extents = append(c.extents, extent{start: i, end: house, strong: true})
		}
		c.extents = append(c.extents, extent{start: i, end: end})
		cands = append(cands, c)
	}
	return cands
}

// matchPostcode returns the end of a postcode starting at text[i].
func matchPostcode(text string, i int) (int, bool) {
	for k := 1; k < 4; k++ {
		if !isDigit(text[i+k]) {
			return 0, false
		}
	}
	p := i + 4
	spaced := text[p] == ' '
	if spaced {
		p++
	}
	if p+2 > len(text) {
		return 0, false
	}
	a, b := text[p], text[p+1]
	upper := isUpper(a) && isUpper(b)
	lower := isLower(a) && isLower(b) && !spaced
	if !upper && !lower || lower && notSolidLetters[text[p:p+2]] {
		return 0, false
	}
	if ua, ub := toUpper(a), toUpper(b); ua == 'S' && (ub == 'A' || ub == 'D' || ub == 'S') {
		return 0, false
	}
	if !freeAfter(text, p+2) {
		return 0, false
	}
	return p + 2, true
}

// matchHouseNumber returns the end of a house number after the postcode
// ending at from: spaces, then 1–5 digits (the first not 0), then
// optionally a letter ("12a") or a dash and up to four letters or digits
// ("12-2", "12-hs").
func matchHouseNumber(text string, from int) (int, bool) {
	p := from
	for p < len(text) && text[p] == ' ' {
		p++
	}
	if p == from || p >= len(text) || text[p] < '1' || text[p] > '9' {
		return 0, false
	}
	q := p
	for q < len(text) && isDigit(text[q]) {
		q++
	}
	if q-p > maxHouseDigits {
		return 0, false
	}
	if q+1 < len(text) && text[q] == '-' && isAlnum(text[q+1]) {
		r := q + 1
		for r < len(text) && isAlnum(text[r]) && r-q <= 4 {
			r++
		}
		if freeAfter(text, r) {
			return r, true
		}
	}
	if q < len(text) && isLetter(text[q]) && freeAfter(text, q+1) {
		return q + 1, true
	}
	if freeAfter(text, q) {
		return q, true
	}
	return 0, false
}
