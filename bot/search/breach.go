package search

import "strings"

// lossCues say a device or a record went missing or fell into other
// hands; lossObjects are the things that hold client data. Together they
// make the question one about a data breach, whatever else it names ("my
// private laptop with client files was stolen").
var (
	lossCues    = []string{"gestolen", "kwijt", "verloren", "gehackt", "ingebroken", "laten liggen", "stolen", "lost my", "lost the", "lost a", "hacked", "broken into", "left it on", "left my", "left the"}
	lossObjects = []string{"laptop", "telefoon", "mobiel", "tablet", "usb", "stick", "dossier", "map", "tas", "computer", "phone", "file", "folder", "bag", "notebook", "schrift", "verslag", "report"}
)

// breachTopic is the topic of a data breach.
const breachTopic = "datalek"

// preferBreach puts the breach topic first when the question says a
// device or a record holding client data was lost or stolen and the
// topic is among the hits; it is then the answer.
func preferBreach(res Result, question string) Result {
	q := strings.ToLower(question)
	if !containsAny(q, lossCues) || !containsAny(q, lossObjects) {
		return res
	}
	for i, h := range res.Hits {
		if h.Topic.ID != breachTopic {
			continue
		}
		if i > 0 {
			hits := append([]Hit{h}, res.Hits[:i]...)
			res.Hits = append(hits, res.Hits[i+1:]...)
		}
		if res.Decision != Answer {
			res.Decision, res.Confidence = Answer, answerBand
		}
		return res
	}
	return res
}
