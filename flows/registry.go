package flows

import (
	"io/fs"
	"slices"
	"sync"
)

// flowSet builds every flow the bot offers, in menu order. Each flow file
// defines a function that builds its flow; this list is the one place that
// makes a flow part of the bot. Flow IDs are unique (TestFlowIDsUnique).
var flowSet = []func() *Flow{
	stappenplanFlow,
	toestemmingFlow,
	gezagFlow,
	inzageFlow,
	vernietigingFlow,
	datalekFlow,
	opnamesFlow,
	rechtenFlow,
}

// Set is the flows the bot offers, in menu order, with their words as
// loaded. It is read-only once built and safe for concurrent use.
type Set struct {
	flows []*Flow
}

// LoadSet builds the flow set from a content directory: the layout of
// EmbeddedContentDir. Every flow is built afresh, so two sets share nothing.
func LoadSet(fsys fs.FS) (*Set, error) {
	s := &Set{}
	for _, build := range flowSet {
		s.flows = append(s.flows, build())
	}
	return s, nil
}

// EmbeddedSet returns the flow set built from the embedded content. It is
// built once; callers must not change it.
var EmbeddedSet = sync.OnceValue(func() *Set {
	s, err := LoadSet(EmbeddedContentDir())
	if err != nil {
		panic("flows: embedded flows do not load: " + err.Error())
	}
	return s
})

// All returns every flow in menu order: stappenplan, toestemming, gezag,
// inzage, vernietiging, datalek, opnames, rechten.
func (s *Set) All() []*Flow {
	return slices.Clone(s.flows)
}

// WithID returns the flow whose ID is exactly id, or nil.
func (s *Set) WithID(id string) *Flow {
	for _, f := range s.flows {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// ByID returns the flow whose ID or one of whose aliases is idOrAlias
// (case, accents and surrounding punctuation ignored), or nil.
func (s *Set) ByID(idOrAlias string) *Flow {
	key := foldInput(idOrAlias)
	if key == "" {
		return nil
	}
	for _, f := range s.flows {
		if foldInput(f.ID) == key || slices.ContainsFunc(f.Aliases, func(a string) bool { return foldInput(a) == key }) {
			return f
		}
	}
	return nil
}

// Known reports whether every step and outcome st names, and those of the
// flows it returns to, still exist in this set. A state saved before the
// flows changed may name ones that were removed; it cannot go on.
func (s *Set) Known(st *State) bool {
	if st == nil {
		return true
	}
	f := s.WithID(st.Flow)
	if f == nil || (st.Step != "" && f.Step(st.Step) == nil) || (st.Outcome != "" && f.Outcome(st.Outcome) == nil) {
		return false
	}
	for _, a := range st.Path {
		if f.Step(a.Step) == nil {
			return false
		}
	}
	return s.Known(st.Return)
}

// isFlowID reports whether a flow of the set has exactly this ID. Flow IDs
// are fixed in code, so this holds for every loaded set alike.
func isFlowID(id string) bool {
	for _, build := range flowSet {
		if build().ID == id {
			return true
		}
	}
	return false
}

// FlowsDir is the directory of a content directory that holds one file of
// words per flow.
const FlowsDir = "flows"
