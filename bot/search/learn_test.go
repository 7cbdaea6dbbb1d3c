package search

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"privacybot/flows"
)

var (
	updateModel = flag.Bool("update-model", false, "retrain model.bin on all labelled questions")
	crossVal    = flag.Bool("crossval", false, "run the 5-fold cross-validation of the whole search")
)

// trainingSets are the labelled question sets the model learns from. A
// new blind set joins them only after the round that reports it.
var trainingSets = []string{
	"testdata/questions.tsv", "testdata/blind2.tsv", "testdata/blind3.tsv", "testdata/blind4.tsv",
	"testdata/blind5.tsv", "testdata/blind6.tsv", "testdata/blind7.tsv", "testdata/blind8.tsv",
	"testdata/blind9.tsv", "testdata/blind10.tsv", "testdata/blind11.tsv", "testdata/train1.tsv",
	"testdata/train2.tsv", "testdata/train3.tsv", "testdata/train4.tsv", "testdata/train5.tsv",
	"testdata/train6.tsv", "testdata/train7.tsv",
}

// labelled is a question of a training set, with the set it is from.
type labelled struct {
	question
	set string
}

// loadLabelled pools the training sets in their order.
func loadLabelled(t testing.TB) []labelled {
	var out []labelled
	for _, path := range trainingSets {
		for _, q := range loadQuestions(t, path) {
			out = append(out, labelled{question: q, set: path})
		}
	}
	return out
}

// examplesOf turns questions into training examples for the index's
// topics.
func examplesOf(t testing.TB, ix *Index, qs []labelled) []example {
	class := map[string]int{}
	for d := range ix.topics {
		class[ix.topics[d].ID] = d
	}
	out := make([]example, len(qs))
	for i, q := range qs {
		out[i].features = ix.featuresOf(q.text)
		for _, id := range q.topics {
			c, ok := class[id]
			if !ok {
				t.Fatalf("%s:%d: unknown topic %q", q.set, q.line, id)
			}
			out[i].classes = append(out[i].classes, c)
		}
	}
	return out
}

// topicExamples are examples made of the topics' own texts: each
// title, in Dutch and English, and the keywords.
func topicExamples(ix *Index) []example {
	var out []example
	for d, tp := range ix.topics {
		for _, s := range []string{tp.Title.NL, tp.Title.EN, strings.Join(tp.Keywords, ", ")} {
			out = append(out, example{features: ix.featuresOf(s), classes: []int{d}})
		}
	}
	return out
}

// featuresOf returns the features of a question.
func (ix *Index) featuresOf(question string) []string {
	r := ix.read(question)
	return ix.features(r, ix.tallySlots(r.slots))
}

// topicIDs lists the IDs of the index's topics, the model's classes.
func topicIDs(ix *Index) []string {
	out := make([]string, len(ix.topics))
	for d := range ix.topics {
		out[d] = ix.topics[d].ID
	}
	return out
}

