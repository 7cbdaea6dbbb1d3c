package postgres

import (
	"context"
	"encoding/json"
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
		if w.Event != "" {
			return storeTurnReplies(ctx, tx, w.Event, w.Replies)
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

// storeTurnReplies stores replies on the pending inbox event id, unless
// replies are stored there already (ErrConflict). An event not pending
// gets none. The row is locked until the transaction ends, so of two runs
// of one event committing at once the second sees the first's replies.
func storeTurnReplies(ctx context.Context, tx pgx.Tx, id string, replies []bot.Reply) error {
	js, err := json.Marshal(replies)
	if err != nil {
		return fmt.Errorf("encode replies: %w", err)
	}
	var answered bool
	err = tx.QueryRow(ctx, `SELECT replies IS NOT NULL FROM inbox WHERE id = $1 AND state = 'pending' FOR UPDATE`, id).Scan(&answered)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("read inbox event: %w", err)
	case answered:
		return fmt.Errorf("inbox event answered already: %w", bot.ErrConflict)
	}
	if _, err := tx.Exec(ctx, `UPDATE inbox SET replies = $1 WHERE id = $2`, string(js), id); err != nil {
		return fmt.Errorf("store replies: %w", err)
	}
	return nil
}

// TurnReplies returns the replies stored for the pending inbox event id;
// see bot.TurnStore.
func (s *DB) TurnReplies(ctx context.Context, id string) ([]bot.Reply, bool, error) {
	var js *string
	err := s.pool.QueryRow(ctx, `SELECT replies FROM inbox WHERE id = $1 AND state = 'pending'`, id).Scan(&js)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && js == nil {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("turn replies: %w", err)
	}
	var replies []bot.Reply
	if err := json.Unmarshal([]byte(*js), &replies); err != nil {
		return nil, false, fmt.Errorf("turn replies: decode: %w", err)
	}
	return replies, true, nil
}
