package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"privacybot/flows"
)

func runContent(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("content", "check DIR", stderr)
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 2 || fs.Arg(0) != "check" {
		fmt.Fprintln(stderr, "Usage: privacybot content check DIR")
		return 2
	}
	dir := fs.Arg(1)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "privacybot content check: %s is not a directory\n", dir)
		return 2
	}
	topics, extra, from := contentDirs(dir)
	r := flows.CheckContent(topics, extra)
	for _, p := range r.Problems {
		fmt.Fprintf(stdout, "%s:%d: %s\n", p.File, p.Line, p.Msg)
	}
	cases, caseProblems, casesFrom := checkCaseDir(dir, r.Topics, r.Glossary)
	for _, p := range caseProblems {
		fmt.Fprintf(stdout, "%s:%d: %s\n", filepath.Join(flows.CasesDir, p.File), p.Line, p.Msg)
	}
	flowsFrom := flowsRoot(dir)
	var flowProblems []flows.Problem
	if flowsFrom != "" {
		flowProblems = append(flows.CheckSet(os.DirFS(flowsFrom)), r.Glossary.CheckFlowWords(os.DirFS(flowsFrom))...)
		for _, p := range flowProblems {
			fmt.Fprintln(stdout, filepath.Join(flowsFrom, p.File)+strings.TrimPrefix(p.String(), p.File))
		}
	}
	if n := len(r.Problems) + len(caseProblems) + len(flowProblems); n > 0 {
		fmt.Fprintf(stdout, "%d problem(s) found\n", n)
		return 1
	}
	fmt.Fprintf(stdout, "ok: %d topics, %d glossary terms (%s)\n", len(r.Topics), len(r.Glossary.Terms), from)
	if casesFrom != "" {
		fmt.Fprintf(stdout, "ok: %d practice cases (%s)\n", len(cases), casesFrom)
	}
	if flowsFrom != "" {
		fmt.Fprintf(stdout, "ok: %d flows and the municipality records (%s)\n", flows.EmbeddedSet().Len(), flowsFrom)
	}
	printOpenPoints(stdout, r.OpenPoints)
	return 0
}

// contentDirs finds the topics and the directory holding the glossary and
// the open points for DIR: DIR itself when it has a "topics" directory;
// else DIR holds the topics and the glossary sits next to it (the parent
// directory) or, when it does not, the built-in one is used. from says
// which glossary is used.
func contentDirs(dir string) (topics, extra fs.FS, from string) {
	if st, err := os.Stat(filepath.Join(dir, "topics")); err == nil && st.IsDir() {
		return os.DirFS(filepath.Join(dir, "topics")), os.DirFS(dir), filepath.Join(dir, flows.GlossaryFile)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if _, err := os.Stat(filepath.Join(parent, flows.GlossaryFile)); err == nil {
		return os.DirFS(dir), os.DirFS(parent), filepath.Join(parent, flows.GlossaryFile)
	}
	return os.DirFS(dir), flows.EmbeddedContentDir(), "built-in glossary"
}

// printOpenPoints lists the points the data protection officer (FG) still
// has to confirm.
func printOpenPoints(w io.Writer, points []flows.OpenPoint) {
	if len(points) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%d open point(s) for the data protection officer (FG):\n", len(points))
	for i, p := range points {
		fmt.Fprintf(w, "%d. %s\n", i+1, p.Title)
		if len(p.Topics) > 0 {
			fmt.Fprintf(w, "   topics: %s\n", strings.Join(p.Topics, ", "))
		}
		if len(p.Flows) > 0 {
			fmt.Fprintf(w, "   flows: %s\n", strings.Join(p.Flows, ", "))
		}
		fmt.Fprintf(w, "   source: %s\n", p.Source)
		fmt.Fprintf(w, "   %s\n", p.Text)
	}
}
