package mattermost

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"
)

const (
	testToken        = "bot-access-token-for-tests"
	testCommandToken = "slash-command-token-for-tests"
	testBotName      = "privacybot"
)

// failure is a canned answer the fake gives instead of doing the call.
type failure struct {
	status int
	header map[string]string
	// afterWork makes the fake do the call and still answer status, as
	// when a response is lost.
	afterWork bool
}

// fakeMM is an httptest fake of the Mattermost REST API and WebSocket, for
// the endpoints the adapter uses, answering with the real API's JSON
// shapes.
type fakeMM struct {
	t   testing.TB
	srv *httptest.Server
	bot *model.User

	mu       sync.Mutex
	clock    int64
	users    map[string]*model.User
	channels map[string]*model.Channel
	dmByName map[string]string
	posts    map[string]*model.Post
	pending  map[string]string
	calls    map[string]int
	failures map[string][]failure
	conn     *websocket.Conn

	wsWrite   sync.Mutex
	connected chan struct{}
	created   chan *model.Post
	ephemeral chan model.PostEphemeral
	fg        fgFakeMM
}

func newFakeMM(t testing.TB) *fakeMM {
	f := &fakeMM{
		t:         t,
		bot:       &model.User{Id: model.NewId(), Username: testBotName, IsBot: true},
		clock:     1_700_000_000_000,
		users:     map[string]*model.User{},
		channels:  map[string]*model.Channel{},
		dmByName:  map[string]string{},
		posts:     map[string]*model.Post{},
		pending:   map[string]string{},
		calls:     map[string]int{},
		failures:  map[string][]failure{},
		connected: make(chan struct{}, 16),
		created:   make(chan *model.Post, 100000),
		ephemeral: make(chan model.PostEphemeral, 100000),
	}
	f.users[f.bot.Id] = f.bot
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v4/users/me", f.api("GET /users/me", f.getMe))
	mux.HandleFunc("GET /api/v4/users/{id}", f.api("GET /users/{id}", f.getUser))
	mux.HandleFunc("POST /api/v4/channels/direct", f.api("POST /channels/direct", f.createDirect))
	mux.HandleFunc("GET /api/v4/channels/{id}/posts", f.api("GET /channels/{id}/posts", f.postsSince))
	mux.HandleFunc("POST /api/v4/posts", f.api("POST /posts", f.createPost))
	mux.HandleFunc("POST /api/v4/posts/ephemeral", f.api("POST /posts/ephemeral", f.createEphemeral))
	mux.HandleFunc("GET /api/v4/posts/{id}", f.api("GET /posts/{id}", f.getPost))
	mux.HandleFunc("PUT /api/v4/posts/{id}/patch", f.api("PUT /posts/{id}/patch", f.patchPost))
	mux.HandleFunc("GET /api/v4/websocket", f.websocket)
	mux.HandleFunc("GET /api/v4/channels/{id}/members/{user}", f.api("GET /channels/{id}/members/{user}", f.channelMember))
	mux.HandleFunc("POST /api/v4/actions/dialogs/open", f.api("POST /actions/dialogs/open", f.openDialog))
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.close)
	return f
}

func (f *fakeMM) close() {
	f.drop()
	f.srv.Close()
}

// fail makes the next calls of route answer the failures, in order.
func (f *fakeMM) fail(route string, fs ...failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[route] = append(f.failures[route], fs...)
}

// callCount returns how often route was called.
func (f *fakeMM) callCount(route string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[route]
}

// totalCalls returns how many REST calls the fake got.
func (f *fakeMM) totalCalls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		n += c
	}
	return n
}

