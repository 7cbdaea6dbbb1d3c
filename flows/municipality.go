// Package flows holds the guideline as code: the topics that answer
// questions, the decision flows that walk a professional through a choice,
// and the rules both rest on. It is pure: standard library only, no I/O
// beyond reading the fs.FS it is handed.
package flows

import "strings"

// Municipality is one of the three Duo+ municipalities the guideline covers.
type Municipality string

// The municipalities. Their rules differ in §1.3: Uithoorn asks explicit
// consent, Diemen and Ouder-Amstel work on the transparency principle.
const (
	Diemen      Municipality = "diemen"
	Uithoorn    Municipality = "uithoorn"
	OuderAmstel Municipality = "ouder-amstel"
)

// Municipalities lists the municipalities in display order.
var Municipalities = []Municipality{Diemen, Uithoorn, OuderAmstel}

// Name returns the municipality's proper name.
func (m Municipality) Name() string {
	switch m {
	case Diemen:
		return "Diemen"
	case Uithoorn:
		return "Uithoorn"
	case OuderAmstel:
		return "Ouder-Amstel"
	}
	return ""
}

// PrivacyOfficer returns the e-mail address of the municipality's privacy
// officer (FG), from the guideline's Voorwoord, or "" for an unknown one.
func (m Municipality) PrivacyOfficer() string {
	switch m {
	case Diemen:
		return "fg@diemen.nl"
	case Uithoorn:
		return "fg@uithoorn.nl"
	case OuderAmstel:
		return "fg@ouder-amstel.nl"
	}
	return ""
}

// ExplicitConsent reports whether the municipality asks the client's
// explicit consent before sharing (§1.3); the others work on transparency.
func (m Municipality) ExplicitConsent() bool { return m == Uithoorn }

// ParseMunicipality reads a municipality's name as typed ("Ouder Amstel",
// "uithoorn", "OA") and reports whether it recognised it.
func ParseMunicipality(s string) (Municipality, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer("-", "", " ", "", "_", "").Replace(k)
	switch k {
	case "diemen":
		return Diemen, true
	case "uithoorn":
		return Uithoorn, true
	case "ouderamstel", "oa", "ouderkerk", "duivendrecht":
		return OuderAmstel, true
	}
	return "", false
}
