package pii

import (
	"strings"
	"unicode"
)

// birthWords are words about birth that make a nearby date a date of birth.
var birthWords = map[string]bool{
	"geb": true, "gebdatum": true, "jarig": true, "born": true, "dob": true,
}

// birthPrefixes and birthSuffixes catch the longer forms: geboortedatum,
// verjaardag, birthday, date of birth, pasgeboren.
var (
	birthPrefixes = []string{"geboorte", "verjaar", "birth"}
	birthSuffixes = []string{"geboren"}
)

// isBirthWord reports whether w (lower case) is about birth.
func isBirthWord(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if birthWords[w] {
		return true
	}
	for _, p := range birthPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, s := range birthSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// addressWords say that a postcode near them is part of an address.
var addressWords = map[string]bool{
	"postcode": true, "adres": true, "woonadres": true, "huisadres": true, "address": true,
	"woont": true, "wonend": true, "woonachtig": true, "lives": true, "living": true,
	"zip": true, "huisnummer": true, "straat": true, "street": true,
}

// streetSuffixes end Dutch street names: Dorpsstraat, Kerkweg, Amstellaan.
var streetSuffixes = []string{
	"straat", "weg", "laan", "plein", "gracht", "kade", "dijk", "singel", "hof", "park",
	"pad", "dreef", "steeg", "plantsoen", "markt", "baan", "boulevard", "allee", "erf", "ring",
}

// isAddressWord reports whether w (lower case) is an address word or a
// street name.
func isAddressWord(w string) bool {
	if addressWords[w] {
		return true
	}
	for _, s := range streetSuffixes {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isHouseNumber reports whether w is a house number: 1–5 digits, the first
// not 0, and at most one letter ("12", "12a").
func isHouseNumber(w string) bool {
	n := len(w)
	if n > 0 && isLetter(w[n-1]) {
		n--
	}
	if n == 0 || n > maxHouseDigits || w[0] == '0' {
		return false
	}
	for k := 0; k < n; k++ {
		if !isDigit(w[k]) {
			return false
		}
	}
	return true
}

// isName reports whether w is all letters, two or more: a place name.
func isName(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}
