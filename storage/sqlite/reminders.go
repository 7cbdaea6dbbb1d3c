package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"privacybot/bot"
	"privacybot/lang"
	"privacybot/storage/internal/timecol"
)

var (
	_ bot.ReminderBook  = (*DB)(nil)
	_ bot.ReminderQueue = (*DB)(nil)
)

const reminderColumns = `id, platform, user_id, channel, kind, case_label, flow, outcome,
	shared_nl, shared_en, decided_at, lang, tz, state, due_at, next_attempt_at, lease_until,
	attempts, late, sent_at, reason_code, reason, created_at, updated_at, version`

// claimableStates must match the WHERE of the reminders_due index word for
// word, so that SQLite uses that partial index for the claim.
const claimableStates = `state IN ('scheduled', 'snoozed', 'sending')`

const openStates = `state IN ('scheduled', 'snoozed', 'sending', 'sent')`

// CreateReminder stores r as a new reminder with its audit entry in one
// transaction; see bot.ReminderBook. created_at and updated_at come from
// the store's clock.
func (s *DB) CreateReminder(ctx context.Context, r *bot.Reminder, e bot.AuditEntry) error {
	if !r.Kind.Valid() {
		return fmt.Errorf("create reminder: unknown kind %q", r.Kind)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("create reminder: %w", err)
	}
	defer tx.Rollback()
	now := s.stamp()
	id, err := s.createReminderTx(ctx, tx, r, e, now)
	if errors.Is(err, bot.ErrDuplicate) {
		return err
	}
	if err != nil {
		return fmt.Errorf("create reminder: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("create reminder: %w", err)
	}
	r.ID, r.Version, r.CreatedAt, r.UpdatedAt = id, 1, now, now
	return nil
}

// createReminderTx inserts r, created at now, and its audit entry in tx
// and returns the new ID; bot.ErrDuplicate when the user has the same
// reminder open. It leaves r as it is.
func (s *DB) createReminderTx(ctx context.Context, tx *sql.Tx, r *bot.Reminder, e bot.AuditEntry, now time.Time) (int64, error) {
	if !r.Kind.Valid() {
		return 0, fmt.Errorf("unknown kind %q", r.Kind)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM reminders
		WHERE platform = ? AND user_id = ? AND `+openStates+`
		AND kind = ? AND flow = ? AND outcome = ? AND decided_at = ? AND case_label = ?`,
		r.Platform, r.User, r.Kind, r.Flow, r.Outcome, timecol.EncodeOrZero(r.DecidedAt), r.Case).Scan(&n); err != nil {
		return 0, err
	}
	if n > 0 {
		return 0, bot.ErrDuplicate
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO reminders (platform, user_id, channel, kind,
		case_label, flow, outcome, shared_nl, shared_en, decided_at, lang, tz, state, due_at,
		next_attempt_at, lease_until, attempts, late, sent_at, reason_code, reason, created_at,
		updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
		r.Platform, r.User, r.Channel, r.Kind, r.Case, r.Flow, r.Outcome, r.Shared.NL, r.Shared.EN,
		timecol.EncodeOrZero(r.DecidedAt), r.Lang, r.TZ, r.State, timecol.EncodeOrZero(r.Due),
		timecol.EncodeOrZero(r.NextAttempt), timecol.EncodeOrZero(r.LeaseUntil), r.Attempts, r.Late,
		timecol.EncodeOrZero(r.SentAt), r.ReasonCode, r.Reason, timecol.Encode(now), timecol.Encode(now))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	e.Reminder = id
	if err := s.appendAuditTx(ctx, tx, e); err != nil {
		return 0, err
	}
	return id, nil
}

// Reminder returns the reminder with that ID, whoever owns it.
func (s *DB) Reminder(ctx context.Context, id int64) (bot.Reminder, bool, error) {
	r, err := scanReminder(s.db.QueryRowContext(ctx, `SELECT `+reminderColumns+` FROM reminders WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Reminder{}, false, nil
	}
	if err != nil {
		return bot.Reminder{}, false, fmt.Errorf("read reminder: %w", err)
	}
	return r, true, nil
}

// UpdateReminder saves what a user's action changes (state, due and attempt
// times, lease, attempts, lateness, reason) with its audit entry, if
// r.Version is still the stored version; otherwise bot.ErrConflict. The
// owner, address and decision never change.
func (s *DB) UpdateReminder(ctx context.Context, r *bot.Reminder, e bot.AuditEntry) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update reminder: %w", err)
	}
	defer tx.Rollback()
	now := s.stamp()
	if err := s.updateReminderTx(ctx, tx, r, e, now); err != nil {
		return fmt.Errorf("update reminder %d: %w", r.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("update reminder: %w", err)
	}
	r.Version++
	r.UpdatedAt = now
	return nil
}

