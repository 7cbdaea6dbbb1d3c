package flows

import (
	"errors"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"privacybot/lang"
)

// goodTopic is a valid topic file used as the base of the bad-input cases.
const goodTopic = `---
id: delen-school
title.nl: Gegevens delen met school
title.en: Sharing data with a school
sources: §2.4, §1.3, Begrippenlijst
laws: Jeugdwet art. 7.3.11, BW art. 7:457
keywords: school,  leerkracht , mentor, teacher
flow: stappenplan ontvanger=school
valid_as_of: 2018-05-25
---
## nl
Vraag eerst toestemming.
Dan pas delen.

Details die
doorlopen.
- punt een
- punt twee
  loopt door


1. genummerd

### Wat is er veranderd
Nieuwe regel.

## en
Ask consent first.

Details.

### What has changed
New rule.
`

func TestParseTopicGood(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		want Topic
	}{
		{
			name: "every field",
			file: "delen-school.md",
			data: goodTopic,
			want: Topic{
				ID:          "delen-school",
				Title:       lang.T("Gegevens delen met school", "Sharing data with a school"),
				Short:       lang.T("Vraag eerst toestemming. Dan pas delen.", "Ask consent first."),
				Details:     lang.T("Details die doorlopen.\n- punt een\n- punt twee loopt door\n\n1. genummerd", "Details."),
				Change:      lang.T("Nieuwe regel.", "New rule."),
				Sources:     []string{"§2.4", "§1.3", "Begrippenlijst"},
				Laws:        []string{"Jeugdwet art. 7.3.11", "BW art. 7:457"},
				Keywords:    []string{"school", "leerkracht", "mentor", "teacher"},
				Flow:        "stappenplan",
				FlowPresets: []Answered{{Step: "ontvanger", Value: "school"}},
				ValidAsOf:   "2018-05-25",
				File:        "delen-school.md",
			},
		},
		{
			name: "only required fields, CRLF and a byte order mark",
			file: "begrip-x.md",
			data: "\uFEFF---\r\nid: begrip-x\r\ntitle.nl: X\r\ntitle.en: X en\r\nsources: Voorwoord, Noten, §3\r\nvalid_as_of: 2020-01-01\r\n---\r\n\r\n## nl\r\n\r\nKort.\r\n## en\r\nShort.\r\n",
			want: Topic{
				ID:        "begrip-x",
				Title:     lang.T("X", "X en"),
				Short:     lang.T("Kort.", "Short."),
				Sources:   []string{"Voorwoord", "Noten", "§3"},
				ValidAsOf: "2020-01-01",
				File:      "begrip-x.md",
			},
		},
		{
			name: "colon in a value, English before Dutch, change heading in other case",
			file: "a.md",
			data: "---\nid: a\ntitle.nl: Titel: met dubbele punt\ntitle.en: Title\nsources: §1.4\nlaws: BW art. 7:457\nvalid_as_of: 2019-01-01\n---\n## en\nShort.\n### what has changed\nNew.\n## nl\nKort.\n### wat is er veranderd\nNieuw.\n",
			want: Topic{
				ID:        "a",
				Title:     lang.T("Titel: met dubbele punt", "Title"),
				Short:     lang.T("Kort.", "Short."),
				Change:    lang.T("Nieuw.", "New."),
				Sources:   []string{"§1.4"},
				Laws:      []string{"BW art. 7:457"},
				ValidAsOf: "2019-01-01",
				File:      "a.md",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, problems := parseTopic(tt.file, []byte(tt.data))
			if len(problems) > 0 {
				t.Fatalf("parseTopic: unexpected problems %v", problems)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseTopic =\n%#v\nwant\n%#v", got, tt.want)
			}
		})
	}
}

// replaceLine returns goodTopic with its line n (1-based) replaced by repl;
// an empty repl removes the line.
func replaceLine(n int, repl string) string {
	lines := strings.Split(goodTopic, "\n")
	if repl == "" {
		return strings.Join(slices.Delete(lines, n-1, n), "\n")
	}
	lines[n-1] = repl
	return strings.Join(lines, "\n")
}

