package postgres

import (
	"context"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
)

var _ bot.Purger = (*DB)(nil)

// Purge deletes, in one transaction, what p says is kept no longer at now:
// conversations not changed for p.Conversations, done and cancelled
// reminders not changed for p.Reminders, and event IDs first seen more than
// p.Dedup ago (sent and given-up outbox items too). A row exactly one
// period old is kept. A zero or negative period deletes nothing of its
// kind. Open reminders and unsent outbox items are never purged. Replicas purging at once each delete what is left; the counts of all of
// them add up to what was purged.
func (s *DB) Purge(ctx context.Context, now time.Time, p bot.Retention) (bot.PurgeCounts, error) {
	var counts bot.PurgeCounts
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		if counts.Conversations, err = deleteBefore(ctx, tx, now, p.Conversations,
			`DELETE FROM conversations WHERE updated_at < $1`); err != nil {
			return fmt.Errorf("conversations: %w", err)
		}
		if counts.Dedup, err = deleteBefore(ctx, tx, now, p.Dedup,
			`DELETE FROM dedup WHERE seen_at < $1`); err != nil {
			return fmt.Errorf("dedup keys: %w", err)
		}
		if _, err = deleteBefore(ctx, tx, now, p.Dedup,
			`DELETE FROM outbox WHERE state IN ('sent', 'failed') AND updated_at < $1`); err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
		if err := purgeInbox(ctx, tx, now, p, &counts); err != nil {
			return err
		}
		if counts.Reminders, err = deleteBefore(ctx, tx, now, p.Reminders,
			`DELETE FROM reminders WHERE state IN ('done', 'cancelled') AND updated_at < $1`); err != nil {
			return fmt.Errorf("reminders: %w", err)
		}
		return nil
	})
	if err != nil {
		return bot.PurgeCounts{}, fmt.Errorf("purge: %w", err)
	}
	return counts, nil
}

// deleteBefore runs query, a DELETE with one parameter for the cutoff time,
// when period is positive, and returns the number of rows deleted.
func deleteBefore(ctx context.Context, tx pgx.Tx, now time.Time, period time.Duration, query string) (int64, error) {
	if period <= 0 {
		return 0, nil
	}
	tag, err := tx.Exec(ctx, query, timecol.Encode(now.Add(-period)))
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
