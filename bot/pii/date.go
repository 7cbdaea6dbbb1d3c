package pii

import (
	"strings"
	"unicode/utf8"
)

// months maps Dutch and English month names and abbreviations to 1–12.
var months = map[string]int{
	"januari": 1, "january": 1, "jan": 1,
	"februari": 2, "february": 2, "feb": 2,
	"maart": 3, "march": 3, "mrt": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"augustus": 8, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// ordinals are the suffixes a day may carry: "1e", "3de", "1ste", "3rd".
var ordinals = map[string]bool{"e": true, "de": true, "ste": true, "st": true, "nd": true, "rd": true, "th": true}

// appendDates adds every date: 3-3-2012, 03/03/12, 3.3.2012 (dots only with
// a four-digit year, so 7.3.11 stays an article number), 2012-03-03,
// 3 maart 2012, 3rd of March 2012, March 3, 2012, and a day and month
// without a year (3 maart, March 3) as a weaker extent. A bare year, a time
// (09:00) or an article number (7:457) is no date.
func appendDates(cands []candidate, text string) []candidate {
	for i := 0; i < len(text); i++ {
		if !isAlnum(text[i]) || !freeBefore(text, i) {
			continue
		}
		var exts []extent
		if isDigit(text[i]) {
			if end, ok := matchNumericDate(text, i); ok {
				exts = []extent{{start: i, end: end, strong: true}}
			} else {
				exts = matchDayMonth(text, i)
			}
		} else {
			exts = matchMonthDay(text, i)
		}
		if len(exts) > 0 {
			cands = append(cands, candidate{kind: Date, extents: exts})
		}
	}
	return cands
}

// readNumber reads the run of digits at text[p]: its value, length and end.
func readNumber(text string, p int) (value, length, end int) {
	for end = p; end < len(text) && isDigit(text[end]); end++ {
		if end-p < 4 {
			value = value*10 + int(text[end]-'0')
		}
	}
	return value, end - p, end
}

// matchNumericDate returns the end of a date in digits starting at text[i].
func matchNumericDate(text string, i int) (int, bool) {
	first, n1, p := readNumber(text, i)
	if p >= len(text) || !isDateSeparator(text[p]) {
		return 0, false
	}
	sep := text[p]
	second, n2, q := readNumber(text, p+1)
	if n2 < 1 || n2 > 2 || q >= len(text) || text[q] != sep {
		return 0, false
	}
	third, n3, end := readNumber(text, q+1)
	var day, month, year int
	switch {
	case n1 <= 2 && (n3 == 4 || n3 == 2 && sep != '.'):
		day, month, year = first, second, third
		if n3 == 2 {
			year = 2000
		}
	case n1 == 4 && sep != '.' && n3 >= 1 && n3 <= 2:
		day, month, year = third, second, first
	default:
		return 0, false
	}
	if !validDay(day, month) || year < 1900 || year > 2099 || !freeAfter(text, end) {
		return 0, false
	}
	return end, true
}

// matchDayMonth reads "3 maart [2012]" or "3rd of March[, 2012]" at text[i]
// and returns its extents: with the year first, then without.
func matchDayMonth(text string, i int) []extent {
	day, n, p := readNumber(text, i)
	if n > 2 {
		return nil
	}
	p, ok := skipOrdinal(text, p)
	if !ok {
		return nil
	}
	q := skipSpaces(text, p)
	if q == p {
		return nil
	}
	if r := skipSpaces(text, q+2); strings.EqualFold(text[q:min(q+2, len(text))], "of") && r > q+2 {
		q = r
	}
	month, monthEnd, ok := readMonth(text, q)
	if !ok || !validDay(day, month) {
		return nil
	}
	var exts []extent
	if end, ok := readYear(text, afterAbbreviation(text, q, monthEnd)); ok {
		exts = append(exts, extent{start: i, end: end, strong: true})
	}
	if freeAfter(text, monthEnd) {
		exts = append(exts, extent{start: i, end: monthEnd})
	}
	return exts
}

// matchMonthDay reads "March 3[, 2012]" at text[i] and returns its
// extents: with the year first, then without.
func matchMonthDay(text string, i int) []extent {
	month, monthEnd, ok := readMonth(text, i)
	if !ok {
		return nil
	}
	p := afterAbbreviation(text, i, monthEnd)
	q := skipSpaces(text, p)
	if q == p {
		return nil
	}
	day, n, dayEnd := readNumber(text, q)
	if n < 1 || n > 2 || !validDay(day, month) {
		return nil
	}
	dayEnd, ok = skipOrdinal(text, dayEnd)
	if !ok {
		return nil
	}
	var exts []extent
	if end, ok := readYear(text, dayEnd); ok {
		exts = append(exts, extent{start: i, end: end, strong: true})
	}
	if freeAfter(text, dayEnd) {
		exts = append(exts, extent{start: i, end: dayEnd})
	}
	return exts
}

// readMonth reads a month name at text[p], ending where the word ends.
func readMonth(text string, p int) (month, end int, ok bool) {
	end = p
	for end < len(text) && isLetter(text[end]) && end-p <= len("september") {
		end++
	}
	if end == p || wordContinues(text, end) {
		return 0, 0, false
	}
	month, ok = months[strings.ToLower(text[p:end])]
	return month, end, ok
}

// maxAbbreviation is the longest abbreviated month name ("sept").
const maxAbbreviation = 4

// afterAbbreviation skips the dot after an abbreviated month ("mrt."), the
// month name running from start to p.
func afterAbbreviation(text string, start, p int) int {
	if p-start <= maxAbbreviation && p < len(text) && text[p] == '.' {
		return p + 1
	}
	return p
}

// wordContinues reports whether a letter, digit or underscore follows p.
func wordContinues(text string, p int) bool {
	if p >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return isWordRune(r)
}

// readYear reads ", 2012" or " 2012" at text[p] and returns the year's end.
func readYear(text string, p int) (int, bool) {
	if p < len(text) && text[p] == ',' {
		p++
	}
	q := skipSpaces(text, p)
	if q == p {
		return 0, false
	}
	year, n, end := readNumber(text, q)
	if n != 4 || year < 1900 || year > 2099 || !freeAfter(text, end) {
		return 0, false
	}
	return end, true
}

// skipOrdinal skips an ordinal suffix after a day; letters that are no
// ordinal ("3kg") make it fail.
func skipOrdinal(text string, p int) (int, bool) {
	q := p
	for q < len(text) && isLetter(text[q]) && q-p < 3 {
		q++
	}
	if q == p {
		return p, true
	}
	if q < len(text) && isLetter(text[q]) || !ordinals[strings.ToLower(text[p:q])] {
		return 0, false
	}
	return q, true
}

// skipSpaces skips the spaces at text[p].
func skipSpaces(text string, p int) int {
	for p < len(text) && text[p] == ' ' {
		p++
	}
	return p
}

// isDateSeparator reports whether b separates day, month and year.
func isDateSeparator(b byte) bool { return b == '-' || b == '/' || b == '.' }

// validDay reports whether day and month could be a date.
func validDay(day, month int) bool {
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}
