package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

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

// claimableStates must match the WHERE of the reminders_due index, so that
// PostgreSQL can use that partial index for the claim.
const claimableStates = `state IN ('scheduled', 'snoozed', 'sending')`

const openStates = `state IN ('scheduled', 'snoozed', 'sending', 'sent')`

// createLockClass is the first key of the transaction-level advisory lock
// CreateReminder takes per user ("rm" as a number); the second is a hash of
// the user.
const createLockClass int32 = 0x726d

// CreateReminder stores r as a new reminder with its audit entry in one
// transaction; see bot.ReminderBook. The duplicate check and the insert
// hold an advisory lock on the user, so that of two replicas creating the
// same reminder at once one gets bot.ErrDuplicate. created_at and
// updated_at come from the store's clock.
func (s *DB) CreateReminder(ctx context.Context, r *bot.Reminder, e bot.AuditEntry) error {
	if !r.Kind.Valid() {
		return fmt.Errorf("create reminder: unknown kind %q", r.Kind)
	}
	now := s.stamp()
	var id int64
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		id, err = s.createReminder(ctx, tx, r, e, now)
		return err
	})
	if errors.Is(err, bot.ErrDuplicate) {
		return err
	}
	if err != nil {
		return fmt.Errorf("create reminder: %w", err)
	}
	r.ID, r.Version, r.CreatedAt, r.UpdatedAt = id, 1, now, now
	return nil
}

// createReminder inserts r, created at now, with its audit entry in tx
// under the user's advisory lock and returns the new ID; bot.ErrDuplicate
// when the user has the same reminder open. It leaves r as it is.
func (s *DB) createReminder(ctx context.Context, tx pgx.Tx, r *bot.Reminder, e bot.AuditEntry, now time.Time) (int64, error) {
	if !r.Kind.Valid() {
		return 0, fmt.Errorf("unknown kind %q", r.Kind)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2::text || ':' || $3::text))`,
		createLockClass, r.Platform, r.User); err != nil {
		return 0, fmt.Errorf("lock user: %w", err)
	}
	var dup bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM reminders
		WHERE platform = $1 AND user_id = $2 AND `+openStates+`
		AND kind = $3 AND flow = $4 AND outcome = $5 AND decided_at = $6 AND case_label = $7)`,
		r.Platform, r.User, string(r.Kind), r.Flow, r.Outcome, timecol.EncodeOrZero(r.DecidedAt), r.Case).Scan(&dup); err != nil {
		return 0, err
	}
	if dup {
		return 0, bot.ErrDuplicate
	}
	var id int64
	if err := tx.QueryRow(ctx, `INSERT INTO reminders (platform, user_id, channel, kind,
		case_label, flow, outcome, shared_nl, shared_en, decided_at, lang, tz, state, due_at,
		next_attempt_at, lease_until, attempts, late, sent_at, reason_code, reason, created_at,
		updated_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
		$14, $15, $16, $17, $18, $19, $20, $21, $22, $22, 1) RETURNING id`,
		r.Platform, r.User, r.Channel, string(r.Kind), r.Case, r.Flow, r.Outcome, r.Shared.NL, r.Shared.EN,
		timecol.EncodeOrZero(r.DecidedAt), string(r.Lang), r.TZ, string(r.State), timecol.EncodeOrZero(r.Due),
		timecol.EncodeOrZero(r.NextAttempt), timecol.EncodeOrZero(r.LeaseUntil), r.Attempts, r.Late,
		timecol.EncodeOrZero(r.SentAt), r.ReasonCode, r.Reason, timecol.Encode(now)).Scan(&id); err != nil {
		return 0, err
	}
	e.Reminder = id
	return id, s.appendAudit(ctx, tx, e)
}

// Reminder returns the reminder with that ID, whoever owns it.
func (s *DB) Reminder(ctx context.Context, id int64) (bot.Reminder, bool, error) {
	r, err := scanReminder(s.pool.QueryRow(ctx, `SELECT `+reminderColumns+` FROM reminders WHERE id = $1`, id))
	if noRows(err) {
		return bot.Reminder{}, false, nil
	}
	if err != nil {
		return bot.Reminder{}, false, fmt.Errorf("read reminder: %w", err)
	}
	return r, true, nil
}

