package flows

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"privacybot/lang"
)

//go:embed content/cases/*.md
var embeddedCaseFiles embed.FS

// CasesDir is the name, in a content directory, of the directory that holds
// the practice cases.
const CasesDir = "cases"

// Case is one practice case: a short fictional situation, one question and
// three or four answers of which exactly one is right, each with why.
type Case struct {
	// ID is stable: stored results refer to it.
	ID string
	// Topic is the ID of the topic the case practises; its text must agree.
	Topic string
	// Flow is the decision flow to walk after the answer, with its presets;
	// empty when neither the case nor its topic names one.
	Flow        string
	FlowPresets []Answered
	// Sources are guideline paragraphs ("§2.3"); Laws are articles.
	Sources []string
	Laws    []string
	// Changes name the changes in law since the guideline that the case
	// practises (see LawChanges).
	Changes   []string
	ValidAsOf string
	Situation lang.Text
	Question  lang.Text
	Answers   []CaseAnswer
	File      string
}

// CaseAnswer is one answer to a case's question.
type CaseAnswer struct {
	Text  lang.Text
	Why   lang.Text
	Right bool
}

// RightAnswer returns the index of the one right answer.
func (c Case) RightAnswer() int {
	return slices.IndexFunc(c.Answers, func(a CaseAnswer) bool { return a.Right })
}

