package workqueue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/storage/sqlite"
)

// countingStore is an inbox store in a SQLite file that counts the
// transactions that add and finish events, and can be made to fail.
type countingStore struct {
	*sqlite.DB
	adds, finishes atomic.Int32
	fail           atomic.Bool
}

var errBroken = errors.New("store broken")

func (s *countingStore) AddInbox(ctx context.Context, owner string, now time.Time, evs []bot.InboxEvent) ([]bool, error) {
	if s.fail.Load() {
		return nil, errBroken
	}
	s.adds.Add(1)
	return s.DB.AddInbox(ctx, owner, now, evs)
}

func (s *countingStore) FinishInbox(ctx context.Context, owner string, ids []string, now time.Time) ([]bool, error) {
	s.finishes.Add(1)
	return s.DB.FinishInbox(ctx, owner, ids, now)
}

func openStore(t *testing.T) *countingStore {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "inbox.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &countingStore{DB: db}
}

// worked collects the payloads of the events the inbox's jobs ran.
type worked struct {
	mu   sync.Mutex
	got  map[string]int
	each chan string
}

func newWorked() *worked { return &worked{got: map[string]int{}, each: make(chan string, 4096)} }

func (w *worked) job(ev bot.InboxEvent) (func(context.Context), error) {
	if string(ev.Payload) == "unreadable" {
		return nil, errors.New("unreadable")
	}
	return w.run(string(ev.Payload)), nil
}

func (w *worked) run(payload string) func(context.Context) {
	return func(context.Context) {
		w.mu.Lock()
		w.got[payload]++
		w.mu.Unlock()
		w.each <- payload
	}
}

func (w *worked) wait(t *testing.T, n int) {
	t.Helper()
	for range n {
		select {
		case <-w.each:
		case <-time.After(10 * time.Second):
			t.Fatal("an event was not worked within 10s")
		}
	}
}

func newTestInbox(t *testing.T, store bot.InboxStore, q *Queue, owner string, w *worked) *Inbox {
	b := NewInbox(q, store, InboxConfig{Platform: bot.Slack, Owner: owner, Poll: 10 * time.Millisecond, Job: w.job})
	t.Cleanup(b.Close)
	return b
}

// TestInboxGroupsConcurrentAdds stores many events added at once in far
// fewer transactions, and works each once.
func TestInboxGroupsConcurrentAdds(t *testing.T) {
	store := openStore(t)
	q := New(4, 1000)
	q.Start()
	w := newWorked()
	b := newTestInbox(t, store, q, "a", w)
	const events = 400
	var wg sync.WaitGroup
	for i := range events {
		wg.Go(func() {
			id := fmt.Sprint("ev", i)
			isNew, err := b.Add(t.Context(), bot.InboxEvent{ID: id, User: "U1", Payload: []byte(id)})
			if err != nil || !isNew {
				t.Errorf("Add(%s) = %v, %v", id, isNew, err)
				return
			}
			if err := b.Submit(id, w.run(id)); err != nil {
				t.Errorf("Submit(%s): %v", id, err)
			}
		})
	}
	wg.Wait()
	w.wait(t, events)
	if err := q.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	adds, finishes := store.adds.Load(), store.finishes.Load()
	t.Logf("%d events stored in %d transactions, marked done in %d", events, adds, finishes)
	if adds >= events/4 || finishes > events {
		t.Errorf("%d events took %d add and %d finish transactions; want the adds grouped", events, adds, finishes)
	}
	for id, n := range w.got {
		if n != 1 {
			t.Errorf("%s worked %d times", id, n)
		}
	}
	if again, err := b.Add(t.Context(), bot.InboxEvent{ID: "ev1", Payload: []byte("ev1")}); err != nil || again {
		t.Errorf("a redelivery: Add = %v, %v; want not new", again, err)
	}
}

