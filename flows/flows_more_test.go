package flows

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"privacybot/lang"
)

// pathCase is one walk through a flow: the inputs typed or pressed, the
// outcome it must end in and whether it offers a follow-up reminder. What
// the outcome says is in testdata/paths/TEST.golden.
type pathCase struct {
	name    string
	inputs  []string
	outcome string
	shared  bool
}

// runPathCases plays every case through the engine, checks where it ends
// and compares what the outcomes say with the test's golden file. It
// returns the outcome IDs the cases reached.
func runPathCases(t *testing.T, f *Flow, cases []pathCase) map[string]bool {
	t.Helper()
	reached := map[string]bool{}
	var golden pathsGolden
	defer golden.check(t, t.Name())
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := f.Begin(nil)
			for _, in := range tc.inputs {
				next, err := f.Answer(st, in, nil)
				if err != nil {
					t.Fatalf("answer %q at step %q: %v", in, st.Step, err)
				}
				st = next
			}
			if st.Outcome != tc.outcome {
				t.Fatalf("inputs %q end at outcome %q (step %q), want %q", tc.inputs, st.Outcome, st.Step, tc.outcome)
			}
			o := f.Outcome(st.Outcome)
			golden.add(tc.name, f.ID, nil, tc.inputs, o, f.Answers(st))
			if got := o.Shared != nil; got != tc.shared {
				t.Errorf("outcome %q offers a reminder: %v, want %v", o.ID, got, tc.shared)
			}
		})
		reached[tc.outcome] = true
	}
	return reached
}

// moreOutcomeText is all an outcome says for these answers, both languages,
// lower case.
func moreOutcomeText(o *Outcome, a Answers) string {
	parts := []lang.Text{o.Title, o.Verdict, o.Share, o.Inform, o.Ground}
	if o.Detail != nil {
		parts = append(parts, o.Detail(a))
	}
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.NL + "\n" + p.EN + "\n")
	}
	return strings.ToLower(b.String())
}

// checkAllReached fails when the cases leave an outcome of f untested.
func checkAllReached(t *testing.T, f *Flow, reached map[string]bool) {
	t.Helper()
	for _, o := range f.Outcomes {
		if !reached[o.ID] {
			t.Errorf("flow %q: no path case ends in outcome %q", f.ID, o.ID)
		}
	}
}

func TestInzagePaths(t *testing.T) {
	cases := []pathCase{
		{"adult client", []string{"ja", "client", "alleen-client"}, "client-inzage", false},
		{"adult client, others and working notes", []string{"ja", "client", "beide"}, "client-inzage", false},
		{"13-year-old types her age", []string{"ja", "jeugdige", "13", "nee"}, "jeugdige-12-15", false},
		{"16-year-old", []string{"ja", "kind", "16 jaar", "no"}, "jongere-16-17", false},
		{"9-year-old", []string{"ja", "jeugdige", "9"}, "kind-geen-eigen-recht", false},
		{"young person who cannot weigh interests", []string{"ja", "jeugdige", "wilsonbekwaam"}, "kind-geen-eigen-recht", false},
		{"young adult of 19", []string{"ja", "jeugdige", "19", "nee"}, "client-inzage", false},
		{"parent with authority, child of 8", []string{"ja", "ouder-gezag", "ja", "8", "nee"}, "ouder-beslist", true},
		{"parent with authority, child of 14, working notes", []string{"ja", "ouder met gezag", "ja", "14", "werkaantekeningen"}, "ouder-kind-12-15", true},
		{"parent, child of 17 consents, others in file", []string{"ja", "ouder-gezag", "ja", "17", "ja", "anderen"}, "ouder-met-toestemming", true},
		{"parent, child of 16 does not consent", []string{"ja", "ouder-gezag", "ja", "16-17", "nee"}, "ouder-zonder-toestemming", false},
		{"parent of an adult child", []string{"ja", "ouder-gezag", "ja", "25", "nee"}, "derde-geen", false},
		{"parent without authority, general information", []string{"ja", "ouder-zonder-gezag", "ja"}, "zonder-gezag-info", true},
		{"parent without authority, child's interest opposes", []string{"ja", "ouder-zonder-gezag", "nee"}, "zonder-gezag-geen-info", false},
		{"third party with consent", []string{"ja", "derde", "toestemming"}, "derde-toestemming", true},
		{"third party with a legal ground", []string{"ja", "school", "wet"}, "derde-wet", false},
		{"H5: identity not verified: verify first, no access", []string{"nee"}, "identiteit-eerst", false},
		{"H5: parent claims authority, not checked: check first, no access", []string{"ja", "ouder-gezag", "nee"}, "gezag-controleren", false},
		{"H5: parent's authority checked and absent: general information only", []string{"ja", "ouder-gezag", "zonder-gezag", "ja"}, "zonder-gezag-info", true},
		{"third party without consent", []string{"ja", "someone else", "no"}, "derde-geen", false},
	}
	checkAllReached(t, EmbeddedSet().WithID("inzage"), runPathCases(t, EmbeddedSet().WithID("inzage"), cases))
}

