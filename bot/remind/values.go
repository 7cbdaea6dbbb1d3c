package remind

import (
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"privacybot/bot"
	"privacybot/lang"
)

// Button values and pending answers of the reminder service. Each starts
// with "r:"; the parts are separated by ":" and none holds a ":" itself
// (the follow-up travels as unpadded base64url).
//
//	r:o:<kind>:<choice>:<follow-up>   an offer's choice (kind i|d, choice next|3d|week|ask|no)
//	r:a:<id>:<act>                    an action on a reminder (done|1h|tmr|week|ns|x)
//	r:nd:<id>:<days>                  "not yet safe": ask again after days
//	r:nr:<id>:<days>:<reason>         "not yet safe": the reason, from a fixed list
//	r:list                            show the open reminders
//
// Pending answers (stored as Conversation.Pending while the bot waits):
//
//	r:at:<kind>:<follow-up>           a typed moment for an offer
//	r:nsd:<id>                        a typed number of days
//	r:nsr:<id>:<days>                 a typed reason
const valuePrefix = "r:"

// maxValueLen is the longest button value the service produces; platforms
// allow 2000 bytes.
const maxValueLen = 1900

// Offer choices.
const (
	choiceNext = "next"
	choice3d   = "3d"
	choiceWeek = "week"
	choiceAsk  = "ask"
	choiceNo   = "no"
)

// Actions on a sent or listed reminder.
const (
	actDone     = "done"
	actHour     = "1h"
	actTomorrow = "tmr"
	actWeek     = "week"
	actNotSafe  = "ns"
	actCancel   = "x"
)

// notSafeDays are the offered "ask again in N days" choices.
var notSafeDays = []int{3, 7, 14}

// action is a parsed button value or pending answer.
type action struct {
	verb   string
	kind   bot.ReminderKind
	choice string
	follow bot.FollowUp
	id     int64
	act    string
	days   int
	reason string
}

var idRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// Bounds on what a follow-up carries through a button.
const (
	maxCaseRunes   = 80
	maxSharedRunes = 400
)

// followWire is the follow-up as it travels in a button value.
type followWire struct {
	Flow     string `json:"f"`
	Outcome  string `json:"o"`
	Decided  int64  `json:"t"`
	Case     string `json:"c,omitempty"`
	SharedNL string `json:"n,omitempty"`
	SharedEN string `json:"e,omitempty"`
	Deadline int64  `json:"d,omitempty"`
}

// encodeFollowUp packs f into at most budget bytes of base64url, shortening
// the shared text and then the case label when needed.
func encodeFollowUp(f bot.FollowUp, budget int) string {
	w := followWire{
		Flow:     f.Flow,
		Outcome:  f.Outcome,
		Decided:  f.DecidedAt.Unix(),
		Case:     cleanLabel(f.Case, maxCaseRunes),
		SharedNL: cleanLabel(f.Shared.NL, maxSharedRunes),
		SharedEN: cleanLabel(f.Shared.EN, maxSharedRunes),
	}
	if !f.Deadline.IsZero() {
		w.Deadline = f.Deadline.Unix()
	}
	limit := maxSharedRunes
	for {
		b, err := json.Marshal(w)
		if err != nil {
			return ""
		}
		enc := base64.RawURLEncoding.EncodeToString(b)
		if len(enc) <= budget || (w.SharedNL == "" && w.SharedEN == "" && w.Case == "") {
			return enc
		}
		switch {
		case w.SharedNL != "" || w.SharedEN != "":
			limit /= 2
			w.SharedNL = bot.TruncateRunes(w.SharedNL, limit)
			w.SharedEN = bot.TruncateRunes(w.SharedEN, limit)
		default:
			w.Case = bot.TruncateRunes(w.Case, utf8.RuneCountInString(w.Case)/2)
		}
	}
}

// decodeFollowUp unpacks a follow-up from a button value; false when it is
// malformed or out of bounds.
func decodeFollowUp(s string) (bot.FollowUp, bool) {
	if len(s) > maxValueLen {
		return bot.FollowUp{}, false
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return bot.FollowUp{}, false
	}
	var w followWire
	if err := json.Unmarshal(b, &w); err != nil {
		return bot.FollowUp{}, false
	}
	if !idRe.MatchString(w.Flow) || !idRe.MatchString(w.Outcome) {
		return bot.FollowUp{}, false
	}
	decided := time.Unix(w.Decided, 0).UTC()
	if decided.Year() < 2018 || decided.Year() > 2200 {
		return bot.FollowUp{}, false
	}
	f := bot.FollowUp{
		Case:      cleanLabel(w.Case, maxCaseRunes),
		Flow:      w.Flow,
		Outcome:   w.Outcome,
		Shared:    lang.T(cleanLabel(w.SharedNL, maxSharedRunes), cleanLabel(w.SharedEN, maxSharedRunes)),
		DecidedAt: decided,
	}
	if w.Deadline != 0 {
		end := time.Unix(w.Deadline, 0).UTC()
		if end.Before(decided) || end.After(decided.AddDate(1, 0, 0)) {
			return bot.FollowUp{}, false
		}
		f.Deadline = end
	}
	return f, true
}

