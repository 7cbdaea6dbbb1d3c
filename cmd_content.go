package main

import (
	"fmt"
	"io"
	"os"

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
	problems := flows.CheckTopics(os.DirFS(dir))
	for _, p := range problems {
		fmt.Fprintf(stdout, "%s:%d: %s\n", p.File, p.Line, p.Msg)
	}
	if len(problems) > 0 {
		fmt.Fprintf(stdout, "%d problem(s) found\n", len(problems))
		return 1
	}
	topics, _ := flows.LoadTopics(os.DirFS(dir))
	fmt.Fprintf(stdout, "ok: %d topics\n", len(topics))
	return 0
}
