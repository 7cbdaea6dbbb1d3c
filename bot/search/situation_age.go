package search

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// numberWords are the numbers from two to twenty-five in Dutch and
// English words, as ages are written out ("meisje van veertien", "a
// fifteen-year-old"). "een", "één" and "one" are left out: they are
// articles and pronouns far more often than ages.
var numberWords = map[string]int{
	"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
	"elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
	"achttien": 18, "negentien": 19, "twintig": 20, "eenentwintig": 21, "tweeëntwintig": 22, "tweeentwintig": 22,
	"drieëntwintig": 23, "drieentwintig": 23, "vierentwintig": 24, "vijfentwintig": 25,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22, "twenty-three": 23,
	"twenty-four": 24, "twenty-five": 25,
}

// numberWord matches a number word standing alone or at the head of
// "-jarige", "jarig"; "ten" only before "year(s)" or "yo", since in Dutch
// it is a preposition ("ten aanzien van").
var numberWord = func() *regexp.Regexp {
	words := make([]string, 0, len(numberWords))
	for w := range numberWords {
		words = append(words, regexp.QuoteMeta(w))
	}
	// Longest first, so that "zeventien" is not read as "zeven".
	sort.Slice(words, func(i, j int) bool {
		return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
	})
	return regexp.MustCompile(`\b(?:(` + strings.Join(words, "|") + `)|(ten)[- ]?(?:years?\b|yo\b|y/o))(-?jarig|\b)`)
}()

// withDigits writes the number words of q as digits where they stand as
// an age: before a word for years ("veertienjarige", "fifteen-year-old"),
// after "van", "is", "aged", "bijna" and the like ("meisje van
// veertien"), or closing a phrase ("kid, eleven, says"). "een kind twee
// moeders" keeps its word.
func withDigits(q string) string {
	if !containsAny(q, numberStems) {
		return q
	}
	var sb strings.Builder
	last := 0
	for _, m := range numberWord.FindAllStringSubmatchIndex(q, -1) {
		// "ten" before a word for years: the words after it stay.
		n, rest := 10, m[5]
		if m[2] >= 0 {
			n, rest = numberWords[q[m[2]:m[3]]], m[6]
			jarig := m[7] > m[6]
			if !jarig && !ageUnitNext.MatchString(q[m[1]:]) && !ageWordBefore.MatchString(tail(q[:m[0]], 24)) && !phraseEnd.MatchString(q[m[1]:]) {
				continue
			}
		}
		sb.WriteString(q[last:m[0]])
		sb.WriteString(strconv.Itoa(n))
		sb.WriteString(q[rest:m[1]])
		last = m[1]
	}
	sb.WriteString(q[last:])
	return sb.String()
}

// numberStems are parts of the number words, one of which each holds:
// a cheap test before the expression.
var numberStems = []string{"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten y", "ten-y", "eleven", "twelve", "teen", "twenty"}

// tail returns the last words of s, at most about n bytes, starting at a
// word: expressions anchored at the end need look no further back.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[len(s)-n:]
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[i:]
	}
	return s
}

// ageUnitNext, ageWordBefore and phraseEnd are the places where a number
// word is an age.
var (
	ageUnitNext   = regexp.MustCompile(`^\s*-?\s*(?:jaar|jarig|jr\b|years?\b|yrs?\b|yo\b|y/o)`)
	ageWordBefore = regexp.MustCompile(`\b(?:van|is|of|aged|age|bijna|net|almost|nearly|just|turned|turns|wordt|werd|pas|inmiddels|nu|now)\s+$|\(\s*$`)
	phraseEnd     = regexp.MustCompile(`^\s*(?:[,.;:!?)]|$)`)
)

// A span of years is no age: "15 jaar bewaren", "2 jaar geleden", "na 20
// jaar", "al 10 jaar in dienst", "for 5 years". spanBefore and
// spanAfter are the words around a plain "N jaar" or "N years" that make
// it a span.
var (
	spanBefore = regexp.MustCompile(`(?:termijn van|periode van|period of|\b(?:na|over|binnen|sinds|gedurende|minimaal|minstens|maximaal|maximum|minimum|al|ruim|werk|werkt|werken|work|worked|working|dienst|ervaring|zeker|after|for|within|since|every|elke|iedere|least|most|past|last|afgelopen|laatste|komende|next))\s*$`)
	spanAfter  = regexp.MustCompile(`^\s*(?:geleden|ago|lang|long|bewaren|bewaard|bewaartermijn|retention|termijn|terug|later|daarna|werk|werkervaring|ervaring|experience|in dienst|bij|keep|kept|stored|archief|archive|na\b|after\b|de tijd|the time|oude?\s+(?:dossier|file|gegeven|stuk|verslag|document|data|record|melding))`)
)

