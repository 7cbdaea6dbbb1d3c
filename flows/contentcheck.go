package flows

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"privacybot/lang"
)

// OpenPointsFile is the name, in a content directory, of the list of
// points the data protection officer (FG) still has to confirm.
const OpenPointsFile = "open-points.md"

// OpenPoint is one point the data protection officer (FG) has to confirm
// before the content can rely on it.
type OpenPoint struct {
	// Line is the 1-based line of the point's heading.
	Line  int
	Title string
	// Topics and Flows name the topics and flows whose text depends on it.
	Topics []string
	Flows  []string
	// Source says where the point comes from: a review finding, the
	// guideline, the law.
	Source string
	Text   string
}

// ParseOpenPoints reads the open points: each starts with a "## title"
// line, followed by "topics:", "flows:" and "source:" lines and then its
// text. Every point needs a source, a text and at least one topic or flow.
func ParseOpenPoints(name string, data []byte) ([]OpenPoint, []Problem) {
	p := &topicParser{file: name}
	lines := splitLines(data)
	if n := firstInvalidUTF8(lines); n > 0 {
		p.addf(n, "not valid UTF-8")
		return nil, p.problems
	}
	var (
		points []OpenPoint
		cur    *OpenPoint
		text   []line
	)
	finish := func() {
		if cur == nil {
			return
		}
		cur.Text = render(text)
		switch {
		case cur.Source == "":
			p.addf(cur.Line, "open point %q has no \"source:\" line", cur.Title)
		case cur.Text == "":
			p.addf(cur.Line, "open point %q has no text", cur.Title)
		case len(cur.Topics) == 0 && len(cur.Flows) == 0:
			p.addf(cur.Line, "open point %q names no topic or flow (\"topics:\", \"flows:\")", cur.Title)
		}
		points = append(points, *cur)
		cur, text = nil, nil
	}
	for i, raw := range lines {
		n, s := i+1, strings.TrimSpace(raw)
		if title, ok := strings.CutPrefix(s, "## "); ok {
			finish()
			cur = &OpenPoint{Line: n, Title: strings.TrimSpace(title)}
			continue
		}
		if cur == nil {
			continue
		}
		key, value, _ := strings.Cut(s, ":")
		switch {
		case len(text) == 0 && key == "topics":
			cur.Topics = splitCell(value, ",")
		case len(text) == 0 && key == "flows":
			cur.Flows = splitCell(value, ",")
		case len(text) == 0 && key == "source":
			cur.Source = strings.TrimSpace(value)
		default:
			text = append(text, line{n, s})
		}
	}
	finish()
	if len(points) == 0 && len(p.problems) == 0 {
		p.addf(0, "no open points: each starts with a line \"## title\"")
	}
	return points, p.problems
}

// ContentReport is what CheckContent found in a content directory.
type ContentReport struct {
	Topics     []Topic
	Glossary   Glossary
	OpenPoints []OpenPoint
	// Problems lists every problem, in file and line order; none means the
	// content can be used.
	Problems []Problem
}

