package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"github.com/jackc/pgx/v5/pgconn"

	"privacybot/bot"
	"privacybot/flows"
)

var _ bot.ConversationStore = (*DB)(nil)

// Conversation returns the stored conversation at a; ok is false when there
// is none.
func (s *DB) Conversation(ctx context.Context, a bot.Address) (bot.Conversation, bool, error) {
	var (
		flowJSON *string
		updated  int64
	)
	c := bot.Conversation{Address: a}
	err := s.pool.QueryRow(ctx,
		`SELECT flow_json, pending, case_label, version, updated_at FROM conversations
		 WHERE platform = $1 AND user_id = $2 AND channel = $3`,
		a.Platform, a.User, a.Channel,
	).Scan(&flowJSON, &c.Pending, &c.Case, &c.Version, &updated)
	if noRows(err) {
		return bot.Conversation{}, false, nil
	}
	if err != nil {
		return bot.Conversation{}, false, fmt.Errorf("load conversation: %w", err)
	}
	if flowJSON != nil {
		c.Flow = new(flows.State)
		if err := json.Unmarshal([]byte(*flowJSON), c.Flow); err != nil {
			return bot.Conversation{}, false, fmt.Errorf("load conversation: flow state: %w", err)
		}
	}
	c.UpdatedAt = timecol.Decode(updated)
	return c, true, nil
}

// SaveConversation stores c when c.Version equals the stored version (0
// for a conversation not stored yet) and returns an error wrapping
// bot.ErrConflict otherwise, also when another replica saved it since c
// was read. On success it increments c.Version and sets c.UpdatedAt to the
// store's clock.
func (s *DB) SaveConversation(ctx context.Context, c *bot.Conversation) error {
	now := s.stamp()
	if err := saveConversation(ctx, s.pool, c, now); err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	c.Version++
	c.UpdatedAt = now
	return nil
}

// saveConversation writes c at now through db if c.Version is still the
// stored version, else bot.ErrConflict; it leaves c as it is.
func saveConversation(ctx context.Context, db execer, c *bot.Conversation, now time.Time) error {
	var flowJSON *string
	if c.Flow != nil {
		b, err := json.Marshal(c.Flow)
		if err != nil {
			return fmt.Errorf("flow state: %w", err)
		}
		text := string(b)
		flowJSON = &text
	}
	var (
		tag pgconn.CommandTag
		err error
	)
	if c.Version == 0 {
		tag, err = db.Exec(ctx,
			`INSERT INTO conversations (platform, user_id, channel, flow_json, pending, case_label, version, updated_at)
			 VALUES ($1, $2, $3, $4, $5, $6, 1, $7)
			 ON CONFLICT (platform, user_id, channel) DO NOTHING`,
			c.Platform, c.User, c.Channel, flowJSON, c.Pending, c.Case, timecol.Encode(now))
	} else {
		tag, err = db.Exec(ctx,
			`UPDATE conversations
			 SET flow_json = $1, pending = $2, case_label = $3, version = version + 1, updated_at = $4
			 WHERE platform = $5 AND user_id = $6 AND channel = $7 AND version = $8`,
			flowJSON, c.Pending, c.Case, timecol.Encode(now), c.Platform, c.User, c.Channel, c.Version)
	}
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return bot.ErrConflict
	}
	return nil
}

// DeleteConversation removes the conversation at a; it is no error when
// there is none.
func (s *DB) DeleteConversation(ctx context.Context, a bot.Address) error {
	if _, err := s.pool.Exec(ctx,
		`DELETE FROM conversations WHERE platform = $1 AND user_id = $2 AND channel = $3`,
		a.Platform, a.User, a.Channel); err != nil {
		return fmt.Errorf("delete conversation: %w", err)
	}
	return nil
}
