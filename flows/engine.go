package flows

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"privacybot/lang"
)

// ErrInvalidState is returned (wrapped) by Answer when the state does not
// belong to the flow or names a step the flow does not have.
var ErrInvalidState = errors.New("flow state does not fit the flow")

// ErrFlowEnded is returned (wrapped) by Answer when the state has already
// reached an outcome, so there is no question left to answer.
var ErrFlowEnded = errors.New("flow has already reached an outcome")

// NotUnderstood is returned by Answer when the input picks no option of the
// step now asked, or picks more than one. Step is the step to ask again.
type NotUnderstood struct{ Step *Step }

// Error names the step whose answer was not understood; it never repeats
// the input, which may hold client data.
func (e *NotUnderstood) Error() string {
	if e.Step == nil {
		return "answer not understood"
	}
	return fmt.Sprintf("answer to step %q not understood", e.Step.ID)
}

// Step returns the flow's step with this ID, or nil.
func (f *Flow) Step(id string) *Step {
	for _, s := range f.Steps {
		if s != nil && s.ID == id {
			return s
		}
	}
	return nil
}

// Outcome returns the flow's outcome with this ID, or nil.
func (f *Flow) Outcome(id string) *Outcome {
	for _, o := range f.Outcomes {
		if o != nil && o.ID == id {
			return o
		}
	}
	return nil
}

// Begin starts the flow. Steps whose Setting is in known (for example
// {"municipality": "uithoorn"}) are answered from it and recorded in the
// path, here and wherever they come up later.
func (f *Flow) Begin(known map[string]string) State {
	return f.autoAnswer(State{Flow: f.ID, Step: f.Start}, known)
}

// Answer applies the user's input (an option value from a button, or typed
// text) to the step now asked and moves on, answering following setting
// steps from known. When the input picks no single option it returns
// *NotUnderstood and the state unchanged; a state that does not fit the flow
// gives ErrInvalidState, a finished one ErrFlowEnded. The given state is
// never modified.
func (f *Flow) Answer(st State, input string, known map[string]string) (State, error) {
	if st.Flow != f.ID {
		return st, fmt.Errorf("answer in flow %q with state of flow %q: %w", f.ID, st.Flow, ErrInvalidState)
	}
	if st.Outcome != "" {
		return st, fmt.Errorf("answer in flow %q: %w", f.ID, ErrFlowEnded)
	}
	step := f.Step(st.Step)
	if step == nil {
		return st, fmt.Errorf("answer in flow %q at step %q: %w", f.ID, st.Step, ErrInvalidState)
	}
	value, ok := step.Match(input)
	if !ok {
		return st, &NotUnderstood{Step: step}
	}
	next, err := f.advance(st, step, value)
	if err != nil {
		return st, err
	}
	return f.autoAnswer(next, known), nil
}

// Back undoes the last answer the user gave and asks that step again.
// Setting steps whose recorded answer is what known holds count as answered
// automatically: they are skipped over and undone with it. At the first
// question the state stays as it is. The given state is never modified.
func (f *Flow) Back(st State, known map[string]string) State {
	i := len(st.Path)
	for i > 0 && f.answeredFromSetting(st.Path[i-1], known) {
		i--
	}
	if i == 0 {
		return st
	}
	return State{Flow: st.Flow, Path: clonePath(st.Path[:i-1]), Step: st.Path[i-1].Step, Return: st.Return}
}

// Answers returns the answers on the state's path by step ID; a later answer
// to the same step wins.
func (f *Flow) Answers(st State) Answers {
	return answersOf(st.Path)
}

