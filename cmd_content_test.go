package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestContentCheckGlossaryAndOpenPoints runs `content check` on the content
// directory, on its topics directory and on the bad example: the glossary
// is found next to the topics, the open points are printed, and a topic
// with an unexplained acronym or a word to avoid is reported to the line.
func TestContentCheckGlossaryAndOpenPoints(t *testing.T) {
	tests := []struct {
		dir     string
		code    int
		want    []string
		notWant []string
	}{
		{"flows/content", 0, []string{"ok: 70 topics", "flows/content/glossary.md", "open point(s) for the data protection officer (FG):", "1. ", "   source: review H3", "   De handreiking (§1.3) zegt"}, nil},
		{"flows/content/topics", 0, []string{"ok: 70 topics", "flows/content/glossary.md", "open point(s)"}, nil},
		{"flows/testdata/content-bad", 1, []string{
			`jargon.md:10: "OTS" (nl) is used before it is explained`,
			`jargon.md:18: "acknowledgement": the glossary's English for "erkenning" is "recognition"`,
			"problem(s) found",
		}, []string{"open point(s)"}},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run([]string{"content", "check", tt.dir}, nil, &out, &errOut)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d; output:\n%s%s", tt.dir, code, tt.code, out.String(), errOut.String())
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tt.dir, w, out.String())
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(out.String(), w) {
				t.Errorf("%s: output has %q:\n%s", tt.dir, w, out.String())
			}
		}
	}
}