// api wraps a handler with the bearer token check, call counting and the
// canned failures.
func (f *fakeMM) api(route string, h func(w http.ResponseWriter, r *http.Request) (any, int)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		if !strings.EqualFold(scheme, "bearer") || token != testToken {
			writeAppError(w, http.StatusUnauthorized, "api.context.session_expired.app_error")
			return
		}
		f.mu.Lock()
		f.calls[route]++
		var fl *failure
		if q := f.failures[route]; len(q) > 0 {
			fl = &q[0]
			f.failures[route] = q[1:]
		}
		f.mu.Unlock()
		if fl != nil && !fl.afterWork {
			fl.write(w)
			return
		}
		v, status := h(w, r)
		if fl != nil {
			fl.write(w)
			return
		}
		if status >= 400 {
			writeAppError(w, status, "fake.error")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(v)
	}
}

func (fl failure) write(w http.ResponseWriter) {
	for k, v := range fl.header {
		w.Header().Set(k, v)
	}
	writeAppError(w, fl.status, "fake.failure")
}

func writeAppError(w http.ResponseWriter, status int, id string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"id": id, "message": id, "status_code": status})
}

func (f *fakeMM) tick() int64 {
	f.clock++
	return f.clock
}

// addUser creates a user with a locale and a manual time zone.
func (f *fakeMM) addUser(locale, tz string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := &model.User{Id: model.NewId(), Username: "user" + strconv.Itoa(len(f.users)), Locale: locale,
		Timezone: model.StringMap{"useAutomaticTimezone": "false", "automaticTimezone": "", "manualTimezone": tz}}
	f.users[u.Id] = u
	return u.Id
}

// dmWith returns the DM channel of the bot and user, creating it.
func (f *fakeMM) dmWith(user string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.directLocked(f.bot.Id, user).Id
}

func (f *fakeMM) directLocked(a, b string) *model.Channel {
	name := model.GetDMNameFromIds(a, b)
	if id, ok := f.dmByName[name]; ok {
		return f.channels[id]
	}
	ch := &model.Channel{Id: model.NewId(), Type: model.ChannelTypeDirect, Name: name, CreateAt: f.tick()}
	f.channels[ch.Id] = ch
	f.dmByName[name] = ch.Id
	return ch
}

func (f *fakeMM) getMe(_ http.ResponseWriter, _ *http.Request) (any, int) {
	return f.bot, http.StatusOK
}

func (f *fakeMM) getUser(_ http.ResponseWriter, r *http.Request) (any, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u, ok := f.users[r.PathValue("id")]
	if !ok {
		return nil, http.StatusNotFound
	}
	return u, http.StatusOK
}

