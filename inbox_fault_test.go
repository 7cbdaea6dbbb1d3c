package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var faultEvents = flag.Int("inbox.events", 1000, "events in the burst of the inbox fault test")

// replyCounter is a fake Slack Web API that counts the bot's posts per
// channel; every test user writes from a DM channel of their own. It keeps
// the metadata of each post and hands it back in conversations.history, so
// the outbox can find a post whose fate a killed process did not learn.
type replyCounter struct {
	srv  *httptest.Server
	mu   sync.Mutex
	per  map[string]int
	meta map[string][]string
}

func newReplyCounter(t *testing.T) *replyCounter {
	rc := &replyCounter{per: map[string]int{}, meta: map[string][]string{}}
	ok := func(w http.ResponseWriter, extra map[string]any) {
		body := map[string]any{"ok": true}
		for k, v := range extra {
			body[k] = v
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(body)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/auth.test", func(w http.ResponseWriter, _ *http.Request) {
		ok(w, map[string]any{"user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"})
	})
	mux.HandleFunc("/api/users.info", func(w http.ResponseWriter, r *http.Request) {
		ok(w, map[string]any{"user": map[string]any{"id": r.FormValue("user"), "tz": "Europe/Amsterdam", "locale": "nl-NL"}})
	})
	mux.HandleFunc("/api/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		ch := r.FormValue("channel")
		rc.mu.Lock()
		rc.per[ch]++
		n := rc.per[ch]
		rc.meta[ch] = append(rc.meta[ch], r.FormValue("metadata"))
		rc.mu.Unlock()
		ok(w, map[string]any{"channel": ch, "ts": fmt.Sprintf("1700000000.%06d", n)})
	})
	mux.HandleFunc("/api/conversations.history", func(w http.ResponseWriter, r *http.Request) {
		rc.mu.Lock()
		var msgs []map[string]any
		for i, m := range rc.meta[r.FormValue("channel")] {
			var md map[string]any
			json.Unmarshal([]byte(m), &md)
			msgs = append(msgs, map[string]any{"type": "message", "ts": fmt.Sprintf("1700000000.%06d", i+1), "metadata": md})
		}
		rc.mu.Unlock()
		ok(w, map[string]any{"messages": msgs, "has_more": false})
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, _ *http.Request) { ok(w, nil) })
	rc.srv = httptest.NewServer(mux)
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *replyCounter) counts() map[string]int {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	out := make(map[string]int, len(rc.per))
	for k, v := range rc.per {
		out[k] = v
	}
	return out
}

// faultServe starts `privacybot serve` in Slack HTTP mode on addr with the
// database db, and returns it running, with its log.
func faultServe(t *testing.T, rc *replyCounter, addr, db string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = append(os.Environ(),
		"PRIVACYBOT_RUN_MAIN=1",
		"PRIVACYBOT_DB="+db,
		"PRIVACYBOT_HTTP_ADDR="+addr,
		"PRIVACYBOT_LOG_LEVEL=warn",
		"PRIVACYBOT_SHUTDOWN_TIMEOUT=20s",
		"PRIVACYBOT_SLACK_MODE=http",
		"PRIVACYBOT_SLACK_BOT_TOKEN=xoxb-e2e",
		"PRIVACYBOT_SLACK_SIGNING_SECRET="+e2eSigningSecret,
		"PRIVACYBOT_SLACK_API_URL="+rc.srv.URL+"/api/",
	)
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitFor(t, "/readyz answers 200", 20*time.Second, func() bool {
		code, _ := get("http://"+addr, "/readyz")
		return code == 200
	})
	return cmd, &logs
}

// waitInboxSettled waits until the inbox in db holds no pending event. An
// event the first process answered but had not marked done when it was
// killed is worked again by the second; when the second's queue was full,
// the event went back to the store for the next claim (every 2 s). Its
// stored answer is replayed, so nobody sees it twice. A clean stop is
// checked only after this, and must then leave the inbox empty.
func waitInboxSettled(t *testing.T, db string) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		pending, _ := inboxLeft(t, db)
		if pending == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d inbox events still pending 15s after every event was answered", pending)
		}
	}
}

