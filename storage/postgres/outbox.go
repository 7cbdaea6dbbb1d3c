package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"privacybot/storage/internal/timecol"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
)

var _ bot.OutboxStore = (*DB)(nil)

// EnqueueOutbox stores items in one transaction; see bot.OutboxStore.
func (s *DB) EnqueueOutbox(ctx context.Context, items []bot.OutboxItem, owner string, claim time.Time) error {
	now := timecol.Encode(s.now())
	state, next := bot.OutboxSending, timecol.Encode(claim)
	if claim.IsZero() {
		state, next = bot.OutboxPending, now
	}
	ids := make([]int64, len(items))
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for i, it := range items {
			err := tx.QueryRow(ctx, `INSERT INTO outbox (dedup_key, platform, user_id, target,
				payload, owner, state, next_attempt_at, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
				ON CONFLICT (dedup_key) WHERE dedup_key <> '' DO NOTHING RETURNING id`,
				it.Key, it.Platform, it.User, it.Target, it.Payload, owner, state, next, timecol.Encode(it.CreatedAt), now).Scan(&ids[i])
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("enqueue outbox: %w", err)
	}
	for i := range items {
		items[i].ID = ids[i]
	}
	return nil
}

// ClaimOutbox claims the items due at now; see bot.OutboxStore. Replicas
// claim with FOR UPDATE SKIP LOCKED, so each takes items no other holds.
func (s *DB) ClaimOutbox(ctx context.Context, owner string, now, claim time.Time, limit int) ([]bot.OutboxItem, error) {
	rows, err := s.pool.Query(ctx, `UPDATE outbox SET unsure = (unsure OR state = 'sending'),
		state = 'sending', next_attempt_at = $1, updated_at = $2, owner = $5
		WHERE id IN (SELECT id FROM outbox WHERE state IN ('pending', 'sending')
			AND next_attempt_at <= $3 ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
		RETURNING id, dedup_key, platform, user_id, target, payload, parts_sent, attempts,
			unsure, state, next_attempt_at, created_at`,
		timecol.Encode(claim), timecol.Encode(s.now()), timecol.Encode(now), limit, owner)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (bot.OutboxItem, error) {
		var (
			it            bot.OutboxItem
			next, created int64
		)
		err := row.Scan(&it.ID, &it.Key, &it.Platform, &it.User, &it.Target, &it.Payload, &it.Sent,
			&it.Attempts, &it.Unsure, &it.State, &next, &created)
		it.NextAt, it.CreatedAt = timecol.Decode(next), timecol.Decode(created)
		return it, err
	})
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	slices.SortFunc(out, func(a, b bot.OutboxItem) int { return int(a.ID - b.ID) })
	return out, nil
}

// SaveOutbox stores an attempt's result under its claim; see
// bot.OutboxStore.
func (s *DB) SaveOutbox(ctx context.Context, it bot.OutboxItem, claimed time.Time) error {
	tag, err := s.pool.Exec(ctx, `UPDATE outbox SET parts_sent = $1, attempts = $2, unsure = $3,
		state = $4, next_attempt_at = $5, updated_at = $6,
		payload = CASE WHEN $4 IN ('sent', 'failed') THEN '' ELSE payload END
		WHERE id = $7 AND state = 'sending' AND next_attempt_at = $8`,
		it.Sent, it.Attempts, it.Unsure, it.State, timecol.Encode(it.NextAt), timecol.Encode(s.now()),
		it.ID, timecol.Encode(claimed))
	if err != nil {
		return fmt.Errorf("save outbox item %d: %w", it.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("save outbox item %d: %w", it.ID, bot.ErrConflict)
	}
	return nil
}

// TakeBackOutbox makes owner's items in sending due at now; see
// bot.OutboxStore.
func (s *DB) TakeBackOutbox(ctx context.Context, owner string, now time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE outbox SET next_attempt_at = $1, updated_at = $2
		WHERE state = 'sending' AND owner = $3 AND next_attempt_at > $1`,
		timecol.Encode(now), timecol.Encode(s.now()), owner)
	if err != nil {
		return 0, fmt.Errorf("take back outbox: %w", err)
	}
	return tag.RowsAffected(), nil
}

// TakeOverOutbox makes the items under keys that are being sent due at
// now; see bot.OutboxStore.
func (s *DB) TakeOverOutbox(ctx context.Context, keys []string, now time.Time) error {
	if _, err := s.pool.Exec(ctx, `UPDATE outbox SET next_attempt_at = $1, updated_at = $2
		WHERE dedup_key = ANY($3) AND dedup_key <> '' AND state = 'sending' AND next_attempt_at > $1`,
		timecol.Encode(now), timecol.Encode(s.now()), keys); err != nil {
		return fmt.Errorf("take over outbox item: %w", err)
	}
	return nil
}
