package flows

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// FuzzStepMatch feeds typed text to every step of every flow: Match never
// panics, and what it returns is one of the step's option values.
func FuzzStepMatch(f *testing.F) {
	for _, seed := range []string{"", "1", "14", "14 jaar", "ja!", "Ouder Amstel", "veilig-thuis", "ÉÉN", "  ", "-1", "99999999999999999999", "12-15", "’t", "\x00", "ja nee"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		for _, fl := range EmbeddedSet().All() {
			for _, s := range fl.Steps {
				v, ok := s.Match(input)
				if ok && s.option(v) == nil {
					t.Fatalf("%s/%s: Match(%q) = %q, which is no option", fl.ID, s.ID, input, v)
				}
				if !ok && v != "" {
					t.Fatalf("%s/%s: Match(%q) returned %q without ok", fl.ID, s.ID, input, v)
				}
			}
		}
	})
}

// FuzzAnswer drives a flow with a sequence of inputs separated by "|" (a
// "<" means Back): it never panics, an error leaves the state unchanged,
// and every state it reaches is valid and survives a JSON round trip.
func FuzzAnswer(f *testing.F) {
	f.Add("stappenplan", "school|ja|uithoorn|ja", "")
	f.Add("stappenplan", "veilig thuis|1|ja|nee|2|<|ja", "diemen")
	f.Add("toestemming", "14|ja|beide|<|<|<|<|9|1|niemand", "")
	f.Add("gezag", "nee|ja|ja", "ouder-amstel")
	f.Add("stappenplan", "zzz||13|<", "amsterdam")
	f.Fuzz(func(t *testing.T, flowID, inputs, municipality string) {
		fl := EmbeddedSet().ByID(flowID)
		if fl == nil {
			return
		}
		known := map[string]string{"municipality": municipality}
		st := fl.Begin(known)
		checkState(t, fl, st)
		for _, in := range strings.Split(inputs, "|") {
			before := State{Flow: st.Flow, Path: clonePath(st.Path), Step: st.Step, Outcome: st.Outcome}
			if in == "<" {
				st = fl.Back(st, known)
				if !reflect.DeepEqual(st.Path, before.Path) && len(st.Path) >= len(before.Path) {
					t.Fatalf("Back did not shorten the path: %v -> %v", before.Path, st.Path)
				}
			} else {
				next, err := fl.Answer(st, in, known)
				if err != nil {
					if !reflect.DeepEqual(next, before) || !reflect.DeepEqual(st, before) {
						t.Fatalf("Answer(%q) failed with %v and changed the state: %+v -> %+v", in, err, before, next)
					}
				}
				st = next
			}
			checkState(t, fl, st)
		}
	})
}

func checkState(t *testing.T, fl *Flow, st State) {
	t.Helper()
	if (st.Step == "") == (st.Outcome == "") {
		t.Fatalf("state must have exactly one of step and outcome: %+v", st)
	}
	if st.Step != "" && fl.Step(st.Step) == nil || st.Outcome != "" && fl.Outcome(st.Outcome) == nil {
		t.Fatalf("state names an unknown step or outcome: %+v", st)
	}
	for _, p := range st.Path {
		s := fl.Step(p.Step)
		if s == nil || s.option(p.Value) == nil {
			t.Fatalf("path holds an answer that is no option: %+v", p)
		}
	}
	raw, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var back State
	if err := json.Unmarshal(raw, &back); err != nil || !reflect.DeepEqual(back, st) {
		t.Fatalf("JSON round trip of %s = %+v, %v", raw, back, err)
	}
}