func TestInzageTypedAge(t *testing.T) {
	step := EmbeddedSet().WithID("inzage").Step("leeftijd-kind")
	tests := []struct {
		input string
		want  string // "" means not understood
	}{
		{"13", "12-15"},
		{"13 jaar", "12-15"},
		{"kind van 9", "onder-12"},
		{"17", "16-17"},
		{"20 years", "18-plus"},
		{"1", "onder-12"}, // option 1 and age 1 agree
		{"4", ""},         // option 4 (not competent) or age 4: ambiguous
		{"5", ""},         // option 5 (18 or older) or age 5: ambiguous
		{"12 of 13", ""},  // two numbers
		{"200", ""},
		{"geen idee", ""},
	}
	for _, tt := range tests {
		got, ok := step.Match(tt.input)
		if tt.want == "" {
			if ok {
				t.Errorf("Match(%q) = %q, want not understood", tt.input, got)
			}
			continue
		}
		if !ok || got != tt.want {
			t.Errorf("Match(%q) = %q, %v; want %q", tt.input, got, ok, tt.want)
		}
	}
}

func TestVernietigingPaths(t *testing.T) {
	cases := []pathCase{
		{"only a complaint might come", []string{"verzoek", "client", "17", "heel", "nee", "klacht", "nee"}, "vernietigen", false},
		{"whole file within the period: guideline flagged", []string{"verzoek", "client", "17", "heel", "nee", "nee", "nee"}, "vernietigen", false},
		{"relative's significant interest", []string{"verzoek", "client", "30", "deel", "ja", "nee", "nee", "alles"}, "weigeren", false},
		{"M3: parent of a child of 8 asks to remove abuse signals: the child's significant interest", []string{"verzoek", "ouder", "8", "ja", "deel", "ja", "nee", "nee", "alles"}, "weigeren", false},
		{"concrete proceedings for part", []string{"verzoek", "client", "17", "heel", "nee", "procedure", "nee", "deel"}, "deels-vernietigen", false},
		{"another law, complaint alone ignored", []string{"request", "client", "17", "part", "no", "complaint", "yes", "all"}, "weigeren", false},
		{"M4: a parent asks to destroy a 16-year-old's file: ask the young person", []string{"verzoek", "ouder", "16"}, "vraag-jongere", false},
		{"M4: a child of 9 asks: the parents with authority decide", []string{"verzoek", "client", "9"}, "ouders-beslissen", false},
		{"M4: a parent asks for an adult client: the client decides", []string{"verzoek", "ouder", "25"}, "volwassene-beslist", false},
		{"M4: a parent's authority not checked: check first", []string{"verzoek", "ouder", "wilsonbekwaam", "nee"}, "gezag-controleren", false},
		{"period still running", []string{"bewaartermijn", "loopt"}, "bewaren", false},
		{"period ended, nothing to keep", []string{"termijn", "voorbij", "nee", "nee", "nee"}, "vernietigen-na-termijn", false},
		{"period ended, a relative's interest", []string{"bewaartermijn", "ja", "ja", "nee", "nee"}, "langer-bewaren", false},
	}
	checkAllReached(t, EmbeddedSet().WithID("vernietiging"), runPathCases(t, EmbeddedSet().WithID("vernietiging"), cases))
}

// TestVernietigingOnlyTheTwoStatutoryExceptions checks that no step or
// outcome still weighs "good care" as a ground to keep (Jeugdwet 7.3.9).
func TestVernietigingOnlyTheTwoStatutoryExceptions(t *testing.T) {
	if EmbeddedSet().WithID("vernietiging").Step("goede-zorg") != nil {
		t.Error("step goede-zorg still asks whether good care needs the data")
	}
	for _, g := range vnGrounds {
		if g.step == "goede-zorg" {
			t.Error("good care still counts as a reason to keep")
		}
	}
}

