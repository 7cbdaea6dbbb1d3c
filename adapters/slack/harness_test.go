package slack

import (
	"bytes"
	"context"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// sleeps records the waits the adapter asked for, without waiting.
type sleeps struct {
	mu  sync.Mutex
	got []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.got = append(s.got, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.got...)
}

// harness runs an adapter against the fake Slack.
type harness struct {
	f      *fakeSlack
	core   *adaptertest.Core
	dedup  bot.DedupStore
	clock  *adaptertest.Clock
	sleeps *sleeps
	logs   *adaptertest.Log
	a      *Adapter
	outbox *bot.Outbox
	srv    *httptest.Server
	done   chan error
	cancel context.CancelFunc
	once   sync.Once
}

type harnessOpts struct {
	mode    string
	workers int
	queue   int
	dedup   bot.DedupStore
	fake    *fakeSlack
	// outbox, when set, sends the answers through an outbox on a SQLite
	// file, with that many senders (bot.OutboxConfig.Senders, 0: default).
	outbox  bool
	senders int
	// timeout is the HTTP client's timeout for calls to Slack (0: default).
	timeout time.Duration
	// inbox, when set, makes the adapter store events there under owner.
	inbox bot.InboxStore
	owner string
}

// start builds and runs an adapter with core against a fake Slack.
func start(t testing.TB, core *adaptertest.Core, o harnessOpts) *harness {
	t.Helper()
	if o.mode == "" {
		o.mode = ModeHTTP
	}
	if o.dedup == nil {
		o.dedup = adaptertest.NewDedup()
	}
	f := o.fake
	if f == nil {
		f = newFakeSlack(t)
	}
	h := &harness{
		f: f, core: core, dedup: o.dedup,
		clock:  adaptertest.NewClock(time.Unix(1531420618, 0)),
		sleeps: &sleeps{},
		logs:   &adaptertest.Log{},
		done:   make(chan error, 1),
	}
	log := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg := Config{Mode: o.mode, BotToken: "xoxb-test", AppToken: "xapp-test", SigningSecret: testSecret, APIURL: f.url(""), Workers: o.workers, Queue: o.queue}
	opts := []Option{WithClock(h.clock.Now), WithSleep(h.sleeps.sleep)}
	if o.timeout > 0 {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 256
		opts = append(opts, WithHTTPClient(&http.Client{Timeout: o.timeout, Transport: tr}))
	}
	if o.inbox != nil {
		opts = append(opts, WithInbox(o.inbox, o.owner))
	}
	a, err := New(cfg, core, o.dedup, log, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h.a = a
	h.srv = httptest.NewServer(a.Handler())
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	if o.outbox {
		h.outbox = startOutbox(t, ctx, a, h.clock.Now, log, o.senders)
	}
	go func() { h.done <- a.Run(ctx) }()
	t.Cleanup(h.stop)
	return h
}

// stop shuts the adapter down and waits for Run to return.
func (h *harness) stop() {
	h.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = h.a.Shutdown(ctx)
		h.cancel()
		<-h.done
		h.srv.Close()
	})
}

// waitReady waits until the adapter reports ready.
func (h *harness) waitReady(t testing.TB) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !h.a.Ready() {
		if time.Now().After(deadline) {
			t.Fatal("adapter not ready within 10s")
		}
		time.Sleep(time.Millisecond)
	}
}

// signed builds a request to path signed with the test secret at the
// harness clock's time.
func (h *harness) signed(t testing.TB, path, contentType, body string) *http.Request {
	t.Helper()
	req, err := h.signedRequest(path, contentType, body)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func (h *harness) signedRequest(path, contentType, body string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, h.srv.URL+path, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	ts := strconv.FormatInt(h.clock.Now().Unix(), 10)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(sign([]byte(testSecret), ts, []byte(body))))
	return req, nil
}

// do sends req and returns the status and body.
func do(t testing.TB, c *http.Client, req *http.Request) (int, string) {
	t.Helper()
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("request: %v", err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(res.Body)
	return res.StatusCode, b.String()
}

// post sends a signed request and wants 200.
func (h *harness) post(t testing.TB, path, contentType, body string) string {
	t.Helper()
	status, resp := do(t, h.srv.Client(), h.signed(t, path, contentType, body))
	if status != http.StatusOK {
		t.Fatalf("POST %s: status %d %q", path, status, resp)
	}
	return resp
}

// command sends a signed slash command.
func (h *harness) command(t testing.TB, user, channel, text, trigger string) string {
	t.Helper()
	return h.post(t, "/slack/commands", "application/x-www-form-urlencoded", commandForm(h.f, user, channel, text, trigger))
}

func commandForm(f *fakeSlack, user, channel, text, trigger string) string {
	return url.Values{
		"command": {"/privacy"}, "text": {text}, "user_id": {user}, "channel_id": {channel},
		"response_url": {f.url("response/" + trigger)}, "trigger_id": {trigger},
	}.Encode()
}

// event sends a signed Events API callback.
func (h *harness) event(t testing.TB, body string) {
	t.Helper()
	h.post(t, "/slack/events", "application/json", body)
}

// press sends a signed interaction.
func (h *harness) press(t testing.TB, payload string) {
	t.Helper()
	h.post(t, "/slack/interactions", "application/x-www-form-urlencoded", url.Values{"payload": {payload}}.Encode())
}

func dmEvent(eventID, user, channel, text string) string {
	return `{"type":"event_callback","event_id":"` + eventID + `","event":{"type":"message","channel_type":"im","user":"` + user + `","channel":"` + channel + `","text":` + strconv.Quote(text) + `,"ts":"1700000001.000100"}}`
}

func mentionEvent(eventID, user, channel, text, ts string) string {
	return `{"type":"event_callback","event_id":"` + eventID + `","event":{"type":"app_mention","user":"` + user + `","channel":"` + channel + `","text":` + strconv.Quote(text) + `,"ts":"` + ts + `"}}`
}
