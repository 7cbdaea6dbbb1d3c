package search

import (
	"strings"

	"privacybot/lang"
)

// repair finds what an unknown word may mean: the parts of a compound
// ("dossiergegevens") or the word it is a typo of ("toestemmign"). A word
// it cannot repair becomes a slot that matches nothing.
func (ix *Index) repair(w string, lang lang.Lang) []slot {
	if len(w) > maxRepairLen {
		return []slot{{ideal: ix.unknownIDF * satRef}}
	}
	if parts := ix.compoundSlots(w, lang, nil); parts != nil {
		return parts
	}
	if fixes, d := ix.typoIndex().correct(w); len(fixes) > 0 {
		weight := typoWeight1
		if d > 1 {
			weight = typoWeight2
		}
		var alts []alt
		for _, f := range fixes {
			alts = mergeAlts(alts, scale(ix.wordAlts(f, lang), weight))
		}
		if len(alts) > 0 {
			return []slot{ix.newSlot(alts)}
		}
	}
	return []slot{{ideal: ix.unknownIDF * satRef}}
}

// compoundSlots splits w into the slots of its parts, or returns nil when
// it is no compound of known words. Dutch compounds are right-headed: a
// "wijkteammedewerker" is a medewerker, so the first part counts as a
// modifier only. whole, the terms of w itself, if any, are matched with
// the head; the slots' ideals come from the parts.
func (ix *Index) compoundSlots(w string, lang lang.Lang, whole []alt) []slot {
	parts := ix.splitCompound(w)
	if parts == nil {
		return nil
	}
	head := ix.newSlot(scale(ix.wordAlts(parts[1], lang), compoundWeight))
	head.alts = mergeAlts(head.alts, whole)
	return []slot{ix.newSlot(scale(ix.wordAlts(parts[0], lang), modifierWeight)), head}
}

// maxRepairLen is the longest word that is split or corrected; longer
// "words" are noise (the longest Dutch word of the guideline,
// "gegevensbeschermingseffectbeoordeling", has 37 letters).
const maxRepairLen = 48

// maxRepairs bounds the unknown words of one question that are split or
// corrected, which keeps a search fast whatever is typed.
const maxRepairs = 8

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
