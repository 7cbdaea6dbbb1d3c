package search

import (
	"math"
	"sort"
	"strings"

	"privacybot/flows"
)

// field is a part of a topic that is indexed on its own.
type field int

// The indexed fields of a topic, from the most telling to the least.
const (
	fieldTitle field = iota
	fieldKeywords
	fieldShort
	fieldDetails
	numFields
)

// BM25F parameters: how much a word in each field counts, how much each
// field's length dampens it, and how fast repeats stop adding (k1).
var (
	fieldWeight = [numFields]float64{fieldTitle: 6.0, fieldKeywords: 1.5, fieldShort: 1.0, fieldDetails: 0.2}
	fieldB      = [numFields]float64{fieldTitle: 0.3, fieldKeywords: 0.5, fieldShort: 0.5, fieldDetails: 0.75}
)

var k1 = 4.0

// glossarySource is the first source of a topic that defines a term.
const glossarySource = "Begrippenlijst"

// conceptPrefix sets synonym concepts apart from stems in the term
// dictionary; no stem starts with it.
const conceptPrefix = "~"

// posting is one topic a term occurs in, with the term's BM25F score for
// that topic, idf included.
type posting struct {
	doc   int32
	score float32
}

// text is a piece of a field in a known language ("" for keywords, which
// mix both).
type text struct {
	s    string
	lang flows.Lang
}

// docFields lists a topic's texts per field. The topic's ID counts as
// keywords, so "begrip gezag" finds begrip-gezag.
func docFields(t *flows.Topic) [numFields][]text {
	var f [numFields][]text
	f[fieldTitle] = []text{{t.Title.NL, flows.NL}, {t.Title.EN, flows.EN}}
	f[fieldKeywords] = []text{{strings.Join(t.Keywords, ", "), ""}, {strings.ReplaceAll(t.ID, "-", " "), ""}}
	f[fieldShort] = []text{{t.Short.NL, flows.NL}, {t.Short.EN, flows.EN}}
	f[fieldDetails] = []text{{t.Details.NL, flows.NL}, {t.Change.NL, flows.NL}, {t.Details.EN, flows.EN}, {t.Change.EN, flows.EN}}
	return f
}

// builder collects term counts while the index is built.
type builder struct {
	ix *Index
	// tf[doc][field] counts each term's occurrences, weighted.
	tf [][numFields]map[int32]float64
	// length[doc][field] counts the units in the field.
	length [][numFields]int
}

// New indexes topics for searching. The topics are copied; hits point to
// the copies.
func New(topics []flows.Topic) *Index {
	ix := &Index{
		topics:  make([]flows.Topic, len(topics)),
		terms:   make(map[string]int32),
		words:   make(map[string]stemmed),
		phrases: newPhraseTable(synonymGroups),
	}
	copy(ix.topics, topics)
	b := &builder{
		ix:     ix,
		tf:     make([][numFields]map[int32]float64, len(topics)),
		length: make([][numFields]int, len(topics)),
	}
	// Read every word first, so that compounds can be split into words
	// that occur anywhere in the topics.
	words := make([][numFields][][]stemmed, len(topics))
	for d := range ix.topics {
		for f, texts := range docFields(&ix.topics[d]) {
			for _, t := range texts {
				words[d][f] = append(words[d][f], ix.stemAll(tokenize(t.s)))
			}
		}
	}
	ix.addSynonymWords()
	ix.titles = make([][2][][]int32, len(topics))
	ix.glossary = make([]bool, len(topics))
	for d := range ix.topics {
		ix.glossary[d] = len(ix.topics[d].Sources) > 0 && ix.topics[d].Sources[0] == glossarySource
		for f, texts := range docFields(&ix.topics[d]) {
			b.tf[d][f] = make(map[int32]float64)
			for i, t := range texts {
				us := b.add(d, field(f), words[d][f][i], t.lang)
				if field(f) == fieldTitle {
					for _, u := range us {
						ix.titles[d][i] = append(ix.titles[d][i], ix.unitTerms(u, false))
					}
				}
			}
		}
	}
	b.score()
	ix.buildPrefixes()
	ix.typos = newTypoIndex(ix.vocabulary())
	return ix
}

// add counts the terms of one text of a topic's field and returns its
// units. The words of a phrase count less than the phrase's concept, and a
// compound counts for its parts a little, so "dossierplicht" is found by
// "plicht".
func (b *builder) add(doc int, f field, words []stemmed, lang flows.Lang) []unit {
	us := units(b.ix.phrases, words, lang, true)
	b.length[doc][f] += len(us)
	count := func(terms []int32, w float64) {
		for _, t := range terms {
			b.tf[doc][f][t] += w
		}
	}
	for _, u := range us {
		if !u.phrase {
			count(b.ix.unitTerms(u, true), 1)
		} else {
			count(b.ix.unitTerms(unit{concept: u.concept}, true), 1)
			count(b.ix.unitTerms(unit{words: u.words}, true), phraseWordWeight)
		}
		if len(u.words) != 1 || u.concept != "" {
			continue
		}
		for _, part := range b.ix.splitCompound(u.words[0].word) {
			pu := unit{words: b.ix.stemAll([]string{part})}
			if p := b.ix.phrases.match(pu.words, lang); p != nil && len(p.words) == 1 {
				pu.concept = p.concept
			}
			count(b.ix.unitTerms(pu, true), compoundPartWeight)
		}
	}
	return us
}

