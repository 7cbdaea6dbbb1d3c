package slack

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var fullLoad = flag.Bool("slack.load", false, "run the Slack load test at full size (10,000 slash commands)")

// TestLoad sends signed slash commands over loopback from concurrent
// clients and measures how fast they are acknowledged; every command must
// get exactly one answer.
func TestLoad(t *testing.T) {
	total, clients := 500, 20
	if *fullLoad {
		total, clients = 10000, 50
	}
	core := newFakeCore(echo)
	h := start(t, core, harnessOpts{})
	h.waitReady(t)
	transport := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
	defer transport.CloseIdleConnections()

	var (
		next      atomic.Int64
		errs      atomic.Int64
		busy      atomic.Int64
		mu        sync.Mutex
		latencies = make([]time.Duration, 0, total)
		wg        sync.WaitGroup
	)
	began := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				n := next.Add(1)
				if n > int64(total) {
					return
				}
				trigger := fmt.Sprintf("load%d", n)
				req, err := h.signedRequest("/slack/commands", "application/x-www-form-urlencoded",
					commandForm(h.f, fmt.Sprintf("U%d", n%97), "C1", "vraag "+trigger, trigger))
				if err != nil {
					errs.Add(1)
					continue
				}
				sent := time.Now()
				res, err := client.Do(req)
				took := time.Since(sent)
				if err != nil {
					errs.Add(1)
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					errs.Add(1)
				}
				if len(body) > 0 {
					busy.Add(1)
				}
				mu.Lock()
				latencies = append(latencies, took)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	sending := time.Since(began)

	answers := map[string]int{}
	timeout := time.After(60 * time.Second)
	for got := 0; got < total; {
		select {
		case c := <-h.f.calls:
			if c.Method == "response" {
				answers[strings.TrimPrefix(c.Path, "/response/")]++
				got++
			}
		case <-timeout:
			logs := h.logs.String()
			t.Fatalf("%d of %d answers within 60s; %d errors, %d busy; log has %d 'not delivered', %d 'handled'",
				got, total, errs.Load(), busy.Load(), strings.Count(logs, "not delivered"), strings.Count(logs, "event handled"))
		}
	}
	answered := time.Since(began)
	h.stop()
	if n := h.f.count("response"); n != total {
		t.Errorf("%d answers after shutdown, want %d", n, total)
	}
	missing, doubles := 0, 0
	for i := 1; i <= total; i++ {
		switch answers[fmt.Sprintf("load%d", i)] {
		case 0:
			missing++
		case 1:
		default:
			doubles++
		}
	}

	slices.Sort(latencies)
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	t.Logf("%d signed slash commands from %d clients: ack p50 %v, p99 %v, max %v; errors %d, busy %d, lost %d, duplicate %d; sent in %v, all answered in %v",
		total, clients, p(0.50), p(0.99), latencies[len(latencies)-1], errs.Load(), busy.Load(), missing, doubles, sending.Round(time.Millisecond), answered.Round(time.Millisecond))
	if errs.Load() != 0 || busy.Load() != 0 || missing != 0 || doubles != 0 {
		t.Errorf("errors %d, busy %d, lost %d, duplicate %d; want none", errs.Load(), busy.Load(), missing, doubles)
	}
	if *fullLoad && p(0.99) > 50*time.Millisecond {
		t.Errorf("ack p99 %v, want under 50ms", p(0.99))
	}
}
