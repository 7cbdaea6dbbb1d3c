package search

import (
	"sort"

	"privacybot/flows"
)

// rank scores every topic for the slots and decides.
func (ix *Index) rank(slots []slot, lang flows.Lang) Result {
	res := Result{Lang: lang}
	n := len(ix.topics)
	scores := make([]float64, n)
	// covered sums each slot's score capped at the slot's ideal: how much
	// of the question a topic accounts for.
	covered := make([]float64, n)
	best := make([]float64, n)
	touched := make([]int32, 0, n)
	ideal := 0.0
	for _, s := range slots {
		ideal += s.ideal
		for _, a := range s.alts {
			for _, p := range ix.postings[a.term] {
				v := a.weight * float64(p.score)
				if v > best[p.doc] {
					if best[p.doc] == 0 {
						touched = append(touched, p.doc)
					}
					best[p.doc] = v
				}
			}
		}
		for _, d := range touched {
			scores[d] += best[d]
			covered[d] += min(best[d], s.ideal)
			best[d] = 0
		}
		touched = touched[:0]
	}
	if ideal == 0 {
		return res
	}
	ix.boostTitles(slots, scores)
	ix.weighGlossary(slots, scores)
	order := make([]int32, 0, n)
	for d, s := range scores {
		if s > 0 {
			order = append(order, int32(d))
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if scores[a] != scores[b] {
			return scores[a] > scores[b]
		}
		return ix.topics[a].ID < ix.topics[b].ID
	})
	if len(order) == 0 {
		return res
	}
	// The most a topic can score: every slot's best term saturated.
	ceiling := ideal / satRef * (k1 + 1)
	for _, d := range order[:min(len(order), MaxHits)] {
		res.Hits = append(res.Hits, Hit{Topic: &ix.topics[d], Score: min(1, scores[d]/ceiling)})
	}
	ev := evidence{coverage: covered[order[0]] / ideal, margin: 1}
	if len(order) > 1 {
		ev.margin = 1 - scores[order[1]]/scores[order[0]]
	}
	res.Confidence, res.Decision = decide(ev)
	return res
}

// titleBoost is how much a topic's score grows when the question covers
// its whole title: a question "wat betekent gezag?" is about the topic
// "Gezag" more than about the many topics that mention gezag.
var titleBoost = 0.5

// boostTitles multiplies each scoring topic's score by 1 + titleBoost ×
// the squared share of its title (Dutch or English, whichever is better)
// that the question's slots match.
func (ix *Index) boostTitles(slots []slot, scores []float64) {
	asked := make(map[int32]bool)
	for _, s := range slots {
		for _, a := range s.alts {
			asked[a.term] = true
		}
	}
	for d, sc := range scores {
		if sc == 0 {
			continue
		}
		best := 0.0
		for _, title := range ix.titles[d] {
			if len(title) == 0 {
				continue
			}
			hit := 0
			for _, terms := range title {
				for _, t := range terms {
					if asked[t] {
						hit++
						break
					}
				}
			}
			best = max(best, float64(hit)/float64(len(title)))
		}
		scores[d] = sc * (1 + titleBoost*best*best)
	}
}

// definitionConcept is the synonym concept of definitional questions
// ("wat betekent", "what counts as").
const definitionConcept = "definitie"

// glossaryPrior is how much a glossary topic's score counts when the
// question asks for no definition: "jongere van 16 wil hulp" is about
// consent, not about the word "jeugdige". A definitional question divides
// by it instead.
var glossaryPrior = 0.75

// weighGlossary applies glossaryPrior to the glossary topics' scores.
func (ix *Index) weighGlossary(slots []slot, scores []float64) {
	f := glossaryPrior
	if id, ok := ix.terms[conceptPrefix+definitionConcept]; ok {
		for _, s := range slots {
			for _, a := range s.alts {
				if a.term == id {
					f = 1 / glossaryPrior
				}
			}
		}
	}
	for d := range scores {
		if ix.glossary[d] {
			scores[d] *= f
		}
	}
}
