package pii

import "slices"

// role says how a span came to be and how it counts as context.
type role int

const (
	// roleMarker is a placeholder such as "[bsn]" already in the text.
	roleMarker role = iota
	// roleFinding is personal data on its own (BSN, phone, e-mail, IBAN).
	roleFinding
	// roleCandidate is a postcode or date, personal data only in context.
	roleCandidate
)

// extent is one possible reach of a candidate: text[start:end]. A strong
// extent carries more than the bare form: a postcode with its house
// number, a date with its year.
type extent struct {
	start, end int
	strong     bool
}

// candidate is a match of one kind with its possible extents, longest
// first; a shorter extent is used when a longer one collides.
type candidate struct {
	kind    Kind
	extents []extent
}

// span is a stretch of text taken by a marker, finding or candidate.
// personal reports whether it counts as personal data (markers do, as the
// data they replaced did).
type span struct {
	kind       Kind
	start, end int
	strong     bool
	role       role
	personal   bool
}

// kindRank breaks ties between candidates of equal length and start.
var kindRank = map[Kind]int{Email: 0, IBAN: 1, BSN: 2, Phone: 3, Postcode: 4, Date: 5}

// resolve adds to taken (sorted by start, never overlapping) the
// candidates that fit: longest first, then leftmost, each taking its first
// extent that overlaps nothing taken yet. taken stays sorted.
func resolve(taken []span, cands []candidate, r role) []span {
	slices.SortFunc(cands, func(a, b candidate) int {
		ea, eb := a.extents[0], b.extents[0]
		if la, lb := ea.end-ea.start, eb.end-eb.start; la != lb {
			return lb - la
		}
		if ea.start != eb.start {
			return ea.start - eb.start
		}
		return kindRank[a.kind] - kindRank[b.kind]
	})
	for _, c := range cands {
		for _, e := range c.extents {
			if at, free := slot(taken, e); free {
				taken = slices.Insert(taken, at, span{
					kind: c.kind, start: e.start, end: e.end, strong: e.strong,
					role: r, personal: r == roleFinding,
				})
				break
			}
		}
	}
	return taken
}

// slot returns where e would go in taken (sorted by start, never
// overlapping) and whether it fits there without overlapping a span.
func slot(taken []span, e extent) (int, bool) {
	at, _ := slices.BinarySearchFunc(taken, e.start, func(s span, start int) int { return s.start - start })
	free := (at == 0 || taken[at-1].end <= e.start) && (at == len(taken) || e.end <= taken[at].start)
	return at, free
}
