package postgres

import (
	"context"
	"fmt"
	"time"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/flows"
	"privacybot/lang"
	"privacybot/storage/internal/timecol"
)

var _ fg.Store = (*DB)(nil)

const fgColumns = `id, platform, user_id, lang, municipality, topic, question, anonymous, state, parent_id,
	channel, post, answer, helped, delivered, created_at, asked_at, answered_at, reminded_at, version`

// CreateFGQuestion stores q as new and sets its ID, CreatedAt and Version.
func (s *DB) CreateFGQuestion(ctx context.Context, q *fg.Question) error {
	now := s.stamp()
	err := s.pool.QueryRow(ctx, `INSERT INTO fg_questions
		(platform, user_id, lang, municipality, topic, question, anonymous, state, parent_id,
		 channel, post, answer, helped, delivered, created_at, asked_at, answered_at, reminded_at, version)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1)
		RETURNING id`,
		q.Asker.Platform, q.Asker.User, string(q.Lang), string(q.Municipality), q.Topic, q.Text, q.Anonymous,
		string(q.State), q.Parent, q.Channel, q.Post, q.Answer, q.Helped, q.Delivered,
		timecol.Encode(now), timecol.EncodeOrZero(q.AskedAt), timecol.EncodeOrZero(q.AnsweredAt), timecol.EncodeOrZero(q.RemindedAt),
	).Scan(&q.ID)
	if err != nil {
		return fmt.Errorf("create question to the FG: %w", err)
	}
	q.CreatedAt, q.Version = now, 1
	return nil
}

// FGQuestion returns the question; ok is false when none.
func (s *DB) FGQuestion(ctx context.Context, id int64) (fg.Question, bool, error) {
	q, err := scanFGQuestion(s.pool.QueryRow(ctx, `SELECT `+fgColumns+` FROM fg_questions WHERE id = $1`, id))
	if noRows(err) {
		return fg.Question{}, false, nil
	}
	if err != nil {
		return fg.Question{}, false, fmt.Errorf("read question to the FG: %w", err)
	}
	return q, true, nil
}

// SaveFGQuestion stores q if its version is the stored one and increments
// q.Version; otherwise bot.ErrConflict.
func (s *DB) SaveFGQuestion(ctx context.Context, q *fg.Question) error {
	tag, err := s.pool.Exec(ctx, `UPDATE fg_questions SET
		lang = $1, municipality = $2, topic = $3, question = $4, anonymous = $5, state = $6, parent_id = $7,
		channel = $8, post = $9, answer = $10, helped = $11, delivered = $12, asked_at = $13, answered_at = $14,
		reminded_at = $15, version = version + 1
		WHERE id = $16 AND version = $17`,
		string(q.Lang), string(q.Municipality), q.Topic, q.Text, q.Anonymous, string(q.State), q.Parent,
		q.Channel, q.Post, q.Answer, q.Helped, q.Delivered, timecol.EncodeOrZero(q.AskedAt),
		timecol.EncodeOrZero(q.AnsweredAt), timecol.EncodeOrZero(q.RemindedAt), q.ID, q.Version)
	if err != nil {
		return fmt.Errorf("save question to the FG: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return bot.ErrConflict
	}
	q.Version++
	return nil
}

// DeleteFGQuestion removes the question; no error when absent.
func (s *DB) DeleteFGQuestion(ctx context.Context, id int64) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM fg_questions WHERE id = $1`, id); err != nil {
		return fmt.Errorf("delete question to the FG: %w", err)
	}
	return nil
}

// FGThread returns the questions of a thread in an FG channel, oldest first.
func (s *DB) FGThread(ctx context.Context, platform, channel, post string) ([]fg.Question, error) {
	return s.fgQuery(ctx, `SELECT `+fgColumns+` FROM fg_questions
		WHERE platform = $1 AND channel = $2 AND post = $3 AND state <> 'draft' ORDER BY id`, platform, channel, post)
}

// FGQuestionsOf returns the questions u asked, oldest first.
func (s *DB) FGQuestionsOf(ctx context.Context, u bot.UserKey) ([]fg.Question, error) {
	return s.fgQuery(ctx, `SELECT `+fgColumns+` FROM fg_questions WHERE platform = $1 AND user_id = $2 ORDER BY id`, u.Platform, u.User)
}

// FGWaiting returns the open questions asked at or before askedBefore not
// reminded of, and the answered ones not delivered, oldest first.
func (s *DB) FGWaiting(ctx context.Context, askedBefore time.Time) ([]fg.Question, error) {
	return s.fgQuery(ctx, `SELECT `+fgColumns+` FROM fg_questions
		WHERE (state = 'open' AND reminded_at = 0 AND asked_at <= $1) OR (state = 'answered' AND NOT delivered)
		ORDER BY id`, timecol.Encode(askedBefore))
}

// ForgetFGAsker removes every question u asked.
func (s *DB) ForgetFGAsker(ctx context.Context, u bot.UserKey) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM fg_questions WHERE platform = $1 AND user_id = $2`, u.Platform, u.User); err != nil {
		return fmt.Errorf("forget questions to the FG: %w", err)
	}
	return nil
}

// PurgeFG removes answered questions answered before answeredBefore, open
// ones asked before askedBefore and drafts created before draftsBefore.
func (s *DB) PurgeFG(ctx context.Context, answeredBefore, askedBefore, draftsBefore time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM fg_questions
		WHERE (state = 'answered' AND answered_at < $1) OR (state = 'open' AND asked_at < $2) OR (state = 'draft' AND created_at < $3)`,
		timecol.Encode(answeredBefore), timecol.Encode(askedBefore), timecol.Encode(draftsBefore))
	if err != nil {
		return 0, fmt.Errorf("purge questions to the FG: %w", err)
	}
	return tag.RowsAffected(), nil
}

func (s *DB) fgQuery(ctx context.Context, query string, args ...any) ([]fg.Question, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read questions to the FG: %w", err)
	}
	defer rows.Close()
	var out []fg.Question
	for rows.Next() {
		q, err := scanFGQuestion(rows)
		if err != nil {
			return nil, fmt.Errorf("read questions to the FG: %w", err)
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read questions to the FG: %w", err)
	}
	return out, nil
}

func scanFGQuestion(r interface{ Scan(...any) error }) (fg.Question, error) {
	var (
		q                                  fg.Question
		l, muni, state                     string
		created, asked, answered, reminded int64
	)
	err := r.Scan(&q.ID, &q.Asker.Platform, &q.Asker.User, &l, &muni, &q.Topic, &q.Text, &q.Anonymous, &state, &q.Parent,
		&q.Channel, &q.Post, &q.Answer, &q.Helped, &q.Delivered, &created, &asked, &answered, &reminded, &q.Version)
	if err != nil {
		return fg.Question{}, err
	}
	q.Lang, q.Municipality, q.State = lang.Lang(l), flows.Municipality(muni), fg.State(state)
	q.CreatedAt, q.AskedAt = timecol.Decode(created), timecol.DecodeOrZero(asked)
	q.AnsweredAt, q.RemindedAt = timecol.DecodeOrZero(answered), timecol.DecodeOrZero(reminded)
	return q, nil
}
