package slack

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
	"privacybot/storage/sqlite"
)

var (
	burst        = flag.Bool("slack.burst", false, "run the burst test at full size: 2,000 slash commands from 2,000 users, Slack taking 150 ms a post")
	burstSenders = flag.Int("slack.senders", 0, "outbox senders in the burst test (0: the default)")
)

// startOutbox runs an outbox on a new SQLite file with a as its Slack
// courier, until ctx ends.
func startOutbox(t testing.TB, ctx context.Context, a *Adapter, now func() time.Time, log *slog.Logger, senders int) *bot.Outbox {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "outbox.db"), now)
	if err != nil {
		t.Fatalf("open outbox store: %v", err)
	}
	o := bot.NewOutbox(db, nil, now, log, bot.OutboxConfig{Senders: senders, Poll: 5 * time.Millisecond})
	a.UseOutbox(o)
	done := make(chan struct{})
	go func() {
		defer close(done)
		o.Run(ctx)
	}()
	t.Cleanup(func() {
		<-done
		db.Close()
	})
	return o
}

// until moves the harness clock on by step every 10 ms until cond holds,
// so that retries fall due; it fails after 30 s. Keep the clock no more
// than a few hundred times faster than real time: a post the fake is
// still working on must land before the outbox looks for it.
func (h *harness) until(t testing.TB, step time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 30s")
		}
		h.clock.Advance(step)
		<-time.After(10 * time.Millisecond)
	}
}

// settle moves the harness clock on by two hours, a minute at a time, so
// that every retry and give-up the outbox has in store happens.
func (h *harness) settle() {
	for range 120 {
		h.outbox.Idle()
		h.clock.Advance(time.Minute)
		<-time.After(2 * time.Millisecond)
	}
	h.outbox.Idle()
}

// notices counts the posts in channel that tell the user an answer came
// late or not at all.
func (f *fakeSlack) notices(channel string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.all {
		if c.Method == "chat.postMessage" && c.Channel == channel &&
			(strings.Contains(c.Text, escape(texts.Late.NL)) || strings.Contains(c.Text, escape(texts.Undelivered.NL))) {
			n++
		}
	}
	return n
}

// TestOutboxAnswerReachesTheUserOnce: whatever Slack does with the post of
// an answer in a DM, the user gets it once, or, after the last try, a note
// with the answer.
func TestOutboxAnswerReachesTheUserOnce(t *testing.T) {
	tests := []struct {
		name        string
		failures    []failure
		wantPosts   int
		wantNotices int
	}{
		{"at once", nil, 1, 0},
		{"three 429s", []failure{{status: 429, retryAfter: "1"}, {status: 429, retryAfter: "1"}, {status: 429, retryAfter: "1"}}, 1, 0},
		{"a 429 asking two minutes", []failure{{status: 429, retryAfter: "120"}}, 1, 0},
		{"a 5xx after posting", []failure{{status: 503, keep: true}}, 1, 0},
		{"a 5xx without posting", []failure{{status: 503}}, 1, 0},
		{"accepted, answered after the timeout", []failure{{status: 200, keep: true, delay: 400 * time.Millisecond}}, 1, 0},
		{"six 5xx: the answer comes with a note", []failure{{status: 500}, {status: 500}, {status: 500}, {status: 500}, {status: 500}, {status: 500}}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t)
			for _, fl := range tt.failures {
				f.fail("chat.postMessage", 1, fl.status, fl.retryAfter)
				f.mu.Lock()
				q := f.failures["chat.postMessage"]
				q[len(q)-1].keep, q[len(q)-1].delay = fl.keep, fl.delay
				f.mu.Unlock()
			}
			h := start(t, adaptertest.NewCore(echo), harnessOpts{fake: f, outbox: true, timeout: 200 * time.Millisecond})
			h.event(t, dmEvent("Ev1", "U1", "D1", "mag ik delen met school?"))
			h.until(t, 5*time.Second, func() bool { return len(f.posts("D1"))+f.notices("D1") > 0 })
			h.settle()
			if got := len(f.posts("D1")); got != tt.wantPosts {
				t.Errorf("the user got the answer %d times, want %d", got, tt.wantPosts)
			}
			if got := f.notices("D1"); got != tt.wantNotices {
				t.Errorf("%d notes, want %d", got, tt.wantNotices)
			}
			if tt.wantNotices > 0 && !strings.Contains(string(f.all[len(f.all)-1].Blocks), "op mag ik delen met school?") {
				t.Errorf("the note lacks the answer: %s", f.all[len(f.all)-1].Blocks)
			}
		})
	}
}

