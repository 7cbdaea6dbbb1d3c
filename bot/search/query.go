package search

import (
	"strings"

	"privacybot/lang"
)

// slot is one meaningful piece of a question: a topic scores for the slot
// with its best matching alternative.
type slot struct {
	alts []alt
	// ideal is what a good match of the slot scores (see newSlot). A slot
	// no topic matches has the ideal of an unknown word, so that it pulls
	// the confidence down.
	ideal float64
	// weak marks the slot of a weak word (see weakWords) or a device
	// (see deviceWords): it does not count as a part of the question that
	// a topic matches.
	weak bool
	// definition marks the empty slot that says the question asks what
	// something means (see isDefinitional).
	definition bool
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
func (ix *Index) analyzeQuery(words []string, lang lang.Lang) []slot {
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
		if isWeak(u) || (u.afterAs && roleConcepts[u.concept]) {
			slots = append(slots, ix.weakSlot(u, lang))
			continue
		}
		if alts := ix.unitAlts(u, lang); len(alts) > 0 {
			if ix.rareCompound(u, alts) {
				if parts := ix.compoundSlots(u.words[0].word, lang, alts); parts != nil {
					slots = append(slots, parts...)
					continue
				}
			}
			s := ix.newSlot(alts)
			s.weak = isDevice(u)
			slots = append(slots, s)
			continue
		}
		if len(u.words) == 1 && isStopTypo(u.words[0].word) {
			continue
		}
		if len(u.words) == 1 && (isShortToken(u.words[0].word) || isEveryday(u.words[0])) {
			// An unknown word of one or two letters is chat shorthand
			// ("zn", "vd") or a slip, and an everyday word ("boos",
			// "peuter") is a circumstance: neither is what the question
			// is about.
			slots = append(slots, slot{ideal: ix.weakIDF * satRef, weak: true})
			continue
		}
		if len(u.words) != 1 || repairs == maxRepairs {
			slots = append(slots, slot{ideal: ix.unknownIDF * satRef})
			continue
		}
		repairs++
		slots = append(slots, ix.repair(u.words[0].word, lang)...)
	}
	return slots
}

// isShortToken reports whether w has at most two letters and is no
// number.
func isShortToken(w string) bool {
	return len(w) <= 2 && !isNumber(w)
}

// rareCompoundDF is the document frequency up to which a plain word of a
// question that is a compound ("clientgegevens") is read as its parts: a
// word only a topic or two happen to use says no more than its parts do.
const rareCompoundDF = 2

// rareCompound reports whether u is a single plain word whose terms are
// rare enough to be read as a compound (see rareCompoundDF).
func (ix *Index) rareCompound(u unit, alts []alt) bool {
	if u.concept != "" || len(u.words) != 1 || len(u.words[0].word) < 8 {
		return false
	}
	for _, a := range alts {
		if ix.idf[a.term] < ix.rareIDF {
			return false
		}
	}
	return true
}

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
