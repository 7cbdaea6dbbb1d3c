package flows

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestCheckFlowWords(t *testing.T) {
	g := parseTestGlossary(t)
	file := `---
id: x
---
## flow
intro.nl: Vraag het de FG.
intro.en: Ask the FG.

## option a medebehandelaar
label.nl: Een medebehandelaar
label.en: A co-treating professional

## step a
ask.nl: Is de ontvanger een medebehandelaar
die je kent?
ask.en: Is the recipient a
co-practitioner you know?
why.nl: Een medebehandelaar is direct betrokken.
why.en: A co-treating professional is directly involved.
`
	// The label is a short name and explains nothing; the question's second
	// line is where its English avoids a word.
	got := problemStrings(g.CheckFlowWords(fstest.MapFS{FlowsDir + "/x.md": {Data: []byte(file)}}))
	want := []string{
		`flows/x.md:5: "FG" (nl) is used before it is explained: write "functionaris gegevensbescherming" with it the first time`,
		`flows/x.md:6: "FG" (en) is used before it is explained: write "data protection officer" with it the first time`,
		`flows/x.md:13: the Dutch uses "medebehandelaar", but the English never says "co-treating professional" (glossary)`,
		`flows/x.md:13: "medebehandelaar" (nl) is used before it is explained: write "direct betrokken" with it the first time`,
		`flows/x.md:16: "co-practitioner": the glossary's English for "medebehandelaar" is "co-treating professional"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("CheckFlowWords =\n%q\nwant\n%q", got, want)
	}
}

func TestEmbeddedFlowWordsKeepToTheGlossary(t *testing.T) {
	if ps := EmbeddedGlossary().CheckFlowWords(EmbeddedContentDir()); len(ps) > 0 {
		t.Error(Problems(ps))
	}
}
