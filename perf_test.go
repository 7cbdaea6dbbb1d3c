package main

import (
	"bytes"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var perf = flag.Bool("perf", false, "measure serve's start-up time and memory (idle and with 10,000 active conversations)")
var perfBinary = flag.String("perf.bin", "", "the privacybot binary TestPerfServe measures (default: this test binary)")
var perfUsers = flag.Int("perf.users", 10000, "how many users start a consultation in TestPerfServe")

// rssKB reads a process's resident set size from /proc.
func rssKB(t *testing.T, pid int) int {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kb
		}
	}
	t.Fatal("no VmRSS")
	return 0
}

// TestPerfServe starts serve with a fake Slack in HTTP mode, and reports
// the time to ready, the idle RSS, and the RSS after 10,000 users each
// started a consultation. Run: go test . -run TestPerfServe -perf -v
func TestPerfServe(t *testing.T) {
	if !*perf {
		t.Skip("run with -perf")
	}
	fake := newFakePlatforms(t)
	addr := freeAddr(t)
	base := "http://" + addr
	dbPath := filepath.Join(t.TempDir(), "perf.db")
	bin := os.Args[0]
	if *perfBinary != "" {
		bin = *perfBinary
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(os.Environ(),
		"PRIVACYBOT_RUN_MAIN=1",
		"PRIVACYBOT_DB="+dbPath,
		"PRIVACYBOT_HTTP_ADDR="+addr,
		"PRIVACYBOT_LOG_LEVEL=error",
		"PRIVACYBOT_SLACK_MODE=http",
		"PRIVACYBOT_SLACK_BOT_TOKEN=xoxb-perf",
		"PRIVACYBOT_SLACK_SIGNING_SECRET="+e2eSigningSecret,
		"PRIVACYBOT_SLACK_API_URL="+fake.srv.URL+"/slack/api/",
	)
	var logs bytes.Buffer
	cmd.Stderr = &logs
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitFor(t, "ready", 15*time.Second, func() bool {
		code, _ := get(base, "/readyz")
		return code == 200
	})
	ready := time.Since(start)
	time.Sleep(2 * time.Second)
	idle := rssKB(t, cmd.Process.Pid)

	users := *perfUsers
	var wg sync.WaitGroup
	var failed, busy atomic.Int64
	sem := make(chan struct{}, 50)
	for i := 0; i < users; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			for {
				err := slashCommandAs(base, "U"+strconv.Itoa(i), "stappenplan", fake.srv.URL+"/slack/response")
				if errors.Is(err, errBusy) {
					busy.Add(1)
					time.Sleep(100 * time.Millisecond)
					continue
				}
				if err != nil {
					failed.Add(1)
				}
				return
			}
		}()
	}
	wg.Wait()
	if n := failed.Load(); n > 0 {
		t.Fatalf("%d slash commands failed", n)
	}
	db, err := sql.Open("sqlite", "file:"+dbPath+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var stored int
	defer func() {
		if t.Failed() {
			t.Logf("%d consultations stored; serve's log:\n%s", stored, tail(logs.String(), 2000))
		}
	}()
	waitFor(t, "every consultation stored", 120*time.Second, func() bool {
		db.QueryRow(`SELECT count(*) FROM conversations WHERE flow_json IS NOT NULL`).Scan(&stored)
		return stored >= users
	})
	active := rssKB(t, cmd.Process.Pid)
	t.Logf("start-up to ready: %v; RSS idle: %.1f MB; RSS with %d active conversations: %.1f MB (%d commands were asked to retry)",
		ready.Round(time.Millisecond), float64(idle)/1024, users, float64(active)/1024, busy.Load())
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
