package sqlite

import (
	"context"
	"fmt"

	"privacybot/bot"
)

var _ bot.UserDataStore = (*DB)(nil)

// ForgetUser deletes, in one transaction, everything stored about u: their
// conversations in every channel, their settings, their reminders and
// their audit trail, and their events waiting in the inbox with the
// catch-up positions of their DMs. Other users' rows stay. Nothing stored is no error.
func (s *DB) ForgetUser(ctx context.Context, u bot.UserKey) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	defer tx.Rollback()
	tables := []string{"conversations", "settings", "audit", "inbox", "inbox_positions"}
	hasReminders, err := tableExists(ctx, tx, "reminders")
	if err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	if hasReminders {
		tables = append(tables, "reminders")
	}
	for _, table := range tables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE platform = ? AND user_id = ?`, u.Platform, u.User); err != nil {
			return fmt.Errorf("forget user: %s: %w", table, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	return nil
}
