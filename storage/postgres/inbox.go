package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"privacybot/storage/internal/timecol"

	"github.com/jackc/pgx/v5"

	"privacybot/bot"
)

var _ bot.InboxStore = (*DB)(nil)

// AddInbox stores the events not known yet, in one transaction; see
// bot.InboxStore. Of replicas adding one event at once, the primary key
// lets one store it.
func (s *DB) AddInbox(ctx context.Context, owner string, now time.Time, events []bot.InboxEvent) ([]bool, error) {
	isNew := make([]bool, len(events))
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for i, ev := range events {
			if ev.ID == "" || ev.Platform == "" {
				return errors.New("event without ID or platform")
			}
			holder := owner
			if ev.LeaseUntil.IsZero() {
				holder = ""
			}
			tag, err := tx.Exec(ctx, `INSERT INTO inbox (id, platform, user_id, payload, owner, lease_until, received_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
				ev.ID, ev.Platform, ev.User, ev.Payload, holder, timecol.EncodeOrZero(ev.LeaseUntil), timecol.Encode(now))
			if err != nil {
				return err
			}
			isNew[i] = tag.RowsAffected() == 1
			if ev.Channel != "" {
				if err := savePosition(ctx, tx, ev.Platform, ev.Channel, ev.User, ev.At); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("add to inbox: %w", err)
	}
	return isNew, nil
}

// ClaimInbox hands c.Owner the pending events it may work; see
// bot.InboxStore. FOR UPDATE SKIP LOCKED gives each event to one of the
// replicas claiming at once.
func (s *DB) ClaimInbox(ctx context.Context, c bot.InboxClaim) ([]bot.InboxEvent, error) {
	if c.Limit <= 0 {
		return nil, nil
	}
	var out []bot.InboxEvent
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		out = nil
		if c.Restart {
			if _, err := tx.Exec(ctx, `UPDATE inbox SET owner = '', lease_until = 0
				WHERE platform = $1 AND owner = $2 AND state = 'pending' AND received_at <= $3`,
				c.Platform, c.Owner, timecol.Encode(c.Now)); err != nil {
				return err
			}
		}
		rows, err := tx.Query(ctx, `UPDATE inbox SET owner = $1, lease_until = $2, attempts = attempts + 1
			WHERE id IN (SELECT id FROM inbox WHERE platform = $3 AND state = 'pending' AND lease_until < $4
				ORDER BY received_at, id LIMIT $5 FOR UPDATE SKIP LOCKED)
			RETURNING id, platform, user_id, payload, received_at, attempts`,
			c.Owner, timecol.Encode(c.LeaseUntil), c.Platform, timecol.Encode(c.Now), c.Limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var ev bot.InboxEvent
			var received int64
			if err := rows.Scan(&ev.ID, &ev.Platform, &ev.User, &ev.Payload, &received, &ev.Attempts); err != nil {
				return err
			}
			ev.ReceivedAt = timecol.Decode(received)
			ev.LeaseUntil = c.LeaseUntil
			out = append(out, ev)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("claim inbox: %w", err)
	}
	slices.SortFunc(out, func(a, b bot.InboxEvent) int {
		if c := a.ReceivedAt.Compare(b.ReceivedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// RenewInbox extends owner's leases on ids; see bot.InboxStore.
func (s *DB) RenewInbox(ctx context.Context, owner string, ids []string, leaseUntil time.Time) error {
	if _, err := s.pool.Exec(ctx, `UPDATE inbox SET lease_until = $1
		WHERE id = ANY($2) AND owner = $3 AND state = 'pending'`,
		timecol.Encode(leaseUntil), ids, owner); err != nil {
		return fmt.Errorf("renew inbox leases: %w", err)
	}
	return nil
}

// ReleaseInbox ends owner's lease on a pending event; see bot.InboxStore.
func (s *DB) ReleaseInbox(ctx context.Context, id, owner string) error {
	if _, err := s.pool.Exec(ctx, `UPDATE inbox SET owner = '', lease_until = 0
		WHERE id = $1 AND owner = $2 AND state = 'pending'`, id, owner); err != nil {
		return fmt.Errorf("release inbox event: %w", err)
	}
	return nil
}

// FinishInbox marks the events owner holds done and drops their payload
// and user, in one transaction; see bot.InboxStore.
func (s *DB) FinishInbox(ctx context.Context, owner string, ids []string, now time.Time) ([]bool, error) {
	ok := make([]bool, len(ids))
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for i, id := range ids {
			tag, err := tx.Exec(ctx, `UPDATE inbox SET state = 'done', payload = NULL, replies = NULL, user_id = '',
				owner = '', lease_until = 0, done_at = $1 WHERE id = $2 AND owner = $3 AND state = 'pending'`,
				timecol.Encode(now), id, owner)
			if err != nil {
				return err
			}
			ok[i] = tag.RowsAffected() == 1
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("finish inbox events: %w", err)
	}
	return ok, nil
}

// InboxPositions returns the catch-up positions of platform's channels.
func (s *DB) InboxPositions(ctx context.Context, platform string) (map[string]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT channel, seen_at FROM inbox_positions WHERE platform = $1`, platform)
	if err != nil {
		return nil, fmt.Errorf("inbox positions: %w", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var ch string
		var at int64
		if err := rows.Scan(&ch, &at); err != nil {
			return nil, fmt.Errorf("inbox positions: %w", err)
		}
		out[ch] = at
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("inbox positions: %w", err)
	}
	return out, nil
}

// SaveInboxPosition starts following channel from at, unless it is
// followed already; see bot.InboxStore.
func (s *DB) SaveInboxPosition(ctx context.Context, platform, channel, user string, at int64) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO inbox_positions (platform, channel, user_id, seen_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (platform, channel) DO NOTHING`, platform, channel, user, at)
	if err != nil {
		return fmt.Errorf("save inbox position: %w", err)
	}
	return nil
}

// savePosition moves channel's catch-up position forward to at.
func savePosition(ctx context.Context, tx pgx.Tx, platform, channel, user string, at int64) error {
	_, err := tx.Exec(ctx, `INSERT INTO inbox_positions (platform, channel, user_id, seen_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (platform, channel) DO UPDATE SET seen_at = GREATEST(inbox_positions.seen_at, excluded.seen_at), user_id = excluded.user_id`,
		platform, channel, user, at)
	return err
}

// purgeInbox deletes, in Purge's transaction, the inbox's done events
// older than the dedup period (counted with the dedup keys) and the
// catch-up positions not moved for the conversations' period.
func purgeInbox(ctx context.Context, tx pgx.Tx, now time.Time, p bot.Retention, counts *bot.PurgeCounts) error {
	n, err := deleteBefore(ctx, tx, now, p.Dedup, `DELETE FROM inbox WHERE state = 'done' AND done_at < $1`)
	if err != nil {
		return fmt.Errorf("inbox: %w", err)
	}
	counts.Dedup += n
	if _, err := deleteBefore(ctx, tx, now, p.Conversations, `DELETE FROM inbox_positions WHERE seen_at < $1`); err != nil {
		return fmt.Errorf("inbox positions: %w", err)
	}
	return nil
}
