package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

// Purge deletes, in one transaction, what p says is kept no longer at now:
// conversations not changed for p.Conversations, done and cancelled
// reminders not changed for p.Reminders, and event IDs first seen more than
// p.Dedup ago (sent and given-up outbox items too). A row exactly one
// period old is kept. A zero or negative period deletes nothing of its
// kind. Open reminders and unsent outbox items are never purged.
func (s *DB) Purge(ctx context.Context, now time.Time, p bot.Retention) (bot.PurgeCounts, error) {
	var counts bot.PurgeCounts
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return counts, fmt.Errorf("purge: %w", err)
	}
	defer tx.Rollback()
	if counts.Conversations, err = deleteBefore(ctx, tx, now, p.Conversations,
		`DELETE FROM conversations WHERE updated_at < ?`); err != nil {
		return bot.PurgeCounts{}, fmt.Errorf("purge conversations: %w", err)
	}
	if counts.Dedup, err = deleteBefore(ctx, tx, now, p.Dedup,
		`DELETE FROM dedup WHERE seen_at < ?`); err != nil {
		return bot.PurgeCounts{}, fmt.Errorf("purge dedup keys: %w", err)
	}
	if _, err = deleteBefore(ctx, tx, now, p.Dedup,
		`DELETE FROM outbox WHERE state IN ('sent', 'failed') AND updated_at < ?`); err != nil {
		return bot.PurgeCounts{}, fmt.Errorf("purge outbox: %w", err)
	}
	if err := purgeInbox(ctx, tx, now, p, &counts); err != nil {
		return bot.PurgeCounts{}, err
	}
	hasReminders, err := tableExists(ctx, tx, "reminders")
	if err != nil {
		return bot.PurgeCounts{}, fmt.Errorf("purge reminders: %w", err)
	}
	if hasReminders {
		if counts.Reminders, err = deleteBefore(ctx, tx, now, p.Reminders,
			`DELETE FROM reminders WHERE state IN ('done', 'cancelled') AND updated_at < ?`); err != nil {
			return bot.PurgeCounts{}, fmt.Errorf("purge reminders: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return bot.PurgeCounts{}, fmt.Errorf("purge: %w", err)
	}
	return counts, nil
}

// deleteBefore runs query, a DELETE with one placeholder for the cutoff
// time, when period is positive, and returns the number of rows deleted.
func deleteBefore(ctx context.Context, tx *sql.Tx, now time.Time, period time.Duration, query string) (int64, error) {
	if period <= 0 {
		return 0, nil
	}
	res, err := tx.ExecContext(ctx, query, timecol.Encode(now.Add(-period)))
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
