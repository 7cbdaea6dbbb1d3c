package slack

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"privacybot/adapters/internal/httpjson"
)

// apiCall is one call the adapter made to the fake Slack.
type apiCall struct {
	Method          string
	Path            string
	Channel         string
	User            string
	Text            string
	ThreadTS        string
	TS              string
	Blocks          json.RawMessage
	ResponseType    string
	ReplaceOriginal bool
	Token           string
}

// failure is a canned error answer for a method.
type failure struct {
	status     int
	retryAfter string
	// keep makes the post land (it shows in conversations.history) before
	// the failure is answered: a 5xx or a timeout after Slack took it.
	keep bool
	// delay holds the answer back this long.
	delay time.Duration
}

// fakeSlack is slacktest's server extended with the endpoints the adapter
// uses (conversations.open, chat.postEphemeral, chat.update, users.info,
// auth.test, response URLs, Socket Mode), recording every call.
type fakeSlack struct {
	srv   *slacktest.Server
	calls chan apiCall

	mu        sync.Mutex
	all       []apiCall
	failures  map[string][]failure
	ts        int
	userInfos map[string]int
	locales   map[string]string
	// authErrors are Slack errors auth.test answers, one per call, before
	// it succeeds.
	authErrors []string

	conns chan *fakeConn

	// history holds the posts made with metadata, per channel.
	history map[string][]map[string]any
	// latency holds back every answer to a post this long.
	latency time.Duration
	// historyReads counts conversations.history calls.
	historyReads atomic.Int64
	fg           fgFake
}

func newFakeSlack(t testing.TB) *fakeSlack {
	t.Helper()
	f := &fakeSlack{
		calls:     make(chan apiCall, 4096),
		failures:  map[string][]failure{},
		userInfos: map[string]int{},
		locales:   map[string]string{},
		conns:     make(chan *fakeConn, 16),
		history:   map[string][]map[string]any{},
	}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", f.authTest)
		c.Handle("/conversations.open", f.record("conversations.open"))
		c.Handle("/chat.postMessage", f.record("chat.postMessage"))
		c.Handle("/chat.postEphemeral", f.record("chat.postEphemeral"))
		c.Handle("/chat.update", f.record("chat.update"))
		c.Handle("/users.info", f.usersInfo)
		c.Handle("/conversations.history", f.conversationsHistory)
		c.Handle("/response/", f.record("response"))
		c.Handle("/apps.connections.open", f.connectionsOpen)
		c.Handle("/link", slacktest.Websocket(f.socket))
		c.Handle("/views.open", f.viewsOpen)
		c.Handle("/conversations.members", f.conversationsMembers)
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

// url is the fake's address for path.
func (f *fakeSlack) url(path string) string { return f.srv.GetAPIURL() + path }

// fail makes the next n calls of method fail with status.
func (f *fakeSlack) fail(method string, n, status int, retryAfter string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.failures[method] = append(f.failures[method], failure{status: status, retryAfter: retryAfter})
	}
}

func (f *fakeSlack) takeFailure(method string) (failure, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fs := f.failures[method]
	if len(fs) == 0 {
		return failure{}, false
	}
	f.failures[method] = fs[1:]
	return fs[0], true
}

