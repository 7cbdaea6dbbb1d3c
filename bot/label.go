package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"privacybot/bot/pii"
	"privacybot/lang"
)

// maxLabelRunes bounds a case label.
const maxLabelRunes = 40

// labelWords are capitalised words that are common in a case label and no
// name.
var labelWords = map[string]bool{
	"casus": true, "case": true, "gezin": true, "family": true, "cliënt": true, "client": true,
	"jeugd": true, "jongere": true, "kind": true, "child": true, "school": true, "team": true,
	"dossier": true, "zaak": true, "melding": true, "aanvraag": true, "vraag": true, "test": true,
}

// Why a label is refused.
var (
	txtLabelHelp = lang.T(
		"Typ `label` met een kort eigen woord voor de casus (hooguit 40 tekens), zonder naam of andere gegevens van de cliënt. Bijvoorbeeld: `label casus-A`.",
		"Type `label` with a short word of your own for the case (at most 40 characters), without the client's name or other details. For example: `label case-A`.")
	txtLabelDate = lang.T(
		"Dit label bevat een datum. Een datum kan een geboortedatum zijn, dus die bewaar ik niet. Kies een eigen woord, bijvoorbeeld `label casus-A`.",
		"This label holds a date. A date may be a date of birth, so I don't keep it. Choose a word of your own, for example `label case-A`.")
	txtLabelNumber = lang.T(
		"Dit label bevat een lang nummer, misschien een cliënt- of dossiernummer. Dat bewaar ik niet. Kies een eigen woord, bijvoorbeeld `label casus-A`.",
		"This label holds a long number, perhaps a client or file number. I don't keep that. Choose a word of your own, for example `label case-A`.")
	txtLabelName = lang.T(
		"Dit label lijkt op een naam (een woord met een hoofdletter). Een naam van de cliënt bewaar ik niet. Kies een eigen woord in kleine letters, bijvoorbeeld `label casus-A` of `label gezin-3`.",
		"This label looks like a name (a word with a capital). I don't keep a client's name. Choose a word of your own in lower case, for example `label case-A` or `label family-3`.")
)

// labelProblem says why label cannot be a case label: empty or too long,
// personal data the redactor found (its marker "[…]"), a date, a long
// number, or a word shaped like a name. ok is true when it can.
func labelProblem(label string) (why lang.Text, ok bool) {
	switch {
	case label == "" || utf8.RuneCountInString(label) > maxLabelRunes || strings.Contains(label, "[") || len(pii.Find(label)) > 0:
		return txtLabelHelp, false
	case pii.HasDate(label):
		return txtLabelDate, false
	case longestDigitRun(label) >= 6:
		return txtLabelNumber, false
	}
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' || r == '/' || r == '_' }) {
		if nameShaped(w) {
			return txtLabelName, false
		}
	}
	return lang.Text{}, true
}

// nameShaped reports whether w looks like a name: a capital, then at least
// one lower-case letter, letters (and ' or -) only, and not a common label
// word ("Casus"). "A", "B2", "ABC" and "casus-A" are not name-shaped.
func nameShaped(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || labelWords[strings.ToLower(w)] {
		return false
	}
	lower := 0
	for _, c := range w[size:] {
		switch {
		case unicode.IsLower(c):
			lower++
		case unicode.IsUpper(c), c == '\'', c == '-':
		default:
			return false
		}
	}
	return lower > 0
}

func longestDigitRun(s string) int {
	best, run := 0, 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// TruncateRunes cuts s to at most n runes, marking a cut with "…".
func TruncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return ""
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
