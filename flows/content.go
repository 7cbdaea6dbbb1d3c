package flows

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"privacybot/lang"
)

//go:embed content/topics/*.md content/*.md content/flows/*.md
var embeddedFiles embed.FS

// topicsDir is where the topic files sit inside embeddedFiles.
const topicsDir = "content/topics"

// Problem is one thing wrong with a topic file, located to the line so that
// the author can find it.
type Problem struct {
	File string
	// Line is 1-based; 0 when the problem concerns the whole file.
	Line int
	Msg  string
}

// String formats the problem as "file:line: message", or "file: message"
// when it has no line.
func (p Problem) String() string {
	if p.Line <= 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// Problems is the error LoadTopics and LoadSet return: every problem found, in file
// and line order, one per line of the message.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	var b strings.Builder
	if len(ps) == 1 {
		b.WriteString("1 problem in the content files:")
	} else {
		fmt.Fprintf(&b, "%d problems in the content files:", len(ps))
	}
	for _, p := range ps {
		b.WriteString("\n")
		b.WriteString(p.String())
	}
	return b.String()
}

// EmbeddedContent returns the topic files built into the program, as a
// directory holding the *.md files at its root.
func EmbeddedContent() fs.FS {
	sub, err := fs.Sub(embeddedFiles, topicsDir)
	if err != nil {
		panic(fmt.Sprintf("embedded topics: %v", err))
	}
	return sub
}

// EmbeddedContentDir returns the content directory built into the program:
// the glossary, the open points and the municipality records at its root,
// the topics under "topics", the flows' words under "flows".
func EmbeddedContentDir() fs.FS {
	sub, err := fs.Sub(embeddedFiles, "content")
	if err != nil {
		panic(fmt.Sprintf("embedded content: %v", err))
	}
	return sub
}

var embeddedTopics = sync.OnceValue(func() []Topic {
	topics, err := LoadTopics(EmbeddedContent())
	if err != nil {
		panic(fmt.Sprintf("embedded topics: %v", err))
	}
	return topics
})

// EmbeddedTopics returns the topics built into the program, sorted by ID.
// They are parsed once; a test guarantees they are valid.
func EmbeddedTopics() []Topic { return slices.Clone(embeddedTopics()) }

// LoadTopics reads every *.md file at the root of fsys as a topic and
// returns the topics sorted by ID. When anything is wrong it returns no
// topics and an error (of type Problems) that lists every problem.
func LoadTopics(fsys fs.FS) ([]Topic, error) {
	topics, problems := loadTopics(fsys)
	if len(problems) > 0 {
		return nil, fmt.Errorf("load topics: %w", Problems(problems))
	}
	return topics, nil
}

// CheckTopics reads every *.md file at the root of fsys as a topic and
// returns every problem found, in file and line order; none means the
// directory can be loaded.
func CheckTopics(fsys fs.FS) []Problem {
	_, problems := loadTopics(fsys)
	return problems
}

// markdownFile is one *.md file at the root of a content directory.
type markdownFile struct {
	name string
	data []byte
}

// readMarkdownFiles reads every *.md file at the root of fsys, in name
// order; a file or directory it cannot read is a problem.
func readMarkdownFiles(fsys fs.FS) ([]markdownFile, []Problem) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, []Problem{{File: ".", Msg: fmt.Sprintf("cannot read the directory: %v", err)}}
	}
	var (
		files    []markdownFile
		problems []Problem
	)
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			problems = append(problems, Problem{File: e.Name(), Msg: fmt.Sprintf("cannot read the file: %v", err)})
			continue
		}
		files = append(files, markdownFile{name: e.Name(), data: data})
	}
	return files, problems
}

func loadTopics(fsys fs.FS) ([]Topic, []Problem) {
	files, problems := readMarkdownFiles(fsys)
	var (
		topics  []Topic
		firstID = map[string]string{}
	)
	for _, e := range files {
		t, idLine, ps := parseTopic(e.name, e.data)
		problems = append(problems, ps...)
		if t.ID != "" {
			if other, dup := firstID[t.ID]; dup {
				problems = append(problems, Problem{File: e.name, Line: idLine, Msg: fmt.Sprintf("duplicate id %q: %s has it too", t.ID, other)})
			} else {
				firstID[t.ID] = e.name
			}
		}
		if len(ps) == 0 {
			topics = append(topics, t)
		}
	}
	if len(topics) == 0 && len(problems) == 0 {
		problems = append(problems, Problem{File: ".", Msg: "no topic files (*.md) found"})
	}
	slices.SortFunc(topics, func(a, b Topic) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return topics, problems
}

// Front matter keys.
const (
	keyID        = "id"
	keyTitleNL   = "title.nl"
	keyTitleEN   = "title.en"
	keySources   = "sources"
	keyLaws      = "laws"
	keyKeywords  = "keywords"
	keyFlow      = "flow"
	keyValidAsOf = "valid_as_of"
)

var (
	knownKeys    = []string{keyID, keyTitleNL, keyTitleEN, keySources, keyLaws, keyKeywords, keyFlow, keyValidAsOf}
	requiredKeys = []string{keyID, keyTitleNL, keyTitleEN, keySources, keyValidAsOf}

	topicIDPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	flowWord       = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)
	sourcePattern  = regexp.MustCompile(`^(?:§[1-9][0-9]*(?:\.[1-9][0-9]*)?|Begrippenlijst|Voorwoord|Noten)$`)
)