func (f *fakeSlack) authTest(w http.ResponseWriter, _ *http.Request) {
	f.mu.Lock()
	var slackErr string
	if len(f.authErrors) > 0 {
		slackErr, f.authErrors = f.authErrors[0], f.authErrors[1:]
	}
	f.mu.Unlock()
	if slackErr != "" {
		httpjson.Write(w, map[string]any{"ok": false, "error": slackErr})
		return
	}
	httpjson.Write(w, map[string]any{"ok": true, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"})
}

func (f *fakeSlack) usersInfo(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	user := r.Form.Get("user")
	f.mu.Lock()
	f.userInfos[user]++
	locale := f.locales[user]
	f.mu.Unlock()
	if locale == "" {
		locale = "nl-NL"
	}
	httpjson.Write(w, map[string]any{"ok": true, "user": map[string]any{"id": user, "tz": "Europe/Amsterdam", "locale": locale}})
}

// userInfoCalls counts users.info calls for user.
func (f *fakeSlack) userInfoCalls(user string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.userInfos[user]
}

// record answers a Web API method or a response URL and records the call.
func (f *fakeSlack) record(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fl, failing := f.takeFailure(method)
		if failing && fl.keep {
			_ = r.ParseForm()
			f.keepPost(r.Form)
		}
		if d := max(fl.delay, f.postLatency(method)); d > 0 {
			time.Sleep(d)
		}
		if failing {
			if fl.retryAfter != "" {
				w.Header().Set("Retry-After", fl.retryAfter)
			}
			w.WriteHeader(fl.status)
			return
		}
		c := apiCall{Method: method, Path: r.URL.Path, Token: r.Header.Get("Authorization")}
		if method == "response" {
			var body struct {
				Text            string          `json:"text"`
				Blocks          json.RawMessage `json:"blocks"`
				ResponseType    string          `json:"response_type"`
				ReplaceOriginal bool            `json:"replace_original"`
				ThreadTS        string          `json:"thread_ts"`
			}
			raw, _ := io.ReadAll(r.Body)
			if err := json.Unmarshal(raw, &body); err != nil {
				http.Error(w, "bad json", http.StatusBadRequest)
				return
			}
			c.Text, c.Blocks, c.ResponseType, c.ReplaceOriginal, c.ThreadTS = body.Text, body.Blocks, body.ResponseType, body.ReplaceOriginal, body.ThreadTS
		} else {
			_ = r.ParseForm()
			c.Channel, c.User, c.Text, c.ThreadTS, c.TS = r.Form.Get("channel"), r.Form.Get("user"), r.Form.Get("text"), r.Form.Get("thread_ts"), r.Form.Get("ts")
			if b := r.Form.Get("blocks"); b != "" {
				c.Blocks = json.RawMessage(b)
			}
			if method == "conversations.open" {
				c.User = r.Form.Get("users")
			}
			if method == "chat.postMessage" {
				f.keepPost(r.Form)
			}
		}
		f.mu.Lock()
		f.ts++
		if c.TS == "" {
			c.TS = fmt.Sprintf("1700000000.%06d", f.ts)
		}
		f.all = append(f.all, c)
		f.mu.Unlock()
		f.calls <- c
		switch method {
		case "conversations.open":
			httpjson.Write(w, map[string]any{"ok": true, "channel": map[string]any{"id": "D" + c.User}})
		case "response":
			httpjson.Write(w, map[string]any{"ok": true})
		default:
			httpjson.Write(w, map[string]any{"ok": true, "channel": c.Channel, "ts": c.TS, "message_ts": c.TS})
		}
	}
}

// next waits for the next call of one of methods, skipping others.
func (f *fakeSlack) next(t testing.TB, methods ...string) apiCall {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case c := <-f.calls:
			for _, m := range methods {
				if c.Method == m {
					return c
				}
			}
		case <-timeout:
			t.Fatalf("no call of %v within 10s", methods)
		}
	}
}

// nextBoth waits for the next call of method a and of method b, in either
// order, skipping others.
func (f *fakeSlack) nextBoth(t testing.TB, a, b string) (apiCall, apiCall) {
	t.Helper()
	var ca, cb *apiCall
	for ca == nil || cb == nil {
		c := f.next(t, a, b)
		switch {
		case c.Method == a && ca == nil:
			ca = &c
		case c.Method == b && cb == nil:
			cb = &c
		}
	}
	return *ca, *cb
}

// count reports how many calls of method were made so far.
func (f *fakeSlack) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.all {
		if c.Method == method {
			n++
		}
	}
	return n
}

func (f *fakeSlack) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer xapp-") {
		httpjson.Write(w, map[string]any{"ok": false, "error": "not_authed"})
		return
	}
	httpjson.Write(w, map[string]any{"ok": true, "url": "ws://" + f.srv.ServerAddr + "/link"})
}

// fakeConn is one Socket Mode connection as Slack's side sees it.
type fakeConn struct {
	c      *websocket.Conn
	acks   chan socketAck
	closed chan struct{}
}

type socketAck struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

func (f *fakeSlack) socket(c *websocket.Conn) {
	if err := c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1}); err != nil {
		return
	}
	conn := &fakeConn{c: c, acks: make(chan socketAck, 100), closed: make(chan struct{})}
	f.conns <- conn
	defer close(conn.closed)
	for {
		var a socketAck
		if err := c.ReadJSON(&a); err != nil {
			return
		}
		conn.acks <- a
	}
}

// nextConn waits for the adapter to connect.
func (f *fakeSlack) nextConn(t testing.TB) *fakeConn {
	t.Helper()
	select {
	case c := <-f.conns:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("no Socket Mode connection within 10s")
		return nil
	}
}

// send delivers a Socket Mode envelope.
func (c *fakeConn) send(t testing.TB, envelope map[string]any) {
	t.Helper()
	if err := c.c.WriteJSON(envelope); err != nil {
		t.Fatalf("write envelope: %v", err)
	}
}

// ack waits for the acknowledgement of the next envelope.
func (c *fakeConn) ack(t testing.TB) socketAck {
	t.Helper()
	select {
	case a := <-c.acks:
		return a
	case <-time.After(10 * time.Second):
		t.Fatal("no ack within 10s")
		return socketAck{}
	}
}

