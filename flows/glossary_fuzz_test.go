package flows

import (
	"io/fs"
	"testing"

	"privacybot/lang"
)

// FuzzParseGlossary feeds the glossary parser arbitrary files: it must
// never panic and must place every problem in the file; every term it
// accepts has a Dutch and an English form.
func FuzzParseGlossary(f *testing.F) {
	seed, err := fs.ReadFile(EmbeddedContentDir(), GlossaryFile)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(testGlossary))
	f.Add([]byte("| Dutch | English |\n|"))
	f.Add([]byte("| Dutch | English | a | b | c |\n| x | | | | |\n||\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, problems := ParseGlossary("glossary.md", data)
		lines := len(splitLines(data))
		for _, p := range problems {
			if p.File != "glossary.md" || p.Line < 0 || p.Line > max(lines, 1) || p.Msg == "" {
				t.Fatalf("problem %+v is not in the file of %d lines", p, lines)
			}
		}
		for _, term := range g.Terms {
			if len(term.Dutch) == 0 || len(term.English) == 0 {
				t.Fatalf("accepted a term without Dutch or English: %+v", term)
			}
			// The checks must not panic on the parsed terms.
			g.Avoided("x.md", 1, string(data))
			g.Unexplained("x.md", lang.NL, 1, splitLines(data))
		}
	})
}

// FuzzParseOpenPoints feeds the open-points parser arbitrary files: it
// must never panic and must place every problem in the file.
func FuzzParseOpenPoints(f *testing.F) {
	seed, err := fs.ReadFile(EmbeddedContentDir(), OpenPointsFile)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(testOpenPoints))
	f.Add([]byte("## \ntopics:\nsource:\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		points, problems := ParseOpenPoints("open-points.md", data)
		lines := len(splitLines(data))
		for _, p := range problems {
			if p.File != "open-points.md" || p.Line < 0 || p.Line > max(lines, 1) || p.Msg == "" {
				t.Fatalf("problem %+v is not in the file of %d lines", p, lines)
			}
		}
		for _, pt := range points {
			if pt.Line < 1 || pt.Line > lines {
				t.Fatalf("point %+v is not in the file of %d lines", pt, lines)
			}
		}
	})
}