// TestRemindersAnsweredAfterTheTimeoutOnce: 1,000 reminders, each handed
// to the outbox twice (as after a crash before "sent"); Slack takes every
// post but answers after the client's timeout. Each user gets one.
func TestRemindersAnsweredAfterTheTimeoutOnce(t *testing.T) {
	const n = 1000
	f := newFakeSlack(t)
	for range n {
		f.fail("chat.postMessage", 1, 200, "")
	}
	f.mu.Lock()
	for i := range f.failures["chat.postMessage"] {
		f.failures["chat.postMessage"][i].keep = true
		f.failures["chat.postMessage"][i].delay = 150 * time.Millisecond
	}
	f.mu.Unlock()
	h := start(t, adaptertest.NewCore(echo), harnessOpts{fake: f, outbox: true, timeout: 100 * time.Millisecond})
	for range 2 {
		for i := range n {
			to := bot.Address{Platform: bot.Slack, User: fmt.Sprintf("U%04d", i), Channel: bot.DM}
			if err := h.outbox.Send(t.Context(), fmt.Sprintf("reminder:%d:1764662400000", i), to, bot.Reply{Text: "Herinnering", Direct: true}); err != nil {
				t.Fatalf("Send: %v", err)
			}
		}
	}
	h.until(t, time.Second, func() bool {
		for i := range n {
			if len(f.posts(fmt.Sprintf("DU%04d", i))) == 0 {
				return false
			}
		}
		return true
	})
	h.settle()
	for i := range n {
		if got := len(f.posts(fmt.Sprintf("DU%04d", i))); got != 1 {
			t.Errorf("user %d got the reminder %d times: %v", i, got, f.posts(fmt.Sprintf("DU%04d", i)))
			for _, l := range strings.Split(h.logs.String(), "\n") {
				if strings.Contains(l, fmt.Sprintf(`"item":%d,`, i+1)) {
					t.Log(l)
				}
			}
		}
		if got := f.notices(fmt.Sprintf("DU%04d", i)); got != 0 {
			t.Errorf("user %d got %d notes of a failed delivery", i, got)
		}
	}
	// A request the client gave up on before it reached the fake leaves its
	// slow answer to the retry, so not every reminder needs a check.
	if got := int(f.historyReads.Load()); got < n/2 {
		t.Errorf("%d history checks, want one for most reminders", got)
	}
}

// TestBurstAtPlatformSpeed: a burst of slash commands from as many users,
// Slack taking 150 ms for each answer: every command is answered once and
// none is refused as busy. -slack.burst runs 2,000.
func TestBurstAtPlatformSpeed(t *testing.T) {
	total := 200
	if *burst {
		total = 2000
	}
	f := newFakeSlack(t)
	f.latency = 150 * time.Millisecond
	h := start(t, adaptertest.NewCore(echo), harnessOpts{fake: f, outbox: true, senders: *burstSenders, timeout: 10 * time.Second})
	h.waitReady(t)
	answered := make(chan string, total)
	go func() {
		for c := range f.calls {
			if c.Method == "response" {
				answered <- strings.TrimPrefix(c.Path, "/response/")
			}
		}
	}()
	transport := &http.Transport{MaxIdleConnsPerHost: 50, MaxConnsPerHost: 50}
	client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
	defer transport.CloseIdleConnections()
	var (
		next, busy, errs atomic.Int64
		wg               sync.WaitGroup
	)
	began := time.Now()
	for range 50 {
		wg.Go(func() {
			for {
				i := next.Add(1)
				if i > int64(total) {
					return
				}
				trigger := fmt.Sprintf("burst%d", i)
				req, err := h.signedRequest("/slack/commands", "application/x-www-form-urlencoded",
					commandForm(f, fmt.Sprintf("U%05d", i), "C1", "vraag "+trigger, trigger))
				if err != nil {
					errs.Add(1)
					continue
				}
				res, err := client.Do(req)
				if err != nil {
					errs.Add(1)
					continue
				}
				if res.StatusCode != http.StatusOK {
					errs.Add(1)
				} else if res.ContentLength > 0 {
					busy.Add(1)
				}
				res.Body.Close()
			}
		})
	}
	wg.Wait()
	acked := time.Since(began)
	got := map[string]int{}
	timeout := time.After(60 * time.Second)
	for len(got) < total {
		select {
		case trig := <-answered:
			got[trig]++
		case <-timeout:
			t.Fatalf("%d of %d answered within 60s", len(got), total)
		}
	}
	took := time.Since(began)
	h.outbox.Idle()
	doubles := 0
	for _, n := range got {
		if n > 1 {
			doubles++
		}
	}
	t.Logf("%d slash commands from %d users, Slack at 150 ms a post: acked in %v, all answered in %v (%.0f answers/s); busy %d, errors %d, duplicate %d",
		total, total, acked.Round(time.Millisecond), took.Round(time.Millisecond), float64(total)/took.Seconds(), busy.Load(), errs.Load(), doubles)
	if busy.Load() != 0 || errs.Load() != 0 || doubles != 0 {
		t.Errorf("busy %d, errors %d, duplicate %d; want none", busy.Load(), errs.Load(), doubles)
	}
}
