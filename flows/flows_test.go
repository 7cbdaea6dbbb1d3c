package flows

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"privacybot/lang"
)

// maxButtonLabel is the longest button text Slack's Block Kit accepts.
const maxButtonLabel = 75

func TestAllFlowsMenuOrder(t *testing.T) {
	var ids []string
	for _, f := range EmbeddedSet().All() {
		ids = append(ids, f.ID)
	}
	want := []string{"stappenplan", "toestemming", "gezag", "inzage", "vernietiging", "datalek", "opnames", "rechten"}
	if !reflect.DeepEqual(ids, want) {
		t.Fatalf("AllFlows = %v, want %v", ids, want)
	}
}

// TestFlowIDsUnique guards the flow set: two flows with one ID or alias
// would make FlowByID answer with the first only.
func TestFlowIDsUnique(t *testing.T) {
	seen := map[string]string{}
	for _, f := range EmbeddedSet().All() {
		for _, name := range append([]string{f.ID}, f.Aliases...) {
			key := foldInput(name)
			if other, dup := seen[key]; dup && other != f.ID {
				t.Errorf("%q names both flow %q and flow %q", name, other, f.ID)
			}
			seen[key] = f.ID
		}
	}
}

func TestFlowByID(t *testing.T) {
	tests := map[string]string{
		"stappenplan":          "stappenplan",
		"  Stappenplan! ":      "stappenplan",
		"STAPPEN PLAN":         "stappenplan",
		"toestemming":          "toestemming",
		"Consent":              "toestemming",
		"gezag":                "gezag",
		"ouderlijk gezag":      "gezag",
		"gezagsregister":       "gezag",
		"Wie heeft het gezag?": "gezag",
		"onbekend":             "",
		"":                     "",
	}
	for in, want := range tests {
		f := EmbeddedSet().ByID(in)
		switch {
		case want == "" && f != nil:
			t.Errorf("EmbeddedSet().ByID(%q) = %q, want nil", in, f.ID)
		case want != "" && (f == nil || f.ID != want):
			t.Errorf("EmbeddedSet().ByID(%q) = %v, want %q", in, f, want)
		}
	}
}

