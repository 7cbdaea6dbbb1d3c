package search

import (
	"fmt"
	"os"
	"testing"

	"privacybot/flows"
)

func TestSweep(t *testing.T) {
	if os.Getenv("SWEEP") == "" {
		t.Skip()
	}
	topics := flows.EmbeddedTopics()
	known := map[string]bool{}
	for _, tp := range topics {
		known[tp.ID] = true
	}
	var qs []question
	for _, q := range loadQuestions(t, "testdata/questions.tsv") {
		if q.topic == "" || known[q.topic] {
			qs = append(qs, q)
		}
	}
	orig := fieldWeight
	origB := fieldB
	for _, tw := range []float64{6} {
	for _, dw := range []float64{0.2} {
		for _, kw := range []float64{1.5} {
			for _, sw := range []float64{0.3} {
				for _, kb := range []float64{0, 0.25, 0.5, 1, 2} {
					fieldWeight = orig
					fieldB = origB
					fieldWeight[fieldTitle] = tw
					fieldWeight[fieldKeywords] = kw
					fieldB[fieldTitle] = sw
					titleBoost = kb
					fieldWeight[fieldDetails] = dw
					ix := New(topics)
					top1, in := 0, 0
					for _, q := range qs {
						if q.topic == "" {
							continue
						}
						in++
						res := ix.Search(q.text)
						if len(res.Hits) > 0 && res.Hits[0].Topic.ID == q.topic {
							top1++
						}
					}
					fmt.Printf("dw=%.1f tw=%.1f kw=%.1f tb=%.1f floor=%.1f top1=%d/%d\n", dw, tw, kw, sw, kb, top1, in)
				}
			}
		}
	}
	}
	fieldWeight = orig
	fieldB = origB
}