// Match reads input as one of the step's options: its 1-based number, its
// value, its label in either language, one of its Words, or else what Parse
// makes of it. Case, accents, surrounding space, hyphens and trailing
// punctuation do not matter. It reports false when nothing matches or when
// the input could mean more than one option.
func (s *Step) Match(input string) (value string, ok bool) {
	key := foldInput(input)
	if key == "" {
		return "", false
	}
	found := map[string]bool{}
	if n, err := strconv.Atoi(key); err == nil && n >= 1 && n <= len(s.Options) {
		found[s.Options[n-1].Value] = true
	}
	named := false
	for _, o := range s.Options {
		if o.names(key) {
			found[o.Value] = true
			named = true
		}
	}
	if s.Parse != nil && !named {
		if v, ok := s.Parse(input); ok && s.option(v) != nil {
			found[v] = true
		}
	}
	if len(found) != 1 {
		return "", false
	}
	for v := range found {
		value = v
	}
	return value, true
}

// names reports whether the folded key is the option's value, a label or one
// of its words.
func (o Option) names(key string) bool {
	if key == foldInput(o.Value) || key == foldInput(o.Label.NL) || key == foldInput(o.Label.EN) {
		return true
	}
	return slices.ContainsFunc(o.Words, func(w string) bool { return foldInput(w) == key })
}

// option returns the step's option with this value, or nil.
func (s *Step) option(value string) *Option {
	for i := range s.Options {
		if s.Options[i].Value == value {
			return &s.Options[i]
		}
	}
	return nil
}

// next returns the ID that follows when the answers (this step's included)
// are a; "" when the step has no way on.
func (s *Step) next(a Answers) string {
	if s.Route != nil {
		return s.Route(a)
	}
	if o := s.option(a[s.ID]); o != nil {
		return o.Next
	}
	return ""
}

// advance records value as the answer to step and moves to what follows.
func (f *Flow) advance(st State, step *Step, value string) (State, error) {
	path := append(clonePath(st.Path), Answered{Step: step.ID, Value: value})
	target := step.next(answersOf(path))
	switch {
	case target != "" && f.Step(target) != nil:
		return State{Flow: f.ID, Path: path, Step: target, Return: st.Return}, nil
	case target != "" && f.Outcome(target) != nil:
		return State{Flow: f.ID, Path: path, Outcome: target, Return: st.Return}, nil
	}
	return st, fmt.Errorf("flow %q, step %q, answer %q: %q is no step or outcome", f.ID, step.ID, value, target)
}

// autoAnswer answers setting steps from known for as long as the step asked
// is one whose setting is known and fits one of its options.
func (f *Flow) autoAnswer(st State, known map[string]string) State {
	for range len(f.Steps) + 1 {
		step := f.Step(st.Step)
		if st.Outcome != "" || step == nil || step.Setting == "" {
			return st
		}
		value, ok := step.Match(known[step.Setting])
		if !ok {
			return st
		}
		next, err := f.advance(st, step, value)
		if err != nil {
			return st
		}
		st = next
	}
	return st
}

// answeredFromSetting reports whether this answer is what known gives for a
// setting step, so that Back passes over it.
func (f *Flow) answeredFromSetting(a Answered, known map[string]string) bool {
	step := f.Step(a.Step)
	if step == nil || step.Setting == "" {
		return false
	}
	value, ok := step.Match(known[step.Setting])
	return ok && value == a.Value
}

func answersOf(path []Answered) Answers {
	a := make(Answers, len(path))
	for _, p := range path {
		a[p.Step] = p.Value
	}
	return a
}

func clonePath(path []Answered) []Answered {
	if len(path) == 0 {
		return nil
	}
	return slices.Clone(path)
}

// accentFree maps accented letters to their plain form.
var accentFree = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a",
	"è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i",
	"ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u",
	"ý", "y", "ÿ", "y", "ç", "c", "ñ", "n", "ĳ", "ij",
	"’", "'", "‘", "'", "“", "\"", "”", "\"",
	"-", " ", "_", " ", "–", " ", "—", " ",
)

