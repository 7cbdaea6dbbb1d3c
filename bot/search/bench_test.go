package search

import (
	"testing"

	"privacybot/flows"
)

// BenchmarkSearch runs every question of the development set once per
// iteration; ns/op divided by the number of questions is the cost of one.
func BenchmarkSearch(b *testing.B) {
	ix := New(flows.EmbeddedTopics())
	qs := loadQuestions(b, "testdata/questions.tsv")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, q := range qs {
			ix.Search(q.text)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/question")
}

// BenchmarkNew measures building the index from the embedded topics.
func BenchmarkNew(b *testing.B) {
	topics := flows.EmbeddedTopics()
	b.ReportAllocs()
	for b.Loop() {
		New(topics)
	}
}

// BenchmarkSearchNoise measures the worst case: a question of long unknown
// words, each of which is tried as a compound and a typo.
func BenchmarkSearchNoise(b *testing.B) {
	ix := New(flows.EmbeddedTopics())
	q := ""
	for range maxQueryWords {
		q += "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzx "
	}
	b.ReportAllocs()
	for b.Loop() {
		ix.Search(q)
	}
}
