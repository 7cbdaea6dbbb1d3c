package search

import (
	"strings"

	"privacybot/lang"
)

// phrase is one entry of the synonym table, analysed.
type phrase struct {
	words   []stemmed
	concept string
	// lang is the only language the phrase counts in, or "" for both.
	lang lang.Lang
}

// phraseTable finds the synonym phrases in a run of words.
type phraseTable struct {
	// byKey maps a form of a phrase's first word (the word or one of its
	// stems) to the phrases that start with it, longest first.
	byKey map[string][]*phrase
}

// newPhraseTable analyses groups.
func newPhraseTable(groups []synonymGroup) *phraseTable {
	t := &phraseTable{byKey: make(map[string][]*phrase)}
	for _, g := range groups {
		for _, raw := range strings.Split(g.phrases, ",") {
			raw = strings.TrimSpace(raw)
			var lng lang.Lang
			if l, rest, ok := strings.Cut(raw, ":"); ok && (l == "en" || l == "nl") {
				lng, raw = lang.Lang(l), rest
			}
			words := tokenize(raw)
			if len(words) == 0 {
				continue
			}
			p := &phrase{concept: g.concept, lang: lng}
			for i, w := range words {
				if i == 0 || !articles[w] {
					p.words = append(p.words, stem(w))
				}
			}
			for _, k := range p.words[0].keys() {
				t.byKey[k] = appendUnique(t.byKey[k], p)
			}
		}
	}
	for k, ps := range t.byKey {
		sortLongestFirst(ps)
		t.byKey[k] = ps
	}
	return t
}

// appendUnique appends p unless ps already holds it.
func appendUnique(ps []*phrase, p *phrase) []*phrase {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(ps, p)
}

// sortLongestFirst orders phrases by word count, longest first, keeping
// the table's order among equals.
func sortLongestFirst(ps []*phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// articles are the words a phrase may have or leave out after its first
// word, so that "zonder dat de ouders erbij zijn" is the phrase "zonder dat
// ouders erbij zijn" and "uit dossier halen" is "uit het dossier halen".
var articles = wordSet("de het the")

// match returns the longest phrase that starts at words[0] and counts in
// lang ("" accepts every phrase), and how many of words it spans (articles
// included); nil and 0 when there is none.
func (t *phraseTable) match(words []stemmed, lang lang.Lang) (*phrase, int) {
	first := words[0]
	var best *phrase
	span := 0
	try := func(key string) {
		for _, p := range t.byKey[key] {
			if best != nil && len(p.words) <= len(best.words) {
				return
			}
			if p.lang != "" && lang != "" && p.lang != lang {
				continue
			}
			if len(p.words) > len(words) {
				continue
			}
			if n := p.span(words); n > 0 {
				best, span = p, n
				return
			}
		}
	}
	try(first.word)
	if len(first.word) >= 4 {
		try(first.nl)
		try(first.en)
	}
	return best, span
}

// span returns how many of ws the phrase's words are the first of,
// skipping articles after the first word, or 0 when they are not.
func (p *phrase) span(ws []stemmed) int {
	j := 0
	for i, pw := range p.words {
		for i > 0 && j < len(ws) && articles[ws[j].word] {
			j++
		}
		if j == len(ws) || !sameWord(ws[j], pw) {
			return 0
		}
		j++
	}
	return j
}

// sameWord reports whether a and b are the same word, or share a Dutch or
// English stem when both have four letters or more.
func sameWord(a, b stemmed) bool {
	if a.word == b.word {
		return true
	}
	if len(a.word) < 4 || len(b.word) < 4 {
		return false
	}
	return a.nl == b.nl || a.en == b.en
}
