package search

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"privacybot/flows"
	"privacybot/lang"
)

// question is one line of a question set.
type question struct {
	line int
	lang lang.Lang
	// topics are the expected topic IDs, any of which is right; none
	// means out of scope.
	topics []string
	text   string
	// situation holds the facts the question states, as key=value pairs
	// ("age=14"), each of which must be recognised; nil when none.
	situation map[string]string
}

// loadQuestions reads a question set: lang, expected topics (separated
// by "|") and question, and optionally the situation ("age=14;to=school"),
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
		if len(cols) != 3 && len(cols) != 4 {
			t.Fatalf("%s:%d: want 3 or 4 tab-separated columns, got %d", path, n, len(cols))
		}
		lang, ok := lang.ParseLang(cols[0])
		if !ok {
			t.Fatalf("%s:%d: unknown language %q", path, n, cols[0])
		}
		q := question{line: n, lang: lang, text: cols[2]}
		if cols[1] != "" {
			q.topics = strings.Split(cols[1], "|")
		}
		if len(cols) == 4 && strings.TrimSpace(cols[3]) != "" {
			q.situation = map[string]string{}
			for _, kv := range strings.Split(cols[3], ";") {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					t.Fatalf("%s:%d: situation %q is not key=value", path, n, kv)
				}
				q.situation[k] = v
			}
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read question set: %v", err)
	}
	return qs
}

// presented is how many hits a reply shows: the answer and its "see
// also" buttons, or the choices of "which topic?".
const presented = 3

// setTally counts the outcomes of a question set.
type setTally struct {
	questions, inScope, outOfScope int
	// direct: in scope, answered outright with an expected topic.
	direct int
	// offered: in scope, an expected topic answered or among the topics
	// presented.
	offered int
	// outAnswered: out of scope, yet answered outright; outOffered: out
	// of scope, yet offered topics.
	outAnswered, outOffered int
	// wrong: in scope, answered outright with a topic not expected.
	wrong int
	// situations counts the questions with a situation noted, and
	// situationsRead those whose every noted fact was recognised.
	situations, situationsRead int
	misses                     []string
}

func (t setTally) situationShare() float64 {
	return float64(t.situationsRead) / float64(max(t.situations, 1))
}
func (t setTally) directShare() float64  { return float64(t.direct) / float64(max(t.inScope, 1)) }
func (t setTally) offeredShare() float64 { return float64(t.offered) / float64(max(t.inScope, 1)) }

// correctShare is the share of questions handled right: in scope
// answered outright with an expected topic, out of scope not answered.
func (t setTally) correctShare() float64 {
	return float64(t.direct+t.outOfScope-t.outAnswered) / float64(max(t.questions, 1))
}

// run searches every question and tallies the outcomes.
func run(ix *Index, qs []question) setTally {
	var t setTally
	for _, q := range qs {
		t.questions++
		if q.situation != nil {
			t.situations++
			got := Recognize(q.text).Pairs()
			read := true
			for k, v := range q.situation {
				read = read && got[k] == v
			}
			if read {
				t.situationsRead++
			} else {
				t.misses = append(t.misses, fmt.Sprintf("line %d %q: situation %v, read %v", q.line, q.text, q.situation, got))
			}
		}
		res := ix.Search(q.text)
		got := "-"
		if len(res.Hits) > 0 {
			got = res.Hits[0].Topic.ID
		}
		if len(q.topics) == 0 {
			t.outOfScope++
			switch res.Decision {
			case Answer:
				t.outAnswered++
				t.misses = append(t.misses, fmt.Sprintf("line %d %q: out of scope, answered %s conf %.2f", q.line, q.text, got, res.Confidence))
			case Suggest:
				t.outOffered++
				t.misses = append(t.misses, fmt.Sprintf("line %d %q: out of scope, offered %s conf %.2f", q.line, q.text, got, res.Confidence))
			}
			continue
		}
		t.inScope++
		direct := res.Decision == Answer && slices.Contains(q.topics, got)
		offered := false
		if res.Decision != Unknown {
			for _, h := range res.Hits[:min(presented, len(res.Hits))] {
				offered = offered || slices.Contains(q.topics, h.Topic.ID)
			}
		}
		if direct {
			t.direct++
		} else {
			if res.Decision == Answer {
				t.wrong++
			}
			t.misses = append(t.misses, fmt.Sprintf("line %d %q: want %s, got %s %s conf %.2f (offered %v)",
				q.line, q.text, strings.Join(q.topics, "|"), res.Decision, got, res.Confidence, offered))
		}
		if offered {
			t.offered++
		}
	}
	return t
}

