package main

import (
	"os"
	"path/filepath"

	"privacybot/flows"
)

// checkCaseDir checks the practice cases that belong to the content
// directory DIR: DIR/cases, or the "cases" directory next to DIR when DIR
// holds the topics. from is the directory checked, or "" when there is
// none; the cases are checked against topics.
func checkCaseDir(dir string, topics []flows.Topic) (cases []flows.Case, problems []flows.Problem, from string) {
	for _, d := range []string{filepath.Join(dir, flows.CasesDir), filepath.Join(filepath.Dir(filepath.Clean(dir)), flows.CasesDir)} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			cases, problems = flows.CheckCases(os.DirFS(d), topics)
			return cases, problems, d
		}
	}
	return nil, nil, ""
}
