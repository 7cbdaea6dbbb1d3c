package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

var _ bot.InboxStore = (*DB)(nil)

// AddInbox stores the events not known yet, in one transaction; see
// bot.InboxStore.
func (s *DB) AddInbox(ctx context.Context, owner string, now time.Time, events []bot.InboxEvent) ([]bool, error) {
	isNew := make([]bool, len(events))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("add to inbox: %w", err)
	}
	defer tx.Rollback()
	insert, err := tx.PrepareContext(ctx, `INSERT INTO inbox (id, platform, user_id, payload, owner, lease_until, received_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("add to inbox: %w", err)
	}
	defer insert.Close()
	for i, ev := range events {
		if ev.ID == "" || ev.Platform == "" {
			return nil, errors.New("add to inbox: event without ID or platform")
		}
		holder := owner
		if ev.LeaseUntil.IsZero() {
			holder = ""
		}
		res, err := insert.ExecContext(ctx, ev.ID, ev.Platform, ev.User, ev.Payload, holder,
			timecol.EncodeOrZero(ev.LeaseUntil), timecol.Encode(now))
		if err != nil {
			return nil, fmt.Errorf("add to inbox: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, fmt.Errorf("add to inbox: %w", err)
		}
		isNew[i] = n == 1
		if ev.Channel != "" {
			if err := savePosition(ctx, tx, ev.Platform, ev.Channel, ev.User, ev.At); err != nil {
				return nil, fmt.Errorf("add to inbox: %w", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("add to inbox: %w", err)
	}
	return isNew, nil
}

// ClaimInbox hands c.Owner the pending events it may work; see
// bot.InboxStore. Every transaction takes SQLite's write lock at BEGIN, so
// two processes sharing the file claim one after the other.
func (s *DB) ClaimInbox(ctx context.Context, c bot.InboxClaim) ([]bot.InboxEvent, error) {
	if c.Limit <= 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim inbox: %w", err)
	}
	defer tx.Rollback()
	if c.Restart {
		if _, err := tx.ExecContext(ctx, `UPDATE inbox SET owner = '', lease_until = 0
			WHERE platform = ? AND owner = ? AND state = 'pending' AND received_at <= ?`,
			c.Platform, c.Owner, timecol.Encode(c.Now)); err != nil {
			return nil, fmt.Errorf("claim inbox: %w", err)
		}
	}
	rows, err := tx.QueryContext(ctx, `UPDATE inbox SET owner = ?, lease_until = ?, attempts = attempts + 1
		WHERE id IN (SELECT id FROM inbox WHERE platform = ? AND state = 'pending' AND lease_until < ?
			ORDER BY received_at, id LIMIT ?)
		RETURNING id, platform, user_id, payload, received_at, attempts`,
		c.Owner, timecol.Encode(c.LeaseUntil), c.Platform, timecol.Encode(c.Now), c.Limit)
	if err != nil {
		return nil, fmt.Errorf("claim inbox: %w", err)
	}
	var out []bot.InboxEvent
	for rows.Next() {
		var ev bot.InboxEvent
		var received int64
		if err := rows.Scan(&ev.ID, &ev.Platform, &ev.User, &ev.Payload, &received, &ev.Attempts); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim inbox: %w", err)
		}
		ev.ReceivedAt = timecol.Decode(received)
		ev.LeaseUntil = c.LeaseUntil
		out = append(out, ev)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("claim inbox: %w", err)
	}
	rows.Close()
	if err := tx.Commit(); err != nil {
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("renew inbox leases: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE inbox SET lease_until = ? WHERE id = ? AND owner = ? AND state = 'pending'`)
	if err != nil {
		return fmt.Errorf("renew inbox leases: %w", err)
	}
	defer stmt.Close()
	for _, id := range ids {
		if _, err := stmt.ExecContext(ctx, timecol.Encode(leaseUntil), id, owner); err != nil {
			return fmt.Errorf("renew inbox leases: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("renew inbox leases: %w", err)
	}
	return nil
}

// ReleaseInbox ends owner's lease on a pending event; see bot.InboxStore.
func (s *DB) ReleaseInbox(ctx context.Context, id, owner string) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE inbox SET owner = '', lease_until = 0
		WHERE id = ? AND owner = ? AND state = 'pending'`, id, owner); err != nil {
		return fmt.Errorf("release inbox event: %w", err)
	}
	return nil
}

// FinishInbox marks the events owner holds done and drops their payload
// and user, in one transaction; see bot.InboxStore.
func (s *DB) FinishInbox(ctx context.Context, owner string, ids []string, now time.Time) ([]bool, error) {
	ok := make([]bool, len(ids))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("finish inbox events: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE inbox SET state = 'done', payload = NULL, replies = NULL, user_id = '',
		owner = '', lease_until = 0, done_at = ? WHERE id = ? AND owner = ? AND state = 'pending'`)
	if err != nil {
		return nil, fmt.Errorf("finish inbox events: %w", err)
	}
	defer stmt.Close()
	for i, id := range ids {
		res, err := stmt.ExecContext(ctx, timecol.Encode(now), id, owner)
		if err != nil {
			return nil, fmt.Errorf("finish inbox events: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, fmt.Errorf("finish inbox events: %w", err)
		}
		ok[i] = n == 1
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("finish inbox events: %w", err)
	}
	return ok, nil
}

// InboxPositions returns the catch-up positions of platform's channels.
func (s *DB) InboxPositions(ctx context.Context, platform string) (map[string]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT channel, seen_at FROM inbox_positions WHERE platform = ?`, platform)
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
	if _, err := s.db.ExecContext(ctx, `INSERT INTO inbox_positions (platform, channel, user_id, seen_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (platform, channel) DO NOTHING`, platform, channel, user, at); err != nil {
		return fmt.Errorf("save inbox position: %w", err)
	}
	return nil
}

// savePosition moves channel's catch-up position forward to at.
func savePosition(ctx context.Context, db *sql.Tx, platform, channel, user string, at int64) error {
	_, err := db.ExecContext(ctx, `INSERT INTO inbox_positions (platform, channel, user_id, seen_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (platform, channel) DO UPDATE SET seen_at = max(seen_at, excluded.seen_at), user_id = excluded.user_id`,
		platform, channel, user, at)
	return err
}

// purgeInbox deletes, in Purge's transaction, the inbox's done events
// older than the dedup period (counted with the dedup keys) and the
// catch-up positions not moved for the conversations' period.
func purgeInbox(ctx context.Context, tx *sql.Tx, now time.Time, p bot.Retention, counts *bot.PurgeCounts) error {
	n, err := deleteBefore(ctx, tx, now, p.Dedup, `DELETE FROM inbox WHERE state = 'done' AND done_at < ?`)
	if err != nil {
		return fmt.Errorf("purge inbox: %w", err)
	}
	counts.Dedup += n
	if _, err := deleteBefore(ctx, tx, now, p.Conversations, `DELETE FROM inbox_positions WHERE seen_at < ?`); err != nil {
		return fmt.Errorf("purge inbox positions: %w", err)
	}
	return nil
}