// Chapters returns the guideline chapters (1–5) the case's sources lie in,
// in ascending order, each once.
func (c Case) Chapters() []int {
	var out []int
	for _, s := range c.Sources {
		num, ok := strings.CutPrefix(s, "§")
		if !ok {
			continue
		}
		head, _, _ := strings.Cut(num, ".")
		if n, err := strconv.Atoi(head); err == nil && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// LawChanges are the changes in law since the 2018 guideline that cases can
// practise, by the name a case's "changes:" line uses.
var LawChanges = map[string]string{
	"bewaartermijn-2020":   "retention: 20 years from the last change (Jeugdwet art. 7.3.8, BW art. 7:454 lid 3)",
	"meldcode-2019":        "meldcode: the afwegingskader is mandatory in steps 4 and 5",
	"datalek-72-uur":       "data breach: reported to the AP within 72 hours (AVG art. 33, 34)",
	"inzage-2023":          "access: one month, working notes may fall under access (AVG art. 12, 15)",
	"twee-toestemmingen":   "consent lifts secrecy; it is not the AVG legal basis",
	"gezag-erkenning-2023": "joint authority by recognition since 2023 (BW art. 1:251b)",
	"gezag-huwelijk":       "joint authority after a later marriage (BW art. 1:251)",
}

// guidelineSections are the sources a case may cite: the paragraphs and
// parts the guideline has.
var guidelineSections = []string{
	"§1", "§1.1", "§1.2", "§1.3", "§1.4", "§1.5", "§1.6", "§1.7",
	"§2", "§2.1", "§2.2", "§2.3", "§2.4",
	"§3", "§3.1", "§3.2",
	"§4", "§4.1", "§4.2", "§4.3", "§4.4",
	"§5", "§5.1", "§5.2",
	"Begrippenlijst", "Voorwoord", "Noten",
}

// Case front matter keys.
const (
	keyTopic   = "topic"
	keyChanges = "changes"
)

var (
	caseKnownKeys    = []string{keyID, keyTopic, keyFlow, keySources, keyLaws, keyChanges, keyValidAsOf}
	caseRequiredKeys = []string{keyID, keyTopic, keySources, keyLaws, keyValidAsOf}
)

// caseWords are the words a case's language section uses for its parts.
var caseWords = map[lang.Lang]struct{ question, why string }{
	lang.NL: {"Vraag:", "Waarom:"},
	lang.EN: {"Question:", "Why:"},
}

var embeddedCases = sync.OnceValue(func() []Case {
	sub, err := fs.Sub(embeddedCaseFiles, "content/cases")
	if err != nil {
		panic(fmt.Sprintf("embedded cases: %v", err))
	}
	cases, err := LoadCases(sub, EmbeddedTopics())
	if err != nil {
		panic(fmt.Sprintf("embedded cases: %v", err))
	}
	return cases
})

// EmbeddedCases returns the practice cases built into the program, sorted
// by ID. A test guarantees they are valid.
func EmbeddedCases() []Case { return slices.Clone(embeddedCases()) }

// CaseByID returns the built-in case with the ID, or false.
func CaseByID(id string) (Case, bool) {
	cases := embeddedCases()
	i, found := slices.BinarySearchFunc(cases, id, func(c Case, id string) int { return strings.Compare(c.ID, id) })
	if !found {
		return Case{}, false
	}
	return cases[i], true
}

// LoadCases reads every *.md file at the root of fsys as a case, checked
// against topics, and returns the cases sorted by ID. When anything is
// wrong it returns no cases and an error (of type Problems).
func LoadCases(fsys fs.FS, topics []Topic) ([]Case, error) {
	cases, problems := CheckCases(fsys, topics)
	if len(problems) > 0 {
		return nil, fmt.Errorf("load cases: %w", Problems(problems))
	}
	return cases, nil
}

// CheckCases reads every *.md file at the root of fsys as a case and
// returns the valid cases and every problem, in file and line order: the
// topic and flow must exist, every source must be a part of the guideline,
// both languages must be there with the same answers, and exactly one
// answer is right.
func CheckCases(fsys fs.FS, topics []Topic) ([]Case, []Problem) {
	files, problems := readMarkdownFiles(fsys)
	byID := map[string]Topic{}
	for _, t := range topics {
		byID[t.ID] = t
	}
	var (
		cases   []Case
		firstID = map[string]string{}
	)
	for _, e := range files {
		c, lines, ps := parseCase(e.name, e.data)
		if f := lines[keyTopic]; c.Topic != "" {
			if t, ok := byID[c.Topic]; !ok {
				ps = append(ps, Problem{File: e.name, Line: f, Msg: fmt.Sprintf("topic %q does not exist", c.Topic)})
			} else if c.Flow == "" {
				c.Flow, c.FlowPresets = t.Flow, t.FlowPresets
			}
		}
		if c.ID != "" {
			if other, dup := firstID[c.ID]; dup {
				ps = append(ps, Problem{File: e.name, Line: lines[keyID], Msg: fmt.Sprintf("duplicate id %q: %s has it too", c.ID, other)})
			} else {
				firstID[c.ID] = e.name
			}
		}
		problems = append(problems, ps...)
		if len(ps) == 0 {
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 && len(problems) == 0 {
		problems = append(problems, Problem{File: ".", Msg: "no case files (*.md) found"})
	}
	slices.SortFunc(cases, func(a, b Case) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return cases, problems
}

// CheckCaseWords checks every case file (*.md) at the root of fsys against
// the glossary, as CheckTopicFile checks a topic: the English uses the
// glossary's terms and no word to avoid, and each language explains an
// acronym or word of jargon the first time it uses it. Problems are in
// file and line order; a file that cannot be read is left to CheckCases.
func CheckCaseWords(fsys fs.FS, g Glossary) []Problem {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil
	}
	var out []Problem
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		out = append(out, g.CheckTopicFile(name, data)...)
	}
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return out
}

// parseCase parses one case file on its own (the topic is not looked up).
// It returns the case, the line of each front matter key and every problem.
func parseCase(name string, data []byte) (Case, map[string]int, []Problem) {
	p := &topicParser{file: name}
	c := Case{File: name}
	keyLines := map[string]int{}
	lines := splitLines(data)
	if n := firstInvalidUTF8(lines); n > 0 {
		p.addf(n, "not valid UTF-8")
		return c, keyLines, p.problems
	}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		p.addf(1, "the file must start with a front matter block: a line \"---\", then \"key: value\" lines, then \"---\"")
		return c, keyLines, p.problems
	}
	end := slices.IndexFunc(lines[1:], func(s string) bool { return strings.TrimSpace(s) == "---" })
	if end < 0 {
		p.addf(1, "the front matter is never closed with a line \"---\"")
		return c, keyLines, p.problems
	}
	end++
	fields := p.frontMatter(lines[1:end], caseKnownKeys, caseRequiredKeys)
	for k, f := range fields {
		keyLines[k] = f.line
	}
	p.caseFromFields(&c, fields)
	p.caseBody(&c, lines, end+1)
	return c, keyLines, p.problems
}

// caseFromFields checks the front matter values and fills the case's header.
func (p *topicParser) caseFromFields(c *Case, fields map[string]field) {
	if f := fields[keyID]; f.value != "" {
		c.ID = f.value
		switch want := strings.TrimSuffix(c.File, ".md"); {
		case !topicIDPattern.MatchString(f.value):
			p.addf(f.line, "id %q may hold only lower-case letters, digits and single hyphens", f.value)
		case f.value != want:
			p.addf(f.line, "id %q does not match the file name %q: rename one of them", f.value, c.File)
		}
	}
	c.Topic = fields[keyTopic].value
	c.Sources = p.list(fields, keySources)
	for _, s := range c.Sources {
		if !slices.Contains(guidelineSections, s) {
			p.addf(fields[keySources].line, "source %q is not a part of the guideline (§1.1–§1.7, §2.1–§2.4, §3.1–§3.2, §4.1–§4.4, §5.1–§5.2, a chapter §1–§5, Begrippenlijst, Voorwoord or Noten)", s)
		}
	}
	c.Laws = p.list(fields, keyLaws)
	c.Changes = p.list(fields, keyChanges)
	for _, ch := range c.Changes {
		if _, ok := LawChanges[ch]; !ok {
			names := make([]string, 0, len(LawChanges))
			for k := range LawChanges {
				names = append(names, k)
			}
			slices.Sort(names)
			p.addf(fields[keyChanges].line, "change %q is unknown (known: %s)", ch, strings.Join(names, ", "))
		}
	}
	if f := fields[keyValidAsOf]; f.value != "" {
		c.ValidAsOf = f.value
		if _, err := time.Parse(time.DateOnly, f.value); err != nil {
			p.addf(f.line, "valid_as_of %q is not a date written YYYY-MM-DD", f.value)
		}
	}
	if f, ok := fields[keyFlow]; ok {
		ref, err := parseFlowSpec(f.value)
		if err == nil {
			err = ref.check()
		}
		if err != nil {
			p.addf(f.line, "flow %q: %v", f.value, err)
		}
		c.Flow, c.FlowPresets = ref.id, ref.ordered
	}
}

// caseSection is one language's situation, question and answers as read.
type caseSection struct {
	line      int
	situation []line
	question  string
	qLine     int
	answers   []caseAnswerLines
}

type caseAnswerLines struct {
	line  int
	right bool
	text  []string
	why   []string
	whyAt int
}

// caseBody reads the "## nl" and "## en" sections from lines[start:].
func (p *topicParser) caseBody(c *Case, lines []string, start int) {
	sections := map[lang.Lang]*caseSection{}
	var (
		cur *caseSection
		lng lang.Lang
	)
	for i := start; i < len(lines); i++ {
		n, s := i+1, strings.TrimSpace(lines[i])
		if h, ok := strings.CutPrefix(s, "## "); ok {
			l := lang.Lang(strings.TrimSpace(h))
			cur = nil
			switch _, known := caseWords[l]; {
			case !known:
				p.addf(n, "unknown section %q: a case has \"## nl\" and \"## en\"", s)
			case sections[l] != nil:
				p.addf(n, "second \"## %s\" section (first on line %d)", l, sections[l].line)
			default:
				cur, lng = &caseSection{line: n}, l
				sections[l] = cur
			}
			continue
		}
		if cur == nil {
			if s != "" {
				p.addf(n, "text outside a \"## nl\" or \"## en\" section")
				for i+1 < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "## ") {
					i++
				}
			}
			continue
		}
		p.caseLine(cur, lng, n, s)
	}
	last := max(len(lines), 1)
	for _, l := range []lang.Lang{lang.NL, lang.EN} {
		if sections[l] == nil {
			p.addf(last, "no \"## %s\" section", l)
		}
	}
	nl, en := sections[lang.NL], sections[lang.EN]
	if nl == nil || en == nil {
		return
	}
	p.finishSection(nl, lang.NL)
	p.finishSection(en, lang.EN)
	c.Situation = lang.Text{NL: render(nl.situation), EN: render(en.situation)}
	c.Question = lang.Text{NL: nl.question, EN: en.question}
	if len(nl.answers) != len(en.answers) {
		p.addf(en.line, "\"## en\" has %d answers, \"## nl\" has %d: give the same answers in both languages", len(en.answers), len(nl.answers))
		return
	}
	for i := range nl.answers {
		a, b := nl.answers[i], en.answers[i]
		if a.right != b.right {
			p.addf(b.line, "answer %d is marked right in one language only", i+1)
		}
		c.Answers = append(c.Answers, CaseAnswer{
			Text:  lang.Text{NL: strings.Join(a.text, " "), EN: strings.Join(b.text, " ")},
			Why:   lang.Text{NL: strings.Join(a.why, " "), EN: strings.Join(b.why, " ")},
			Right: a.right,
		})
	}
}

// caseLine reads one line of a language section.
func (p *topicParser) caseLine(cur *caseSection, lang lang.Lang, n int, s string) {
	words := caseWords[lang]
	switch {
	case strings.HasPrefix(s, "#"):
		p.addf(n, "unexpected heading %q: a case's section holds the situation, %q and the answers", s, words.question)
	case strings.HasPrefix(s, "- [ ] "), strings.HasPrefix(s, "- [x] "), strings.HasPrefix(s, "- [X] "):
		if cur.qLine == 0 {
			p.addf(n, "an answer before the question: write %q first", words.question)
		}
		cur.answers = append(cur.answers, caseAnswerLines{line: n, right: s[3] != ' ', text: []string{strings.TrimSpace(s[6:])}})
	case len(cur.answers) > 0:
		a := &cur.answers[len(cur.answers)-1]
		switch why, ok := strings.CutPrefix(s, words.why); {
		case s == "":
		case ok && a.whyAt > 0:
			p.addf(n, "second %q for one answer (first on line %d)", words.why, a.whyAt)
		case ok:
			a.whyAt = n
			a.why = append(a.why, strings.TrimSpace(why))
		case a.whyAt > 0:
			a.why = append(a.why, s)
		default:
			a.text = append(a.text, s)
		}
	case strings.HasPrefix(s, words.question):
		if cur.qLine > 0 {
			p.addf(n, "second %q (first on line %d)", words.question, cur.qLine)
			return
		}
		cur.qLine = n
		cur.question = strings.TrimSpace(strings.TrimPrefix(s, words.question))
	case cur.qLine > 0:
		if s != "" {
			cur.question += " " + s
		}
	default:
		cur.situation = append(cur.situation, line{n, s})
	}
}

// finishSection reports what a language section lacks.
func (p *topicParser) finishSection(sec *caseSection, lang lang.Lang) {
	words := caseWords[lang]
	if render(sec.situation) == "" {
		p.addf(sec.line, "\"## %s\" has no situation before %q", lang, words.question)
	}
	if strings.TrimSpace(sec.question) == "" {
		p.addf(cmp.Or(sec.qLine, sec.line), "\"## %s\" has no question: a line starting %q", lang, words.question)
	}
	if k := len(sec.answers); k < 3 || k > 4 {
		p.addf(sec.line, "\"## %s\" has %d answers; a case has 3 or 4 (\"- [ ] …\", the right one \"- [x] …\")", lang, k)
	}
	right := 0
	for _, a := range sec.answers {
		if a.right {
			right++
		}
		if strings.TrimSpace(strings.Join(a.text, "")) == "" {
			p.addf(a.line, "answer without text")
		}
		if strings.TrimSpace(strings.Join(a.why, "")) == "" {
			p.addf(a.line, "answer without %q: say why it is right or wrong", words.why)
		}
	}
	if right != 1 && len(sec.answers) > 0 {
		p.addf(sec.line, "\"## %s\" marks %d answers right (\"- [x]\"); exactly one must be", lang, right)
	}
}