// checkSet runs a question set against the embedded topics, logs the
// figures and the misses, and fails when an expected topic does not exist
// or a figure is below its gate.
func checkSet(t *testing.T, path string, minDirect, minOffered float64, maxOutAnswered int) {
	topics := flows.EmbeddedTopics()
	qs := loadQuestions(t, path)
	known := make(map[string]bool, len(topics))
	for _, tp := range topics {
		known[tp.ID] = true
	}
	for _, q := range qs {
		for _, id := range q.topics {
			if !known[id] {
				t.Fatalf("%s:%d: expected topic %q does not exist", path, q.line, id)
			}
		}
	}
	r := run(New(topics), qs)
	for _, m := range r.misses {
		t.Logf("miss: %s", m)
	}
	t.Logf("%s: %d questions (%d out of scope): direct right %.1f%%, right topic answered or offered %.1f%%, all handled right %.1f%%, answered with a wrong topic %d, out of scope answered %d, offered %d; situations read %d/%d (%.1f%%)",
		path, r.questions, r.outOfScope, 100*r.directShare(), 100*r.offeredShare(), 100*r.correctShare(), r.wrong, r.outAnswered, r.outOffered, r.situationsRead, r.situations, 100*r.situationShare())
	if r.directShare() < minDirect {
		t.Errorf("direct right %.1f%%, want at least %.0f%%", 100*r.directShare(), 100*minDirect)
	}
	if r.offeredShare() < minOffered {
		t.Errorf("right topic answered or offered %.1f%%, want at least %.0f%%", 100*r.offeredShare(), 100*minOffered)
	}
	if r.outAnswered > maxOutAnswered {
		t.Errorf("%d out-of-scope questions answered, want at most %d", r.outAnswered, maxOutAnswered)
	}
}

// TestAccuracy runs every question set against its gates. Each blind set
// was written before the tuning round that reported it, by someone who did
// not see the search or the other sets, and measured before and after that
// round; from then on it is tuning material (the model learns from it, see
// trainingSets) and its gates guard against regressions. The newest blind
// set, 12, is the one never tuned on; the training sets were written to be
// learned from. Held-out figures come from TestCrossValidation.
func TestAccuracy(t *testing.T) {
	sets := []struct {
		name                  string
		minDirect, minOffered float64
		maxOutAnswered        int
	}{
		{"questions", 0.98, 0.99, 0},
		{"blind2", 0.92, 0.98, 0},
		{"blind3", 0.94, 0.97, 0},
		{"blind4", 0.95, 0.98, 0},
		{"blind5", 0.95, 0.98, 0},
		{"blind6", 0.91, 0.96, 0},
		{"blind7", 0.89, 0.94, 5},
		{"blind8", 0.89, 0.99, 0},
		{"blind9", 0.79, 0.94, 1},
		{"blind10", 0.85, 0.95, 0},
		{"blind11", 0.88, 0.98, 0},
		{"blind12", 0.93, 0.99, 0},
		{"train1", 0.90, 0.97, 0},
		{"train2", 0.90, 0.97, 0},
		{"train3", 0.90, 0.97, 0},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			checkSet(t, "testdata/"+set.name+".tsv", set.minDirect, set.minOffered, set.maxOutAnswered)
		})
	}
}
