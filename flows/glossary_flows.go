package flows

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"privacybot/lang"
)

// CheckFlowWords checks the flows' words in the FlowsDir of dir against
// the glossary, as CheckTopicFile checks a topic: every English text uses
// no word to avoid and the English term of every glossary term its Dutch
// uses, and each acronym or word of jargon is explained the first time a
// flow's file uses it, in each language, in the order the file gives its
// texts (the intro first), short names aside (isShortName). Problems name
// the file and the line.
func (g Glossary) CheckFlowWords(dir fs.FS) []Problem {
	entries, err := fs.ReadDir(dir, FlowsDir)
	if err != nil {
		return nil // CheckSet reports a missing directory
	}
	var out []Problem
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		name := path.Join(FlowsDir, e.Name())
		data, err := fs.ReadFile(dir, name)
		if err != nil {
			continue // CheckSet reports it
		}
		out = append(out, g.CheckRecordFile(name, data)...)
	}
	return out
}

// CheckRecordFile checks the texts of one record file (a flow's words)
// against the glossary; see CheckFlowWords.
func (g Glossary) CheckRecordFile(name string, data []byte) []Problem {
	r, _ := parseRecordFile(name, data, nil, nil, nil)
	var (
		out   []Problem
		texts = map[lang.Lang][]string{}
		lines = map[lang.Lang][]int{}
	)
	for _, key := range r.order {
		base, l, ok := cutLang(key)
		if !ok {
			continue
		}
		f := r.values[key]
		if !isShortName(base) {
			texts[l], lines[l] = append(texts[l], f.value), append(lines[l], f.line)
		}
		if l != lang.EN {
			continue
		}
		out = append(out, g.Avoided(name, f.line, f.value)...)
		if nl, ok := r.values[base+".nl"]; ok {
			out = append(out, g.Untranslated(name, nl.line, nl.value, f.value)...)
		}
	}
	for _, l := range []lang.Lang{lang.NL, lang.EN} {
		for _, p := range g.Unexplained(name, l, 0, texts[l]) {
			p.Line = lines[l][p.Line]
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b Problem) int { return a.Line - b.Line })
	return dedupeProblems(out)
}

// isShortName reports whether the text under key is a short name rather
// than a running text: a button or step label, or a name a flow fills into
// its sentences ("Gedeeld met: de huisarts", section "## recipients").
// Read next to a question or inside a sentence, a short name need not
// explain an acronym itself; the running texts around it do.
func isShortName(key string) bool {
	return strings.HasPrefix(key, "recipients.") || strings.HasSuffix(key, ".label") ||
		(strings.HasPrefix(key, "outcome.") && strings.HasSuffix(key, ".title"))
}

// cutLang splits "step.a.ask.nl" into "step.a.ask" and nl.
func cutLang(key string) (string, lang.Lang, bool) {
	for _, l := range []lang.Lang{lang.NL, lang.EN} {
		if base, ok := strings.CutSuffix(key, "."+string(l)); ok {
			return base, l, true
		}
	}
	return "", "", false
}

// dedupeProblems drops a problem given twice for the same line.
func dedupeProblems(ps []Problem) []Problem {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		k := fmt.Sprint(p.Line, p.Msg)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}