// trainingFingerprint hashes all a model is trained from: every example's
// features and classes, the classes' names, the configuration and the
// feature version, so that a change in the questions, the topics, the
// index or the feature code makes the embedded model stale.
func trainingFingerprint(classes []string, examples []example, cfg trainConfig) [32]byte {
	h := sha256.New()
	put := func(s string) {
		binary.Write(h, binary.LittleEndian, uint32(len(s)))
		io.WriteString(h, s)
	}
	put(fmt.Sprintf("v%d %+v", featureVersion, cfg))
	for _, c := range classes {
		put(c)
	}
	for _, e := range examples {
		for _, f := range e.features {
			put(f)
		}
		put(fmt.Sprint(e.classes))
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// shippedExamples returns the examples the shipped model learns from:
// the topics' own texts (with defaultTraining.topicTexts), then every
// labelled question.
func shippedExamples(t testing.TB, ix *Index) []example {
	ex := examplesOf(t, ix, loadLabelled(t))
	if defaultTraining.topicTexts {
		ex = append(topicExamples(ix), ex...)
	}
	return ex
}

// trainAll trains the model on all labelled questions.
func trainAll(t testing.TB) []byte {
	ix := New(flows.EmbeddedTopics())
	classes := topicIDs(ix)
	ex := shippedExamples(t, ix)
	m := train(classes, ex, defaultTraining)
	m.fingerprint = trainingFingerprint(classes, ex, defaultTraining)
	return encodeModel(m)
}

// TestModelIsCurrent checks that model.bin is the model trained today on
// the training sets; `go generate ./bot/search` retrains it, after
// index.gob (see the directives in snapshot.go).
func TestModelIsCurrent(t *testing.T) {
	if *updateModel {
		if err := os.WriteFile("model.bin", trainAll(t), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	ix := New(flows.EmbeddedTopics())
	if ix.model == nil {
		t.Fatal("model.bin did not load: run go generate ./bot/search")
	}
	want := trainingFingerprint(topicIDs(ix), shippedExamples(t, ix), defaultTraining)
	if ix.model.fingerprint != want {
		t.Fatal("model.bin is out of date: run go generate ./bot/search")
	}
}

// TestTrainingIsDeterministic trains twice on a part of the questions and
// wants the same file.
func TestTrainingIsDeterministic(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	qs := loadLabelled(t)[:300]
	cfg := defaultTraining
	cfg.epochs = 3
	ex := examplesOf(t, ix, qs)
	a := encodeModel(train(topicIDs(ix), ex, cfg))
	b := encodeModel(train(topicIDs(ix), examplesOf(t, ix, qs), cfg))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same questions gave different models")
	}
}

// folds is the number of folds of the cross-validation.
const folds = 5

// cvTally sums the held-out outcomes of the cross-validation: all
// questions, and per training set.
type cvTally struct {
	all  setTally
	sets map[string]setTally
}

func (c *cvTally) add(r setTally, set string) {
	c.all = addTally(c.all, r)
	if c.sets == nil {
		c.sets = map[string]setTally{}
	}
	c.sets[set] = addTally(c.sets[set], r)
}

// group sums the sets whose path holds part (as "blind" or "train").
func (c cvTally) group(part string) setTally {
	var out setTally
	for _, set := range trainingSets {
		if strings.Contains(set, part) {
			out = addTally(out, c.sets[set])
		}
	}
	return out
}

func addTally(a, b setTally) setTally {
	a.questions += b.questions
	a.inScope += b.inScope
	a.outOfScope += b.outOfScope
	a.direct += b.direct
	a.offered += b.offered
	a.outAnswered += b.outAnswered
	a.outOffered += b.outOffered
	a.wrong += b.wrong
	a.misses = append(a.misses, b.misses...)
	return a
}

// tallyLine is one row of the cross-validation's report.
func tallyLine(r setTally) string {
	return fmt.Sprintf("%d q: direct %.1f%%, offered %.1f%%, wrong %d, out of scope answered %d, offered %d",
		r.questions, 100*r.directShare(), 100*r.offeredShare(), r.wrong, r.outAnswered, r.outOffered)
}

// String reports the pooled figures, those of the development set, of
// the blind sets and of the training sets written from the topic texts,
// each apart.
func (c cvTally) String() string {
	return fmt.Sprintf("pooled %s; dev %s; blind sets %s; training sets %s",
		tallyLine(c.all), tallyLine(c.sets[trainingSets[0]]), tallyLine(c.group("blind")), tallyLine(c.group("train")))
}

// bySet splits questions by the set they are from, in the order of
// trainingSets.
func bySet(qs []labelled) map[string][]question {
	out := map[string][]question{}
	for _, q := range qs {
		out[q.set] = append(out[q.set], q.question)
	}
	return out
}

// foldModels trains one model per fold on the other folds' questions
// and returns them with each fold's questions.
func foldModels(t testing.TB, ix *Index, qs []labelled, cfg trainConfig) ([folds]*model, [folds][]labelled) {
	var models [folds]*model
	var held [folds][]labelled
	ex := examplesOf(t, ix, qs)
	for k := range folds {
		var trainEx []example
		if cfg.topicTexts {
			trainEx = topicExamples(ix)
		}
		for i := range qs {
			if i%folds == k {
				held[k] = append(held[k], qs[i])
			} else {
				trainEx = append(trainEx, ex[i])
			}
		}
		models[k] = train(topicIDs(ix), trainEx, cfg)
	}
	return models, held
}

// crossValidate scores the whole search on each fold with the model
// trained on the other folds, the model's weights quantised as shipped.
func crossValidate(t testing.TB, ix *Index, models [folds]*model, held [folds][]labelled, b blend) cvTally {
	var c cvTally
	for k := range folds {
		m, err := decodeModel(encodeModel(models[k]))
		if err != nil {
			t.Fatal(err)
		}
		ix.model, ix.blend = m, b
		for set, qs := range bySet(held[k]) {
			c.add(withSet(run(ix, qs), set), set)
		}
	}
	return c
}

// TestCrossValidation reports the 5-fold cross-validated figures of the
// whole search (fold of a question: its place in the pooled training
// sets mod 5), against the current rules without a model on the same
// questions. Run with -crossval; CV_MISSES=1 logs the held-out misses.
func TestCrossValidation(t *testing.T) {
	if !*crossVal {
		t.Skip("run with -crossval")
	}
	qs := loadLabelled(t)
	ix := New(flows.EmbeddedTopics())
	ix.model = nil
	var base cvTally
	for set, qs := range bySet(qs) {
		base.add(run(ix, qs), set)
	}
	t.Logf("without model: %v", base)
	models, held := foldModels(t, ix, qs, defaultTraining)
	c := crossValidate(t, ix, models, held, defaultBlend)
	if os.Getenv("CV_MISSES") != "" {
		for _, m := range c.all.misses {
			t.Logf("miss: %s", m)
		}
	}
	t.Logf("cross-validated: %v", c)
	for _, set := range trainingSets {
		t.Logf("cross-validated %s: %s", set, tallyLine(c.sets[set]))
	}
	var out cvTally
	for _, set := range trainingSets {
		with, without := leaveSetOut(t, ix, qs, set)
		out.add(with, set)
		t.Logf("%s left out: %d q: %s (without model %s)", set, with.questions, shortLine(with), shortLine(without))
	}
	t.Logf("each set left out, pooled: %v", out)
}

// shortLine is the direct, offered and out-of-scope-answered figures of r.
func shortLine(r setTally) string {
	return fmt.Sprintf("direct %.1f%%, offered %.1f%%, out of scope answered %d", 100*r.directShare(), 100*r.offeredShare(), r.outAnswered)
}

// leaveSetOut trains on every training set but one and returns the
// whole search's outcomes on that one, with the model and without.
func leaveSetOut(t testing.TB, ix *Index, qs []labelled, set string) (with, without setTally) {
	var trainEx []example
	if defaultTraining.topicTexts {
		trainEx = topicExamples(ix)
	}
	var rest []labelled
	var held []question
	for _, q := range qs {
		if q.set == set {
			held = append(held, q.question)
		} else {
			rest = append(rest, q)
		}
	}
	trainEx = append(trainEx, examplesOf(t, ix, rest)...)
	m, err := decodeModel(encodeModel(train(topicIDs(ix), trainEx, defaultTraining)))
	if err != nil {
		t.Fatal(err)
	}
	ix.model = nil
	without = run(ix, held)
	ix.model, ix.blend = m, defaultBlend
	return run(ix, held), without
}

// TestBlendGrid tries blends on the cross-validation's held-out folds and
// logs the best ones: first the decision's bounds, then, with the best of
// those, the bounds of overruling the situation's rules, then the veto
// of the out-of-scope probability. Run with -crossval and CV_GRID=1 (a
// few minutes).
func TestBlendGrid(t *testing.T) {
	if !*crossVal || os.Getenv("CV_GRID") == "" {
		t.Skip("run with -crossval and CV_GRID=1")
	}
	qs := loadLabelled(t)
	ix := New(flows.EmbeddedTopics())
	models, held := foldModels(t, ix, qs, defaultTraining)
	type scored struct {
		b     blend
		c     cvTally
		score float64
	}
	var tried []scored
	try := func(b blend) {
		c := crossValidate(t, ix, models, held, b)
		s := c.group("blind").directShare() + c.group("train").directShare() + c.all.directShare() + 0.5*c.all.offeredShare() - 0.02*float64(c.all.outAnswered)
		tried = append(tried, scored{b, c, s})
	}
	best := func() blend {
		slices.SortStableFunc(tried, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
		for _, s := range tried[:min(5, len(tried))] {
			t.Logf("%+v: %v", s.b, s.c)
		}
		return tried[0].b
	}
	for _, prob := range []float64{0.5, 0.7, 0.9} {
		for _, answerAt := range []float64{0.2, 0.3, 0.4} {
			for _, margin := range []float64{0, 0.1} {
				for _, outAnswer := range []float64{0.1, 0.15, 0.25, 0.4} {
					for _, outUnknown := range []float64{0.3, 0.4, 0.6} {
						for _, bm25 := range []bool{false, true} {
							try(blend{prob: prob, answerAt: answerAt, margin: margin, outAnswer: outAnswer, outUnknown: outUnknown, bm25Answer: bm25})
						}
					}
				}
			}
		}
	}
	b := best()
	tried = tried[:0]
	for _, keepAt := range []float64{0, 0.5, 0.7, 0.9} {
		for _, moveBelow := range []float64{0.01, 0.03, 0.1} {
			b.keepAt, b.moveBelow = keepAt, moveBelow
			try(b)
		}
	}
	b = best()
	tried = tried[:0]
	for _, outVeto := range []float64{0, 0.15, 0.2, 0.3, 0.4} {
		b.outVeto = outVeto
		try(b)
	}
	best()
}

// TestTrainingGrid reports the model alone on the held-out folds (its
// most probable class right, in scope and out) for a few training
// configurations. Run with -crossval and CV_TRAIN=1.
func TestTrainingGrid(t *testing.T) {
	if !*crossVal || os.Getenv("CV_TRAIN") == "" {
		t.Skip("run with -crossval and CV_TRAIN=1")
	}
	qs := loadLabelled(t)
	ix := New(flows.EmbeddedTopics())
	ex := examplesOf(t, ix, qs)
	for _, cfg := range []trainConfig{
		defaultTraining,
		{epochs: 30, rate: 0.5, l2: 1e-3, prune: 0.01, minCount: 2, topicTexts: true},
		{epochs: 30, rate: 2, l2: 1e-4, prune: 0.01, minCount: 2, topicTexts: true},
		{epochs: 30, rate: 2, l2: 1e-3, prune: 0.01, minCount: 1, topicTexts: true},
		{epochs: 30, rate: 2, l2: 1e-3, prune: 0.02, minCount: 2, topicTexts: true},
		{epochs: 30, rate: 2, l2: 1e-3, prune: 0.01, minCount: 2},
	} {
		right, in, outRight, out := 0, 0, 0, 0
		for k := range folds {
			var trainEx []example
			if cfg.topicTexts {
				trainEx = topicExamples(ix)
			}
			for i := range ex {
				if i%folds != k {
					trainEx = append(trainEx, ex[i])
				}
			}
			m, err := decodeModel(encodeModel(train(topicIDs(ix), trainEx, cfg)))
			if err != nil {
				t.Fatal(err)
			}
			for i := k; i < len(ex); i += folds {
				p := m.predict(ex[i].features)
				best := 0
				for c := range p {
					if p[c] > p[best] {
						best = c
					}
				}
				if len(ex[i].classes) == 0 {
					out++
					if best == m.outOfScope() {
						outRight++
					}
					continue
				}
				in++
				if slices.Contains(ex[i].classes, best) {
					right++
				}
			}
		}
		t.Logf("%+v: in scope top right %.1f%%, out of scope right %d/%d", cfg, 100*float64(right)/float64(in), outRight, out)
	}
}

// BenchmarkModelLoad measures decoding the embedded model, which a
// process pays once, on its first search index.
func BenchmarkModelLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeModel(builtinModelFile); err != nil {
			b.Fatal(err)
		}
	}
}

// withSet prefixes the misses of r with the set they are from.
func withSet(r setTally, set string) setTally {
	for i, m := range r.misses {
		r.misses[i] = set + " " + m
	}
	return r
}