// TestWalkAllFlows walks every flow in the set, the other topics' flows
// included: no dead ends, loops or unreachable steps, and every path can be
// replayed through Answer to the same outcome.
func TestWalkAllFlows(t *testing.T) {
	for _, f := range EmbeddedSet().All() {
		t.Run(f.ID, func(t *testing.T) {
			paths := 0
			err := Walk(f, func(path []Answered, o *Outcome) {
				paths++
				st := replay(t, f, path)
				if st.Outcome != o.ID {
					t.Errorf("replay %s ends at %q, Walk said %q", pathString(path), st.Outcome, o.ID)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if paths == 0 {
				t.Error("Walk found no paths")
			}
		})
	}
}

// TestFlowContent checks what Walk does not: every step says why it asks
// and cites the guideline, every outcome has its sources and laws, every
// label fits on a button, and aliases do not clash between flows.
func TestFlowContent(t *testing.T) {
	cites := regexp.MustCompile(`§\d|Begrippenlijst|Voorwoord|noot \d|note \d`)
	aliasOwner := map[string]string{}
	for _, f := range EmbeddedSet().All() {
		for _, alias := range append([]string{f.ID}, f.Aliases...) {
			key := foldInput(alias)
			if owner, ok := aliasOwner[key]; ok && owner != f.ID {
				t.Errorf("alias %q of flow %q is also used by flow %q", alias, f.ID, owner)
			}
			aliasOwner[key] = f.ID
		}
		for _, s := range f.Steps {
			if !cites.MatchString(s.Why.NL) || !cites.MatchString(s.Why.EN) {
				t.Errorf("%s/%s: Why does not cite the guideline: %q", f.ID, s.ID, s.Why.NL)
			}
			for _, o := range s.Options {
				for _, l := range []string{o.Label.NL, o.Label.EN} {
					if n := len([]rune(l)); n > maxButtonLabel {
						t.Errorf("%s/%s option %q: label of %d characters does not fit a button: %q", f.ID, s.ID, o.Value, n, l)
					}
				}
			}
		}
		for _, o := range f.Outcomes {
			if len(o.Sources) == 0 || len(o.Laws) == 0 {
				t.Errorf("%s/%s: outcome lacks sources or laws", f.ID, o.ID)
			}
		}
	}
}

// TestPaths walks each flow to its outcome; what the outcome says is in
// testdata/paths/paths.golden.
func TestPaths(t *testing.T) {
	tests := []struct {
		name    string
		flow    string
		known   map[string]string
		inputs  []string
		outcome string
	}{
		{
			name: "child of 14, divorced parents who both hold authority: both parents and the child",
			flow: "toestemming", inputs: []string{"14", "ja", "beide", "met één ouder; geen teken van bezwaar", "niemand"},
			outcome: "wie-toestemt",
		},
		{
			name: "child of 14 whose absent parent may object: ask that parent explicitly",
			flow: "toestemming", inputs: []string{"14 jaar", "ja", "beide", "een-bezwaar", "niemand"},
			outcome: "wie-toestemt",
		},
		{
			name: "under 12: the parents with authority, not the child",
			flow: "toestemming", inputs: []string{"9", "beide", "beide", "nee"},
			outcome: "wie-toestemt",
		},
		{
			name: "12 or older but unable to weigh interests: the guardian",
			flow: "toestemming", inputs: []string{"13", "nee", "voogd", "niemand"},
			outcome: "wie-toestemt",
		},
		{
			name: "16-17 and able: the young person alone",
			flow: "toestemming", inputs: []string{"16 of 17", "ja"},
			outcome: "jongere-alleen",
		},
		{
			name: "16-17 not able: the parent with authority",
			flow: "toestemming", inputs: []string{"17", "nee", "een-ouder", "niemand"},
			outcome: "wie-toestemt",
		},
		{
			name: "18 or older: the young adult alone",
			flow: "toestemming", inputs: []string{"19"},
			outcome: "jongvolwassene",
		},
		{
			name: "M5: 12-15, parents refuse, care clearly needed against serious harm: may still help",
			flow: "toestemming", inputs: []string{"13", "ja", "beide", "beide", "gezag", "ernstig-nadeel"},
			outcome: "hulp-op-wens-jongere",
		},
		{
			name: "one holder of authority: no 'one of two parents refuses' option, guardian refuses",
			flow: "toestemming", inputs: []string{"8", "voogd", "gezag", "nee"},
			outcome: "geen-toestemming",
		},
		{
			name: "L21: young person unable to weigh interests resists: only when clearly needed (BW 7:465 lid 6)",
			flow: "toestemming", inputs: []string{"14", "nee", "een-ouder", "jongere"},
			outcome: "wie-toestemt",
		},
		{
			name: "12-15, parents refuse, young person keeps wanting help: may still help",
			flow: "toestemming", inputs: []string{"13", "ja", "beide", "beide", "gezag", "ja"},
			outcome: "hulp-op-wens-jongere",
		},
		{
			name: "one of two authority parents refuses: the other can ask the court",
			flow: "toestemming", inputs: []string{"8", "beide", "beide", "een-ouder", "nee"},
			outcome: "vervangende-toestemming",
		},
		{
			name: "refusal with the child's safety at risk: reporting code",
			flow: "toestemming", inputs: []string{"5", "een-ouder", "gezag", "ja"},
			outcome: "meldcode",
		},
		{
			name: "unknown authority: find out first",
			flow: "toestemming", inputs: []string{"10", "weet niet"},
			outcome: "gezag-uitzoeken",
		},
		{
			name: "M2: GI asks under a court-ordered OTS it carries out: duty to provide",
			flow: "stappenplan", inputs: []string{"gi-ots-verzoek", "ja"},
			outcome: "informatieplicht-gi",
		},
		{
			name: "M2: the GI is guardian: the parent route, not the duty to provide",
			flow: "stappenplan", inputs: []string{"gi-ots-verzoek", "voogd", "8"},
			outcome: "ouder-informeren",
		},
		{
			name: "M2: no OTS, voluntary framework: the consent route",
			flow: "stappenplan", known: map[string]string{"municipality": "diemen"}, inputs: []string{"gi-ots-verzoek", "vrijwillig", "ja", "geweigerd", "nee"},
			outcome: "zwijgen",
		},
		{
			name: "M2: OTS unknown: ask first, no note",
			flow: "stappenplan", inputs: []string{"gi-ots-verzoek", "weet niet"},
			outcome: "ots-navragen",
		},
		{
			name: "the Inspectorate asks: duty to inform",
			flow: "stappenplan", inputs: []string{"igj"},
			outcome: "informatieplicht-igj",
		},
		{
			name: "Veilig Thuis with acute or structural unsafety: report",
			flow: "stappenplan", inputs: []string{"veilig thuis", "ja", "ja", "ja"},
			outcome: "melden-vt",
		},
		{
			name: "Veilig Thuis, acute danger now: 112 first",
			flow: "stappenplan", inputs: []string{"vt", "acuut"},
			outcome: "melden-vt",
		},
		{
			name: "Veilig Thuis, help not accepted: report",
			flow: "stappenplan", inputs: []string{"veilig-thuis", "ja", "ja", "nee", "ja", "nee"},
			outcome: "melden-vt",
		},
		{
			name: "Veilig Thuis, all five answered for help: help without report",
			flow: "stappenplan", inputs: []string{"veilig-thuis", "ja", "ja", "nee", "ja", "ja", "ja"},
			outcome: "hulp-zonder-melding",
		},
		{
			name: "Veilig Thuis before steps 1-3: take them first",
			flow: "stappenplan", inputs: []string{"veilig-thuis", "nee"},
			outcome: "meldcode-eerst",
		},
		{
			name: "co-practitioner directly involved: strictly necessary, no consent",
			flow: "stappenplan", inputs: []string{"medebehandelaar", "ja"},
			outcome: "medebehandelaar",
		},
		{
			name: "psychologist consulted now and then: not involved, so the four questions",
			flow: "stappenplan", inputs: []string{"medebehandelaar", "nee", "nee"},
			outcome: "niet-nodig",
		},
		{
			name: "GP involved in the care: co-practitioner",
			flow: "stappenplan", inputs: []string{"huisarts", "ja"},
			outcome: "medebehandelaar",
		},
		{
			name: "can be done anonymously: share anonymously only",
			flow: "stappenplan", inputs: []string{"school", "anoniem"},
			outcome: "anoniem",
		},
		{
			name: "school in Uithoorn with consent: share what is needed, explicit consent",
			flow: "stappenplan", known: map[string]string{"municipality": "uithoorn"},
			inputs:  []string{"school", "ja", "ja"},
			outcome: "delen-toestemming",
		},
		{
			name: "school in Diemen with consent: transparency",
			flow: "stappenplan", known: map[string]string{"municipality": "diemen"},
			inputs:  []string{"school", "ja", "ja"},
			outcome: "delen-toestemming",
		},
		{
			name: "M8: a parent with checked authority, child of 9: inform the parent, not the outsider route",
			flow: "stappenplan", inputs: []string{"ouder", "kind", "ja", "9"},
			outcome: "ouder-informeren",
		},
		{
			name: "M8: a parent with authority, child of 14: inform, discuss with the young person first",
			flow: "stappenplan", inputs: []string{"ouder", "kind", "ja", "14"},
			outcome: "ouder-12-15",
		},
		{
			name: "M8: a parent with authority, child of 16 does not consent: nothing",
			flow: "stappenplan", inputs: []string{"ouder", "kind", "ja", "16", "nee"},
			outcome: "ouder-geen-toestemming",
		},
		{
			name: "M8: a parent without authority asks: general information only (BW 1:377c)",
			flow: "stappenplan", inputs: []string{"ouder", "kind", "nee", "ja"},
			outcome: "ouder-zonder-gezag-info",
		},
		{
			name: "M8: a parent without authority, child's interest opposes: nothing",
			flow: "stappenplan", inputs: []string{"ouder", "kind", "nee", "nee"},
			outcome: "ouder-zonder-gezag-geen",
		},
		{
			name: "M8: a parent's authority unknown: find out first, no note",
			flow: "stappenplan", inputs: []string{"ouder", "kind", "weet niet"},
			outcome: "gezag-eerst",
		},
		{
			name: "M8: data about the other parent: that parent's consent",
			flow: "stappenplan", known: map[string]string{"municipality": "ouder-amstel"}, inputs: []string{"ouder", "ander", "ja", "ja"},
			outcome: "delen-toestemming",
		},
		{
			name: "H2: refused, serious harm, sure, no other way, colleague consulted: break secrecy",
			flow: "stappenplan", inputs: []string{"school", "ja", "uithoorn", "geweigerd", "ja", "ja", "nee", "ja"},
			outcome: "doorbreken",
		},
		{
			name: "H2: not asked yet and asking is safe: ask now, do not break secrecy",
			flow: "stappenplan", inputs: []string{"school", "ja", "uithoorn", "niet gevraagd", "ja"},
			outcome: "vraag-toestemming",
		},
		{
			name: "H2: not asked because unsafe: the conflict-of-duties questions, ending in breaking secrecy",
			flow: "stappenplan", inputs: []string{"school", "ja", "diemen", "niet gevraagd", "nee", "ja", "ja", "nee", "acuut"},
			outcome: "doorbreken",
		},
		{
			name: "H2: another way exists: take it, keep secrecy",
			flow: "stappenplan", inputs: []string{"school", "ja", "diemen", "geweigerd", "ja", "ja", "ja"},
			outcome: "andere-weg",
		},
		{
			name: "H2: no colleague consulted yet: consult first, no note",
			flow: "stappenplan", inputs: []string{"school", "ja", "diemen", "geweigerd", "ja", "ja", "nee", "nee"},
			outcome: "overleg-eerst",
		},
		{
			name: "refused, not sure breaking secrecy helps: keep secrecy, consult colleagues",
			flow: "stappenplan", inputs: []string{"anders", "ja", "diemen", "geweigerd", "ja", "nee"},
			outcome: "zwijgen",
		},
		{
			name: "refused, no conflict of conscience: keep secrecy",
			flow: "stappenplan", inputs: []string{"team", "nee", "ja", "diemen", "geweigerd", "nee"},
			outcome: "zwijgen",
		},
		{
			name: "unsure whose consent: asked in the flow (child of 14, both parents), then consent given",
			flow: "stappenplan", inputs: []string{"school", "ja", "diemen", "weet niet", "14", "beide", "ja"},
			outcome: "delen-toestemming",
		},
		{
			name: "unsure whose consent, authority unknown: find out first, no note",
			flow: "stappenplan", inputs: []string{"school", "ja", "diemen", "weet niet", "9", "weet niet"},
			outcome: "gezag-eerst",
		},
		{
			name: "Child Protection Board: right to report, weighed",
			flow: "stappenplan", inputs: []string{"raad", "ja", "vooraf"},
			outcome: "meldrecht-raad",
		},
		{
			name: "M1: reference index, authorised, under 23, reasonable suspicion, not safe to discuss first",
			flow: "stappenplan", inputs: []string{"verwijsindex", "ja", "ja", "ja", "achteraf"},
			outcome: "meldrecht-verwijsindex",
		},
		{
			name: "M1: reference index, not authorised: no registration",
			flow: "stappenplan", inputs: []string{"verwijsindex", "nee"},
			outcome: "verwijsindex-niet",
		},
		{
			name: "M1: reference index, 23 or older: no registration",
			flow: "stappenplan", inputs: []string{"verwijsindex", "ja", "nee"},
			outcome: "verwijsindex-niet",
		},
		{
			name: "M1: reference index, only worry: no registration",
			flow: "stappenplan", inputs: []string{"verwijsindex", "ja", "ja", "nee"},
			outcome: "verwijsindex-niet",
		},
		{
			name: "L22: Veilig Thuis asks for information: right to provide, no reporting questions",
			flow: "stappenplan", inputs: []string{"vt-verzoek", "ja", "vooraf"},
			outcome: "meldrecht-vt",
		},
		{
			name: "GI unasked, under an OTS: right to report",
			flow: "stappenplan", inputs: []string{"gi-ongevraagd", "ja", "ja", "ja"},
			outcome: "meldrecht-gi",
		},
		{
			name: "right to report not needed: do not share, record",
			flow: "stappenplan", inputs: []string{"raad", "nee"},
			outcome: "meldrecht-niet",
		},
		{
			name: "H4: AcVZ with consent: shared on consent, the covenant only the framework",
			flow: "stappenplan", inputs: []string{"acvz", "ja", "diemen", "ja"},
			outcome: "delen-toestemming",
		},
		{
			name: "H4: AcVZ, refused, no conflict of conscience: keep secrecy despite the covenant",
			flow: "stappenplan", inputs: []string{"acvz", "ja", "uithoorn", "geweigerd", "nee"},
			outcome: "zwijgen",
		},
		{
			name: "married at birth: both parents, also after divorce, not in the register",
			flow: "gezag", inputs: []string{"nee", "ja"},
			outcome: "beide-ouders",
		},
		{
			name: "recognised before 2023: no authority without registration, the guideline's rule",
			flow: "gezag", inputs: []string{"nee", "nee", "ja", "nee", "voor-2023"},
			outcome: "erkend-geen-gezag",
		},
		{
			name: "H1: married after the birth: joint authority (BW 1:251), also after a divorce",
			flow: "gezag", inputs: []string{"nee", "nee", "ja", "ja"},
			outcome: "getrouwd-na-geboorte",
		},
		{
			name: "recognised before 2023, year typed",
			flow: "gezag", inputs: []string{"nee", "nee", "ja", "nee", "2021"},
			outcome: "erkend-geen-gezag",
		},
		{
			name: "recognised from 2023: joint authority by law, flagged against the guideline",
			flow: "gezag", inputs: []string{"nee", "nee", "erkend", "nee", "vanaf 2023"},
			outcome: "erkend-gezamenlijk",
		},
		{
			name: "recognised from 2023, date typed",
			flow: "gezag", inputs: []string{"nee", "nee", "ja", "nee", "3-2-2024"},
			outcome: "erkend-gezamenlijk",
		},
		{
			name: "recognition date unknown: ask it, the register does not show authority by recognition",
			flow: "gezag", inputs: []string{"nee", "nee", "ja", "nee", "weet niet"},
			outcome: "uitzoeken",
		},
		{
			name: "not recognised: mother alone",
			flow: "gezag", inputs: []string{"nee", "nee", "nee"},
			outcome: "moeder-alleen",
		},
		{
			name: "court gave one parent authority: in the register",
			flow: "gezag", inputs: []string{"eenhoofdig"},
			outcome: "eenhoofdig",
		},
		{
			name: "guardian",
			flow: "gezag", inputs: []string{"voogd"},
			outcome: "voogdij",
		},
		{
			name: "unknown: ask on, extract at any court",
			flow: "gezag", inputs: []string{"nee", "weet niet"},
			outcome: "uitzoeken",
		},
	}
	var golden pathsGolden
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := EmbeddedSet().ByID(tt.flow)
			st := f.Begin(tt.known)
			for _, in := range tt.inputs {
				var err error
				if st, err = f.Answer(st, in, tt.known); err != nil {
					t.Fatalf("Answer(%q) at %v: %v", in, st, err)
				}
			}
			if st.Outcome != tt.outcome {
				t.Fatalf("outcome = %q (step %q), want %q", st.Outcome, st.Step, tt.outcome)
			}
			golden.add(tt.name, tt.flow, tt.known, tt.inputs, f.Outcome(st.Outcome), f.Answers(st))
		})
	}
	golden.check(t, "paths")
}

