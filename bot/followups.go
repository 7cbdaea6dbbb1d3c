package bot

import (
	"context"
	"time"

	"privacybot/flows"
	"privacybot/lang"
)

// FollowUp is what the core knows at the end of a flow that shared data.
type FollowUp struct {
	// Case is the user's own label for the case, never a client's name.
	Case          string
	Flow, Outcome string
	// Shared says what was shared with whom, in the bot's words.
	Shared    lang.Text
	DecidedAt time.Time
	// Deadline is the end of the legal term the decision started (one
	// month to answer an access request); zero when there is none.
	Deadline time.Time
}

// DeadlineFrom is the moment a legal term ends, counted from the decision;
// zero when there is no term.
func DeadlineFrom(decided time.Time, d *flows.Deadline) time.Time {
	if d == nil {
		return time.Time{}
	}
	return decided.AddDate(0, d.Months, 0).Add(time.Duration(d.Hours) * time.Hour)
}

// FollowUps is the service that reminds a user of what a decision asks of
// them afterwards: to inform the client, to record the decision in the
// file, to act before a legal term ends. The core offers it at an outcome
// and hands it the buttons and typed answers that are its own. Its button
// values and its questions (kept as Conversation.Pending) are its own
// protocol: the core stores them without reading them. Changes it makes
// while a turn is handled go into that turn's writes (see WritesOf).
type FollowUps interface {
	// Offer returns the question whether to be reminded after decision f
	// (of the term when f.Deadline is set), or nothing.
	Offer(l lang.Lang, tz string, f FollowUp) []Reply
	// HandleAction handles a pressed button; Handled is false when the
	// button is not the service's. pending is the conversation's Pending.
	HandleAction(ctx context.Context, m Message, pending string, l lang.Lang, tz string) (FollowUpAnswer, error)
	// Stops reports whether text ends the service's question in pending
	// ("stop" where a moment is asked). The core then hands text to
	// HandleText before it reads it as a command.
	Stops(pending, text string) bool
	// HandleText reads typed text m.Text, already redacted, as the answer
	// to the service's question in pending; Handled is false when pending
	// is not the service's.
	HandleText(ctx context.Context, m Message, pending string, l lang.Lang, tz string) (FollowUpAnswer, error)
	// List returns the user's open reminders with their buttons.
	List(ctx context.Context, u UserKey, l lang.Lang, tz string) ([]Reply, error)
	// Views returns every stored reminder of u, for the user's own data.
	Views(ctx context.Context, u UserKey) ([]ReminderView, error)
	// DigestWhen says when the weekly digest on cron spec comes, in the
	// user's zone tz ("maandag 09:00").
	DigestWhen(spec, tz string, l lang.Lang) string
}

// FollowUpAnswer is what the follow-ups made of a button or typed text.
type FollowUpAnswer struct {
	// Handled is false when the button or question is not the service's:
	// the core handles the message as usual.
	Handled bool
	Replies []Reply
	// Pending is what Conversation.Pending becomes.
	Pending string
	// Afresh asks the core to drop the question and read the text afresh,
	// as a new message, showing Notice (when not "") first.
	Afresh bool
	Notice string
}

// noFollowUps stands in when no follow-up service is wired: it offers
// nothing, handles nothing and says that reminders are switched off.
type noFollowUps struct{}

func (noFollowUps) Offer(lang.Lang, string, FollowUp) []Reply { return nil }

func (noFollowUps) HandleAction(context.Context, Message, string, lang.Lang, string) (FollowUpAnswer, error) {
	return FollowUpAnswer{}, nil
}

func (noFollowUps) Stops(string, string) bool { return false }

func (noFollowUps) HandleText(context.Context, Message, string, lang.Lang, string) (FollowUpAnswer, error) {
	return FollowUpAnswer{}, nil
}

func (noFollowUps) List(_ context.Context, _ UserKey, l lang.Lang, _ string) ([]Reply, error) {
	return []Reply{{Text: lang.T("Herinneringen staan uit.", "Reminders are switched off.").In(l)}}, nil
}

func (noFollowUps) Views(context.Context, UserKey) ([]ReminderView, error) {
	return []ReminderView{}, nil
}

func (noFollowUps) DigestWhen(spec, _ string, _ lang.Lang) string { return spec }
