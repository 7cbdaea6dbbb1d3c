package bot

import (
	"context"
	"time"
)

// DigestState is where one user's digest of one week stands:
//
//	pending -> sending           (a sender claims it, with a lease)
//	sending -> sending           (its lease ran out; claimed again)
//	sending -> pending           (the send failed; retried later)
//	sending -> sent              (the platform accepted it)
//	sending -> skipped           (nothing open, or the user switched it off)
//	sending -> failed            (its last attempt failed)
type DigestState string

// The states of a digest job.
const (
	DigestPending DigestState = "pending"
	DigestSending DigestState = "sending"
	DigestSent    DigestState = "sent"
	DigestSkipped DigestState = "skipped"
	DigestFailed  DigestState = "failed"
)

// DigestJob is one user's weekly digest of one ISO week. It holds no text:
// the message is made from the user's open reminders when it is sent.
type DigestJob struct {
	UserKey `json:"-"`
	// Week is the ISO week in the schedule's zone, "2026-W10".
	Week  string      `json:"week"`
	State DigestState `json:"state"`
	// NextAttempt is when a sender may claim it: when it was added, a
	// retry time after a failed send, or the end of the lease while it is
	// being sent.
	NextAttempt time.Time `json:"next_attempt"`
	// Attempts counts the claims; a claim is finished only under the
	// Attempts it returned.
	Attempts int `json:"attempts"`
	// Failures counts the failed sends; a platform's request to wait
	// (429) is no failure.
	Failures  int       `json:"failures"`
	SentAt    time.Time `json:"sent_at,omitzero"`
	CreatedAt time.Time `json:"created_at"`
}

// DigestStore keeps the digest jobs. One job per user per week: that key,
// not the event dedup table, makes the digest go out once a week across
// restarts and replicas. Every method is one transaction.
type DigestStore interface {
	// AddDigests stores a pending job of week, due at now, for each user
	// who has none for that week yet; a job already there stays as it is,
	// whatever its state. It returns how many it added.
	AddDigests(ctx context.Context, week string, users []UserKey, now time.Time) (int, error)
	// ClaimDigests marks at most limit jobs of week as sending and returns
	// them: those pending with NextAttempt <= now, and those sending whose
	// lease (NextAttempt) ended. Each gets NextAttempt = now+lease and
	// Attempts+1. Concurrent claims never return the same job.
	ClaimDigests(ctx context.Context, week string, now time.Time, lease time.Duration, limit int) ([]DigestJob, error)
	// FinishDigest ends the claim j (by its Attempts) in state sent,
	// skipped or failed, with SentAt = at when sent, and appends e when
	// e.Action is set, in the same transaction. ErrConflict when the job
	// is no longer sending under that claim.
	FinishDigest(ctx context.Context, j DigestJob, state DigestState, at time.Time, e AuditEntry) error
	// RetryDigest puts the claim j back to pending with NextAttempt =
	// next, and adds one to Failures when failed. ErrConflict as
	// FinishDigest.
	RetryDigest(ctx context.Context, j DigestJob, next time.Time, failed bool) error
	// UserDigests returns the user's jobs, newest week first.
	UserDigests(ctx context.Context, u UserKey) ([]DigestJob, error)
	// PurgeDigests deletes the jobs added before before, in any state, and
	// counts them.
	PurgeDigests(ctx context.Context, before time.Time) (int64, error)
}

// DigestSender hands one digest for the user's DM to the platform, or to
// an outbox that delivers it. key names the user's digest of one week
// ("digest:slack:U1:2026-W10") and is the same on every attempt, so a
// sender that keeps an outbox can store and send it once. A nil error means
// the platform (or the outbox) accepted it; an error wrapping
// *RetryAfterError asks the scheduler to wait that long.
type DigestSender interface {
	Send(ctx context.Context, key string, to Address, r Reply) error
}
