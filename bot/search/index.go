package search

import (
	"sort"
	"strings"

	"privacybot/flows"
	"privacybot/lang"
)

// glossarySource is the first source of a topic that defines a term.
const glossarySource = "Begrippenlijst"

// conceptPrefix sets synonym concepts apart from stems in the term
// dictionary; no stem starts with it.
const conceptPrefix = "~"

// text is a piece of a field in a known language ("" for keywords, which
// mix both).
type text struct {
	s    string
	lang lang.Lang
}

// docFields lists a topic's texts per field. The topic's ID counts as
// keywords, so "begrip gezag" finds begrip-gezag.
func docFields(t *flows.Topic) [numFields][]text {
	var f [numFields][]text
	f[fieldTitle] = []text{{t.Title.NL, lang.NL}, {t.Title.EN, lang.EN}}
	f[fieldKeywords] = []text{{strings.Join(t.Keywords, ", "), ""}, {strings.ReplaceAll(t.ID, "-", " "), ""}}
	f[fieldShort] = []text{{t.Short.NL, lang.NL}, {t.Short.EN, lang.EN}}
	f[fieldDetails] = []text{{t.Details.NL, lang.NL}, {t.Change.NL, lang.NL}, {t.Details.EN, lang.EN}, {t.Change.EN, lang.EN}}
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
// the copies. For the built-in topics it loads the index prepared by go
// generate instead of building it.
func New(topics []flows.Topic) *Index {
	ix := fromSnapshot(builtinIndex, topics)
	if ix == nil {
		ix = build(topics)
	}
	ix.useModel(builtinModel())
	return ix
}

// build indexes topics from scratch.
func build(topics []flows.Topic) *Index {
	ix := &Index{
		topics:  make([]flows.Topic, len(topics)),
		terms:   make(map[string]int32),
		words:   make(map[string]stemmed),
		phrases: newPhraseTable(synonymGroups),
	}
	copy(ix.topics, topics)
	ix.setFamilies()
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
	return ix
}

// setFamilies notes each topic's family (flows.TopicFamilies).
func (ix *Index) setFamilies() {
	ix.family = make([]string, len(ix.topics))
	fam := flows.TopicFamilies()
	for d := range ix.topics {
		ix.family[d] = fam[ix.topics[d].ID]
	}
}

// add counts the terms of one text of a topic's field and returns its
// units. The words of a phrase count less than the phrase's concept, and a
// compound counts for its parts a little, so "dossierplicht" is found by
// "plicht".
func (b *builder) add(doc int, f field, words []stemmed, lang lang.Lang) []unit {
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
			if p, _ := b.ix.phrases.match(pu.words, lang); p != nil && len(p.words) == 1 {
				pu.concept = p.concept
			}
			count(b.ix.unitTerms(pu, true), compoundPartWeight)
		}
	}
	return us
}

// How much the words of a phrase and the parts of a compound count in a
// topic, against 1 for a word or concept.
const (
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

// maxPrefixExtra is how many letters a stem may differ at its end from
// another and still count as a form of it ("huisart"/"huisarts",
// "teken"/"tekent"), which the Dutch Snowball stemmer misses.
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

// typoIndex returns the index of the vocabulary's deletions, building it
// on first use.
func (ix *Index) typoIndex() *typoIndex {
	ix.typosOnce.Do(func() { ix.typos = newTypoIndex(ix.vocabulary()) })
	return ix.typos
}
