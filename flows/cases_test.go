package flows

import (
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// goodCase is a valid case file used as the base of the bad-input cases.
const goodCase = `---
id: veertien
topic: toestemming-leeftijd
sources: §2.3, Begrippenlijst
laws: BW art. 7:450
changes: gezag-erkenning-2023
valid_as_of: 2023-01-01
---
## nl
Een kind van 14
wil hulp.

Vraag: Wie geeft toestemming?

- [ ] Het kind alleen.
  Waarom: Tot 16 samen
  met de ouders.
- [x] Het kind en de ouders met gezag.
  Waarom: Van 12 tot 16 samen.
- [ ] De ouders alleen.
  Waarom: Vanaf 12 telt het kind mee.

## en
A child of 14 wants help.

Question: Who consents?

- [ ] The child alone.
  Why: Until 16 together with the parents.
- [x] The child and the parents with authority.
  Why: From 12 to 16 together.
- [ ] The parents alone.
  Why: From 12 the child counts too.
`

func TestParseCaseGood(t *testing.T) {
	cases, problems := CheckCases(fstest.MapFS{"veertien.md": {Data: []byte(goodCase)}}, EmbeddedTopics())
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	c := cases[0]
	if c.Flow != "toestemming" {
		t.Errorf("flow %q, want the topic's flow toestemming", c.Flow)
	}
	if c.Situation.NL != "Een kind van 14 wil hulp." || c.Question.EN != "Who consents?" {
		t.Errorf("situation %q, question %q", c.Situation.NL, c.Question.EN)
	}
	if len(c.Answers) != 3 || c.RightAnswer() != 1 {
		t.Fatalf("answers %+v", c.Answers)
	}
	if got := c.Answers[0].Why.NL; got != "Tot 16 samen met de ouders." {
		t.Errorf("why %q", got)
	}
	if got := c.Chapters(); !slices.Equal(got, []int{2}) {
		t.Errorf("chapters %v", got)
	}
}

func TestParseCaseBad(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(goodCase, old, new, 1) }
	tests := []struct {
		name string
		data string
		line int
		msg  string
	}{
		{"two right", replace("- [ ] Het kind alleen.", "- [x] Het kind alleen."), 9, "marks 2 answers right"},
		{"right in one language", replace("- [x] The child and", "- [ ] The child and"), 30, "marked right in one language only"},
		{"no right", strings.ReplaceAll(replace("- [x] The child and", "- [ ] The child and"), "- [x]", "- [ ]"), 9, "marks 0 answers right"},
		{"unknown topic", replace("topic: toestemming-leeftijd", "topic: nergens"), 3, `topic "nergens" does not exist`},
		{"unknown flow", replace("topic: toestemming-leeftijd", "topic: toestemming-leeftijd\nflow: vliegen"), 4, `there is no flow "vliegen"`},
		{"unknown source", replace("§2.3,", "§2.7,"), 4, `source "§2.7" is not a part of the guideline`},
		{"unknown change", replace("gezag-erkenning-2023", "morgen"), 6, `change "morgen" is unknown`},
		{"no laws", replace("laws: BW art. 7:450\n", ""), 1, `the front matter has no "laws"`},
		{"bad date", replace("2023-01-01", "1-1-2023"), 7, "not a date"},
		{"id and file", replace("id: veertien", "id: vijftien"), 2, "does not match the file name"},
		{"no why", replace("  Why: From 12 the child counts too.\n", ""), 32, `answer without "Why:"`},
		{"second why", replace("  Waarom: Van 12 tot 16 samen.", "  Waarom: Van 12 tot 16 samen.\n  Waarom: nog eens."), 20, `second "Waarom:"`},
		{"no question", replace("Vraag: Wie geeft toestemming?", ""), 9, "has no question"},
		{"answer before question", replace("Question: Who consents?", ""), 28, "an answer before the question"},
		{"no situation", replace("A child of 14 wants help.", ""), 23, "has no situation"},
		{"two answers", replace("- [ ] The parents alone.\n  Why: From 12 the child counts too.\n", ""), 23, "has 2 answers"},
		{"no en", goodCase[:strings.Index(goodCase, "## en")], 22, `no "## en" section`},
		{"other heading", replace("## en", "## de"), 23, `unknown section "## de"`},
		{"no front matter", "## nl\n", 1, "must start with a front matter block"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := CheckCases(fstest.MapFS{"veertien.md": {Data: []byte(tt.data)}}, EmbeddedTopics())
			found := false
			for _, p := range problems {
				found = found || (p.File == "veertien.md" && p.Line == tt.line && strings.Contains(p.Msg, tt.msg))
			}
			if !found {
				t.Errorf("want veertien.md:%d: …%s…; got %v", tt.line, tt.msg, problems)
			}
		})
	}
}