// TestInboxWorksWhatDidNotFitLater fills the queue: the events it has no
// room for stay in the store and are worked from there, once each.
func TestInboxWorksWhatDidNotFitLater(t *testing.T) {
	store := openStore(t)
	q := New(1, 2)
	w := newWorked()
	b := newTestInbox(t, store, q, "a", w)
	const events = 10
	refused := 0
	for i := range events {
		id := fmt.Sprint("ev", i)
		if _, err := b.Add(t.Context(), bot.InboxEvent{ID: id, Payload: []byte(id)}); err != nil {
			t.Fatal(err)
		}
		if err := b.Submit(id, w.run(id)); errors.Is(err, ErrFull) {
			refused++
		}
	}
	if refused != events-2 {
		t.Fatalf("%d submits refused, want %d", refused, events-2)
	}
	q.Start()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go b.Run(ctx)
	w.wait(t, events)
	cancel()
	if err := q.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	for i := range events {
		if n := w.got[fmt.Sprint("ev", i)]; n != 1 {
			t.Errorf("ev%d worked %d times, want once", i, n)
		}
	}
}

// TestInboxRestart starts a new inbox under the name of one that died with
// events stored: it works the one it can at once, gives up one it cannot
// read and one claimed too often, and leaves another owner's leased event
// alone.
func TestInboxRestart(t *testing.T) {
	store := openStore(t)
	now := time.Now()
	lease := now.Add(time.Hour)
	event := func(id, payload string) bot.InboxEvent {
		return bot.InboxEvent{ID: id, Platform: bot.Slack, Payload: []byte(payload), LeaseUntil: lease}
	}
	if _, err := store.DB.AddInbox(t.Context(), "dead", now, []bot.InboxEvent{event("poison", "poison")}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := store.ClaimInbox(t.Context(), bot.InboxClaim{Platform: bot.Slack, Owner: "dead", Now: now, LeaseUntil: lease, Limit: 10, Restart: true}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := store.DB.AddInbox(t.Context(), "dead", now, []bot.InboxEvent{event("fresh", "fresh"), event("bad", "unreadable")}); err != nil {
		t.Fatal(err)
	}
	if _, err := store.DB.AddInbox(t.Context(), "alive", now, []bot.InboxEvent{event("theirs", "theirs")}); err != nil {
		t.Fatal(err)
	}
	q := New(2, 10)
	q.Start()
	w := newWorked()
	b := newTestInbox(t, store, q, "dead", w)
	ctx, cancel := context.WithCancel(t.Context())
	go b.Run(ctx)
	w.wait(t, 1)
	cancel()
	if err := q.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(w.got) != 1 || w.got["fresh"] != 1 {
		t.Errorf("worked %v; want only the fresh event: one unreadable, one claimed too often, one another's", w.got)
	}
	left, err := store.ClaimInbox(context.Background(), bot.InboxClaim{Platform: bot.Slack, Owner: "x", Now: now.Add(2 * time.Hour), LeaseUntil: now.Add(3 * time.Hour), Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || left[0].ID != "theirs" {
		t.Errorf("pending after the restart: %+v, want only the other owner's event", left)
	}
}

// TestInboxAddFailsWhenTheStoreDoes: an event not stored must not be
// acknowledged, so Add reports the store's error.
func TestInboxAddFailsWhenTheStoreDoes(t *testing.T) {
	store := openStore(t)
	store.fail.Store(true)
	b := newTestInbox(t, store, New(1, 1), "a", newWorked())
	if _, err := b.Add(t.Context(), bot.InboxEvent{ID: "x"}); !errors.Is(err, errBroken) {
		t.Errorf("Add with a broken store: %v, want its error", err)
	}
	b.Close()
	if _, err := b.Add(t.Context(), bot.InboxEvent{ID: "y"}); !errors.Is(err, ErrInboxClosed) {
		t.Errorf("Add after Close: %v, want ErrInboxClosed", err)
	}
}
