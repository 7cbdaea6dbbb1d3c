package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/storage/sqlite"
)

const (
	e2eSigningSecret = "0123456789abcdef0123456789abcdef"
	e2eMMToken       = "e2e-mattermost-token"
	e2eCommandToken  = "e2e-command-token"
)

// fakePlatforms is a minimal Slack Web API, a Slack response_url, and a
// Mattermost REST API with its WebSocket: just what serve needs to start,
// connect and answer.
type fakePlatforms struct {
	srv *httptest.Server
	bot *model.User

	mu        sync.Mutex
	responses []string
	// hold, when set, keeps response_url requests waiting until closed.
	hold     chan struct{}
	received chan struct{}
}

func newFakePlatforms(t *testing.T) *fakePlatforms {
	f := &fakePlatforms{bot: &model.User{Id: model.NewId(), Username: "privacybot", IsBot: true}, received: make(chan struct{}, 16)}
	mux := http.NewServeMux()
	slackOK := func(extra map[string]any) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			body := map[string]any{"ok": true}
			for k, v := range extra {
				body[k] = v
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(body)
		}
	}
	mux.HandleFunc("/slack/api/auth.test", slackOK(map[string]any{"user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"}))
	mux.HandleFunc("/slack/api/users.info", slackOK(map[string]any{"user": map[string]any{"id": "U1", "tz": "Europe/Amsterdam", "locale": "nl-NL"}}))
	mux.HandleFunc("/slack/api/conversations.open", slackOK(map[string]any{"channel": map[string]any{"id": "D1"}}))
	mux.HandleFunc("/slack/api/", slackOK(map[string]any{"ts": "1.1", "channel": "D1"}))
	mux.HandleFunc("/slack/response", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		hold := f.hold
		f.mu.Unlock()
		if hold != nil {
			f.received <- struct{}{}
			<-hold
		}
		f.mu.Lock()
		f.responses = append(f.responses, string(body))
		f.mu.Unlock()
		w.Write([]byte("ok"))
	})
	mmJSON := func(v any, status int) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(v)
		}
	}
	mux.HandleFunc("GET /mm/api/v4/users/me", mmJSON(f.bot, 200))
	mux.HandleFunc("GET /mm/api/v4/users/{id}", mmJSON(&model.User{Id: "M1", Locale: "nl"}, 200))
	mux.HandleFunc("POST /mm/api/v4/channels/direct", mmJSON(&model.Channel{Id: "DM1", Type: model.ChannelTypeDirect}, 201))
	mux.HandleFunc("GET /mm/api/v4/channels/{id}/posts", mmJSON(model.NewPostList(), 200))
	mux.HandleFunc("POST /mm/api/v4/posts", mmJSON(&model.Post{Id: model.NewId(), ChannelId: "DM1"}, 201))
	mux.HandleFunc("POST /mm/api/v4/posts/ephemeral", mmJSON(&model.Post{Id: model.NewId()}, 201))
	mux.HandleFunc("GET /mm/api/v4/websocket", func(w http.ResponseWriter, r *http.Request) {
		conn, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer conn.Close()
		var challenge model.WebSocketRequest
		if err := conn.ReadJSON(&challenge); err != nil || challenge.Data["token"] != e2eMMToken {
			return
		}
		conn.WriteJSON(model.WebSocketResponse{Status: model.StatusOk, SeqReply: challenge.Seq})
		hello := model.NewWebSocketEvent(model.WebsocketEventHello, "", "", f.bot.Id, nil, "")
		data, _ := hello.ToJSON()
		conn.WriteMessage(websocket.TextMessage, data)
		for {
			if _, _, err := conn.ReadMessage(); err != nil {
				return
			}
		}
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakePlatforms) responseCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.responses)
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitFor(t *testing.T, what string, timeout time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// slashCommand sends a signed Slack slash command of user U1 to serve.
func slashCommand(t *testing.T, base, text, responseURL string) {
	t.Helper()
	if err := slashCommandAs(base, "U1", text, responseURL); err != nil {
		t.Fatal(err)
	}
}

// slashCommandAs sends a signed Slack slash command of user to serve.
func slashCommandAs(base, user, text, responseURL string) error {
	form := url.Values{"command": {"/privacy"}, "text": {text}, "user_id": {user}, "channel_id": {"C1"},
		"channel_name": {"algemeen"}, "team_id": {"T1"}, "response_url": {responseURL}, "trigger_id": {strconv.FormatInt(time.Now().UnixNano(), 10) + user}}
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(e2eSigningSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, _ := http.NewRequest("POST", base+"/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	ack, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("slash command: status %d", resp.StatusCode)
	}
	if strings.Contains(string(ack), "druk") {
		return errBusy
	}
	return nil
}

// errBusy is the bot's answer when its queue is full: try again shortly.
var errBusy = errors.New("the bot is busy")

func get(base, path string) (int, string) {
	resp, err := http.Get(base + path)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeWithSlackAndMattermost(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	fake := newFakePlatforms(t)
	addr := freeAddr(t)
	base := "http://" + addr
	db := filepath.Join(t.TempDir(), "serve.db")
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = append(os.Environ(),
		"PRIVACYBOT_RUN_MAIN=1",
		"PRIVACYBOT_DB="+db,
		"PRIVACYBOT_HTTP_ADDR="+addr,
		"PRIVACYBOT_LOG_LEVEL=debug",
		"PRIVACYBOT_SHUTDOWN_TIMEOUT=10s",
		"PRIVACYBOT_SLACK_MODE=http",
		"PRIVACYBOT_SLACK_BOT_TOKEN=xoxb-e2e",
		"PRIVACYBOT_SLACK_SIGNING_SECRET="+e2eSigningSecret,
		"PRIVACYBOT_SLACK_API_URL="+fake.srv.URL+"/slack/api/",
		"PRIVACYBOT_MATTERMOST_URL="+fake.srv.URL+"/mm",
		"PRIVACYBOT_MATTERMOST_TOKEN="+e2eMMToken,
		"PRIVACYBOT_MATTERMOST_COMMAND_TOKEN="+e2eCommandToken,
		"PRIVACYBOT_PUBLIC_URL="+base,
	)
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		cmd.Process.Kill()
		if t.Failed() {
			t.Logf("serve's log:\n%s", logs.String())
		}
	}()

	waitFor(t, "/readyz answers 200", 15*time.Second, func() bool {
		code, _ := get(base, "/readyz")
		return code == 200
	})
	if code, body := get(base, "/healthz"); code != 200 {
		t.Fatalf("/healthz: %d %s", code, body)
	}

	slashCommand(t, base, "mag ik delen met school?", fake.srv.URL+"/slack/response")
	waitFor(t, "the answer on response_url", 10*time.Second, func() bool { return fake.responseCount() >= 1 })
	_, metrics := get(base, "/metrics")
	if !strings.Contains(metrics, `privacybot_messages_total{kind="question",platform="slack"} 1`) {
		t.Errorf("/metrics does not count the question:\n%s", grepLines(metrics, "privacybot_"))
	}
	if !strings.Contains(metrics, `privacybot_answers_total{topic="delen-school"} 1`) {
		t.Errorf("/metrics does not count the answer by topic")
	}

	mmForm := url.Values{"token": {e2eCommandToken}, "command": {"/privacy"}, "text": {"help"}, "user_id": {model.NewId()}, "channel_id": {model.NewId()}, "channel_name": {"town-square"}, "team_id": {model.NewId()}}
	resp, err := http.PostForm(base+"/mattermost/command", mmForm)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("mattermost command: status %d", resp.StatusCode)
	}
	mmForm.Set("token", "forged")
	resp, err = http.PostForm(base+"/mattermost/command", mmForm)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged mattermost command: status %d, want 401", resp.StatusCode)
	}

	// A half-finished event: the answer's delivery is held while SIGTERM
	// arrives; serve must finish it before it exits.
	hold := make(chan struct{})
	fake.mu.Lock()
	fake.hold = hold
	fake.mu.Unlock()
	before := fake.responseCount()
	slashCommand(t, base, "wie heeft het gezag na een scheiding?", fake.srv.URL+"/slack/response")
	select {
	case <-fake.received:
	case <-time.After(10 * time.Second):
		t.Fatal("the second answer never reached the response_url")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("serve exited (%v) before the event in flight was finished", err)
	default:
	}
	close(hold)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve did not exit cleanly: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop within 15s of SIGTERM")
	}
	if got := fake.responseCount(); got != before+1 {
		t.Errorf("the event in flight was not completed: %d answers, want %d", got, before+1)
	}
	if !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("no clean stop in the log")
	}
	handled := 0
	for _, line := range strings.Split(logs.String(), "\n") {
		if !strings.Contains(line, `"msg":"handled"`) {
			continue
		}
		handled++
		if !strings.Contains(line, `"req":"`) || strings.Count(line, `"platform":`) != 1 {
			t.Errorf("a log line about an event lacks its request id or platform: %s", line)
		}
	}
	if handled == 0 {
		t.Error("no event was logged as handled")
	}
	store, err := sqlite.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.IntegrityCheck(context.Background()); err != nil {
		t.Error(err)
	}
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestConfigCheck(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "token")
	os.WriteFile(secret, []byte("xoxb-from-file\n"), 0o600)
	tests := []struct {
		name string
		env  map[string]string
		args []string
		code int
		want []string
	}{
		{"slack socket ok", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_APP_TOKEN": "xapp-1"}, nil, 0, []string{"ok"}},
		{"secret from a file", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN_FILE": secret, "PRIVACYBOT_SLACK_APP_TOKEN": "xapp-1"}, nil, 0, []string{"ok"}},
		{"flag wins over env", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "bad"}, []string{"--slack-bot-token", "xoxb-2", "--slack-app-token", "xapp-2"}, 0, []string{"ok"}},
		{"no platform", nil, nil, 1, []string{"PRIVACYBOT_SLACK_BOT_TOKEN or PRIVACYBOT_MATTERMOST_URL"}},
		{"every problem reported", map[string]string{
			"PRIVACYBOT_SLACK_BOT_TOKEN": "not-a-token", "PRIVACYBOT_EXPIRY": "soon", "PRIVACYBOT_LOG_LEVEL": "loud", "PRIVACYBOT_DIGEST": "mondays",
		}, nil, 1, []string{"PRIVACYBOT_SLACK_BOT_TOKEN: expected a token starting with xoxb-", "PRIVACYBOT_EXPIRY: expected a positive duration", "PRIVACYBOT_LOG_LEVEL: expected debug", "PRIVACYBOT_DIGEST: expected a cron spec"}},
		{"http mode without secret", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_MODE": "http"}, nil, 1, []string{"PRIVACYBOT_SLACK_SIGNING_SECRET: required"}},
		{"short signing secrets", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_MODE": "http", "PRIVACYBOT_SLACK_SIGNING_SECRET": "x",
			"PRIVACYBOT_MATTERMOST_ACTION_SECRET": "sixteen-chars-ok"}, nil, 1, []string{"PRIVACYBOT_SLACK_SIGNING_SECRET: expected at least 32 hexadecimal characters", "PRIVACYBOT_MATTERMOST_ACTION_SECRET: expected at least 32 characters"}},
		{"signing secret ok", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_MODE": "http", "PRIVACYBOT_SLACK_SIGNING_SECRET": "8F742231B10E8888ABCD99A1B2C3D4E5"}, nil, 0, []string{"ok"}},
		{"mattermost incomplete", map[string]string{"PRIVACYBOT_MATTERMOST_URL": "https://mm.example"}, nil, 1, []string{"PRIVACYBOT_MATTERMOST_TOKEN: required", "PRIVACYBOT_MATTERMOST_COMMAND_TOKEN: required", "PRIVACYBOT_PUBLIC_URL: required"}},
		{"missing secret file", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN_FILE": "/nonexistent/token"}, nil, 1, []string{"PRIVACYBOT_SLACK_BOT_TOKEN_FILE: cannot read"}},
		{"bad content directory", map[string]string{"PRIVACYBOT_SLACK_BOT_TOKEN": "xoxb-1", "PRIVACYBOT_SLACK_APP_TOKEN": "xapp-1", "PRIVACYBOT_CONTENT": "flows/testdata/content-bad"}, nil, 1, []string{"broken.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range settings {
				t.Setenv(s.env, "")
				t.Setenv(s.env+"_FILE", "")
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			code := run(append([]string{"config", "check"}, tt.args...), nil, &out, &errOut)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out.String(), errOut.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if strings.Contains(out.String()+errOut.String(), "not-a-token") {
				t.Error("a secret's value appears in the output")
			}
		})
	}
}

func TestContentCheck(t *testing.T) {
	tests := []struct {
		dir  string
		code int
		want string
	}{
		{"flows/content/topics", 0, "ok: "},
		{"flows/testdata/content-bad", 1, "problem(s) found"},
		{"does/not/exist", 2, ""},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run([]string{"content", "check", tt.dir}, nil, &out, &errOut)
		if code != tt.code || !strings.Contains(out.String(), tt.want) {
			t.Errorf("%s: exit %d, output:\n%s%s", tt.dir, code, out.String(), errOut.String())
		}
	}
	var out bytes.Buffer
	run([]string{"content", "check", "flows/testdata/content-bad"}, nil, &out, io.Discard)
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !strings.Contains(line, "problem(s) found") && !strings.Contains(line, ".md:") {
			t.Errorf("a problem without file and line: %q", line)
		}
	}
}
