package remind

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"privacybot/bot"
	"privacybot/lang"
)

// ReminderConfig tunes the reminder service.
type ReminderConfig struct {
	// Delay replaces the default "next working day 09:00" with now+Delay,
	// for trying the bot out (e.g. 10s); 0 keeps the default.
	Delay time.Duration
	// DefaultTZ is the time zone for users without one (Europe/Amsterdam).
	DefaultTZ string
	// OnScheduled, when set, is called for every reminder a user sets (for
	// metrics).
	OnScheduled func()
}

// Reminders lets a user set, list and answer reminders to inform the client
// and to record a decision in the file (§1.4 Dossier, §1.6). A user only
// ever sees and changes their own reminders. Its methods are safe for
// concurrent use.
type Reminders struct {
	store bot.ReminderBook
	audit bot.AuditStore
	now   bot.Clock
	log   *slog.Logger
	cfg   ReminderConfig
}

// NewReminders returns the reminder service. Replies it builds carry button
// values and pending answers that start with "r:". A nil log discards.
func NewReminders(store bot.ReminderBook, audit bot.AuditStore, clock bot.Clock, log *slog.Logger, cfg ReminderConfig) *Reminders {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.DefaultTZ == "" {
		cfg.DefaultTZ = "Europe/Amsterdam"
	}
	return &Reminders{store: store, audit: audit, now: clock, log: log, cfg: cfg}
}

// Offer returns the question whether to be reminded after decision f: of
// the term when f.Deadline is set (see offerDeadline), else to inform the
// client (see offerInform). It implements bot.FollowUps.
func (r *Reminders) Offer(l lang.Lang, tz string, f bot.FollowUp) []bot.Reply {
	if !f.Deadline.IsZero() {
		return []bot.Reply{r.offerDeadline(l, tz, f)}
	}
	return []bot.Reply{r.offerInform(l, tz, f)}
}

// offerInform returns the question "Remind me to inform the client" with a button
// per moment: the next working day at 09:00 in tz (or now+Delay when set),
// in 3 days, next week, a typed moment, or none. The buttons carry f, so
// nothing needs to be kept until one is pressed; each value stays under
// 2000 bytes. After the choice the user is offered a second reminder, to
// record the decision in the file.
func (r *Reminders) offerInform(lang lang.Lang, tz string, f bot.FollowUp) bot.Reply {
	why := txtOfferWhy
	if o := outcomeOf(f.Flow, f.Outcome); o != nil && !o.InformMayBeUnsafe {
		why = txtOfferWhySafe
	}
	return r.offer(bot.KindInform, lang, r.location(tz), f, txtOfferTitle.In(lang)+"\n"+why.In(lang))
}

func (r *Reminders) offer(kind bot.ReminderKind, lang lang.Lang, loc *time.Location, f bot.FollowUp, text string) bot.Reply {
	follow := encodeFollowUp(f, maxValueLen-len(offerValue(kind, choiceNext, "")))
	return bot.Reply{
		Text: text,
		Choices: []bot.Choice{
			{Label: r.defaultLabel(loc, lang), Value: offerValue(kind, choiceNext, follow)},
			{Label: txtChoice3d.In(lang), Value: offerValue(kind, choice3d, follow)},
			{Label: txtChoiceWeek.In(lang), Value: offerValue(kind, choiceWeek, follow)},
			{Label: txtChoiceAsk.In(lang), Value: offerValue(kind, choiceAsk, follow)},
			{Label: txtChoiceNo.In(lang), Value: offerValue(kind, choiceNo, follow)},
		},
	}
}

func (r *Reminders) defaultLabel(loc *time.Location, lang lang.Lang) string {
	if r.cfg.Delay > 0 {
		return sprintf(txtChoiceDelay, lang, formatDelay(r.cfg.Delay))
	}
	now := r.now().In(loc)
	next := nextWorkday(now, loc)
	tomorrow := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, loc)
	if next.Year() == tomorrow.Year() && next.YearDay() == tomorrow.YearDay() {
		return txtChoiceTomorrow.In(lang)
	}
	return sprintf(txtChoiceWeekday, lang, bot.DayName(next, lang))
}

