package main

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"privacybot/flows"
)

// checkCaseDir checks the practice cases that belong to the content
// directory DIR: DIR/cases, or the "cases" directory next to DIR when DIR
// holds the topics. from is the directory checked, or "" when there is
// none; the cases are checked against topics, and their words against the
// glossary as a topic's are.
func checkCaseDir(dir string, topics []flows.Topic, g flows.Glossary) (cases []flows.Case, problems []flows.Problem, from string) {
	for _, d := range []string{filepath.Join(dir, flows.CasesDir), filepath.Join(filepath.Dir(filepath.Clean(dir)), flows.CasesDir)} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			fsys := os.DirFS(d)
			cases, problems = flows.CheckCases(fsys, topics)
			problems = append(problems, flows.CheckCaseWords(fsys, g)...)
			slices.SortStableFunc(problems, func(a, b flows.Problem) int {
				return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
			})
			return cases, problems, d
		}
	}
	return nil, nil, ""
}
