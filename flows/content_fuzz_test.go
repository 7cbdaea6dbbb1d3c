package flows

import (
	"io/fs"
	"strings"
	"testing"
	"time"
)

// FuzzParseTopic feeds the topic parser arbitrary files: it must never
// panic, must place every problem in the file, and must only accept a
// topic that has what every topic needs.
func FuzzParseTopic(f *testing.F) {
	seed, err := fs.ReadFile(EmbeddedContent(), "stappenplan.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("stappenplan.md", seed)
	f.Add("delen-school.md", []byte(goodTopic))
	f.Add("a.md", []byte("---\nid: a\n---\n## nl\n### Wat is er veranderd\n## en\n"))
	f.Add("a.md", []byte("---\n---\n# x\n## nl\n\n\n## en\n- a\n  b\n1. c"))
	f.Add("a.md", []byte("\uFEFF---\r\nflow: x a=b a=c\r\n---\r\n"))
	f.Add("x.md", []byte("---"))
	f.Add("", []byte{0xff, '\n', '-', '-', '-'})

	f.Fuzz(func(t *testing.T, name string, data []byte) {
		topic, _, problems := parseTopic(name, data)
		lines := len(splitLines(data))
		for _, p := range problems {
			if p.File != name || p.Line < 0 || p.Line > max(lines, 1) || p.Msg == "" {
				t.Fatalf("problem %+v is not in the file of %d lines", p, lines)
			}
		}
		if len(problems) > 0 {
			return
		}
		if topic.ID != strings.TrimSuffix(name, ".md") || topic.File != name {
			t.Fatalf("accepted topic %q from file %q", topic.ID, name)
		}
		if topic.Title.NL == "" || topic.Title.EN == "" || topic.Short.NL == "" || topic.Short.EN == "" || len(topic.Sources) == 0 {
			t.Fatalf("accepted an incomplete topic %+v", topic)
		}
		if _, err := time.Parse(time.DateOnly, topic.ValidAsOf); err != nil {
			t.Fatalf("accepted valid_as_of %q", topic.ValidAsOf)
		}
	})
}
