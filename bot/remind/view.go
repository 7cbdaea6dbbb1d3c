package remind

import (
	"context"
	"fmt"

	"privacybot/bot"
	"privacybot/lang"
)

// Views returns every stored reminder of u, open or finished (until purged),
// soonest due first, for the user's own view of their data.
func (r *Reminders) Views(ctx context.Context, u bot.UserKey) ([]bot.ReminderView, error) {
	rems, err := r.store.UserReminders(ctx, u)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	views := make([]bot.ReminderView, 0, len(rems))
	for _, rem := range rems {
		v := bot.ReminderView{
			ID: rem.ID, Kind: rem.Kind, State: rem.State, Case: rem.Case,
			Flow: rem.Flow, Outcome: rem.Outcome, SharedNL: rem.Shared.NL, SharedEN: rem.Shared.EN,
			DecidedAt: rem.DecidedAt, Due: rem.Due, TZ: rem.TZ, Attempts: rem.Attempts, Late: rem.Late,
			Reason: rem.ReasonText(lang.NL), NotSafe: rem.ReasonCode != "", Channel: rem.Channel,
			CreatedAt: rem.CreatedAt, UpdatedAt: rem.UpdatedAt,
		}
		if !rem.SentAt.IsZero() {
			sent := rem.SentAt
			v.SentAt = &sent
		}
		views = append(views, v)
	}
	return views, nil
}