// sendEvent delivers the DM event n, signed, as Slack's Events API does;
// retry marks a redelivery. It reports whether the bot acknowledged it.
// The event starts a flow, so a turn that is applied twice shows in the
// audit trail.
func sendEvent(client *http.Client, base string, n int, retry bool) bool {
	user, channel := fmt.Sprintf("U%04d", n), fmt.Sprintf("D%04d", n)
	body := `{"type":"event_callback","event_id":"Ev` + strconv.Itoa(n) + `","event":{"type":"message","channel_type":"im","user":"` +
		user + `","channel":"` + channel + `","text":"datalek","ts":"1700000001.000100"}}`
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(e2eSigningSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, _ := http.NewRequest("POST", base+"/slack/events", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	if retry {
		req.Header.Set("X-Slack-Retry-Num", "1")
		req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// TestInboxSurvivesKill9 sends a burst of DM events to `privacybot serve`
// from concurrent clients and kills it with SIGKILL halfway. A new process
// on the same database and address then gets the events the first did not
// acknowledge (Slack retries those) and redeliveries of some it did. Every
// event must be answered, and none twice, except one whose answer the
// platform accepted right before the kill, before the event was marked
// done: without an outbox that answer goes out again, so the test counts
// such doubles and allows them only for events answered before the kill.
func TestInboxSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	total, clients := *faultEvents, 32
	rc := newReplyCounter(t)
	addr := freeAddr(t)
	base := "http://" + addr
	db := filepath.Join(t.TempDir(), "serve.db")
	cmd, logs := faultServe(t, rc, addr, db)

	// The first process: a burst, killed when a random share is acknowledged.
	killAt := int64(total/5 + rand.IntN(total*3/5))
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	var (
		acked  = make([]atomic.Bool, total+1)
		nAcked atomic.Int64
		next   atomic.Int64
		killed = make(chan struct{})
		once   sync.Once
		wg     sync.WaitGroup
	)
	began := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				n := int(next.Add(1))
				if n > total {
					return
				}
				select {
				case <-killed:
					return
				default:
				}
				if sendEvent(client, base, n, false) {
					acked[n].Store(true)
					if nAcked.Add(1) == killAt {
						once.Do(func() {
							cmd.Process.Signal(syscall.SIGKILL)
							close(killed)
						})
					}
				}
			}
		})
	}
	wg.Wait()
	cmd.Wait()
	burst := time.Since(began)
	atKill := settled(rc.counts)
	ackedFirst := int(nAcked.Load())
	if ackedFirst < int(killAt) {
		t.Fatalf("only %d events acknowledged before the kill at %d:\n%s", ackedFirst, killAt, logs.String())
	}

	// The second process: what was not acknowledged comes again, as do
	// redeliveries of acknowledged events.
	restarted := time.Now()
	cmd2, logs2 := faultServe(t, rc, addr, db)
	retried := 0
	for n := 1; n <= total; n++ {
		switch {
		case !acked[n].Load():
			if !sendEvent(client, base, n, false) {
				t.Fatalf("event %d not acknowledged by the second process", n)
			}
		case n%10 == 0:
			if !sendEvent(client, base, n, true) {
				t.Fatalf("redelivery of event %d not acknowledged", n)
			}
			retried++
		}
	}
	answered := func() bool {
		c := rc.counts()
		for n := 1; n <= total; n++ {
			if c[fmt.Sprintf("D%04d", n)] == 0 {
				return false
			}
		}
		return true
	}
	for deadline := time.Now().Add(60 * time.Second); !answered(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			pending, _ := inboxLeft(t, db)
			t.Fatalf("not every event answered within 60s after the restart; inbox: %d pending; outbox: %s", pending, outboxLeft(t, db))
		}
	}
	allAnswered := time.Since(restarted)
	waitInboxSettled(t, db)
	cmd2.Process.Signal(syscall.SIGTERM)
	if err := cmd2.Wait(); err != nil {
		t.Errorf("second process did not stop cleanly: %v\n%s", err, logs2.String())
	}

	// Each event gets the same number of posts (its answer); the most
	// common count is that number.
	final := rc.counts()
	modes := map[int]int{}
	for n := 1; n <= total; n++ {
		modes[final[fmt.Sprintf("D%04d", n)]]++
	}
	perEvent := 0
	for posts, events := range modes {
		if events > modes[perEvent] {
			perEvent = posts
		}
	}
	lost, twice, doubledAtKill := 0, 0, 0
	for n := 1; n <= total; n++ {
		ch := fmt.Sprintf("D%04d", n)
		switch got := final[ch]; {
		case got == 0:
			lost++
		case got > perEvent:
			twice++
			if atKill[ch] > 0 {
				doubledAtKill++
			}
		}
	}
	starts, startUsers := flowStarts(t, db)
	pending, holding := inboxLeft(t, db)
	t.Logf("%d events from %d clients; SIGKILL after %d acknowledged (%v into the burst), %d channels answered by then; "+
		"restart: %d sent again (not acknowledged), %d acknowledged ones redelivered; every event answered %v after the restart; "+
		"posts per channel %v; lost %d, answered twice %d (of which the first answer came before the kill: %d); inbox left: %d pending, %d holding a payload; "+
		"flow.start audited %d times for %d users",
		total, clients, ackedFirst, burst.Round(time.Millisecond), len(atKill), total-ackedFirst, retried, allAnswered.Round(time.Millisecond),
		modes, lost, twice, doubledAtKill, pending, holding, starts, startUsers)
	if lost > 0 {
		t.Errorf("%d events never answered", lost)
	}
	if twice != doubledAtKill {
		t.Errorf("%d events answered twice whose first answer did not come before the kill", twice-doubledAtKill)
	}
	if pending != 0 || holding != 0 {
		t.Errorf("inbox after a clean stop: %d pending, %d holding a payload; want none", pending, holding)
	}
	if starts != total || startUsers != total {
		t.Errorf("%d flow.start audit entries for %d users; want one for each of the %d events", starts, startUsers, total)
	}
}

