package pii

import (
	"unicode"
	"unicode/utf8"
)

// isWordRune reports whether r belongs inside a word: a letter, a digit or
// an underscore.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }
func isUpper(b byte) bool  { return 'A' <= b && b <= 'Z' }
func isLower(b byte) bool  { return 'a' <= b && b <= 'z' }
func isAlnum(b byte) bool  { return isDigit(b) || isLetter(b) }
func toUpper(b byte) byte {
	if isLower(b) {
		return b - 'a' + 'A'
	}
	return b
}

// isJoiner reports whether b glues two numbers or words into one: a dot or
// a dash ("2023-004512", "7.3.11"). A slash separates ("06-12345678/020-1234567").
func isJoiner(b byte) bool { return b == '.' || b == '-' }

// glueBefore reports whether the text just before text[i] would run into a
// match starting there: a letter, digit or underscore, or a placeholder.
func glueBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r) || markerEndsAt(text, i)
}

// glueAfter reports whether text[j:] would run on from a match ending at j:
// a letter, digit or underscore, a '+' (the start of "+31…"), or a
// placeholder.
func glueAfter(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return isWordRune(r) || r == '+' || markerAt(text, j) > 0
}

// freeBefore reports whether a match may start at text[i]: nothing glues to
// it, and it does not continue a number through a joiner ("2023-0045…").
func freeBefore(text string, i int) bool {
	if glueBefore(text, i) {
		return false
	}
	if i >= 1 && isJoiner(text[i-1]) {
		return !(i >= 2 && isDigit(text[i-2]) || markerEndsAt(text, i-1))
	}
	return true
}

// freeAfter reports whether a match may end at j: nothing glues to it, not
// even through a joiner ("12-03-2012-5" is no date).
func freeAfter(text string, j int) bool {
	if glueAfter(text, j) {
		return false
	}
	return !(j < len(text) && isJoiner(text[j]) && glueAfter(text, j+1))
}
