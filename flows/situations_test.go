package flows

import (
	"regexp"
	"strings"
	"testing"
)

// TestSituationsContent checks the built-in situation lines: each names
// existing topics and cites a paragraph or an article.
func TestSituationsContent(t *testing.T) {
	known := map[string]bool{}
	for _, tp := range EmbeddedTopics() {
		known[tp.ID] = true
	}
	para := regexp.MustCompile(`^§\d`)
	lines := Situations()
	if len(lines) < 10 {
		t.Fatalf("%d situation lines, want the ten or more the issue lists", len(lines))
	}
	for _, l := range lines {
		for _, id := range l.Topics {
			if !known[id] {
				t.Errorf("situation %s names topic %q, which does not exist", l.ID, id)
			}
		}
		for _, s := range l.Sources {
			if !para.MatchString(s) {
				t.Errorf("situation %s: source %q is not a paragraph", l.ID, s)
			}
		}
		if strings.Contains(l.Text.NL, "vraag eerst") && l.When["urgency"] != nil {
			t.Errorf("situation %s: acute danger must not open with asking consent", l.ID)
		}
	}
}

func TestMatchSituation(t *testing.T) {
	tests := []struct {
		facts map[string]string
		topic string
		want  string
	}{
		{map[string]string{"urgency": "acute", "consent": "not-asked"}, "veilig-thuis-meldcode", "acuut"},
		{map[string]string{"consent": "refused"}, "delen-toestemming", "geweigerd-delen"},
		{map[string]string{"consent": "refused", "to": "raad"}, "meldrecht", "geweigerd-meldrecht-ontvanger"},
		{map[string]string{"who": "voogd", "age": "9"}, "toestemming-leeftijd", "voogd"},
		{map[string]string{"age": "19"}, "toestemming-leeftijd", "volwassen"},
		{map[string]string{"age": "18+"}, "toestemming-leeftijd", "volwassen"},
		{map[string]string{"age": "16"}, "toestemming-leeftijd", "zestien-zeventien"},
		{map[string]string{"age": "13"}, "toestemming-leeftijd", "twaalf-vijftien"},
		{map[string]string{"age": "13", "consent": "refused"}, "ouders-weigeren-toestemming", "twaalf-vijftien-geweigerd"},
		{map[string]string{"age": "7"}, "toestemming-leeftijd", "onder-twaalf"},
		{map[string]string{"who": "ouder-zonder-gezag"}, "niet-gezag-ouder-informatie", "ouder-zonder-gezag"},
		{map[string]string{"age": "7"}, "datalek", ""},
		{map[string]string{}, "toestemming-leeftijd", ""},
	}
	for _, tt := range tests {
		got := ""
		if l := MatchSituation(tt.facts, tt.topic); l != nil {
			got = l.ID
		}
		if got != tt.want {
			t.Errorf("MatchSituation(%v, %s) = %q, want %q", tt.facts, tt.topic, got, tt.want)
		}
	}
}

func TestParseSituationsRejects(t *testing.T) {
	for _, text := range []string{
		"when: age=3\n",
		"## x\nwhen: colour=red\ntopics: a\nsources: §1\nnl: a\nen: b\n",
		"## x\nwhen: age=3\ntopics: a\nnl: a\nen: b\n",
		"## x\nwhen: age=3\ntopics: a\nsources: §1\nnl: a\nen: b\nfoo: bar\n",
	} {
		if _, err := ParseSituations(text); err == nil {
			t.Errorf("ParseSituations(%q) accepted a malformed file", text)
		}
	}
}