func TestVernietigingPossibleComplaintNeverRefuses(t *testing.T) {
	err := Walk(EmbeddedSet().WithID("vernietiging"), func(path []Answered, o *Outcome) {
		a := answersOf(path)
		if len(vnGroundsFound(a)) == 0 && (o.ID == "weigeren" || o.ID == "deels-vernietigen" || o.ID == "langer-bewaren") {
			t.Errorf("path %s keeps data without a reason", pathString(path))
		}
		if a["verantwoording"] == "klacht" && !strings.Contains(moreOutcomeText(o, a), "is op zich geen reden om te weigeren") {
			t.Errorf("path %s does not say a possible complaint is no reason", pathString(path))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestVernietigingNoteRecordsTheWeighing(t *testing.T) {
	f := EmbeddedSet().WithID("vernietiging")
	st := f.Begin(nil)
	for _, in := range []string{"verzoek", "client", "17", "deel", "ja", "klacht", "nee", "alles"} {
		var err error
		if st, err = f.Answer(st, in, nil); err != nil {
			t.Fatal(err)
		}
	}
	note := EmbeddedSet().Note(f, st, lang.NL, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC), "casus A")
	for _, want := range []string{
		"Aanmerkelijk belang van een ander: Ja",
		"Nodig om je te verantwoorden: Er komt misschien een klacht",
		"Reden om te bewaren: een ander heeft een aanmerkelijk belang bij bewaren.",
		"Besluit: Weiger het verzoek, met redenen",
		"Jeugdwet art. 7.3.9",
	} {
		if !strings.Contains(note, want) {
			t.Errorf("note lacks %q:\n%s", want, note)
		}
	}
}

func TestDatalekPaths(t *testing.T) {
	cases := []pathCase{
		{"mail to the wrong person", []string{"verkeerde-ontvanger", "ja", "nee"}, "melden", false},
		{"many in cc, typed", []string{"cc", "j", "n"}, "melden", false},
		{"encrypted laptop stolen", []string{"verlies", "ja", "ja"}, "melden-beveiligd", false},
		{"lost phone, unsure twice", []string{"kwijt", "weet niet", "weet niet"}, "melden", false},
		{"unauthorised access", []string{"toegang", "ja", "nee"}, "melden", false},
		{"shared when not allowed", []string{"onterecht-gedeeld", "weet-niet", "nee"}, "melden", false},
		{"private mail account", []string{"onbeveiligd", "yes", "don't know"}, "melden", false},
		{"no personal data", []string{"anders", "nee"}, "geen-persoonsgegevens", false},
	}
	checkAllReached(t, EmbeddedSet().WithID("datalek"), runPathCases(t, EmbeddedSet().WithID("datalek"), cases))
}

func TestDatalekEveryOutcomeSays72HoursAndReportInternally(t *testing.T) {
	err := Walk(EmbeddedSet().WithID("datalek"), func(path []Answered, o *Outcome) {
		for _, l := range []lang.Lang{lang.NL, lang.EN} {
			v := strings.ToLower(o.Verdict.In(l))
			for _, want := range map[lang.Lang][]string{
				lang.NL: {"72 uur", "na ontdekking", "intern"},
				lang.EN: {"72 hours", "of discovery", "internally"},
			}[l] {
				if !strings.Contains(v, want) {
					t.Errorf("path %s: %s verdict lacks %q", pathString(path), l, want)
				}
			}
		}
		if d := o.Detail(answersOf(path)); !strings.Contains(d.NL, "meld het gewoon") {
			t.Errorf("path %s: detail does not say to report anyway", pathString(path))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpnamesPaths(t *testing.T) {
	cases := []pathCase{
		{"client records audio", []string{"client-geluid"}, "client-geluid", false},
		{"client records audio, typed", []string{"geluid"}, "client-geluid", false},
		{"meeting without the client", []string{"zonder-client"}, "zonder-client", false},
		{"video with permission", []string{"beeld", "ja"}, "beeld-mag", false},
		{"video without permission", []string{"video", "nee"}, "beeld-niet", false},
		{"publish with explicit consent", []string{"publiceren", "ja"}, "publiceren-mag", false},
		{"already on social media", []string{"social media", "no"}, "publiceren-niet", false},
		{"professional records with consent", []string{"professional", "ja"}, "professional-mag", false},
		{"professional records without consent", []string{"ik", "nee"}, "professional-niet", false},
	}
	checkAllReached(t, EmbeddedSet().WithID("opnames"), runPathCases(t, EmbeddedSet().WithID("opnames"), cases))
}

func TestRechtenPaths(t *testing.T) {
	cases := []pathCase{
		{"misspelled name", []string{"client", "17", "rectificatie", "feitelijk"}, "aanpassen", false},
		{"disagrees with a conclusion", []string{"client", "17", "rectificatie", "oordeel"}, "eigen-verklaring", false},
		{"wants to add something", []string{"client", "17", "correctie", "toevoegen"}, "eigen-verklaring", false},
		{"restriction while accuracy is checked", []string{"client", "17", "beperking", "juistheid"}, "beperking-tijdelijk", false},
		{"restriction while objection pending", []string{"client", "17", "beperking", "bezwaar"}, "beperking-tijdelijk", false},
		{"restriction for another reason", []string{"client", "17", "beperking", "anders"}, "beperking-weinig-kans", false},
		{"portability under the WGBO", []string{"client", "17", "dataportabiliteit", "wgbo"}, "portabiliteit-wgbo", true},
		{"portability under the Jeugdwet", []string{"client", "17", "portability", "jeugdwet"}, "portabiliteit-geen", false},
		{"portability, law unknown", []string{"client", "17", "dataportabiliteit", "onbekend"}, "wet-navragen", false},
		{"objection under the Jeugdwet", []string{"client", "17", "bezwaar", "jeugdwet"}, "bezwaar-afwegen", false},
		{"objection under the WGBO", []string{"client", "17", "bezwaar", "wgbo"}, "bezwaar-wgbo", false},
		{"objection, law unknown", []string{"client", "17", "object", "weet niet"}, "wet-navragen", false},
		{"right to be forgotten", []string{"client", "17", "vergetelheid"}, "vergetelheid", false},
		{"M4: a parent asks for a 16-year-old: ask the young person", []string{"ouder", "16"}, "vraag-jongere", false},
		{"M4: a child of 10 asks: the parents decide", []string{"client", "10"}, "ouders-beslissen", false},
		{"M4: a parent asks for an adult", []string{"ouder", "30"}, "volwassene-beslist", false},
		{"M4: a parent for a child of 7, authority unchecked", []string{"ouder", "7", "nee"}, "gezag-controleren", false},
		{"M4: a parent with checked authority for a child of 7", []string{"ouder", "7", "ja", "rectificatie", "feitelijk"}, "aanpassen", false},
	}
	checkAllReached(t, EmbeddedSet().WithID("rechten"), runPathCases(t, EmbeddedSet().WithID("rechten"), cases))
}

func TestRechtenEveryOutcomeGivesTheTerm(t *testing.T) {
	err := Walk(EmbeddedSet().WithID("rechten"), func(path []Answered, o *Outcome) {
		text := moreOutcomeText(o, answersOf(path))
		for _, want := range []string{"binnen een maand", "within one month", "avg art. 12 lid 3"} {
			if !strings.Contains(text, want) {
				t.Errorf("path %s: outcome %q lacks %q", pathString(path), o.ID, want)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// moreFlows are the flows this file tests, in menu order, with whether each
// ends in a dossier note.
var moreFlows = []struct {
	flow *Flow
	note bool
}{
	{EmbeddedSet().WithID("inzage"), true},
	{EmbeddedSet().WithID("vernietiging"), true},
	{EmbeddedSet().WithID("datalek"), true},
	{EmbeddedSet().WithID("opnames"), false},
	{EmbeddedSet().WithID("rechten"), false},
}

func TestMoreFlowsShape(t *testing.T) {
	for _, mf := range moreFlows {
		f := mf.flow
		t.Run(f.ID, func(t *testing.T) {
			if err := Walk(f, nil); err != nil {
				t.Fatal(err)
			}
			if f.Note != mf.note {
				t.Errorf("Note = %v, want %v", f.Note, mf.note)
			}
			if got := EmbeddedSet().ByID(f.ID); got == nil || got.ID != f.ID {
				t.Errorf("EmbeddedSet().ByID(%q) is not the flow in the set", f.ID)
			}
			for _, alias := range f.Aliases {
				if got := EmbeddedSet().ByID(alias); got == nil || got.ID != f.ID {
					t.Errorf("alias %q starts flow %v, want %q", alias, flowID(got), f.ID)
				}
			}
			for _, s := range f.Steps {
				if len(s.Sources) == 0 {
					t.Errorf("step %q has no sources", s.ID)
				}
			}
		})
	}
}

func TestMoreFlowsInMenuOrder(t *testing.T) {
	var ids []string
	for _, f := range EmbeddedSet().All() {
		ids = append(ids, f.ID)
	}
	want := []string{"inzage", "vernietiging", "datalek", "opnames", "rechten"}
	var got []string
	for _, id := range ids {
		if slices.Contains(want, id) {
			got = append(got, id)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("menu order of these flows = %v, want %v", got, want)
	}
}

func TestMoreFlowsRefuseWhatNoOptionMeans(t *testing.T) {
	for _, mf := range moreFlows {
		f := mf.flow
		st := f.Begin(nil)
		_, err := f.Answer(st, "banaan", nil)
		var nu *NotUnderstood
		if !errors.As(err, &nu) || nu.Step.ID != f.Start {
			t.Errorf("flow %q: Answer(banaan) error = %v, want NotUnderstood at %q", f.ID, err, f.Start)
		}
	}
}

func flowID(f *Flow) string {
	if f == nil {
		return "<none>"
	}
	return f.ID
}