// updateReminderTx writes r, updated at now, and its audit entry in tx if
// r.Version is still the stored version, else bot.ErrConflict. It leaves r
// as it is.
func (s *DB) updateReminderTx(ctx context.Context, tx *sql.Tx, r *bot.Reminder, e bot.AuditEntry, now time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE reminders SET state = ?, due_at = ?, next_attempt_at = ?,
		lease_until = ?, attempts = ?, late = ?, sent_at = ?, reason_code = ?, reason = ?,
		updated_at = ?, version = version + 1
		WHERE id = ? AND version = ?`,
		r.State, timecol.EncodeOrZero(r.Due), timecol.EncodeOrZero(r.NextAttempt), timecol.EncodeOrZero(r.LeaseUntil),
		r.Attempts, r.Late, timecol.EncodeOrZero(r.SentAt), r.ReasonCode, r.Reason, timecol.Encode(now),
		r.ID, r.Version)
	if err != nil {
		return err
	}
	if err := oneRow(res); err != nil {
		return err
	}
	e.Reminder = r.ID
	return s.appendAuditTx(ctx, tx, e)
}

// OpenReminders returns the user's open reminders, soonest due first.
func (s *DB) OpenReminders(ctx context.Context, u bot.UserKey) ([]bot.Reminder, error) {
	return s.queryReminders(ctx, `SELECT `+reminderColumns+` FROM reminders
		WHERE platform = ? AND user_id = ? AND `+openStates+` ORDER BY due_at, id`, u.Platform, u.User)
}

// UserReminders returns all the user's reminders, soonest due first.
func (s *DB) UserReminders(ctx context.Context, u bot.UserKey) ([]bot.Reminder, error) {
	return s.queryReminders(ctx, `SELECT `+reminderColumns+` FROM reminders
		WHERE platform = ? AND user_id = ? ORDER BY due_at, id`, u.Platform, u.User)
}

// OpenReminderUsers returns every user with an open reminder.
func (s *DB) OpenReminderUsers(ctx context.Context) ([]bot.UserKey, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT platform, user_id FROM reminders
		WHERE `+openStates+` ORDER BY platform, user_id`)
	if err != nil {
		return nil, fmt.Errorf("users with open reminders: %w", err)
	}
	defer rows.Close()
	var users []bot.UserKey
	for rows.Next() {
		var u bot.UserKey
		if err := rows.Scan(&u.Platform, &u.User); err != nil {
			return nil, fmt.Errorf("users with open reminders: %w", err)
		}
		users = append(users, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("users with open reminders: %w", err)
	}
	return users, nil
}

// ClaimDue claims at most limit due reminders in one transaction; see
// bot.ReminderQueue. It walks the reminders_due index from its start and
// stops after limit rows, so its cost does not grow with the number of
// reminders pending.
func (s *DB) ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]bot.Reminder, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim reminders: %w", err)
	}
	defer tx.Rollback()
	leaseEnd := timecol.Encode(now.Add(lease))
	rows, err := tx.QueryContext(ctx, `UPDATE reminders SET state = 'sending', lease_until = ?,
		next_attempt_at = ?, attempts = attempts + 1, updated_at = ?, version = version + 1
		WHERE id IN (SELECT id FROM reminders WHERE `+claimableStates+`
			AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?)
		RETURNING `+reminderColumns,
		leaseEnd, leaseEnd, timecol.Encode(now), timecol.Encode(now), limit)
	if err != nil {
		return nil, fmt.Errorf("claim reminders: %w", err)
	}
	claimed, err := scanReminders(rows)
	if err != nil {
		return nil, fmt.Errorf("claim reminders: %w", err)
	}
	for _, r := range claimed {
		e := bot.AuditEntry{UserKey: r.UserKey(), At: now, Action: bot.AuditReminderClaimed,
			Flow: r.Flow, Outcome: r.Outcome, Reminder: r.ID, Detail: fmt.Sprintf("attempt %d", r.Attempts)}
		if err := s.appendAuditTx(ctx, tx, e); err != nil {
			return nil, fmt.Errorf("claim reminders: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim reminders: %w", err)
	}
	sortByDue(claimed)
	return claimed, nil
}

