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
	qs := loadQuestions(t, "testdata/questions.tsv")
	orig, origK := fieldWeight, k1
	for _, kk := range []float64{2, 4, 6} {
		for _, tw := range []float64{4, 6, 8} {
			for _, kw := range []float64{1, 1.5, 2} {
				for _, dw := range []float64{0.1, 0.2, 0.3} {
					for _, sw := range []float64{0.5, 1, 1.5} {
						fieldWeight = [numFields]float64{tw, kw, sw, dw}
						k1 = kk
						satRef = saturate(fieldWeight[fieldKeywords] + fieldWeight[fieldShort])
						ix := New(topics)
						top1, in := 0, 0
						acc, _, _ := report(ix, qs)
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
						fmt.Printf("k1=%.0f tw=%.1f kw=%.1f dw=%.1f sw=%.1f top1=%d/%d acc=%.3f\n", kk, tw, kw, dw, sw, top1, in, acc)
					}
				}
			}
		}
	}
	fieldWeight, k1 = orig, origK
	satRef = saturate(fieldWeight[fieldKeywords] + fieldWeight[fieldShort])
}
