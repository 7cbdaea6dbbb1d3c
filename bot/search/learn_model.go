package search

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"sync"
)

// model is a multinomial logistic regression over the topics and one
// class for questions outside the guideline: each feature of a question
// adds its weight per class, and a softmax turns the sums into
// probabilities. It is trained from labelled questions (see train, in
// learn_train_test.go) and holds only weights of words and facts.
type model struct {
	// fingerprint identifies what the model was trained from (see
	// trainingFingerprint).
	fingerprint [32]byte
	// classes are the topic IDs, in the order of the classes; the class
	// after the last is "out of scope".
	classes []string
	// weights maps a feature to its weights for the classes where it has
	// one.
	weights map[string][]classWeight
}

// classWeight is a feature's weight for one class.
type classWeight struct {
	class  uint16
	weight float32
}

// outOfScope returns the index of the out-of-scope class.
func (m *model) outOfScope() int { return len(m.classes) }

// predict returns the probability of each class for a question with
// these features; the last is that of "out of scope".
func (m *model) predict(features []string) []float64 {
	z := make([]float64, len(m.classes)+1)
	for _, f := range features {
		for _, cw := range m.weights[f] {
			z[cw.class] += float64(cw.weight)
		}
	}
	softmax(z, featureScale(len(features)))
	return z
}

// featureScale is the value of each feature of a question with n of
// them: long questions do not get sharper probabilities for their
// length alone.
func featureScale(n int) float64 {
	return 1 / math.Sqrt(float64(max(n, 1)))
}

// softmax turns the sums z, each multiplied by scale, into probabilities
// in place.
func softmax(z []float64, scale float64) {
	top := math.Inf(-1)
	for i := range z {
		z[i] *= scale
		top = max(top, z[i])
	}
	sum := 0.0
	for i := range z {
		z[i] = math.Exp(z[i] - top)
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
}

// The model's file: modelMagic, the fingerprint, the scale of the
// weights (a little-endian float32), the classes, the number of features
// and of weights, then per feature its name and its weights as (class,
// weight/scale rounded to an int8) pairs. Strings are a uvarint length
// and the bytes; counts and classes are uvarints. The features are
// sorted, so the file is the same for the same model.
const modelMagic = "pbm1"

// builtinModelFile is the model trained on all labelled questions by go
// generate (model.bin). TestModelIsCurrent fails when it no longer
// matches the questions, the topics or the feature code.
//
//go:embed model.bin
var builtinModelFile []byte

// builtinModel returns the embedded model, decoded on first use; nil when
// the file is empty or broken.
var builtinModel = sync.OnceValue(func() *model {
	m, err := decodeModel(builtinModelFile)
	if err != nil {
		return nil
	}
	return m
})

// useModel makes the index search with m and the default blend, when m
// was trained for the index's topics (its classes are their IDs, in
// order); otherwise the index searches without a model.
func (ix *Index) useModel(m *model) {
	ix.model, ix.blend = nil, defaultBlend
	if m == nil || len(m.classes) != len(ix.topics) {
		return
	}
	for d := range ix.topics {
		if ix.topics[d].ID != m.classes[d] {
			return
		}
	}
	ix.model = m
}

// decodeModel reads a model file. Feature names share one copy of the
// file's text and the weights one array, so that loading is quick. A
// truncated, padded or otherwise damaged file is an error, never a panic
// or a half model.
func decodeModel(data []byte) (*model, error) {
	d := modelReader{data: data, text: string(data)}
	if d.bytes(len(modelMagic)) != modelMagic {
		return nil, errors.New("not a model file")
	}
	m := &model{}
	copy(m.fingerprint[:], d.bytes(len(m.fingerprint)))
	var scale float32
	if b := d.bytes(4); len(b) == 4 {
		scale = math.Float32frombits(binary.LittleEndian.Uint32([]byte(b)))
	}
	if !(scale > 0) || math.IsInf(float64(scale*128), 0) {
		return nil, errors.New("bad weight scale in model file")
	}
	m.classes = make([]string, d.count(math.MaxUint16))
	for i := range m.classes {
		m.classes[i] = d.string()
	}
	nf := d.count(len(data))
	all := make([]classWeight, d.count(len(data)))
	m.weights = make(map[string][]classWeight, nf)
	for range nf {
		f := d.string()
		if _, dup := m.weights[f]; dup && d.err == nil {
			return nil, errors.New("repeated feature in model file")
		}
		k := d.count(len(all))
		ws := all[:k:k]
		all = all[k:]
		for j := range ws {
			c := d.count(len(m.classes))
			ws[j] = classWeight{class: uint16(c), weight: float32(int8(d.byte())) * scale}
		}
		m.weights[f] = ws
	}
	if d.err != nil || d.pos != len(data) || len(all) != 0 {
		return nil, errors.New("broken model file")
	}
	return m, nil
}

// modelReader reads a model file; after the first error it reads zeros
// and empty strings, and err says what went wrong.
type modelReader struct {
	data []byte
	text string
	pos  int
	err  error
}

// bytes returns the next n bytes as a string that shares the file's text.
func (r *modelReader) bytes(n int) string {
	if r.err != nil || n < 0 || n > len(r.data)-r.pos {
		r.err = errors.New("short model file")
		return ""
	}
	r.pos += n
	return r.text[r.pos-n : r.pos]
}

// byte returns the next byte.
func (r *modelReader) byte() byte {
	if b := r.bytes(1); b != "" {
		return b[0]
	}
	return 0
}

// count reads a uvarint of at most limit.
func (r *modelReader) count(limit int) int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 || v > uint64(limit) {
		r.err = errors.New("bad count in model file")
		return 0
	}
	r.pos += n
	return int(v)
}

// string returns the next string: its length as a uvarint, then its
// bytes.
func (r *modelReader) string() string { return r.bytes(r.count(len(r.data))) }
