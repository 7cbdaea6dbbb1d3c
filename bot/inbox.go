package bot

import (
	"context"
	"time"
)

// InboxEvent is one event a platform handed the bot (a message, a slash
// command, a button press), stored before the platform is told it arrived,
// so that work acknowledged is done also after a crash.
type InboxEvent struct {
	// ID names the event: the same for every delivery of it, so a
	// redelivered event is stored, and worked, once.
	ID       string
	Platform string
	// User is the platform's ID of the user who sent it; erased with the
	// user, dropped once the event is done.
	User string
	// Payload is what the adapter needs to work the event (it may hold
	// message text); dropped once the event is done.
	Payload []byte
	// LeaseUntil is when the adding owner's claim on a new event ends; the
	// zero time leaves it to any claimant at once.
	LeaseUntil time.Time
	// Channel, when set, is the channel whose catch-up position moves to At
	// (platform time, unix ms) when the event is stored.
	Channel string
	At      int64

	// ReceivedAt is when it was stored; Attempts counts its claims. Both
	// are set by the store.
	ReceivedAt time.Time
	Attempts   int
}

// InboxClaim asks for pending events to work.
type InboxClaim struct {
	Platform string
	// Owner is the claiming process; LeaseUntil ends its claim unless
	// renewed.
	Owner      string
	Now        time.Time
	LeaseUntil time.Time
	Limit      int
	// Restart first hands back the events Owner held that were stored at
	// or before Now, whatever their lease, so that they are claimed at
	// once: a process starting again under its old name takes back its
	// predecessor's work, and leaves alone what it stored itself since it
	// started.
	Restart bool
}

// InboxStore keeps the inbox: events stored before they are acknowledged,
// worked from the store, and marked done only after their work finished.
// An event is held by one owner at a time, under a lease; an owner that
// dies loses its events to another when the lease ends.
type InboxStore interface {
	// AddInbox stores, in one transaction, every event whose ID is not
	// known yet, pending and held by owner until its LeaseUntil, and moves
	// the catch-up positions they name forward. isNew[i] reports whether
	// events[i] was stored; false means it was seen before, pending or done.
	AddInbox(ctx context.Context, owner string, now time.Time, events []InboxEvent) (isNew []bool, err error)
	// ClaimInbox hands c.Owner up to c.Limit pending events of c.Platform
	// whose lease ended before c.Now (on restart after handing back those
	// c.Owner held that were stored by c.Now), oldest first, each held
	// until c.LeaseUntil and counted as an attempt. Of owners claiming at
	// once, each event goes to one.
	ClaimInbox(ctx context.Context, c InboxClaim) ([]InboxEvent, error)
	// RenewInbox extends to leaseUntil the lease of those of the pending
	// events ids that owner holds.
	RenewInbox(ctx context.Context, owner string, ids []string, leaseUntil time.Time) error
	// ReleaseInbox ends owner's lease on a pending event, so that the next
	// claim, by any owner, takes it.
	ReleaseInbox(ctx context.Context, id, owner string) error
	// FinishInbox marks done at now, in one transaction, those of the
	// pending events ids that owner holds, and drops their payload and
	// user; an ID stays known, so a redelivery is not stored again, until
	// Purge drops it after the dedup period. ok[i] is false when owner does
	// not hold ids[i] (another took it over, or the user was erased).
	FinishInbox(ctx context.Context, owner string, ids []string, now time.Time) (ok []bool, err error)
	// InboxPositions returns, per channel of platform, the platform time
	// (unix ms) of the latest event stored from it, to catch up from.
	InboxPositions(ctx context.Context, platform string) (map[string]int64, error)
	// SaveInboxPosition records channel, the DM of user, as followed from
	// at, unless it is followed already: a position only moves forward
	// past events stored, so that no post before it is skipped.
	SaveInboxPosition(ctx context.Context, platform, channel, user string, at int64) error
}
