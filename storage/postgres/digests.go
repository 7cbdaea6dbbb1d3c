package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
	"privacybot/storage/internal/timecol"
)

var _ bot.DigestStore = (*DB)(nil)

const digestColumns = `platform, user_id, week, state, next_attempt_at, attempts, failures, sent_at, created_at`

// AddDigests stores a pending job of week for each user who has none for
// that week yet, in one statement; see bot.DigestStore. Of replicas adding
// the same job at once, one adds it.
func (s *DB) AddDigests(ctx context.Context, week string, users []bot.UserKey, now time.Time) (int, error) {
	platforms, ids := make([]string, len(users)), make([]string, len(users))
	for i, u := range users {
		platforms[i], ids[i] = u.Platform, u.User
	}
	at := timecol.Encode(now)
	tag, err := s.pool.Exec(ctx, `INSERT INTO digests
		(platform, user_id, week, state, next_attempt_at, created_at, updated_at)
		SELECT p, u, $3, 'pending', $4, $4, $4 FROM unnest($1::text[], $2::text[]) AS t(p, u)
		ON CONFLICT (platform, user_id, week) DO NOTHING`, platforms, ids, week, at)
	if err != nil {
		return 0, fmt.Errorf("add digests: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// ClaimDigests claims at most limit due jobs of week in one statement;
// see bot.DigestStore. The due rows are locked FOR UPDATE SKIP LOCKED, so
// replicas claiming at once take disjoint jobs.
func (s *DB) ClaimDigests(ctx context.Context, week string, now time.Time, lease time.Duration, limit int) ([]bot.DigestJob, error) {
	rows, err := s.pool.Query(ctx, `WITH due AS MATERIALIZED (
			SELECT platform AS due_p, user_id AS due_u FROM digests
			WHERE week = $1 AND state IN ('pending', 'sending') AND next_attempt_at <= $2
			ORDER BY next_attempt_at LIMIT $3
			FOR UPDATE SKIP LOCKED
		)
		UPDATE digests SET state = 'sending', next_attempt_at = $4, attempts = attempts + 1, updated_at = $2
		FROM due WHERE platform = due_p AND user_id = due_u AND week = $1
		RETURNING `+digestColumns,
		week, timecol.Encode(now), limit, timecol.Encode(now.Add(lease)))
	if err != nil {
		return nil, fmt.Errorf("claim digests: %w", err)
	}
	jobs, err := collectDigests(rows)
	if err != nil {
		return nil, fmt.Errorf("claim digests: %w", err)
	}
	return jobs, nil
}

// FinishDigest ends the claim j with its audit entry in one transaction;
// see bot.DigestStore.
func (s *DB) FinishDigest(ctx context.Context, j bot.DigestJob, state bot.DigestState, at time.Time, e bot.AuditEntry) error {
	sentAt := int64(0)
	if state == bot.DigestSent {
		sentAt = timecol.Encode(at)
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE digests SET state = $1, sent_at = $2, updated_at = $3
			WHERE platform = $4 AND user_id = $5 AND week = $6 AND state = 'sending' AND attempts = $7`,
			string(state), sentAt, timecol.Encode(s.stamp()), j.Platform, j.User, j.Week, j.Attempts)
		if err != nil {
			return err
		}
		if err := oneRow(tag); err != nil {
			return err
		}
		if e.Action == "" {
			return nil
		}
		return s.appendAudit(ctx, tx, e)
	})
	if err != nil {
		return fmt.Errorf("finish digest %s (attempt %d): %w", j.Week, j.Attempts, err)
	}
	return nil
}

// RetryDigest puts the claim j back to pending; see bot.DigestStore.
func (s *DB) RetryDigest(ctx context.Context, j bot.DigestJob, next time.Time, failed bool) error {
	added := 0
	if failed {
		added = 1
	}
	tag, err := s.pool.Exec(ctx, `UPDATE digests SET state = 'pending', next_attempt_at = $1,
		failures = failures + $7, updated_at = $2
		WHERE platform = $3 AND user_id = $4 AND week = $5 AND state = 'sending' AND attempts = $6`,
		timecol.Encode(next), timecol.Encode(s.stamp()), j.Platform, j.User, j.Week, j.Attempts, added)
	if err == nil {
		err = oneRow(tag)
	}
	if err != nil {
		return fmt.Errorf("retry digest %s (attempt %d): %w", j.Week, j.Attempts, err)
	}
	return nil
}

// UserDigests returns u's jobs, newest week first.
func (s *DB) UserDigests(ctx context.Context, u bot.UserKey) ([]bot.DigestJob, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+digestColumns+` FROM digests
		WHERE platform = $1 AND user_id = $2 ORDER BY week DESC`, u.Platform, u.User)
	if err != nil {
		return nil, fmt.Errorf("read digests: %w", err)
	}
	jobs, err := collectDigests(rows)
	if err != nil {
		return nil, fmt.Errorf("read digests: %w", err)
	}
	return jobs, nil
}

// PurgeDigests deletes the jobs added before before.
func (s *DB) PurgeDigests(ctx context.Context, before time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM digests WHERE created_at < $1`, timecol.Encode(before))
	if err != nil {
		return 0, fmt.Errorf("purge digests: %w", err)
	}
	return tag.RowsAffected(), nil
}

func collectDigests(rows pgx.Rows) ([]bot.DigestJob, error) {
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (bot.DigestJob, error) {
		var (
			j                     bot.DigestJob
			state                 string
			next, sent, createdAt int64
		)
		if err := row.Scan(&j.Platform, &j.User, &j.Week, &state, &next, &j.Attempts, &j.Failures, &sent, &createdAt); err != nil {
			return j, err
		}
		j.State = bot.DigestState(state)
		j.NextAttempt = timecol.Decode(next)
		j.SentAt = timecol.DecodeOrZero(sent)
		j.CreatedAt = timecol.Decode(createdAt)
		return j, nil
	})
}
