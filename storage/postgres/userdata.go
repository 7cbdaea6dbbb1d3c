package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
)

var _ bot.UserDataStore = (*DB)(nil)

// ForgetUser deletes, in one transaction, everything stored about u: their
// conversations in every channel, their settings, their reminders and
// their audit trail, and their events waiting in the inbox with the
// catch-up positions of their DMs. Other users' rows stay. Nothing stored is no error.
func (s *DB) ForgetUser(ctx context.Context, u bot.UserKey) error {
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for _, table := range []string{"conversations", "settings", "audit", "reminders", "inbox", "inbox_positions"} {
			if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE platform = $1 AND user_id = $2`, u.Platform, u.User); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("forget user: %w", err)
	}
	return nil
}
