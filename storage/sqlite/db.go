// Package sqlite stores the bot's state in one SQLite file with
// modernc.org/sqlite: conversations, settings, reminders, the audit trail
// and deduplication keys. Every public method is one transaction.
//
// All times are stored in UTC as INTEGER unix milliseconds (see package
// timecol); every table and every migration uses that one format.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"privacybot/storage/internal/timecol"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	storemigrations "privacybot/storage/migrations"
)

// migrations are the SQLite schema changes, NNNN_name.sql, kept beside
// PostgreSQL's in storage/migrations.
var migrations = storemigrations.SQLite

// DB is an open store. Its methods are safe for concurrent use, also by
// several processes sharing the file.
type DB struct {
	db  *sql.DB
	now func() time.Time
}

// Open opens (creating when needed, with mode 0600) the database file at
// path, switches it to WAL with a busy timeout, and applies any migration
// not yet applied. now is the clock used for timestamps; nil means
// time.Now.
func Open(ctx context.Context, path string, now func() time.Time) (*DB, error) {
	if now == nil {
		now = time.Now
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create database folder: %w", err)
		}
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open database file: %w", err)
	}
	f.Close()
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(4)
	s := &DB{db: db, now: now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds the modernc.org/sqlite data source name for the file at path.
// The path is escaped so that '%', '?' and '#' in it reach SQLite as part
// of the file name. The busy timeout comes first so that it already guards
// the switch to WAL; every pooled connection runs these pragmas, and
// _txlock=immediate makes each transaction take the write lock at BEGIN,
// so that two writers wait for each other instead of failing with
// SQLITE_BUSY halfway. secure_delete overwrites deleted content with
// zeros, so that erased data does not stay in free space in the file.
func dsn(path string) string {
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	return "file:" + escaped +
		"?_pragma=busy_timeout(5000)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(1)" +
		"&_pragma=secure_delete(1)" +
		"&_txlock=immediate"
}

// Close closes the database after checkpointing the WAL.
func (s *DB) Close() error {
	_, _ = s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	return s.db.Close()
}

// Ping reports whether the database answers.
func (s *DB) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// IntegrityCheck runs PRAGMA integrity_check and returns an error unless it
// answers "ok".
func (s *DB) IntegrityCheck(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	return nil
}

// stamp returns the store's clock, cut to the precision that is stored, so
// that a time handed back to a caller equals the one read later.
func (s *DB) stamp() time.Time { return timecol.Decode(timecol.Encode(s.now())) }

func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.apply(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

// recordedName is the name schema_migrations keeps for a migration file:
// its path from when the files lived in storage/sqlite/migrations, so that
// a database created then sees its migrations as applied.
func recordedName(file string) string { return "migrations/" + file }

func (s *DB) apply(ctx context.Context, file string) error {
	name := recordedName(file)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, file)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	for _, stmt := range strings.Split(string(body), ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`, name, timecol.Encode(s.now())); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	return tx.Commit()
}

// tableExists reports whether the table is in the schema; the reminders
// table, for one, comes with a later migration.
func tableExists(ctx context.Context, tx *sql.Tx, name string) (bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, name).Scan(&n); err != nil {
		return false, fmt.Errorf("look up table %s: %w", name, err)
	}
	return n > 0, nil
}
