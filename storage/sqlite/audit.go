package sqlite

import (
	"context"
	"fmt"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

var _ bot.AuditStore = (*DB)(nil)

// AppendAudit adds e to its user's trail. e.ID is ignored: the store hands
// out IDs, never twice. A zero e.At means now by the store's clock.
func (s *DB) AppendAudit(ctx context.Context, e bot.AuditEntry) error {
	at := e.At
	if at.IsZero() {
		at = s.stamp()
	}
	if _, err := s.db.ExecContext(ctx,
		`INSERT INTO audit (platform, user_id, at, action, flow, outcome, reminder, detail)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		e.Platform, e.User, timecol.Encode(at), e.Action, e.Flow, e.Outcome, e.Reminder, e.Detail); err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	return nil
}

// AuditTrail returns the user's entries, oldest first; entries with the same
// time come in the order they were appended.
func (s *DB) AuditTrail(ctx context.Context, u bot.UserKey) ([]bot.AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, at, action, flow, outcome, reminder, detail FROM audit
		 WHERE platform = ? AND user_id = ? ORDER BY at, id`,
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
