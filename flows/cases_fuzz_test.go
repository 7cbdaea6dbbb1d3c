package flows

import (
	"strings"
	"testing"
)

// FuzzParseCase feeds the case parser arbitrary files: it must never
// panic, must place every problem in the file, and must only accept a case
// with a situation, a question and three or four answers in both
// languages, exactly one of them right.
func FuzzParseCase(f *testing.F) {
	f.Add("veertien.md", []byte(goodCase))
	f.Add("a.md", []byte("---\nid: a\n---\n## nl\nVraag: x\n- [x] a\n## en\n"))
	f.Add("a.md", []byte("\uFEFF---\r\ntopic: x\r\n---\r\n- [ ] a\r\n"))
	f.Add("x.md", []byte("---"))
	f.Add("", []byte{0xff, '\n', '-', '-', '-'})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		c, _, problems := parseCase(name, data)
		lines := len(splitLines(data))
		for _, p := range problems {
			if p.File != name || p.Line < 0 || p.Line > max(lines, 1) || p.Msg == "" {
				t.Fatalf("problem %+v is not in the file of %d lines", p, lines)
			}
		}
		if len(problems) > 0 {
			return
		}
		if c.ID != strings.TrimSuffix(name, ".md") || c.Topic == "" || len(c.Sources) == 0 || len(c.Laws) == 0 {
			t.Fatalf("accepted case without its header: %+v", c)
		}
		if c.Situation.NL == "" || c.Situation.EN == "" || c.Question.NL == "" || c.Question.EN == "" {
			t.Fatalf("accepted case without situation or question: %+v", c)
		}
		right := 0
		for _, a := range c.Answers {
			if a.Text.NL == "" || a.Text.EN == "" || a.Why.NL == "" || a.Why.EN == "" {
				t.Fatalf("accepted answer without text or why: %+v", a)
			}
			if a.Right {
				right++
			}
		}
		if n := len(c.Answers); n < 3 || n > 4 || right != 1 {
			t.Fatalf("accepted %d answers with %d right", n, right)
		}
	})
}
