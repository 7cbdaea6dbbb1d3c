package flows

import (
	"os"
	"slices"
	"strings"
	"testing"

	"privacybot/lang"
)

// testGlossary is a small glossary in the format of content/glossary.md.
const testGlossary = `# Glossary

Text before the table.

| Dutch | English | Avoid | Explain (nl) | Explain (en) |
| --- | --- | --- | --- | --- |
| medebehandelaar, medebehandelaars | co-treating professional, co-treating | co-practitioner | direct betrokken | directly involved |
| erkenning, erkend | recognition, recognised | acknowledgement, acknowledged | | |
| FG | data protection officer (FG) | privacy officer (FG) | functionaris gegevensbescherming | data protection officer |

| Acronym | Dutch | English |
| --- | --- | --- |
| FG | functionaris gegevensbescherming | data protection officer |
`

func parseTestGlossary(t *testing.T) Glossary {
	t.Helper()
	g, problems := ParseGlossary("glossary.md", []byte(testGlossary))
	if len(problems) > 0 {
		t.Fatalf("ParseGlossary: %v", problems)
	}
	return g
}

func problemStrings(ps []Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestParseGlossary(t *testing.T) {
	g := parseTestGlossary(t)
	if len(g.Terms) != 3 {
		t.Fatalf("%d terms, want 3 (the acronym table is not part of it): %+v", len(g.Terms), g.Terms)
	}
	fg := g.Terms[2]
	if fg.Line != 9 || fg.Dutch[0] != "FG" || fg.English[0] != "data protection officer (FG)" ||
		!slices.Equal(fg.Avoid, []string{"privacy officer (FG)"}) || !slices.Equal(fg.Explain[lang.NL], []string{"functionaris gegevensbescherming"}) {
		t.Errorf("FG row = %+v", fg)
	}
	if len(g.Terms[1].Explain[lang.EN]) != 0 {
		t.Errorf("erkenning is not checked for an explanation, got %v", g.Terms[1].Explain)
	}
}

func TestParseGlossaryProblems(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"no table", "# Glossary\n\nNo table.\n", []string{"glossary.md: no glossary table"}},
		{"four columns", "| Dutch | English | Avoid | Explain |\n| --- | --- | --- | --- |\n", []string{"glossary.md:1: the glossary table has 4 columns, want 5"}},
		{"short row", "| Dutch | English | Avoid | Explain (nl) | Explain (en) |\n| --- | --- | --- | --- | --- |\n| a | b |\n| c | d | | | |\n", []string{"glossary.md:3: a glossary row has 2 cells, want 5"}},
		{"no English", "| Dutch | English | Avoid | Explain (nl) | Explain (en) |\n| --- | --- | --- | --- | --- |\n| a | | | | |\n", []string{"glossary.md:3: a glossary row needs a Dutch and an English term"}},
		{"bad UTF-8", "| Dutch |\n\xff\n", []string{"glossary.md:2: not valid UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := ParseGlossary("glossary.md", []byte(tt.data))
			got := problemStrings(ps)
			if len(got) != len(tt.want) {
				t.Fatalf("problems = %q, want %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("problem %d = %q, want it to start with %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestGlossaryAvoided(t *testing.T) {
	g := parseTestGlossary(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"clean", "Share with a co-treating professional.\nThe recognition counts.", nil},
		{"avoided word on its line", "Fine line.\nShare with a Co-Practitioner.", []string{`t.md:11: "co-practitioner": the glossary's English for "medebehandelaar" is "co-treating professional"`}},
		{"two words", "acknowledged by the privacy officer (FG)", []string{
			`t.md:10: "acknowledged": the glossary's English for "erkenning" is "recognition"`,
			`t.md:10: "privacy officer (FG)": the glossary's English for "FG" is "data protection officer (FG)"`,
		}},
		{"part of a longer word", "unacknowledgedness", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemStrings(g.Avoided("t.md", 10, tt.text))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Avoided =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestGlossaryUntranslated(t *testing.T) {
	g := parseTestGlossary(t)
	tests := []struct {
		name, nl, en string
		want         []string
	}{
		{"both use the term", "Deel met een medebehandelaar.", "Share with a co-treating professional.", nil},
		{"other form", "Hij heeft het kind erkend.", "He recognised the child.", nil},
		{"acronym kept in English", "Vraag de FG.", "Ask the FG.", nil},
		{"English term missing", "Regel.\nDeel met een medebehandelaar.", "Share with a colleague.", []string{
			`t.md:21: the Dutch uses "medebehandelaar", but the English never says "co-treating professional" (glossary)`,
		}},
		{"lower-case fg is no acronym", "fg@diemen.nl", "mail", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemStrings(g.Untranslated("t.md", 20, tt.nl, tt.en))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Untranslated =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestGlossaryUnexplained(t *testing.T) {
	g := parseTestGlossary(t)
	tests := []struct {
		name  string
		lang  lang.Lang
		lines []string
		want  []string
	}{
		{"explained on the same line", lang.NL, []string{"Vraag de functionaris gegevensbescherming (FG).", "De FG helpt."}, nil},
		{"explained before", lang.EN, []string{"The data protection officer helps.", "Ask the FG."}, nil},
		{"explained only later", lang.NL, []string{"Vraag de FG.", "De functionaris gegevensbescherming (FG) helpt."}, []string{
			`t.md:5: "FG" (nl) is used before it is explained: write "functionaris gegevensbescherming" with it the first time`,
		}},
		{"jargon in English", lang.EN, []string{"Not used.", "A co-treating professional may know."}, []string{
			`t.md:6: "co-treating professional" (en) is used before it is explained: write "directly involved" with it the first time`,
		}},
		{"not used", lang.NL, []string{"Niets."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemStrings(g.Unexplained("t.md", tt.lang, 5, tt.lines))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Unexplained =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestEmbeddedContentFollowsGlossary is the check of the built-in content:
// every topic uses the glossary's English terms, none of the words to
// avoid, and explains acronyms and jargon where it first uses them; the
// open points name existing topics and flows.
func TestEmbeddedContentFollowsGlossary(t *testing.T) {
	r := CheckContent(EmbeddedContent(), EmbeddedContentDir())
	for _, p := range r.Problems {
		t.Error(p)
	}
	if len(r.Topics) != len(EmbeddedTopics()) {
		t.Errorf("CheckContent read %d topics, want %d", len(r.Topics), len(EmbeddedTopics()))
	}
	want := map[string]string{
		"medebehandelaar":                "co-treating professional",
		"erkenning":                      "recognition",
		"gezagsregister":                 "register of parental authority",
		"Raad voor de Kinderbescherming": "Child Protection Board",
		"FG":                             "data protection officer (FG)",
		"verstrekkingsplicht":            "duty to provide information",
		"informatieplicht cliënt":        "duty to inform the client",
	}
	for _, term := range r.Glossary.Terms {
		if en, ok := want[term.Dutch[0]]; ok {
			if term.English[0] != en {
				t.Errorf("glossary: %s = %q, want %q", term.Dutch[0], term.English[0], en)
			}
			delete(want, term.Dutch[0])
		}
	}
	for nl := range want {
		t.Errorf("glossary lacks %q", nl)
	}
	if len(r.OpenPoints) < 10 {
		t.Errorf("%d open points, want the review's unverified items and every departure from the guideline", len(r.OpenPoints))
	}
}

func TestCheckContentBadExample(t *testing.T) {
	r := CheckContent(os.DirFS("testdata/content-bad"), EmbeddedContentDir())
	var got []string
	for _, p := range r.Problems {
		if p.File == "jargon.md" {
			got = append(got, p.String())
		}
	}
	want := []string{
		`jargon.md:4: "co-practitioner": the glossary's English for "medebehandelaar" is "co-treating professional"`,
		`jargon.md:10: "OTS" (nl) is used before it is explained: write "ondertoezichtstelling" with it the first time`,
		`jargon.md:13: the Dutch uses "medebehandelaar", but the English never says "co-treating professional" (glossary)`,
		`jargon.md:13: "medebehandelaar" (nl) is used before it is explained: write "direct betrokken" with it the first time`,
		`jargon.md:18: "acknowledgement": the glossary's English for "erkenning" is "recognition"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems in jargon.md =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckPair(t *testing.T) {
	g := EmbeddedGlossary()
	if len(g.Terms) < 30 {
		t.Fatalf("embedded glossary has %d terms", len(g.Terms))
	}
	got := problemStrings(g.CheckPair("flow_stappenplan.go", "Is de ontvanger een medebehandelaar?", "Is the recipient a co-practitioner?"))
	want := []string{
		`flow_stappenplan.go:1: "co-practitioner": the glossary's English for "medebehandelaar" is "co-treating professional"`,
		`flow_stappenplan.go:1: the Dutch uses "medebehandelaar", but the English never says "co-treating professional" (glossary)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("CheckPair =\n%q\nwant\n%q", got, want)
	}
	if ps := g.CheckPair("x", "Vraag de FG.", "Ask the data protection officer (FG)."); len(ps) != 0 {
		t.Errorf("CheckPair on a good pair = %v", ps)
	}
}
