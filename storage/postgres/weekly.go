package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/storage/internal/timecol"
)

var _ practice.WeeklyStore = (*DB)(nil)

const weeklyColumns = `platform, channel, week, case_id, post, claimed_at, posted_at, count_a, count_b, count_c, count_d, summarised`

// ClaimWeeklyPost stores p as claimed, or takes over a stale claim that
// has no post; it reports whether the caller holds the claim.
func (s *DB) ClaimWeeklyPost(ctx context.Context, p practice.WeeklyPost, staleBefore time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO weekly_posts (platform, channel, week, case_id, claimed_at)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (platform, channel, week) DO UPDATE SET case_id = excluded.case_id, claimed_at = excluded.claimed_at
		WHERE weekly_posts.post = '' AND weekly_posts.claimed_at < $6`,
		p.Platform, p.Channel, p.Week, p.Case, timecol.Encode(p.ClaimedAt), timecol.Encode(staleBefore))
	if err != nil {
		return false, fmt.Errorf("claim weekly post: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// SetWeeklyPosted records the post's ID and time.
func (s *DB) SetWeeklyPosted(ctx context.Context, platform, channel, week, post string, at time.Time) error {
	if _, err := s.pool.Exec(ctx, `UPDATE weekly_posts SET post = $1, posted_at = $2 WHERE platform = $3 AND channel = $4 AND week = $5`,
		post, timecol.Encode(at), platform, channel, week); err != nil {
		return fmt.Errorf("record weekly post: %w", err)
	}
	return nil
}

// WeeklyPosts returns the channel's posts, oldest week first.
func (s *DB) WeeklyPosts(ctx context.Context, platform, channel string) ([]practice.WeeklyPost, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+weeklyColumns+` FROM weekly_posts WHERE platform = $1 AND channel = $2 ORDER BY week`, platform, channel)
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

func scanWeekly(row pgx.Row) (practice.WeeklyPost, error) {
	var p practice.WeeklyPost
	var claimed, posted int64
	err := row.Scan(&p.Platform, &p.Channel, &p.Week, &p.Case, &p.Post, &claimed, &posted,
		&p.Counts[0], &p.Counts[1], &p.Counts[2], &p.Counts[3], &p.Summarised)
	p.ClaimedAt, p.PostedAt = timecol.Decode(claimed), timecol.DecodeOrZero(posted)
	return p, err
}

// AnswerWeekly records u's answer; only a first answer counts.
func (s *DB) AnswerWeekly(ctx context.Context, platform, channel, week string, u bot.UserKey, answer int) (practice.WeeklyPost, bool, error) {
	if answer < 0 || answer > 3 {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: answer %d out of range", answer)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	defer tx.Rollback(ctx)
	read := func() (practice.WeeklyPost, error) {
		return scanWeekly(tx.QueryRow(ctx, `SELECT `+weeklyColumns+` FROM weekly_posts WHERE platform = $1 AND channel = $2 AND week = $3 FOR UPDATE`, platform, channel, week))
	}
	if _, err := read(); errors.Is(err, pgx.ErrNoRows) {
		return practice.WeeklyPost{}, false, nil
	} else if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	tag, err := tx.Exec(ctx, `INSERT INTO weekly_answers (platform, channel, week, user_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
		platform, channel, week, u.User)
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	first := tag.RowsAffected() == 1
	if first {
		col := "count_" + string(rune('a'+answer))
		if _, err := tx.Exec(ctx, `UPDATE weekly_posts SET `+col+` = `+col+` + 1 WHERE platform = $1 AND channel = $2 AND week = $3`,
			platform, channel, week); err != nil {
			return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
		}
	}
	p, err := read()
	if err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return practice.WeeklyPost{}, false, fmt.Errorf("answer weekly post: %w", err)
	}
	return p, first, nil
}

// MarkWeeklySummarised marks the post summarised; true for the first caller.
func (s *DB) MarkWeeklySummarised(ctx context.Context, platform, channel, week string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE weekly_posts SET summarised = true WHERE platform = $1 AND channel = $2 AND week = $3 AND NOT summarised`,
		platform, channel, week)
	if err != nil {
		return false, fmt.Errorf("mark weekly post summarised: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// ForgetWeeklyAnswers deletes the records that u answered.
func (s *DB) ForgetWeeklyAnswers(ctx context.Context, u bot.UserKey) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM weekly_answers WHERE platform = $1 AND user_id = $2`, u.Platform, u.User); err != nil {
		return fmt.Errorf("forget weekly answers: %w", err)
	}
	return nil
}

// PurgeWeekly deletes posts claimed before before, and their answers.
func (s *DB) PurgeWeekly(ctx context.Context, before time.Time) (int64, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("purge weekly posts: %w", err)
	}
	defer tx.Rollback(ctx)
	cut := timecol.Encode(before)
	if _, err := tx.Exec(ctx, `DELETE FROM weekly_answers a USING weekly_posts p
		WHERE p.platform = a.platform AND p.channel = a.channel AND p.week = a.week AND p.claimed_at < $1`, cut); err != nil {
		return 0, fmt.Errorf("purge weekly answers: %w", err)
	}
	tag, err := tx.Exec(ctx, `DELETE FROM weekly_posts WHERE claimed_at < $1`, cut)
	if err != nil {
		return 0, fmt.Errorf("purge weekly posts: %w", err)
	}
	return tag.RowsAffected(), tx.Commit(ctx)
}
