package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestContentCheckCases runs `content check` on the content directories:
// the case bank is found next to the topics or inside the directory, and a
// bad case is reported to the line.
func TestContentCheckCases(t *testing.T) {
	tests := []struct {
		dir  string
		code int
		want []string
	}{
		{"flows/content", 0, []string{"ok: 38 practice cases (flows/content/cases)"}},
		{"flows/content/topics", 0, []string{"ok: 38 practice cases (flows/content/cases)"}},
		{"flows/testdata/content-bad", 1, []string{
			`cases/twee-goed.md:3: topic "bestaat-niet" does not exist`,
			`cases/twee-goed.md:4: flow "geen-flow": there is no flow "geen-flow"`,
			`cases/twee-goed.md:5: source "§2.9" is not a part of the guideline`,
			`cases/twee-goed.md:7: change "wet-van-morgen" is unknown`,
			`cases/twee-goed.md:10: "## nl" marks 2 answers right`,
			`cases/twee-goed.md:19: answer without "Waarom:"`,
			`cases/twee-goed.md:21: "## en" has 2 answers`,
			`cases/woorden.md:9: "OTS" (nl) is used before it is explained`,
			`cases/woorden.md:21: "OTS" (en) is used before it is explained`,
		}},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if code := run([]string{"content", "check", tt.dir}, nil, &out, &errOut); code != tt.code {
			t.Errorf("%s: exit %d, want %d:\n%s%s", tt.dir, code, tt.code, out.String(), errOut.String())
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tt.dir, w, out.String())
			}
		}
	}
}
