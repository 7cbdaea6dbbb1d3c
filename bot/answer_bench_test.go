package bot

import (
	"testing"

	"privacybot/flows"
)

// BenchmarkAsk measures answering a free-text question end to end: the
// search, the situation and the composed answer.
func BenchmarkAsk(b *testing.B) {
	a := NewAnswerer(flows.EmbeddedTopics())
	questions := []string{
		"mag ik de juf vertellen dat vader weer drinkt? kind is 8",
		"moeder zegt nee tegen delen met huisarts, mag het toch?",
		"politie belt over een jongere van 15, moet ik iets zeggen",
		"can I tell the GP without consent if the mother is psychotic",
		"wanneer heb ik recht op verlof",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Ask(questions[i%len(questions)], "", "")
	}
}