// CheckContent checks the topic files in topics against each other and
// against the glossary and the open points in dir (GlossaryFile and
// OpenPointsFile): the topics load, their English uses the glossary's
// terms and none of the words to avoid, every acronym and word of jargon
// the glossary lists is explained where a topic first uses it, in each
// language, and every open point names existing topics and flows.
func CheckContent(topics, dir fs.FS) ContentReport {
	var r ContentReport
	r.Topics, r.Problems = loadTopics(topics)
	if data, err := fs.ReadFile(dir, GlossaryFile); err != nil {
		r.Problems = append(r.Problems, Problem{File: GlossaryFile, Msg: fmt.Sprintf("cannot read the glossary: %v", err)})
	} else {
		var ps []Problem
		r.Glossary, ps = ParseGlossary(GlossaryFile, data)
		r.Problems = append(r.Problems, ps...)
	}
	if data, err := fs.ReadFile(dir, OpenPointsFile); err != nil {
		r.Problems = append(r.Problems, Problem{File: OpenPointsFile, Msg: fmt.Sprintf("cannot read the open points: %v", err)})
	} else {
		var ps []Problem
		r.OpenPoints, ps = ParseOpenPoints(OpenPointsFile, data)
		r.Problems = append(r.Problems, ps...)
		r.Problems = append(r.Problems, checkOpenPointRefs(r.OpenPoints, r.Topics)...)
	}
	for _, t := range r.Topics {
		data, err := fs.ReadFile(topics, t.File)
		if err != nil {
			continue // reported by loadTopics
		}
		r.Problems = append(r.Problems, r.Glossary.CheckTopicFile(t.File, data)...)
	}
	slices.SortStableFunc(r.Problems, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return r
}

// checkOpenPointRefs reports open points that name a topic or flow that
// does not exist.
func checkOpenPointRefs(points []OpenPoint, topics []Topic) []Problem {
	ids := map[string]bool{}
	for _, t := range topics {
		ids[t.ID] = true
	}
	var out []Problem
	for _, pt := range points {
		for _, id := range pt.Topics {
			if !ids[id] {
				out = append(out, Problem{File: OpenPointsFile, Line: pt.Line, Msg: fmt.Sprintf("open point %q names topic %q, which does not exist", pt.Title, id)})
			}
		}
		for _, id := range pt.Flows {
			if !isFlowID(id) {
				out = append(out, Problem{File: OpenPointsFile, Line: pt.Line, Msg: fmt.Sprintf("open point %q names flow %q, which does not exist", pt.Title, id)})
			}
		}
	}
	return out
}

// CheckTopicFile checks one topic file, as written, against the glossary:
// its English title and section use no word to avoid, its English uses
// the English term of every glossary term its Dutch uses, and each
// language section explains an acronym or word of jargon the first time
// it uses it. Front matter other than title.en is not checked: the
// keywords hold what people type, wrong words included.
func (g Glossary) CheckTopicFile(name string, data []byte) []Problem {
	lines := splitLines(data)
	var out []Problem
	sections := map[lang.Lang][2]int{} // first and last line index of the body
	var cur lang.Lang
	inFront := len(lines) > 0 && strings.TrimSpace(lines[0]) == "---"
	for i := 1; i <= len(lines); i++ {
		s := strings.TrimSpace(lines[i-1])
		switch {
		case inFront && i > 1 && s == "---":
			inFront = false
		case inFront:
			if v, ok := strings.CutPrefix(s, keyTitleEN+":"); ok {
				out = append(out, g.Avoided(name, i, v)...)
			}
		case strings.HasPrefix(s, "## "):
			cur = lang.Lang(strings.TrimSpace(strings.TrimPrefix(s, "## ")))
			sections[cur] = [2]int{i, i}
		case cur != "":
			r := sections[cur]
			r[1] = i
			sections[cur] = r
		}
	}
	text := func(l lang.Lang) (int, []string) {
		r, ok := sections[l]
		if !ok || r[1] <= r[0] {
			return 0, nil
		}
		body := slices.Clone(lines[r[0]:r[1]])
		for i, s := range body {
			if strings.HasPrefix(strings.TrimSpace(s), "#") {
				body[i] = ""
			}
		}
		return r[0] + 1, body
	}
	nlFirst, nl := text(lang.NL)
	enFirst, en := text(lang.EN)
	out = append(out, g.Avoided(name, enFirst, strings.Join(en, "\n"))...)
	if nl != nil && en != nil {
		out = append(out, g.Untranslated(name, nlFirst, strings.Join(nl, "\n"), strings.Join(en, "\n"))...)
	}
	out = append(out, g.Unexplained(name, lang.NL, nlFirst, nl)...)
	out = append(out, g.Unexplained(name, lang.EN, enFirst, en)...)
	return out
}
