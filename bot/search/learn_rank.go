package search

import (
	"sort"

	"privacybot/lang"
)

// blend holds how the model's probabilities and the BM25F scores make one
// ranking and decision. Its values were chosen by cross-validation (see
// TestCrossValidation), never on the questions a model was trained on.
type blend struct {
	// prob is the share of the model's probability in a topic's
	// combined score; the rest is its BM25F score relative to the best.
	prob float64
	// answerAt is the least probability of the top topic's family (the
	// top topic alone when it has none) to answer; margin the least lead
	// of that over the most probable topic of another family.
	answerAt, margin float64
	// outAnswer is the probability of "out of scope" from which the
	// question is not answered but offered; outUnknown that from which
	// it is out of scope, when it is also above the top family's.
	outAnswer, outUnknown float64
	// outVeto is the probability of "out of scope" from which no rule
	// of the search makes the question answered (see Search); it may
	// only be offered; 0 never vetoes.
	outVeto float64
	// bm25Answer also answers when the top topic is BM25F's top and its
	// evidence decides Answer (see decide).
	bm25Answer bool
	// keepAt and moveBelow bound when the model overrules the rules of
	// the situation (see overrule); keepAt 0 never does.
	keepAt, moveBelow float64
}

// defaultBlend is the blend of the shipped model.
var defaultBlend = blend{prob: 0.9, answerAt: 0.2, margin: 0, outAnswer: 0.15, outUnknown: 0.6, outVeto: 0.2, bm25Answer: true, keepAt: 0.7, moveBelow: 0.03}

// minProb is the least probability for a topic that BM25F does not find
// to be among the hits.
const minProb = 0.02

// rankLearned ranks the topics of a question by their combined score
// (see blend) and decides from the model's probabilities.
func (ix *Index) rankLearned(r reading) (Result, []float64) {
	t := ix.tallySlots(r.slots)
	p := ix.model.predict(ix.features(r, t))
	return ix.combine(r.lang, t, p), p
}

// overrule returns the result before the rules of the situation when
// they moved a topic first that the model finds far less likely than
// the one it put first: at least keepAt for its own, below moveBelow for
// the rules'. A question about acute danger keeps the rules' result.
func (ix *Index) overrule(learned, ruled Result, p []float64, urgent bool) Result {
	if urgent || ix.blend.keepAt == 0 || len(learned.Hits) == 0 || len(ruled.Hits) == 0 || learned.Decision == Unknown {
		return ruled
	}
	own, moved := ix.topicIndex(learned.Hits[0].Topic.ID), ix.topicIndex(ruled.Hits[0].Topic.ID)
	if own != moved && p[own] >= ix.blend.keepAt && p[moved] < ix.blend.moveBelow {
		return learned
	}
	return ruled
}

// combine ranks the topics by their combined score for the tally t and
// the probabilities p (one per topic, then out of scope), and decides
// from the probabilities.
func (ix *Index) combine(l lang.Lang, t tally, p []float64) Result {
	res := Result{Lang: l}
	bestScore := 0.0
	for _, d := range t.order {
		bestScore = max(bestScore, t.scores[d])
	}
	b := ix.blend
	combined := make([]float64, len(ix.topics))
	var order []int
	for d := range ix.topics {
		rel := 0.0
		if bestScore > 0 {
			rel = t.scores[d] / bestScore
		}
		if rel == 0 && p[d] < minProb {
			continue
		}
		combined[d] = (1-b.prob)*rel + b.prob*p[d]
		order = append(order, d)
	}
	if len(order) == 0 {
		return res
	}
	sort.Slice(order, func(i, j int) bool {
		a, c := order[i], order[j]
		if combined[a] != combined[c] {
			return combined[a] > combined[c]
		}
		return ix.topics[a].ID < ix.topics[c].ID
	})
	for _, d := range order[:min(len(order), MaxHits)] {
		res.Hits = append(res.Hits, Hit{Topic: &ix.topics[d], Score: combined[d]})
	}
	top := order[0]
	family, other := 0.0, 0.0
	for d := range ix.topics {
		if d == top || (ix.family[top] != "" && ix.family[d] == ix.family[top]) {
			family += p[d]
		} else {
			other = max(other, p[d])
		}
	}
	out := p[len(ix.topics)]
	switch {
	case out >= b.outUnknown && out > family:
		res.Decision, res.Confidence = Unknown, suggestBand*(1-out)*unanchoredShare
	case out < b.outAnswer && (family >= b.answerAt && family-other >= b.margin || b.bm25Answer && ix.bm25Answers(t, top)):
		res.Decision, res.Confidence = Answer, answerBand+(1-answerBand)*family
	default:
		res.Decision, res.Confidence = Suggest, suggestBand+(answerBand-suggestBand)*family*0.99
	}
	return res
}

// bm25Answers reports whether BM25F alone ranks top first and answers
// with it.
func (ix *Index) bm25Answers(t tally, top int) bool {
	if len(t.order) == 0 || int(t.order[0]) != top {
		return false
	}
	_, d := decide(t.evidence(ix.family))
	return d == Answer
}
