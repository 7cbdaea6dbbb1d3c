package flows

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"privacybot/lang"
)

// GlossaryFile is the name of the glossary in a content directory.
const GlossaryFile = "glossary.md"

// Term is one row of the glossary: a Dutch term, the one English term used
// for it, the English words to avoid for it, and, for acronyms and jargon,
// what explains the term to a reader.
type Term struct {
	// Line is the row's 1-based line in the glossary file.
	Line int
	// Dutch holds the term first, then other forms of it.
	Dutch []string
	// English holds the term to use first, then other forms of it.
	English []string
	// Avoid holds English words that must not be used for this term.
	Avoid []string
	// Explain holds, per language, the phrases of which one must stand on
	// or before the line where a topic first uses the term; none means the
	// term is not checked in that language.
	Explain map[lang.Lang][]string
}

// Glossary is the list of terms every text keeps to.
type Glossary struct {
	Terms []Term
}

// acronymPattern recognises a Dutch term written as an acronym (FG, AcVZ):
// it is checked in the English text as the acronym itself.
var acronymPattern = regexp.MustCompile(`^[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*$`)

// ParseGlossary reads the glossary's table: the first Markdown table whose
// header starts with "Dutch | English". It returns the terms and every
// problem found, located to the line.
func ParseGlossary(name string, data []byte) (Glossary, []Problem) {
	p := &topicParser{file: name}
	var g Glossary
	lines := splitLines(data)
	if n := firstInvalidUTF8(lines); n > 0 {
		p.addf(n, "not valid UTF-8")
		return g, p.problems
	}
	in := false
	for i, raw := range lines {
		n, s := i+1, strings.TrimSpace(raw)
		cells, isRow := tableCells(s)
		switch {
		case !in && isRow && len(cells) >= 2 && strings.EqualFold(cells[0], "Dutch") && strings.EqualFold(cells[1], "English"):
			if len(cells) != 5 {
				p.addf(n, "the glossary table has %d columns, want 5: Dutch, English, Avoid, Explain (nl), Explain (en)", len(cells))
				return g, p.problems
			}
			in = true
		case !in:
		case !isRow:
			in = false
		case strings.Trim(strings.Join(cells, ""), "-: ") == "":
			// the separator row
		default:
			if t, ok := p.term(n, cells); ok {
				g.Terms = append(g.Terms, t)
			}
		}
		if !in && len(g.Terms) > 0 {
			break
		}
	}
	if len(g.Terms) == 0 && len(p.problems) == 0 {
		p.addf(0, "no glossary table: a table with the columns Dutch | English | Avoid | Explain (nl) | Explain (en)")
	}
	return g, p.problems
}

