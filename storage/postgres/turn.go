package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
)

var _ bot.TurnStore = (*DB)(nil)

// CommitTurn stores a turn's conversation, settings, reminders and audit
// entries in one transaction; see bot.TurnStore. A stale conversation or
// reminder, or a duplicate reminder, rolls everything back with an error
// wrapping bot.ErrConflict.
func (s *DB) CommitTurn(ctx context.Context, w *bot.TurnWrites) error {
	now := s.stamp()
	ids := make([]int64, len(w.Reminders))
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		if w.Conversation != nil {
			if err := saveConversation(ctx, tx, w.Conversation, now); err != nil {
				return fmt.Errorf("save conversation: %w", err)
			}
		}
		if w.Settings != nil {
			if err := saveSettings(ctx, tx, *w.Settings, now); err != nil {
				return fmt.Errorf("save settings: %w", err)
			}
		}
		for i, rw := range w.Reminders {
			if rw.Reminder.ID != 0 {
				if err := s.updateReminder(ctx, tx, rw.Reminder, rw.Audit, now); err != nil {
					return fmt.Errorf("update reminder %d: %w", rw.Reminder.ID, err)
				}
				continue
			}
			id, err := s.createReminder(ctx, tx, rw.Reminder, rw.Audit, now)
			if errors.Is(err, bot.ErrDuplicate) {
				return fmt.Errorf("create reminder: %w", bot.ErrConflict)
			}
			if err != nil {
				return fmt.Errorf("create reminder: %w", err)
			}
			ids[i] = id
		}
		for _, e := range w.Audit {
			if err := s.appendAudit(ctx, tx, e); err != nil {
				return fmt.Errorf("audit %s: %w", e.Action, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	if c := w.Conversation; c != nil {
		c.Version++
		c.UpdatedAt = now
	}
	for i, rw := range w.Reminders {
		r := rw.Reminder
		if ids[i] != 0 {
			r.ID, r.Version, r.CreatedAt = ids[i], 0, now
		}
		r.Version++
		r.UpdatedAt = now
	}
	return nil
}