// drop cuts the connection without a close handshake.
func (c *fakeConn) drop() { _ = c.c.UnderlyingConn().Close() }

// blocksOf decodes a call's blocks.
func blocksOf(t testing.TB, c apiCall) []slack.Block {
	t.Helper()
	if len(c.Blocks) == 0 {
		return nil
	}
	var b slack.Blocks
	if err := json.Unmarshal(c.Blocks, &b); err != nil {
		t.Fatalf("decode blocks: %v", err)
	}
	return b.BlockSet
}

// shownText joins the text of a call's sections and context lines.
func shownText(t testing.TB, c apiCall) string {
	t.Helper()
	var parts []string
	for _, b := range blocksOf(t, c) {
		switch b := b.(type) {
		case *slack.SectionBlock:
			parts = append(parts, b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if to, ok := e.(*slack.TextBlockObject); ok {
					parts = append(parts, to.Text)
				}
			}
		}
	}
	return strings.Join(parts, "\n")
}

// button is a button found in a call's blocks with its block.
type button struct {
	blockID string
	el      *slack.ButtonBlockElement
}

// buttonsOf lists the buttons of a call in order.
func buttonsOf(t testing.TB, c apiCall) []button {
	t.Helper()
	var out []button
	for _, b := range blocksOf(t, c) {
		ab, ok := b.(*slack.ActionBlock)
		if !ok {
			continue
		}
		for _, e := range ab.Elements.ElementSet {
			if be, ok := e.(*slack.ButtonBlockElement); ok {
				out = append(out, button{blockID: ab.BlockID, el: be})
			}
		}
	}
	return out
}

// pressPayload builds the interaction Slack sends when user presses the
// button with value under the message of call c, shown in channel.
func pressPayload(t testing.TB, f *fakeSlack, c apiCall, user, channel, value string, n int) string {
	t.Helper()
	for _, b := range buttonsOf(t, c) {
		if b.el.Value != value {
			continue
		}
		ephemeral := c.Method != "chat.postMessage"
		p := map[string]any{
			"type":         "block_actions",
			"user":         map[string]any{"id": user},
			"channel":      map[string]any{"id": channel},
			"container":    map[string]any{"type": "message", "message_ts": c.TS, "channel_id": channel, "is_ephemeral": ephemeral},
			"trigger_id":   "trig" + strconv.Itoa(n),
			"response_url": f.url("response/press" + strconv.Itoa(n)),
			"actions": []any{map[string]any{
				"type": "button", "action_id": b.el.ActionID, "block_id": b.blockID, "value": b.el.Value,
				"text": map[string]any{"type": "plain_text", "text": b.el.Text.Text},
			}},
		}
		if !ephemeral {
			p["message"] = map[string]any{"ts": c.TS, "text": c.Text, "blocks": c.Blocks}
		}
		raw, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(raw)
	}
	t.Fatalf("no button with value %q in %s", value, c.Blocks)
	return ""
}

// postLatency is how long the fake takes to answer a call of method.
func (f *fakeSlack) postLatency(method string) time.Duration {
	switch method {
	case "chat.postMessage", "chat.postEphemeral", "response":
		return f.latency
	}
	return 0
}

// keepPost adds a chat.postMessage with metadata to its channel's history.
func (f *fakeSlack) keepPost(form url.Values) {
	raw := form.Get("metadata")
	if raw == "" {
		return
	}
	var meta map[string]any
	if json.Unmarshal([]byte(raw), &meta) != nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := form.Get("channel")
	f.history[ch] = append(f.history[ch], map[string]any{"type": "message", "text": form.Get("text"), "metadata": meta})
}

// posts returns the our-message IDs of the posts kept in channel, in order.
func (f *fakeSlack) posts(channel string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var ids []string
	for _, m := range f.history[channel] {
		if p, ok := m["metadata"].(map[string]any)["event_payload"].(map[string]any); ok {
			ids = append(ids, fmt.Sprint(p["id"]))
		}
	}
	return ids
}

// conversationsHistory answers with the channel's kept posts, newest
// first, with their metadata when include_all_metadata asks for it.
func (f *fakeSlack) conversationsHistory(w http.ResponseWriter, r *http.Request) {
	f.historyReads.Add(1)
	_ = r.ParseForm()
	f.mu.Lock()
	kept := f.history[r.Form.Get("channel")]
	msgs := make([]map[string]any, 0, len(kept))
	for i := len(kept) - 1; i >= 0; i-- {
		m := map[string]any{"type": "message", "text": kept[i]["text"]}
		if r.Form.Get("include_all_metadata") == "1" {
			m["metadata"] = kept[i]["metadata"]
		}
		msgs = append(msgs, m)
	}
	f.mu.Unlock()
	httpjson.Write(w, map[string]any{"ok": true, "messages": msgs, "has_more": false})
}