// foldInput makes typed text comparable: lower case, accents and hyphens
// dropped, inner space collapsed, surrounding space and trailing punctuation
// trimmed.
func foldInput(s string) string {
	s = accentFree.Replace(strings.ToLower(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,!?;:", r)
	})
}

// maxWalkPaths bounds Walk, so that a flow that grows out of hand is
// reported instead of enumerated for ever.
const maxWalkPaths = 200000

// Walk enumerates every path through the flow: every option of every step,
// setting steps included (so every setting value), and calls visit with the
// answers and the outcome each path ends in. It returns an error naming the
// problem when the flow is broken: a path dead-ends, a Next or Route names
// an unknown step or outcome, a path loops, a step or outcome is
// unreachable, a step has no options, an option value repeats, an option's
// own value, label or word does not pick it, or a text lacks Dutch or
// English.
func Walk(f *Flow, visit func(path []Answered, o *Outcome)) error {
	if f == nil {
		return errors.New("walk: no flow")
	}
	if err := checkShape(f); err != nil {
		return fmt.Errorf("flow %q: %w", f.ID, err)
	}
	w := walker{flow: f, visit: visit, reached: map[string]bool{}, onPath: map[string]bool{}}
	if err := w.walk(f.Start, nil); err != nil {
		return fmt.Errorf("flow %q: %w", f.ID, err)
	}
	for _, s := range f.Steps {
		if !w.reached[s.ID] {
			return fmt.Errorf("flow %q: step %q is unreachable", f.ID, s.ID)
		}
	}
	for _, o := range f.Outcomes {
		if !w.reached[o.ID] {
			return fmt.Errorf("flow %q: outcome %q is unreachable", f.ID, o.ID)
		}
	}
	return nil
}

type walker struct {
	flow    *Flow
	visit   func(path []Answered, o *Outcome)
	reached map[string]bool
	onPath  map[string]bool
	paths   int
}

func (w *walker) walk(stepID string, path []Answered) error {
	if w.onPath[stepID] {
		return fmt.Errorf("path %s loops back to step %q", pathString(path), stepID)
	}
	w.reached[stepID] = true
	w.onPath[stepID] = true
	defer delete(w.onPath, stepID)
	step := w.flow.Step(stepID)
	if step.Note != nil {
		if err := checkText("note of step "+stepID, step.Note(answersOf(path)), false); err != nil {
			return fmt.Errorf("path %s: %w", pathString(path), err)
		}
	}
	for _, o := range step.Options {
		p := append(clonePath(path), Answered{Step: stepID, Value: o.Value})
		a := answersOf(p)
		target := step.next(a)
		if target == "" {
			return fmt.Errorf("path %s dead-ends: no next step or outcome", pathString(p))
		}
		if w.flow.Step(target) != nil {
			if err := w.walk(target, p); err != nil {
				return err
			}
			continue
		}
		out := w.flow.Outcome(target)
		if out == nil {
			return fmt.Errorf("path %s leads to %q, which is no step or outcome", pathString(p), target)
		}
		if err := checkOutcomeTexts(out, a); err != nil {
			return fmt.Errorf("path %s: %w", pathString(p), err)
		}
		w.reached[target] = true
		w.paths++
		if w.paths > maxWalkPaths {
			return fmt.Errorf("more than %d paths", maxWalkPaths)
		}
		if w.visit != nil {
			w.visit(p, out)
		}
	}
	return nil
}

func checkOutcomeTexts(o *Outcome, a Answers) error {
	if o.Detail != nil {
		if err := checkText("detail of outcome "+o.ID, o.Detail(a), false); err != nil {
			return err
		}
	}
	if o.Shared != nil {
		if err := checkText("shared of outcome "+o.ID, o.Shared(a), true); err != nil {
			return err
		}
	}
	return nil
}

