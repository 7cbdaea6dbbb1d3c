package search

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"sync"
	"testing"

	"privacybot/flows"
	"privacybot/lang"
)

// TestModelFileRoundTrip checks that a model survives its file, its
// weights within half a quantisation step.
func TestModelFileRoundTrip(t *testing.T) {
	m := &model{
		classes: []string{"a", "b"},
		weights: map[string][]classWeight{
			"~school":   {{0, 1.27}, {2, -0.5}},
			biasFeature: {{1, 0.01}},
			"b:x y":     {{1, -1.0}},
		},
	}
	m.fingerprint[0] = 7
	got, err := decodeModel(encodeModel(m))
	if err != nil {
		t.Fatal(err)
	}
	if got.fingerprint != m.fingerprint || !slices.Equal(got.classes, m.classes) || len(got.weights) != len(m.weights) {
		t.Fatalf("decoded %+v, want %+v", got, m)
	}
	step := 1.27 / 127
	for f, ws := range m.weights {
		for i, cw := range ws {
			g := got.weights[f][i]
			if g.class != cw.class || math.Abs(float64(g.weight-cw.weight)) > step/2+1e-6 {
				t.Errorf("%s: weight %d = %+v, want %+v", f, i, g, cw)
			}
		}
	}
}

// TestDecodeModelRejectsBrokenFiles checks that a damaged file is an
// error, never a panic or a half model.
func TestDecodeModelRejectsBrokenFiles(t *testing.T) {
	good := encodeModel(&model{classes: []string{"a"}, weights: map[string][]classWeight{"x": {{0, 1}}}})
	// Two features "x" and "y", then "y" renamed "x".
	repeated := encodeModel(&model{classes: []string{"a"}, weights: map[string][]classWeight{"x": {{0, 1}}, "y": {{0, 1}}}})
	repeated[bytes.LastIndex(repeated, []byte{1, 'y'})+1] = 'x'
	tests := map[string][]byte{
		"empty":      nil,
		"magic":      []byte("nope"),
		"truncated":  good[:len(good)-1],
		"trailing":   append(slices.Clone(good), 0),
		"class":      append(slices.Clone(good[:len(good)-2]), 9, 1),
		"scale inf":  withScale(good, float32(math.Inf(1))),
		"scale huge": withScale(good, math.MaxFloat32),
		"scale zero": withScale(good, 0),
		"scale nan":  withScale(good, float32(math.NaN())),
		"repeated":   repeated,
	}
	for name, data := range tests {
		if m, err := decodeModel(data); err == nil {
			t.Errorf("%s: decoded %+v, want an error", name, m)
		}
	}
}

// withScale returns a copy of the model file data with its weight scale
// replaced by scale.
func withScale(data []byte, scale float32) []byte {
	out := slices.Clone(data)
	at := len(modelMagic) + len(model{}.fingerprint)
	binary.LittleEndian.PutUint32(out[at:], math.Float32bits(scale))
	return out
}

// TestUseModelWantsTheSameTopics checks that a model is only used for the
// topics it was trained for, and that a search over other topics (as
// with --content) ranks without it and still answers.
func TestUseModelWantsTheSameTopics(t *testing.T) {
	topics := flows.EmbeddedTopics()
	if ix := New(topics); ix.model == nil {
		t.Fatal("the built-in model is not used for the built-in topics")
	}
	var fewer []flows.Topic
	for _, tp := range topics {
		if tp.ID != "inzage" {
			fewer = append(fewer, tp)
		}
	}
	reordered := slices.Clone(topics)
	slices.Reverse(reordered)
	tests := map[string][]flows.Topic{"one topic less": fewer, "other order": reordered}
	for name, ts := range tests {
		ix := New(ts)
		if ix.model != nil {
			t.Errorf("%s: the built-in model is used for other topics", name)
			continue
		}
		q := "per ongeluk een mail met cliëntgegevens naar de verkeerde persoon gestuurd"
		if res := ix.Search(q); res.Decision != Answer || res.Hits[0].Topic.ID != "datalek" {
			t.Errorf("%s: Search(%q) = %s %v, want answer datalek", name, q, res.Decision, topIDs(res))
		}
	}
}

