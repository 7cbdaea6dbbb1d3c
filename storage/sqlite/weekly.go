package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/storage/internal/timecol"
)

var _ practice.WeeklyStore = (*DB)(nil)

const weeklyColumns = `platform, channel, week, case_id, post, claimed_at, posted_at, count_a, count_b, count_c, count_d, summarised`

// ClaimWeeklyPost stores p as claimed, or takes over a stale claim that
// has no post; it reports whether the caller holds the claim.
func (s *DB) ClaimWeeklyPost(ctx context.Context, p practice.WeeklyPost, staleBefore time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO weekly_posts (platform, channel, week, case_id, claimed_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (platform, channel, week) DO UPDATE SET case_id = excluded.case_id, claimed_at = excluded.claimed_at
		WHERE weekly_posts.post = '' AND weekly_posts.claimed_at < ?`,
		p.Platform, p.Channel, p.Week, p.Case, timecol.Encode(p.ClaimedAt), timecol.Encode(staleBefore))
	if err != nil {
		return false, fmt.Errorf("claim weekly post: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim weekly post: %w", err)
	}
	return n == 1, nil
}

// SetWeeklyPosted records the post's ID and time.
func (s *DB) SetWeeklyPosted(ctx context.Context, platform, channel, week, post string, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE weekly_posts SET post = ?, posted_at = ? WHERE platform = ? AND channel = ? AND week = ?`,
		post, timecol.Encode(at), platform, channel, week); err != nil {
		return fmt.Errorf("record weekly post: %w", err)
	}
	return nil
}

// WeeklyPosts returns the channel's posts, oldest week first.
func (s *DB) WeeklyPosts(ctx context.Context, platform, channel string) ([]practice.WeeklyPost, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+weeklyColumns+` FROM weekly_posts WHERE platform = ? AND channel = ? ORDER BY week`, platform, channel)
	if err != nil {
		return nil, fmt.Errorf("read weekly posts: %w", err)
	}
	defer rows.Close()
	var out []practice.WeeklyPost
	for rows.Next() {
		p, err := scanWeekly(rows)
		if err != nil {
			return nil, fmt.Errorf("read weekly posts: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read weekly posts: %w", err)
	}
	return out, nil
}

func scanWeekly(row interface{ Scan(...any) error }) (practice.WeeklyPost, error) {
	var p practice.WeeklyPost
	var claimed, posted, summarised int64
	err := row.Scan(&p.Platform, &p.Channel, &p.Week, &p.Case, &p.Post, &claimed, &posted,
		&p.Counts[0], &p.Counts[1], &p.Counts[2], &p.Counts[3], &summarised)
	p.ClaimedAt, p.PostedAt, p.Summarised = timecol.Decode(claimed), timecol.DecodeOrZero(posted), summarised != 0
	return p, err
}

// AnswerWeekly records u's answer; only a first answer counts.
func (s *DB) AnswerWeekly(ctx context.Context, platform, channel, week string, u bot.UserKey, answer int) (practice.WeeklyPost, bool, error) {
	if answer < 0 || answer > 3 {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: answer %d out of range", answer)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	defer tx.Rollback()
	read := func() (practice.WeeklyPost, error) {
		return scanWeekly(tx.QueryRowContext(ctx, `SELECT `+weeklyColumns+` FROM weekly_posts WHERE platform = ? AND channel = ? AND week = ?`, platform, channel, week))
	}
	if _, err := read(); errors.Is(err, sql.ErrNoRows) {
		return practice.WeeklyPost{}, false, nil
	} else if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO weekly_answers (platform, channel, week, user_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		platform, channel, week, u.User)
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	if n == 1 {
		col := "count_" + string(rune('a'+answer))
		if _, err := tx.ExecContext(ctx, `UPDATE weekly_posts SET `+col+` = `+col+` + 1 WHERE platform = ? AND channel = ? AND week = ?`,
			platform, channel, week); err != nil {
			return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
		}
	}
	p, err := read()
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	return p, n == 1, nil
}

// MarkWeeklySummarised marks the post summarised; true for the first caller.
func (s *DB) MarkWeeklySummarised(ctx context.Context, platform, channel, week string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE weekly_posts SET summarised = 1 WHERE platform = ? AND channel = ? AND week = ? AND summarised = 0`,
		platform, channel, week)
	if err != nil {
		return false, fmt.Errorf("mark weekly post summarised: %w", err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// ForgetWeeklyAnswers deletes the records that u answered.
func (s *DB) ForgetWeeklyAnswers(ctx context.Context, u bot.UserKey) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM weekly_answers WHERE platform = ? AND user_id = ?`, u.Platform, u.User); err != nil {
		return fmt.Errorf("forget weekly answers: %w", err)
	}
	return nil
}

// PurgeWeekly deletes posts claimed before before, and their answers.
func (s *DB) PurgeWeekly(ctx context.Context, before time.Time) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("purge weekly posts: %w", err)
	}
	defer tx.Rollback()
	cut := timecol.Encode(before)
	if _, err := tx.ExecContext(ctx, `DELETE FROM weekly_answers WHERE EXISTS (SELECT 1 FROM weekly_posts p
		WHERE p.platform = weekly_answers.platform AND p.channel = weekly_answers.channel AND p.week = weekly_answers.week AND p.claimed_at < ?)`, cut); err != nil {
		return 0, fmt.Errorf("purge weekly answers: %w", err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM weekly_posts WHERE claimed_at < ?`, cut)
	if err != nil {
		return 0, fmt.Errorf("purge weekly posts: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, tx.Commit()
}