// checkShape checks what can be checked without walking: IDs, options,
// next steps and texts.
func checkShape(f *Flow) error {
	if f.ID == "" {
		return errors.New("flow has no ID")
	}
	if err := checkTexts("flow", map[string]lang.Text{"title": f.Title}, map[string]lang.Text{"intro": f.Intro}); err != nil {
		return err
	}
	ids := map[string]string{}
	for _, s := range f.Steps {
		if s == nil {
			return errors.New("nil step")
		}
		if s.ID == "" || ids[s.ID] != "" {
			return fmt.Errorf("step ID %q is empty or repeats", s.ID)
		}
		ids[s.ID] = "step"
	}
	for _, o := range f.Outcomes {
		if o == nil {
			return errors.New("nil outcome")
		}
		if o.ID == "" || ids[o.ID] != "" {
			return fmt.Errorf("outcome ID %q is empty or repeats", o.ID)
		}
		ids[o.ID] = "outcome"
		if err := checkTexts("outcome "+o.ID,
			map[string]lang.Text{"title": o.Title, "verdict": o.Verdict, "ground": o.Ground},
			map[string]lang.Text{"share": o.Share, "inform": o.Inform}); err != nil {
			return err
		}
	}
	if ids[f.Start] != "step" {
		return fmt.Errorf("start %q is no step", f.Start)
	}
	for _, s := range f.Steps {
		if err := checkStep(s, ids); err != nil {
			return fmt.Errorf("step %q: %w", s.ID, err)
		}
	}
	return nil
}

func checkStep(s *Step, ids map[string]string) error {
	if err := checkTexts("step", map[string]lang.Text{"label": s.Label, "ask": s.Ask}, map[string]lang.Text{"why": s.Why}); err != nil {
		return err
	}
	if s.Helper != "" && !isFlowID(s.Helper) {
		return fmt.Errorf("helper flow %q is not in the flow set", s.Helper)
	}
	if len(s.Options) == 0 {
		return errors.New("step has no options")
	}
	seen := map[string]bool{}
	for _, o := range s.Options {
		key := foldInput(o.Value)
		if key == "" || seen[key] {
			return fmt.Errorf("option value %q is empty or repeats", o.Value)
		}
		seen[key] = true
		if err := checkText("label of option "+o.Value, o.Label, true); err != nil {
			return err
		}
		if o.Next != "" && ids[o.Next] == "" {
			return fmt.Errorf("option %q: next %q is no step or outcome", o.Value, o.Next)
		}
		for _, typed := range append([]string{o.Value, o.Label.NL, o.Label.EN}, o.Words...) {
			if v, ok := s.Match(typed); !ok || v != o.Value {
				return fmt.Errorf("option %q: typing %q does not pick it", o.Value, typed)
			}
		}
	}
	return nil
}

// checkTexts checks that every required text has both languages and that
// every optional one has both or neither.
func checkTexts(what string, required, optional map[string]lang.Text) error {
	for name, t := range required {
		if err := checkText(what+" "+name, t, true); err != nil {
			return err
		}
	}
	for name, t := range optional {
		if err := checkText(what+" "+name, t, false); err != nil {
			return err
		}
	}
	return nil
}

func checkText(what string, t lang.Text, required bool) error {
	nl, en := strings.TrimSpace(t.NL) != "", strings.TrimSpace(t.EN) != ""
	switch {
	case nl && en, !required && !nl && !en:
		return nil
	case !nl:
		return fmt.Errorf("%s lacks Dutch", what)
	}
	return fmt.Errorf("%s lacks English", what)
}

func pathString(path []Answered) string {
	parts := make([]string, len(path))
	for i, p := range path {
		parts[i] = p.Step + "=" + p.Value
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// leadingNumber reads the one whole number in typed text ("14", "14 jaar",
// "kind van 9"); it reports false when there is none, more than one, or one
// of more than three digits.
func leadingNumber(s string) (int, bool) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if len(fields) != 1 || len(fields[0]) > 3 {
		return 0, false
	}
	n, err := strconv.Atoi(fields[0])
	return n, err == nil
}
