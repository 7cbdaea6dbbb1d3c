package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
	"privacybot/flows"
)

var _ bot.ConversationStore = (*DB)(nil)

// Conversation returns the stored conversation at a; ok is false when there
// is none.
func (s *DB) Conversation(ctx context.Context, a bot.Address) (bot.Conversation, bool, error) {
	var (
		flowJSON sql.NullString
		updated  int64
	)
	c := bot.Conversation{Address: a}
	err := s.db.QueryRowContext(ctx,
		`SELECT flow_json, pending, case_label, version, updated_at FROM conversations
		 WHERE platform = ? AND user_id = ? AND channel = ?`,
		a.Platform, a.User, a.Channel,
	).Scan(&flowJSON, &c.Pending, &c.Case, &c.Version, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Conversation{}, false, nil
	}
	if err != nil {
		return bot.Conversation{}, false, fmt.Errorf("load conversation: %w", err)
	}
	if flowJSON.Valid {
		c.Flow = new(flows.State)
		if err := json.Unmarshal([]byte(flowJSON.String), c.Flow); err != nil {
			return bot.Conversation{}, false, fmt.Errorf("load conversation: flow state: %w", err)
		}
	}
	c.UpdatedAt = timecol.Decode(updated)
	return c, true, nil
}

// SaveConversation stores c when c.Version equals the stored version (0
// for a conversation not stored yet) and returns an error wrapping
// bot.ErrConflict otherwise. On success it increments c.Version and sets
// c.UpdatedAt to the store's clock.
func (s *DB) SaveConversation(ctx context.Context, c *bot.Conversation) error {
	now := s.stamp()
	if err := saveConversation(ctx, s.db, c, now); err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	c.Version++
	c.UpdatedAt = now
	return nil
}

// saveConversation writes c at now through q if c.Version is still the
// stored version, else bot.ErrConflict; it leaves c as it is.
func saveConversation(ctx context.Context, q querier, c *bot.Conversation, now time.Time) error {
	var flowJSON sql.NullString
	if c.Flow != nil {
		b, err := json.Marshal(c.Flow)
		if err != nil {
			return fmt.Errorf("flow state: %w", err)
		}
		flowJSON = sql.NullString{String: string(b), Valid: true}
	}
	var (
		res sql.Result
		err error
	)
	if c.Version == 0 {
		res, err = q.ExecContext(ctx,
			`INSERT INTO conversations (platform, user_id, channel, flow_json, pending, case_label, version, updated_at)
			 VALUES (?, ?, ?, ?, ?, ?, 1, ?)
			 ON CONFLICT (platform, user_id, channel) DO NOTHING`,
			c.Platform, c.User, c.Channel, flowJSON, c.Pending, c.Case, timecol.Encode(now))
	} else {
		res, err = q.ExecContext(ctx,
			`UPDATE conversations
			 SET flow_json = ?, pending = ?, case_label = ?, version = version + 1, updated_at = ?
			 WHERE platform = ? AND user_id = ? AND channel = ? AND version = ?`,
			flowJSON, c.Pending, c.Case, timecol.Encode(now), c.Platform, c.User, c.Channel, c.Version)
	}
	if err != nil {
		return err
	}
	return oneRow(res)
}

// DeleteConversation removes the conversation at a; it is no error when
// there is none.
func (s *DB) DeleteConversation(ctx context.Context, a bot.Address) error {
	if _, err := s.db.ExecContext(ctx,
		`DELETE FROM conversations WHERE platform = ? AND user_id = ? AND channel = ?`,
		a.Platform, a.User, a.Channel); err != nil {
		return fmt.Errorf("delete conversation: %w", err)
	}
	return nil
}