// HandleAction handles a pressed button whose value is the service's (see
// handleAction). pending is the conversation's Pending: a question of the
// service is replaced by the one the button asks, or cleared; an open
// question of another kind stays unless the button asks one. It
// implements bot.FollowUps.
func (r *Reminders) HandleAction(ctx context.Context, m bot.Message, pending string, l lang.Lang, tz string) (bot.FollowUpAnswer, error) {
	replies, next, handled, err := r.handleAction(ctx, m, l, tz)
	if err != nil || !handled {
		return bot.FollowUpAnswer{Handled: handled, Replies: replies}, err
	}
	if next == "" && !strings.HasPrefix(pending, valuePrefix) {
		next = pending
	}
	return bot.FollowUpAnswer{Handled: true, Replies: replies, Pending: next}, nil
}

// Stops reports whether text ends the service's question in pending: a
// stop word ("stop", "laat maar", "cancel") where a moment, a number of
// days or a reason is asked. It implements bot.FollowUps.
func (r *Reminders) Stops(pending, text string) bool {
	return strings.HasPrefix(pending, valuePrefix) && isStopWord(text)
}

// HandleText reads typed text as the answer to the service's question in
// pending (see handleText); it is not handled when pending is not the
// service's. When the text is no answer but a new question, the answer
// asks to read it afresh; a question typed where a reason was asked is
// then answered with a notice that it was not kept as the reason. It
// implements bot.FollowUps.
func (r *Reminders) HandleText(ctx context.Context, m bot.Message, pending string, l lang.Lang, tz string) (bot.FollowUpAnswer, error) {
	if !strings.HasPrefix(pending, valuePrefix) {
		return bot.FollowUpAnswer{}, nil
	}
	replies, next, err := r.handleText(ctx, m, pending, l, tz)
	if err != nil {
		return bot.FollowUpAnswer{}, err
	}
	if len(replies) == 0 {
		a := bot.FollowUpAnswer{Handled: true, Afresh: true}
		if strings.HasPrefix(pending, valuePrefix+"nsr:") {
			a.Notice = txtReasonDropped.In(l)
		}
		return a, nil
	}
	return bot.FollowUpAnswer{Handled: true, Replies: replies, Pending: next}, nil
}

// DigestWhen says when the weekly digest on cron spec, read in the default
// zone, comes in the user's zone tz (see describeSchedule). It implements
// bot.FollowUps.
func (r *Reminders) DigestWhen(spec, tz string, l lang.Lang) string {
	return describeSchedule(spec, r.location(r.cfg.DefaultTZ), r.location(tz), r.now(), l)
}

// handleAction handles a button whose value starts with "r:": an offer's
// choice, Done / Later / Not yet safe / Cancel on a reminder and their
// follow-up choices, or "show reminders". handled is false for any other
// value. An action on a reminder that is not the user's is refused, logged
// without text and audited as "reminder.refused".
//
// newPending is the typed answer now awaited (a moment, a number of days, a
// reason): store it as Conversation.Pending and hand the next text to
// handleText. When it is "", no reminder answer is awaited: clear a pending
// value that starts with "r:".
func (r *Reminders) handleAction(ctx context.Context, m bot.Message, lang lang.Lang, tz string) (replies []bot.Reply, newPending string, handled bool, err error) {
	if !strings.HasPrefix(m.Action, valuePrefix) {
		return nil, "", false, nil
	}
	a, ok := parseAction(m.Action)
	if !ok {
		r.log.InfoContext(ctx, "reminder button not understood", "platform", m.Platform)
		return say(txtBadButton, lang), "", true, nil
	}
	loc := r.location(tz)
	switch a.verb {
	case "list":
		replies, err = r.List(ctx, m.UserKey(), lang, tz)
		return replies, "", true, err
	case "o":
		replies, newPending, err = r.chooseOffer(ctx, m, a, lang, loc)
		return replies, newPending, true, err
	case "a":
		replies, newPending, err = r.act(ctx, m, a, lang, loc)
		return replies, newPending, true, err
	case "nd":
		replies, newPending, err = r.askReason(ctx, m, a.id, a.days, lang, loc)
		return replies, newPending, true, err
	case "nr":
		replies, err = r.notSafe(ctx, m, a.id, a.days, a.reason, "", lang, loc)
		return replies, "", true, err
	}
	return say(txtBadButton, lang), "", true, nil
}

