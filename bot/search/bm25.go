package search

import (
	"math"
	"sort"
	"strings"
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

// BM25F parameters: how much a word in each field counts and how much each
// field's length dampens it. They were set on the development question
// set; the title counts most, the long details little, so that a topic is
// found by what it is about rather than by what it mentions.
var (
	fieldWeight = [numFields]float64{fieldTitle: 6.0, fieldKeywords: 1.5, fieldShort: 1.0, fieldDetails: 0.2}
	fieldB      = [numFields]float64{fieldTitle: 0.3, fieldKeywords: 0.5, fieldShort: 0.5, fieldDetails: 0.75}
)

// k1 is how fast repeats of a word stop adding. It is high because topics
// are short and focused: a word that recurs in one is real evidence.
const k1 = 4.0

// posting is one topic a term occurs in, with the term's BM25F score for
// that topic, idf included.
type posting struct {
	doc   int32
	score float32
	// anchor reports that the term is a synonym concept or occurs in the
	// topic's title: a match on it says what the topic is about, not just
	// what it mentions.
	anchor bool
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
	df := make([]float64, len(ix.termText))
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
	ix.unknownIDF = idf(n, 0)
	ix.weakIDF = idf(n, weakShare*float64(n))
	ix.rareIDF = idf(n, rareCompoundDF)
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
			anchor := b.tf[d][fieldTitle][term] > 0 || strings.HasPrefix(ix.termText[term], conceptPrefix)
			ix.postings[term] = append(ix.postings[term], posting{doc: int32(d), score: float32(s), anchor: anchor})
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
func idf(n int, df float64) float64 {
	return math.Log(1 + (float64(n)-df+0.5)/(df+0.5))
}
