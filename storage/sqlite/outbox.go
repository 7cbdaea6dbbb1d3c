package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

var _ bot.OutboxStore = (*DB)(nil)

const outboxColumns = `id, dedup_key, platform, user_id, target, payload, parts_sent, attempts,
	unsure, state, next_attempt_at, created_at`

// EnqueueOutbox stores items in one transaction; see bot.OutboxStore.
func (s *DB) EnqueueOutbox(ctx context.Context, items []bot.OutboxItem, owner string, claim time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("enqueue outbox: %w", err)
	}
	defer tx.Rollback()
	now := timecol.Encode(s.now())
	state, next := bot.OutboxSending, timecol.Encode(claim)
	if claim.IsZero() {
		state, next = bot.OutboxPending, now
	}
	for i := range items {
		it := &items[i]
		var id int64
		err := tx.QueryRowContext(ctx, `INSERT INTO outbox (dedup_key, platform, user_id, target,
			payload, owner, state, next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (dedup_key) WHERE dedup_key <> '' DO NOTHING RETURNING id`,
			it.Key, it.Platform, it.User, it.Target, it.Payload, owner, state, next, timecol.Encode(it.CreatedAt), now).Scan(&id)
		switch {
		case err == sql.ErrNoRows:
			it.ID = 0
		case err != nil:
			return fmt.Errorf("enqueue outbox: %w", err)
		default:
			it.ID = id
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("enqueue outbox: %w", err)
	}
	return nil
}

// ClaimOutbox claims the items due at now; see bot.OutboxStore.
func (s *DB) ClaimOutbox(ctx context.Context, owner string, now, claim time.Time, limit int) ([]bot.OutboxItem, error) {
	rows, err := s.db.QueryContext(ctx, `UPDATE outbox SET unsure = (unsure OR state = 'sending'),
		state = 'sending', owner = ?, next_attempt_at = ?, updated_at = ?
		WHERE id IN (SELECT id FROM outbox WHERE state IN ('pending', 'sending')
			AND next_attempt_at <= ? ORDER BY id LIMIT ?)
		RETURNING `+outboxColumns,
		owner, timecol.Encode(claim), timecol.Encode(s.now()), timecol.Encode(now), limit)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	defer rows.Close()
	var out []bot.OutboxItem
	for rows.Next() {
		var (
			it            bot.OutboxItem
			next, created int64
		)
		if err := rows.Scan(&it.ID, &it.Key, &it.Platform, &it.User, &it.Target, &it.Payload, &it.Sent,
			&it.Attempts, &it.Unsure, &it.State, &next, &created); err != nil {
			return nil, fmt.Errorf("claim outbox: %w", err)
		}
		it.NextAt, it.CreatedAt = timecol.Decode(next), timecol.Decode(created)
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	slices.SortFunc(out, func(a, b bot.OutboxItem) int { return int(a.ID - b.ID) })
	return out, nil
}

// SaveOutbox stores an attempt's result under its claim; see
// bot.OutboxStore.
func (s *DB) SaveOutbox(ctx context.Context, it bot.OutboxItem, claimed time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE outbox SET parts_sent = ?, attempts = ?, unsure = ?,
		state = ?, next_attempt_at = ?, updated_at = ?,
		payload = CASE WHEN ? IN ('sent', 'failed') THEN '' ELSE payload END
		WHERE id = ? AND state = 'sending' AND next_attempt_at = ?`,
		it.Sent, it.Attempts, it.Unsure, it.State, timecol.Encode(it.NextAt), timecol.Encode(s.now()),
		it.State, it.ID, timecol.Encode(claimed))
	if err != nil {
		return fmt.Errorf("save outbox item %d: %w", it.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("save outbox item %d: %w", it.ID, bot.ErrConflict)
	}
	return nil
}

// TakeBackOutbox makes owner's items in sending due at now; see
// bot.OutboxStore.
func (s *DB) TakeBackOutbox(ctx context.Context, owner string, now time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE outbox SET next_attempt_at = ?, updated_at = ?
		WHERE state = 'sending' AND owner = ? AND next_attempt_at > ?`,
		timecol.Encode(now), timecol.Encode(s.now()), owner, timecol.Encode(now))
	if err != nil {
		return 0, fmt.Errorf("take back outbox: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("take back outbox: %w", err)
	}
	return n, nil
}

// TakeOverOutbox makes the items under keys that are being sent due at
// now; see bot.OutboxStore.
func (s *DB) TakeOverOutbox(ctx context.Context, keys []string, now time.Time) error {
	for _, k := range keys {
		if _, err := s.db.ExecContext(ctx, `UPDATE outbox SET next_attempt_at = ?, updated_at = ?
			WHERE dedup_key = ? AND dedup_key <> '' AND state = 'sending' AND next_attempt_at > ?`,
			timecol.Encode(now), timecol.Encode(s.now()), k, timecol.Encode(now)); err != nil {
			return fmt.Errorf("take over outbox item: %w", err)
		}
	}
	return nil
}
