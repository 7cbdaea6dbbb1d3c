package flows

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/lang"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func TestNoteGolden(t *testing.T) {
	at := time.Date(2025, 3, 7, 9, 5, 0, 0, time.UTC)
	tests := []struct {
		golden    string
		flow      string
		known     map[string]string
		inputs    []string
		lang      lang.Lang
		caseLabel string
	}{
		{golden: "school-uithoorn-nl", flow: "stappenplan", known: map[string]string{"municipality": "uithoorn"},
			inputs: []string{"school", "ja", "ja"}, lang: lang.NL, caseLabel: "casus K-12"},
		{golden: "school-uithoorn-en", flow: "stappenplan", known: map[string]string{"municipality": "uithoorn"},
			inputs: []string{"school", "ja", "ja"}, lang: lang.EN, caseLabel: "case K-12"},
		{golden: "gezinsvoogd-ots-nl", flow: "stappenplan", inputs: []string{"gi-ots-verzoek", "ja"}, lang: lang.NL},
		{golden: "veilig-thuis-acuut-nl", flow: "stappenplan", inputs: []string{"veilig-thuis", "ja", "ja", "ja"}, lang: lang.NL, caseLabel: "  gezin\nnoord  "},
		{golden: "zwijgen-nl", flow: "stappenplan", inputs: []string{"anders", "ja", "diemen", "geweigerd", "nee"}, lang: lang.NL},
		{golden: "toestemming-14-en", flow: "toestemming", inputs: []string{"14", "ja", "beide", "een-ouder", "niemand"}, lang: lang.EN},
		{golden: "gezag-erkend-nl", flow: "gezag", inputs: []string{"nee", "nee", "ja", "nee", "voor-2023"}, lang: lang.NL},
		{golden: "gezag-erkend-2023-nl", flow: "gezag", inputs: []string{"nee", "nee", "ja", "nee", "vanaf-2023"}, lang: lang.NL},
		{golden: "onaf-nl", flow: "stappenplan", inputs: []string{"school"}, lang: lang.NL},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			f := EmbeddedSet().ByID(tt.flow)
			st := f.Begin(tt.known)
			for _, in := range tt.inputs {
				var err error
				if st, err = f.Answer(st, in, tt.known); err != nil {
					t.Fatalf("Answer(%q): %v", in, err)
				}
			}
			got := EmbeddedSet().Note(f, st, tt.lang, at, tt.caseLabel)
			path := filepath.Join("testdata", "notes", tt.golden+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("note differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
			}
		})
	}
}

func TestNoteParts(t *testing.T) {
	at := time.Date(2025, 12, 31, 23, 59, 0, 0, time.UTC)
	f := EmbeddedSet().ByID("stappenplan")
	known := map[string]string{"municipality": "diemen"}
	st := f.Begin(known)
	for _, in := range []string{"huisarts", "nee", "ja", "ja"} {
		var err error
		if st, err = f.Answer(st, in, known); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		lang  lang.Lang
		label string
		want  []string
		not   []string
	}{
		{lang.NL, "dossier 7", []string{
			"Dossiernotitie — Mag ik deze gegevens delen?", "Datum: 31-12-2025 23:59", "Casus: dossier 7",
			"Vraag: Mag ik deze gegevens delen?", "- Ontvanger: De huisarts", "- Direct betrokken bij de hulp: Nee",
			"- Gemeente: Diemen", "Besluit: Je mag delen, met gerichte toestemming", "Grondslag: ", "Jeugdwet art. 7.3.11",
			"Delen: Alleen wat de ontvanger", "Cliënt informeren: ", "transparantiebeginsel",
			"Opgesteld met privacybot; afweging door de professional.",
		}, []string{"\n\n\n", "Ontvanger: huisarts", "municipality"}},
		{lang.EN, "", []string{
			"File note — May I share this data?", "Date: 2025-12-31 23:59", "Question: May I share this data?",
			"- Recipient: The GP", "Decision: You may share, with specific consent", "Legal ground: ",
			"Sharing: Only what the recipient", "Informing the client: ",
			"Drafted with privacybot; the weighing is the professional's.",
		}, []string{"Case:", "Casus", "Opgesteld"}},
	}
	for _, tt := range tests {
		note := EmbeddedSet().Note(f, st, tt.lang, at, tt.label)
		for _, w := range tt.want {
			if !strings.Contains(note, w) {
				t.Errorf("%s note lacks %q:\n%s", tt.lang, w, note)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(note, n) {
				t.Errorf("%s note holds %q:\n%s", tt.lang, n, note)
			}
		}
	}
}

// TestNoteForEveryPath renders the note of every path of every flow in both
// languages: each names the decision and ends with the closing line.
func TestNoteForEveryPath(t *testing.T) {
	at := time.Date(2025, 1, 2, 3, 4, 0, 0, time.UTC)
	for _, f := range EmbeddedSet().All() {
		err := Walk(f, func(path []Answered, o *Outcome) {
			st := State{Flow: f.ID, Path: path, Outcome: o.ID}
			for _, lang := range []lang.Lang{lang.NL, lang.EN} {
				note := EmbeddedSet().Note(f, st, lang, at, "")
				if !strings.Contains(note, o.Title.In(lang)) || !strings.HasSuffix(note, EmbeddedSet().note.closing.In(lang)+"\n") {
					t.Errorf("%s %s %s: note lacks the decision or closing line:\n%s", f.ID, pathString(path), lang, note)
				}
				if lines := strings.Count(note, "\n- "); lines != len(path) {
					t.Errorf("%s %s: %d considerations for %d answers", f.ID, pathString(path), lines, len(path))
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