// TestAuthorityQuestionsGiveTheCurrentRule checks the questions about
// parental authority: they give the rule since 1 January 2023 (recognition
// gives joint authority, BW art. 1:251b), not only the guideline's old one.
func TestAuthorityQuestionsGiveTheCurrentRule(t *testing.T) {
	tests := []struct {
		flow, step string
		nl, en     []string
	}{
		{"toestemming", "gezag-wie", []string{"1 januari 2023", "BW art. 1:251b", "handreiking"}, []string{"1 January 2023", "BW art. 1:251b", "guideline"}},
		{"gezag", "erkenning", []string{"1 januari 2023", "BW art. 1:251b", "handreiking"}, []string{"1 January 2023", "BW art. 1:251b", "guideline"}},
		{"gezag", "erkenning-datum", []string{"1 januari 2023", "BW art. 1:251b", "niet die van de geboorte", "vóór de geboorte"}, []string{"1 January 2023", "BW art. 1:251b", "not that of the birth"}},
	}
	for _, tt := range tests {
		t.Run(tt.flow+"/"+tt.step, func(t *testing.T) {
			s := EmbeddedSet().ByID(tt.flow).Step(tt.step)
			if s == nil {
				t.Fatalf("no step %q", tt.step)
			}
			for lang, phrases := range map[lang.Lang][]string{lang.NL: tt.nl, lang.EN: tt.en} {
				text := s.Ask.In(lang) + "\n" + s.Why.In(lang)
				for _, p := range phrases {
					if !strings.Contains(text, p) {
						t.Errorf("%s text lacks %q:\n%s", lang, p, text)
					}
				}
			}
		})
	}
}

