package search

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"privacybot/flows"
)

func TestZZDebug(t *testing.T) {
	qs := os.Getenv("Q")
	if qs == "" {
		t.Skip()
	}
	ix := New(flows.EmbeddedTopics())
	for _, q := range strings.Split(qs, "|") {
		words := tokenize(q)
		l := detectLang(words)
		slots := ix.analyzeQuery(words, l)
		var parts []string
		for _, s := range slots {
			var as []string
			for _, a := range s.alts {
				as = append(as, fmt.Sprintf("%s:%.2f", ix.termText[a.term], a.weight))
			}
			w := ""
			if s.weak {
				w = "W"
			}
			parts = append(parts, fmt.Sprintf("[%s%s i%.1f]", w, strings.Join(as, ","), s.ideal))
		}
		tl := ix.tallySlots(slots)
		res := ix.Search(q)
		fmt.Printf("== %s\n  slots %s\n  %s conf %.2f sit %v\n", q, strings.Join(parts, " "), res.Decision, res.Confidence, Recognize(q).Pairs())
		if len(tl.order) > 0 {
			ev := tl.evidence(ix.family)
			fmt.Printf("  raw ev cov %.2f matched %d anch %v margin %.2f\n", ev.coverage, ev.matched, ev.anchored, ev.margin)
		}
		for i, d := range tl.order[:min(5, len(tl.order))] {
			fmt.Printf("  raw%d %s %.2f cov %.2f m%d a%v\n", i, ix.topics[d].ID, tl.scores[d], tl.covered[d]/tl.ideal, tl.matched[d], tl.anchored[d])
		}
		for _, h := range res.Hits {
			fmt.Printf("  hit %s\n", h.Topic.ID)
		}
	}
}
