package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
)

var _ bot.UserDataStore = (*DB)(nil)

// ForgetUser deletes, in one transaction, everything stored about u: their
// conversations in every channel, their settings, their reminders, their
// audit trail, their digest jobs, their outbox items, their events waiting in the
// inbox with the catch-up positions of their DMs, and the dedup keys marked as theirs (bot.UserDedupPrefixes).
// Other users' rows stay. Nothing stored is no error.
//
// PostgreSQL keeps a deleted row in its table file as a dead tuple until
// VACUUM frees its space, so after the delete ForgetUser vacuums the
// tables it touched. VACUUM frees the space for reuse but does not
// overwrite it at once, and the write-ahead log, its archive and backups
// keep the rows until they are recycled; the README says what an operator
// does about those. An error after the delete says the erase is done but
// the vacuum failed; calling ForgetUser again retries it.
func (s *DB) ForgetUser(ctx context.Context, u bot.UserKey) error {
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for _, table := range forgetTables {
			if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE platform = $1 AND user_id = $2`, u.Platform, u.User); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		for _, prefix := range bot.UserDedupPrefixes(u) {
			if _, err := tx.Exec(ctx, `DELETE FROM dedup WHERE starts_with(key, $1)`, prefix); err != nil {
				return fmt.Errorf("dedup: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	if _, err := s.pool.Exec(ctx, `VACUUM `+strings.Join(forgetTables, ", ")+`, dedup`); err != nil {
		return fmt.Errorf("forget user: vacuum: %w", err)
	}
	return nil
}

// forgetTables are the tables that hold rows per user.
var forgetTables = []string{"conversations", "settings", "audit", "reminders", "digests", "outbox", "inbox", "inbox_positions"}
