package bot

import (
	"context"
	"errors"
	"time"

	"privacybot/lang"
)

// ReminderKind says what a reminder asks the user to do.
type ReminderKind string

// The kinds of follow-up the guideline asks for after a share (§1.4 Dossier,
// §1.6): tell the client, and write the decision in the file.
const (
	// KindInform reminds the user to tell the client what was shared.
	KindInform ReminderKind = "inform"
	// KindRecord reminds the user to record the decision in the file.
	KindRecord ReminderKind = "record"
)

// Valid reports whether k is a known kind.
func (k ReminderKind) Valid() bool { return k == KindInform || k == KindRecord }

// ReminderState is where a reminder stands. Allowed changes:
//
//	scheduled|snoozed -> sending          (a sweep claims it)
//	sending -> sending                    (its lease ran out; claimed again)
//	sending -> sent                       (delivered)
//	sending -> scheduled                  (delivery failed; retried later)
//	scheduled|snoozed|sending|sent -> done|snoozed|cancelled   (the user acts)
//
// Every change increments Version, so a sweep finishes a claim only if
// nothing changed the reminder since it claimed it.
type ReminderState string

// The states of a reminder.
const (
	StateScheduled ReminderState = "scheduled"
	StateSending   ReminderState = "sending"
	StateSent      ReminderState = "sent"
	StateDone      ReminderState = "done"
	StateSnoozed   ReminderState = "snoozed"
	StateCancelled ReminderState = "cancelled"
)

// Open reports whether the reminder still asks something of the user: it is
// waiting, being sent, or sent and not yet answered.
func (s ReminderState) Open() bool {
	switch s {
	case StateScheduled, StateSnoozed, StateSending, StateSent:
		return true
	}
	return false
}

// Audit actions written for reminders. Every change of a reminder appends
// one entry in the same transaction as the change.
const (
	AuditReminderSet       = "reminder.set"
	AuditReminderClaimed   = "reminder.sending"
	AuditReminderSent      = "reminder.sent"
	AuditReminderLate      = "reminder.late"
	AuditReminderRetry     = "reminder.retry"
	AuditReminderDone      = "reminder.done"
	AuditReminderSnoozed   = "reminder.snoozed"
	AuditReminderNotSafe   = "reminder.not-safe"
	AuditReminderCancelled = "reminder.cancelled"
	AuditReminderRefused   = "reminder.refused"
	AuditReminderDigest    = "reminder.digest"
)

// Reminder is one follow-up the user asked for at the end of a flow. It
// holds the user's own case label and the bot's description of the share,
// never a client's name.
type Reminder struct {
	ID int64
	// Address is where the reminder was set; the reminder goes to the
	// user's DM on that platform.
	Address
	Kind ReminderKind
	// Case is the user's own label for the case.
	Case string
	// Flow and Outcome are the IDs of the decision that led to the share.
	Flow, Outcome string
	// Shared says what was shared with whom, in the bot's words.
	Shared lang.Text
	// DecidedAt is when the decision was made.
	DecidedAt time.Time
	// Lang and TZ are the user's language and time zone when it was set.
	Lang  lang.Lang
	TZ    string
	State ReminderState
	// Due is the moment the user chose, in UTC. Retries keep it, so one due
	// time leads to at most one delivery.
	Due time.Time
	// NextAttempt is when the sweep may take it: Due, a retry time after a
	// failed send, or the end of the lease while it is being sent.
	NextAttempt time.Time
	// LeaseUntil is set while sending: after it, another sweep may claim it.
	LeaseUntil time.Time
	// Attempts counts the claims for the current due time; the backoff
	// after a failed send grows with it.
	Attempts int
	// Late reports that it was sent well after Due (the bot or the platform
	// was down).
	Late   bool
	SentAt time.Time
	// ReasonCode and Reason say why informing the client was not yet safe:
	// a code from a fixed list, or "own" with the user's short reason, kept
	// for their dossier note. Never logged, never audited.
	ReasonCode string
	Reason     string
	CreatedAt  time.Time
	UpdatedAt  time.Time
	// Version counts saves; a save with a stale version fails with
	// ErrConflict.
	Version int64
}

// ErrDuplicate is returned when the user already has an open reminder of the
// same kind for the same decision (a double click on an offer button).
var ErrDuplicate = errors.New("reminder already set")

// ReminderBook is what the reminder service needs of the store: the
// reminders users set, read and change. Every method is one transaction,
// and every change appends its audit entry, to the trail
// AuditStore.AuditTrail returns, in that same transaction.
type ReminderBook interface {
	// CreateReminder stores r with its audit entry (whose Reminder becomes
	// the new ID) and sets r.ID and r.Version. ErrDuplicate when the same user has an open reminder with
	// the same kind, flow, outcome, case and decision time.
	CreateReminder(ctx context.Context, r *Reminder, e AuditEntry) error
	// Reminder returns the reminder with that ID, whoever owns it; ok is
	// false when there is none.
	Reminder(ctx context.Context, id int64) (r Reminder, ok bool, err error)
	// UpdateReminder saves r with its audit entry if r.Version matches the
	// stored version, and increments r.Version; otherwise ErrConflict.
	UpdateReminder(ctx context.Context, r *Reminder, e AuditEntry) error
	// OpenReminders returns the user's open reminders (scheduled, snoozed,
	// sending, sent), soonest due first.
	OpenReminders(ctx context.Context, u UserKey) ([]Reminder, error)
	// UserReminders returns all the user's stored reminders, open or not,
	// soonest due first.
	UserReminders(ctx context.Context, u UserKey) ([]Reminder, error)
}

// ReminderQueue is what the scheduler needs of the store: the reminders
// falling due, claimed, sent or put back, and whom the weekly digest is
// for. It is the scheduler's single source of truth. Every method is one
// transaction, and every change appends its audit entry in it.
type ReminderQueue interface {
	// Reminder returns the reminder with that ID, whoever owns it; ok is
	// false when there is none.
	Reminder(ctx context.Context, id int64) (r Reminder, ok bool, err error)
	// OpenReminders returns the user's open reminders (scheduled, snoozed,
	// sending, sent), soonest due first.
	OpenReminders(ctx context.Context, u UserKey) ([]Reminder, error)
	// OpenReminderUsers returns every user with at least one open reminder.
	OpenReminderUsers(ctx context.Context) ([]UserKey, error)
	// ClaimDue marks at most limit reminders as sending and returns them:
	// those scheduled or snoozed with NextAttempt <= now, and those sending
	// whose lease ended. Each gets LeaseUntil = now+lease, Attempts+1 and an
	// AuditReminderClaimed entry. Its cost grows with the number due, not
	// with the number pending.
	ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Reminder, error)
	// MarkSent records the delivery of a claim: r must still be sending at
	// version, the Version ClaimDue returned. It stores state sent, SentAt
	// and Late, clears the lease and appends e. ErrConflict when the
	// reminder changed since the claim (the user acted on it, or a later
	// sweep claimed it again).
	MarkSent(ctx context.Context, id, version int64, at time.Time, late bool, e AuditEntry) error
	// RetryLater puts a claim back: state scheduled with NextAttempt = next,
	// Due kept, e appended. Like MarkSent it requires the reminder to be
	// sending at version, else ErrConflict.
	RetryLater(ctx context.Context, id, version int64, next time.Time, e AuditEntry) error
}
