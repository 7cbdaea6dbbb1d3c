package flows

import (
	"fmt"
	"io/fs"
	"path"
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
	markArg   = "¦"
)

// tx stands for the text under key in the words of file ("stappenplan" for
// flows/stappenplan.md, "municipalities" for municipalities.md).
func tx(file, key string) lang.Text {
	m := markOpen + file + ":" + key + markClose
	return lang.Text{NL: m, EN: m}
}

// fill stands for t with "{name}" in its words replaced by v.
func fill(t lang.Text, name string, v lang.Text) lang.Text {
	return lang.Text{
		NL: strings.TrimSuffix(t.NL, markClose) + markArg + name + "=" + v.NL + markClose,
		EN: strings.TrimSuffix(t.EN, markClose) + markArg + name + "=" + v.EN + markClose,
	}
}

// joinTexts joins the texts of each language with a space.
func joinTexts(texts ...lang.Text) lang.Text {
	var nl, en []string
	for _, t := range texts {
		nl, en = append(nl, t.NL), append(en, t.EN)
	}
	return lang.Text{NL: strings.Join(nl, " "), EN: strings.Join(en, " ")}
}

// list stands for the comma-separated list under key in the words of file.
func list(file, key string) []string {
	return []string{markOpen + file + ":" + key + markClose}
}

// municipalitiesWords names the municipality records among the words.
const municipalitiesWords = "municipalities"

// privacyOfficersKey is the words of the municipality records that list
// every privacy officer's address.
const privacyOfficersKey = "privacy-officers"

// words puts the content's words in place of the keys. It reads the file
// of a flow's words from fsys the first time a key of it is asked.
type words struct {
	fsys           fs.FS
	municipalities MunicipalityRecords
	files          map[string]recordFile
	// asked records, while a set loads, every key the code asked for, per
	// file, and the keys a file lacks; nil once the set is loaded.
	asked    map[string]map[string]bool
	missing  map[string]map[string]bool
	problems []Problem
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
		end := matchingClose(s, i)
		if end < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(w.resolve(s[i+len(markOpen):end], l))
		s = s[end+len(markClose):]
	}
}

// matchingClose returns the index of the markClose that ends the key
// starting at i, keys nested in it skipped, or -1.
func matchingClose(s string, i int) int {
	depth := 0
	for j := i; j < len(s); {
		switch {
		case strings.HasPrefix(s[j:], markOpen):
			depth++
			j += len(markOpen)
		case strings.HasPrefix(s[j:], markClose):
			depth--
			if depth == 0 {
				return j
			}
			j += len(markClose)
		default:
			j++
		}
	}
	return -1
}

// resolve returns the words of one key, "file:key¦name=value…", in l,
// each "{name}" in them replaced by its value.
func (w *words) resolve(inner string, l lang.Lang) string {
	parts := splitTop(inner)
	file, key, _ := strings.Cut(parts[0], ":")
	t, _ := w.lookup(file, key, false)
	out := t.NL
	if l == lang.EN {
		out = t.EN
	}
	for _, arg := range parts[1:] {
		name, value, _ := strings.Cut(arg, "=")
		out = strings.ReplaceAll(out, "{"+name+"}", w.expand(value, l))
	}
	return out
}

// splitTop splits s at every markArg not inside a nested key.
func splitTop(s string) []string {
	var parts []string
	depth, start := 0, 0
	for j := 0; j < len(s); {
		switch {
		case strings.HasPrefix(s[j:], markOpen):
			depth++
			j += len(markOpen)
		case strings.HasPrefix(s[j:], markClose):
			depth--
			j += len(markClose)
		case depth == 0 && strings.HasPrefix(s[j:], markArg):
			parts = append(parts, s[start:j])
			j += len(markArg)
			start = j
		default:
			j++
		}
	}
	return append(parts, s[start:])
}

