package search

import (
	"strings"
	"unicode"
)

// situationWords are the long words the facts of a question turn on,
// which chat typing misspells: "toestemmng", "huisats", "weigerren". A
// word of seven letters or more within typing distance of one (and
// starting with the same letter) is read as that word. Short words and
// words close to another common word ("politiek") are left out.
var situationWords = []string{
	"toestemming", "huisarts", "weigeren", "weigert", "geweigerd", "gezinsvoogd", "leerkracht", "verwijsindex",
	"wijkagent", "meerderjarig", "meerderjarige", "kinderbescherming", "jeugdbescherming", "ingetrokken", "intrekken",
	"mishandeling", "mishandeld", "zorgcoördinator", "zorgcoordinator", "veiligthuis", "gecertificeerde", "teruggetrokken",
	"consent", "refuses", "refused", "withdraw", "withdrew", "withdrawn", "guardian", "custody", "teacher", "emergency",
}

var situationTypos = newTypoIndex(situationWords)

// knownSituationWords is the set of situationWords, which need no
// repair; situationStarts their first three letters, which a word must
// share to be looked up: typing slips rarely fall there, and most words
// are passed over without a look-up.
var knownSituationWords, situationStarts = func() (map[string]bool, map[string]bool) {
	known, starts := make(map[string]bool, len(situationWords)), make(map[string]bool)
	for _, w := range situationWords {
		known[w] = true
		starts[w[:3]] = true
	}
	return known, starts
}()

// repairSituationWords writes misspelt situation words in q as meant;
// q is lower case. A word with more than one nearest word stays, and so
// does an inflected form ("consents", "huisartsen"), which the cues read
// as it is.
func repairSituationWords(q string) string {
	var sb strings.Builder
	changed := false
	start := -1
	flush := func(end int) {
		w := q[start:end]
		if len(w) >= 7 && situationStarts[w[:3]] && !knownSituationWords[w] {
			if fixed, _ := situationTypos.correct(w); len(fixed) == 1 && !strings.HasPrefix(w, fixed[0]) && !strings.HasPrefix(fixed[0], w) {
				if !changed {
					sb.WriteString(q[:start])
					changed = true
				}
				sb.WriteString(fixed[0])
				return
			}
		}
		if changed {
			sb.WriteString(w)
		}
	}
	for i, r := range q {
		letter := unicode.IsLetter(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			flush(i)
			start = -1
		}
		if !letter && changed {
			sb.WriteRune(r)
		}
	}
	if start >= 0 {
		flush(len(q))
	}
	if !changed {
		return q
	}
	return sb.String()
}
