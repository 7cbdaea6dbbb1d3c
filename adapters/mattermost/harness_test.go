package mattermost

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

// reconnectWait is the reconnect backoff in tests; a sleep of exactly it
// waits for the test to open the gate.
const reconnectWait = 1234 * time.Millisecond

// harness runs an adapter against a fake Mattermost, with the adapter's
// endpoints served on a loopback server.
type harness struct {
	t     *testing.T
	mm    *fakeMM
	core  *adaptertest.Core
	dedup bot.DedupStore
	a     *Adapter
	// botURL serves the adapter's Handler.
	botURL string
	// gate lets one reconnect through per value.
	gate chan struct{}
	// reconnecting gets a value when the adapter waits to reconnect.
	reconnecting chan struct{}
	clock        adaptertest.Clock

	sleepMu sync.Mutex
	sleeps  []time.Duration

	runDone chan error
}

type harnessConfig struct {
	mm     *fakeMM
	dedup  bot.DedupStore
	adjust func(*Config)
	// inbox, when set, makes the adapter store events there under owner.
	inbox bot.InboxStore
	owner string
}

func newHarness(t *testing.T, core *adaptertest.Core, hc harnessConfig) *harness {
	t.Helper()
	if hc.mm == nil {
		hc.mm = newFakeMM(t)
	}
	if hc.dedup == nil {
		hc.dedup = adaptertest.NewDedup()
	}
	h := &harness{t: t, mm: hc.mm, core: core, dedup: hc.dedup, gate: make(chan struct{}, 16), reconnecting: make(chan struct{}, 16)}
	start := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	h.clock.Set(start)
	var handler atomic.Pointer[http.Handler]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*handler.Load()).ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	h.botURL = srv.URL
	cfg := Config{
		URL:          hc.mm.srv.URL,
		Token:        testToken,
		CommandToken: testCommandToken,
		PublicURL:    srv.URL,
	}
	if hc.adjust != nil {
		hc.adjust(&cfg)
	}
	opts := []Option{
		WithClock(h.clock.Now),
		WithSleep(h.sleep),
		WithReconnectBackoff(func(int) time.Duration { return reconnectWait }),
	}
	if hc.inbox != nil {
		opts = append(opts, WithInbox(hc.inbox, hc.owner))
	}
	a, err := New(cfg, core, hc.dedup, slog.New(slog.DiscardHandler), opts...)
	if err != nil {
		t.Fatal(err)
	}
	h.a = a
	hnd := a.Handler()
	handler.Store(&hnd)
	return h
}

// sleep records d and returns at once, except for a reconnect, which
// waits for the gate.
func (h *harness) sleep(ctx context.Context, d time.Duration) error {
	h.sleepMu.Lock()
	h.sleeps = append(h.sleeps, d)
	h.sleepMu.Unlock()
	if d == reconnectWait {
		h.reconnecting <- struct{}{}
		select {
		case <-h.gate:
		case <-ctx.Done():
		}
	}
	return ctx.Err()
}

// slept returns the waits asked for, reconnects left out.
func (h *harness) slept() []time.Duration {
	h.sleepMu.Lock()
	defer h.sleepMu.Unlock()
	var out []time.Duration
	for _, d := range h.sleeps {
		if d != reconnectWait {
			out = append(out, d)
		}
	}
	return out
}

// waitReconnecting waits until the adapter lost its WebSocket and waits
// to reconnect.
func (h *harness) waitReconnecting() {
	h.t.Helper()
	select {
	case <-h.reconnecting:
	case <-time.After(10 * time.Second):
		h.t.Fatal("the adapter did not notice the lost WebSocket within 10s")
	}
}

// advance moves the adapter's clock.
func (h *harness) advance(d time.Duration) {
	h.clock.Advance(d)
}

// run starts the adapter and waits until its WebSocket is connected; the
// adapter is shut down when the test ends.
func (h *harness) run() {
	h.t.Helper()
	h.start()
	h.mm.waitConnected(h.t)
}

// start starts the adapter without waiting for the WebSocket.
func (h *harness) start() {
	h.runDone = make(chan error, 1)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { h.runDone <- h.a.Run(ctx) }()
	h.t.Cleanup(func() {
		h.stop()
		cancel()
	})
}

// stop shuts the adapter down and waits for Run to return.
func (h *harness) stop() {
	h.t.Helper()
	if h.runDone == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.a.Shutdown(ctx); err != nil {
		h.t.Errorf("shutdown: %v", err)
	}
	select {
	case err := <-h.runDone:
		if err != nil {
			h.t.Errorf("run: %v", err)
		}
	case <-time.After(10 * time.Second):
		h.t.Error("Run did not return after Shutdown")
	}
	h.runDone = nil
}

// command sends a slash command request and returns the status and body.
func (h *harness) command(form url.Values, header http.Header) (int, string) {
	h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, h.botURL+CommandPath, strings.NewReader(form.Encode()))
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatalf("slash command: %v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatalf("read slash command answer: %v", err)
	}
	return resp.StatusCode, string(body)
}

// commandForm is a slash command request as Mattermost sends it.
func commandForm(token, user, channel, channelName, text string) url.Values {
	v := url.Values{}
	v.Set("channel_id", channel)
	v.Set("channel_name", channelName)
	v.Set("command", "/privacy")
	v.Set("team_domain", "jeugdteam")
	v.Set("team_id", "teamidteamidteamidteamid00")
	v.Set("text", text)
	v.Set("trigger_id", "triggerid")
	v.Set("user_id", user)
	v.Set("user_name", "someone")
	v.Set("response_url", "http://mattermost.invalid/hooks/commands/x")
	if token != "" {
		v.Set("token", token)
	}
	return v
}