// changeHeadings are the subsection titles that hold what the law changed
// since the guideline, per language section.
var changeHeadings = map[lang.Lang]string{lang.NL: "Wat is er veranderd", lang.EN: "What has changed"}

// field is one front matter value and the line it is on.
type field struct {
	value string
	line  int
}

// line is one line of a topic file with its 1-based number.
type line struct {
	n    int
	text string
}

// langSection is what sits under "## nl" or "## en".
type langSection struct {
	line       int
	body       []line
	changeLine int
	change     []line
}

// topicParser collects the problems of one file while it is parsed.
type topicParser struct {
	file     string
	problems []Problem
}

func (p *topicParser) addf(n int, format string, args ...any) {
	p.problems = append(p.problems, Problem{File: p.file, Line: n, Msg: fmt.Sprintf(format, args...)})
}

// parseTopic parses one topic file. It returns the topic (partly filled
// when there are problems), the line of its id, and every problem found.
func parseTopic(name string, data []byte) (Topic, int, []Problem) {
	p := &topicParser{file: name}
	lines := splitLines(data)
	if n := firstInvalidUTF8(lines); n > 0 {
		p.addf(n, "not valid UTF-8")
		return Topic{File: name}, 0, p.problems
	}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		p.addf(1, "the file must start with a front matter block: a line \"---\", then \"key: value\" lines, then \"---\"")
		return Topic{File: name}, 0, p.problems
	}
	end := slices.IndexFunc(lines[1:], func(s string) bool { return strings.TrimSpace(s) == "---" })
	if end < 0 {
		p.addf(1, "the front matter is never closed with a line \"---\"")
		return Topic{File: name}, 0, p.problems
	}
	end++
	fields := p.frontMatter(lines[1:end], knownKeys, requiredKeys)
	t := p.topicFromFields(name, fields)
	p.body(&t, lines, end+1)
	return t, fields[keyID].line, p.problems
}

