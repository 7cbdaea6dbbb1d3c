package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGoldenPracticeTranscript plays a practice session in the terminal
// chat: a case, a wrong answer with why, the next case, a right answer,
// the walk of the matching flow offered, the results in `mijn-gegevens`
// and their erase with `vergeet-mij`.
func TestGoldenPracticeTranscript(t *testing.T) {
	got := transcript(t, []string{
		"oefenen", "2", "2", "1", "1", "stop",
		"oefenen", "2", "mijn-gegevens", "vergeet-mij", "ja", "mijn-gegevens",
	})
	golden := filepath.Join("testdata", "transcripts", "oefenen.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("transcript differs from %s (run with -update after checking):\n%s", golden, diffLines(string(want), got))
	}
}
