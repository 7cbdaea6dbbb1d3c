package bot

import (
	"context"
	"fmt"
	"time"
)

// Notifier delivers a reply to a user outside a conversation turn. Each
// adapter implements it for its platform: it opens a DM with to.User when
// the reply asks for one, and on the terminal prints it in the running chat.
type Notifier interface {
	Notify(ctx context.Context, to Address, r Reply) error
}

// RetryAfterError is what a Notifier returns when the platform asked it to
// wait (HTTP 429 with Retry-After). The scheduler tries again no sooner, and
// sends nothing else to that platform meanwhile.
type RetryAfterError struct {
	After time.Duration
	Err   error
}

// Error says how long to wait and why.
func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("retry after %s: %v", e.After, e.Err)
}

// Unwrap returns the platform's error.
func (e *RetryAfterError) Unwrap() error { return e.Err }

// SweepStats says what one sweep did.
type SweepStats struct {
	// Claimed counts the reminders taken; Sent those delivered, Late of
	// which after LateAfter; Failed those put back for a retry; Skipped
	// those done, cancelled or changed between claim and send.
	Claimed, Sent, Late, Failed, Skipped int
}
