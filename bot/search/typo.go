package search

import (
	"hash/maphash"
	"unicode/utf8"
)

// maxTypoDistance is how many edits a word of n letters may be from the
// word it was meant to be: none below five letters, one from five, two from
// ten.
func maxTypoDistance(n int) int {
	switch {
	case n >= 10:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}

// osaDistance is the optimal string alignment distance between a and b
// (Damerau-Levenshtein where each substring is edited once): insertions,
// deletions, substitutions and swaps of two neighbouring letters each cost
// one. It stops early and returns max+1 once the distance must exceed max.
func osaDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	// Three rows: two back (for swaps), previous and current.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// typoIndex finds the vocabulary words within a small edit distance of a
// misspelt word. It is a symmetric-delete index: every word is stored under
// each form it takes with up to its maximum number of letters deleted, so a
// look-up costs a few map reads instead of a pass over the vocabulary.
type typoIndex struct {
	seed  maphash.Seed
	words [][]rune
	text  []string
	// byDelete maps the hash of a deletion form to the words that have it;
	// hash collisions are harmless because candidates are verified.
	byDelete map[uint64][]int32
}

// newTypoIndex indexes words; words shorter than five letters are left out
// because a typo in them is too ambiguous to fix, and words longer than
// maxRepairLen because no real word is that long.
func newTypoIndex(words []string) *typoIndex {
	ti := &typoIndex{seed: maphash.MakeSeed(), byDelete: make(map[uint64][]int32)}
	for _, w := range words {
		rs := []rune(w)
		if len(rs) < 5 || len(w) > maxRepairLen {
			continue
		}
		id := int32(len(ti.words))
		ti.words = append(ti.words, rs)
		ti.text = append(ti.text, w)
		forEachDeletion(rs, maxTypoDistance(len(rs)), func(form []rune) {
			h := ti.hash(form)
			list := ti.byDelete[h]
			if len(list) == 0 || list[len(list)-1] != id {
				ti.byDelete[h] = append(list, id)
			}
		})
	}
	return ti
}

// hash hashes a word form.
func (ti *typoIndex) hash(form []rune) uint64 {
	var h maphash.Hash
	h.SetSeed(ti.seed)
	var buf [4]byte
	for _, r := range form {
		h.Write(utf8.AppendRune(buf[:0], r))
	}
	return h.Sum64()
}

// forEachDeletion calls fn with w and every form of w with up to max
// letters deleted. fn must not keep the slice.
func forEachDeletion(w []rune, max int, fn func([]rune)) {
	fn(w)
	if max == 0 || len(w) <= 1 {
		return
	}
	buf := make([]rune, len(w)-1)
	for i := range w {
		copy(buf, w[:i])
		copy(buf[i:], w[i+1:])
		forEachDeletion(buf, max-1, fn)
	}
}

// correct returns the vocabulary words closest to w within w's maximum
// distance that start with the same letter (people rarely mistype the
// first letter, and allowing it finds "zorgen" in "morgen"), and that
// distance; nil when there is none.
func (ti *typoIndex) correct(w string) ([]string, int) {
	rs := []rune(w)
	max := maxTypoDistance(len(rs))
	if max == 0 || len(w) > maxRepairLen {
		return nil, 0
	}
	best := max + 1
	var found []string
	seen := make(map[int32]bool)
	forEachDeletion(rs, max, func(form []rune) {
		for _, id := range ti.byDelete[ti.hash(form)] {
			if seen[id] {
				continue
			}
			seen[id] = true
			if ti.words[id][0] != rs[0] {
				continue
			}
			d := osaDistance(rs, ti.words[id], max)
			switch {
			case d < best:
				best, found = d, append(found[:0], ti.text[id])
			case d == best:
				found = append(found, ti.text[id])
			}
		}
	})
	if best > max {
		return nil, 0
	}
	return found, best
}
