package flows

import (
	"fmt"
	"slices"
	"strings"

	"privacybot/lang"
)

// The flows' words live in content files; the Go code that builds a flow
// names them by key. tx and list stand for the words under a key until
// LoadSet puts the words of the content directory in their place, also in
// what the Detail, Shared and Note functions compose from them.
const (
	markOpen  = "⟦"
	markClose = "⟧"
)

// tx stands for the text under key in the words of file ("stappenplan" for
// flows/stappenplan.md, "municipalities" for municipalities.md).
func tx(file, key string) lang.Text {
	m := markOpen + file + ":" + key + markClose
	return lang.Text{NL: m, EN: m}
}

// list stands for the comma-separated list under key in the words of file.
func list(file, key string) []string {
	return []string{markOpen + file + ":" + key + markClose}
}

// municipalitiesWords names the municipality records among the words.
const municipalitiesWords = "municipalities"

// words puts the content's words in place of the keys.
type words struct {
	files map[string]recordFile
	// asked records, while a set loads, every key the code asked for, per
	// file, and the keys a file lacks; nil once the set is loaded.
	asked   map[string]map[string]bool
	missing map[string]map[string]bool
}

// expand replaces every key in s by its words in l.
func (w *words) expand(s string, l lang.Lang) string {
	if !strings.Contains(s, markOpen) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, markOpen)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.Index(s[i:], markClose)
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		file, key, _ := strings.Cut(s[i+len(markOpen):i+j], ":")
		t, _ := w.lookup(file, key, false)
		if l == lang.EN {
			b.WriteString(t.EN)
		} else {
			b.WriteString(t.NL)
		}
		s = s[i+j+len(markClose):]
	}
}

// lookup returns the words of file under key, noting what was asked.
func (w *words) lookup(file, key string, isList bool) (lang.Text, []string) {
	if w.asked != nil {
		if w.asked[file] == nil {
			w.asked[file] = map[string]bool{}
		}
		w.asked[file][key] = true
	}
	r := w.files[file]
	if isList {
		l, ok := r.list(key)
		w.note(ok, file, key)
		return lang.Text{}, l
	}
	t, ok := r.text(key)
	w.note(ok, file, key)
	return t, nil
}

func (w *words) note(found bool, file, key string) {
	if found || w.missing == nil {
		return
	}
	if w.missing[file] == nil {
		w.missing[file] = map[string]bool{}
	}
	w.missing[file][key] = true
}

func (w *words) text(t lang.Text) lang.Text {
	return lang.Text{NL: w.expand(t.NL, lang.NL), EN: w.expand(t.EN, lang.EN)}
}

func (w *words) list(l []string) []string {
	if len(l) == 1 && strings.HasPrefix(l[0], markOpen) && strings.HasSuffix(l[0], markClose) {
		file, key, _ := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(l[0], markOpen), markClose), ":")
		_, out := w.lookup(file, key, true)
		return out
	}
	return slices.Clone(l)
}

func (w *words) textFunc(f func(Answers) lang.Text) func(Answers) lang.Text {
	if f == nil {
		return nil
	}
	return func(a Answers) lang.Text { return w.text(f(a)) }
}

// flow returns a copy of f with its words in place, sharing nothing with f
// but its Parse and Route functions.
func (w *words) flow(f *Flow) *Flow {
	out := *f
	out.Aliases = w.list(f.Aliases)
	out.Title, out.Intro = w.text(f.Title), w.text(f.Intro)
	out.Sources = w.list(f.Sources)
	out.Steps = make([]*Step, len(f.Steps))
	for i, s := range f.Steps {
		c := *s
		c.Label, c.Ask, c.Why = w.text(s.Label), w.text(s.Ask), w.text(s.Why)
		c.Sources = w.list(s.Sources)
		c.Note = w.textFunc(s.Note)
		c.Options = make([]Option, len(s.Options))
		for j, o := range s.Options {
			o.Label = w.text(o.Label)
			o.Words = w.list(o.Words)
			c.Options[j] = o
		}
		out.Steps[i] = &c
	}
	out.Outcomes = make([]*Outcome, len(f.Outcomes))
	for i, o := range f.Outcomes {
		c := *o
		c.Title, c.Verdict, c.Share = w.text(o.Title), w.text(o.Verdict), w.text(o.Share)
		c.Inform, c.Ground = w.text(o.Inform), w.text(o.Ground)
		c.Sources, c.Laws = w.list(o.Sources), w.list(o.Laws)
		c.Detail, c.Shared = w.textFunc(o.Detail), w.textFunc(o.Shared)
		if o.Deadline != nil {
			d := *o.Deadline
			d.What = w.text(d.What)
			c.Deadline = &d
		}
		out.Outcomes[i] = &c
	}
	return &out
}

// missingProblems reports every key the code asked for that its file lacks.
func (w *words) missingProblems() []Problem {
	var out []Problem
	for _, file := range sortedKeys(w.missing) {
		r := w.files[file]
		name := r.name
		if name == "" {
			name = file
		}
		for _, key := range sortedKeys(w.missing[file]) {
			out = append(out, Problem{File: name, Line: 1, Msg: fmt.Sprintf("the code asks for %q, which this file lacks", key)})
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
