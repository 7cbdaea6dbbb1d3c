package remind

import (
	"context"

	"privacybot/bot"
)

// createReminder stores a new reminder with its audit entry, or, inside a
// turn, adds it to the turn's writes after checking that no open reminder
// of the user is the same (bot.ErrDuplicate).
func (r *Reminders) createReminder(ctx context.Context, rem *bot.Reminder, e bot.AuditEntry) error {
	w := bot.WritesOf(ctx)
	if w == nil {
		return r.store.CreateReminder(ctx, rem, e)
	}
	open, err := r.store.OpenReminders(ctx, rem.UserKey())
	if err != nil {
		return err
	}
	for _, o := range open {
		if sameDecision(o, *rem) {
			return bot.ErrDuplicate
		}
	}
	w.Reminders = append(w.Reminders, bot.ReminderWrite{Reminder: rem, Audit: e})
	return nil
}

// sameDecision reports whether a and b remind of the same thing: the
// duplicate CreateReminder refuses.
func sameDecision(a, b bot.Reminder) bool {
	return a.Kind == b.Kind && a.Flow == b.Flow && a.Outcome == b.Outcome && a.Case == b.Case &&
		a.DecidedAt.UnixMilli() == b.DecidedAt.UnixMilli()
}

// updateReminder saves a changed reminder with its audit entry, or, inside
// a turn, adds it to the turn's writes; the version is then checked when
// the turn commits.
func (r *Reminders) updateReminder(ctx context.Context, rem *bot.Reminder, e bot.AuditEntry) error {
	if w := bot.WritesOf(ctx); w != nil {
		w.Reminders = append(w.Reminders, bot.ReminderWrite{Reminder: rem, Audit: e})
		return nil
	}
	return r.store.UpdateReminder(ctx, rem, e)
}

// appendAudit appends e, or, inside a turn, adds it to the turn's writes.
func (r *Reminders) appendAudit(ctx context.Context, e bot.AuditEntry) error {
	if w := bot.WritesOf(ctx); w != nil {
		w.Audit = append(w.Audit, e)
		return nil
	}
	return r.audit.AppendAudit(ctx, e)
}

var _ bot.FollowUps = (*Reminders)(nil)
