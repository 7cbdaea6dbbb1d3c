// Package search answers questions from the guideline's topics. It ranks
// topics with BM25F over their title, keywords, short answer and details,
// with Dutch and English stemming, accent folding, a curated synonym table,
// compound splitting and typo tolerance, and it says how sure it is, so that
// the bot answers when it knows, offers choices when it hesitates, and says
// it does not know rather than guess. A model learned from labelled
// questions (model.bin, trained by go generate) weighs in on the ranking
// and the decision.
package search

import (
	"strings"
	"sync"
	"unicode/utf8"

	"privacybot/flows"
	"privacybot/lang"
)

// Index answers questions from a set of topics. Safe for concurrent use:
// it is not changed after New.
type Index struct {
	topics []flows.Topic
	// terms maps a stem or a concept ("~school") to its ID; termText is
	// the reverse.
	terms    map[string]int32
	termText []string
	idf      []float64
	postings [][]posting
	// words holds the stems of every word of the topics and the synonym
	// table, so that known words need no stemming at search time.
	words   map[string]stemmed
	phrases *phraseTable
	// extensions maps a stem to the stems that extend it by a few letters.
	extensions map[string][]int32
	// typos is built on the first word that needs it, so that a process
	// answering one well-spelled question does not pay for it.
	typosOnce sync.Once
	typos     *typoIndex
	// glossary marks the topics that define a term (first source
	// "Begrippenlijst").
	glossary []bool
	// titles holds, per topic, the terms of each unit of its Dutch and its
	// English title, for the title coverage boost.
	titles [][2][][]int32
	// family holds each topic's family name (flows.TopicFamilies), ""
	// when it has none: contenders of one family do not make the search
	// unsure.
	family []string
	// unknownIDF is the weight of a question word no topic has: the idf
	// of a term in no topic, above any known word's, because such a word
	// is usually what the question is about ("vakantiegeld", "paspoort").
	unknownIDF float64
	// weakIDF is the weight of a weak word of a question (see weakWords).
	weakIDF float64
	// rareIDF is the idf of a term in rareCompoundDF topics.
	rareIDF float64
	// model gives each topic's probability for a question; nil searches
	// with BM25F and the rules alone. blend says how the two combine.
	model *model
	blend blend
}

// Hit is a topic that matches a question.
type Hit struct {
	Topic *flows.Topic
	// Score is how well the topic matches, from 0 to 1: its BM25F score
	// relative to the most the question's words can score or, when the
	// index has a model, its blend of the BM25F score relative to the
	// best and the model's probability. It ranks the hits of one search.
	Score float64
}

// Decision is what the bot should do with a search result.
type Decision int

// The decisions, from least to most sure. The zero value is Unknown, so a
// Result that was never filled in never gives an answer.
const (
	// Unknown: the question is outside the guideline. Say so and point to
	// the privacy officer (FG); never present the hits as an answer.
	Unknown Decision = iota
	// Suggest: the question is in scope but the best topic is not clear.
	// Offer the top two or three hits as choices.
	Suggest
	// Answer: give Hits[0].
	Answer
)

// String names the decision: "answer", "suggest" or "unknown".
func (d Decision) String() string {
	switch d {
	case Answer:
		return "answer"
	case Suggest:
		return "suggest"
	}
	return "unknown"
}

// Result is the outcome of one search.
type Result struct {
	// Lang is the detected language of the question.
	Lang lang.Lang
	// Hits are the best matching topics, best first, at most MaxHits. With
	// Decision Unknown they are weak and only fit for diagnostics.
	Hits []Hit
	// Confidence is how sure the search is that Hits[0] answers the
	// question, from 0 to 1; 0 when there are no hits.
	Confidence float64
	// Decision says whether to answer, offer choices, or say the question
	// is out of scope.
	Decision Decision
	// Situation holds the facts the question states, as Recognize reads
	// them from its searched part.
	Situation Situation
}