// handleText reads the answer the user typed to a question of the service:
// pending is the value handleAction or handleText returned. It reads a
// moment ("morgen 14:00", "3-12 10:00", "vrijdag", "over 2 uur", "tomorrow
// 2pm"), a number of days, or a short reason for "not yet safe". On input
// it cannot use it explains in the user's language, changes nothing and
// keeps pending. "stop" clears pending. m.Text should already be redacted of
// personal data by the core; a typed reason is stored with the reminder for
// the user's file note and never logged. Nil replies mean pending was not
// the service's, or the text is a new question rather than an answer:
// handle the text as usual.
func (r *Reminders) handleText(ctx context.Context, m bot.Message, pending string, lang lang.Lang, tz string) (replies []bot.Reply, newPending string, err error) {
	a, ok := parseAction(pending)
	if !ok || (a.verb != "at" && a.verb != "nsd" && a.verb != "nsr") {
		return nil, "", nil
	}
	if isStopWord(m.Text) {
		if a.verb == "nsr" {
			return say(txtReasonSkipped, lang), "", nil
		}
		return say(txtStopped, lang), "", nil
	}
	loc := r.location(tz)
	switch a.verb {
	case "at":
		due, err := parseWhen(m.Text, r.now(), loc)
		switch {
		case errors.Is(err, errWhenPast):
			return say(txtWhenPast, lang), pending, nil
		case errors.Is(err, errWhenTooFar):
			return say(txtWhenTooFar, lang), pending, nil
		case err != nil && looksLikeQuestion(m.Text):
			return nil, "", nil
		case err != nil:
			return say(txtWhenUnknown, lang), pending, nil
		}
		replies, err = r.create(ctx, m, a.kind, a.follow, due, lang, loc)
		return replies, "", err
	case "nsd":
		days, ok := parseDays(m.Text)
		if !ok && looksLikeQuestion(m.Text) {
			return nil, "", nil
		}
		if !ok {
			return say(txtDaysBad, lang), pending, nil
		}
		return r.askReason(ctx, m, a.id, days, lang, loc)
	default:
		if looksLikeNewQuestion(m.Text) {
			return nil, "", nil
		}
		reason, ok := cleanReason(m.Text)
		if !ok {
			return say(txtReasonBad, lang), pending, nil
		}
		replies, err = r.notSafe(ctx, m, a.id, a.days, bot.ReasonOwn, reason, lang, loc)
		return replies, "", err
	}
}

// looksLikeQuestion reports whether text that is no moment or number of
// days is rather a new question (three words or more): the question asked
// is then dropped and the text read afresh, so nobody gets stuck in it.
func looksLikeQuestion(text string) bool { return wordCount(text) >= 3 }

// maxListed bounds the reminders List shows at once.
const maxListed = 20

// List returns one reply per open reminder of u (at most 20, then a note of
// how many more), each with the action buttons, or one friendly reply when
// nothing is open. The replies ask for a direct message.
func (r *Reminders) List(ctx context.Context, u bot.UserKey, lang lang.Lang, tz string) ([]bot.Reply, error) {
	open, err := r.store.OpenReminders(ctx, u)
	if err != nil {
		return nil, fmt.Errorf("list reminders: %w", err)
	}
	if len(open) == 0 {
		return []bot.Reply{{Text: txtNothingOpen.In(lang), Direct: true}}, nil
	}
	loc := r.location(tz)
	shown := min(len(open), maxListed)
	replies := make([]bot.Reply, 0, shown+1)
	for i, rem := range open[:shown] {
		text := sprintf(txtListHeading, lang, i+1, len(open)) + "\n" + describe(rem, lang, loc, true)
		replies = append(replies, bot.Reply{Text: text, Choices: actionChoices(rem, lang), Direct: true})
	}
	if len(open) > shown {
		replies = append(replies, bot.Reply{Text: sprintf(txtListMore, lang, len(open)-shown), Direct: true})
	}
	return replies, nil
}

