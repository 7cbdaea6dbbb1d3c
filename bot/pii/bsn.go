package pii

// bsnShapes lists the digit groups a BSN is written in: 123456782,
// 123.456.782, 1234 56 782, 12.34.56.782.
var bsnShapes = [][]int{{9}, {3, 3, 3}, {4, 2, 3}, {2, 2, 2, 3}}

// bsnSeparators are what may stand between a BSN's groups; one kind per BSN.
const bsnSeparators = " .-"

// appendBSNs adds every nine-digit number that passes the 11-test.
func appendBSNs(cands []candidate, text string) []candidate {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || !freeBefore(text, i) {
			continue
		}
		if end, ok := matchBSN(text, i); ok {
			cands = append(cands, candidate{kind: BSN, extents: []extent{{start: i, end: end}}})
		}
	}
	return cands
}

// matchBSN returns the end of a valid BSN starting at text[i].
func matchBSN(text string, i int) (int, bool) {
	for _, shape := range bsnShapes {
		seps := bsnSeparators
		if len(shape) == 1 {
			seps = " "
		}
		for k := 0; k < len(seps); k++ {
			digits, end, ok := readShape(text, i, shape, seps[k])
			if ok && freeAfter(text, end) && elevenProof(digits) {
				return end, true
			}
		}
	}
	return 0, false
}

// readShape reads digit groups of the given lengths separated by sep.
func readShape(text string, i int, shape []int, sep byte) ([9]byte, int, bool) {
	var digits [9]byte
	n, p := 0, i
	for g, size := range shape {
		if g > 0 {
			if p >= len(text) || text[p] != sep {
				return digits, 0, false
			}
			p++
		}
		for k := 0; k < size; k++ {
			if p >= len(text) || !isDigit(text[p]) {
				return digits, 0, false
			}
			digits[n] = text[p] - '0'
			n++
			p++
		}
	}
	if p < len(text) && isDigit(text[p]) {
		return digits, 0, false
	}
	return digits, p, true
}

// elevenProof applies the 11-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a
// multiple of 11, and the number is not all zeros.
func elevenProof(d [9]byte) bool {
	sum, zero := 0, true
	for k := 0; k < 8; k++ {
		sum += (9 - k) * int(d[k])
		zero = zero && d[k] == 0
	}
	sum -= int(d[8])
	return !(zero && d[8] == 0) && sum%11 == 0
}