func (f *fakeMM) createDirect(_ http.ResponseWriter, r *http.Request) (any, int) {
	var ids []string
	if err := json.NewDecoder(r.Body).Decode(&ids); err != nil || len(ids) != 2 {
		return nil, http.StatusBadRequest
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, id := range ids {
		if _, ok := f.users[id]; !ok {
			return nil, http.StatusBadRequest
		}
	}
	return f.directLocked(ids[0], ids[1]), http.StatusCreated
}

func (f *fakeMM) createPost(_ http.ResponseWriter, r *http.Request) (any, int) {
	var p model.Post
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil || p.ChannelId == "" || p.Id != "" {
		return nil, http.StatusBadRequest
	}
	f.mu.Lock()
	if id, ok := f.pending[p.PendingPostId]; ok && p.PendingPostId != "" {
		existing := f.posts[id]
		f.mu.Unlock()
		return existing, http.StatusCreated
	}
	if _, ok := f.channels[p.ChannelId]; !ok {
		f.mu.Unlock()
		return nil, http.StatusForbidden
	}
	p.Id, p.UserId, p.CreateAt = model.NewId(), f.bot.Id, f.tick()
	p.UpdateAt = p.CreateAt
	p.AddProp(model.PostPropsFromBot, "true")
	f.posts[p.Id] = &p
	if p.PendingPostId != "" {
		f.pending[p.PendingPostId] = p.Id
	}
	out := p.Clone()
	f.mu.Unlock()
	f.created <- out
	return out, http.StatusCreated
}

func (f *fakeMM) createEphemeral(_ http.ResponseWriter, r *http.Request) (any, int) {
	var e model.PostEphemeral
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil || e.Post == nil || e.UserID == "" {
		return nil, http.StatusBadRequest
	}
	f.mu.Lock()
	e.Post.Id, e.Post.CreateAt, e.Post.UserId = model.NewId(), f.tick(), f.bot.Id
	f.mu.Unlock()
	f.ephemeral <- e
	return e.Post, http.StatusCreated
}

func (f *fakeMM) getPost(_ http.ResponseWriter, r *http.Request) (any, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.posts[r.PathValue("id")]
	if !ok {
		return nil, http.StatusNotFound
	}
	return p.Clone(), http.StatusOK
}

// postsSince lists the channel's posts created or changed since the time
// given, as GET /channels/{id}/posts?since= does.
func (f *fakeMM) postsSince(_ http.ResponseWriter, r *http.Request) (any, int) {
	since, err := strconv.ParseInt(r.URL.Query().Get("since"), 10, 64)
	if err != nil {
		return nil, http.StatusBadRequest
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	list := model.NewPostList()
	for _, p := range f.posts {
		if p.ChannelId == r.PathValue("id") && (p.CreateAt >= since || p.UpdateAt >= since) {
			list.AddPost(p.Clone())
			list.AddOrder(p.Id)
		}
	}
	return list, http.StatusOK
}

// userPost stores a post a user made, without telling the bot.
func (f *fakeMM) userPost(user, channel, message string) *model.Post {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := &model.Post{Id: model.NewId(), UserId: user, ChannelId: channel, Message: message, CreateAt: f.tick()}
	p.UpdateAt = p.CreateAt
	f.posts[p.Id] = p
	return p.Clone()
}

// post returns the stored post.
func (f *fakeMM) post(id string) *model.Post {
	f.mu.Lock()
	defer f.mu.Unlock()
	if p, ok := f.posts[id]; ok {
		return p.Clone()
	}
	return nil
}

// websocket accepts the bot's connection: it reads the authentication
// challenge, answers it and says hello, then keeps the connection for
// events until it breaks.
func (f *fakeMM) websocket(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	var challenge model.WebSocketRequest
	if err := conn.ReadJSON(&challenge); err != nil || challenge.Action != string(model.WebsocketAuthenticationChallenge) || challenge.Data["token"] != testToken {
		conn.Close()
		return
	}
	f.wsWrite.Lock()
	_ = conn.WriteJSON(model.WebSocketResponse{Status: model.StatusOk, SeqReply: challenge.Seq})
	hello := model.NewWebSocketEvent(model.WebsocketEventHello, "", "", f.bot.Id, nil, "")
	hello.Add("server_version", "10.0.0")
	data, _ := hello.ToJSON()
	_ = conn.WriteMessage(websocket.TextMessage, data)
	f.wsWrite.Unlock()
	f.mu.Lock()
	f.conn = conn
	f.mu.Unlock()
	f.connected <- struct{}{}
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			return
		}
	}
}

// waitConnected waits until the bot (re)connected and was greeted.
func (f *fakeMM) waitConnected(t testing.TB) {
	t.Helper()
	select {
	case <-f.connected:
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not connect to the WebSocket within 10s")
	}
}

// drop breaks the WebSocket from the server's side.
func (f *fakeMM) drop() {
	f.mu.Lock()
	conn := f.conn
	f.conn = nil
	f.mu.Unlock()
	if conn != nil {
		conn.Close()
	}
}

