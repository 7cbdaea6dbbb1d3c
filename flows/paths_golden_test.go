package flows

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"privacybot/lang"
)

// pathsGolden collects, for each path case, everything its outcome says
// in both languages, to compare with a golden file: a change of wording
// shows as a diff to review and renew with -update, not as a Go edit.
type pathsGolden struct {
	b strings.Builder
}

// add records the outcome o that inputs reached in flow, with the known
// settings and the answers a.
func (g *pathsGolden) add(name, flow string, known map[string]string, inputs []string, o *Outcome, a Answers) {
	g.b.WriteString("## " + flow + ": " + name + "\n")
	if len(known) > 0 {
		keys := slices.Sorted(maps.Keys(known))
		for i, k := range keys {
			keys[i] = k + "=" + known[k]
		}
		g.b.WriteString("known: " + strings.Join(keys, " ") + "\n")
	}
	g.b.WriteString("inputs: " + strings.Join(inputs, " | ") + "\n")
	g.b.WriteString("outcome: " + o.ID + "\n")
	for _, l := range []lang.Lang{lang.NL, lang.EN} {
		g.b.WriteString("### " + string(l) + "\n")
		for _, line := range strings.Split(outcomeText(o, a, l), "\n") {
			if line != "" {
				g.b.WriteString(line + "\n")
			}
		}
		if o.Shared != nil {
			g.b.WriteString("shared: " + o.Shared(a).In(l) + "\n")
		}
	}
	g.b.WriteString("\n")
}

// check compares what was added with testdata/paths/NAME.golden, or
// rewrites that file with -update.
func (g *pathsGolden) check(t *testing.T, name string) {
	t.Helper()
	file := filepath.Join("testdata", "paths", name+".golden")
	got := g.b.String()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./flows -update to write it)", err)
	}
	if want := string(data); got != want {
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < max(len(gotLines), len(wantLines)); i++ {
			var g, w string
			if i < len(gotLines) {
				g = gotLines[i]
			}
			if i < len(wantLines) {
				w = wantLines[i]
			}
			if g != w {
				t.Fatalf("the outcomes differ from %s (review, then run with -update):\nline %d:\nwant: %s\ngot:  %s", file, i+1, w, g)
			}
		}
	}
}