// file returns the parsed words of file, reading them the first time.
func (w *words) file(file string) (recordFile, bool) {
	if r, ok := w.files[file]; ok {
		return r, r.values != nil
	}
	if w.asked == nil {
		// The set is loaded and shared: its files are read.
		return recordFile{}, false
	}
	name := path.Join(FlowsDir, file+".md")
	data, err := fs.ReadFile(w.fsys, name)
	if err != nil {
		w.problems = append(w.problems, Problem{File: name, Msg: fmt.Sprintf("cannot read the file: %v", err)})
		w.files[file] = recordFile{name: name}
		return w.files[file], false
	}
	r, ps := parseRecordFile(name, data, flowWordsKeys, []string{keyID}, nil)
	if id := r.fields[keyID]; id.value != "" && id.value != file {
		ps = append(ps, r.problemf(id.line, "id %q does not match the file name %q: rename one of them", id.value, path.Base(name)))
	}
	w.problems = append(w.problems, ps...)
	w.files[file] = r
	return r, true
}

// flowWordsKeys are the front matter keys of a file of a flow's words.
var flowWordsKeys = []string{keyID}

// lookup returns the words of file under key, noting what was asked.
func (w *words) lookup(file, key string, isList bool) (lang.Text, []string) {
	w.ask(file, key)
	if file == municipalitiesWords && key == privacyOfficersKey {
		all := w.municipalities.PrivacyOfficers()
		return lang.Text{NL: all, EN: all}, nil
	}
	r, ok := w.file(file)
	if !ok {
		return lang.Text{}, nil
	}
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
	var out []string
	for _, item := range l {
		if strings.HasPrefix(item, markOpen) && strings.HasSuffix(item, markClose) {
			file, key, _ := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(item, markOpen), markClose), ":")
			_, items := w.lookup(file, key, true)
			out = append(out, items...)
			continue
		}
		out = append(out, item)
	}
	return out
}

func (w *words) textFunc(f func(Answers) lang.Text) func(Answers) lang.Text {
	if f == nil {
		return nil
	}
	return func(a Answers) lang.Text { return w.text(f(a)) }
}

