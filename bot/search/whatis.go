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
	m := whatIs.FindStringSubmatch(strings.ToLower(question))
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
