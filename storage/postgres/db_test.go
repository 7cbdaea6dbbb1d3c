package postgres

import (
	"context"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/storage/migrations"
	"privacybot/storage/storetest"
)

// TestOpenReplicasTogether opens many stores on one new schema at once, as
// replicas starting together do: the advisory lock lets one migrate while
// the others wait, so all open and every migration is applied once.
func TestOpenReplicasTogether(t *testing.T) {
	url := testSchemaURL(t, testBaseURL(t))
	const replicas = 6
	stores := make([]*DB, replicas)
	errs := make([]error, replicas)
	var wg sync.WaitGroup
	for i := range replicas {
		wg.Go(func() {
			stores[i], errs[i] = Open(t.Context(), url, nil)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("replica %d: Open: %v", i, err)
		}
		t.Cleanup(func() { stores[i].Close() })
	}
	names, err := fs.Glob(migrations.Postgres, "*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("migrations: %v, %d files", err, len(names))
	}
	var applied int
	if err := stores[0].pool.QueryRow(t.Context(), `SELECT count(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatalf("count migrations: %v", err)
	}
	if applied != len(names) {
		t.Errorf("%d migrations recorded, want %d", applied, len(names))
	}
	var held int
	if err := stores[0].pool.QueryRow(t.Context(),
		`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = ($1::bigint & x'ffffffff'::bigint)::oid`,
		migrateLockKey).Scan(&held); err != nil {
		t.Fatalf("look up the migration lock: %v", err)
	}
	if held != 0 {
		t.Errorf("migration lock still held by %d sessions after Open", held)
	}
}

// TestReopenKeepsData opens the same schema three times in a row: the
// migrations run once and what was stored stays.
func TestReopenKeepsData(t *testing.T) {
	url := testSchemaURL(t, testBaseURL(t))
	a := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	for open := 1; open <= 3; open++ {
		s, err := Open(t.Context(), url, func() time.Time { return storetest.T0 })
		if err != nil {
			t.Fatalf("Open #%d: %v", open, err)
		}
		c, ok, err := s.Conversation(t.Context(), a)
		if err != nil {
			t.Fatalf("Conversation: %v", err)
		}
		if ok != (open > 1) || int(c.Version) != open-1 {
			t.Errorf("Open #%d: conversation ok=%v version=%d, want it kept from the earlier opens", open, ok, c.Version)
		}
		c.Address = a
		if err := s.SaveConversation(t.Context(), &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
		if err := s.Ping(t.Context()); err != nil {
			t.Errorf("Ping: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
}

// TestOpenUnreachableKeepsPasswordOut needs no server: opening a database
// that does not answer fails, and the error does not show the password.
func TestOpenUnreachableKeepsPasswordOut(t *testing.T) {
	tests := []string{
		"postgres://privacybot:s3cret-pw@127.0.0.1:1/privacybot?connect_timeout=2",
		"postgres://privacybot:s3cret-pw@127.0.0.1:1/privacybot?connect_timeout=2&sslmode=bogus",
	}
	for _, url := range tests {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		s, err := Open(ctx, url, nil)
		cancel()
		if err == nil {
			s.Close()
			t.Fatalf("Open(%q) succeeded", url)
		}
		if strings.Contains(err.Error(), "s3cret-pw") {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

// TestClaimCanUseTheDueIndex checks that the claim's WHERE matches the
// partial index reminders_due, so that finding the due reminders does not
// scan the pending ones once the table is large.
func TestClaimCanUseTheDueIndex(t *testing.T) {
	s := openTest(t, testSchemaURL(t, testBaseURL(t)), nil)
	ctx := t.Context()
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query(ctx, `EXPLAIN SELECT id FROM reminders WHERE `+claimableStates+`
		AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED`, int64(0), 100)
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(plan, "\n")
	t.Logf("claim plan:\n%s", joined)
	if !strings.Contains(joined, "reminders_due") || strings.Contains(joined, "Sort") {
		t.Errorf("claim plan does not walk reminders_due in order:\n%s", joined)
	}
}