// MarkSent records the delivery made under the claim that left the
// reminder at version; see bot.ReminderQueue.
func (s *DB) MarkSent(ctx context.Context, id, version int64, at time.Time, late bool, e bot.AuditEntry) error {
	return s.finishClaim(ctx, "mark reminder sent", id, version, e,
		`UPDATE reminders SET state = 'sent', lease_until = 0, sent_at = ?, late = ?,
		updated_at = ?, version = version + 1 WHERE id = ? AND state = 'sending' AND version = ?`,
		timecol.Encode(at), late, timecol.Encode(s.stamp()), id, version)
}

// RetryLater puts the claim that left the reminder at version back to
// scheduled, with its next attempt at next; see bot.ReminderQueue.
func (s *DB) RetryLater(ctx context.Context, id, version int64, next time.Time, e bot.AuditEntry) error {
	return s.finishClaim(ctx, "retry reminder", id, version, e,
		`UPDATE reminders SET state = 'scheduled', lease_until = 0, next_attempt_at = ?,
		updated_at = ?, version = version + 1 WHERE id = ? AND state = 'sending' AND version = ?`,
		timecol.Encode(next), timecol.Encode(s.stamp()), id, version)
}

// finishClaim runs an update of one claimed reminder and appends its audit
// entry in one transaction; bot.ErrConflict when the reminder changed since
// the claim.
func (s *DB) finishClaim(ctx context.Context, what string, id, version int64, e bot.AuditEntry, query string, args ...any) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := oneRow(res); err != nil {
		return fmt.Errorf("%s %d (version %d): %w", what, id, version, err)
	}
	e.Reminder = id
	if err := s.appendAuditTx(ctx, tx, e); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// appendAuditTx adds e to the audit trail inside tx; a zero e.At means now
// by the store's clock.
func (s *DB) appendAuditTx(ctx context.Context, tx *sql.Tx, e bot.AuditEntry) error {
	at := e.At
	if at.IsZero() {
		at = s.stamp()
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO audit (platform, user_id, at, action, flow, outcome, reminder, detail)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		e.Platform, e.User, timecol.Encode(at), e.Action, e.Flow, e.Outcome, e.Reminder, e.Detail); err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	return nil
}

func (s *DB) queryReminders(ctx context.Context, query string, args ...any) ([]bot.Reminder, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	rems, err := scanReminders(rows)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	return rems, nil
}

// scanReminders reads and closes rows.
func scanReminders(rows *sql.Rows) ([]bot.Reminder, error) {
	defer rows.Close()
	var rems []bot.Reminder
	for rows.Next() {
		r, err := scanReminder(rows)
		if err != nil {
			return nil, err
		}
		rems = append(rems, r)
	}
	return rems, rows.Err()
}

func scanReminder(row interface{ Scan(...any) error }) (bot.Reminder, error) {
	var (
		r                                        bot.Reminder
		l                                        string
		decided, due, next, lease, sent, created int64
		updated                                  int64
	)
	err := row.Scan(&r.ID, &r.Platform, &r.User, &r.Channel, &r.Kind, &r.Case, &r.Flow, &r.Outcome,
		&r.Shared.NL, &r.Shared.EN, &decided, &l, &r.TZ, &r.State, &due, &next, &lease,
		&r.Attempts, &r.Late, &sent, &r.ReasonCode, &r.Reason, &created, &updated, &r.Version)
	if err != nil {
		return bot.Reminder{}, err
	}
	r.Lang = lang.Lang(l)
	r.DecidedAt, r.Due, r.NextAttempt = timecol.DecodeOrZero(decided), timecol.DecodeOrZero(due), timecol.DecodeOrZero(next)
	r.LeaseUntil, r.SentAt = timecol.DecodeOrZero(lease), timecol.DecodeOrZero(sent)
	r.CreatedAt, r.UpdatedAt = timecol.DecodeOrZero(created), timecol.DecodeOrZero(updated)
	return r, nil
}

// sortByDue orders claimed reminders as they fell due.
func sortByDue(rems []bot.Reminder) {
	slices.SortFunc(rems, func(a, b bot.Reminder) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// oneRow reports bot.ErrConflict unless res changed exactly one row.
func oneRow(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n != 1 {
		return bot.ErrConflict
	}
	return nil
}
