package search

import "testing"

func TestDecide(t *testing.T) {
	tests := []struct {
		name string
		ev   evidence
		want Decision
	}{
		{"little of the question covered", evidence{coverage: 0.1, matched: 3, anchored: true, margin: 1}, Unknown},
		{"clear winner", evidence{coverage: 0.6, matched: 3, anchored: true, margin: 0.4}, Answer},
		{"only words most topics have", evidence{coverage: 1, matched: 2, anchored: true, margin: 0.4, ideal: 0.8}, Suggest},
		{"modest coverage, clear margin", evidence{coverage: 0.4, matched: 2, anchored: true, margin: 0.3}, Answer},
		{"close runner-up of another family", evidence{coverage: 0.9, matched: 3, anchored: true, margin: 0.03}, Suggest},
		{"in scope but thin", evidence{coverage: 0.22, matched: 2, anchored: true, margin: 0.5}, Suggest},
		{"one part matched, not what the topic is about, little of the question", evidence{coverage: 0.3, matched: 1, margin: 1}, Unknown},
		{"one part matched, not what the topic is about, most of the question", evidence{coverage: 0.9, matched: 1, margin: 1}, Suggest},
		{"all of the question, but not what the topic is about", evidence{coverage: 1, matched: 1, margin: 1}, Suggest},
		{"only weak words and devices matched", evidence{coverage: 1, margin: 1}, Unknown},
		{"one part matched, anchored but thin", evidence{coverage: 0.3, matched: 1, anchored: true, margin: 1}, Unknown},
		{"one part matched, anchored, close to another kind of topic", evidence{coverage: 0.37, matched: 1, anchored: true, margin: 0.1}, Suggest},
		{"one part matched, anchored, far ahead", evidence{coverage: 0.37, matched: 1, anchored: true, margin: 0.3}, Answer},
		{"one part matched, anchored and most of the question", evidence{coverage: 0.8, matched: 1, anchored: true, margin: 1}, Answer},
	}
	for _, tt := range tests {
		conf, got := decide(tt.ev)
		if got != tt.want {
			t.Errorf("%s: decide(%+v) = %s, want %s", tt.name, tt.ev, got, tt.want)
		}
		if !inBand(conf, got) {
			t.Errorf("%s: confidence %.3f outside the %s band", tt.name, conf, got)
		}
	}
}

func TestUnknownWordsWeighLessBesideTwoMatches(t *testing.T) {
	ix := New(testTopics())
	tests := []struct {
		question string
		// discounted reports whether the unknown word must count less
		// than a full unknown word.
		discounted bool
	}{
		{"mag ik dit delen met school qwertyx", true},
		{"school qwertyx", false},
	}
	for _, tt := range tests {
		words := tokenize(tt.question)
		tl := ix.tallySlots(ix.analyzeQuery(words, detectLang(words)))
		if len(tl.order) == 0 || tl.unknown == 0 {
			t.Fatalf("%q: want a scoring topic and an unknown word", tt.question)
		}
		top := tl.order[0]
		full := tl.covered[top] / tl.ideal
		got := tl.evidence(ix.family).coverage
		if tt.discounted && got <= full {
			t.Errorf("%q: coverage %.3f, want above %.3f, the coverage with the unknown word at full weight", tt.question, got, full)
		}
		if !tt.discounted && got != full {
			t.Errorf("%q: coverage %.3f, want %.3f, the unknown word at full weight", tt.question, got, full)
		}
	}
}
