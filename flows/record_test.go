package flows

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"privacybot/lang"
)

func TestSplitItems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"AVG art. 15, BW art. 7:456", []string{"AVG art. 15", "BW art. 7:456"}},
		{"Jeugdwet par. 7.1 (verwijsindex risicojongeren, art. 7.1.1.1 e.v.)", []string{"Jeugdwet par. 7.1 (verwijsindex risicojongeren, art. 7.1.1.1 e.v.)"}},
		{"AVG art. 6 (lid 1, sub e), BW art. 7:457 (lid 1, 2)", []string{"AVG art. 6 (lid 1, sub e)", "BW art. 7:457 (lid 1, 2)"}},
		{"a,, b,", []string{"a", "", "b", ""}},
		{"", []string{""}},
	}
	for _, tt := range tests {
		if got := splitItems(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVerwijsindexLawIsOneItem(t *testing.T) {
	o := EmbeddedSet().WithID("stappenplan").Outcome("verwijsindex-niet")
	want := []string{"Jeugdwet par. 7.1 (verwijsindex risicojongeren, art. 7.1.1.1 e.v.)"}
	if o == nil || !slices.Equal(o.Laws, want) {
		t.Fatalf("verwijsindex-niet laws = %q, want %q", o.Laws, want)
	}
}

func TestParseRecordFile(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		fields   []string
		values   map[string]string
		problems []string
	}{
		{"texts, a list and a value over two lines", "---\nid: x\n---\n## step a\nask.nl: Een\nvraag?\nask.en: A question?\n\nsources: §1.3, §2.4\n",
			nil, map[string]string{"step.a.ask.nl": "Een\nvraag?", "step.a.ask.en": "A question?", "step.a.sources": "§1.3, §2.4"}, nil},
		{"a quoted value keeps its spaces", "---\nid: x\n---\n## text\njoin.nl: \" en \"\n",
			nil, map[string]string{"text.join.nl": " en "}, nil},
		{"an unknown field", "---\nid: x\n---\n## municipality a\ncolour: red\n",
			[]string{"name"}, map[string]string{}, []string{`5: unknown field "colour"`}},
		{"text outside a field", "---\nid: x\n---\nloose words\n## step a\n",
			nil, map[string]string{}, []string{"4: text outside a field"}},
		{"a key given twice", "---\nid: x\n---\n## step a\nask.nl: een\nask.nl: twee\n",
			nil, map[string]string{"step.a.ask.nl": "een"}, []string{`6: "step.a.ask.nl" is given twice (first on line 5)`}},
		{"a heading that is no key", "---\nid: x\n---\n## Step A\nask.nl: een\n",
			nil, map[string]string{}, []string{`4: section "## Step A"`, "5: text outside a field"}},
		{"no front matter", "## step a\n", nil, map[string]string{}, []string{"1: the file must start with a front matter block"}},
		{"a list with a parenthesis left open", "---\nid: x\n---\n## outcome a\nlaws: Jeugdwet par. 7.1 (verwijsindex, AVG art. 6\n",
			nil, map[string]string{"outcome.a.laws": "Jeugdwet par. 7.1 (verwijsindex, AVG art. 6"}, []string{`5: "outcome.a.laws" has a parenthesis that is not closed`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, problems := parseRecordFile("x.md", []byte(tt.data), []string{keyID}, []string{keyID}, tt.fields)
			got := map[string]string{}
			for k, f := range r.values {
				got[k] = f.value
			}
			if len(got) != len(tt.values) {
				t.Errorf("values = %q, want %q", got, tt.values)
			}
			for k, v := range tt.values {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
			if len(problems) != len(tt.problems) {
				t.Fatalf("problems = %v, want %d: %q", problems, len(tt.problems), tt.problems)
			}
			for i, want := range tt.problems {
				if !strings.Contains(problems[i].String(), want) {
					t.Errorf("problem %d = %q, want it to hold %q", i, problems[i], want)
				}
			}
		})
	}
}

func FuzzParseRecordFile(f *testing.F) {
	for _, name := range []string{MunicipalitiesFile, FlowsDir + "/stappenplan.md", FlowsDir + "/datalek.md"} {
		data, err := fs.ReadFile(EmbeddedContentDir(), name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("---\nid: x\n---\n## step a\nask.nl: \"\\q\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, problems := parseRecordFile("x.md", data, []string{keyID}, []string{keyID}, nil)
		for _, p := range problems {
			if p.File != "x.md" || p.Line < 0 {
				t.Fatalf("problem %v names no line of the file", p)
			}
		}
		for _, k := range r.order {
			if _, ok := r.values[k]; !ok {
				t.Fatalf("key %q in order but not in values", k)
			}
		}
	})
}

func TestEmbeddedContentHasNoFlowProblems(t *testing.T) {
	if problems := CheckSet(EmbeddedContentDir()); len(problems) > 0 {
		t.Fatal(Problems(problems))
	}
	ms := EmbeddedMunicipalities()
	if got := ms.IDs(); !slices.Equal(got, []Municipality{Diemen, Uithoorn, OuderAmstel}) {
		t.Errorf("municipalities = %v", got)
	}
	for _, tt := range []struct {
		in   string
		want Municipality
	}{{"Ouder Amstel", OuderAmstel}, {"OA", OuderAmstel}, {"duivendrecht", OuderAmstel}, {" uithoorn ", Uithoorn}, {"Diemen", Diemen}} {
		if got, ok := ms.Parse(tt.in); !ok || got != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if _, ok := ms.Parse("Amsterdam"); ok {
		t.Error("Amsterdam is no municipality of the guideline")
	}
	if ms.Name(Uithoorn) != "Uithoorn" || ms.Name("x") != "" || ms.Names("or") != "Diemen, Uithoorn or Ouder-Amstel" ||
		!slices.Equal(ms.Offices(), []string{"fg@diemen.nl", "fg@uithoorn.nl", "fg@ouder-amstel.nl"}) {
		t.Errorf("names %q, offices %q do not read the records", ms.Names("or"), ms.Offices())
	}
}

// contentWith returns the embedded content directory with some files
// replaced.
func contentWith(t *testing.T, replace func(name, data string) string) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(EmbeddedContentDir(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(EmbeddedContentDir(), name)
		if err != nil {
			return err
		}
		out[name] = &fstest.MapFile{Data: []byte(replace(name, string(data)))}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSetReadsTheContent loads flows from corrected content: a verdict in
// a flow's words, and a municipality's consent practice and wording. The
// flows follow: the words, the route of the stappenplan, and the
// practice sentence with the privacy officer.
func TestSetReadsTheContent(t *testing.T) {
	fsys := contentWith(t, func(name, data string) string {
		switch name {
		case "flows/datalek.md":
			return strings.Replace(data, "verdict.nl: Dit is een datalek.\n", "verdict.nl: Dit is echt een datalek.\n", 1)
		case MunicipalitiesFile:
			data = strings.Replace(data, "consent: transparent", "consent: explicit", 1)
			return strings.Replace(data, "questions.nl: Vragen? Mail de FG: fg@diemen.nl.", "questions.nl: Vragen? Mail privacy@diemen.example.", 1)
		}
		return data
	})
	s, err := LoadSet(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if v := s.WithID("datalek").Outcome("melden").Verdict.In(lang.NL); !strings.HasPrefix(v, "Dit is echt een datalek. ") {
		t.Errorf("verdict = %q, want the corrected words", v)
	}
	f := s.WithID("stappenplan")
	st := f.Begin(map[string]string{"municipality": "diemen"})
	for _, in := range []string{"school", "ja"} {
		if st, err = f.Answer(st, in, map[string]string{"municipality": "diemen"}); err != nil {
			t.Fatal(err)
		}
	}
	if st.Step != "toestemming-expliciet" {
		t.Fatalf("Diemen, now asking explicit consent, goes to %q", st.Step)
	}
	d := f.Outcome("delen-toestemming").Detail(Answers{"municipality": "diemen"}).In(lang.NL)
	if !strings.Contains(d, "In Diemen werk je volgens het transparantiebeginsel") || !strings.Contains(d, "Vragen? Mail privacy@diemen.example.") {
		t.Errorf("detail = %q, want Diemen's record", d)
	}
	if r, _ := s.Municipalities().Get(Diemen); !r.ExplicitConsent {
		t.Error("the set's records are not the corrected ones")
	}
	if EmbeddedSet().WithID("datalek").Outcome("melden").Verdict.In(lang.NL) == "Dit is echt een datalek." {
		t.Error("loading a corrected copy changed the built-in flows")
	}
}

func TestMunicipalityRecordProblems(t *testing.T) {
	fsys := fstest.MapFS{MunicipalitiesFile: {Data: []byte("---\nid: municipalities\n---\n## municipality x\nname: X\nconsent: maybe\npractice.nl: In X.\nquestions.nl: Vragen?\nquestions.en: Questions?\n")}}
	_, err := LoadMunicipalities(fsys)
	if err == nil {
		t.Fatal("a broken record loads")
	}
	for _, want := range []string{
		`municipalities.md:5: municipality x has no "privacy_officer"`,
		`municipalities.md:5: municipality x: "practice" needs both practice.nl and practice.en`,
		`municipalities.md:6: municipality x: consent "maybe" is neither "explicit" nor "transparent"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestFillAndNestedKeys(t *testing.T) {
	w := &words{files: map[string]recordFile{"f": {values: map[string]field{
		"a.nl": {value: "Nodig van: {who}."}, "a.en": {value: "Needed from: {who}."},
		"b.nl": {value: "de ouders"}, "b.en": {value: "the parents"},
	}}}}
	got := w.text(joinTexts(fill(tx("f", "a"), "who", tx("f", "b")), lang.T("x", "y")))
	if want := lang.T("Nodig van: de ouders. x", "Needed from: the parents. y"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// BenchmarkLoadEmbeddedSet is what every start pays for the flows: the
// embedded set built without walking its paths.
func BenchmarkLoadEmbeddedSet(b *testing.B) {
	for b.Loop() {
		if _, problems := loadSet(EmbeddedContentDir(), false); len(problems) > 0 {
			b.Fatal(problems)
		}
	}
}

// BenchmarkCheckSet is what `content check` and --content pay: the set
// built and every path of every flow walked.
func BenchmarkCheckSet(b *testing.B) {
	for b.Loop() {
		if problems := CheckSet(EmbeddedContentDir()); len(problems) > 0 {
			b.Fatal(problems)
		}
	}
}