// UpdateReminder saves what a user's action changes (state, due and attempt
// times, lease, attempts, lateness, reason) with its audit entry, in one
// statement, if r.Version is still the stored version; otherwise
// bot.ErrConflict. The owner, address and decision never change.
func (s *DB) UpdateReminder(ctx context.Context, r *bot.Reminder, e bot.AuditEntry) error {
	now := s.stamp()
	if err := s.updateReminder(ctx, s.pool, r, e, now); err != nil {
		return fmt.Errorf("update reminder %d: %w", r.ID, err)
	}
	r.Version++
	r.UpdatedAt = now
	return nil
}

// updateReminder writes r, updated at now, with its audit entry through db
// if r.Version is still the stored version, else bot.ErrConflict. It
// leaves r as it is.
func (s *DB) updateReminder(ctx context.Context, db execer, r *bot.Reminder, e bot.AuditEntry, now time.Time) error {
	return s.auditedUpdate(ctx, db, e, `UPDATE reminders SET state = $8, due_at = $9, next_attempt_at = $10,
		lease_until = $11, attempts = $12, late = $13, sent_at = $14, reason_code = $15, reason = $16,
		updated_at = $17, version = version + 1
		WHERE id = $18 AND version = $19 RETURNING id`,
		string(r.State), timecol.EncodeOrZero(r.Due), timecol.EncodeOrZero(r.NextAttempt), timecol.EncodeOrZero(r.LeaseUntil),
		r.Attempts, r.Late, timecol.EncodeOrZero(r.SentAt), r.ReasonCode, r.Reason, timecol.Encode(now),
		r.ID, r.Version)
}

// OpenReminders returns the user's open reminders, soonest due first.
func (s *DB) OpenReminders(ctx context.Context, u bot.UserKey) ([]bot.Reminder, error) {
	return s.queryReminders(ctx, `SELECT `+reminderColumns+` FROM reminders
		WHERE platform = $1 AND user_id = $2 AND `+openStates+` ORDER BY due_at, id`, u.Platform, u.User)
}

// UserReminders returns all the user's reminders, soonest due first.
func (s *DB) UserReminders(ctx context.Context, u bot.UserKey) ([]bot.Reminder, error) {
	return s.queryReminders(ctx, `SELECT `+reminderColumns+` FROM reminders
		WHERE platform = $1 AND user_id = $2 ORDER BY due_at, id`, u.Platform, u.User)
}

