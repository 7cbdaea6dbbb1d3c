package sqlite

import (
	"context"
	"errors"
	"fmt"

	"privacybot/bot"
)

var _ bot.UserDataStore = (*DB)(nil)

// ForgetUser deletes, in one transaction, everything stored about u: their
// conversations in every channel, their settings, their reminders, their
// audit trail, their digest jobs, their outbox items, their events waiting in the
// inbox with the catch-up positions of their DMs, and the dedup keys marked as theirs (bot.UserDedupPrefixes).
// Other users' rows stay. Nothing stored is no error.
//
// None of the erased bytes stays readable in the database files: the
// connections run with secure_delete, which overwrites deleted content
// with zeros, and after the delete the write-ahead log, whose older frames
// still hold the rows, is checkpointed into the main file and truncated to
// zero bytes. An error after the delete says the erase is done but the log
// is not yet cleared; calling ForgetUser again finishes it.
func (s *DB) ForgetUser(ctx context.Context, u bot.UserKey) error {
	if err := s.deleteUser(ctx, u); err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	if err := s.truncateWAL(ctx); err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	return nil
}

func (s *DB) deleteUser(ctx context.Context, u bot.UserKey) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	tables := []string{"conversations", "settings", "audit", "digests", "outbox", "inbox", "inbox_positions"}
	hasReminders, err := tableExists(ctx, tx, "reminders")
	if err != nil {
		return err
	}
	if hasReminders {
		tables = append(tables, "reminders")
	}
	for _, table := range tables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE platform = ? AND user_id = ?`, u.Platform, u.User); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	for _, prefix := range bot.UserDedupPrefixes(u) {
		// Keys compare byte by byte: those starting with prefix lie between
		// it and prefix with its last byte raised by one.
		upper := prefix[:len(prefix)-1] + string(rune(prefix[len(prefix)-1]+1))
		if _, err := tx.ExecContext(ctx, `DELETE FROM dedup WHERE key >= ? AND key < ?`, prefix, upper); err != nil {
			return fmt.Errorf("dedup: %w", err)
		}
	}
	return tx.Commit()
}

// walTries bounds the checkpoints truncateWAL tries while readers hold the
// log; each waits up to the busy timeout.
const walTries = 5

// truncateWAL copies the write-ahead log into the main file and truncates
// it to zero bytes. It fails when readers keep the log in use.
func (s *DB) truncateWAL(ctx context.Context) error {
	for range walTries {
		var busy, logFrames, done int
		if err := s.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
			return fmt.Errorf("checkpoint: %w", err)
		}
		if busy == 0 {
			return nil
		}
	}
	return errors.New("checkpoint: the write-ahead log stays in use; it is cleared at the next checkpoint")
}