// flow returns a copy of f with its words in place, sharing nothing with f
// but its Parse and Route functions. A text or list f leaves empty is read
// from the flow's own words by its element's key: "flow.title",
// "step.ID.ask", "option.STEP.VALUE.label", "outcome.ID.verdict", ….
func (w *words) flow(f *Flow) *Flow {
	file := f.ID
	out := *f
	out.Aliases = w.listOr(f.Aliases, file, "flow.aliases")
	out.Title = w.textOr(f.Title, file, "flow.title", true)
	out.Intro = w.textOr(f.Intro, file, "flow.intro", false)
	out.Sources = w.listOr(f.Sources, file, "flow.sources")
	out.Steps = make([]*Step, len(f.Steps))
	for i, s := range f.Steps {
		c := *s
		k := "step." + s.ID + "."
		c.Label = w.textOr(s.Label, file, k+"label", true)
		c.Ask = w.textOr(s.Ask, file, k+"ask", true)
		c.Why = w.textOr(s.Why, file, k+"why", false)
		c.Sources = w.listOr(s.Sources, file, k+"sources")
		c.Note = w.textFunc(s.Note)
		c.Options = make([]Option, len(s.Options))
		for j, o := range s.Options {
			k := "option." + s.ID + "." + o.Value + "."
			o.Label = w.textOr(o.Label, file, k+"label", true)
			o.Words = w.listOr(o.Words, file, k+"words")
			c.Options[j] = o
		}
		out.Steps[i] = &c
	}
	out.Outcomes = make([]*Outcome, len(f.Outcomes))
	for i, o := range f.Outcomes {
		c := *o
		k := "outcome." + o.ID + "."
		c.Title = w.textOr(o.Title, file, k+"title", true)
		c.Verdict = w.textOr(o.Verdict, file, k+"verdict", true)
		c.Share = w.textOr(o.Share, file, k+"share", false)
		c.Inform = w.textOr(o.Inform, file, k+"inform", false)
		c.Ground = w.textOr(o.Ground, file, k+"ground", true)
		c.Sources = w.listOr(o.Sources, file, k+"sources")
		c.Laws = w.listOr(o.Laws, file, k+"laws")
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

// textOr returns t with its words in place or, when t is empty, the words
// of file under key; a required text missing there is reported.
func (w *words) textOr(t lang.Text, file, key string, required bool) lang.Text {
	if t != (lang.Text{}) {
		return w.text(t)
	}
	w.ask(file, key)
	r, _ := w.file(file)
	got, ok := r.text(key)
	_, hasNL := r.values[key+".nl"]
	_, hasEN := r.values[key+".en"]
	w.note(ok || (!required && !hasNL && !hasEN), file, key)
	return got
}

// listOr returns l with its lists in place or, when l is empty, the list
// of file under key, if any.
func (w *words) listOr(l []string, file, key string) []string {
	if l != nil {
		return w.list(l)
	}
	w.ask(file, key)
	r, _ := w.file(file)
	got, _ := r.list(key)
	return got
}

func (w *words) ask(file, key string) {
	if w.asked != nil {
		if w.asked[file] == nil {
			w.asked[file] = map[string]bool{}
		}
		w.asked[file][key] = true
	}
}

// missingProblems reports every key the code asked for that its file
// lacks, or has in one language only (at the line of the other).
func (w *words) missingProblems() []Problem {
	var out []Problem
	for _, file := range sortedKeys(w.missing) {
		r := w.files[file]
		name := r.name
		if name == "" {
			name = file
		}
		for _, key := range sortedKeys(w.missing[file]) {
			nl, hasNL := r.values[key+".nl"]
			en, hasEN := r.values[key+".en"]
			switch {
			case hasNL && !hasEN:
				out = append(out, Problem{File: name, Line: nl.line, Msg: fmt.Sprintf("%q has no English: add %s.en", key+".nl", lastPart(key))})
			case hasEN && !hasNL:
				out = append(out, Problem{File: name, Line: en.line, Msg: fmt.Sprintf("%q has no Dutch: add %s.nl", key+".en", lastPart(key))})
			default:
				out = append(out, Problem{File: name, Line: 1, Msg: fmt.Sprintf("the code asks for %q, which this file lacks: add %s under \"## %s\"", key, lastPart(key), strings.ReplaceAll(sectionPart(key), ".", " "))})
			}
		}
	}
	return out
}

func lastPart(key string) string { return key[strings.LastIndex(key, ".")+1:] }

func sectionPart(key string) string {
	if i := strings.LastIndex(key, "."); i >= 0 {
		return key[:i]
	}
	return key
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// unusedProblems reports every key of a flow's words that no code asked
// for while the set loaded: a misspelt key, or words no flow shows. A
// section none of whose keys is used (a misspelt step, option or outcome
// ID) is one problem, at its first key, rather than one per key.
func (w *words) unusedProblems() []Problem {
	var out []Problem
	for _, file := range sortedKeys(w.files) {
		if file == municipalitiesWords {
			continue
		}
		r := w.files[file]
		usedSection := map[string]bool{}
		for _, full := range r.order {
			key := strings.TrimSuffix(strings.TrimSuffix(full, ".nl"), ".en")
			if w.asked[file][key] {
				usedSection[sectionPart(key)] = true
			}
		}
		reported := map[string]bool{}
		for _, full := range r.order {
			key := strings.TrimSuffix(strings.TrimSuffix(full, ".nl"), ".en")
			if w.asked[file][key] {
				continue
			}
			section := sectionPart(key)
			switch {
			case usedSection[section]:
				out = append(out, r.problemf(r.values[full].line, "no flow uses %q", full))
			case !reported[section]:
				reported[section] = true
				out = append(out, r.problemf(r.values[full].line, "no flow uses anything under \"## %s\": is the ID misspelt?", strings.ReplaceAll(section, ".", " ")))
			}
		}
	}
	return out
}
