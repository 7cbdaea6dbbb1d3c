package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"privacybot/adapters/console"
	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

func runAsk(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("ask", "[QUESTION]", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per answer (topic, title, answer, sources, laws, confidence, alternatives)")
	langFlag := fs.String("lang", "", "answer in this language, nl or en (default: the question's language)")
	content := fs.String("content", envOr("PRIVACYBOT_CONTENT", ""), "read topics from this directory instead of the built-in ones (env PRIVACYBOT_CONTENT)")
	muni := fs.String("municipality", "", "your municipality, diemen, uithoorn or ouder-amstel, for its practice and privacy officer")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	var lng lang.Lang
	if *langFlag != "" {
		l, ok := lang.ParseLang(*langFlag)
		if !ok {
			fmt.Fprintf(stderr, "privacybot ask: --lang must be nl or en, not %q\n", *langFlag)
			return 2
		}
		lng = l
	}
	if len(fs.Args()) > 0 {
		// One question: the process ends after it, so collecting garbage
		// while building the index (about 15 MB) only delays the answer.
		debug.SetGCPercent(-1)
	}
	topics, err := loadTopics(*content)
	if err != nil {
		fmt.Fprintf(stderr, "privacybot ask: %v\n", err)
		return 1
	}
	munis, err := loadMunicipalityRecords(*content)
	if err != nil {
		fmt.Fprintf(stderr, "privacybot ask: %v\n", err)
		return 1
	}
	var m flows.Municipality
	if *muni != "" {
		v, ok := munis.Parse(*muni)
		if !ok {
			fmt.Fprintf(stderr, "privacybot ask: --municipality must be %s, not %q\n", munis.Names("or"), *muni)
			return 2
		}
		m = v
	}
	answerer := bot.NewAnswerer(topics).WithMunicipalities(munis)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	answer := func(q string) {
		a := answerer.Ask(q, lng, m)
		if *asJSON {
			enc.Encode(a)
			return
		}
		r := bot.Reply{Text: a.Answer}
		if a.Suggest {
			for _, alt := range a.Alternatives {
				r.Choices = append(r.Choices, bot.Choice{Label: alt.Title})
			}
		}
		io.WriteString(stdout, console.Render(r))
	}
	if q := strings.TrimSpace(strings.Join(fs.Args(), " ")); q != "" {
		answer(q)
		return 0
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	first := true
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if !*asJSON && !first {
			fmt.Fprintln(stdout)
		}
		first = false
		answer(q)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "privacybot ask: read questions: %v\n", err)
		return 1
	}
	return 0
}

// loadTopics returns the built-in topics, or those in dir when dir is set:
// a directory of topics, or a content directory with its topics in "topics".
func loadTopics(dir string) ([]flows.Topic, error) {
	if dir == "" {
		return flows.EmbeddedTopics(), nil
	}
	if st, err := os.Stat(filepath.Join(dir, "topics")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "topics")
	}
	topics, err := flows.LoadTopics(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("content %s: %w", dir, err)
	}
	return topics, nil
}