// TestCombineDecides checks the decision from the model's probabilities:
// answer a clear topic, offer a split one or one that may be out of scope,
// and say so when out of scope is most likely.
func TestCombineDecides(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	ix.blend = defaultBlend
	id := func(s string) int { return ix.topicIndex(s) }
	out := len(ix.topics)
	tests := []struct {
		name  string
		probs map[int]float64
		want  Decision
		top   string
	}{
		{"clear", map[int]float64{id("datalek"): 0.9, out: 0.05}, Answer, "datalek"},
		{"one family", map[int]float64{id("meldrecht"): 0.45, id("veilig-thuis-meldcode"): 0.4, id("inzage"): 0.1}, Answer, "meldrecht"},
		{"maybe out of scope", map[int]float64{id("datalek"): 0.6, out: 0.3}, Suggest, "datalek"},
		{"out of scope", map[int]float64{id("datalek"): 0.3, out: 0.6}, Unknown, "datalek"},
		{"split", map[int]float64{id("datalek"): 0.1, id("inzage"): 0.1, id("bewaartermijn"): 0.1, out: 0.05}, Suggest, "bewaartermijn"},
	}
	for _, tt := range tests {
		p := make([]float64, out+1)
		for c, v := range tt.probs {
			p[c] = v
		}
		res := ix.combine(lang.NL, tally{}, p)
		if res.Decision != tt.want || len(res.Hits) == 0 || res.Hits[0].Topic.ID != tt.top {
			t.Errorf("%s: %s %v, want %s %s", tt.name, res.Decision, topIDs(res), tt.want, tt.top)
		}
	}
}

// TestFeatures checks that a question's features name its words, its
// concepts, its situation and what BM25F makes of it.
func TestFeatures(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct {
		q    string
		want []string
	}{
		{"mag ik met school delen, meisje 14?", []string{biasFeature, "to=school", "age=12-15", "first=mag", "first2=mag ik", "bm25=answer"}},
		{"toestemmign van vader", []string{"~toestemming", "first=toestemmign"}},
		{"qwertyuiop asdfghjkl", []string{"unknown=2", "bm25=unknown"}},
		{"wat is een dossier eigenlijk", []string{definitionFeature}},
	}
	for _, tt := range tests {
		got := ix.featuresOf(tt.q)
		for _, f := range tt.want {
			if !slices.Contains(got, f) {
				t.Errorf("%q: features %v lack %q", tt.q, got, f)
			}
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("%q: features %v are not sorted and distinct", tt.q, got)
		}
	}
}

// TestOverrule checks when the model's first topic stands against the
// one the situation's rules moved first.
func TestOverrule(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	ix.blend = defaultBlend
	hit := func(id string) Result {
		return Result{Decision: Answer, Hits: []Hit{{Topic: &ix.topics[ix.topicIndex(id)]}}}
	}
	probs := func(own, moved float64) []float64 {
		p := make([]float64, len(ix.topics)+1)
		p[ix.topicIndex("delen-school")] = own
		p[ix.topicIndex("veilig-versturen")] = moved
		return p
	}
	tests := []struct {
		name       string
		own, moved float64
		urgent     bool
		want       string
	}{
		{"model sure, rule's topic improbable", 0.9, 0.01, false, "delen-school"},
		{"model unsure", 0.5, 0.01, false, "veilig-versturen"},
		{"rule's topic plausible", 0.9, 0.05, false, "veilig-versturen"},
		{"acute danger", 0.9, 0.01, true, "veilig-versturen"},
	}
	for _, tt := range tests {
		got := ix.overrule(hit("delen-school"), hit("veilig-versturen"), probs(tt.own, tt.moved), tt.urgent)
		if got.Hits[0].Topic.ID != tt.want {
			t.Errorf("%s: %s first, want %s", tt.name, got.Hits[0].Topic.ID, tt.want)
		}
	}
}

// TestSearchIsSafeForConcurrentUse searches one fresh index from several
// goroutines at once (the typo index is built on the first misspelt
// word, the model decoded on first use) and wants the results of a
// search alone. Run with -race to see data races.
func TestSearchIsSafeForConcurrentUse(t *testing.T) {
	questions := []string{
		"mag ik met school delen, meisje 14?",
		"toestemmign huisats verwijsindx",
		"per ongeluk een mail naar de verkeerde persoon gestuurd",
		"vader zonder gezag wil het dossier inzien",
		"hoe laat is het",
	}
	want := make([]Result, len(questions))
	ref := New(flows.EmbeddedTopics())
	for i, q := range questions {
		want[i] = ref.Search(q)
	}
	ix := New(flows.EmbeddedTopics())
	const workers = 4
	got := make([][]Result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range questions {
				q := questions[(i+w)%len(questions)]
				got[w] = append(got[w], ix.Search(q))
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i, res := range got[w] {
			k := (i + w) % len(questions)
			if res.Decision != want[k].Decision || !slices.Equal(topIDs(res), topIDs(want[k])) {
				t.Errorf("worker %d, %q: %s %v, want %s %v", w, questions[k], res.Decision, topIDs(res), want[k].Decision, topIDs(want[k]))
			}
		}
	}
}
