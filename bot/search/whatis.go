package search

import (
	"regexp"
	"strings"
)

// whatIs matches a short question asking what one term is: "wat is
// privacy eigenlijk", "what is privacy actually", "wat is de AVG in het
// kort", "wat valt er allemaal onder een dossier". The term is the first
// group.
var whatIs = regexp.MustCompile(`^\s*(?:(?:wat|what)\s+(?:is|zijn|are|betekent|means)|wat\s+valt\s+(?:er\s+)?(?:allemaal\s+)?onder|what\s+falls\s+under)\s+(?:de\s+|het\s+|een\s+|a\s+|an\s+|the\s+)?([\p{L}][\p{L}-]{2,})\s*(?:eigenlijk|actually|precies|exactly|nou|nu|in het kort|in short|kort gezegd|briefly)?\s*[?!.]*\s*$`)

// namedByTitle reports whether the question asks what a term is and the
// top hit's title names that term: then the topic is the answer, however
// many other topics use the word ("wat is privacy").
func namedByTitle(res Result, question string) bool {
	if len(res.Hits) == 0 {
		return false
	}
	q := strings.ToLower(question)
	if !strings.HasPrefix(strings.TrimSpace(q), "w") {
		return false
	}
	m := whatIs.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	t := res.Hits[0].Topic.Title
	for _, title := range []string{t.NL, t.EN} {
		for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == ':' || r == '?' || r == ',' }) {
			if w == m[1] {
				return true
			}
		}
	}
	return false
}

// countsAs matches a question asking who or what counts as a term: "wie
// telt eigenlijk als medebehandelaar", "who counts as a co-treating
// professional". The term, of one or two words, is the first or second
// group.
var countsAs = regexp.MustCompile(`\b(?:wie|wat)\s+(?:telt|tellen)\s+(?:eigenlijk\s+|nou\s+|precies\s+)?als\s+(?:een\s+|de\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)|\b(?:who|what)\s+counts?\s+as\s+(?:an?\s+|the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)`)

// countsAsHints are words every match of countsAs holds: without one, the
// expression is not run.
var countsAsHints = []string{"telt", "tellen", "count"}

// namedByKeyword returns the index of the offered hit that has the term a
// "who counts as" question asks about among its keywords, or -1: that
// topic defines the term.
func namedByKeyword(res Result, question string) int {
	q := strings.ToLower(question)
	if len(res.Hits) == 0 || !containsAny(q, countsAsHints) {
		return -1
	}
	m := countsAs.FindStringSubmatch(q)
	if m == nil {
		return -1
	}
	term := m[1] + m[2]
	terms := []string{term}
	if one, _, ok := strings.Cut(term, " "); ok {
		terms = append(terms, one)
	}
	for _, t := range terms {
		for i, h := range res.Hits[:min(presentedHits, len(res.Hits))] {
			for _, k := range h.Topic.Keywords {
				if strings.ToLower(k) == t {
					return i
				}
			}
		}
	}
	return -1
}

// presentedHits is how many hits a reply offers.
const presentedHits = 3
