package search

import (
	"math"
	"strings"

	"privacybot/flows"
)

// alt is one term a slot of a question can match, with how much a match
// counts (less for a typo fix or a stem that only shares a prefix).
type alt struct {
	term   int32
	weight float64
}

// slot is one meaningful piece of a question: a topic scores for the slot
// with its best matching alternative.
type slot struct {
	alts []alt
	// ideal is what a good match of the slot scores: its most telling
	// term in a title. A slot no topic matches keeps the ideal of an
	// unknown word, so that it pulls the confidence down.
	ideal float64
}

// Weights of the looser kinds of match.
const (
	prefixWeight   = 0.85
	compoundWeight = 0.9
	modifierWeight = 0.45
	typoWeight1    = 0.8
	typoWeight2    = 0.6
)

// satRef is the BM25F saturation of a good match: the word once in the
// keywords and once in the short answer (a title hit counts as more).
var satRef = saturate(fieldWeight[fieldKeywords] + fieldWeight[fieldShort])



// analyzeQuery turns the words of a question into slots.
func (ix *Index) analyzeQuery(words []string, lang flows.Lang) []slot {
	st := make([]stemmed, len(words))
	for i, w := range words {
		if s, ok := ix.words[w]; ok {
			st[i] = s
		} else {
			st[i] = stem(w)
		}
	}
	var slots []slot
	repairs := 0
	for _, u := range units(ix.phrases, st, lang, false) {
		if alts := ix.unitAlts(u); len(alts) > 0 {
			slots = append(slots, ix.newSlot(alts))
			continue
		}
		if len(u.words) != 1 || repairs == maxRepairs {
			slots = append(slots, slot{ideal: ix.unknownIDF * satRef})
			continue
		}
		repairs++
		slots = append(slots, ix.repair(u.words[0].word)...)
	}
	return slots
}

// repair finds what an unknown word may mean: the parts of a compound
// ("dossiergegevens") or the word it is a typo of ("toestemmign"). A word
// it cannot repair becomes a slot that matches nothing.
func (ix *Index) repair(w string) []slot {
	if len(w) > maxRepairLen {
		return []slot{{ideal: ix.unknownIDF * satRef}}
	}
	if parts := ix.splitCompound(w); parts != nil {
		// Dutch compounds are right-headed: a "wijkteammedewerker" is a
		// medewerker, so the first part counts as a modifier only.
		return []slot{
			ix.newSlot(scale(ix.wordAlts(parts[0]), modifierWeight)),
			ix.newSlot(scale(ix.wordAlts(parts[1]), compoundWeight)),
		}
	}
	if fixes, d := ix.typos.correct(w); len(fixes) > 0 {
		weight := typoWeight1
		if d > 1 {
			weight = typoWeight2
		}
		var alts []alt
		for _, f := range fixes {
			alts = mergeAlts(alts, scale(ix.wordAlts(f), weight))
		}
		if len(alts) > 0 {
			return []slot{ix.newSlot(alts)}
		}
	}
	return []slot{{ideal: ix.unknownIDF * satRef}}
}

// maxRepairLen is the longest word that is split or corrected; longer
// "words" are noise (the longest Dutch word of the guideline,
// "gegevensbeschermingseffectbeoordeling", has 37 letters).
const maxRepairLen = 48

// maxRepairs bounds the unknown words of one question that are split or
// corrected, which keeps a search fast whatever is typed.
const maxRepairs = 8

// newSlot makes a slot of alts. Its ideal comes from how telling the slot
// is: the idf of its synonym concept when it has one (the meaning, not the
// rare wording, decides how specific a question is), otherwise of its most
// telling term among those of the highest weight, so that a looser match
// to a rarer stem does not raise the bar either.
func (ix *Index) newSlot(alts []alt) slot {
	top := 0.0
	for _, a := range alts {
		top = max(top, a.weight)
	}
	best, concept := 0.0, 0.0
	for _, a := range alts {
		v := a.weight * ix.idf[a.term]
		if strings.HasPrefix(ix.termText[a.term], conceptPrefix) {
			concept = max(concept, v)
		} else if a.weight == top {
			best = max(best, v)
		}
	}
	if concept > 0 {
		best = concept
	}
	return slot{alts: alts, ideal: best * satRef}
}

// unitAlts returns the terms a unit matches: its concept and its words'
// stems or, for a word whose stems no topic has, the stems that differ
// from them only in their last few letters. A stem counts at most
// stemOverConcept times as much as the concept: when the meaning is
// common ("informeren" is a way to share), a rare wording must not decide
// the ranking.
func (ix *Index) unitAlts(u unit) []alt {
	var out []alt
	limit := math.Inf(1)
	if u.concept != "" {
		if id, ok := ix.terms[conceptPrefix+u.concept]; ok {
			out = mergeAlts(out, []alt{{id, 1}})
			limit = stemOverConcept * ix.idf[id]
		}
	}
	for _, w := range u.words {
		exact := false
		for _, s := range [2]string{w.nl, w.en} {
			if id, ok := ix.terms[s]; ok {
				out = mergeAlts(out, []alt{{id, 1}})
				exact = true
			}
		}
		if !exact {
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
var stemOverConcept = 4.0

// wordAlts returns the terms a known word matches on its own, with the
// concept of its one-word synonym entry.
func (ix *Index) wordAlts(w string) []alt {
	s, ok := ix.words[w]
	if !ok {
		s = stem(w)
	}
	u := unit{words: []stemmed{s}}
	if p := ix.phrases.match(u.words, ""); p != nil {
		u.concept = p.concept
	}
	return ix.unitAlts(u)
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

// splitCompound splits a Dutch compound into two words the index knows
// ("dossiergegevens" → "dossier", "gegevens"; "toestemmingsformulier" →
// "toestemming", "formulier"), trying a linking "s" on the first part. It
// prefers the most even split and returns nil when there is none.
func (ix *Index) splitCompound(w string) []string {
	if len(w) < 8 {
		return nil
	}
	var best []string
	bestEven := 0
	for i := 4; i <= len(w)-4; i++ {
		left, right := w[:i], w[i:]
		if !ix.knownContent(right) {
			continue
		}
		if !ix.knownContent(left) {
			left = strings.TrimSuffix(left, "s")
			if len(left) < 4 || !ix.knownContent(left) {
				continue
			}
		}
		if even := min(len(left), len(right)); even > bestEven {
			best, bestEven = []string{left, right}, even
		}
	}
	return best
}

// knownContent reports whether w is a word of the index that is not a
// stop word.
func (ix *Index) knownContent(w string) bool {
	_, ok := ix.words[w]
	return ok && !stopWords[w]
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
