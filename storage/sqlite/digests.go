package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"privacybot/bot"
	"privacybot/storage/internal/timecol"
)

var _ bot.DigestStore = (*DB)(nil)

const digestColumns = `platform, user_id, week, state, next_attempt_at, attempts, failures, sent_at, created_at`

// AddDigests stores a pending job of week for each user who has none for
// that week yet, in one transaction; see bot.DigestStore.
func (s *DB) AddDigests(ctx context.Context, week string, users []bot.UserKey, now time.Time) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("add digests: %w", err)
	}
	defer tx.Rollback()
	at := timecol.Encode(now)
	added := 0
	for _, u := range users {
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO digests
			(platform, user_id, week, state, next_attempt_at, created_at, updated_at)
			VALUES (?, ?, ?, 'pending', ?, ?, ?)`, u.Platform, u.User, week, at, at, at)
		if err != nil {
			return 0, fmt.Errorf("add digests: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, fmt.Errorf("add digests: %w", err)
		}
		added += int(n)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("add digests: %w", err)
	}
	return added, nil
}

// ClaimDigests claims at most limit due jobs of week in one statement;
// see bot.DigestStore. SQLite runs one writer at a time, so concurrent
// claims take disjoint jobs.
func (s *DB) ClaimDigests(ctx context.Context, week string, now time.Time, lease time.Duration, limit int) ([]bot.DigestJob, error) {
	rows, err := s.db.QueryContext(ctx, `UPDATE digests SET state = 'sending', next_attempt_at = ?,
		attempts = attempts + 1, updated_at = ?
		WHERE rowid IN (SELECT rowid FROM digests WHERE week = ? AND state IN ('pending', 'sending')
			AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?)
		RETURNING `+digestColumns,
		timecol.Encode(now.Add(lease)), timecol.Encode(now), week, timecol.Encode(now), limit)
	if err != nil {
		return nil, fmt.Errorf("claim digests: %w", err)
	}
	jobs, err := scanDigests(rows)
	if err != nil {
		return nil, fmt.Errorf("claim digests: %w", err)
	}
	return jobs, nil
}

// FinishDigest ends the claim j with its audit entry in one transaction;
// see bot.DigestStore.
func (s *DB) FinishDigest(ctx context.Context, j bot.DigestJob, state bot.DigestState, at time.Time, e bot.AuditEntry) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("finish digest: %w", err)
	}
	defer tx.Rollback()
	sentAt := int64(0)
	if state == bot.DigestSent {
		sentAt = timecol.Encode(at)
	}
	res, err := tx.ExecContext(ctx, `UPDATE digests SET state = ?, sent_at = ?, updated_at = ?
		WHERE platform = ? AND user_id = ? AND week = ? AND state = 'sending' AND attempts = ?`,
		string(state), sentAt, timecol.Encode(s.stamp()), j.Platform, j.User, j.Week, j.Attempts)
	if err != nil {
		return fmt.Errorf("finish digest: %w", err)
	}
	if err := oneRow(res); err != nil {
		return fmt.Errorf("finish digest %s (attempt %d): %w", j.Week, j.Attempts, err)
	}
	if e.Action != "" {
		if err := s.appendAuditTx(ctx, tx, e); err != nil {
			return fmt.Errorf("finish digest: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("finish digest: %w", err)
	}
	return nil
}

// RetryDigest puts the claim j back to pending; see bot.DigestStore.
func (s *DB) RetryDigest(ctx context.Context, j bot.DigestJob, next time.Time, failed bool) error {
	res, err := s.db.ExecContext(ctx, `UPDATE digests SET state = 'pending', next_attempt_at = ?,
		failures = failures + ?, updated_at = ?
		WHERE platform = ? AND user_id = ? AND week = ? AND state = 'sending' AND attempts = ?`,
		timecol.Encode(next), failedCount(failed), timecol.Encode(s.stamp()), j.Platform, j.User, j.Week, j.Attempts)
	if err != nil {
		return fmt.Errorf("retry digest: %w", err)
	}
	if err := oneRow(res); err != nil {
		return fmt.Errorf("retry digest %s (attempt %d): %w", j.Week, j.Attempts, err)
	}
	return nil
}

// UserDigests returns u's jobs, newest week first.
func (s *DB) UserDigests(ctx context.Context, u bot.UserKey) ([]bot.DigestJob, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+digestColumns+` FROM digests
		WHERE platform = ? AND user_id = ? ORDER BY week DESC`, u.Platform, u.User)
	if err != nil {
		return nil, fmt.Errorf("read digests: %w", err)
	}
	jobs, err := scanDigests(rows)
	if err != nil {
		return nil, fmt.Errorf("read digests: %w", err)
	}
	return jobs, nil
}

// PurgeDigests deletes the jobs added before before.
func (s *DB) PurgeDigests(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM digests WHERE created_at < ?`, timecol.Encode(before))
	if err != nil {
		return 0, fmt.Errorf("purge digests: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("purge digests: %w", err)
	}
	return n, nil
}

// failedCount is what a retry adds to failures.
func failedCount(failed bool) int {
	if failed {
		return 1
	}
	return 0
}

func scanDigests(rows *sql.Rows) ([]bot.DigestJob, error) {
	defer rows.Close()
	var jobs []bot.DigestJob
	for rows.Next() {
		var (
			j                     bot.DigestJob
			state                 string
			next, sent, createdAt int64
		)
		if err := rows.Scan(&j.Platform, &j.User, &j.Week, &state, &next, &j.Attempts, &j.Failures, &sent, &createdAt); err != nil {
			return nil, err
		}
		j.State = bot.DigestState(state)
		j.NextAttempt = timecol.Decode(next)
		j.SentAt = timecol.DecodeOrZero(sent)
		j.CreatedAt = timecol.Decode(createdAt)
		jobs = append(jobs, j)
	}
	return jobs, rows.Err()
}
