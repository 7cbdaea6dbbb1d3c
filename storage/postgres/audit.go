package postgres

import (
	"context"
	"fmt"

	"privacybot/storage/internal/timecol"

	"github.com/jackc/pgx/v5/pgconn"

	"privacybot/bot"
)

var _ bot.AuditStore = (*DB)(nil)

// execer runs a statement: the pool (a transaction of its own) or a
// transaction under way.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// AppendAudit adds e to its user's trail. e.ID is ignored: the store hands
// out IDs, never twice. A zero e.At means now by the store's clock.
func (s *DB) AppendAudit(ctx context.Context, e bot.AuditEntry) error {
	if err := s.appendAudit(ctx, s.pool, e); err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	return nil
}

// appendAudit inserts e through db; a zero e.At means now by the store's
// clock.
func (s *DB) appendAudit(ctx context.Context, db execer, e bot.AuditEntry) error {
	at := e.At
	if at.IsZero() {
		at = s.stamp()
	}
	_, err := db.Exec(ctx,
		`INSERT INTO audit (platform, user_id, at, action, flow, outcome, reminder, detail)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		e.Platform, e.User, timecol.Encode(at), e.Action, e.Flow, e.Outcome, e.Reminder, e.Detail)
	return err
}

// AuditTrail returns the user's entries, oldest first; entries with the same
// time come in the order they were appended.
func (s *DB) AuditTrail(ctx context.Context, u bot.UserKey) ([]bot.AuditEntry, error) {
	rows, err := s.pool.Query(ctx,
		`SELECT id, at, action, flow, outcome, reminder, detail FROM audit
		 WHERE platform = $1 AND user_id = $2 ORDER BY at, id`,
		u.Platform, u.User)
	if err != nil {
		return nil, fmt.Errorf("audit trail: %w", err)
	}
	defer rows.Close()
	var trail []bot.AuditEntry
	for rows.Next() {
		e := bot.AuditEntry{UserKey: u}
		var at int64
		if err := rows.Scan(&e.ID, &at, &e.Action, &e.Flow, &e.Outcome, &e.Reminder, &e.Detail); err != nil {
			return nil, fmt.Errorf("audit trail: %w", err)
		}
		e.At = timecol.Decode(at)
		trail = append(trail, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("audit trail: %w", err)
	}
	return trail, nil
}
