package flows

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"privacybot/lang"
)

// A record file holds words keyed by name, for the flows and the
// municipalities. It has the topics' front matter, then sections: a
// heading "## kind id …" names an element, and its lines are fields
// "name: value" or "name.nl: value" / "name.en: value". A value runs on
// over the following lines until the next field or heading; a value in
// double quotes is read as a quoted string, so that it may start or end
// with a space. Blank lines between fields are ignored. A field without
// .nl/.en is a list when the code reads it as one: items separated by
// commas, where a comma inside parentheses stays in its item (splitItems).
//
//	## step ontvanger
//	ask.nl: Met wie wil je gegevens delen?
//	ask.en: With whom do you want to share data?
//	sources: §1.4
//
// gives the text "step.ontvanger.ask" and the list "step.ontvanger.sources".
type recordFile struct {
	name   string
	fields map[string]field
	// values maps a full key ("step.ontvanger.ask.nl") to its value and
	// the line of its field.
	values map[string]field
	// order lists the keys of values as written.
	order []string
}

var (
	recordFieldLine   = regexp.MustCompile(`^([a-z][a-z0-9_-]*(?:\.(?:nl|en))?|nl|en):(?:\s(.*))?$`)
	recordSectionWord = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)
)

// parseRecordFile parses a record file; known and required name the front
// matter keys, fields the field names a section may hold (without .nl/.en),
// nil for any.
func parseRecordFile(name string, data []byte, known, required, fields []string) (recordFile, []Problem) {
	p := &topicParser{file: name}
	r := recordFile{name: name, values: map[string]field{}}
	lines := splitLines(data)
	if n := firstInvalidUTF8(lines); n > 0 {
		p.addf(n, "not valid UTF-8")
		return r, p.problems
	}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		p.addf(1, "the file must start with a front matter block: a line \"---\", then \"key: value\" lines, then \"---\"")
		return r, p.problems
	}
	end := slices.IndexFunc(lines[1:], func(s string) bool { return strings.TrimSpace(s) == "---" })
	if end < 0 {
		p.addf(1, "the front matter is never closed with a line \"---\"")
		return r, p.problems
	}
	end++
	r.fields = p.frontMatter(lines[1:end], known, required)
	var (
		prefix string // the section's key prefix; "" outside a section
		cur    string // the key of the value being read
		buf    []string
		from   int
	)
	flush := func() {
		if cur == "" {
			return
		}
		for len(buf) > 0 && strings.TrimSpace(buf[len(buf)-1]) == "" {
			buf = buf[:len(buf)-1]
		}
		v := strings.Join(buf, "\n")
		if len(buf) == 1 && len(v) >= 2 && strings.HasPrefix(v, `"`) && strings.HasSuffix(v, `"`) {
			u, err := strconv.Unquote(v)
			if err != nil {
				p.addf(from, "value %s is not a valid quoted string: %v", v, err)
			}
			v = u
		}
		if !strings.HasSuffix(cur, ".nl") && !strings.HasSuffix(cur, ".en") && !balanced(v) {
			p.addf(from, "%q has a parenthesis that is not closed: a comma inside parentheses belongs to its item", cur)
		}
		if prev, dup := r.values[cur]; dup {
			p.addf(from, "%q is given twice (first on line %d)", cur, prev.line)
		} else {
			r.values[cur] = field{value: v, line: from}
			r.order = append(r.order, cur)
		}
		cur, buf = "", nil
	}
	for i := end + 1; i < len(lines); i++ {
		n, s := i+1, strings.TrimRight(lines[i], " \t")
		if h, ok := strings.CutPrefix(s, "## "); ok {
			flush()
			words := strings.Fields(h)
			prefix = strings.Join(words, ".")
			for _, w := range words {
				if !recordSectionWord.MatchString(w) {
					p.addf(n, "section %q: a heading is words of lower-case letters, digits, - and _", s)
					prefix = ""
					break
				}
			}
			continue
		}
		if m := recordFieldLine.FindStringSubmatch(s); m != nil && prefix != "" {
			base, _, _ := strings.Cut(m[1], ".")
			if fields != nil && base != "nl" && base != "en" && !slices.Contains(fields, base) {
				p.addf(n, "unknown field %q (known fields: %s, and nl/en)", m[1], strings.Join(fields, ", "))
				flush()
				continue
			}
			flush()
			key := prefix + "." + m[1]
			cur, buf, from = key, []string{strings.TrimSpace(m[2])}, n
			continue
		}
		switch {
		case cur != "":
			buf = append(buf, s)
		case strings.TrimSpace(s) != "":
			p.addf(n, "text outside a field: start a line with \"name.nl:\", \"name.en:\" or a list name")
		}
	}
	flush()
	return r, p.problems
}

// text returns the Dutch and English of key and whether both are there.
func (r recordFile) text(key string) (lang.Text, bool) {
	nl, okNL := r.values[key+".nl"]
	en, okEN := r.values[key+".en"]
	return lang.Text{NL: nl.value, EN: en.value}, okNL && okEN
}

// list returns the list under key (see splitItems) and whether it is there.
func (r recordFile) list(key string) ([]string, bool) {
	f, ok := r.values[key]
	if !ok {
		return nil, false
	}
	var out []string
	for _, w := range splitItems(f.value) {
		if w != "" {
			out = append(out, w)
		}
	}
	return out, true
}

// splitItems splits a list value of a topic or record file at its commas,
// but not at a comma inside parentheses, so that one item may hold one:
// "Jeugdwet par. 7.1 (verwijsindex, art. 7.1.1.1 e.v.), AVG art. 6" is two
// items. Items are trimmed; empty ones are kept for the caller to report.
func splitItems(s string) []string {
	var (
		out   []string
		depth int
		from  int
	)
	for i, c := range s {
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ',' && depth == 0:
			out = append(out, strings.TrimSpace(s[from:i]))
			from = i + 1
		}
	}
	return append(out, strings.TrimSpace(s[from:]))
}

// balanced reports whether every parenthesis in s is closed, and none is
// closed before it opens.
func balanced(s string) bool {
	depth := 0
	for _, c := range s {
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// lineOf returns the line of key's field (of its Dutch when it is a text),
// or 0.
func (r recordFile) lineOf(key string) int {
	for _, k := range []string{key, key + ".nl", key + ".en"} {
		if f, ok := r.values[k]; ok {
			return f.line
		}
	}
	return 0
}

// problemf is a problem at line n of the file.
func (r recordFile) problemf(n int, format string, args ...any) Problem {
	return Problem{File: r.name, Line: n, Msg: fmt.Sprintf(format, args...)}
}
