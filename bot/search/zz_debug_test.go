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

func TestZZTerm(t *testing.T) {
	w := os.Getenv("TERM_Q")
	if w == "" {
		t.Skip()
	}
	ix := New(flows.EmbeddedTopics())
	for _, term := range strings.Split(w, "|") {
		id, ok := ix.terms[term]
		if !ok {
			fmt.Println(term, "not a term")
			continue
		}
		fmt.Printf("%s idf %.2f:", term, ix.idf[id])
		for _, p := range ix.postings[id] {
			fmt.Printf(" %s=%.1f", ix.topics[p.doc].ID, p.score)
		}
		fmt.Println()
	}
}

type zzRow struct {
	q        question
	topOK    bool
	cov      float64 // covered / known ideal
	unk      float64 // unknown ideal / known ideal
	covered  float64
	known    float64
	unknown  float64
	matched  int
	anchored bool
	margin   float64
	hasTop   bool
}

func TestZZSweep(t *testing.T) {
	if os.Getenv("SWEEP") == "" {
		t.Skip()
	}
	ix := New(flows.EmbeddedTopics())
	var rows []zzRow
	for _, q := range loadQuestions(t, "testdata/questions.tsv") {
		words := tokenize(q.text)
		lang := detectLang(words)
		if len(words) > maxQueryWords {
			words = words[:maxQueryWords]
		}
		tl := ix.tallySlots(ix.analyzeQuery(words, lang))
		r := zzRow{q: q}
		if len(tl.order) > 0 {
			top := tl.order[0]
			r.hasTop = true
			r.topOK = ix.topics[top].ID == q.topic
			r.covered = tl.covered[top]
			r.known = tl.ideal - tl.unknown
			r.unknown = tl.unknown
			r.matched = tl.matched[top]
			r.anchored = tl.anchored[top]
			r.margin = 1
			if len(tl.order) > 1 {
				r.margin = 1 - tl.scores[tl.order[1]]/tl.scores[top]
			}
		}
		rows = append(rows, r)
	}
	type res struct {
		acc, ans float64
		oosBad   int
		wrongAns int
		p        string
	}
	var all []res
	for _, inScope := range []float64{0.1, 0.15, 0.2, 0.25, 0.3} {
		for _, solo := range []float64{0.3, 0.35, 0.4, 0.45, 0.5} {
			for _, ac := range []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55} {
				for _, am := range []float64{0.05, 0.1, 0.15, 0.2, 0.25, 0.3} {
					for _, ud := range []float64{0.25, 0.5, 0.75, 1} {
						correct, inN, ans, oosBad, wrongAns := 0, 0, 0, 0, 0
						for _, r := range rows {
							dec := Unknown
							if r.hasTop {
								ideal := r.known + r.unknown
								if r.matched >= 2 {
									ideal = r.known + ud*r.unknown
								}
								c := r.covered / ideal
								bar := inScope
								if r.matched < 2 {
									bar = solo
									if !r.anchored {
										bar = 1
									}
								}
								switch {
								case c < bar:
									dec = Unknown
								case c >= ac && r.margin >= am:
									dec = Answer
								default:
									dec = Suggest
								}
							}
							if r.q.topic == "" {
								if dec == Unknown {
									correct++
								} else {
									oosBad++
								}
								continue
							}
							inN++
							if dec == Answer && !r.topOK {
								wrongAns++
							}
							if dec != Unknown && r.topOK {
								correct++
								if dec == Answer {
									ans++
								}
							}
						}
						all = append(all, res{float64(correct) / float64(len(rows)), float64(ans) / float64(inN), oosBad, wrongAns,
							fmt.Sprintf("inScope %.2f solo %.2f ansCov %.2f ansMar %.2f unkDisc %.2f", inScope, solo, ac, am, ud)})
					}
				}
			}
		}
	}
	maxWrong := 8
	if v := os.Getenv("MAXWRONG"); v != "" {
		fmt.Sscan(v, &maxWrong)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].acc != all[j].acc {
			return all[i].acc > all[j].acc
		}
		return all[i].ans > all[j].ans
	})
	n := 0
	for _, r := range all {
		if r.wrongAns <= maxWrong && n < 40 {
			n++
			fmt.Printf("acc %.3f ans %.3f oosBad %d wrongAns %d  %s\n", r.acc, r.ans, r.oosBad, r.wrongAns, r.p)
		}
	}
	cur := "inScope 0.20 solo 0.40 ansCov 0.45 ansMar 0.15 unkDisc 0.50"
	for _, r := range all {
		if strings.HasPrefix(r.p, "inScope 0.20 solo 0.40") && strings.HasSuffix(r.p, "unkDisc 0.50") {
			fmt.Printf("GRID acc %.3f ans %.3f wrongAns %d  %s\n", r.acc, r.ans, r.wrongAns, r.p)
		}
	}
	for _, r := range all {
		if r.p == cur {
			fmt.Printf("CURRENT acc %.3f ans %.3f oosBad %d wrongAns %d  %s\n", r.acc, r.ans, r.oosBad, r.wrongAns, r.p)
		}
	}
}