func (r *Reminders) chooseOffer(ctx context.Context, m bot.Message, a action, lang lang.Lang, loc *time.Location) ([]bot.Reply, string, error) {
	now := r.now()
	var due time.Time
	switch a.choice {
	case choiceNo:
		return r.withRecordOffer(a.kind, say(txtNoneSet, lang), lang, loc, a.follow), "", nil
	case choiceAsk:
		return say(txtAskWhen, lang), askPending(a.kind, encodeFollowUp(a.follow, maxValueLen)), nil
	case choice3d:
		due = workdaysOn(now, loc, 3)
	case choiceWeek:
		due = nextWeek(now, loc)
	case choiceWeekBefore, choice2dBefore, choice48hBefore, choice24hBefore:
		var ok bool
		if due, ok = deadlineDue(a.choice, a.follow, now, loc); !ok {
			due = r.defaultDue(now, loc)
		}
	default:
		due = r.defaultDue(now, loc)
	}
	replies, err := r.create(ctx, m, a.kind, a.follow, due, lang, loc)
	return replies, "", err
}

// create stores a new reminder and confirms it; after the inform reminder
// it offers the record reminder.
func (r *Reminders) create(ctx context.Context, m bot.Message, kind bot.ReminderKind, f bot.FollowUp, due time.Time, lang lang.Lang, loc *time.Location) ([]bot.Reply, error) {
	now := r.now().UTC()
	rem := bot.Reminder{
		Address:     m.Address,
		Kind:        kind,
		Case:        f.Case,
		Flow:        f.Flow,
		Outcome:     f.Outcome,
		Shared:      f.Shared,
		DecidedAt:   f.DecidedAt.UTC(),
		Lang:        lang,
		TZ:          loc.String(),
		State:       bot.StateScheduled,
		Due:         due.UTC(),
		NextAttempt: due.UTC(),
	}
	err := r.createReminder(ctx, &rem, auditOf(rem, bot.AuditReminderSet, string(kind), now))
	if errors.Is(err, bot.ErrDuplicate) {
		return say(txtAlreadySet, lang), nil
	}
	if err != nil {
		return nil, fmt.Errorf("set reminder: %w", err)
	}
	if r.cfg.OnScheduled != nil {
		r.cfg.OnScheduled()
	}
	what := kind.Text().In(lang)
	if !f.Deadline.IsZero() {
		what = f.Shared.In(lang)
	}
	confirm := say(txtSet, lang, bot.FormatWhen(due, loc, lang), what)
	return r.withRecordOffer(kind, confirm, lang, loc, f), nil
}

func (r *Reminders) withRecordOffer(kind bot.ReminderKind, replies []bot.Reply, lang lang.Lang, loc *time.Location, f bot.FollowUp) []bot.Reply {
	if kind != bot.KindInform {
		return replies
	}
	return append(replies, r.offer(bot.KindRecord, lang, loc, f, txtRecordOffer.In(lang)))
}

func (r *Reminders) act(ctx context.Context, m bot.Message, a action, lang lang.Lang, loc *time.Location) ([]bot.Reply, string, error) {
	now := r.now()
	switch a.act {
	case actNotSafe:
		if replies, err := r.checkOwned(ctx, m, a.id, lang); replies != nil || err != nil {
			return replies, "", err
		}
		choices := make([]bot.Choice, 0, len(notSafeDays))
		for _, d := range notSafeDays {
			choices = append(choices, bot.Choice{Label: sprintf(txtDaysChoice, lang, d), Value: notSafeDaysValue(a.id, d)})
		}
		return []bot.Reply{{Text: txtAskDays.In(lang), Choices: choices}}, daysPending(a.id), nil
	case actDone:
		rem, replies, err := r.mutate(ctx, m, a.id, lang, func(rem *bot.Reminder) bot.AuditEntry {
			rem.State = bot.StateDone
			return auditOf(*rem, bot.AuditReminderDone, "", now)
		})
		if replies != nil || err != nil {
			return replies, "", err
		}
		text := txtDoneOK.In(lang)
		if rem.Kind == bot.KindInform {
			text += " " + txtDoneRecord.In(lang)
		}
		return []bot.Reply{{Text: text}}, "", nil
	case actCancel:
		_, replies, err := r.mutate(ctx, m, a.id, lang, func(rem *bot.Reminder) bot.AuditEntry {
			rem.State = bot.StateCancelled
			return auditOf(*rem, bot.AuditReminderCancelled, "", now)
		})
		if replies != nil || err != nil {
			return replies, "", err
		}
		return say(txtCancelledOK, lang), "", nil
	}
	due, detail := now.Add(time.Hour), "1h"
	switch a.act {
	case actTomorrow:
		due, detail = nextWorkday(now, loc), "tomorrow"
	case actWeek:
		due, detail = nextWeek(now, loc), "next week"
	}
	_, replies, err := r.mutate(ctx, m, a.id, lang, func(rem *bot.Reminder) bot.AuditEntry {
		reschedule(rem, due)
		return auditOf(*rem, bot.AuditReminderSnoozed, detail, now)
	})
	if replies != nil || err != nil {
		return replies, "", err
	}
	return say(txtSnoozed, lang, bot.FormatWhen(due, loc, lang)), "", nil
}

