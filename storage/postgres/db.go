// Package postgres stores the bot's state in PostgreSQL with pgx, so that
// several replicas of the bot share it: conversations, settings, reminders,
// the audit trail and deduplication keys. It keeps the promises of
// storage/sqlite, method for method; every public method is one
// transaction.
//
// What makes it safe for replicas: a sweep claims due reminders with
// FOR UPDATE SKIP LOCKED under a lease, so each reminder is claimed by one
// replica at a time and taken over when that replica dies; a platform event
// ID is inserted with ON CONFLICT DO NOTHING under a key every replica
// shares; conversations and reminders carry a version that every update
// names, so of two replicas acting on one record only one succeeds.
//
// All times are stored in UTC as BIGINT unix milliseconds, as in SQLite,
// so both stores compare, order and purge alike; the database server's own
// clock is never used.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"time"

	"privacybot/storage/internal/timecol"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"privacybot/storage/migrations"
)

// DB is an open store. Its methods are safe for concurrent use, also by
// several processes (replicas) on the same database.
type DB struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

// migrateLockKey is the pg_advisory_lock key that serialises the
// migrations of replicas starting together ("privbot!" as a number).
const migrateLockKey int64 = 0x70726976626f7421

// Open connects to the database at url (postgres://user:password@host:port/db,
// with any libpq parameter such as sslmode or search_path), and applies,
// under an advisory lock so that replicas starting together wait for each
// other, every migration not yet applied to the schema the connection
// uses. now is the clock used for timestamps; nil means time.Now.
func Open(ctx context.Context, url string, now func() time.Time) (*DB, error) {
	if now == nil {
		now = time.Now
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parse database URL: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &DB{pool: pool, now: now}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes every connection, waiting for those in use to be returned.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// Ping reports whether the database answers.
func (s *DB) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	return nil
}

// stamp returns the store's clock, cut to the precision that is stored, so
// that a time handed back to a caller equals the one read later.
func (s *DB) stamp() time.Time { return timecol.Decode(timecol.Encode(s.now())) }

// inTx runs fn in one transaction, committed when fn returns nil and
// rolled back otherwise.
func (s *DB) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, s.pool, fn)
}

// migrate applies the migrations not yet recorded in schema_migrations, in
// name order, each in its own transaction, while holding the session-level
// advisory lock migrateLockKey on one connection.
func (s *DB) migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrateLockKey); err != nil {
		return fmt.Errorf("migrate: take lock: %w", err)
	}
	defer unlockMigrations(ctx, conn)
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrations.Postgres, "*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.apply(ctx, conn, name); err != nil {
			return err
		}
	}
	return nil
}

// unlockMigrations releases the migration lock; when that fails it closes
// the connection, which ends the session and so the lock, rather than
// return a connection that still holds it to the pool.
func unlockMigrations(ctx context.Context, conn *pgxpool.Conn) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, migrateLockKey); err != nil {
		_ = conn.Conn().Close(ctx)
	}
}

// apply runs the migration file name, a script of one or more statements,
// and records it, in one transaction; a migration already recorded is
// skipped.
func (s *DB) apply(ctx context.Context, conn *pgxpool.Conn, name string) error {
	body, err := fs.ReadFile(migrations.Postgres, name)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		var applied bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE name = $1)`, name).Scan(&applied); err != nil {
			return err
		}
		if applied {
			return nil
		}
		// Without arguments pgx sends the script by the simple protocol,
		// which runs every statement in it.
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)`, name, timecol.Encode(s.now()))
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	return nil
}

// noRows reports whether err says a query found no row.
func noRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
