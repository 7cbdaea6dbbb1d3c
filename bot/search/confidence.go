package search

// The decision rests on four pieces of evidence about the top hit: its
// coverage (the share of the question's ideal score it accounts for, with
// words no topic knows weighing heavily), how many parts of the question
// it matches, whether one of them is what the topic is about (a concept or
// a title word), and its margin over the runner-up. The thresholds were
// set on the development question set (testdata/questions.tsv) and
// checked on the blind set (testdata/blind2.tsv).
const (
	// inScopeAt is the least coverage of an in-scope question: below it
	// the question is mostly about something the guideline does not treat.
	inScopeAt = 0.2
	// soloAt is the least coverage when the top topic matches one part of
	// the question only: a single shared word ("Uithoorn") is weak
	// evidence unless it is most of the question, and none at all unless
	// it is what the topic is about ("password" in a topic on sending
	// data securely).
	soloAt = 0.35
	// answerCoverage and answerMargin are what the top hit needs to be
	// given as the answer rather than offered among choices. The margin
	// is over the best topic of another family (content/families.txt),
	// so it only needs to show that the question is not split between
	// two kinds of question.
	answerCoverage = 0.25
	answerMargin   = 0.05
	// soloAnswerAt is the least coverage to answer with a top topic that
	// matches one part of the question only; soloClearMargin is the margin
	// from which such a topic is the answer from soloAt on: what the
	// question is about, and far ahead of any other kind of topic.
	soloAnswerAt    = 0.4
	soloClearMargin = 0.2
	// fullMargin is the margin from which being further ahead no longer
	// adds confidence.
	fullMargin = 0.5
	// unknownDiscount is how much the words no topic has count when the
	// top topic matches two parts of the question or more: then they are
	// mostly the circumstances of an in-scope question ("dat moeder
	// drinkt"), while next to one match or none they mark a question
	// outside the guideline.
	unknownDiscount = 0.5
)

// vagueIdeal is the least sum of slot ideals of a question to be
// answered: below it the question holds only words that many topics
// have, and the topics are offered instead.
const vagueIdeal = 1.2

// unanchoredShare scales the confidence of a question decided Unknown for
// lack of an anchor, keeping it below the Suggest band.
const unanchoredShare = 0.99

// Confidence bands: a result's Confidence lies in the band of its
// Decision, so a caller may also compare Confidence with these.
const (
	suggestBand = 0.3
	answerBand  = 0.5
)

// evidence is what the ranking knows about how sure it can be.
type evidence struct {
	// coverage is the share of the question's ideal score that the top
	// topic accounts for.
	coverage float64
	// matched counts the slots of the question the top topic matches,
	// weak words left out.
	matched int
	// anchored reports that the top topic matches a concept or a word of
	// its title.
	anchored bool
	// margin is how far the top score is ahead of the second, relative
	// to the top score; 1 when there is no second.
	margin float64
	// ideal is the sum of the question's slot ideals: how telling its
	// words are together. 0 leaves it out of account.
	ideal float64
}

// decide turns the evidence into a decision and a confidence in that
// decision's band: [0, 0.3) Unknown, [0.3, 0.5) Suggest, [0.5, 1] Answer.
// Within a band the confidence grows with coverage and, for answers, with
// the margin. A coverage beyond 1 (impossible by construction) counts
// as 1.
func decide(ev evidence) (float64, Decision) {
	c := clamp01(ev.coverage)
	m := clamp01(ev.margin)
	if ev.matched < 2 && !ev.anchored {
		// One shared word the topic merely mentions ("laptop") is no
		// evidence to answer with, however much of the question it is;
		// when it is most of the question, the topic is offered. Weak
		// words and devices alone are no evidence at all.
		if ev.matched == 1 && c >= soloAt {
			q := (c - soloAt) / (1 - soloAt)
			return suggestBand + (answerBand-suggestBand)*q*0.99, Suggest
		}
		return suggestBand * c * unanchoredShare, Unknown
	}
	bar, answerAt := inScopeAt, answerCoverage
	if ev.matched < 2 {
		bar, answerAt = soloAt, soloAnswerAt
	}
	switch {
	case c < bar:
		return suggestBand * c / bar, Unknown
	case ev.ideal > 0 && ev.ideal < vagueIdeal:
		// Only words most topics have ("welke gegevens mag ik
		// opschrijven"): every topic covers them, none is the answer.
	case c >= answerAt && m >= answerMargin, ev.matched == 1 && c >= soloAt && m >= soloClearMargin:
		q := 0.5*max(0, c-answerAt)/(1-answerAt) + 0.5*min(1, (m-answerMargin)/(fullMargin-answerMargin))
		return answerBand + (1-answerBand)*q, Answer
	}
	q := (c - bar) / (1 - bar)
	return suggestBand + (answerBand-suggestBand)*q*0.99, Suggest
}

// clamp01 limits x to [0, 1].
func clamp01(x float64) float64 { return min(1, max(0, x)) }
