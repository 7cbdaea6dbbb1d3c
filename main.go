// Command privacybot helps youth-care professionals in Diemen, Uithoorn and
// Ouder-Amstel decide whether they may share a client's personal data. It
// runs in the terminal (`privacybot chat`), answers single questions
// (`privacybot ask`), and serves Slack and Mattermost (`privacybot serve`).
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	_ "time/tzdata" // time zones also where the system has none (a distroless image)
)

// version is stamped at build time with -ldflags "-X main.version=…".
var version = "dev"

// subcommand is one verb of the privacybot command.
type subcommand struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var subcommands map[string]subcommand

func init() {
	subcommands = map[string]subcommand{
		"chat":        {"talk with the bot in the terminal (no chat server needed)", runChat},
		"ask":         {"answer one question, or one per line from standard input", runAsk},
		"content":     {"check a directory of topics: privacybot content check DIR", runContent},
		"serve":       {"serve Slack and/or Mattermost, with health, readiness and metrics endpoints", runServe},
		"config":      {"check the configuration of serve without starting: privacybot config check", runConfig},
		"version":     {"print the version", runVersion},
		"healthcheck": {"ask a running serve whether it is alive (for a container HEALTHCHECK)", runHealthcheck},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	sc, ok := subcommands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "privacybot: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return sc.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: privacybot <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, subcommands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'privacybot <command> --help' for the flags of a command.")
}

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "", stderr)
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	fmt.Fprintln(stdout, "privacybot", version)
	return 0
}