// cleanLabel makes a label safe to show and store: valid UTF-8, no control
// characters, single spaces, at most n runes.
func cleanLabel(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return bot.TruncateRunes(strings.Join(strings.Fields(s), " "), n)
}

func kindCode(k bot.ReminderKind) string {
	if k == bot.KindRecord {
		return "d"
	}
	return "i"
}

func kindFromCode(c string) (bot.ReminderKind, bool) {
	switch c {
	case "i":
		return bot.KindInform, true
	case "d":
		return bot.KindRecord, true
	}
	return "", false
}

func offerValue(k bot.ReminderKind, choice, follow string) string {
	return valuePrefix + "o:" + kindCode(k) + ":" + choice + ":" + follow
}

func askPending(k bot.ReminderKind, follow string) string {
	return valuePrefix + "at:" + kindCode(k) + ":" + follow
}

func actValue(id int64, act string) string {
	return valuePrefix + "a:" + strconv.FormatInt(id, 10) + ":" + act
}

func notSafeDaysValue(id int64, days int) string {
	return valuePrefix + "nd:" + strconv.FormatInt(id, 10) + ":" + strconv.Itoa(days)
}

func notSafeReasonValue(id int64, days int, reason string) string {
	return valuePrefix + "nr:" + strconv.FormatInt(id, 10) + ":" + strconv.Itoa(days) + ":" + reason
}

func daysPending(id int64) string {
	return valuePrefix + "nsd:" + strconv.FormatInt(id, 10)
}

func reasonPending(id int64, days int) string {
	return valuePrefix + "nsr:" + strconv.FormatInt(id, 10) + ":" + strconv.Itoa(days)
}

const listValue = valuePrefix + "list"

// AnyStepValues start the service's buttons that act on a stored reminder
// (Done, Later, …, and "show reminders"): they stay valid at any step of
// the conversation, so bot.StepGuard leaves them unstamped.
var AnyStepValues = []string{valuePrefix + "a:", listValue}

// parseAction reads a button value or pending answer of the service. It
// accepts exactly what the functions above produce and refuses the rest.
func parseAction(v string) (action, bool) {
	if len(v) > maxValueLen || !strings.HasPrefix(v, valuePrefix) {
		return action{}, false
	}
	parts := strings.Split(v[len(valuePrefix):], ":")
	a := action{verb: parts[0]}
	ok := false
	switch {
	case a.verb == "list" && len(parts) == 1:
		ok = true
	case a.verb == "o" && len(parts) == 4:
		a.kind, ok = kindFromCode(parts[1])
		a.choice = parts[2]
		ok = ok && isOfferChoice(a.choice)
		a.follow, ok = parseFollow(parts[3], ok)
	case a.verb == "at" && len(parts) == 3:
		a.kind, ok = kindFromCode(parts[1])
		a.follow, ok = parseFollow(parts[2], ok)
	case a.verb == "a" && len(parts) == 3:
		a.id, ok = parseID(parts[1])
		a.act = parts[2]
		ok = ok && isAct(a.act)
	case a.verb == "nd" && len(parts) == 3:
		a.id, ok = parseID(parts[1])
		a.days, ok = parseDayCount(parts[2], ok)
	case a.verb == "nr" && len(parts) == 4:
		a.id, ok = parseID(parts[1])
		a.days, ok = parseDayCount(parts[2], ok)
		a.reason = parts[3]
		ok = ok && isFixedReason(a.reason)
	case a.verb == "nsd" && len(parts) == 2:
		a.id, ok = parseID(parts[1])
	case a.verb == "nsr" && len(parts) == 3:
		a.id, ok = parseID(parts[1])
		a.days, ok = parseDayCount(parts[2], ok)
	}
	return a, ok
}

func parseFollow(s string, ok bool) (bot.FollowUp, bool) {
	if !ok {
		return bot.FollowUp{}, false
	}
	return decodeFollowUp(s)
}

func parseID(s string) (int64, bool) {
	if s == "" || len(s) > 18 || s[0] == '0' || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0
}

func parseDayCount(s string, ok bool) (int, bool) {
	if !ok || s == "" || len(s) > 2 || s[0] == '0' || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n := atoi(s)
	return n, n >= 1 && n <= 90
}

func isOfferChoice(c string) bool {
	switch c {
	case choiceNext, choice3d, choiceWeek, choiceAsk, choiceNo:
		return true
	}
	return isDeadlineChoice(c)
}

func isAct(a string) bool {
	switch a {
	case actDone, actHour, actTomorrow, actWeek, actNotSafe, actCancel:
		return true
	}
	return false
}

func isFixedReason(r string) bool {
	switch r {
	case bot.ReasonInquiry, bot.ReasonChild, bot.ReasonOther, bot.ReasonConsult:
		return true
	}
	return false
}
