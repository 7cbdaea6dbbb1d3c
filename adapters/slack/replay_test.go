package slack

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/internal/app"
	"privacybot/storage/sqlite"
)

// enqueueFailsOnce is an outbox store whose next EnqueueOutbox, once
// armed, fails: the state a crash between a turn's commit and the hand-over
// of its answer leaves behind (the turn stored, nothing in the outbox, the
// inbox event pending).
type enqueueFailsOnce struct {
	*sqlite.DB
	armed  atomic.Bool
	failed atomic.Int32
}

func (s *enqueueFailsOnce) EnqueueOutbox(ctx context.Context, items []bot.OutboxItem, owner string, claim time.Time) error {
	if s.armed.CompareAndSwap(true, false) {
		s.failed.Add(1)
		return errors.New("disk I/O error")
	}
	return s.DB.EnqueueOutbox(ctx, items, owner, claim)
}

// TestAnswerLostBeforeTheOutboxIsGivenOnce drives the real core through
// the adapter with inbox and outbox on one SQLite file. The answer to the
// last step of a flow fails to reach the outbox after its turn committed.
// The event stays pending and is worked again: the stored answer is sent,
// once, and the typed "1" is not applied a second time (where it would
// pick the first button under the outcome).
func TestAnswerLostBeforeTheOutboxIsGivenOnce(t *testing.T) {
	ctx := context.Background()
	clock := adaptertest.NewClock(e2eStart)
	path := filepath.Join(t.TempDir(), "privacybot.db")
	wired, err := app.Open(ctx, app.Options{DB: path, Clock: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = wired.Store.Close() })
	store, core := wired.Store.(*sqlite.DB), wired.Bot
	f := newFakeSlack(t)
	h := &harness{f: f, dedup: store, clock: clock, sleeps: &sleeps{}, logs: &adaptertest.Log{}, done: make(chan error, 1)}
	log := slog.New(slog.NewJSONHandler(h.logs, nil))
	cfg := Config{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: testSecret, APIURL: f.url(""), Workers: 1}
	a, err := New(cfg, core, store, log, WithClock(clock.Now), WithSleep(h.sleeps.sleep), WithInbox(store, "bot-1"))
	if err != nil {
		t.Fatal(err)
	}
	h.a = a
	h.srv = httptest.NewServer(a.Handler())
	runCtx, cancel := context.WithCancel(ctx)
	h.cancel = cancel
	fs := &enqueueFailsOnce{DB: store}
	o := bot.NewOutbox(fs, nil, clock.Now, log, bot.OutboxConfig{Poll: 5 * time.Millisecond})
	a.UseOutbox(o)
	sent := make(chan struct{})
	go func() { defer close(sent); o.Run(runCtx) }()
	go func() { h.done <- a.Run(runCtx) }()
	t.Cleanup(h.stop)
	h.waitReady(t)

	for i, text := range []string{"datalek", "1", "1"} {
		h.event(t, dmEvent("Ev"+string(rune('1'+i)), e2eUser, e2eDM, text))
		f.next(t, "chat.postMessage")
	}
	fs.armed.Store(true)
	h.event(t, dmEvent("Ev4", e2eUser, e2eDM, "1"))
	if got := shownText(t, f.next(t, "chat.postMessage")); !strings.Contains(got, "Uitkomst") {
		t.Errorf("the answer to the last step is %q, want the outcome", got)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	count := func(query string) int {
		var n int
		if err := raw.QueryRow(query).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	h.until(t, time.Millisecond, func() bool {
		return count(`SELECT count(*) FROM inbox WHERE state = 'pending'`) == 0 &&
			count(`SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')`) == 0
	})
	h.stop()
	<-sent

	if n := fs.failed.Load(); n != 1 {
		t.Fatalf("the enqueue failed %d times, want 1", n)
	}
	addr := bot.Address{Platform: bot.Slack, User: e2eUser, Channel: bot.DM}
	c, _, err := store.Conversation(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	if c.Flow == nil || c.Flow.Outcome == "" || len(c.Flow.Path) != 3 {
		t.Errorf("conversation after the outcome = %+v, want the outcome after three answers", c.Flow)
	}
	trail, err := store.AuditTrail(ctx, addr.UserKey())
	if err != nil {
		t.Fatal(err)
	}
	actions := map[string]int{}
	for _, e := range trail {
		actions[e.Action]++
	}
	if actions["flow.outcome"] != 1 || actions[bot.AuditReminderSet] != 0 {
		t.Errorf("audit %v, want one flow.outcome and no reminder", actions)
	}

	// Every answer is one outbox item, sent once, and every platform
	// message of it was posted once.
	var items, sentItems, keyed int
	if err := raw.QueryRow(`SELECT count(*), count(*) FILTER (WHERE state = 'sent'), count(*) FILTER (WHERE dedup_key LIKE 'event:%') FROM outbox`).Scan(&items, &sentItems, &keyed); err != nil {
		t.Fatal(err)
	}
	if items != 4 || sentItems != 4 || keyed != 4 {
		t.Errorf("outbox: %d items, %d sent, %d keyed by their event; want 4, 4, 4", items, sentItems, keyed)
	}
	seen := map[string]int{}
	for _, id := range f.posts(e2eDM) {
		if seen[id]++; seen[id] == 2 {
			t.Errorf("message %s posted twice", id)
		}
	}
	var pending, withReplies int
	if err := raw.QueryRow(`SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE replies IS NOT NULL) FROM inbox`).Scan(&pending, &withReplies); err != nil {
		t.Fatal(err)
	}
	if pending != 0 || withReplies != 0 {
		t.Errorf("inbox: %d pending, %d holding replies; want none", pending, withReplies)
	}
}
