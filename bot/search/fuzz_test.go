package search

import (
	"testing"
	"unicode/utf8"
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
	ix := New(testTopics())
	f.Fuzz(func(t *testing.T, q string) {
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
	})
}
