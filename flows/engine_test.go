package flows

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"privacybot/lang"
)

// testFlow is a small flow that exercises every engine feature: numbered
// and worded options, a setting step in the middle, a Route, a Parse.
func testFlow() *Flow {
	return &Flow{
		ID:      "test",
		Aliases: []string{"proef", "tëst-flow"},
		Title:   lang.T("Testflow", "Test flow"),
		Start:   "wie",
		Steps: []*Step{
			{
				ID: "wie", Label: lang.T("Ontvanger", "Recipient"), Ask: lang.T("Met wie?", "With whom?"),
				Options: []Option{
					{Value: "school", Label: lang.T("School", "School"), Words: []string{"leerkracht", "juf"}, Next: "municipality"},
					{Value: "huisarts", Label: lang.T("Huisarts", "GP"), Words: []string{"dokter", "arts"}, Next: "leeftijd"},
					{Value: "veilig-thuis", Label: lang.T("Veilig Thuis", "Safe at Home"), Next: "meld"},
				},
			},
			{
				ID: "municipality", Label: lang.T("Gemeente", "Municipality"), Ask: lang.T("Welke gemeente?", "Which municipality?"),
				Setting: "municipality",
				Options: []Option{
					{Value: "diemen", Label: lang.T("Diemen", "Diemen"), Next: "leeftijd"},
					{Value: "uithoorn", Label: lang.T("Uithoorn", "Uithoorn"), Next: "leeftijd"},
					{Value: "ouder-amstel", Label: lang.T("Ouder-Amstel", "Ouder-Amstel"), Words: []string{"oa"}, Next: "leeftijd"},
				},
			},
			{
				ID: "leeftijd", Label: lang.T("Leeftijd", "Age"), Ask: lang.T("Hoe oud?", "How old?"),
				Options: []Option{
					{Value: "onder-12", Label: lang.T("Jonger dan 12", "Under 12")},
					{Value: "12-15", Label: lang.T("12 tot 16", "12 to 16")},
					{Value: "16-plus", Label: lang.T("16 of ouder", "16 or older")},
				},
				Parse: func(s string) (string, bool) {
					n, ok := leadingNumber(s)
					switch {
					case !ok:
						return "", false
					case n < 12:
						return "onder-12", true
					case n < 16:
						return "12-15", true
					}
					return "16-plus", true
				},
				Route: func(a Answers) string {
					if a["municipality"] == "uithoorn" {
						return "expliciet"
					}
					return "transparant"
				},
			},
			{
				ID: "meld", Label: lang.T("Acuut", "Acute"), Ask: lang.T("Acuut onveilig?", "Acutely unsafe?"),
				Options: []Option{
					{Value: "ja", Label: lang.T("Ja", "Yes"), Words: []string{"j", "y"}, Next: "melden"},
					{Value: "nee", Label: lang.T("Nee", "No"), Words: []string{"n"}, Next: "transparant"},
				},
			},
		},
		Outcomes: []*Outcome{
			{ID: "expliciet", Title: lang.T("Vraag toestemming", "Ask consent"), Verdict: lang.T("Vraag het.", "Ask."), Ground: lang.T("§1.3", "§1.3")},
			{ID: "transparant", Title: lang.T("Bespreek het", "Discuss it"), Verdict: lang.T("Bespreek.", "Discuss."), Ground: lang.T("§1.3", "§1.3")},
			{ID: "melden", Title: lang.T("Melden", "Report"), Verdict: lang.T("Meld.", "Report."), Ground: lang.T("§1.6", "§1.6")},
		},
	}
}

