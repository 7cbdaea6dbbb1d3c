package search

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"privacybot/flows"
)

func TestExplain(t *testing.T) {
	q := os.Getenv("Q")
	if q == "" {
		t.Skip()
	}
	ix := New(flows.EmbeddedTopics())
	for _, qq := range strings.Split(q, "|") {
		words := tokenize(qq)
		lang := detectLang(words)
		slots := ix.analyzeQuery(words, lang)
		fmt.Printf("== %s [%s]\n", qq, lang)
		for _, s := range slots {
			var parts []string
			for _, a := range s.alts {
				parts = append(parts, fmt.Sprintf("%s(%.2f,idf %.2f)", ix.termText[a.term], a.weight, ix.idf[a.term]))
			}
			fmt.Printf("  slot ideal=%.2f: %s\n", s.ideal, strings.Join(parts, " "))
		}
		res := ix.Search(qq)
		for _, h := range res.Hits {
			d := -1
			for i := range ix.topics {
				if &ix.topics[i] == h.Topic {
					d = i
				}
			}
			var per []string
			for _, s := range slots {
				b := 0.0
				for _, a := range s.alts {
					for _, p := range ix.postings[a.term] {
						if int(p.doc) == d {
							b = max(b, a.weight*float64(p.score))
						}
					}
				}
				per = append(per, fmt.Sprintf("%.2f", b))
			}
			fmt.Printf("  %-30s %.2f  [%s]\n", h.Topic.ID, h.Score, strings.Join(per, " "))
		}
		fmt.Printf("  => %s %.2f\n", res.Decision, res.Confidence)
	}
}