// OpenReminderUsers returns every user with an open reminder.
func (s *DB) OpenReminderUsers(ctx context.Context) ([]bot.UserKey, error) {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT platform, user_id FROM reminders
		WHERE `+openStates+` ORDER BY platform, user_id`)
	if err != nil {
		return nil, fmt.Errorf("users with open reminders: %w", err)
	}
	users, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (bot.UserKey, error) {
		var u bot.UserKey
		err := row.Scan(&u.Platform, &u.User)
		return u, err
	})
	if err != nil {
		return nil, fmt.Errorf("users with open reminders: %w", err)
	}
	return users, nil
}

// claimQuery claims and audits in one statement. $1 is now, $2 the limit,
// $3 the end of the lease, $4 the audit action. The due rows are locked
// FOR UPDATE SKIP LOCKED, so replicas claiming at once take disjoint rows
// and none waits for another; a row another replica claimed and committed
// meanwhile is re-checked against the WHERE and left out, as its
// next_attempt_at is now its lease's end.
const claimQuery = `WITH due AS MATERIALIZED (
		SELECT id AS due_id FROM reminders
		WHERE ` + claimableStates + ` AND next_attempt_at <= $1
		ORDER BY next_attempt_at LIMIT $2
		FOR UPDATE SKIP LOCKED
	), claimed AS (
		UPDATE reminders SET state = 'sending', lease_until = $3, next_attempt_at = $3,
			attempts = attempts + 1, updated_at = $1, version = version + 1
		FROM due WHERE id = due_id
		RETURNING ` + reminderColumns + `
	), audited AS (
		INSERT INTO audit (platform, user_id, at, action, flow, outcome, reminder, detail)
		SELECT platform, user_id, $1, $4::text, flow, outcome, id, 'attempt ' || attempts FROM claimed
	)
	SELECT ` + reminderColumns + ` FROM claimed ORDER BY due_at, id`

// ClaimDue claims at most limit due reminders, with an audit entry each, in
// one statement; see bot.ReminderQueue. Several replicas may claim at once:
// each reminder goes to one of them until its lease ends. The claim walks
// the reminders_due index, so its cost does not grow with the number of
// reminders pending. The claimed come back soonest due first.
func (s *DB) ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]bot.Reminder, error) {
	claimed, err := s.queryReminders(ctx, claimQuery,
		timecol.Encode(now), limit, timecol.Encode(now.Add(lease)), bot.AuditReminderClaimed)
	if err != nil {
		return nil, fmt.Errorf("claim reminders: %w", err)
	}
	return claimed, nil
}

// MarkSent records the delivery made under the claim that left the
// reminder at version, with e, in one statement; see bot.ReminderQueue.
func (s *DB) MarkSent(ctx context.Context, id, version int64, at time.Time, late bool, e bot.AuditEntry) error {
	err := s.auditedUpdate(ctx, s.pool, e, `UPDATE reminders SET state = 'sent', lease_until = 0, sent_at = $8,
		late = $9, updated_at = $10, version = version + 1
		WHERE id = $11 AND state = 'sending' AND version = $12 RETURNING id`,
		timecol.Encode(at), late, timecol.Encode(s.stamp()), id, version)
	if err != nil {
		return fmt.Errorf("mark reminder %d sent (version %d): %w", id, version, err)
	}
	return nil
}

// RetryLater puts the claim that left the reminder at version back to
// scheduled, with its next attempt at next, and appends e, in one
// statement; see bot.ReminderQueue.
func (s *DB) RetryLater(ctx context.Context, id, version int64, next time.Time, e bot.AuditEntry) error {
	err := s.auditedUpdate(ctx, s.pool, e, `UPDATE reminders SET state = 'scheduled', lease_until = 0,
		next_attempt_at = $8, updated_at = $9, version = version + 1
		WHERE id = $10 AND state = 'sending' AND version = $11 RETURNING id`,
		timecol.Encode(next), timecol.Encode(s.stamp()), id, version)
	if err != nil {
		return fmt.Errorf("retry reminder %d (version %d): %w", id, version, err)
	}
	return nil
}

// auditedUpdate runs through db update, an UPDATE of one reminder … RETURNING id
// whose own parameters start at $8, and appends e for the row it changed,
// in one statement (so one transaction, and one round trip); $1 to $7 are
// e's fields. bot.ErrConflict when update changed no row, and then nothing
// is appended. A zero e.At means now by the store's clock.
func (s *DB) auditedUpdate(ctx context.Context, db execer, e bot.AuditEntry, update string, args ...any) error {
	at := e.At
	if at.IsZero() {
		at = s.stamp()
	}
	tag, err := db.Exec(ctx, `WITH changed AS (`+update+`)
		INSERT INTO audit (platform, user_id, at, action, flow, outcome, reminder, detail)
		SELECT $1::text, $2::text, $3::bigint, $4::text, $5::text, $6::text, id, $7::text FROM changed`,
		append([]any{e.Platform, e.User, timecol.Encode(at), e.Action, e.Flow, e.Outcome, e.Detail}, args...)...)
	if err != nil {
		return err
	}
	return oneRow(tag)
}

func (s *DB) queryReminders(ctx context.Context, query string, args ...any) ([]bot.Reminder, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	rems, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (bot.Reminder, error) { return scanReminder(row) })
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	return rems, nil
}

func scanReminder(row pgx.Row) (bot.Reminder, error) {
	var (
		r                                        bot.Reminder
		kind, l, state                           string
		decided, due, next, lease, sent, created int64
		updated                                  int64
	)
	err := row.Scan(&r.ID, &r.Platform, &r.User, &r.Channel, &kind, &r.Case, &r.Flow, &r.Outcome,
		&r.Shared.NL, &r.Shared.EN, &decided, &l, &r.TZ, &state, &due, &next, &lease,
		&r.Attempts, &r.Late, &sent, &r.ReasonCode, &r.Reason, &created, &updated, &r.Version)
	if err != nil {
		return bot.Reminder{}, err
	}
	r.Kind, r.Lang, r.State = bot.ReminderKind(kind), lang.Lang(l), bot.ReminderState(state)
	r.DecidedAt, r.Due, r.NextAttempt = timecol.DecodeOrZero(decided), timecol.DecodeOrZero(due), timecol.DecodeOrZero(next)
	r.LeaseUntil, r.SentAt = timecol.DecodeOrZero(lease), timecol.DecodeOrZero(sent)
	r.CreatedAt, r.UpdatedAt = timecol.DecodeOrZero(created), timecol.DecodeOrZero(updated)
	return r, nil
}

// oneRow reports bot.ErrConflict unless tag says exactly one row changed.
func oneRow(tag pgconn.CommandTag) error {
	if tag.RowsAffected() != 1 {
		return bot.ErrConflict
	}
	return nil
}
