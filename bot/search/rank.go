package search

import (
	"sort"

	"privacybot/lang"
)

// tally is what the ranking knows about every topic for one question.
type tally struct {
	// scores is each topic's score, boosts applied.
	scores []float64
	// covered sums each slot's score capped at the slot's ideal: how much
	// of the question a topic accounts for; matched counts the slots
	// other than weak ones; anchored reports a match on a concept or a
	// title word.
	covered  []float64
	matched  []int
	anchored []bool

	// ideal is the sum of the slots' ideals; unknown is the part of it
	// that belongs to words no topic has.
	ideal, unknown float64
	// order holds the topics that score, best first.
	order []int32
}

// tallySlots scores every topic for the slots.
func (ix *Index) tallySlots(slots []slot) tally {
	n := len(ix.topics)
	t := tally{
		scores:   make([]float64, n),
		covered:  make([]float64, n),
		matched:  make([]int, n),
		anchored: make([]bool, n),
	}
	best := make([]float64, n)
	anchor := make([]bool, n)
	touched := make([]int32, 0, n)
	for _, s := range slots {
		t.ideal += s.ideal
		if len(s.alts) == 0 && !s.weak {
			t.unknown += s.ideal
		}
		for _, a := range s.alts {
			for _, p := range ix.postings[a.term] {
				v := a.weight * float64(p.score)
				if v > best[p.doc] {
					if best[p.doc] == 0 {
						touched = append(touched, p.doc)
					}
					best[p.doc] = v
				}
				// Any of the slot's terms can anchor it, not only the
				// best scoring one.
				anchor[p.doc] = anchor[p.doc] || p.anchor
			}
		}
		for _, d := range touched {
			t.scores[d] += best[d]
			t.covered[d] += min(best[d], s.ideal)
			if !s.weak {
				t.matched[d]++
				t.anchored[d] = t.anchored[d] || anchor[d]
			}
			best[d] = 0
			anchor[d] = false
		}
		touched = touched[:0]
	}
	if t.ideal == 0 {
		return t
	}
	ix.boostTitles(slots, t.scores)
	ix.weighGlossary(slots, t.scores)
	for d, s := range t.scores {
		if s > 0 {
			t.order = append(t.order, int32(d))
		}
	}
	sort.Slice(t.order, func(i, j int) bool {
		a, b := t.order[i], t.order[j]
		if t.scores[a] != t.scores[b] {
			return t.scores[a] > t.scores[b]
		}
		return ix.topics[a].ID < ix.topics[b].ID
	})
	return t
}

// evidence returns what the tally says about its top topic. The margin is
// taken over the best topic of another family than the top's, so that
// contenders of one family (meldrecht and the meldcode) do not make the
// search unsure; family lists each topic's family.
func (t tally) evidence(family []string) evidence {
	top := t.order[0]
	ideal := t.ideal
	if t.matched[top] >= 2 {
		ideal -= (1 - unknownDiscount) * t.unknown
	}
	ev := evidence{coverage: t.covered[top] / ideal, matched: t.matched[top], anchored: t.anchored[top], margin: 1, ideal: t.ideal}
	for _, d := range t.order[1:] {
		if family[top] == "" || family[d] != family[top] {
			ev.margin = 1 - t.scores[d]/t.scores[top]
			break
		}
	}
	return ev
}

// rank scores every topic for the slots and decides.
func (ix *Index) rank(slots []slot, lang lang.Lang) Result {
	res := Result{Lang: lang}
	t := ix.tallySlots(slots)
	if len(t.order) == 0 {
		return res
	}
	// The most a topic can score: every slot's best term saturated.
	ceiling := t.ideal / satRef * (k1 + 1)
	for _, d := range t.order[:min(len(t.order), MaxHits)] {
		res.Hits = append(res.Hits, Hit{Topic: &ix.topics[d], Score: min(1, t.scores[d]/ceiling)})
	}
	res.Confidence, res.Decision = decide(t.evidence(ix.family))
	return res
}
