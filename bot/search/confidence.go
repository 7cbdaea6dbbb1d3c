package search

// Decision thresholds on the confidence. They were set on the development
// question set (testdata/questions.tsv) and checked on the holdout set.
const (
	answerAt  = 0.5
	suggestAt = 0.3
	// answerMargin is how far ahead the top hit must be to be answered
	// rather than offered as a choice.
	answerMargin = 0.15
)

// decide turns the evidence into a confidence from 0 to 1 and a decision.
func decide(ev evidence) (float64, Decision) {
	conf := min(1, max(0, ev.strength))
	switch {
	case conf >= answerAt && ev.margin >= answerMargin:
		return conf, Answer
	case conf >= suggestAt:
		return conf, Suggest
	}
	return conf, Unknown
}
