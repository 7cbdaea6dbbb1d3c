package pii

import (
	"strings"

	"privacybot/flows"
)

// kindNames names each kind as a countable noun phrase, for the warning.
var kindNames = map[Kind]flows.Text{
	BSN:       flows.T("een BSN", "a BSN"),
	Phone:     flows.T("een telefoonnummer", "a phone number"),
	Email:     flows.T("een e-mailadres", "an e-mail address"),
	IBAN:      flows.T("een rekeningnummer (IBAN)", "a bank account number (IBAN)"),
	Postcode:  flows.T("een adres (postcode)", "an address (postcode)"),
	Birthdate: flows.T("een geboortedatum", "a date of birth"),
	Date:      flows.T("een datum", "a date"),
}

// Describe names the kinds in lang as one phrase for the warning text:
// "een BSN en een telefoonnummer", "a BSN, a phone number and a date".
// Repeated kinds are named once, unknown kinds are skipped, and no kinds
// give "". Dutch is the default language.
func Describe(kinds []Kind, lang flows.Lang) string {
	var names []string
	var seen []Kind
	for _, k := range kinds {
		name, known := kindNames[k]
		if !known || containsKind(seen, k) {
			continue
		}
		seen = append(seen, k)
		names = append(names, name.In(lang))
	}
	and := flows.T(" en ", " and ").In(lang)
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}