// askReason puts the reminder off by days, at 09:00 on a working day, as
// not yet safe, and then asks why. The delay holds whether or not a reason
// follows.
func (r *Reminders) askReason(ctx context.Context, m bot.Message, id int64, days int, lang lang.Lang, loc *time.Location) ([]bot.Reply, string, error) {
	now := r.now()
	due := workdaysOn(now, loc, days)
	_, replies, err := r.mutate(ctx, m, id, lang, func(rem *bot.Reminder) bot.AuditEntry {
		reschedule(rem, due)
		rem.ReasonCode, rem.Reason = bot.ReasonNone, ""
		return auditOf(*rem, bot.AuditReminderNotSafe, fmt.Sprintf("%d days", days), now)
	})
	if replies != nil || err != nil {
		return replies, "", err
	}
	choices := make([]bot.Choice, 0, len(reasonOrder))
	for _, code := range reasonOrder {
		label, _ := bot.ReasonCodeText(code)
		choices = append(choices, bot.Choice{Label: label.In(lang), Value: notSafeReasonValue(id, days, code)})
	}
	text := sprintf(txtNotSafeDelay, lang, bot.FormatWhen(due, loc, lang)) + "\n" + txtAskReason.In(lang)
	return []bot.Reply{{Text: text, Choices: choices}}, reasonPending(id, days), nil
}

// notSafe keeps the reason why the reminder is not yet safe, for the file
// note. A reminder not yet put off (a reason button from before the delay
// was set at once) is put off by days first.
func (r *Reminders) notSafe(ctx context.Context, m bot.Message, id int64, days int, code, reason string, lang lang.Lang, loc *time.Location) ([]bot.Reply, error) {
	now := r.now()
	rem, replies, err := r.mutate(ctx, m, id, lang, func(rem *bot.Reminder) bot.AuditEntry {
		detail := "reason " + code
		if rem.ReasonCode == "" {
			reschedule(rem, workdaysOn(now, loc, days))
			detail = fmt.Sprintf("%d days; reason %s", days, code)
		}
		rem.ReasonCode, rem.Reason = code, reason
		return auditOf(*rem, bot.AuditReminderNotSafe, detail, now)
	})
	if replies != nil || err != nil {
		return replies, err
	}
	return say(txtNotSafeOK, lang, rem.ReasonText(lang), bot.FormatWhen(rem.Due, loc, lang)), nil
}

// looksLikeNewQuestion reports whether text typed where a reason is asked
// is rather a question or command: it ends with a question mark or starts
// with a question word. Such text is answered, not kept as the reason.
func looksLikeNewQuestion(text string) bool {
	text = strings.TrimSpace(text)
	if strings.HasSuffix(text, "?") {
		return true
	}
	first, _, _ := strings.Cut(strings.ToLower(text), " ")
	return questionWords[strings.Trim(first, ",.:!")]
}

// questionWords start a question in Dutch or English, rarely a reason.
var questionWords = map[string]bool{
	"mag": true, "mogen": true, "moet": true, "moeten": true, "kan": true, "kun": true, "kunnen": true,
	"wie": true, "wat": true, "wanneer": true, "waar": true, "waarom": true, "hoe": true, "welke": true,
	"may": true, "can": true, "must": true, "should": true, "who": true, "what": true, "when": true,
	"where": true, "why": true, "how": true, "which": true, "do": true, "does": true,
}