// MaxHits is the most hits a Result holds.
const MaxHits = 5

// maxQueryBytes and maxQueryWords bound the part of a question that is
// searched, so a pasted document cannot make a search slow; real
// questions are far shorter.
const (
	maxQueryBytes = 4096
	maxQueryWords = 64
)

// Search finds the topics that answer question and decides what to do
// with them. Empty, binary or out-of-scope input gives Decision Unknown.
func (ix *Index) Search(question string) Result {
	// Every rule below reads at most the searched part of the question.
	question = truncate(question, maxQueryBytes)
	r := ix.read(question)
	words, sit := r.words, r.sit
	var res Result
	outish := false
	if ix.model != nil {
		learned, p := ix.rankLearned(r)
		res = ix.overrule(learned, ix.situate(learned, sit, question), p, sit.Urgent)
		outish = ix.blend.outVeto > 0 && p[len(p)-1] >= ix.blend.outVeto
	} else {
		res = ix.situate(ix.rank(r.slots, r.lang), sit, question)
	}
	if res.Decision == Suggest && len(res.Hits) == 1 {
		// One topic to choose from is no choice: answer it.
		res.Decision, res.Confidence = Answer, answerBand
	}
	if res.Decision != Unknown {
		res = preferBreach(res, question)
	}
	if i := namedByKeyword(res, question); i >= 0 && res.Decision != Unknown {
		res.Hits = append(append([]Hit{res.Hits[i]}, res.Hits[:i]...), res.Hits[i+1:]...)
		res.Decision, res.Confidence = Answer, max(res.Confidence, answerBand)
	}
	if res.Decision != Answer && namedByTitle(res, question) {
		res.Decision, res.Confidence = Answer, answerBand
	}
	// Acute danger to a child is always the guideline's business, whatever
	// else the question names ("vader is agressief").
	acute := sit.Urgent && (sit.Age > 0 || containsAny(strings.ToLower(question), childCues))
	if res.Decision != Unknown && !acute && (offTopic(words) != "" || ageAlone(res, question)) {
		res.Decision, res.Confidence = Unknown, min(res.Confidence, suggestBand)*unanchoredShare
	}
	if res.Decision == Answer && !acute && outish {
		// The model finds the question too likely outside the guideline
		// to answer: no rule makes it answer, it may only offer.
		res.Decision, res.Confidence = Suggest, min(res.Confidence, answerBand*0.99)
	}
	res.Situation = sit
	return res
}

// reading is what a search reads from a question before it ranks: its
// words, language, slots and situation.
type reading struct {
	words []string
	lang  lang.Lang
	slots []slot
	sit   Situation
}

// read reads a question for searching.
func (ix *Index) read(question string) reading {
	words := splitAges(tokenize(truncate(question, maxQueryBytes)))
	l := detectLang(words)
	if len(words) > maxQueryWords {
		words = words[:maxQueryWords]
	}
	q := ix.analyzeQuery(words, l)
	if isDefinitional(question) {
		q = append(q, slot{definition: true})
	}
	return reading{words: words, lang: l, slots: q, sit: Recognize(question)}
}

// splitAges writes chat ages as a number and a word for years: "16yo",
// "14jr", "12j" become "16 yo", "14 jr", "12 jr", so the number reads as
// an age.
func splitAges(words []string) []string {
	for i := 0; i < len(words); i++ {
		w := words[i]
		n := 0
		for n < len(w) && n < 3 && w[n] >= '0' && w[n] <= '9' {
			n++
		}
		if n == 0 || n > 2 || n == len(w) {
			continue
		}
		suffix := w[n:]
		if suffix == "j" {
			suffix = "jr"
		}
		if !ageNext[suffix] {
			continue
		}
		words = append(words[:i], append([]string{w[:n], suffix}, words[i+1:]...)...)
		i++
	}
	return words
}

// truncate cuts s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
