package flows

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

const testOpenPoints = `# Open punten

Inleiding, geen punt.

## Uithoorn en medebehandelaars
topics: medebehandelaar, delen-toestemming
flows: stappenplan
source: review M9; §1.3
Vraagt Uithoorn ook toestemming
voor een medebehandelaar?

## Alleen een flow
flows: vernietiging
source: review L25
Archiefwet.
`

func TestParseOpenPoints(t *testing.T) {
	points, problems := ParseOpenPoints("open-points.md", []byte(testOpenPoints))
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	want := []OpenPoint{
		{Line: 5, Title: "Uithoorn en medebehandelaars", Topics: []string{"medebehandelaar", "delen-toestemming"}, Flows: []string{"stappenplan"},
			Source: "review M9; §1.3", Text: "Vraagt Uithoorn ook toestemming voor een medebehandelaar?"},
		{Line: 12, Title: "Alleen een flow", Flows: []string{"vernietiging"}, Source: "review L25", Text: "Archiefwet."},
	}
	if len(points) != len(want) {
		t.Fatalf("%d points, want %d: %+v", len(points), len(want), points)
	}
	for i := range want {
		g, w := points[i], want[i]
		if g.Line != w.Line || g.Title != w.Title || !slices.Equal(g.Topics, w.Topics) || !slices.Equal(g.Flows, w.Flows) || g.Source != w.Source || g.Text != w.Text {
			t.Errorf("point %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestParseOpenPointsProblems(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"none", "# Open punten\n", []string{"open-points.md: no open points"}},
		{"no source", "## A\ntopics: inzage\nTekst.\n", []string{`open-points.md:1: open point "A" has no "source:" line`}},
		{"no text", "## A\ntopics: inzage\nsource: x\n", []string{`open-points.md:1: open point "A" has no text`}},
		{"no topic or flow", "## A\nsource: x\nTekst.\n\n## B\ntopics: inzage\nsource: y\nTekst.\n", []string{`open-points.md:1: open point "A" names no topic or flow`}},
		{"bad UTF-8", "## A\n\xff\n", []string{"open-points.md:2: not valid UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := ParseOpenPoints("open-points.md", []byte(tt.data))
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

func TestCheckContentOpenPointReferences(t *testing.T) {
	topics := fstest.MapFS{"delen-school.md": {Data: []byte(goodTopic)}}
	dir := fstest.MapFS{
		GlossaryFile:   {Data: []byte(testGlossary)},
		OpenPointsFile: {Data: []byte("## A\ntopics: delen-school, bestaat-niet\nflows: stappenplan, geen-flow\nsource: x\nTekst.\n")},
	}
	r := CheckContent(topics, dir)
	got := problemStrings(r.Problems)
	want := []string{
		`open-points.md:1: open point "A" names topic "bestaat-niet", which does not exist`,
		`open-points.md:1: open point "A" names flow "geen-flow", which does not exist`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems =\n%q\nwant\n%q", got, want)
	}
	if len(r.OpenPoints) != 1 || len(r.Topics) != 1 || len(r.Glossary.Terms) != 3 {
		t.Errorf("report = %d open points, %d topics, %d terms", len(r.OpenPoints), len(r.Topics), len(r.Glossary.Terms))
	}
}

func TestCheckContentMissingFiles(t *testing.T) {
	topics := fstest.MapFS{"delen-school.md": {Data: []byte(goodTopic)}}
	r := CheckContent(topics, fstest.MapFS{})
	got := problemStrings(r.Problems)
	if len(got) != 2 || !strings.HasPrefix(got[0], "glossary.md: cannot read the glossary") || !strings.HasPrefix(got[1], "open-points.md: cannot read the open points") {
		t.Errorf("problems = %q", got)
	}
}