// reschedule gives rem a new due time: snoozed, attempts and lateness reset.
func reschedule(rem *bot.Reminder, due time.Time) {
	rem.State = bot.StateSnoozed
	rem.Due, rem.NextAttempt = due.UTC(), due.UTC()
	rem.LeaseUntil, rem.SentAt = time.Time{}, time.Time{}
	rem.Attempts, rem.Late = 0, false
}

// maxMutateTries bounds the retries when the sweep changes a reminder while
// the user acts on it.
const maxMutateTries = 3

// mutate loads the user's open reminder, applies change and saves it with
// the audit entry change returns. When the reminder is not the user's, or
// no longer open, it returns the replies that say so and changes nothing.
func (r *Reminders) mutate(ctx context.Context, m bot.Message, id int64, lang lang.Lang, change func(*bot.Reminder) bot.AuditEntry) (bot.Reminder, []bot.Reply, error) {
	for range maxMutateTries {
		rem, replies, err := r.owned(ctx, m, id, lang)
		if replies != nil || err != nil {
			return rem, replies, err
		}
		e := change(&rem)
		err = r.updateReminder(ctx, &rem, e)
		if errors.Is(err, bot.ErrConflict) {
			continue
		}
		if err != nil {
			return rem, nil, fmt.Errorf("update reminder: %w", err)
		}
		return rem, nil, nil
	}
	return bot.Reminder{}, nil, fmt.Errorf("update reminder %d: %w", id, bot.ErrConflict)
}

func (r *Reminders) checkOwned(ctx context.Context, m bot.Message, id int64, lang lang.Lang) ([]bot.Reply, error) {
	_, replies, err := r.owned(ctx, m, id, lang)
	return replies, err
}

// owned loads reminder id for the user who sent m. It returns replies
// instead when the reminder is missing, someone else's (refused, logged
// and audited) or no longer open.
func (r *Reminders) owned(ctx context.Context, m bot.Message, id int64, lang lang.Lang) (bot.Reminder, []bot.Reply, error) {
	rem, ok, err := r.store.Reminder(ctx, id)
	if err != nil {
		return rem, nil, fmt.Errorf("load reminder: %w", err)
	}
	if !ok {
		return rem, say(txtNotYours, lang), nil
	}
	if rem.UserKey() != m.UserKey() {
		return bot.Reminder{}, say(txtNotYours, lang), r.refuse(ctx, m, id)
	}
	if !rem.State.Open() {
		return rem, say(txtClosed, lang), nil
	}
	return rem, nil, nil
}

func (r *Reminders) refuse(ctx context.Context, m bot.Message, id int64) error {
	r.log.WarnContext(ctx, "refused action on another user's reminder", "reminder", id, "platform", m.Platform)
	e := bot.AuditEntry{UserKey: m.UserKey(), At: r.now().UTC(), Action: bot.AuditReminderRefused, Reminder: id, Detail: "not owner"}
	if err := r.appendAudit(ctx, e); err != nil {
		return fmt.Errorf("audit refused reminder action: %w", err)
	}
	return nil
}

func (r *Reminders) location(tz string) *time.Location {
	return loadLocation(tz, r.cfg.DefaultTZ)
}

var stopWords = map[string]bool{
	"stop": true, "annuleer": true, "annuleren": true, "cancel": true, "laat maar": true,
	"nee": true, "no": true, "never mind": true, "nevermind": true,
}

func isStopWord(s string) bool {
	n, ok := normalizeTyped(s)
	return ok && stopWords[strings.TrimRight(n, ".")]
}

// actionChoices are the buttons under a sent or listed reminder. "Not yet
// safe" is about informing the client and comes only where telling
// the client can be unsafe, so a reminder to record the decision does not
// offer it.
func actionChoices(rem bot.Reminder, lang lang.Lang) []bot.Choice {
	id := rem.ID
	choices := []bot.Choice{
		{Label: txtBtnDone.In(lang), Value: actValue(id, actDone)},
		{Label: txtBtnHour.In(lang), Value: actValue(id, actHour)},
		{Label: txtBtnTomorrow.In(lang), Value: actValue(id, actTomorrow)},
		{Label: txtBtnWeek.In(lang), Value: actValue(id, actWeek)},
	}
	if informMayBeUnsafe(rem) {
		choices = append(choices, bot.Choice{Label: txtBtnNotSafe.In(lang), Value: actValue(id, actNotSafe)})
	}
	return append(choices, bot.Choice{Label: txtBtnCancel.In(lang), Value: actValue(id, actCancel)})
}