func TestStepMatch(t *testing.T) {
	f := testFlow()
	tests := []struct {
		step, input, want string
		ok                bool
	}{
		{"wie", "1", "school", true},
		{"wie", " 2. ", "huisarts", true},
		{"wie", "4", "", false},
		{"wie", "0", "", false},
		{"wie", "school", "school", true},
		{"wie", "SCHOOL!", "school", true},
		{"wie", "GP", "huisarts", true},
		{"wie", "Dokter?", "huisarts", true},
		{"wie", "veilig thuis", "veilig-thuis", true},
		{"wie", "Veilig-Thuis", "veilig-thuis", true},
		{"wie", "safe at home", "veilig-thuis", true},
		{"wie", "", "", false},
		{"wie", "   ", "", false},
		{"wie", "politie", "", false},
		{"municipality", "Ouder Amstel", "ouder-amstel", true},
		{"municipality", "OA", "ouder-amstel", true},
		{"municipality", "uïthoorn", "uithoorn", true},
		{"leeftijd", "14", "12-15", true},
		{"leeftijd", "14 jaar", "12-15", true},
		{"leeftijd", "1", "onder-12", true}, // option 1 and age 1 agree
		{"leeftijd", "3", "", false},        // option 3 or age 3: ambiguous
		{"leeftijd", "16 of ouder", "16-plus", true},
		{"leeftijd", "twaalf", "", false},
		{"meld", "J", "ja", true},
		{"meld", "yes.", "ja", true},
		{"meld", "nee", "nee", true},
		{"meld", "misschien", "", false},
	}
	for _, tt := range tests {
		got, ok := f.Step(tt.step).Match(tt.input)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s.Match(%q) = %q, %v; want %q, %v", tt.step, tt.input, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStepMatchAmbiguousWord(t *testing.T) {
	s := &Step{ID: "x", Options: []Option{
		{Value: "a", Label: lang.T("Een", "One"), Words: []string{"beide"}},
		{Value: "b", Label: lang.T("Twee", "Two"), Words: []string{"beide"}},
	}}
	if v, ok := s.Match("beide"); ok {
		t.Errorf("Match(beide) = %q, true; want no match for a word two options share", v)
	}
	if v, ok := s.Match("twee"); !ok || v != "b" {
		t.Errorf("Match(twee) = %q, %v; want b", v, ok)
	}
}

func TestBeginAutoAnswersKnownSettings(t *testing.T) {
	f := testFlow()
	tests := []struct {
		name  string
		known map[string]string
		steps []string
		want  State
	}{
		{
			name:  "setting known: asked step skipped",
			known: map[string]string{"municipality": "uithoorn"},
			steps: []string{"school"},
			want: State{Flow: "test", Step: "leeftijd", Path: []Answered{
				{Step: "wie", Value: "school"}, {Step: "municipality", Value: "uithoorn"}}},
		},
		{
			name:  "setting unknown: asked",
			known: nil,
			steps: []string{"school"},
			want:  State{Flow: "test", Step: "municipality", Path: []Answered{{Step: "wie", Value: "school"}}},
		},
		{
			name:  "setting with an unknown value: asked",
			known: map[string]string{"municipality": "amsterdam"},
			steps: []string{"school"},
			want:  State{Flow: "test", Step: "municipality", Path: []Answered{{Step: "wie", Value: "school"}}},
		},
		{
			name:  "setting known, typed form",
			known: map[string]string{"municipality": "Ouder Amstel"},
			steps: []string{"juf", "14"},
			want: State{Flow: "test", Outcome: "transparant", Path: []Answered{
				{Step: "wie", Value: "school"}, {Step: "municipality", Value: "ouder-amstel"}, {Step: "leeftijd", Value: "12-15"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := f.Begin(tt.known)
			var err error
			for _, in := range tt.steps {
				if st, err = f.Answer(st, in, tt.known); err != nil {
					t.Fatalf("Answer(%q): %v", in, err)
				}
			}
			if !reflect.DeepEqual(st, tt.want) {
				t.Errorf("state = %+v, want %+v", st, tt.want)
			}
		})
	}
}

func TestBeginAnswersSettingAtStart(t *testing.T) {
	f := testFlow()
	f.Start = "municipality"
	known := map[string]string{"municipality": "diemen"}
	st := f.Begin(known)
	want := State{Flow: "test", Step: "leeftijd", Path: []Answered{{Step: "municipality", Value: "diemen"}}}
	if !reflect.DeepEqual(st, want) {
		t.Fatalf("Begin = %+v, want %+v", st, want)
	}
	if back := f.Back(st, known); !reflect.DeepEqual(back, st) {
		t.Errorf("Back at the first asked step = %+v, want it unchanged %+v", back, st)
	}
}

func TestAnswerRoutes(t *testing.T) {
	f := testFlow()
	tests := []struct {
		municipality, want string
	}{
		{"uithoorn", "expliciet"},
		{"diemen", "transparant"},
		{"ouder-amstel", "transparant"},
	}
	for _, tt := range tests {
		st := f.Begin(nil)
		var err error
		for _, in := range []string{"school", tt.municipality, "16"} {
			if st, err = f.Answer(st, in, nil); err != nil {
				t.Fatalf("%s: Answer(%q): %v", tt.municipality, in, err)
			}
		}
		if st.Outcome != tt.want || st.Step != "" {
			t.Errorf("%s: state %+v, want outcome %q", tt.municipality, st, tt.want)
		}
	}
}

func TestAnswerNotUnderstoodLeavesStateUnchanged(t *testing.T) {
	f := testFlow()
	st, err := f.Answer(f.Begin(nil), "dokter", nil)
	if err != nil {
		t.Fatal(err)
	}
	before := cloneState(st)
	for _, in := range []string{"", "2", "3", "een kind van drie", "ja"} {
		got, err := f.Answer(st, in, nil)
		var nu *NotUnderstood
		if !errors.As(err, &nu) {
			t.Fatalf("Answer(%q) error = %v, want *NotUnderstood", in, err)
		}
		if nu.Step == nil || nu.Step.ID != "leeftijd" {
			t.Errorf("NotUnderstood.Step = %v, want leeftijd", nu.Step)
		}
		if strings.Contains(err.Error(), "drie") {
			t.Errorf("error %q repeats the input", err)
		}
		if !reflect.DeepEqual(got, before) || !reflect.DeepEqual(st, before) {
			t.Errorf("Answer(%q) changed the state: got %+v, had %+v", in, got, before)
		}
	}
}

func TestAnswerInvalidStates(t *testing.T) {
	f := testFlow()
	tests := []struct {
		name string
		st   State
		want error
	}{
		{"other flow", State{Flow: "stappenplan", Step: "wie"}, ErrInvalidState},
		{"unknown step", State{Flow: "test", Step: "nope"}, ErrInvalidState},
		{"finished", State{Flow: "test", Outcome: "melden"}, ErrFlowEnded},
	}
	for _, tt := range tests {
		got, err := f.Answer(tt.st, "1", nil)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
		if !reflect.DeepEqual(got, tt.st) {
			t.Errorf("%s: state changed to %+v", tt.name, got)
		}
	}
}

func TestAnswerDoesNotShareThePath(t *testing.T) {
	f := testFlow()
	st, _ := f.Answer(f.Begin(nil), "veilig-thuis", nil)
	st.Path = append(make([]Answered, 0, 8), st.Path...)
	a, _ := f.Answer(st, "ja", nil)
	b, _ := f.Answer(st, "nee", nil)
	if a.Path[1].Value != "ja" || b.Path[1].Value != "nee" || len(st.Path) != 1 {
		t.Errorf("states share their path: a=%v b=%v st=%v", a.Path, b.Path, st.Path)
	}
}

func TestBack(t *testing.T) {
	f := testFlow()
	known := map[string]string{"municipality": "uithoorn"}
	tests := []struct {
		name   string
		known  map[string]string
		inputs []string
		want   State
	}{
		{
			name:   "at the first step it stays",
			inputs: nil,
			want:   State{Flow: "test", Step: "wie"},
		},
		{
			name:   "one answer undone",
			inputs: []string{"veilig-thuis"},
			want:   State{Flow: "test", Step: "wie"},
		},
		{
			name:   "from an outcome back to the last question",
			inputs: []string{"veilig-thuis", "ja"},
			want:   State{Flow: "test", Step: "meld", Path: []Answered{{Step: "wie", Value: "veilig-thuis"}}},
		},
		{
			name:   "auto-answered setting step skipped",
			known:  known,
			inputs: []string{"school"},
			want:   State{Flow: "test", Step: "wie"},
		},
		{
			name:   "setting step the user answered is asked again",
			inputs: []string{"school", "diemen"},
			want:   State{Flow: "test", Step: "municipality", Path: []Answered{{Step: "wie", Value: "school"}}},
		},
		{
			name:   "back past an outcome and an auto-answered step",
			known:  known,
			inputs: []string{"school", "10"},
			want: State{Flow: "test", Step: "leeftijd", Path: []Answered{
				{Step: "wie", Value: "school"}, {Step: "municipality", Value: "uithoorn"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := f.Begin(tt.known)
			var err error
			for _, in := range tt.inputs {
				if st, err = f.Answer(st, in, tt.known); err != nil {
					t.Fatalf("Answer(%q): %v", in, err)
				}
			}
			before := cloneState(st)
			got := f.Back(st, tt.known)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Back = %+v, want %+v", got, tt.want)
			}
			if !reflect.DeepEqual(st, before) {
				t.Errorf("Back changed its input state")
			}
		})
	}
}

func TestAnswersLaterWins(t *testing.T) {
	f := testFlow()
	st := State{Flow: "test", Path: []Answered{{Step: "wie", Value: "school"}, {Step: "wie", Value: "huisarts"}}}
	if got := f.Answers(st); !reflect.DeepEqual(got, Answers{"wie": "huisarts"}) {
		t.Errorf("Answers = %v", got)
	}
}

func TestStateJSONRoundTrip(t *testing.T) {
	f := testFlow()
	known := map[string]string{"municipality": "diemen"}
	st := f.Begin(known)
	for _, in := range []string{"school", "15"} {
		var err error
		if st, err = f.Answer(st, in, known); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []State{f.Begin(nil), st} {
		raw, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back State
		if err := json.Unmarshal(raw, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, s) {
			t.Errorf("round trip of %s = %+v, want %+v", raw, back, s)
		}
	}
	raw, _ := json.Marshal(st)
	want := `{"flow":"test","path":[{"step":"wie","value":"school"},{"step":"municipality","value":"diemen"},{"step":"leeftijd","value":"12-15"}],"outcome":"transparant"}`
	if string(raw) != want {
		t.Errorf("JSON = %s, want %s", raw, want)
	}
}

func TestStepAndOutcomeLookup(t *testing.T) {
	f := testFlow()
	if f.Step("meld") == nil || f.Step("melden") != nil || f.Outcome("melden") == nil || f.Outcome("meld") != nil {
		t.Error("Step/Outcome look-up mixes steps and outcomes")
	}
}

func TestWalkTestFlow(t *testing.T) {
	f := testFlow()
	counts := map[string]int{}
	paths := 0
	err := Walk(f, func(path []Answered, o *Outcome) {
		paths++
		counts[o.ID]++
		st := f.Begin(nil)
		for _, p := range path {
			var err error
			if st, err = f.Answer(st, p.Value, nil); err != nil {
				t.Fatalf("replay %v: %v", path, err)
			}
		}
		if st.Outcome != o.ID {
			t.Errorf("replay %v ends at %q, Walk said %q", path, st.Outcome, o.ID)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	// school: 3 municipalities x 3 ages; huisarts: 3 ages; veilig thuis: 2.
	if paths != 14 {
		t.Errorf("Walk visited %d paths, want 14", paths)
	}
	want := map[string]int{"expliciet": 3, "transparant": 10, "melden": 1}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("outcomes = %v, want %v", counts, want)
	}
}

func TestWalkFindsProblems(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(f *Flow)
		want   string
	}{
		{"dead end", func(f *Flow) { f.Step("meld").Options[1].Next = "" }, "dead-ends"},
		{"unknown next", func(f *Flow) { f.Step("meld").Options[1].Next = "nergens" }, "nergens"},
		{"route to unknown", func(f *Flow) {
			f.Step("leeftijd").Route = func(Answers) string { return "zoek" }
		}, "zoek"},
		{"loop", func(f *Flow) { f.Step("meld").Options[1].Next = "wie" }, "loops"},
		{"unreachable step", func(f *Flow) {
			f.Steps = append(f.Steps, &Step{ID: "los", Label: lang.T("a", "a"), Ask: lang.T("b", "b"),
				Options: []Option{{Value: "x", Label: lang.T("x", "x"), Next: "melden"}}})
		}, "unreachable"},
		{"unreachable outcome", func(f *Flow) {
			f.Outcomes = append(f.Outcomes, &Outcome{ID: "los", Title: lang.T("a", "a"), Verdict: lang.T("b", "b"), Ground: lang.T("c", "c")})
		}, "unreachable"},
		{"no options", func(f *Flow) { f.Step("meld").Options = nil }, "no options"},
		{"repeated value", func(f *Flow) { f.Step("meld").Options[1].Value = "ja" }, "repeats"},
		{"missing English", func(f *Flow) { f.Step("meld").Ask.EN = "" }, "lacks English"},
		{"missing Dutch", func(f *Flow) { f.Outcome("melden").Verdict.NL = "" }, "lacks Dutch"},
		{"half a detail", func(f *Flow) {
			f.Outcome("melden").Detail = func(Answers) lang.Text { return lang.T("alleen nl", "") }
		}, "lacks English"},
		{"ambiguous word", func(f *Flow) { f.Step("meld").Options[1].Words = []string{"j"} }, "does not pick"},
		{"unknown start", func(f *Flow) { f.Start = "begin" }, "start"},
		{"duplicate step", func(f *Flow) { f.Steps = append(f.Steps, f.Step("meld")) }, "repeats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := testFlow()
			tt.break_(f)
			err := Walk(f, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Walk error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestFoldInput(t *testing.T) {
	tests := map[string]string{
		"  Één  Twee?! ": "een twee",
		"Ouder-Amstel":   "ouder amstel",
		"cliënt’s":       "client's",
		"ZORG.":          "zorg",
		"":               "",
	}
	for in, want := range tests {
		if got := foldInput(in); got != want {
			t.Errorf("foldInput(%q) = %q, want %q", in, got, want)
		}
	}
}

func cloneState(st State) State {
	st.Path = clonePath(st.Path)
	return st
}
