package search

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"privacybot/flows"
)

// question is one line of a question set.
type question struct {
	line int
	lang flows.Lang
	// topic is the expected topic ID; "" means out of scope.
	topic string
	text  string
}

// loadQuestions reads a question set: lang, expected topic and question,
// separated by tabs; lines starting with "#" are comments.
func loadQuestions(t testing.TB, path string) []question {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open question set: %v", err)
	}
	defer f.Close()
	var qs []question
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated columns, got %d", path, n, len(cols))
		}
		lang, ok := flows.ParseLang(cols[0])
		if !ok {
			t.Fatalf("%s:%d: unknown language %q", path, n, cols[0])
		}
		qs = append(qs, question{line: n, lang: lang, topic: cols[1], text: cols[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read question set: %v", err)
	}
	return qs
}

// grade reports whether res is a correct outcome for q. Out of scope is
// correct only as Unknown; in scope only as Answer or Suggest with the
// expected topic first.
func grade(q question, res Result) bool {
	if q.topic == "" {
		return res.Decision == Unknown
	}
	return res.Decision != Unknown && len(res.Hits) > 0 && res.Hits[0].Topic.ID == q.topic
}

// report runs the question set and returns the share graded correct, the
// share of in-scope questions answered outright, and one line per miss.
func report(ix *Index, qs []question) (accuracy, answered float64, misses []string) {
	correct, inScope, answers := 0, 0, 0
	for _, q := range qs {
		res := ix.Search(q.text)
		if grade(q, res) {
			correct++
		} else {
			got := "-"
			if len(res.Hits) > 0 {
				got = res.Hits[0].Topic.ID
			}
			want := q.topic
			if want == "" {
				want = "(out of scope)"
			}
			misses = append(misses, fmt.Sprintf("line %d %q: want %s, got %s %s conf %.2f",
				q.line, q.text, want, res.Decision, got, res.Confidence))
		}
		if q.topic != "" {
			inScope++
			if res.Decision == Answer && res.Hits[0].Topic.ID == q.topic {
				answers++
			}
		}
	}
	return float64(correct) / float64(len(qs)), float64(answers) / float64(max(inScope, 1)), misses
}

// checkSet runs a question set against the embedded topics, logs the
// accuracy and the misses, and fails below minAccuracy.
func checkSet(t *testing.T, path string, minAccuracy float64) {
	topics := flows.EmbeddedTopics()
	qs := loadQuestions(t, path)
	known := make(map[string]bool, len(topics))
	for _, tp := range topics {
		known[tp.ID] = true
	}
	for _, q := range qs {
		if q.topic != "" && !known[q.topic] {
			t.Skipf("%s:%d: topic %s is not written yet", path, q.line, q.topic)
		}
	}
	acc, answered, misses := report(New(topics), qs)
	for _, m := range misses {
		t.Logf("miss: %s", m)
	}
	t.Logf("%s: %d questions, accuracy %.1f%%, in-scope answered outright %.1f%%",
		path, len(qs), 100*acc, 100*answered)
	if acc < minAccuracy {
		t.Errorf("accuracy %.1f%%, want at least %.0f%%", 100*acc, 100*minAccuracy)
	}
}

func TestAccuracyDevelopment(t *testing.T) {
	checkSet(t, "testdata/questions.tsv", 0.95)
}

// TestAccuracyBlind2 runs the second blind set, written before the tuning
// round that added it and never tuned on (the first blind set, once seen,
// joined the development set). It scored 73.3% before that round and
// 75.0% after it; the gate sits just below the latter.
func TestAccuracyBlind2(t *testing.T) {
	checkSet(t, "testdata/blind2.tsv", 0.74)
}
