package search

import (
	"fmt"
	"math"
	"os"
	"testing"

	"privacybot/flows"
)

func TestSweep2(t *testing.T) {
	if os.Getenv("SWEEP2") == "" {
		t.Skip()
	}
	topics := flows.EmbeddedTopics()
	qs := loadQuestions(t, "testdata/questions.tsv")
	for _, v := range []float64{1.5, 2, 3, 4, 6, math.Inf(1)} {
		stemOverConcept = v
		ix := New(topics)
		acc, ans, _ := report(ix, qs)
		top1 := 0
		for _, q := range qs {
			if q.topic == "" {
				continue
			}
			res := ix.Search(q.text)
			if len(res.Hits) > 0 && res.Hits[0].Topic.ID == q.topic {
				top1++
			}
		}
		fmt.Printf("v=%.1f acc=%.3f ans=%.3f top1=%d\n", v, acc, ans, top1)
	}
}