// goodTopicLines is the number of lines of goodTopic, where a missing
// section is reported.
var goodTopicLines = strings.Count(goodTopic, "\n")

func TestCheckTopicsReportsFileAndLine(t *testing.T) {
	enStart := strings.Index(goodTopic, "## en")
	withoutEN := goodTopic[:enStart]
	tests := []struct {
		name string
		data string
		want []Problem // Msg holds a fragment of the expected message
	}{
		{"missing en section", withoutEN, []Problem{{Line: strings.Count(withoutEN, "\n"), Msg: `no "## en" section`}}},
		{"missing nl section", strings.Replace(goodTopic, "## nl", "", 1), []Problem{
			{Line: 12, Msg: `text outside a "## nl" or "## en" section`},
			{Line: goodTopicLines, Msg: `no "## nl" section`},
		}},
		{"unknown key", replaceLine(8, "author: me"), []Problem{{Line: 8, Msg: `unknown front matter key "author"`}}},
		{"line without colon", replaceLine(8, "just words"), []Problem{{Line: 8, Msg: `not "key: value"`}}},
		{"duplicate key", replaceLine(8, "id: delen-school"), []Problem{{Line: 8, Msg: `duplicate front matter key "id" (first on line 2)`}}},
		{"missing id", replaceLine(2, ""), []Problem{{Line: 1, Msg: `no "id"`}}},
		{"missing title.nl", replaceLine(3, ""), []Problem{{Line: 1, Msg: `no "title.nl"`}}},
		{"missing title.en", replaceLine(4, ""), []Problem{{Line: 1, Msg: `no "title.en"`}}},
		{"missing sources", replaceLine(5, ""), []Problem{{Line: 1, Msg: `no "sources"`}}},
		{"missing valid_as_of", replaceLine(9, ""), []Problem{{Line: 1, Msg: `no "valid_as_of"`}}},
		{"empty title", replaceLine(3, "title.nl:"), []Problem{{Line: 3, Msg: `"title.nl" is empty`}}},
		{"id not matching file name", replaceLine(2, "id: delen-huisarts"), []Problem{{Line: 2, Msg: `does not match the file name "delen-school.md"`}}},
		{"id with capitals", replaceLine(2, "id: Delen-School"), []Problem{{Line: 2, Msg: "lower-case"}}},
		{"bad source", replaceLine(5, "sources: §2.4, paragraaf 3, §1.3.2"), []Problem{
			{Line: 5, Msg: `source "paragraaf 3"`},
			{Line: 5, Msg: `source "§1.3.2"`},
		}},
		{"empty list item", replaceLine(7, "keywords: school,, mentor,"), []Problem{
			{Line: 7, Msg: `"keywords" has an empty item`},
			{Line: 7, Msg: `"keywords" has an empty item`},
		}},
		{"bad date", replaceLine(9, "valid_as_of: 25-05-2018"), []Problem{{Line: 9, Msg: `valid_as_of "25-05-2018"`}}},
		{"impossible date", replaceLine(9, "valid_as_of: 2018-02-30"), []Problem{{Line: 9, Msg: "not a date"}}},
		{"preset without value", replaceLine(8, "flow: stappenplan ontvanger"), []Problem{{Line: 8, Msg: `preset "ontvanger" is not step=value`}}},
		{"preset with empty value", replaceLine(8, "flow: stappenplan ontvanger="), []Problem{{Line: 8, Msg: "is not step=value"}}},
		{"preset twice", replaceLine(8, "flow: stappenplan a=b a=c"), []Problem{{Line: 8, Msg: `step "a" is preset twice`}}},
		{"bad flow id", replaceLine(8, "flow: Stappen!"), []Problem{{Line: 8, Msg: `flow ID "Stappen!"`}}},
		{"empty flow", replaceLine(8, "flow:"), []Problem{{Line: 8, Msg: "no flow ID"}}},
		{"unknown flow", replaceLine(8, "flow: bestaatniet"), []Problem{{Line: 8, Msg: `there is no flow "bestaatniet"`}}},
		{"unknown preset step", replaceLine(8, "flow: stappenplan wie=school"), []Problem{{Line: 8, Msg: `has no step "wie"`}}},
		{"unknown preset option", replaceLine(8, "flow: stappenplan ontvanger=bakker"), []Problem{{Line: 8, Msg: `has no option "bakker"`}}},
		{"empty short answer", strings.Replace(goodTopic, "## en\nAsk consent first.\n\nDetails.\n\n", "## en\n", 1), []Problem{{Line: 27, Msg: `"## en" has no short answer`}}},
		{"no front matter", "## nl\nKort.\n## en\nShort.\n", []Problem{{Line: 1, Msg: "must start with a front matter"}}},
		{"empty file", "", []Problem{{Line: 1, Msg: "must start with a front matter"}}},
		{"front matter never closed", "---\nid: delen-school\n", []Problem{{Line: 1, Msg: "never closed"}}},
		{"unknown section", replaceLine(27, "## fr"), []Problem{
			{Line: 27, Msg: `unknown section "## fr"`},
			{Line: goodTopicLines, Msg: `no "## en" section`},
		}},
		{"second nl section", strings.Replace(goodTopic, "## en", "## nl", 1), []Problem{
			{Line: 27, Msg: `second "## nl" section (first on line 11)`},
			{Line: goodTopicLines, Msg: `no "## en" section`},
		}},
		{"unknown subsection", replaceLine(14, "### Voorbeeld"), []Problem{{Line: 14, Msg: `unexpected subsection "### Voorbeeld"`}}},
		{"English change heading under nl", replaceLine(24, "### What has changed"), []Problem{
			{Line: 24, Msg: `only one allowed is "### Wat is er veranderd"`},
			{Line: 32, Msg: "has no Dutch counterpart"},
		}},
		{"top-level heading", replaceLine(14, "# Titel"), []Problem{{Line: 14, Msg: `unexpected heading "# Titel"`}}},
		{"change in Dutch only", strings.Replace(goodTopic, "### What has changed\nNew rule.\n", "", 1), []Problem{{Line: 24, Msg: "has no English counterpart"}}},
		{"empty change", replaceLine(25, ""), []Problem{{Line: 24, Msg: `"### Wat is er veranderd" is empty`}}},
		{"second change heading", replaceLine(26, "### Wat is er veranderd"), []Problem{{Line: 26, Msg: `second "### Wat is er veranderd" (first on line 24)`}}},
		{"text before the first section", replaceLine(10, "---\nLos."), []Problem{{Line: 11, Msg: "text outside"}}},
		{"invalid UTF-8", replaceLine(3, "title.nl: \xff"), []Problem{{Line: 3, Msg: "not valid UTF-8"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckTopics(fstest.MapFS{"delen-school.md": {Data: []byte(tt.data)}})
			if len(got) != len(tt.want) {
				t.Fatalf("CheckTopics = %d problems %v, want %d like %v", len(got), got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.File != "delen-school.md" || g.Line != w.Line || !strings.Contains(g.Msg, w.Msg) {
					t.Errorf("problem %d = %q, want delen-school.md:%d with %q", i, g.String(), w.Line, w.Msg)
				}
			}
		})
	}
}

func TestCheckTopicsAcrossFiles(t *testing.T) {
	good := func(id string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(strings.Replace(goodTopic, "id: delen-school", "id: "+id, 1))}
	}
	tests := []struct {
		name string
		fsys fstest.MapFS
		want []string
	}{
		{
			name: "duplicate id",
			fsys: fstest.MapFS{"a.md": good("a"), "b.md": good("a")},
			want: []string{
				`b.md:2: id "a" does not match the file name "b.md": rename one of them`,
				`b.md:2: duplicate id "a": a.md has it too`,
			},
		},
		{
			name: "problems of several files, in file order",
			fsys: fstest.MapFS{"z.md": good("y"), "a.md": good("b"), "m.md": good("m")},
			want: []string{
				`a.md:2: id "b" does not match the file name "a.md": rename one of them`,
				`z.md:2: id "y" does not match the file name "z.md": rename one of them`,
			},
		},
		{
			name: "other files and subdirectories are ignored",
			fsys: fstest.MapFS{"a.md": good("a"), "README.txt": {Data: []byte("x")}, "sub/b.md": {Data: []byte("x")}},
		},
		{
			name: "no topic files",
			fsys: fstest.MapFS{"notes.txt": {Data: []byte("x")}},
			want: []string{".: no topic files (*.md) found"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range CheckTopics(tt.fsys) {
				got = append(got, p.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("CheckTopics =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadTopicsFromDirectory(t *testing.T) {
	tests := []struct {
		name     string
		dir      string
		wantIDs  []string
		wantErrs []string
	}{
		{name: "good", dir: "testdata/content-good", wantIDs: []string{"alpha", "beta"}},
		{name: "bad", dir: "testdata/content-bad", wantErrs: []string{
			`broken.md:2: id "kapot" does not match the file name "broken.md"`,
			`broken.md:5: source "hoofdstuk 1" is not §N, §N.N, Begrippenlijst, Voorwoord or Noten`,
			"broken.md:7: valid_as_of \"morgen\" is not a date",
			`broken.md:11: no "## en" section`,
			`half.md:1: the front matter has no "title.en"`,
			`half.md:8: "## nl" has no short answer`,
		}},
		{name: "missing directory", dir: "testdata/does-not-exist", wantErrs: []string{".: cannot read the directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			topics, err := LoadTopics(os.DirFS(tt.dir))
			if len(tt.wantErrs) == 0 {
				if err != nil {
					t.Fatalf("LoadTopics: %v", err)
				}
				var ids []string
				for _, tp := range topics {
					ids = append(ids, tp.ID)
				}
				if !slices.Equal(ids, tt.wantIDs) {
					t.Errorf("IDs = %v, want %v", ids, tt.wantIDs)
				}
				return
			}
			if err == nil || topics != nil {
				t.Fatalf("LoadTopics = %d topics, %v; want no topics and an error", len(topics), err)
			}
			var problems Problems
			if !errors.As(err, &problems) || len(problems) != len(tt.wantErrs) {
				t.Fatalf("error %q does not hold the %d problems", err, len(tt.wantErrs))
			}
			for _, want := range tt.wantErrs {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		})
	}
}

func TestProblemFormat(t *testing.T) {
	tests := []struct {
		name string
		err  Problems
		want string
	}{
		{"one", Problems{{File: "a.md", Line: 3, Msg: "kapot"}}, "1 problem in the content files:\na.md:3: kapot"},
		{"two, one without line", Problems{{File: "a.md", Msg: "weg"}, {File: "b.md", Line: 1, Msg: "x"}}, "2 problems in the content files:\na.md: weg\nb.md:1: x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

// Topic IDs fixed by the brief; other parts of the bot depend on them.
var briefTopicIDs = []string{
	"voorwoord-contact", "voorwoord-klacht", "voorwoord-reikwijdte",
	"begrip-bijzondere-persoonsgegevens", "begrip-clienten", "begrip-dossier", "begrip-gezag",
	"begrip-hulpverlening", "begrip-jeugdigen", "begrip-ouders", "begrip-persoonsgegevens",
	"begrip-professional", "begrip-verwerken",
	"inleiding-uitwisseling", "privacy-wat-is", "beroepsgeheim", "uitgangspunten-transparantie",
	"alleen-noodzakelijk", "stappenplan", "informatie-ontvangen-derden", "client-achteraf-informeren",
	"toestemming-vastleggen", "toestemming-intrekken", "veilig-versturen", "bespreken-zonder-client",
	"informatieplicht-igj-gi", "meldrecht", "veilig-thuis-meldcode", "verwijsindex",
	"raad-kinderbescherming", "gezinsvoogd-ots", "acvz-convenanten",
	"toestemming-hulp", "avg-grondslag", "toestemming-leeftijd", "wilsonbekwaam", "gezag-ouders",
	"gescheiden-ouders", "een-ouder-aanwezig", "gezagsregister", "ouders-weigeren-toestemming",
	"delen-toestemming", "delen-school", "delen-huisarts", "medebehandelaar", "delen-binnen-team",
	"algemene-toestemming-ongeldig",
	"dossierplicht", "dossier-schrijven", "email-schaduwadministratie", "werkaantekeningen",
	"bewaartermijn", "informeren-client",
	"rechten-overzicht", "inzage", "rectificatie", "beperking", "dataportabiliteit", "vernietiging",
	"bezwaar", "inzage-ouders-kind", "niet-gezag-ouder-informatie", "opnames", "datalek",
	"avg-algemeen", "functionaris-gegevensbescherming", "verwerkingsregister", "privacy-by-design",
	"dpia", "boetes",
}

// Flow IDs and the stappenplan's first-step options fixed by the brief.
var (
	briefFlowIDs        = []string{"stappenplan", "toestemming", "gezag", "inzage", "vernietiging", "datalek", "opnames", "rechten"}
	briefOntvangerValue = []string{"medebehandelaar", "team", "school", "huisarts", "veilig-thuis", "raad", "verwijsindex", "gi-ots-verzoek", "gi-ongevraagd", "igj", "acvz", "ouder", "anders"}
)

func TestEmbeddedTopicsAreComplete(t *testing.T) {
	topics := EmbeddedTopics()
	if len(topics) == 0 {
		t.Fatal("no embedded topics")
	}
	if !slices.IsSortedFunc(topics, func(a, b Topic) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("EmbeddedTopics is not sorted by ID")
	}
	for _, tp := range topics {
		t.Run(tp.ID, func(t *testing.T) {
			for field, text := range map[string]lang.Text{"title": tp.Title, "short answer": tp.Short, "details": tp.Details} {
				if strings.TrimSpace(text.NL) == "" || strings.TrimSpace(text.EN) == "" {
					t.Errorf("%s lacks a Dutch or English text: %q", field, text)
				}
			}
			if (tp.Change.NL == "") != (tp.Change.EN == "") {
				t.Errorf("change is in one language only: %q", tp.Change)
			}
			if len(tp.Sources) == 0 {
				t.Error("no sources")
			}
			date, err := time.Parse(time.DateOnly, tp.ValidAsOf)
			if err != nil || date.Before(time.Date(2018, 5, 25, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("valid_as_of %q is not a date from 2018-05-25 on", tp.ValidAsOf)
			}
			if tp.File != tp.ID+".md" {
				t.Errorf("File = %q", tp.File)
			}
			for lang, short := range map[lang.Lang]string{lang.NL: tp.Short.NL, lang.EN: tp.Short.EN} {
				if n := utf8.RuneCountInString(short); n > 300 {
					t.Errorf("%s short answer has %d characters, keep it under 300", lang, n)
				}
			}
			for lang, n := range map[lang.Lang]int{
				lang.NL: utf8.RuneCountInString(tp.Short.NL + tp.Details.NL + tp.Change.NL),
				lang.EN: utf8.RuneCountInString(tp.Short.EN + tp.Details.EN + tp.Change.EN),
			} {
				// The checks the law requires before a permitting answer
				// (identity, authority, age) made some topics longer.
				if n > 2000 {
					t.Errorf("%s text has %d characters, keep it near 1500", lang, n)
				}
			}
		})
	}
}

func TestEmbeddedTopicsIsACopy(t *testing.T) {
	first := EmbeddedTopics()
	id := first[0].ID
	first[0].ID = "changed"
	if got := EmbeddedTopics()[0].ID; got != id {
		t.Errorf("changing a returned topic changed the next result: ID %q, want %q", got, id)
	}
}

func TestEmbeddedContentIsTheTopicsDir(t *testing.T) {
	names, err := fs.Glob(EmbeddedContent(), "*.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(EmbeddedTopics()) {
		t.Errorf("EmbeddedContent holds %d *.md files, EmbeddedTopics %d topics", len(names), len(EmbeddedTopics()))
	}
}

func TestEmbeddedTopicsCoverTheBrief(t *testing.T) {
	have := map[string]bool{}
	for _, tp := range EmbeddedTopics() {
		have[tp.ID] = true
	}
	for _, id := range briefTopicIDs {
		if !have[id] {
			t.Errorf("topic %q from the brief is missing", id)
		}
	}
}

// embeddedFlowRef returns the parsed "flow:" line of an embedded topic file.
func embeddedFlowRef(t *testing.T, file string) (flowRef, bool) {
	t.Helper()
	data, err := fs.ReadFile(EmbeddedContent(), file)
	if err != nil {
		t.Fatal(err)
	}
	lines := splitLines(data)
	end := slices.IndexFunc(lines[1:], func(s string) bool { return strings.TrimSpace(s) == "---" }) + 1
	p := &topicParser{file: file}
	f, ok := p.frontMatter(lines[1:end], knownKeys, requiredKeys)[keyFlow]
	if !ok {
		return flowRef{}, false
	}
	ref, err := parseFlowSpec(f.value)
	if err != nil {
		t.Fatal(err)
	}
	return ref, true
}

func TestEmbeddedTopicFlowsExist(t *testing.T) {
	for _, tp := range EmbeddedTopics() {
		ref, ok := embeddedFlowRef(t, tp.File)
		if !ok {
			continue
		}
		if !slices.Contains(briefFlowIDs, tp.Flow) || ref.id != tp.Flow {
			t.Errorf("%s: flow %q is none of %v", tp.ID, tp.Flow, briefFlowIDs)
		}
		for step, value := range ref.presets {
			if tp.Flow != "stappenplan" || step != "ontvanger" || !slices.Contains(briefOntvangerValue, value) {
				t.Errorf("%s: preset %s=%s is not a stappenplan ontvanger value", tp.ID, step, value)
			}
		}
	}
}

func TestEmbeddedTopicFlowPresets(t *testing.T) {
	tests := []struct {
		topic, flow, ontvanger string
	}{
		{"stappenplan", "stappenplan", ""},
		{"veilig-thuis-meldcode", "stappenplan", "veilig-thuis"},
		{"gezinsvoogd-ots", "stappenplan", "gi-ots-verzoek"},
		{"verwijsindex", "stappenplan", "verwijsindex"},
		{"raad-kinderbescherming", "stappenplan", "raad"},
		{"begrip-gezag", "gezag", ""},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			ref, ok := embeddedFlowRef(t, tt.topic+".md")
			if !ok || ref.id != tt.flow || ref.presets["ontvanger"] != tt.ontvanger {
				t.Errorf("flow = %q %v, want %q ontvanger=%q", ref.id, ref.presets, tt.flow, tt.ontvanger)
			}
		})
	}
}

func TestRender(t *testing.T) {
	l := func(texts ...string) []line {
		var out []line
		for i, s := range texts {
			out = append(out, line{i + 1, s})
		}
		return out
	}
	tests := []struct {
		name  string
		lines []line
		want  string
	}{
		{"empty", nil, ""},
		{"wrapped paragraph", l("een", "  twee  "), "een twee"},
		{"blank lines collapse", l("", "a", "", "", "b", ""), "a\n\nb"},
		{"bullets stay on their lines", l("lijst:", "- a", "- b", "  vervolg"), "lijst:\n- a\n- b vervolg"},
		{"numbered items", l("1. a", "2. b"), "1. a\n2. b"},
		{"number without dot space is text", l("tekst", "2018 was"), "tekst 2018 was"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(tt.lines); got != tt.want {
				t.Errorf("render = %q, want %q", got, tt.want)
			}
		})
	}
}
