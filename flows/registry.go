package flows

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// flowSet builds every flow the bot offers, in menu order. Each flow file
// defines a function that builds its flow; this list is the one place that
// makes a flow part of the bot. Flow IDs are unique (TestFlowIDsUnique).
var flowSet = []func(src *source) *Flow{
	stappenplanFlow,
	toestemmingFlow,
	gezagFlow,
	inzageFlow,
	vernietigingFlow,
	datalekFlow,
	opnamesFlow,
	rechtenFlow,
}

// source is what the code that builds a flow reads from the content,
// besides the words it names by key.
type source struct {
	municipalities MunicipalityRecords
}

// Set is the flows the bot offers, in menu order, with their words as
// loaded, and the municipality records they rest on. It is read-only once
// built and safe for concurrent use.
type Set struct {
	flows          []*Flow
	municipalities MunicipalityRecords
	note           noteTexts
}

// LoadSet builds the flow set from a content directory: the layout of
// EmbeddedContentDir, whose files fill in what fsys lacks. Every flow is
// built afresh, so two sets share nothing. When anything is wrong it
// returns no set and an error (of type Problems) that lists every problem.
func LoadSet(fsys fs.FS) (*Set, error) {
	s, problems := loadSet(fsys, true)
	if len(problems) > 0 {
		return nil, fmt.Errorf("load flows: %w", Problems(problems))
	}
	return s, nil
}

// CheckSet returns every problem of the flows and the municipality records
// of a content directory, in file and line order; none means LoadSet loads it.
func CheckSet(fsys fs.FS) []Problem {
	_, problems := loadSet(fsys, true)
	return problems
}

// loadSet builds the set from dir over the embedded content and returns
// every problem found. With walk, every path of every flow is walked as
// well (Walk), which also asks every word an outcome shows, so that words
// no flow uses are found; the embedded set skips both at start, as a test
// (CheckSet on the embedded content) does them.
func loadSet(dir fs.FS, walk bool) (*Set, []Problem) {
	fsys := overlay{dir, embeddedFiles, "content"}
	ms, r, problems := loadMunicipalities(fsys)
	w := &words{
		fsys:           fsys,
		municipalities: ms,
		files:          map[string]recordFile{municipalitiesWords: r},
		asked:          map[string]map[string]bool{},
		missing:        map[string]map[string]bool{},
	}
	s := &Set{municipalities: ms}
	src := &source{municipalities: ms}
	for _, build := range flowSet {
		f := w.flow(build(src))
		if walk {
			if err := Walk(f, nil); err != nil {
				problems = append(problems, Problem{File: path.Join(FlowsDir, f.ID+".md"), Line: 1, Msg: err.Error()})
			}
		}
		s.flows = append(s.flows, f)
	}
	s.note = loadNoteWords(w)
	problems = append(problems, w.problems...)
	problems = append(problems, w.missingProblems()...)
	if walk {
		// Words asked only at an outcome are asked during the walk.
		problems = append(problems, w.unusedProblems()...)
	}
	problems = append(problems, strayWordFiles(dir, w.files)...)
	w.asked, w.missing = nil, nil
	sortProblems(problems)
	return s, problems
}

// Municipalities returns the municipality records the set was loaded with.
func (s *Set) Municipalities() MunicipalityRecords {
	return slices.Clone(s.municipalities)
}

// EmbeddedSet returns the flow set built from the embedded content. It is
// built once, without walking every path at each start (a test, through
// CheckSet, walks them); callers must not change it.
var EmbeddedSet = sync.OnceValue(func() *Set {
	s, problems := loadSet(EmbeddedContentDir(), false)
	if len(problems) > 0 {
		panic("flows: embedded flows do not load: " + Problems(problems).Error())
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
		if build(&source{}).ID == id {
			return true
		}
	}
	return false
}

// FlowsDir is the directory of a content directory that holds one file of
// words per flow.
const FlowsDir = "flows"

func sortProblems(problems []Problem) {
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// overlay reads a file from fsys, or from dir in base when fsys lacks it.
type overlay struct {
	fsys fs.FS
	base fs.FS
	dir  string
}

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return o.base.Open(path.Join(o.dir, name))
	}
	return f, err
}

// strayWordFiles reports each file in the flows directory of dir that
// holds the words of no flow: a misspelt name, or a flow no longer offered.
func strayWordFiles(dir fs.FS, loaded map[string]recordFile) []Problem {
	entries, err := fs.ReadDir(dir, FlowsDir)
	if err != nil {
		return nil
	}
	var out []Problem
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".md")
		if e.IsDir() || !ok {
			continue
		}
		if _, used := loaded[name]; !used {
			out = append(out, Problem{File: path.Join(FlowsDir, e.Name()), Msg: "no flow reads this file: its name must be a flow's ID"})
		}
	}
	return out
}

// Len returns the number of flows in the set.
func (s *Set) Len() int { return len(s.flows) }
