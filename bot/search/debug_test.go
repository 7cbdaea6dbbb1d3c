package search

import (
	"fmt"
	"os"
	"testing"

	"privacybot/flows"
)

func TestDebugDump(t *testing.T) {
	topics := flows.EmbeddedTopics()
	known := map[string]bool{}
	for _, tp := range topics {
		known[tp.ID] = true
	}
	ix := New(topics)
	qs := loadQuestions(t, "testdata/questions.tsv")
	f, _ := os.Create("/tmp/dump.txt")
	defer f.Close()
	top1, in, oos, oosOK := 0, 0, 0, 0
	defer func() { fmt.Fprintf(f, "TOP1 %d/%d OOS %d/%d\n", top1, in, oosOK, oos) }()
	for _, q := range qs {
		if q.topic != "" && !known[q.topic] {
			continue
		}
		res := ix.Search(q.text)
		if q.topic == "" {
			oos++
			if res.Decision == Unknown {
				oosOK++
			}
		} else {
			in++
			if len(res.Hits) > 0 && res.Hits[0].Topic.ID == q.topic {
				top1++
			}
		}
		ok := grade(q, res)
		mark := "OK "
		if !ok {
			mark = "BAD"
		}
		var hits string
		for i, h := range res.Hits {
			if i == 3 {
				break
			}
			hits += fmt.Sprintf(" %s:%.2f", h.Topic.ID, h.Score)
		}
		want := q.topic
		if want == "" {
			want = "OOS"
		}
		fmt.Fprintf(f, "%s %-7s marg=%.2f conf=%.2f want=%-30s |%s | %s\n", mark, res.Decision, margin(res), res.Confidence, want, hits, q.text)
	}
}

func margin(r Result) float64 {
	if len(r.Hits) < 2 {
		return 1
	}
	return 1 - r.Hits[1].Score/r.Hits[0].Score
}
