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

	"privacybot/adapters/internal/adaptertest"
)

var (
	fullLoad    = flag.Bool("slack.load", false, "run the Slack load test at full size: 10,000 slash commands from 50 clients")
	loadWorkers = flag.Int("slack.workers", 8, "workers of the adapter in the load test")
	loadQueue   = flag.Int("slack.queue", 0, "queue of the adapter in the load test (0: room for every command)")
	loadInbox   = flag.Bool("slack.inbox", false, "store every command in an inbox (a SQLite file) before acknowledging it")
)

// TestLoad sends signed slash commands over loopback from concurrent
// clients as fast as they are acknowledged, and measures the acks. Every
// command must get exactly one answer: through its response URL, or, when
// the queue was full, the "try again" answer in the ack itself.
func TestLoad(t *testing.T) {
	total, clients := 500, 20
	if *fullLoad {
		total, clients = 10000, 50
	}
	queue := *loadQueue
	if queue == 0 {
		queue = total
	}
	core := adaptertest.NewCore(echo)
	o := harnessOpts{workers: *loadWorkers, queue: queue}
	if *loadInbox {
		o.inbox, _ = adaptertest.OpenSQLite(t)
	}
	h := start(t, core, o)
	h.waitReady(t)
	transport := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
	defer transport.CloseIdleConnections()

	var (
		next      atomic.Int64
		errs      atomic.Int64
		mu        sync.Mutex
		latencies = make([]time.Duration, 0, total)
		busy      = map[string]bool{}
		wg        sync.WaitGroup
	)
	want := make(chan int, 1)
	collected := make(chan map[string]int, 1)
	go func() {
		answers := map[string]int{}
		expected := -1
		timeout := time.After(60 * time.Second)
		for got := 0; expected < 0 || got < expected; {
			select {
			case c := <-h.f.calls:
				if c.Method == "response" {
					answers[strings.TrimPrefix(c.Path, "/response/")]++
					got++
				}
			case expected = <-want:
			case <-timeout:
				collected <- nil
				return
			}
		}
		collected <- answers
	}()
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
				if err != nil {
					errs.Add(1)
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				took := time.Since(sent)
				if err != nil || res.StatusCode != http.StatusOK {
					errs.Add(1)
					continue
				}
				mu.Lock()
				latencies = append(latencies, took)
				if len(body) > 0 {
					busy[trigger] = true
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	sending := time.Since(began)

	want <- total - len(busy) - int(errs.Load())
	answers := <-collected
	if answers == nil {
		t.Fatal("not every answer arrived within 60s")
	}
	answered := time.Since(began)
	h.stop()
	if n, want := h.f.count("response"), total-len(busy)-int(errs.Load()); n != want {
		t.Errorf("%d answers after shutdown, want %d", n, want)
	}
	lost, doubles := 0, 0
	for i := 1; i <= total; i++ {
		trigger := fmt.Sprintf("load%d", i)
		n := answers[trigger]
		if busy[trigger] {
			n++
		}
		switch {
		case n == 0:
			lost++
		case n > 1:
			doubles++
		}
	}

	slices.Sort(latencies)
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	t.Logf("%d signed slash commands from %d clients, %d workers, queue %d, inbox %v: ack p50 %v, p99 %v, max %v; errors %d, asked to retry %d, lost %d, duplicate %d; sent in %v, all answered in %v",
		total, clients, *loadWorkers, queue, *loadInbox, p(0.50), p(0.99), latencies[len(latencies)-1], errs.Load(), len(busy), lost, doubles,
		sending.Round(time.Millisecond), answered.Round(time.Millisecond))
	if errs.Load() != 0 || lost != 0 || doubles != 0 {
		t.Errorf("errors %d, lost %d, duplicate %d; want none", errs.Load(), lost, doubles)
	}
	if queue >= total && len(busy) != 0 {
		t.Errorf("%d commands asked to retry with room in the queue", len(busy))
	}
	if *fullLoad && p(0.99) > 50*time.Millisecond {
		t.Errorf("ack p99 %v, want under 50ms", p(0.99))
	}
}
