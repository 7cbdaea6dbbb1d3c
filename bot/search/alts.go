package search

import (
	"math"
	"strings"

	"privacybot/lang"
)

// alt is one term a slot of a question can match, with how much a match
// counts (less for a typo fix or a stem that only shares a prefix).
type alt struct {
	term   int32
	weight float64
}

// unitAlts returns the terms a unit of a question in lang matches: its
// concept and its words' stems in the question's language (the other
// language's stem when no topic has that one) or, for a word whose stems
// no topic has, the stems that differ from them only in their last few
// letters. A stem counts at most stemOverConcept times as much as the
// concept: when the meaning is common ("informeren" is a way to share), a
// rare wording must not decide the ranking.
func (ix *Index) unitAlts(u unit, l lang.Lang) []alt {
	var out []alt
	limit := math.Inf(1)
	if u.concept != "" {
		if id, ok := ix.terms[conceptPrefix+u.concept]; ok {
			out = mergeAlts(out, []alt{{id, 1}})
			limit = stemOverConcept * ix.idf[id]
		}
	}
	for _, w := range u.words {
		first, second := w.nl, w.en
		if l == lang.EN {
			first, second = second, first
		}
		if id, ok := ix.terms[first]; ok {
			out = mergeAlts(out, []alt{{id, 1}})
		} else if id, ok := ix.terms[second]; ok {
			out = mergeAlts(out, []alt{{id, 1}})
		} else {
			out = mergeAlts(out, ix.relatives(w.nl))
			out = mergeAlts(out, ix.relatives(w.en))
		}
	}
	for i, a := range out {
		if v := a.weight * ix.idf[a.term]; v > limit {
			out[i].weight = limit / ix.idf[a.term]
		}
	}
	return out
}

// stemOverConcept bounds how much more a word's stem may count than its
// synonym concept.
const stemOverConcept = 4.0

// wordAlts returns the terms a known word of a question in lang matches
// on its own, with the concept of its one-word synonym entry.
func (ix *Index) wordAlts(w string, lang lang.Lang) []alt {
	s, ok := ix.words[w]
	if !ok {
		s = stem(w)
	}
	u := unit{words: []stemmed{s}}
	if p, _ := ix.phrases.match(u.words, ""); p != nil {
		u.concept = p.concept
	}
	return ix.unitAlts(u, lang)
}

// relatives returns the stems that extend s, or that s extends, by a few
// letters at the end.
func (ix *Index) relatives(s string) []alt {
	if len(s) < minPrefixBase || strings.HasPrefix(s, conceptPrefix) {
		return nil
	}
	var out []alt
	for _, id := range ix.extensions[s] {
		out = append(out, alt{id, prefixWeight})
	}
	for cut := 1; cut <= maxPrefixExtra && len(s)-cut >= minPrefixBase; cut++ {
		if id, ok := ix.terms[s[:len(s)-cut]]; ok {
			out = append(out, alt{id, prefixWeight})
		}
	}
	return out
}

// scale returns alts with every weight multiplied by f.
func scale(alts []alt, f float64) []alt {
	for i := range alts {
		alts[i].weight *= f
	}
	return alts
}

// mergeAlts adds more to alts, keeping for each term its highest weight.
func mergeAlts(alts, more []alt) []alt {
next:
	for _, m := range more {
		for i, a := range alts {
			if a.term == m.term {
				alts[i].weight = max(a.weight, m.weight)
				continue next
			}
		}
		alts = append(alts, m)
	}
	return alts
}