// almost marks an age not yet reached: "bijna 16" is 15, and so is
// "wordt volgende maand 16" or "nog geen 16".
var almost = regexp.MustCompile(`\b(?:bijna|almost|nearly|nog geen|nog niet|not yet|binnenkort|straks|soon|volgende (?:week|maand)|next (?:week|month)|over een (?:week|maand))\s+(?:\w+\s+)?$`)

// plus18 marks an adult client by "18+" and its spelled-out forms;
// adultWords by a word without an age; adultNot undoes both
// ("nog niet meerderjarig", "not an adult yet").
var (
	plus18     = gated{[]string{"18", "achttien", "eighteen"}, regexp.MustCompile(`\b18\s*\+|\b18\s*plus\b|\b(?:18|achttien)\s+(?:jaar\s+)?(?:of|en)\s+ouder\b|\b(?:18|eighteen)\s+(?:years?\s+)?(?:or|and)\s+(?:older|over|above)\b|\b(?:boven|ouder dan|over)\s+(?:de\s+)?18\b|\bolder than 18\b`)}
	adultWords = gated{[]string{"meerderjarig", "volwassen", "adult"}, regexp.MustCompile(`\bmeerderjarig|\bjongvolwassen|\byoung adults?\b|\bvolwassen\s+(?:client|cliënt|zoon|dochter|kind|jongere|jongen|meid|meisje)|\badult\s+(?:client|son|daughter|child|now)\b|\b(?:is|now|nu|inmiddels|al|already|intussen|ondertussen|geworden|become|became)\s+(?:an?\s+|een\s+)?(?:adult|volwassen)\b|\bvolwassen geworden\b`)}
	adultNot   = regexp.MustCompile(`\b(?:niet|nog geen|geen|not|not yet|no|nog niet|under|onder de|jonger dan|younger than)\s+(?:an?\s+|de\s+)?(?:meerderjarig|adult|volwassen|18)\b|\bminderjarig`)
)

// isSpan reports whether the years at q[start:end] count time rather
// than age; a form that can only be an age ("-jarige", "yo",
// "years old") never does.
func isSpan(q string, start, end int) bool {
	unit := q[start:end]
	if strings.Contains(unit, "jarig") || strings.Contains(unit, "old") || strings.Contains(unit, "yo") || strings.Contains(unit, "y/o") {
		return false
	}
	return spanBefore.MatchString(tail(q[:start], 40)) || spanAfter.MatchString(q[end:])
}

// readAge finds an age from 1 to 25 next to a word for years or a
// person, with ages written in words as well as digits. An age not yet
// reached ("bijna 16") counts as the year before.
func readAge(q string) int {
	q = withDigits(q)
	if !strings.ContainsAny(q, "0123456789") {
		return 0
	}
	for _, re := range []*regexp.Regexp{ageAfter, ageBefore, ageTurned, agePronoun} {
		for _, m := range re.FindAllStringSubmatchIndex(q, -1) {
			n, err := strconv.Atoi(q[m[2]:m[3]])
			if err != nil || n <= 0 || n > 25 {
				continue
			}
			if re == ageAfter && isSpan(q, m[0], m[1]) || re != ageAfter && otherUnit.MatchString(q[m[3]:]) {
				continue
			}
			if almost.MatchString(tail(q[:m[2]], 48)) && n > 1 {
				n--
			}
			return n
		}
	}
	return 0
}

// agePronoun is an age after a pronoun: "she is 11", "hij is net 15".
// otherUnit marks a number that counts something else: "kind 2 weken
// niet op school", "he is 3 days late".
var (
	agePronoun = regexp.MustCompile(`\b(?:she|he|hij|zij|ze)\s+(?:is|was|wordt|werd|turns|turned)\s+(?:(?:net|just|bijna|almost|nu|now|pas|al|already)\s+)?(\d{1,2})\b`)
	otherUnit  = regexp.MustCompile(`^\s*(?:weken|week|dagen|dag|maanden|maand|uur|uren|keer|minuten|weeks?|days?|months?|hours?|times|minutes|%|euro|km|kilo|pagina|pages?|x\b)`)
)

// readAdult reports an adult client named without an exact age.
func readAdult(q string) bool {
	return (plus18.MatchString(q) || adultWords.MatchString(q)) && !adultNot.MatchString(q)
}