func TestCheckCasesDuplicateAndLoadError(t *testing.T) {
	other := strings.Replace(goodCase, "id: veertien", "id: veertien", 1)
	fsys := fstest.MapFS{"veertien.md": {Data: []byte(goodCase)}, "b/veertien.md": {Data: []byte(other)}, "notes.txt": {Data: []byte("x")}}
	cases, err := LoadCases(fsys, EmbeddedTopics())
	if err != nil || len(cases) != 1 {
		t.Fatalf("LoadCases = %d cases, %v", len(cases), err)
	}
	if _, err := LoadCases(fstest.MapFS{"veertien.md": {Data: []byte("x")}}, nil); err == nil || !strings.Contains(err.Error(), "veertien.md:1:") {
		t.Fatalf("LoadCases on a bad file: %v", err)
	}
	if _, problems := CheckCases(fstest.MapFS{}, nil); len(problems) != 1 || !strings.Contains(problems[0].Msg, "no case files") {
		t.Fatalf("empty dir: %v", problems)
	}
}

// TestEmbeddedCaseBank holds the bank to what it promises: at least 30
// cases, one or more for every chapter of the guideline and every change
// in law, three or four answers with exactly one right, a source and a law
// shared with the topic it practises, and a change practised only where
// its topic tells that change too.
func TestEmbeddedCaseBank(t *testing.T) {
	cases := EmbeddedCases()
	if len(cases) < 30 {
		t.Fatalf("%d cases, want at least 30", len(cases))
	}
	topics := map[string]Topic{}
	for _, tp := range EmbeddedTopics() {
		topics[tp.ID] = tp
	}
	chapters := map[int]int{}
	changes := map[string]int{}
	for _, c := range cases {
		for _, ch := range c.Chapters() {
			chapters[ch]++
		}
		for _, ch := range c.Changes {
			changes[ch]++
			if topics[c.Topic].Change.NL == "" {
				t.Errorf("%s practises change %s, but topic %s says nothing changed", c.ID, ch, c.Topic)
			}
		}
		tp := topics[c.Topic]
		if !slices.ContainsFunc(c.Sources, func(s string) bool { return slices.Contains(tp.Sources, s) }) {
			t.Errorf("%s cites none of the sources of its topic %s %v", c.ID, c.Topic, tp.Sources)
		}
		if !slices.ContainsFunc(c.Laws, func(l string) bool { return slices.Contains(tp.Laws, l) }) {
			t.Errorf("%s cites none of the laws of its topic %s %v", c.ID, c.Topic, tp.Laws)
		}
		if n := len(c.Answers); n < 3 || n > 4 || c.RightAnswer() < 0 {
			t.Errorf("%s: %d answers, right %d", c.ID, n, c.RightAnswer())
		}
		if got, ok := CaseByID(c.ID); !ok || got.ID != c.ID {
			t.Errorf("CaseByID(%q) = %q, %v", c.ID, got.ID, ok)
		}
	}
	for ch := 1; ch <= 5; ch++ {
		if chapters[ch] == 0 {
			t.Errorf("no case for chapter %d of the guideline", ch)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(LawChanges)) {
		if changes[name] == 0 {
			t.Errorf("no case for the change in law %s", name)
		}
	}
	data, err := fs.ReadFile(EmbeddedContentDir(), GlossaryFile)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := ParseGlossary(GlossaryFile, data)
	sub, err := fs.Sub(embeddedCaseFiles, "content/cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range CheckCaseWords(sub, g) {
		t.Errorf("glossary: %s", p)
	}
	if _, ok := CaseByID("bestaat-niet"); ok {
		t.Error("CaseByID found a case that does not exist")
	}
	t.Logf("%d cases; per chapter %v; per change %v", len(cases), chapters, changes)
}
