package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"privacybot/bot"
)

var _ bot.TurnStore = (*DB)(nil)

// querier runs statements: the database (a transaction per statement) or
// a transaction under way.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// CommitTurn stores a turn's conversation, settings, reminders and audit
// entries in one transaction; see bot.TurnStore. A stale conversation or
// reminder, or a duplicate reminder, rolls everything back with an error
// wrapping bot.ErrConflict.
func (s *DB) CommitTurn(ctx context.Context, w *bot.TurnWrites) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	defer tx.Rollback()
	now := s.stamp()
	if w.Conversation != nil {
		if err := saveConversation(ctx, tx, w.Conversation, now); err != nil {
			return fmt.Errorf("commit turn: save conversation: %w", err)
		}
	}
	if w.Settings != nil {
		if err := saveSettings(ctx, tx, *w.Settings, now); err != nil {
			return fmt.Errorf("commit turn: save settings: %w", err)
		}
	}
	ids := make([]int64, len(w.Reminders))
	for i, rw := range w.Reminders {
		if rw.Reminder.ID != 0 {
			if err := s.updateReminderTx(ctx, tx, rw.Reminder, rw.Audit, now); err != nil {
				return fmt.Errorf("commit turn: update reminder %d: %w", rw.Reminder.ID, err)
			}
			continue
		}
		id, err := s.createReminderTx(ctx, tx, rw.Reminder, rw.Audit, now)
		if errors.Is(err, bot.ErrDuplicate) {
			return fmt.Errorf("commit turn: create reminder: %w", bot.ErrConflict)
		}
		if err != nil {
			return fmt.Errorf("commit turn: create reminder: %w", err)
		}
		ids[i] = id
	}
	for _, e := range w.Audit {
		if err := s.appendAuditTx(ctx, tx, e); err != nil {
			return fmt.Errorf("commit turn: audit %s: %w", e.Action, err)
		}
	}
	if w.Event != "" {
		if err := storeTurnReplies(ctx, tx, w.Event, w.Replies); err != nil {
			return fmt.Errorf("commit turn: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
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
// gets none.
func storeTurnReplies(ctx context.Context, q querier, id string, replies []bot.Reply) error {
	js, err := json.Marshal(replies)
	if err != nil {
		return fmt.Errorf("encode replies: %w", err)
	}
	var answered bool
	err = q.QueryRowContext(ctx, `SELECT replies IS NOT NULL FROM inbox WHERE id = ? AND state = 'pending'`, id).Scan(&answered)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("read inbox event: %w", err)
	case answered:
		return fmt.Errorf("inbox event answered already: %w", bot.ErrConflict)
	}
	if _, err := q.ExecContext(ctx, `UPDATE inbox SET replies = ? WHERE id = ?`, string(js), id); err != nil {
		return fmt.Errorf("store replies: %w", err)
	}
	return nil
}

// TurnReplies returns the replies stored for the pending inbox event id;
// see bot.TurnStore.
func (s *DB) TurnReplies(ctx context.Context, id string) ([]bot.Reply, bool, error) {
	var js sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT replies FROM inbox WHERE id = ? AND state = 'pending'`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) || err == nil && !js.Valid {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("turn replies: %w", err)
	}
	var replies []bot.Reply
	if err := json.Unmarshal([]byte(js.String), &replies); err != nil {
		return nil, false, fmt.Errorf("turn replies: decode: %w", err)
	}
	return replies, true, nil
}
