package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"
)

// mmBurst is a fake Mattermost server: users' DM posts are kept and served
// to the catch-up (GET /channels/{id}/posts?since=), pushed over the
// WebSocket while the bot is connected, and the bot's posts are counted per
// channel.
type mmBurst struct {
	srv *httptest.Server
	bot *model.User

	mu      sync.Mutex
	clock   int64
	posts   map[string][]*model.Post
	replies map[string]int
	conn    *websocket.Conn
	write   sync.Mutex
	hello   chan struct{}
}

func newMMBurst(t *testing.T) *mmBurst {
	f := &mmBurst{bot: &model.User{Id: model.NewId(), Username: "privacybot", IsBot: true},
		clock: time.Now().UnixMilli(), posts: map[string][]*model.Post{}, replies: map[string]int{}, hello: make(chan struct{}, 4)}
	reply := func(w http.ResponseWriter, status int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(v)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v4/users/me", func(w http.ResponseWriter, _ *http.Request) { reply(w, 200, f.bot) })
	mux.HandleFunc("GET /api/v4/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		reply(w, 200, &model.User{Id: r.PathValue("id"), Locale: "nl"})
	})
	mux.HandleFunc("GET /api/v4/channels/{id}/posts", func(w http.ResponseWriter, r *http.Request) {
		since, _ := strconv.ParseInt(r.URL.Query().Get("since"), 10, 64)
		list := model.NewPostList()
		f.mu.Lock()
		for _, p := range f.posts[r.PathValue("id")] {
			if p.CreateAt >= since {
				list.AddPost(p.Clone())
				list.AddOrder(p.Id)
			}
		}
		f.mu.Unlock()
		reply(w, 200, list)
	})
	mux.HandleFunc("POST /api/v4/posts", func(w http.ResponseWriter, r *http.Request) {
		var p model.Post
		json.NewDecoder(r.Body).Decode(&p)
		f.mu.Lock()
		f.replies[p.ChannelId]++
		f.clock++
		p.Id, p.UserId, p.CreateAt = model.NewId(), f.bot.Id, f.clock
		f.posts[p.ChannelId] = append(f.posts[p.ChannelId], p.Clone())
		f.mu.Unlock()
		reply(w, 201, &p)
	})
	mux.HandleFunc("GET /api/v4/websocket", func(w http.ResponseWriter, r *http.Request) {
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
		f.mu.Lock()
		f.conn = conn
		f.mu.Unlock()
		f.hello <- struct{}{}
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

// post makes a user's DM post and, when push is set and the bot is
// connected, sends its "posted" event.
func (f *mmBurst) post(user, channel, text string, push bool) {
	f.mu.Lock()
	f.clock++
	p := &model.Post{Id: model.NewId(), UserId: user, ChannelId: channel, Message: text, CreateAt: f.clock}
	f.posts[channel] = append(f.posts[channel], p)
	conn := f.conn
	f.mu.Unlock()
	if !push || conn == nil {
		return
	}
	raw, _ := json.Marshal(p)
	ev := model.NewWebSocketEvent(model.WebsocketEventPosted, "", channel, "", nil, "")
	ev.Add("post", string(raw))
	ev.Add("channel_type", string(model.ChannelTypeDirect))
	data, _ := ev.ToJSON()
	f.write.Lock()
	conn.WriteMessage(websocket.TextMessage, data)
	f.write.Unlock()
}

func (f *mmBurst) counts() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make(map[string]int, len(f.replies))
	for k, v := range f.replies {
		out[k] = v
	}
	return out
}

func (f *mmBurst) serve(t *testing.T, addr, db string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = append(os.Environ(),
		"PRIVACYBOT_RUN_MAIN=1",
		"PRIVACYBOT_DB="+db,
		"PRIVACYBOT_HTTP_ADDR="+addr,
		"PRIVACYBOT_LOG_LEVEL=warn",
		"PRIVACYBOT_SHUTDOWN_TIMEOUT=20s",
		"PRIVACYBOT_MATTERMOST_URL="+f.srv.URL,
		"PRIVACYBOT_MATTERMOST_TOKEN="+e2eMMToken,
		"PRIVACYBOT_MATTERMOST_COMMAND_TOKEN="+e2eCommandToken,
		"PRIVACYBOT_PUBLIC_URL=http://"+addr,
	)
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	select {
	case <-f.hello:
	case <-time.After(20 * time.Second):
		t.Fatalf("serve did not connect to the WebSocket:\n%s", logs.String())
	}
	return cmd, &logs
}

// TestInboxMattermostCatchUpSurvivesKill9 lets users, each in a DM the bot
// answered before, send a burst of posts over the WebSocket; the bot is
// killed with SIGKILL halfway, and the users go on writing while it is
// down. A new process on the same database must answer every post once,
// by the catch-up from the positions stored, except a post whose answer
// the platform accepted right before the kill (no outbox).
func TestInboxMattermostCatchUpSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const users = 100
	total := *faultEvents
	f := newMMBurst(t)
	addr := freeAddr(t)
	db := filepath.Join(t.TempDir(), "serve.db")
	cmd, logs := f.serve(t, addr, db)

	ids, channels := make([]string, users), make([]string, users)
	for i := range users {
		ids[i], channels[i] = model.NewId(), model.NewId()
		f.post(ids[i], channels[i], "help", true)
	}
	waitFor(t, "every user's first post answered", 30*time.Second, func() bool { return len(f.counts()) == users })
	first := f.counts()

	killAt := total/5 + rand.IntN(total*3/5)
	for n := range total {
		if n == killAt {
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			f.mu.Lock()
			f.conn = nil
			f.mu.Unlock()
		}
		f.post(ids[n%users], channels[n%users], "help", true)
	}
	atKill := settled(f.counts)
	answeredAtKill := 0
	for ch, n := range atKill {
		answeredAtKill += n - first[ch]
	}

	restarted := time.Now()
	cmd2, logs2 := f.serve(t, addr, db)
	want := total / users
	missing := func() int {
		c, short := f.counts(), 0
		for i := range users {
			short += max(0, want-(c[channels[i]]-first[channels[i]]))
		}
		return short
	}
	for deadline := time.Now().Add(60 * time.Second); missing() > 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			pending, _ := inboxLeft(t, db)
			t.Fatalf("%d posts not answered within 60s after the restart (%d pending in the inbox; outbox: %s); the first process's log:\n%s\nthe second's:\n%s",
				missing(), pending, outboxLeft(t, db), logs.String(), logs2.String())
		}
	}
	allAnswered := time.Since(restarted)
	waitInboxSettled(t, db)
	cmd2.Process.Signal(syscall.SIGTERM)
	if err := cmd2.Wait(); err != nil {
		t.Errorf("second process did not stop cleanly: %v\n%s", err, logs2.String())
	}
	final := f.counts()
	lost, extra := 0, 0
	for i := range users {
		got := final[channels[i]] - first[channels[i]]
		if got < want {
			lost += want - got
		}
		if got > want {
			extra += got - want
		}
	}
	for ch, n := range first {
		if n != 1 {
			t.Errorf("a first post in %s answered %d times", ch, n)
		}
	}
	pending, holding := inboxLeft(t, db)
	t.Logf("%d users; SIGKILL after %d posts pushed over the WebSocket (%d answered by then), %d more posted while it was down; "+
		"after the restart every post answered in %v; lost %d, answered twice %d; inbox left: %d pending, %d holding a payload",
		users, killAt, answeredAtKill, total-killAt, allAnswered.Round(time.Millisecond), lost, extra, pending, holding)
	if lost > 0 {
		t.Errorf("%d posts never answered\n%s", lost, logs.String())
	}
	if extra > answeredAtKill {
		t.Errorf("%d posts answered twice, more than the %d answered before the kill", extra, answeredAtKill)
	}
	if pending != 0 || holding != 0 {
		t.Errorf("inbox after a clean stop: %d pending, %d holding a payload; want none", pending, holding)
	}
}
