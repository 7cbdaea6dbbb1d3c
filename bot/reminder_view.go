package bot

import (
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
		label = TxtNoCase.In(l)
	}
	state := stateTexts[v.State]
	if v.NotSafe && v.State == StateSnoozed {
		state = lang.T("nog niet veilig", "not yet safe")
	}
	parts := []string{v.Kind.Text().In(l), label, FormatWhen(v.Due, loc, l), state.In(l)}
	return strings.Join(parts, " · ")
}

// TxtNoCase stands for the case label of a reminder set without one.
var TxtNoCase = lang.T("(geen label)", "(no label)")

// Text names what a reminder of kind k asks: "cliënt informeren" or
// "besluit vastleggen in het dossier".
func (k ReminderKind) Text() lang.Text {
	if k == KindRecord {
		return lang.T("besluit vastleggen in het dossier", "record the decision in the file")
	}
	return lang.T("cliënt informeren", "inform the client")
}

// Reasons why informing the client is not yet safe, kept as
// Reminder.ReasonCode.
const (
	ReasonInquiry = "inquiry"
	ReasonChild   = "child"
	ReasonOther   = "other"
	ReasonConsult = "consult"
	// ReasonOwn marks a reason in the user's own words, kept in
	// Reminder.Reason.
	ReasonOwn = "own"
	// ReasonNone marks a reminder put off as not yet safe whose reason is
	// not (yet) given.
	ReasonNone = "none"
)

// reasonTexts are the fixed reasons for "not yet safe".
var reasonTexts = map[string]lang.Text{
	ReasonInquiry: lang.T("onderzoek of melding loopt nog", "an inquiry or report is still under way"),
	ReasonChild:   lang.T("veiligheid van het kind", "the child's safety"),
	ReasonOther:   lang.T("veiligheid van een ander", "someone else's safety"),
	ReasonConsult: lang.T("eerst afstemmen met Veilig Thuis, Raad of GI", "first consult Veilig Thuis, the Council or the GI"),
}

// ReasonCodeText names a fixed reason code; false for any other code.
func ReasonCodeText(code string) (lang.Text, bool) {
	t, ok := reasonTexts[code]
	return t, ok
}

// ReasonText is why the reminder is not yet safe, in l: the user's own
// words or the fixed reason; "" when no reason is kept.
func (r Reminder) ReasonText(l lang.Lang) string {
	if r.ReasonCode == ReasonOwn {
		return r.Reason
	}
	if t, ok := reasonTexts[r.ReasonCode]; ok {
		return t.In(l)
	}
	return ""
}

var (
	nlWeekdays = [...]string{"zo", "ma", "di", "wo", "do", "vr", "za"}
	nlDayNames = [...]string{"Zondag", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag"}
	nlMonths   = [...]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
)

// FormatWhen shows a moment in loc: "di 3 dec 2025 09:00" or
// "Tue 3 Dec 2025 09:00".
func FormatWhen(t time.Time, loc *time.Location, l lang.Lang) string {
	t = t.In(loc)
	if l == lang.EN {
		return t.Format("Mon 2 Jan 2006 15:04")
	}
	return fmt.Sprintf("%s %d %s %d %s", nlWeekdays[t.Weekday()], t.Day(), nlMonths[t.Month()-1], t.Year(), t.Format("15:04"))
}

// DayName names the weekday of t in l, capitalised: "Maandag", "Monday".
func DayName(t time.Time, l lang.Lang) string {
	if l == lang.EN {
		return t.Weekday().String()
	}
	return nlDayNames[t.Weekday()]
}

func sprintf(t lang.Text, l lang.Lang, args ...any) string {
	return fmt.Sprintf(t.In(l), args...)
}

// plural picks one for a count of 1, else many.
func plural(n int, one, many lang.Text) lang.Text {
	if n == 1 {
		return one
	}
	return many
}
