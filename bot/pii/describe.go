package pii

import (
	"strings"

	"privacybot/lang"
)

// kindNames names each kind as a countable noun phrase, for the warning.
var kindNames = map[Kind]lang.Text{
	BSN:       lang.T("een BSN", "a BSN"),
	Phone:     lang.T("een telefoonnummer", "a phone number"),
	Email:     lang.T("een e-mailadres", "an e-mail address"),
	IBAN:      lang.T("een rekeningnummer (IBAN)", "a bank account number (IBAN)"),
	Postcode:  lang.T("een adres (postcode)", "an address (postcode)"),
	Birthdate: lang.T("een geboortedatum", "a date of birth"),
	Date:      lang.T("een datum", "a date"),
}

// Describe names the kinds in lang as one phrase for the warning text:
// "een BSN en een telefoonnummer", "a BSN, a phone number and a date".
// Repeated kinds are named once, unknown kinds are skipped, and no kinds
// give "". Dutch is the default language.
func Describe(kinds []Kind, l lang.Lang) string {
	var names []string
	var seen []Kind
	for _, k := range kinds {
		name, known := kindNames[k]
		if !known || containsKind(seen, k) {
			continue
		}
		seen = append(seen, k)
		names = append(names, name.In(l))
	}
	and := lang.T(" en ", " and ").In(l)
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}