// splitLines splits data into lines without their line endings, after
// dropping a byte order mark.
func splitLines(data []byte) []string {
	s := strings.TrimPrefix(string(data), "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// firstInvalidUTF8 returns the 1-based number of the first line that is not
// valid UTF-8, or 0.
func firstInvalidUTF8(lines []string) int {
	for i, s := range lines {
		if !utf8.ValidString(s) {
			return i + 1
		}
	}
	return 0
}

// frontMatter reads the "key: value" lines between the "---" lines; the
// first of them is line 2 of the file. A key not in known, a duplicate
// key, and a key of required that is missing or empty are problems.
func (p *topicParser) frontMatter(lines []string, known, required []string) map[string]field {
	fields := map[string]field{}
	for i, raw := range lines {
		n := i + 2
		s := strings.TrimSpace(raw)
		if s == "" {
			continue
		}
		key, value, ok := strings.Cut(s, ":")
		if !ok {
			p.addf(n, "front matter line %q is not \"key: value\"", s)
			continue
		}
		key = strings.TrimSpace(key)
		if !slices.Contains(known, key) {
			p.addf(n, "unknown front matter key %q (known keys: %s)", key, strings.Join(known, ", "))
			continue
		}
		if prev, dup := fields[key]; dup {
			p.addf(n, "duplicate front matter key %q (first on line %d)", key, prev.line)
			continue
		}
		fields[key] = field{value: strings.TrimSpace(value), line: n}
	}
	for _, key := range required {
		f, ok := fields[key]
		switch {
		case !ok:
			p.addf(1, "the front matter has no %q", key)
		case f.value == "":
			p.addf(f.line, "%q is empty", key)
		}
	}
	return fields
}

// topicFromFields checks the front matter values and fills the topic's
// header from them.
func (p *topicParser) topicFromFields(name string, fields map[string]field) Topic {
	t := Topic{
		File:      name,
		Title:     lang.Text{NL: fields[keyTitleNL].value, EN: fields[keyTitleEN].value},
		ValidAsOf: fields[keyValidAsOf].value,
	}
	if f := fields[keyID]; f.value != "" {
		t.ID = f.value
		want := strings.TrimSuffix(name, ".md")
		switch {
		case !topicIDPattern.MatchString(f.value):
			p.addf(f.line, "id %q may hold only lower-case letters, digits and single hyphens", f.value)
		case f.value != want:
			p.addf(f.line, "id %q does not match the file name %q: rename one of them", f.value, name)
		}
	}
	t.Sources = p.list(fields, keySources)
	for _, s := range t.Sources {
		if !sourcePattern.MatchString(s) {
			p.addf(fields[keySources].line, "source %q is not §N, §N.N, Begrippenlijst, Voorwoord or Noten", s)
		}
	}
	t.Laws = p.list(fields, keyLaws)
	t.Keywords = p.list(fields, keyKeywords)
	if f := fields[keyValidAsOf]; f.value != "" {
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
		t.Flow, t.FlowPresets = ref.id, ref.ordered
	}
	return t
}

// list splits a front matter list value (see splitItems), reporting empty
// items and unclosed parentheses.
func (p *topicParser) list(fields map[string]field, key string) []string {
	f, ok := fields[key]
	if !ok || f.value == "" {
		return nil
	}
	if !balanced(f.value) {
		p.addf(f.line, "%q has a parenthesis that is not closed: a comma inside parentheses belongs to its item", key)
	}
	var items []string
	for _, item := range splitItems(f.value) {
		if item == "" {
			p.addf(f.line, "%q has an empty item (two commas, or a comma at the end)", key)
			continue
		}
		items = append(items, item)
	}
	return items
}

// flowRef is a topic's "flow:" value: the flow to offer and the answers
// to preset in it.
type flowRef struct {
	id      string
	presets Answers
	// ordered holds the presets in the order written.
	ordered []Answered
}

// check reports a flow that does not exist, or a preset that names no step
// of it or no option of that step.
func (r flowRef) check() error {
	f := EmbeddedSet().WithID(r.id)
	if f == nil {
		return fmt.Errorf("there is no flow %q", r.id)
	}
	for _, a := range r.ordered {
		step := f.Step(a.Step)
		if step == nil {
			return fmt.Errorf("flow %s has no step %q", r.id, a.Step)
		}
		found := false
		for _, o := range step.Options {
			found = found || o.Value == a.Value
		}
		if !found {
			return fmt.Errorf("step %s of flow %s has no option %q", a.Step, r.id, a.Value)
		}
	}
	return nil
}

// parseFlowSpec reads "flowid" or "flowid step=value …".
func parseFlowSpec(spec string) (flowRef, error) {
	words := strings.Fields(spec)
	if len(words) == 0 {
		return flowRef{}, fmt.Errorf("no flow ID")
	}
	if !flowWord.MatchString(words[0]) {
		return flowRef{}, fmt.Errorf("flow ID %q may hold only lower-case letters, digits, - and _", words[0])
	}
	ref := flowRef{id: words[0]}
	for _, w := range words[1:] {
		step, value, ok := strings.Cut(w, "=")
		if !ok || !flowWord.MatchString(step) || !flowWord.MatchString(value) {
			return flowRef{}, fmt.Errorf("preset %q is not step=value", w)
		}
		if _, dup := ref.presets[step]; dup {
			return flowRef{}, fmt.Errorf("step %q is preset twice", step)
		}
		if ref.presets == nil {
			ref.presets = Answers{}
		}
		ref.presets[step] = value
		ref.ordered = append(ref.ordered, Answered{Step: step, Value: value})
	}
	return ref, nil
}

// body reads the "## nl" and "## en" sections from lines[start:] and fills
// the topic's texts.
func (p *topicParser) body(t *Topic, lines []string, start int) {
	sections := map[lang.Lang]*langSection{}
	var cur *langSection
	var curLang lang.Lang
	skipping := false // inside a section already reported as wrong
	strayLine := 0    // first non-blank line outside any section
	for i := start; i < len(lines); i++ {
		n, s := i+1, strings.TrimRight(lines[i], " \t")
		heading := strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(heading, "## "):
			lang := lang.Lang(strings.TrimSpace(strings.TrimPrefix(heading, "## ")))
			cur, skipping = nil, true
			if _, known := changeHeadings[lang]; !known {
				p.addf(n, "unknown section %q: a topic has \"## nl\" and \"## en\"", heading)
				continue
			}
			if prev, dup := sections[lang]; dup {
				p.addf(n, "second \"## %s\" section (first on line %d)", lang, prev.line)
				continue
			}
			cur, curLang, skipping = &langSection{line: n}, lang, false
			sections[lang] = cur
		case skipping:
			// The section's heading was reported; its lines are not checked.
		case cur == nil:
			if heading != "" && strayLine == 0 {
				strayLine = n
				p.addf(n, "text outside a \"## nl\" or \"## en\" section")
			}
		case strings.HasPrefix(heading, "#"):
			p.subheading(cur, curLang, n, heading)
		case cur.changeLine > 0:
			cur.change = append(cur.change, line{n, s})
		default:
			cur.body = append(cur.body, line{n, s})
		}
	}
	last := max(len(lines), 1)
	nl, en := p.langText(sections, lang.NL, last), p.langText(sections, lang.EN, last)
	t.Short = lang.Text{NL: nl.short, EN: en.short}
	t.Details = lang.Text{NL: nl.details, EN: en.details}
	t.Change = lang.Text{NL: nl.change, EN: en.change}
	if a, b := sections[lang.NL], sections[lang.EN]; a != nil && b != nil {
		p.changeInBoth(a, b)
	}
}

// subheading handles a heading line, other than "## nl"/"## en", inside a
// language section: only that language's change subsection is allowed.
func (p *topicParser) subheading(cur *langSection, lang lang.Lang, n int, heading string) {
	title, isSub := strings.CutPrefix(heading, "### ")
	title = strings.TrimSpace(title)
	switch {
	case !isSub:
		p.addf(n, "unexpected heading %q: use \"### %s\" for what has changed, plain text otherwise", heading, changeHeadings[lang])
	case !strings.EqualFold(title, changeHeadings[lang]):
		p.addf(n, "unexpected subsection %q under \"## %s\": the only one allowed is \"### %s\"", heading, lang, changeHeadings[lang])
	case cur.changeLine > 0:
		p.addf(n, "second \"### %s\" (first on line %d)", changeHeadings[lang], cur.changeLine)
	default:
		cur.changeLine = n
	}
}

// changeInBoth reports a change subsection present in one language only.
func (p *topicParser) changeInBoth(nl, en *langSection) {
	switch {
	case nl.changeLine > 0 && en.changeLine == 0:
		p.addf(nl.changeLine, "\"### %s\" has no English counterpart \"### %s\"", changeHeadings[lang.NL], changeHeadings[lang.EN])
	case en.changeLine > 0 && nl.changeLine == 0:
		p.addf(en.changeLine, "\"### %s\" has no Dutch counterpart \"### %s\"", changeHeadings[lang.EN], changeHeadings[lang.NL])
	}
}

// langTexts are one language's short answer, details and change.
type langTexts struct{ short, details, change string }

// langText renders one language section, reporting it when it is missing or
// has no short answer; last is the file's last line, where a missing
// section is reported.
func (p *topicParser) langText(sections map[lang.Lang]*langSection, lang lang.Lang, last int) langTexts {
	sec := sections[lang]
	if sec == nil {
		p.addf(last, "no \"## %s\" section", lang)
		return langTexts{}
	}
	short, rest := firstParagraph(sec.body)
	out := langTexts{short: render(short), details: render(rest), change: render(sec.change)}
	if out.short == "" {
		p.addf(sec.line, "\"## %s\" has no short answer: its first paragraph is empty", lang)
	}
	if sec.changeLine > 0 && out.change == "" {
		p.addf(sec.changeLine, "\"### %s\" is empty", changeHeadings[lang])
	}
	return out
}

// firstParagraph splits lines into the first paragraph and the rest.
func firstParagraph(lines []line) (para, rest []line) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i].text) == "" {
		i++
	}
	j := i
	for j < len(lines) && strings.TrimSpace(lines[j].text) != "" {
		j++
	}
	return lines[i:j], lines[j:]
}

// render turns Markdown-like lines into the bot's text: paragraphs are
// separated by one blank line, wrapped lines are joined with a space, and
// bullet ("- ") and numbered ("1. ") items stay on lines of their own.
func render(lines []line) string {
	var paras []string
	var items [][]string // the current paragraph: its items, each as its lines
	flush := func() {
		if len(items) > 0 {
			joined := make([]string, len(items))
			for i, item := range items {
				joined[i] = strings.Join(item, " ")
			}
			paras = append(paras, strings.Join(joined, "\n"))
			items = nil
		}
	}
	for _, l := range lines {
		s := strings.TrimSpace(l.text)
		switch {
		case s == "":
			flush()
		case len(items) == 0 || isListItem(s):
			items = append(items, []string{s})
		default:
			items[len(items)-1] = append(items[len(items)-1], s)
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

var numberedItem = regexp.MustCompile(`^[0-9]+\. `)

// isListItem reports whether s starts a bullet or numbered item.
func isListItem(s string) bool {
	return strings.HasPrefix(s, "- ") || numberedItem.MatchString(s)
}
