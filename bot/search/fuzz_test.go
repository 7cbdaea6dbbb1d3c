package search

import (
	"slices"
	"testing"
	"unicode/utf8"

	"privacybot/flows"
)

// FuzzSearch feeds arbitrary text to Search: it must never panic, must keep
// Confidence in [0, 1] and in its decision's band, and must return at most
// MaxHits hits with scores in (0, 1].
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"",
		"ouders gescheiden, wie tekent?",
		"juf vraagt hoe het gaat met kind, mag ik wat zeggen",
		"toestemmign huisats verwijsindx",
		"Jeugdwet art. 7.3.11 en BW 7:457",
		"e-mail naar ib'er in Ouder-Amstel",
		"kind van 14 en een 21-jarige",
		"\x00\xff\xfe\xfd",
		"e\u0308e\u0301n cliënt",
		"in welke gevallen mag ik delen zonder toestemming",
		"🙂 ﬁ ĳ ß",
		"als jeugdarts zn vd de de het the zonder dat de ouders erbij zijn",
		"clientgegevens op mijn laptop",
	} {
		f.Add(seed)
	}
	// The test topics search with BM25F and the rules alone, the built-in
	// ones with the model as well.
	indexes := []*Index{New(testTopics()), New(flows.EmbeddedTopics())}
	f.Fuzz(func(t *testing.T, q string) {
		for _, ix := range indexes {
			checkSearch(t, ix, q)
		}
	})
}

// checkSearch checks the promises of Search for one question.
func checkSearch(t *testing.T, ix *Index, q string) {
	t.Helper()
	res := ix.Search(q)
	if res.Confidence < 0 || res.Confidence > 1 {
		t.Fatalf("Search(%q): confidence %v outside [0, 1]", q, res.Confidence)
	}
	if !inBand(res.Confidence, res.Decision) {
		t.Fatalf("Search(%q): confidence %v outside the %s band", q, res.Confidence, res.Decision)
	}
	if len(res.Hits) > MaxHits {
		t.Fatalf("Search(%q): %d hits", q, len(res.Hits))
	}
	if res.Decision != Unknown && len(res.Hits) == 0 {
		t.Fatalf("Search(%q): %s without hits", q, res.Decision)
	}
	for _, h := range res.Hits {
		if h.Topic == nil || h.Score <= 0 || h.Score > 1 {
			t.Fatalf("Search(%q): bad hit %+v", q, h)
		}
	}
	if res.Lang != DetectLang(q) {
		t.Fatalf("Search(%q): lang %s, DetectLang says %s", q, res.Lang, DetectLang(q))
	}
	for _, w := range tokenize(q) {
		if !utf8.ValidString(w) || w == "" {
			t.Fatalf("tokenize(%q) gave word %q", q, w)
		}
	}
}

// FuzzDecodeModel feeds arbitrary bytes to decodeModel: it must never
// panic, and a model it accepts must have its weights on its classes and
// give probabilities that sum to 1 for any of its features.
func FuzzDecodeModel(f *testing.F) {
	small := encodeModel(&model{classes: []string{"a", "b"}, weights: map[string][]classWeight{
		biasFeature: {{0, 0.5}, {2, -0.25}},
		"~school":   {{1, 1.27}},
	}})
	f.Add(small)
	f.Add(small[:len(small)/2])
	f.Add(builtinModelFile[:min(len(builtinModelFile), 512)])
	f.Add([]byte(modelMagic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeModel(data)
		if err != nil {
			if m != nil {
				t.Fatalf("decodeModel returned a model with error %v", err)
			}
			return
		}
		features := []string{biasFeature}
		for feature, ws := range m.weights {
			features = append(features, feature)
			for _, cw := range ws {
				if int(cw.class) > m.outOfScope() {
					t.Fatalf("feature %q weighs class %d of %d", feature, cw.class, m.outOfScope())
				}
			}
		}
		slices.Sort(features)
		sum := 0.0
		for _, p := range m.predict(features) {
			sum += p
		}
		if sum < 0.999 || sum > 1.001 {
			t.Fatalf("probabilities sum to %v", sum)
		}
	})
}
