package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"privacybot/adapters/console"
	"privacybot/internal/app"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts")

// TestMain lets a test run the privacybot command as a child process: the
// test binary re-executes itself with PRIVACYBOT_RUN_MAIN set.
func TestMain(m *testing.M) {
	if os.Getenv("PRIVACYBOT_RUN_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// transcript runs the terminal chat over the given lines on a fresh
// database with a fixed clock, and returns what the terminal showed.
func transcript(t *testing.T, lines []string) string {
	t.Helper()
	now := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	c, err := app.Open(context.Background(), app.Options{DB: filepath.Join(t.TempDir(), "chat.db"), Expiry: 24 * time.Hour, Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Store.Close()
	var out bytes.Buffer
	in := strings.NewReader(strings.Join(lines, "\n") + "\n")
	con := console.New(c.Bot, in, &out, console.Options{User: "tester", Echo: true})
	if err := con.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestGoldenTranscripts(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
	}{
		{"help", []string{"help", "onderwerpen"}},
		{"stappenplan-school-uithoorn", []string{
			"mag ik delen met school?", "1", "label casus-K", "ja", "uithoorn", "2", "ja", "ja", "2", "1", "1", "1", "waarom?"}},
		{"stappenplan-niet-gevraagd", []string{
			"stappenplan", "school", "ja", "diemen", "nog niet gevraagd", "mag ik de mentor ook bellen zonder toestemming?", "ja"}},
		{"toestemming-gezag-uitzoeken", []string{
			"toestemming", "9", "zoek uit", "nee", "nee", "ja", "ja", "1", "1"}},
		{"inzage-termijn", []string{
			"inzage", "ja", "ouder met gezag", "ja", "8", "nee", "1"}},
		{"toestemming-14-gescheiden", []string{
			"ouders gescheiden, wie tekent?", "1", "14", "ja", "beide", "1", "1"}},
		{"datalek-en", []string{
			"I sent an email with client data to the wrong person", "datalek", "1", "1", "2"}},
		{"navigation", []string{
			"stappenplan", "waarom?", "13", "terug", "opnieuw", "toestemming", "nee", "banaan", "stop", "7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := transcript(t, tt.lines)
			golden := filepath.Join("testdata", "transcripts", tt.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
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
		})
	}
}

// diffLines shows the first line where want and got differ, with context.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + wl + "\ngot:  " + gl
		}
	}
	return ""
}

// chatProcess is `privacybot chat` running as a child process.
type chatProcess struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
}

func startChat(t *testing.T, db string) *chatProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "chat", "--db", db, "--user", "tester")
	cmd.Env = append(os.Environ(), "PRIVACYBOT_RUN_MAIN=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &chatProcess{cmd: cmd, stdin: stdin, out: bufio.NewReader(stdout)}
	p.until(t, "> ")
	return p
}

// until reads the chat's output up to and including marker.
func (p *chatProcess) until(t *testing.T, marker string) string {
	t.Helper()
	var sb strings.Builder
	for !strings.HasSuffix(sb.String(), marker) {
		b, err := p.out.ReadByte()
		if err != nil {
			t.Fatalf("chat ended before %q: %v\n%s", marker, err, sb.String())
		}
		sb.WriteByte(b)
	}
	return sb.String()
}

// say types a line and returns the reply, up to the next prompt.
func (p *chatProcess) say(t *testing.T, line string) string {
	t.Helper()
	if _, err := io.WriteString(p.stdin, line+"\n"); err != nil {
		t.Fatal(err)
	}
	return p.until(t, "\n> ")
}

func TestAKilledChatResumesAtTheSameStep(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	db := filepath.Join(t.TempDir(), "chat.db")
	p := startChat(t, db)
	p.say(t, "toestemming")
	before := p.say(t, "14")
	if !strings.Contains(before, "eigen belangen") {
		t.Fatalf("flow did not advance:\n%s", before)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.cmd.Wait()

	p = startChat(t, db)
	defer func() { p.stdin.Close(); p.cmd.Wait() }()
	after := p.say(t, "ja")
	if !strings.Contains(after, "Wie heeft het gezag?") {
		t.Fatalf("after the restart the flow did not go on at step 2:\n%s", after)
	}
	note := p.say(t, "terug")
	if !strings.Contains(note, "eigen belangen") {
		t.Fatalf("the answers before the kill were lost:\n%s", note)
	}
}

func TestAskJSONHasTheSchemaForEveryDevelopmentQuestion(t *testing.T) {
	questions, err := os.ReadFile(filepath.Join("bot", "search", "testdata", "questions.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	n := 0
	for _, line := range strings.Split(string(questions), "\n") {
		cols := strings.SplitN(line, "\t", 3)
		if len(cols) != 3 || cols[0] == "lang" || strings.HasPrefix(line, "#") {
			continue
		}
		in.WriteString(cols[2] + "\n")
		n++
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"ask", "--json"}, strings.NewReader(in.String()), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != n {
		t.Fatalf("%d questions gave %d JSON lines", n, len(lines))
	}
	for i, line := range lines {
		var a map[string]any
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		for key, kind := range map[string]string{"topic": "string", "title": "string", "answer": "string", "sources": "array", "laws": "array", "confidence": "number", "alternatives": "array"} {
			if got := jsonKind(a[key]); got != kind {
				t.Fatalf("line %d: %s is %s, want %s: %s", i+1, key, got, kind, line)
			}
		}
		if c := a["confidence"].(float64); c < 0 || c > 1 {
			t.Fatalf("line %d: confidence %v out of 0..1", i+1, c)
		}
		for _, alt := range a["alternatives"].([]any) {
			m, ok := alt.(map[string]any)
			if !ok || jsonKind(m["topic"]) != "string" || jsonKind(m["title"]) != "string" {
				t.Fatalf("line %d: bad alternative %v", i+1, alt)
			}
		}
		if a["topic"] != "" && len(a["sources"].([]any)) == 0 {
			t.Fatalf("line %d: an answer without sources: %s", i+1, line)
		}
	}
}

func jsonKind(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	case nil:
		return "null"
	}
	return "other"
}

func TestEveryCommandHasHelp(t *testing.T) {
	for name := range subcommands {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run([]string{name, "--help"}, strings.NewReader(""), &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			if !strings.Contains(out.String(), "Usage: privacybot "+name) {
				t.Errorf("no usage line:\n%s", out.String())
			}
		})
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"nonsense"}, nil, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errOut.String())
	}
}

func TestAskAnswersOneQuestionInTheRequestedLanguage(t *testing.T) {
	tests := []struct {
		args []string
		want string
		code int
	}{
		{[]string{"ask", "--lang", "en", "mag ik delen met school?"}, "Source: guideline", 0},
		{[]string{"ask", "mag ik delen met school?"}, "§2.4", 0},
		{[]string{"ask", "--lang", "fr", "bonjour"}, "", 2},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &out, &errOut)
		if code != tt.code || !strings.Contains(out.String(), tt.want) {
			t.Errorf("%v: exit %d, output:\n%s%s", tt.args, code, out.String(), errOut.String())
		}
	}
}

// BenchmarkAskProcess measures a whole `privacybot ask` process for one
// question: start-up, loading and indexing the topics, the answer.
func BenchmarkAskProcess(b *testing.B) {
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "ask", "mag ik delen met school?")
		cmd.Env = append(os.Environ(), "PRIVACYBOT_RUN_MAIN=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
	}
}
