package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"privacybot/lang"
)

// ReminderView is a reminder as the user sees it in their own data
// (`mijn-gegevens`): everything stored about it, nothing more.
type ReminderView struct {
	ID        int64         `json:"id"`
	Kind      ReminderKind  `json:"kind"`
	State     ReminderState `json:"state"`
	Case      string        `json:"case,omitempty"`
	Flow      string        `json:"flow"`
	Outcome   string        `json:"outcome"`
	SharedNL  string        `json:"shared_nl,omitempty"`
	SharedEN  string        `json:"shared_en,omitempty"`
	DecidedAt time.Time     `json:"decided_at"`
	Due       time.Time     `json:"due"`
	TZ        string        `json:"tz"`
	Attempts  int           `json:"attempts,omitempty"`
	Late      bool          `json:"late,omitempty"`
	SentAt    *time.Time    `json:"sent_at,omitempty"`
	Reason    string        `json:"reason,omitempty"`
	// NotSafe says the user put it off because informing the client was
	// not yet safe.
	NotSafe   bool      `json:"not_safe,omitempty"`
	Channel   string    `json:"channel"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Views returns every stored reminder of u, open or finished (until purged),
// soonest due first, for the user's own view of their data.
func (r *Reminders) Views(ctx context.Context, u UserKey) ([]ReminderView, error) {
	rems, err := r.store.UserReminders(ctx, u)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	views := make([]ReminderView, 0, len(rems))
	for _, rem := range rems {
		v := ReminderView{
			ID: rem.ID, Kind: rem.Kind, State: rem.State, Case: rem.Case,
			Flow: rem.Flow, Outcome: rem.Outcome, SharedNL: rem.Shared.NL, SharedEN: rem.Shared.EN,
			DecidedAt: rem.DecidedAt, Due: rem.Due, TZ: rem.TZ, Attempts: rem.Attempts, Late: rem.Late,
			Reason: reasonText(rem, lang.NL), NotSafe: rem.ReasonCode != "", Channel: rem.Channel,
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

// stateTexts name the states for the user.
var stateTexts = map[ReminderState]lang.Text{
	StateScheduled: lang.T("gepland", "scheduled"),
	StateSnoozed:   lang.T("uitgesteld", "snoozed"),
	StateSending:   lang.T("wordt verstuurd", "being sent"),
	StateSent:      lang.T("verstuurd, wacht op je antwoord", "sent, awaiting your answer"),
	StateDone:      lang.T("gedaan", "done"),
	StateCancelled: lang.T("geannuleerd", "cancelled"),
}

// Summary is one line about the reminder: what, which case, when, and its
// state ("cliënt informeren · casus A · di 3 dec 2025 09:00 · gepland").
func (v ReminderView) Summary(l lang.Lang, loc *time.Location) string {
	label := v.Case
	if label == "" {
		label = txtNoCase.In(l)
	}
	state := stateTexts[v.State]
	if v.NotSafe && v.State == StateSnoozed {
		state = lang.T("nog niet veilig", "not yet safe")
	}
	parts := []string{kindText(v.Kind).In(l), label, formatWhen(v.Due, loc, l), state.In(l)}
	return strings.Join(parts, " · ")
}
