package search

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// example is one labelled question for training: its features and the
// classes that are right for it (several share the target's mass; none
// means out of scope).
type example struct {
	features []string
	classes  []int
}

// trainConfig holds the hyperparameters of training, chosen by
// cross-validation (see TestCrossValidation).
type trainConfig struct {
	// epochs is how many times every example is seen; rate the first
	// epoch's step size, which shrinks with the square root of the epoch.
	epochs int
	rate   float64
	// l2 is the weight decay per step on the weights a step touches.
	l2 float64
	// prune drops a weight whose size is below this share of the largest
	// weight, after each feature's weights are centred on their median.
	prune float64
	// minCount is the fewest examples a feature must occur in to be
	// learned.
	minCount int
	// topicTexts adds the topics' titles and keywords as examples.
	topicTexts bool
	// outWeight multiplies the step of an out-of-scope example (0 counts
	// as 1), so that the model errs towards not answering.
	outWeight float64
}

// defaultTraining is the configuration the shipped model is trained with.
var defaultTraining = trainConfig{epochs: 30, rate: 2, l2: 1e-3, prune: 0.01, minCount: 2, topicTexts: true, outWeight: 2}

// trainSeed fixes the order examples are seen in, so that the same
// examples give the same model.
const trainSeed = 13

// train fits a model of classes (the last, len(classes), is out of scope)
// to the examples by stochastic gradient descent on the cross-entropy
// with L2 decay. It is deterministic.
func train(classes []string, examples []example, cfg trainConfig) *model {
	nc := len(classes) + 1
	seen := map[string]int{}
	for _, e := range examples {
		for _, f := range e.features {
			seen[f]++
		}
	}
	w := map[string][]float64{}
	for f, n := range seen {
		if n >= cfg.minCount {
			w[f] = make([]float64, nc)
		}
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(trainSeed, trainSeed))
	z := make([]float64, nc)
	for epoch := range cfg.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := cfg.rate / math.Sqrt(float64(epoch+1))
		for _, i := range order {
			e := examples[i]
			s := featureScale(len(e.features))
			clear(z)
			for _, f := range e.features {
				for c, v := range w[f] {
					z[c] += v
				}
			}
			softmax(z, s)
			target := 1 / float64(max(len(e.classes), 1))
			step := rate
			if len(e.classes) == 0 {
				z[nc-1] -= 1
				if cfg.outWeight > 0 {
					step *= cfg.outWeight
				}
			}
			for _, c := range e.classes {
				z[c] -= target
			}
			for _, f := range e.features {
				ws := w[f]
				for c := range ws {
					ws[c] -= step * (z[c]*s + cfg.l2*ws[c])
				}
			}
		}
	}
	return sparsify(classes, w, cfg.prune)
}

// sparsify centres each feature's weights on their median (a feature's
// weights may all move by the same amount without changing any
// probability), then keeps those whose size is at least prune times the
// largest.
func sparsify(classes []string, w map[string][]float64, prune float64) *model {
	top := 0.0
	med := make([]float64, 0, len(classes)+1)
	for _, ws := range w {
		med = append(med[:0], ws...)
		sort.Float64s(med)
		m := med[len(med)/2]
		for c := range ws {
			ws[c] -= m
			top = max(top, math.Abs(ws[c]))
		}
	}
	m := &model{classes: slices.Clone(classes), weights: map[string][]classWeight{}}
	for f, ws := range w {
		var kept []classWeight
		for c, v := range ws {
			if math.Abs(v) >= prune*top {
				kept = append(kept, classWeight{class: uint16(c), weight: float32(v)})
			}
		}
		if len(kept) > 0 {
			m.weights[f] = kept
		}
	}
	return m
}
