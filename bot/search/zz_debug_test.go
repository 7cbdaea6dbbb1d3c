package search

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"privacybot/flows"
)

func TestZZExplain(t *testing.T) {
	qs := os.Getenv("Q")
	if qs == "" {
		t.Skip()
	}
	ix := New(flows.EmbeddedTopics())
	for _, q := range strings.Split(qs, "|") {
		words := tokenize(q)
		lang := detectLang(words)
		slots := ix.analyzeQuery(words, lang)
		fmt.Printf("Q: %s [%s]\n", q, lang)
		for _, s := range slots {
			var as []string
			for _, a := range s.alts {
				as = append(as, fmt.Sprintf("%s(%.2f,idf%.1f)", ix.termText[a.term], a.weight, ix.idf[a.term]))
			}
			fmt.Printf("  slot ideal=%.2f %s\n", s.ideal, strings.Join(as, " "))
		}
		n := len(ix.topics)
		scores := make([]float64, n)
		covered := make([]float64, n)
		per := make([][]string, n)
		ideal := 0.0
		for _, s := range slots {
			ideal += s.ideal
			best := make([]float64, n)
			for _, a := range s.alts {
				for _, p := range ix.postings[a.term] {
					best[p.doc] = max(best[p.doc], a.weight*float64(p.score))
				}
			}
			for d := range best {
				if best[d] > 0 {
					scores[d] += best[d]
					covered[d] += min(best[d], s.ideal)
					per[d] = append(per[d], fmt.Sprintf("%.1f", best[d]))
				}
			}
		}
		ix.boostTitles(slots, scores)
		ix.weighGlossary(slots, scores)
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
		for _, d := range order[:6] {
			fmt.Printf("  %-36s score %.2f cov %.2f  %v\n", ix.topics[d].ID, scores[d], covered[d]/ideal, per[d])
		}
		r := ix.Search(q)
		fmt.Printf("  => %s conf %.2f\n", r.Decision, r.Confidence)
	}
}

func TestZZDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	ix := New(flows.EmbeddedTopics())
	for _, q := range loadQuestions(t, path) {
		words := tokenize(q.text)
		lang := detectLang(words)
		slots := ix.analyzeQuery(words, lang)
		unk := 0
		for _, s := range slots {
			if len(s.alts) == 0 {
				unk++
			}
		}
		res := ix.Search(q.text)
		got := "-"
		if len(res.Hits) > 0 {
			got = res.Hits[0].Topic.ID
		}
		mark := "ok "
		if !grade(q, res) {
			mark = "XX "
		}
		want := q.topic
		if want == "" {
			want = "OOS"
		}
		tl := ix.tallySlots(slots)
		ev := evidence{}
		if len(tl.order) > 0 {
			ev = tl.evidence()
		}
		fmt.Printf("%s%-8s conf %.2f slots %d unk %d  want %-28s got %-28s %s\t| cov %.2f m %d mar %.2f\n", mark, res.Decision, res.Confidence, len(slots), unk, want, got, q.text, ev.coverage, ev.matched, ev.margin)
	}
}