// sendPosted stores p (when new) and sends the "posted" event for it: the
// post as a JSON string, and the mentioned IDs as a JSON string.
func (f *fakeMM) sendPosted(t testing.TB, p *model.Post, channelType model.ChannelType, mentions ...string) {
	t.Helper()
	f.mu.Lock()
	if _, ok := f.posts[p.Id]; !ok {
		f.posts[p.Id] = p.Clone()
	}
	conn := f.conn
	f.mu.Unlock()
	if conn == nil {
		t.Fatal("no WebSocket to send on")
	}
	postJSON, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	ev := model.NewWebSocketEvent(model.WebsocketEventPosted, "", p.ChannelId, "", nil, "")
	ev.Add("post", string(postJSON))
	ev.Add("channel_type", string(channelType))
	ev.Add("sender_name", "@someone")
	if len(mentions) > 0 {
		m, _ := json.Marshal(mentions)
		ev.Add("mentions", string(m))
	}
	data, err := ev.ToJSON()
	if err != nil {
		t.Fatal(err)
	}
	f.wsWrite.Lock()
	defer f.wsWrite.Unlock()
	if err := conn.WriteMessage(websocket.TextMessage, data); err != nil {
		t.Fatalf("send posted event: %v", err)
	}
}

// nextPost waits for the next post the bot creates.
func (f *fakeMM) nextPost(t testing.TB) *model.Post {
	t.Helper()
	select {
	case p := <-f.created:
		return p
	case <-time.After(10 * time.Second):
		t.Fatal("the bot created no post within 10s")
		return nil
	}
}

// nextEphemeral waits for the next ephemeral post the bot makes.
func (f *fakeMM) nextEphemeral(t testing.TB) model.PostEphemeral {
	t.Helper()
	select {
	case e := <-f.ephemeral:
		return e
	case <-time.After(10 * time.Second):
		t.Fatal("the bot made no ephemeral post within 10s")
		return model.PostEphemeral{}
	}
}

// noMorePosts checks that the bot created no post beyond those taken.
func (f *fakeMM) noMorePosts(t testing.TB) {
	t.Helper()
	select {
	case p := <-f.created:
		t.Fatalf("unexpected post %q", p.Message)
	default:
	}
}

// press does what the server does when user presses the i-th button of a
// post: it finds the action (400 when the post has no such button any
// more), posts the integration request with the action's context to its
// URL, and applies the update the integration answers with.
func (f *fakeMM) press(t testing.TB, postID string, i int, user string) int {
	t.Helper()
	p := f.post(postID)
	if p == nil {
		t.Fatalf("no post %s", postID)
	}
	var actions []*model.PostAction
	for _, att := range p.Attachments() {
		actions = append(actions, att.Actions...)
	}
	if i >= len(actions) {
		return http.StatusBadRequest
	}
	act := actions[i]
	req := model.PostActionIntegrationRequest{
		UserId: user, ChannelId: p.ChannelId, PostId: p.Id, Type: act.Type, Context: act.Integration.Context,
	}
	status, body := postJSON(t, act.Integration.URL, req)
	if status != http.StatusOK {
		return status
	}
	var resp model.PostActionIntegrationResponse
	if len(bytes.TrimSpace(body)) > 0 {
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatalf("action response: %v", err)
		}
	}
	if resp.Update != nil {
		f.mu.Lock()
		stored := f.posts[postID]
		stored.Message = resp.Update.Message
		stored.SetProps(resp.Update.GetProps())
		stored.UpdateAt = f.tick()
		f.mu.Unlock()
	}
	return status
}

// postJSON posts v as JSON to url and returns the status and body.
func postJSON(t testing.TB, url string, v any) (int, []byte) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(data))
	if err != nil {
		t.Fatalf("post %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

// buttonsOf returns the buttons of a post.
func buttonsOf(p *model.Post) []*model.PostAction {
	var out []*model.PostAction
	for _, att := range p.Attachments() {
		out = append(out, att.Actions...)
	}
	return out
}

// labels returns the names of buttons.
func labels(actions []*model.PostAction) []string {
	var out []string
	for _, a := range actions {
		out = append(out, a.Name)
	}
	return out
}

// attachmentTexts returns the texts of a post's attachments.
func attachmentTexts(p *model.Post) []string {
	var out []string
	for _, att := range p.Attachments() {
		out = append(out, att.Text)
	}
	return out
}