// outboxLeft describes the outbox items not sent in the database file db:
// their count per state, and how many wait for a claim that runs on.
func outboxLeft(t *testing.T, db string) string {
	t.Helper()
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var pending, sending, claimed int
	if err := conn.QueryRow(`SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'sending'),
		count(*) FILTER (WHERE state = 'sending' AND next_attempt_at > ?) FROM outbox`, time.Now().UnixMilli()).Scan(&pending, &sending, &claimed); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%d pending, %d sending (%d under a claim that has not run out)", pending, sending, claimed)
}

// flowStarts counts the flow.start audit entries in the database file db,
// and the users they are of.
func flowStarts(t *testing.T, db string) (entries, users int) {
	t.Helper()
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := conn.QueryRow(`SELECT count(*), count(DISTINCT user_id) FROM audit WHERE action = 'flow.start'`).Scan(&entries, &users); err != nil {
		t.Fatal(err)
	}
	return entries, users
}

// inboxLeft counts the inbox's pending rows and the rows holding a payload
// or a user in the database file db.
func inboxLeft(t *testing.T, db string) (pending, holding int) {
	t.Helper()
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx := context.Background()
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE payload IS NOT NULL OR user_id != '') FROM inbox`).Scan(&pending, &holding); err != nil {
		t.Fatal(err)
	}
	return pending, holding
}

// settled returns counts once two readings 100 ms apart agree (at most
// after 3 s): a request the killed process sent may still be in the fake's
// hands when it dies.
func settled(counts func() map[string]int) map[string]int {
	last := counts()
	for range 30 {
		time.Sleep(100 * time.Millisecond)
		now := counts()
		if maps.Equal(now, last) {
			return now
		}
		last = now
	}
	return last
}