// How much the words of a phrase and the parts of a compound count in a
// topic, against 1 for a word or concept.
var (
	phraseWordWeight   = 0.5
	compoundPartWeight = 0.5
)

// stemAll stems words, remembering each word's stems for later searches.
func (ix *Index) stemAll(words []string) []stemmed {
	out := make([]stemmed, len(words))
	for i, w := range words {
		s, ok := ix.words[w]
		if !ok {
			s = stem(w)
			ix.words[w] = s
		}
		out[i] = s
	}
	return out
}

// unitTerms returns the distinct terms of a unit: its concept and the stems
// of its words. With add it enters new terms in the dictionary; without,
// it leaves out terms no topic has.
func (ix *Index) unitTerms(u unit, add bool) []int32 {
	var out []int32
	put := func(s string) {
		id, ok := ix.terms[s]
		if !ok {
			if !add {
				return
			}
			id = int32(len(ix.termText))
			ix.terms[s] = id
			ix.termText = append(ix.termText, s)
		}
		for _, o := range out {
			if o == id {
				return
			}
		}
		out = append(out, id)
	}
	if u.concept != "" {
		put(conceptPrefix + u.concept)
	}
	for _, w := range u.words {
		put(w.nl)
		put(w.en)
	}
	return out
}

// addSynonymWords remembers the stems of the synonym table's words, so
// that they can be typo targets and need no stemming at search time.
func (ix *Index) addSynonymWords() {
	for _, ps := range ix.phrases.byKey {
		for _, p := range ps {
			for _, w := range p.words {
				ix.words[w.word] = w
			}
		}
	}
}

// score computes idf and each term's BM25F score per topic.
func (b *builder) score() {
	ix := b.ix
	n := len(ix.topics)
	var avg [numFields]float64
	for d := range n {
		for f := range numFields {
			avg[f] += float64(b.length[d][f])
		}
	}
	for f := range numFields {
		avg[f] = max(avg[f]/float64(max(n, 1)), 1)
	}
	df := make([]int, len(ix.termText))
	for d := range n {
		seen := make(map[int32]bool)
		for f := range numFields {
			for term := range b.tf[d][f] {
				if !seen[term] {
					seen[term] = true
					df[term]++
				}
			}
		}
	}
	ix.unknownIDF = unknownScale * idf(n, 0)
	ix.idf = make([]float64, len(ix.termText))
	for t := range ix.idf {
		ix.idf[t] = idf(n, df[t])
	}
	ix.postings = make([][]posting, len(ix.termText))
	for d := range n {
		pseudo := make(map[int32]float64)
		for f := range numFields {
			norm := 1 - fieldB[f] + fieldB[f]*float64(b.length[d][f])/avg[f]
			for term, c := range b.tf[d][f] {
				pseudo[term] += fieldWeight[f] * c / norm
			}
		}
		for term, tf := range pseudo {
			s := ix.idf[term] * saturate(tf)
			ix.postings[term] = append(ix.postings[term], posting{doc: int32(d), score: float32(s)})
		}
	}
	for _, ps := range ix.postings {
		sort.Slice(ps, func(i, j int) bool { return ps[i].doc < ps[j].doc })
	}
}

// saturate is BM25's damping of a term's (pseudo) frequency: repeats add
// less and less, up to k1+1.
func saturate(tf float64) float64 { return tf * (k1 + 1) / (k1 + tf) }

// idf is the BM25 inverse document frequency of a term found in df of n
// topics.
func idf(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// maxPrefixExtra is how many letters a stem may differ at its end from
// another and still count as a form of it ("huisart"/"huisarts",
// "kind"/"kinder"), which the Snowball stemmers miss for Dutch.
const maxPrefixExtra = 2

// minPrefixBase is the shortest stem that is matched with its extensions.
const minPrefixBase = 5

// buildPrefixes maps each stem to the longer stems that extend it by a
// few letters.
func (ix *Index) buildPrefixes() {
	ix.extensions = make(map[string][]int32)
	for id, s := range ix.termText {
		if strings.HasPrefix(s, conceptPrefix) {
			continue
		}
		for cut := 1; cut <= maxPrefixExtra && len(s)-cut >= minPrefixBase; cut++ {
			p := s[:len(s)-cut]
			ix.extensions[p] = append(ix.extensions[p], int32(id))
		}
	}
}

// vocabulary returns the words the index knows, for typo correction:
// every word of the topics and the synonym table that is no stop word or
// number.
func (ix *Index) vocabulary() []string {
	out := make([]string, 0, len(ix.words))
	for w := range ix.words {
		if !stopWords[w] && !isNumber(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
