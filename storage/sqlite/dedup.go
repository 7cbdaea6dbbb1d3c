package sqlite

import (
	"context"
	"errors"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

var _ bot.DedupStore = (*DB)(nil)

// FirstSeen records key, seen at now, and reports whether it was new. A key
// stays known, also across a restart, until Purge drops it.
func (s *DB) FirstSeen(ctx context.Context, key string, now time.Time) (bool, error) {
	if key == "" {
		return false, errors.New("first seen: empty key")
	}
	res, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO dedup (key, seen_at) VALUES (?, ?)`, key, timecol.Encode(now))
	if err != nil {
		return false, fmt.Errorf("first seen: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("first seen: %w", err)
	}
	return n == 1, nil
}
