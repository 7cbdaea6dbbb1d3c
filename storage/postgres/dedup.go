package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

var _ bot.DedupStore = (*DB)(nil)

// FirstSeen records key, seen at now, and reports whether it was new. Of
// any number of replicas recording the same key at once, exactly one is
// told it is new. A key stays known until Purge drops it.
func (s *DB) FirstSeen(ctx context.Context, key string, now time.Time) (bool, error) {
	if key == "" {
		return false, errors.New("first seen: empty key")
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO dedup (key, seen_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, key, timecol.Encode(now))
	if err != nil {
		return false, fmt.Errorf("first seen: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}
