package pii

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The reach of context, in tokens: a word, or a span of data or a marker,
// counts as one. A sentence end stops the reach.
const (
	// birthReach: a date with a birth word at most 3 words away (4 tokens
	// apart) is a date of birth: "geboren in Amsterdam op 3 maart 2012".
	birthReach = 4
	// dateReach: a full date this close to other personal data is a date:
	// "BSN 123456782, 3-3-2012", "123456782 en 3-3-2012".
	dateReach = 2
	// addressReach: a postcode this close to an address word is an address.
	addressReach = 3
)

// tokenKind tells words, spans and sentence ends apart.
type tokenKind int

const (
	tokWord tokenKind = iota
	tokSpan
	tokStop
)

// token is one unit of context: a word (lower case, and whether it starts
// with a capital), a span (by index), or the end of a sentence.
type token struct {
	kind    tokenKind
	word    string
	capital bool
	span    int
}

// abbreviations end in a dot that does not end the sentence ("geb. 3-3-2012").
var abbreviations = map[string]bool{
	"geb": true, "d.o.b": true, "dob": true, "nr": true, "tel": true, "art": true,
	"ca": true, "bijv": true, "dhr": true, "mevr": true, "mw": true, "st": true,
}

// tokenize reads text into tokens; spans (sorted by start) are one token each.
func tokenize(text string, spans []span) []token {
	toks := make([]token, 0, len(text)/4)
	pos := 0
	for k, s := range spans {
		toks = appendGapTokens(toks, text, pos, s.start)
		toks = append(toks, token{kind: tokSpan, span: k})
		pos = s.end
	}
	return appendGapTokens(toks, text, pos, len(text))
}

// appendGapTokens adds the words and sentence ends of text[from:to]. A word
// is a run of letters, digits and underscores, with single dots inside it
// ("geb.datum", "d.o.b").
func appendGapTokens(toks []token, text string, from, to int) []token {
	wordEnd := -1
	for i := from; i < to; {
		r, w := utf8.DecodeRuneInString(text[i:to])
		switch {
		case isWordRune(r):
			j := i + w
			for j < to {
				r2, w2 := utf8.DecodeRuneInString(text[j:to])
				if isWordRune(r2) {
					j += w2
					continue
				}
				if r2 == '.' && j+1 < to {
					if r3, _ := utf8.DecodeRuneInString(text[j+1 : to]); isWordRune(r3) {
						j++
						continue
					}
				}
				break
			}
			toks = append(toks, token{kind: tokWord, word: strings.ToLower(text[i:j]), capital: unicode.IsUpper(r)})
			wordEnd = j
			i = j
			continue
		case r == '.' || r == '!' || r == '?':
			next := i + w
			ends := next >= to || text[next] == ' ' || text[next] == '\n' || text[next] == '\t' || text[next] == '\r'
			abbreviated := r == '.' && wordEnd == i && abbreviations[toks[len(toks)-1].word]
			if ends && !abbreviated {
				toks = append(toks, token{kind: tokStop})
			}
		}
		i += w
	}
	return toks
}

// judge decides which candidates are personal data, from their context:
// a postcode with a house number or in an address; a date near a birth
// word (a date of birth); a full date near other personal data (a date).
func judge(text string, spans []span) {
	hasCandidate := false
	for _, s := range spans {
		hasCandidate = hasCandidate || s.role == roleCandidate
	}
	if !hasCandidate {
		return
	}
	toks := tokenize(text, spans)
	for k, t := range toks {
		if t.kind != tokSpan || spans[t.span].role != roleCandidate {
			continue
		}
		s := &spans[t.span]
		switch {
		case s.kind == Postcode:
			s.personal = s.strong || inAddress(toks, k)
		case near(toks, k, birthReach, func(t token, _ int) bool { return t.kind == tokWord && isBirthWord(t.word) }):
			s.kind, s.personal = Birthdate, true
		}
	}
	spreadDates(toks, spans)
}

// spreadDates marks as personal every full date within reach of personal
// data, and then of those dates in turn, so a list like
// "123456782, 3-3-2012, 4-4-2014" is caught whole.
func spreadDates(toks []token, spans []span) {
	var work []int
	for k, t := range toks {
		if t.kind == tokSpan && spans[t.span].personal {
			work = append(work, k)
		}
	}
	for len(work) > 0 {
		k := work[len(work)-1]
		work = work[:len(work)-1]
		near(toks, k, dateReach, func(t token, dist int) bool {
			if t.kind != tokSpan {
				return false
			}
			if s := &spans[t.span]; s.role == roleCandidate && s.kind == Date && s.strong && !s.personal {
				s.personal = true
				work = append(work, k+dist)
			}
			return false
		})
	}
}

// inAddress reports whether the postcode at toks[k] stands in an address:
// an address or street word within reach ("Dorpsstraat", "woont",
// "postcode"), a house number right before it ("Dorpsstraat 12, 1111 AB"),
// or a place name right after it ("1111 AB Diemen").
func inAddress(toks []token, k int) bool {
	return near(toks, k, addressReach, func(t token, dist int) bool {
		if t.kind != tokWord {
			return false
		}
		switch {
		case isAddressWord(t.word):
			return true
		case dist == -1:
			return isHouseNumber(t.word)
		case dist == 1:
			return t.capital && isName(t.word)
		}
		return false
	})
}

// near reports whether match holds for a token within reach of toks[k] in
// the same sentence; dist is negative before k and positive after it.
func near(toks []token, k, reach int, match func(t token, dist int) bool) bool {
	for d := 1; d <= reach && k-d >= 0 && toks[k-d].kind != tokStop; d++ {
		if match(toks[k-d], -d) {
			return true
		}
	}
	for d := 1; d <= reach && k+d < len(toks) && toks[k+d].kind != tokStop; d++ {
		if match(toks[k+d], d) {
			return true
		}
	}
	return false
}