// TestNoFlowSaysRecognitionNeverGivesAuthority guards against the
// guideline's old rule coming back unqualified in a flow text.
func TestNoFlowSaysRecognitionNeverGivesAuthority(t *testing.T) {
	stale := []string{"erkenning is geen gezag", "erkennen is geen gezag", "recognition is not authority", "alleen erkende, heeft geen gezag", "only recognised the child has no"}
	for _, f := range EmbeddedSet().All() {
		texts := []lang.Text{f.Intro}
		for _, s := range f.Steps {
			texts = append(texts, s.Ask, s.Why)
		}
		for _, o := range f.Outcomes {
			texts = append(texts, o.Title, o.Verdict, o.Ground)
		}
		for _, tx := range texts {
			for _, s := range stale {
				if strings.Contains(strings.ToLower(tx.NL+" "+tx.EN), s) {
					t.Errorf("flow %s says %q: %q", f.ID, s, tx.NL)
				}
			}
		}
	}
}

func TestRecognitionYearParse(t *testing.T) {
	step := EmbeddedSet().ByID("gezag").Step("erkenning-datum")
	tests := map[string]string{
		"2021": "voor-2023", "2022": "voor-2023", "2023": "vanaf-2023", "in 2024": "vanaf-2023",
		"31-12-2022": "voor-2023", "1-1-2023": "vanaf-2023", "maart 2025": "vanaf-2023",
		"1989": "", "2101": "", "2021 of 2024": "", "23": "", "": "", "2": "voor-2023",
		"vóór 2023": "voor-2023", "Op of na 1 januari 2023": "vanaf-2023", "weet niet": "weet-niet",
	}
	for in, want := range tests {
		got, ok := step.Match(in)
		if got != want || ok != (want != "") {
			t.Errorf("erkenning-datum.Match(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestConsentQuestionDiffersByMunicipality(t *testing.T) {
	f := EmbeddedSet().ByID("stappenplan")
	asked := map[string]*Step{}
	for _, m := range EmbeddedMunicipalities().IDs() {
		known := map[string]string{"municipality": string(m)}
		st := f.Begin(known)
		for _, in := range []string{"school", "ja"} {
			var err error
			if st, err = f.Answer(st, in, known); err != nil {
				t.Fatal(err)
			}
		}
		asked[string(m)] = f.Step(st.Step)
	}
	uithoorn, diemen, oa := asked["uithoorn"], asked["diemen"], asked["ouder-amstel"]
	if uithoorn == nil || diemen == nil || oa == nil {
		t.Fatalf("no consent question asked: %v", asked)
	}
	if uithoorn.Ask == diemen.Ask {
		t.Errorf("Uithoorn and Diemen get the same consent question: %q", uithoorn.Ask.NL)
	}
	if diemen != oa {
		t.Errorf("Diemen and Ouder-Amstel get different questions: %q, %q", diemen.ID, oa.ID)
	}
	if !strings.Contains(uithoorn.Ask.NL, "uitdrukkelijke toestemming") || !strings.Contains(diemen.Ask.NL, "transparant") {
		t.Errorf("consent questions do not name the practice: %q / %q", uithoorn.Ask.NL, diemen.Ask.NL)
	}
	wantOptions := []string{"ja", "geweigerd", "niet-gevraagd", "weet-niet"}
	for _, s := range []*Step{uithoorn, diemen} {
		var got []string
		for _, o := range s.Options {
			got = append(got, o.Value)
		}
		if !reflect.DeepEqual(got, wantOptions) {
			t.Errorf("%s options = %v, want %v", s.ID, got, wantOptions)
		}
	}
}

func TestStappenplanFirstStep(t *testing.T) {
	f := EmbeddedSet().ByID("stappenplan")
	if f.Start != "ontvanger" {
		t.Fatalf("Start = %q, want ontvanger", f.Start)
	}
	var got []string
	for _, o := range f.Step("ontvanger").Options {
		got = append(got, o.Value)
	}
	want := []string{"medebehandelaar", "team", "school", "huisarts", "veilig-thuis", "vt-verzoek", "raad", "verwijsindex",
		"gi-ots-verzoek", "gi-ongevraagd", "igj", "acvz", "ouder", "anders"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ontvanger options = %v, want %v", got, want)
	}
}

// TestSharingOutcomesOfferReminders checks the rule for Shared: an outcome
// that shares data offers a reminder, one that shares nothing does not.
func TestSharingOutcomesOfferReminders(t *testing.T) {
	sharing := map[string]bool{
		"informatieplicht-gi": true, "informatieplicht-igj": true, "medebehandelaar": true,
		"delen-toestemming": true, "doorbreken": true, "meldrecht-raad": true,
		"meldrecht-verwijsindex": true, "meldrecht-gi": true, "melden-vt": true, "meldrecht-vt": true,
		"ouder-informeren": true, "ouder-12-15": true, "ouder-met-toestemming": true, "ouder-zonder-gezag-info": true,
	}
	for _, o := range EmbeddedSet().ByID("stappenplan").Outcomes {
		if (o.Shared != nil) != sharing[o.ID] {
			t.Errorf("outcome %q: Shared set = %v, want %v", o.ID, o.Shared != nil, sharing[o.ID])
		}
	}
	for _, id := range []string{"toestemming", "gezag"} {
		for _, o := range EmbeddedSet().ByID(id).Outcomes {
			if o.Shared != nil {
				t.Errorf("%s outcome %q shares nothing but offers a reminder", id, o.ID)
			}
		}
	}
}

func TestBackInStappenplanSkipsKnownMunicipality(t *testing.T) {
	f := EmbeddedSet().ByID("stappenplan")
	known := map[string]string{"municipality": "ouder-amstel"}
	st := f.Begin(known)
	for _, in := range []string{"school", "ja"} {
		var err error
		if st, err = f.Answer(st, in, known); err != nil {
			t.Fatal(err)
		}
	}
	if st.Step != "toestemming-transparant" || len(st.Path) != 3 {
		t.Fatalf("state = %+v, want the transparent consent question after 3 answers", st)
	}
	back := f.Back(st, known)
	want := State{Flow: "stappenplan", Step: "noodzakelijk", Path: []Answered{{Step: "ontvanger", Value: "school"}}}
	if !reflect.DeepEqual(back, want) {
		t.Errorf("Back = %+v, want %+v", back, want)
	}
}

func TestAgeParse(t *testing.T) {
	step := EmbeddedSet().ByID("toestemming").Step("leeftijd")
	tests := map[string]string{
		"0": "onder-12", "1": "onder-12", "2": "", "11": "onder-12", "12": "12-15", "15 jaar": "12-15",
		"16": "16-17", "17": "16-17", "18": "18-plus", "23": "18-plus", "121": "", "12-15": "12-15",
		"16 of 17": "16-17", "18+": "18-plus", "twaalf": "", "4 en 5": "",
	}
	for in, want := range tests {
		got, ok := step.Match(in)
		if got != want || ok != (want != "") {
			t.Errorf("leeftijd.Match(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// replay answers the path's values from the start, with no known settings.
func replay(t *testing.T, f *Flow, path []Answered) State {
	t.Helper()
	st := f.Begin(nil)
	for _, p := range path {
		if st.Step != p.Step {
			t.Fatalf("replay %s: asked %q, path answers %q", pathString(path), st.Step, p.Step)
		}
		var err error
		if st, err = f.Answer(st, p.Value, nil); err != nil {
			t.Fatalf("replay %s: %v", pathString(path), err)
		}
	}
	return st
}

// outcomeText is everything the outcome says in lang, as the bot shows it.
func outcomeText(o *Outcome, a Answers, lang lang.Lang) string {
	parts := []string{o.Title.In(lang), o.Verdict.In(lang), o.Share.In(lang), o.Inform.In(lang), o.Ground.In(lang), strings.Join(o.Laws, "; ")}
	if o.Detail != nil {
		parts = append(parts, o.Detail(a).In(lang))
	}
	return strings.Join(parts, "\n")
}
