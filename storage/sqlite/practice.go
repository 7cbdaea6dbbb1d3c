package sqlite

import (
	"context"
	"fmt"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/storage/internal/timecol"
)

var _ practice.Store = (*DB)(nil)

// SavePracticeAnswer records an answer of r.User to r.Case, adding one to
// the stored tries.
func (s *DB) SavePracticeAnswer(ctx context.Context, r practice.Result) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO practice_results
		(platform, user_id, case_id, answer, is_right, tries, answered_at) VALUES (?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (platform, user_id, case_id) DO UPDATE SET
		answer = excluded.answer, is_right = excluded.is_right, tries = practice_results.tries + 1,
		answered_at = excluded.answered_at`,
		r.User.Platform, r.User.User, r.Case, r.Answer, boolInt(r.Right), timecol.Encode(r.AnsweredAt))
	if err != nil {
		return fmt.Errorf("save practice answer: %w", err)
	}
	return nil
}

// PracticeResults returns the user's results, oldest answer first.
func (s *DB) PracticeResults(ctx context.Context, u bot.UserKey) ([]practice.Result, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT case_id, answer, is_right, tries, answered_at FROM practice_results
		WHERE platform = ? AND user_id = ? ORDER BY answered_at, case_id`, u.Platform, u.User)
	if err != nil {
		return nil, fmt.Errorf("read practice results: %w", err)
	}
	defer rows.Close()
	var out []practice.Result
	for rows.Next() {
		r := practice.Result{User: u}
		var right, at int64
		if err := rows.Scan(&r.Case, &r.Answer, &right, &r.Tries, &at); err != nil {
			return nil, fmt.Errorf("read practice results: %w", err)
		}
		r.Right, r.AnsweredAt = right != 0, timecol.Decode(at)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read practice results: %w", err)
	}
	return out, nil
}

// ForgetPracticeResults deletes every result of the user.
func (s *DB) ForgetPracticeResults(ctx context.Context, u bot.UserKey) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM practice_results WHERE platform = ? AND user_id = ?`, u.Platform, u.User); err != nil {
		return fmt.Errorf("forget practice results: %w", err)
	}
	return nil
}

// PurgePracticeResults deletes results last answered before before.
func (s *DB) PurgePracticeResults(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM practice_results WHERE answered_at < ?`, timecol.Encode(before))
	if err != nil {
		return 0, fmt.Errorf("purge practice results: %w", err)
	}
	return res.RowsAffected()
}
