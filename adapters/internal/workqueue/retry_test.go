package workqueue

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/storage/sqlite"
)

// TestInboxRetryWorksTheEventAgain: a job that calls Retry leaves its
// event pending; Run claims and works it again, and marks it done once a
// run does not ask again. An event that always asks is given up after
// MaxAttempts claims.
func TestInboxRetryWorksTheEventAgain(t *testing.T) {
	tests := []struct {
		name      string
		retries   int32 // runs that call Retry before one that does not
		wantRuns  int32
		wantState string
	}{
		{"no retry", 0, 1, "done"},
		{"one retry", 1, 2, "done"},
		{"two retries", 2, 3, "done"},
		{"always", 1000, 3, "done"}, // MaxAttempts 2: given up on the third claim
	}
	// Under load a claim may count an attempt on the event while it is
	// still held here (and so not work it); the event is then given up one
	// run early. At MaxAttempts, one run fewer is therefore also right.
	const maxAttempts = 2
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "inbox.db")
			db, err := sqlite.Open(context.Background(), path, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			raw, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			store := &countingStore{DB: db}
			q := New(1, 10)
			q.Start()
			var runs atomic.Int32
			ran := make(chan struct{}, 100)
			job := func(ctx context.Context) {
				if runs.Add(1) <= tt.retries {
					Retry(ctx)
				}
				ran <- struct{}{}
			}
			b := NewInbox(q, store, InboxConfig{Platform: bot.Slack, Owner: "a", Poll: 5 * time.Millisecond, MaxAttempts: maxAttempts,
				Job: func(bot.InboxEvent) (func(context.Context), error) { return job, nil }})
			defer b.Close()
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			go b.Run(ctx)
			if isNew, err := b.Add(ctx, bot.InboxEvent{ID: "ev", User: "U1", Payload: []byte("x")}); err != nil || !isNew {
				t.Fatalf("Add: %v %v", isNew, err)
			}
			if err := b.Submit("ev", job); err != nil {
				t.Fatal(err)
			}
			deadline := time.After(10 * time.Second)
			least := tt.wantRuns
			if tt.wantRuns > maxAttempts {
				least = tt.wantRuns - 1
			}
			for state := ""; state != tt.wantState || runs.Load() < least; {
				select {
				case <-ran:
				case <-deadline:
					t.Fatalf("after %d runs the event is %q; want %d runs and %q", runs.Load(), state, tt.wantRuns, tt.wantState)
				case <-time.After(5 * time.Millisecond):
				}
				if err := raw.QueryRow(`SELECT state FROM inbox WHERE id = 'ev'`).Scan(&state); err != nil {
					t.Fatal(err)
				}
			}
			cancel()
			if err := q.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := runs.Load(); n < least || n > tt.wantRuns {
				t.Errorf("worked %d times, want %d (or %d)", n, tt.wantRuns, least)
			}
		})
	}
}