// describe lists a reminder's case, share and decision time, the reason it
// was not yet safe and, in a list, its kind and its planned time or state.
func describe(rem bot.Reminder, lang lang.Lang, loc *time.Location, listing bool) string {
	label := rem.Case
	if label == "" {
		label = bot.TxtNoCase.In(lang)
	}
	var lines []string
	if listing {
		lines = append(lines, "⏰ "+rem.Kind.Text().In(lang))
	}
	lines = append(lines, sprintf(txtCase, lang, label))
	switch end := reminderDeadline(rem); {
	case !end.IsZero():
		lines = append(lines, sprintf(txtDeadlineLine, lang, sprintf(txtDoDeadline, lang, bot.FormatWhen(end, loc, lang), rem.Shared.In(lang))))
	case rem.Shared.In(lang) != "":
		lines = append(lines, sprintf(txtShared, lang, rem.Shared.In(lang)))
	}
	lines = append(lines, sprintf(txtDecided, lang, bot.FormatWhen(rem.DecidedAt, loc, lang)))
	if listing {
		if rem.State == bot.StateSent {
			lines = append(lines, txtStateSent.In(lang))
		} else {
			lines = append(lines, sprintf(txtDue, lang, bot.FormatWhen(rem.Due, loc, lang)))
		}
	}
	if reason := rem.ReasonText(lang); reason != "" {
		lines = append(lines, sprintf(txtReasonKept, lang, reason))
	} else if rem.ReasonCode == bot.ReasonNone {
		lines = append(lines, txtStateNotSafe.In(lang))
	}
	return strings.Join(lines, "\n")
}

// reminderMessage is the direct message sent when a reminder falls due.
func reminderMessage(rem bot.Reminder, lang lang.Lang, loc *time.Location, late bool) bot.Reply {
	title, do := txtDueInform.In(lang), txtDoInform.In(lang)
	if rem.Kind == bot.KindRecord {
		title, do = txtDueRecord.In(lang), txtDoRecord.In(lang)
	}
	if end := reminderDeadline(rem); !end.IsZero() {
		title, do = txtDueDeadline.In(lang), sprintf(txtDoDeadline, lang, bot.FormatWhen(end, loc, lang), rem.Shared.In(lang))
	}
	parts := []string{title}
	if late {
		parts = append(parts, txtLate.In(lang))
	}
	parts = append(parts, describe(rem, lang, loc, false), do)
	return bot.Reply{Text: strings.Join(parts, "\n"), Choices: actionChoices(rem, lang), Direct: true}
}

// auditOf builds the audit entry of a change to rem.
func auditOf(rem bot.Reminder, action, detail string, at time.Time) bot.AuditEntry {
	return bot.AuditEntry{
		UserKey:  rem.UserKey(),
		At:       at.UTC(),
		Action:   action,
		Flow:     rem.Flow,
		Outcome:  rem.Outcome,
		Reminder: rem.ID,
		Detail:   detail,
	}
}

func say(t lang.Text, lang lang.Lang, args ...any) []bot.Reply {
	if len(args) == 0 {
		return []bot.Reply{{Text: t.In(lang)}}
	}
	return []bot.Reply{{Text: sprintf(t, lang, args...)}}
}

var locations sync.Map

// loadLocation returns the time zone named tz, else fallback, else UTC.
// Zones are loaded once.
func loadLocation(tz, fallback string) *time.Location {
	for _, name := range []string{tz, fallback} {
		if name == "" {
			continue
		}
		if loc, ok := locations.Load(name); ok {
			return loc.(*time.Location)
		}
		if loc, err := time.LoadLocation(name); err == nil {
			locations.Store(name, loc)
			return loc
		}
	}
	return time.UTC
}
