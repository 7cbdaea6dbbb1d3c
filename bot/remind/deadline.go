package remind

import (
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

// Offer choices of a deadline reminder: a week or two days before a term
// of months, 48 or 24 hours before a term of hours.
const (
	choiceWeekBefore = "dl7"
	choice2dBefore   = "dl2"
	choice48hBefore  = "dlh48"
	choice24hBefore  = "dlh24"
)

// Texts of the deadline reminder, in our own words.
var (
	txtDeadlineOffer = lang.T(
		"*Termijn: %s, uiterlijk %s* (gerekend vanaf nu; begon de termijn eerder, kies dan zelf een moment). Zal ik je eraan herinneren?",
		"*Term: %s, by %s* (counted from now; if the term started earlier, pick a moment yourself). Shall I remind you?")
	txtChoiceWeekBefore = lang.T("Een week van tevoren", "A week before")
	txtChoice2dBefore   = lang.T("Twee dagen van tevoren", "Two days before")
	txtChoice48hBefore  = lang.T("Over 24 uur", "In 24 hours")
	txtChoice24hBefore  = lang.T("Over 48 uur", "In 48 hours")
	txtDueDeadline      = lang.T("⏰ *Herinnering: een termijn loopt af*", "⏰ *Reminder: a term is running out*")
	txtDoDeadline       = lang.T("Uiterlijk %s: %s.", "By %s: %s.")
	txtDeadlineLine     = lang.T("• Termijn: %s", "• Term: %s")
	txtOfferWhySafe     = lang.T(
		"Vertel je cliënt welke gegevens je deelde, met wie en waarom, en leg dat vast (§1.4 Dossier). Wanneer zal ik je eraan herinneren?",
		"Tell your client what you shared, with whom and why, and record it (§1.4 Dossier). When shall I remind you?")
)

// deadlineFrom is the moment a term ends, counted from the decision.
func deadlineFrom(decided time.Time, d *flows.Deadline) time.Time {
	if d == nil {
		return time.Time{}
	}
	return decided.AddDate(0, d.Months, 0).Add(time.Duration(d.Hours) * time.Hour)
}

// outcomeOf returns the flow outcome a reminder was set for, or nil. It
// reads only what code fixes (the term, whether informing may be unsafe),
// which every loaded flow set shares, so the embedded set serves.
func outcomeOf(flowID, outcomeID string) *flows.Outcome {
	f := flows.EmbeddedSet().WithID(flowID)
	if f == nil {
		return nil
	}
	return f.Outcome(outcomeID)
}

// reminderDeadline returns the end of the term a reminder is about, or the
// zero time for a reminder without one.
func reminderDeadline(rem bot.Reminder) time.Time {
	o := outcomeOf(rem.Flow, rem.Outcome)
	if o == nil || rem.Kind != bot.KindRecord {
		return time.Time{}
	}
	return deadlineFrom(rem.DecidedAt, o.Deadline)
}

// informMayBeUnsafe reports whether telling the client about this decision
// can be unsafe, so that "not yet safe" is offered.
func informMayBeUnsafe(rem bot.Reminder) bool {
	o := outcomeOf(rem.Flow, rem.Outcome)
	return rem.Kind == bot.KindInform && (o == nil || o.InformMayBeUnsafe)
}

// offerDeadline returns the question whether to be reminded of the term in
// f.Deadline (one month for an access request, three months for
// destruction, 72 hours for a data breach), with a button per moment
// before it. f.Shared says what must be done by then. The reminder is kept
// as a follow-up of the decision, so no "inform the client" follows.
func (r *Reminders) offerDeadline(lang lang.Lang, tz string, f bot.FollowUp) bot.Reply {
	loc := r.location(tz)
	text := sprintf(txtDeadlineOffer, lang, f.Shared.In(lang), bot.FormatWhen(f.Deadline, loc, lang))
	follow := encodeFollowUp(f, maxValueLen-len(offerValue(bot.KindRecord, choice48hBefore, "")))
	first, second := choiceWeekBefore, choice2dBefore
	firstLabel, secondLabel := txtChoiceWeekBefore, txtChoice2dBefore
	if f.Deadline.Sub(f.DecidedAt) < 7*24*time.Hour {
		first, second = choice48hBefore, choice24hBefore
		firstLabel, secondLabel = txtChoice48hBefore, txtChoice24hBefore
	}
	return bot.Reply{
		Text: text,
		Choices: []bot.Choice{
			{Label: firstLabel.In(lang), Value: offerValue(bot.KindRecord, first, follow)},
			{Label: secondLabel.In(lang), Value: offerValue(bot.KindRecord, second, follow)},
			{Label: txtChoiceAsk.In(lang), Value: offerValue(bot.KindRecord, choiceAsk, follow)},
			{Label: txtChoiceNo.In(lang), Value: offerValue(bot.KindRecord, choiceNo, follow)},
		},
	}
}

func isDeadlineChoice(c string) bool {
	switch c {
	case choiceWeekBefore, choice2dBefore, choice48hBefore, choice24hBefore:
		return true
	}
	return false
}
