package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/internal/testclock"
)

// coreT0 is the time the core tests start at.
var coreT0 = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

// openCoreStore opens a store on a new file under t.TempDir(), with a
// clock at coreT0, and closes it when the test ends.
func openCoreStore(t testing.TB) (*DB, *testclock.Clock, string) {
	t.Helper()
	clock := testclock.New(coreT0)
	path := filepath.Join(t.TempDir(), "bot.db")
	s, err := Open(context.Background(), path, clock.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, clock, path
}

func TestOpenAppliesPragmasToEveryConnection(t *testing.T) {
	s, _, _ := openCoreStore(t)
	ctx := context.Background()
	// Hold as many connections as the pool allows, so that each is a
	// separate SQLite connection that ran the DSN's pragmas itself.
	var conns []*sql.Conn
	for range 4 {
		conn, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatalf("Conn: %v", err)
		}
		defer conn.Close()
		conns = append(conns, conn)
	}
	tests := []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"busy_timeout", "5000"},
		{"synchronous", "1"},
		{"foreign_keys", "1"},
	}
	for i, conn := range conns {
		for _, tt := range tests {
			var got string
			if err := conn.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatalf("connection %d: PRAGMA %s: %v", i, tt.pragma, err)
			}
			if got != tt.want {
				t.Errorf("connection %d: PRAGMA %s = %q, want %q", i, tt.pragma, got, tt.want)
			}
		}
	}
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	path := filepath.Join(dir, "bot.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if _, err := s.FirstSeen(context.Background(), "event-1", coreT0); err != nil {
		t.Fatalf("FirstSeen: %v", err)
	}
	tests := []struct {
		path string
		want fs.FileMode
	}{
		{dir, fs.ModeDir | 0o700},
		{path, 0o600},
		{path + "-wal", 0o600},
		{path + "-shm", 0o600},
	}
	for _, tt := range tests {
		info, err := os.Stat(tt.path)
		if err != nil {
			t.Fatalf("Stat: %v", err)
		}
		if got := info.Mode() & (fs.ModeDir | fs.ModePerm); got != tt.want {
			t.Errorf("mode of %s = %v, want %v", filepath.Base(tt.path), got, tt.want)
		}
	}
}

func TestOpenKeepsPathAsGiven(t *testing.T) {
	tests := []string{"bot.db", "with space.db", "per%20cent.db", "ask?mode=ro.db", "hash#tag.db"}
	for _, name := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			s, err := Open(ctx, path, nil)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			if _, err := s.FirstSeen(ctx, "event-1", coreT0); err != nil {
				t.Fatalf("FirstSeen: %v", err)
			}
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatalf("ReadDir: %v", err)
			}
			for _, e := range entries {
				if !strings.HasPrefix(e.Name(), name) {
					t.Errorf("stray file %q next to %q", e.Name(), name)
				}
			}
			s, err = Open(ctx, path, nil)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			defer s.Close()
			if first, err := s.FirstSeen(ctx, "event-1", coreT0); err != nil || first {
				t.Errorf("FirstSeen after reopen = %v, %v; want false: the data went to another file", first, err)
			}
		})
	}
}

func TestTransactionsTakeWriteLockAtBegin(t *testing.T) {
	s, _, path := openCoreStore(t)
	ctx := context.Background()
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatalf("open second handle: %v", err)
	}
	defer other.Close()
	insert := func(key string) error {
		_, err := other.ExecContext(ctx, `INSERT INTO dedup (key, seen_at) VALUES (?, 0)`, key)
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatalf("BeginTx: %v", err)
	}
	err = insert("while-open")
	if rbErr := tx.Rollback(); rbErr != nil {
		t.Fatalf("Rollback: %v", rbErr)
	}
	if err == nil || !strings.Contains(err.Error(), "SQLITE_BUSY") {
		t.Fatalf("write beside an open transaction: err = %v, want SQLITE_BUSY (the transaction should hold the write lock from BEGIN)", err)
	}
	if err := insert("after"); err != nil {
		t.Fatalf("write after the transaction: %v", err)
	}
}

func TestMigrationsAreIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bot.db")
	names, err := fs.Glob(migrations, "*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("migrations: %v, %d files", err, len(names))
	}
	a := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	for open := 1; open <= 3; open++ {
		s, err := Open(ctx, path, func() time.Time { return coreT0 })
		if err != nil {
			t.Fatalf("Open #%d: %v", open, err)
		}
		var applied int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&applied); err != nil {
			t.Fatalf("count migrations: %v", err)
		}
		if applied != len(names) {
			t.Errorf("Open #%d: %d migrations recorded, want %d", open, applied, len(names))
		}
		c, ok, err := s.Conversation(ctx, a)
		if err != nil {
			t.Fatalf("Conversation: %v", err)
		}
		if ok != (open > 1) || int(c.Version) != open-1 {
			t.Errorf("Open #%d: conversation ok=%v version=%d, want it kept from the earlier opens", open, ok, c.Version)
		}
		c.Address = a
		if err := s.SaveConversation(ctx, &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
		if err := s.IntegrityCheck(ctx); err != nil {
			t.Errorf("IntegrityCheck: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
}

func TestConcurrentUsersDoNotWaitIntoErrors(t *testing.T) {
	s, _, _ := openCoreStore(t)
	ctx := context.Background()
	const users, rounds = 20, 10
	errs := make(chan error, users)
	var wg sync.WaitGroup
	for i := range users {
		wg.Go(func() {
			u := bot.UserKey{Platform: bot.Mattermost, User: fmt.Sprintf("user-%02d", i)}
			c := bot.Conversation{Address: bot.Address{Platform: u.Platform, User: u.User, Channel: "dm"}}
			for r := range rounds {
				c.Pending = fmt.Sprintf("round-%d", r)
				if err := s.SaveConversation(ctx, &c); err != nil {
					errs <- fmt.Errorf("%s: save conversation: %w", u.User, err)
					return
				}
				if err := s.SaveSettings(ctx, bot.Settings{UserKey: u, TZ: fmt.Sprintf("round-%d", r)}); err != nil {
					errs <- fmt.Errorf("%s: save settings: %w", u.User, err)
					return
				}
				if err := s.AppendAudit(ctx, bot.AuditEntry{UserKey: u, Action: "flow.start"}); err != nil {
					errs <- fmt.Errorf("%s: append audit: %w", u.User, err)
					return
				}
				if _, err := s.FirstSeen(ctx, fmt.Sprintf("%s-%d", u.User, r), coreT0); err != nil {
					errs <- fmt.Errorf("%s: first seen: %w", u.User, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i := range users {
		u := bot.UserKey{Platform: bot.Mattermost, User: fmt.Sprintf("user-%02d", i)}
		c, ok, err := s.Conversation(ctx, bot.Address{Platform: u.Platform, User: u.User, Channel: "dm"})
		if err != nil || !ok || c.Version != rounds || c.Pending != fmt.Sprintf("round-%d", rounds-1) {
			t.Errorf("%s: conversation = %+v, %v, %v; want version %d", u.User, c, ok, err, rounds)
		}
		trail, err := s.AuditTrail(ctx, u)
		if err != nil || len(trail) != rounds {
			t.Errorf("%s: %d audit entries, %v; want %d", u.User, len(trail), err, rounds)
		}
	}
}
