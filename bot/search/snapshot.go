package search

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/gob"
	"io"
	"slices"
	"sort"

	"privacybot/flows"
	"privacybot/lang"
)

// go generate runs a package's directives file by file in name order,
// so both live here, in the order they must run: first the index
// (index.gob), then the model (model.bin), whose features read the
// index's BM25F ranking and so must be trained on the new index.
//
//go:generate go test -run TestIndexSnapshotIsCurrent -update-index
//go:generate go test -run TestModelIsCurrent -update-model

// builtinIndex is the index of the built-in topics, prepared by go
// generate (index.gob), so that a process answering one question does not
// spend tens of milliseconds building it. TestIndexSnapshotIsCurrent
// fails when it no longer matches the topics or the code.
//
//go:embed index.gob
var builtinIndex []byte

// snapshot is an Index in a form gob writes the same way every time: no
// maps, only slices in a fixed order.
type snapshot struct {
	// Fingerprint identifies the topics and the synonym table the index
	// was built from.
	Fingerprint [32]byte
	TermText    []string
	IDF         []float64
	// Postings of term t are PostDoc[PostStart[t]:PostStart[t+1]], with
	// their scores and anchors.
	PostStart  []int32
	PostDoc    []int32
	PostScore  []float32
	PostAnchor []bool
	// Words, sorted, with their stems.
	Words, WordNL, WordEN []string
	// Extensions: ExtIDs[ExtStart[i]:ExtStart[i+1]] extend ExtKeys[i].
	ExtKeys  []string
	ExtStart []int32
	ExtIDs   []int32
	// Phrases, and per key (sorted) the phrases that start with it.
	Phrases    []snapPhrase
	KeyNames   []string
	KeyStart   []int32
	KeyPhrases []int32
	Glossary   []bool
	Titles     [][2][][]int32

	UnknownIDF, WeakIDF, RareIDF float64
}

type snapPhrase struct {
	Concept      string
	Lang         lang.Lang
	Word, NL, EN []string
}

// fingerprint hashes what an index is built from: the topics and the
// synonym table.
func fingerprint(topics []flows.Topic) [32]byte {
	h := sha256.New()
	put := func(ss ...string) {
		for _, s := range ss {
			var n [4]byte
			binary.LittleEndian.PutUint32(n[:], uint32(len(s)))
			h.Write(n[:])
			io.WriteString(h, s)
		}
		h.Write([]byte{0xff})
	}
	for _, t := range topics {
		put(t.ID, t.Title.NL, t.Title.EN, t.Short.NL, t.Short.EN, t.Details.NL, t.Details.EN, t.Change.NL, t.Change.EN, t.Flow, t.ValidAsOf)
		put(t.Sources...)
		put(t.Laws...)
		put(t.Keywords...)
		for _, p := range t.FlowPresets {
			put(p.Step, p.Value)
		}
	}
	for _, g := range synonymGroups {
		put(g.concept, g.phrases)
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// encodeSnapshot writes the index of topics for embedding.
func encodeSnapshot(ix *Index, topics []flows.Topic) ([]byte, error) {
	s := snapshot{
		Fingerprint: fingerprint(topics), TermText: ix.termText, IDF: ix.idf,
		Glossary: ix.glossary, Titles: ix.titles,
		UnknownIDF: ix.unknownIDF, WeakIDF: ix.weakIDF, RareIDF: ix.rareIDF,
	}
	for _, ps := range ix.postings {
		s.PostStart = append(s.PostStart, int32(len(s.PostDoc)))
		for _, p := range ps {
			s.PostDoc = append(s.PostDoc, p.doc)
			s.PostScore = append(s.PostScore, p.score)
			s.PostAnchor = append(s.PostAnchor, p.anchor)
		}
	}
	s.PostStart = append(s.PostStart, int32(len(s.PostDoc)))
	for _, w := range sortedKeys(ix.words) {
		st := ix.words[w]
		s.Words, s.WordNL, s.WordEN = append(s.Words, w), append(s.WordNL, st.nl), append(s.WordEN, st.en)
	}
	for _, k := range sortedKeys(ix.extensions) {
		s.ExtKeys = append(s.ExtKeys, k)
		s.ExtStart = append(s.ExtStart, int32(len(s.ExtIDs)))
		s.ExtIDs = append(s.ExtIDs, ix.extensions[k]...)
	}
	s.ExtStart = append(s.ExtStart, int32(len(s.ExtIDs)))
	index := map[*phrase]int32{}
	for _, k := range sortedKeys(ix.phrases.byKey) {
		s.KeyNames = append(s.KeyNames, k)
		s.KeyStart = append(s.KeyStart, int32(len(s.KeyPhrases)))
		for _, p := range ix.phrases.byKey[k] {
			i, ok := index[p]
			if !ok {
				i = int32(len(s.Phrases))
				index[p] = i
				sp := snapPhrase{Concept: p.concept, Lang: p.lang}
				for _, w := range p.words {
					sp.Word, sp.NL, sp.EN = append(sp.Word, w.word), append(sp.NL, w.nl), append(sp.EN, w.en)
				}
				s.Phrases = append(s.Phrases, sp)
			}
			s.KeyPhrases = append(s.KeyPhrases, i)
		}
	}
	s.KeyStart = append(s.KeyStart, int32(len(s.KeyPhrases)))
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fromSnapshot returns the index in data when it was built from topics,
// or nil.
func fromSnapshot(data []byte, topics []flows.Topic) *Index {
	if len(data) == 0 {
		return nil
	}
	var s snapshot
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil || s.Fingerprint != fingerprint(topics) {
		return nil
	}
	ix := &Index{
		topics: slices.Clone(topics), termText: s.TermText, idf: s.IDF,
		terms: make(map[string]int32, len(s.TermText)), words: make(map[string]stemmed, len(s.Words)),
		extensions: make(map[string][]int32, len(s.ExtKeys)), phrases: &phraseTable{byKey: make(map[string][]*phrase, len(s.KeyNames))},
		glossary: s.Glossary, titles: s.Titles,
		unknownIDF: s.UnknownIDF, weakIDF: s.WeakIDF, rareIDF: s.RareIDF,
	}
	for i, t := range s.TermText {
		ix.terms[t] = int32(i)
	}
	ix.postings = make([][]posting, len(s.TermText))
	all := make([]posting, len(s.PostDoc))
	for i := range all {
		all[i] = posting{doc: s.PostDoc[i], score: s.PostScore[i], anchor: s.PostAnchor[i]}
	}
	for t := range ix.postings {
		ix.postings[t] = all[s.PostStart[t]:s.PostStart[t+1]:s.PostStart[t+1]]
	}
	for i, w := range s.Words {
		ix.words[w] = stemmed{word: w, nl: s.WordNL[i], en: s.WordEN[i]}
	}
	for i, k := range s.ExtKeys {
		ix.extensions[k] = s.ExtIDs[s.ExtStart[i]:s.ExtStart[i+1]:s.ExtStart[i+1]]
	}
	phrases := make([]phrase, len(s.Phrases))
	for i, sp := range s.Phrases {
		phrases[i] = phrase{concept: sp.Concept, lang: sp.Lang}
		for j := range sp.Word {
			phrases[i].words = append(phrases[i].words, stemmed{word: sp.Word[j], nl: sp.NL[j], en: sp.EN[j]})
		}
	}
	for i, k := range s.KeyNames {
		for _, p := range s.KeyPhrases[s.KeyStart[i]:s.KeyStart[i+1]] {
			ix.phrases.byKey[k] = append(ix.phrases.byKey[k], &phrases[p])
		}
	}
	ix.setFamilies()
	return ix
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
