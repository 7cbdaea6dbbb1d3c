package bot

import (
	"context"
	"time"
)

// Retention says how long the store keeps what it no longer needs. The bot
// follows the guideline it teaches (§3.1, no shadow administration): it
// keeps the least that works, for no longer than needed. A zero or negative
// period keeps that kind of record; it never means "delete everything".
type Retention struct {
	// Conversations is how long a conversation, finished or left halfway,
	// is kept after its last change (default 30 days).
	Conversations time.Duration
	// Reminders is how long a done or cancelled reminder is kept after its
	// last change (default 90 days). Open reminders are always kept.
	Reminders time.Duration
	// Dedup is how long a platform event ID is remembered (default 1 day):
	// well past the platforms' last retry.
	Dedup time.Duration
}

// DefaultRetention returns the default periods: conversations 30 days, done
// and cancelled reminders 90 days, event IDs 1 day.
func DefaultRetention() Retention {
	return Retention{
		Conversations: 30 * 24 * time.Hour,
		Reminders:     90 * 24 * time.Hour,
		Dedup:         24 * time.Hour,
	}
}

// UserDataStore serves a professional's right to their own data
// ("vergeet-mij").
type UserDataStore interface {
	// ForgetUser deletes everything stored about u: conversations,
	// settings, reminders and audit entries, all or nothing. It is no error
	// when nothing is stored.
	ForgetUser(ctx context.Context, u UserKey) error
}

// PurgeCounts says how many records of each kind a purge deleted.
type PurgeCounts struct {
	Conversations, Reminders, Dedup int64
}

// Purger deletes what the retention periods no longer allow to keep.
type Purger interface {
	// Purge deletes records older than their period at now, in one
	// transaction, and counts them.
	Purge(ctx context.Context, now time.Time, r Retention) (PurgeCounts, error)
}