// tableCells splits a Markdown table row into its trimmed cells.
func tableCells(s string) ([]string, bool) {
	if !strings.HasPrefix(s, "|") || !strings.HasSuffix(s, "|") || len(s) < 2 {
		return nil, false
	}
	cells := strings.Split(s[1:len(s)-1], "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells, true
}

// term reads one row of the glossary table.
func (p *topicParser) term(n int, cells []string) (Term, bool) {
	if len(cells) != 5 {
		p.addf(n, "a glossary row has %d cells, want 5", len(cells))
		return Term{}, false
	}
	t := Term{
		Line:    n,
		Dutch:   splitCell(cells[0], ","),
		English: splitCell(cells[1], ","),
		Avoid:   splitCell(cells[2], ","),
		Explain: map[lang.Lang][]string{lang.NL: splitCell(cells[3], ";"), lang.EN: splitCell(cells[4], ";")},
	}
	if len(t.Dutch) == 0 || len(t.English) == 0 {
		p.addf(n, "a glossary row needs a Dutch and an English term")
		return Term{}, false
	}
	return t, true
}

func splitCell(s, sep string) []string {
	var out []string
	for item := range strings.SplitSeq(s, sep) {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// isAcronym reports whether the term's Dutch form is an acronym.
func (t Term) isAcronym() bool { return acronymPattern.MatchString(t.Dutch[0]) }

// checkedForms are the words looked for when checking that the term is
// explained in lang.
func (t Term) checkedForms(l lang.Lang) []string {
	if l == lang.NL {
		return t.Dutch
	}
	if t.isAcronym() {
		return t.Dutch[:1]
	}
	return t.English
}

// hasWord reports whether text holds form as a whole word: matched with
// its case when form holds a capital letter, in any case otherwise.
func hasWord(text, form string) bool { return wordIndex(text, form) >= 0 }

// wordIndex returns the byte index of form as a whole word in text, or -1.
func wordIndex(text, form string) int {
	hay, needle := text, form
	if strings.ToLower(form) == form {
		hay = strings.ToLower(text)
	}
	for from := 0; from <= len(hay); {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(needle)
		if boundaryBefore(hay, i) && boundaryAfter(hay, end) {
			return i
		}
		_, size := utf8.DecodeRuneInString(hay[i:])
		from = i + size
	}
	return -1
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
}

// containsFold reports whether text holds phrase, in any case.
func containsFold(text, phrase string) bool {
	return strings.Contains(strings.ToLower(text), strings.ToLower(phrase))
}

// Avoided reports every word in an English text that the glossary says
// to avoid, with the line it is on; name and firstLine locate the text
// (firstLine is the number of the text's first line).
func (g Glossary) Avoided(name string, firstLine int, text string) []Problem {
	var out []Problem
	for i, l := range strings.Split(text, "\n") {
		for _, t := range g.Terms {
			for _, a := range t.Avoid {
				if hasWord(l, strings.ToLower(a)) {
					out = append(out, Problem{File: name, Line: firstLine + i, Msg: fmt.Sprintf("%q: the glossary's English for %q is %q", a, t.Dutch[0], t.English[0])})
				}
			}
		}
	}
	return out
}

// Untranslated reports every glossary term that the Dutch text uses while
// its English counterpart uses none of the term's English forms. The
// problem is located at the Dutch line (counted from firstLine).
func (g Glossary) Untranslated(name string, firstLine int, nl, en string) []Problem {
	var out []Problem
	nlLines := strings.Split(nl, "\n")
	for _, t := range g.Terms {
		at := -1
		for i, l := range nlLines {
			if slicesAny(t.Dutch, func(f string) bool { return hasWord(l, f) }) {
				at = i
				break
			}
		}
		if at < 0 {
			continue
		}
		forms := t.English
		if t.isAcronym() {
			forms = append([]string{t.Dutch[0]}, forms...)
		}
		if !slicesAny(forms, func(f string) bool { return hasWord(en, strings.ToLower(f)) }) {
			out = append(out, Problem{File: name, Line: firstLine + at, Msg: fmt.Sprintf("the Dutch uses %q, but the English never says %q (glossary)", t.Dutch[0], t.English[0])})
		}
	}
	return out
}

// Unexplained reports every acronym or word of jargon in lines (one
// language's text, in order, numbered from firstLine) whose first use has
// none of the glossary's explanations on its line or before it.
func (g Glossary) Unexplained(name string, lang lang.Lang, firstLine int, lines []string) []Problem {
	var out []Problem
	for _, t := range g.Terms {
		explain := t.Explain[lang]
		if len(explain) == 0 {
			continue
		}
		forms := t.checkedForms(lang)
		for i, l := range lines {
			form := ""
			for _, f := range forms {
				if hasWord(l, f) {
					form = f
					break
				}
			}
			if form == "" {
				continue
			}
			upTo := strings.Join(lines[:i+1], "\n")
			if !slicesAny(explain, func(e string) bool { return containsFold(upTo, e) }) {
				out = append(out, Problem{File: name, Line: firstLine + i, Msg: fmt.Sprintf("%q (%s) is used before it is explained: write %q with it the first time", form, lang, explain[0])})
			}
			break
		}
	}
	return out
}

func slicesAny(xs []string, f func(string) bool) bool {
	for _, x := range xs {
		if f(x) {
			return true
		}
	}
	return false
}

var embeddedGlossary = sync.OnceValue(func() Glossary {
	data, err := fs.ReadFile(EmbeddedContentDir(), GlossaryFile)
	if err != nil {
		panic(fmt.Sprintf("embedded glossary: %v", err))
	}
	g, problems := ParseGlossary(GlossaryFile, data)
	if len(problems) > 0 {
		panic(fmt.Sprintf("embedded glossary: %v", Problems(problems)))
	}
	return g
})

// EmbeddedGlossary returns the glossary built into the program. It is
// parsed once; a test guarantees it is valid.
func EmbeddedGlossary() Glossary { return embeddedGlossary() }

// CheckPair checks one text given in Dutch and English, such as a flow's
// question or outcome, against the glossary: the English uses no word to
// avoid and uses the English term of every glossary term the Dutch uses.
// Acronyms and jargon are not checked here: a flow's text is read in
// context, a topic's is not. name locates the problems.
func (g Glossary) CheckPair(name, nl, en string) []Problem {
	return append(g.Avoided(name, 1, en), g.Untranslated(name, 1, nl, en)...)
}
