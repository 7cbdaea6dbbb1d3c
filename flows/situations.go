package flows

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"privacybot/lang"
)

//go:embed content/situations.md
var situationsFile string

// SituationLine is the first sentence of an answer when a question states
// the facts a rule turns on: "acute danger, no consent" opens with the
// acute route, not with "ask consent first". See content/situations.md.
type SituationLine struct {
	ID string
	// When holds the facts that must all hold, by key ("age", "who",
	// "to", "consent", "urgency", "gemeente", "initiative"), each with its accepted
	// values; an age value is a range ("12-15") or "18+".
	When map[string][]string
	// Topics are the topics the sentence may open.
	Topics  []string
	Sources []string
	Laws    []string
	Text    lang.Text
}

// Matches reports whether the line opens an answer from topic for a
// question with these facts (as search.Situation.Pairs writes them).
func (l SituationLine) Matches(facts map[string]string, topic string) bool {
	if !slices.Contains(l.Topics, topic) {
		return false
	}
	for key, values := range l.When {
		got, ok := facts[key]
		if !ok || !slices.ContainsFunc(values, func(v string) bool { return factFits(key, got, v) }) {
			return false
		}
	}
	return true
}

// factFits reports whether a fact's value fits a condition's value; ages
// compare as ranges.
func factFits(key, got, want string) bool {
	if key != "age" {
		return got == want
	}
	age, adult := 0, strings.HasSuffix(got, "+")
	if !adult {
		age, _ = strconv.Atoi(got)
		adult = age >= 18
	}
	if want == "18+" {
		return adult
	}
	lo, hi, ok := strings.Cut(want, "-")
	a, errA := strconv.Atoi(lo)
	b, errB := strconv.Atoi(hi)
	return ok && errA == nil && errB == nil && !adult && age >= a && age <= b
}

// MatchSituation returns the first situation line that opens an answer
// from topic for the facts, or nil.
func MatchSituation(facts map[string]string, topic string) *SituationLine {
	for i, l := range Situations() {
		if l.Matches(facts, topic) {
			return &Situations()[i]
		}
	}
	return nil
}

var (
	situationsOnce sync.Once
	situations     []SituationLine
	situationsErr  error
)

// Situations returns the built-in situation lines in file order. It
// panics when content/situations.md is malformed, which
// TestSituationsContent rules out.
func Situations() []SituationLine {
	situationsOnce.Do(func() { situations, situationsErr = ParseSituations(situationsFile) })
	if situationsErr != nil {
		panic(situationsErr)
	}
	return situations
}

// situationKeys are the facts a line may test.
var situationKeys = []string{"age", "who", "to", "consent", "urgency", "gemeente", "initiative"}

// ParseSituations reads a situations file: per situation a "## id"
// heading and the lines when:, topics:, sources:, laws:, nl: and en:.
// Lines starting with "#" and blank lines are skipped.
func ParseSituations(text string) ([]SituationLine, error) {
	var out []SituationLine
	var cur *SituationLine
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if id, ok := strings.CutPrefix(line, "## "); ok {
			out = append(out, SituationLine{ID: strings.TrimSpace(id), When: map[string][]string{}})
			cur = &out[len(out)-1]
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok || cur == nil {
			return nil, fmt.Errorf("situations line %d: want \"key: value\" under a \"## id\" heading", n+1)
		}
		value = strings.TrimSpace(value)
		switch key {
		case "when":
			for _, cond := range strings.Split(value, ";") {
				k, v, ok := strings.Cut(strings.TrimSpace(cond), "=")
				if !ok || !slices.Contains(situationKeys, k) {
					return nil, fmt.Errorf("situations line %d: condition %q is not one of %v = value", n+1, cond, situationKeys)
				}
				cur.When[k] = strings.Split(v, "|")
			}
		case "topics":
			cur.Topics = strings.Fields(value)
		case "sources":
			cur.Sources = splitList(value)
		case "laws":
			cur.Laws = splitList(value)
		case "nl":
			cur.Text.NL = value
		case "en":
			cur.Text.EN = value
		default:
			return nil, fmt.Errorf("situations line %d: unknown key %q", n+1, key)
		}
	}
	for _, l := range out {
		if len(l.When) == 0 || len(l.Topics) == 0 || l.Text.NL == "" || l.Text.EN == "" || len(l.Sources)+len(l.Laws) == 0 {
			return nil, fmt.Errorf("situation %s: needs when, topics, a source or law, nl and en", l.ID)
		}
	}
	return out, nil
}

// splitList splits a list as topics do (splitItems), dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range splitItems(s) {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
