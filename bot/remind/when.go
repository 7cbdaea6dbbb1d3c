package remind

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"privacybot/bot"
	"privacybot/bot/calendar"
)

// Why typed input is no usable moment for a reminder.
var (
	errWhenUnknown = errors.New("no date or time recognised")
	errWhenPast    = errors.New("moment has passed")
	errWhenTooFar  = errors.New("moment more than a year ahead")
)

// maxWhenAhead is how far ahead a typed moment may lie; further is taken for
// a typo.
const maxWhenAhead = 366 * 24 * time.Hour

// maxTypedLen bounds typed answers the reminder service reads.
const maxTypedLen = 200

var (
	relativeRe = regexp.MustCompile(`^(?:over|in|na|after)\s+(\d{1,4}|een|één|a|an|one|twee|two|drie|three)\s*(minuut|minuten|minute|minutes|min|mins|m|uur|uren|u|hour|hours|hrs|hr|h|dag|dagen|day|days|d|week|weken|weeks|w)$`)
	joinUnitRe = regexp.MustCompile(`(\d)\s+(am|pm|uur|u|h)\b`)
	timeRe     = regexp.MustCompile(`^(\d{1,2})(?:[:.](\d{2}))?(am|pm|uur|u|h)?$`)
	isoDateRe  = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	dmDateRe   = regexp.MustCompile(`^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?$`)
	numberRe   = regexp.MustCompile(`^\d{1,2}$`)
	yearRe     = regexp.MustCompile(`^\d{4}$`)
)

var smallNumbers = map[string]int{
	"een": 1, "één": 1, "a": 1, "an": 1, "one": 1,
	"twee": 2, "two": 2, "drie": 3, "three": 3,
}

var dayOffsets = map[string]int{
	"vandaag": 0, "today": 0,
	"morgen": 1, "tomorrow": 1,
	"overmorgen": 2,
}

var weekdayNames = map[string]time.Weekday{
	"maandag": time.Monday, "ma": time.Monday, "monday": time.Monday, "mon": time.Monday,
	"dinsdag": time.Tuesday, "di": time.Tuesday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"woensdag": time.Wednesday, "wo": time.Wednesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"donderdag": time.Thursday, "do": time.Thursday, "thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"vrijdag": time.Friday, "vr": time.Friday, "friday": time.Friday, "fri": time.Friday,
	"zaterdag": time.Saturday, "za": time.Saturday, "saturday": time.Saturday, "sat": time.Saturday,
	"zondag": time.Sunday, "zo": time.Sunday, "sunday": time.Sunday, "sun": time.Sunday,
}

var monthNames = map[string]time.Month{
	"jan": time.January, "januari": time.January, "january": time.January,
	"feb": time.February, "februari": time.February, "february": time.February,
	"mrt": time.March, "mar": time.March, "maart": time.March, "march": time.March,
	"apr": time.April, "april": time.April,
	"mei": time.May, "may": time.May,
	"jun": time.June, "juni": time.June, "june": time.June,
	"jul": time.July, "juli": time.July, "july": time.July,
	"aug": time.August, "augustus": time.August, "august": time.August,
	"sep": time.September, "sept": time.September, "september": time.September,
	"okt": time.October, "oct": time.October, "oktober": time.October, "october": time.October,
	"nov": time.November, "november": time.November,
	"dec": time.December, "december": time.December,
}

var (
	nextWords   = map[string]bool{"volgende": true, "komende": true, "aanstaande": true, "next": true, "coming": true}
	fillerWords = map[string]bool{"om": true, "at": true, "op": true, "on": true, "de": true, "the": true}
)

// whenSpec collects what the tokens of a typed moment said.
type whenSpec struct {
	dateSet          bool
	offset           int
	weekday          time.Weekday
	hasWeekday, next bool
	nextWeek         bool
	year             int
	month            time.Month
	day              int
	timeSet          bool
	hour, minute     int
}

// parseWhen reads a moment typed in Dutch or English ("morgen 14:00",
// "3-12 10:00", "2026-12-03 09:30", "vrijdag", "over 2 uur", "tomorrow 2pm")
// in loc, relative to now. A date without a time means 09:00; a time without
// a date means its next occurrence. The moment must lie after now and at most
// a year ahead.
func parseWhen(input string, now time.Time, loc *time.Location) (time.Time, error) {
	s, ok := normalizeTyped(input)
	if !ok || s == "" {
		return time.Time{}, errWhenUnknown
	}
	if t, ok := parseRelative(s, now); ok {
		return checkWhen(t, now)
	}
	s = joinUnitRe.ReplaceAllString(s, "$1$2")
	spec, ok := scanWhen(strings.Fields(s))
	if !ok {
		return time.Time{}, errWhenUnknown
	}
	t, ok := spec.resolve(now.In(loc))
	if !ok {
		return time.Time{}, errWhenUnknown
	}
	return checkWhen(t, now)
}

func checkWhen(t, now time.Time) (time.Time, error) {
	switch {
	case !t.After(now):
		return time.Time{}, errWhenPast
	case t.Sub(now) > maxWhenAhead:
		return time.Time{}, errWhenTooFar
	}
	return t, nil
}

// normalizeTyped lowercases, trims and collapses spaces, and drops closing
// punctuation. It refuses input that is too long or not UTF-8.
func normalizeTyped(input string) (string, bool) {
	if len(input) > maxTypedLen*4 || !utf8.ValidString(input) {
		return "", false
	}
	s := strings.Join(strings.Fields(strings.ToLower(input)), " ")
	s = strings.TrimRight(s, "!?,;")
	if utf8.RuneCountInString(s) > maxTypedLen {
		return "", false
	}
	return s, true
}

func parseRelative(s string, now time.Time) (time.Time, bool) {
	m := relativeRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	n, ok := smallNumbers[m[1]]
	if !ok {
		v, err := strconv.Atoi(m[1])
		if err != nil || v <= 0 {
			return time.Time{}, false
		}
		n = v
	}
	var unit time.Duration
	switch m[2] {
	case "minuut", "minuten", "minute", "minutes", "min", "mins", "m":
		unit = time.Minute
	case "uur", "uren", "u", "hour", "hours", "hrs", "hr", "h":
		unit = time.Hour
	case "dag", "dagen", "day", "days", "d":
		unit = 24 * time.Hour
	default:
		unit = 7 * 24 * time.Hour
	}
	return now.Add(time.Duration(n) * unit), true
}

// scanWhen reads the tokens of an absolute moment; false on any token it
// does not know or on a date or time given twice.
func scanWhen(tokens []string) (whenSpec, bool) {
	var w whenSpec
	for i := 0; i < len(tokens); i++ {
		tok := tokens[i]
		switch {
		case fillerWords[tok]:
			if (tok == "om" || tok == "at") && i+1 < len(tokens) && numberRe.MatchString(tokens[i+1]) {
				i++
				if !w.setTime(tokens[i] + "u") {
					return w, false
				}
			}
		case nextWords[tok]:
			w.next = true
		case w.next && tok == "week":
			if !w.setDate() {
				return w, false
			}
			w.nextWeek = true
		case isKey(dayOffsets, tok):
			if !w.setDate() {
				return w, false
			}
			w.offset = dayOffsets[tok]
		case isKey(weekdayNames, tok):
			if !w.setDate() {
				return w, false
			}
			w.weekday, w.hasWeekday = weekdayNames[tok], true
		case timeRe.MatchString(tok) && !numberRe.MatchString(tok):
			if !w.setTime(tok) {
				return w, false
			}
		case isoDateRe.MatchString(tok):
			m := isoDateRe.FindStringSubmatch(tok)
			if !w.setDate() {
				return w, false
			}
			w.year, w.month, w.day = atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])
		case dmDateRe.MatchString(tok):
			m := dmDateRe.FindStringSubmatch(tok)
			if !w.setDate() {
				return w, false
			}
			w.day, w.month = atoi(m[1]), time.Month(atoi(m[2]))
			w.year = fullYear(m[3])
		case numberRe.MatchString(tok) && i+1 < len(tokens) && isKey(monthNames, tokens[i+1]):
			if !w.setDate() {
				return w, false
			}
			w.day, w.month = atoi(tok), monthNames[tokens[i+1]]
			i++
			if i+1 < len(tokens) && yearRe.MatchString(tokens[i+1]) {
				i++
				w.year = atoi(tokens[i])
			}
		case isKey(monthNames, tok) && i+1 < len(tokens) && numberRe.MatchString(tokens[i+1]):
			if !w.setDate() {
				return w, false
			}
			w.month, w.day = monthNames[tok], atoi(tokens[i+1])
			i++
		default:
			return w, false
		}
	}
	return w, w.dateSet || w.timeSet
}

func (w *whenSpec) setDate() bool {
	if w.dateSet {
		return false
	}
	w.dateSet = true
	return true
}

// setTime reads "14:00", "14.00", "14u", "14uur", "2pm", "9h".
func (w *whenSpec) setTime(tok string) bool {
	m := timeRe.FindStringSubmatch(tok)
	if m == nil || w.timeSet {
		return false
	}
	h, min := atoi(m[1]), 0
	if m[2] != "" {
		min = atoi(m[2])
	}
	switch m[3] {
	case "am":
		if h < 1 || h > 12 {
			return false
		}
		h %= 12
	case "pm":
		if h < 1 || h > 12 {
			return false
		}
		h = h%12 + 12
	}
	if h > 23 || min > 59 {
		return false
	}
	w.timeSet, w.hour, w.minute = true, h, min
	return true
}

// resolve turns the spec into a moment in local's location.
func (w whenSpec) resolve(local time.Time) (time.Time, bool) {
	hour, minute := reminderHour, 0
	if w.timeSet {
		hour, minute = w.hour, w.minute
	}
	y, m, d := local.Date()
	loc := local.Location()
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, hour, minute, 0, 0, loc) }
	switch {
	case w.nextWeek:
		return calendar.FirstWorkdayNextWeek(local, hour, minute), true
	case w.next && !w.hasWeekday:
		return time.Time{}, false
	case !w.dateSet:
		t := at(y, m, d)
		if !t.After(local) {
			t = at(y, m, d+1)
		}
		return t, true
	case w.hasWeekday:
		start := 0
		if w.next {
			start = 1
		}
		for i := start; i < start+8; i++ {
			t := at(y, m, d+i)
			if t.Weekday() == w.weekday && t.After(local) {
				return t, true
			}
		}
		return time.Time{}, false
	case w.month == 0:
		return at(y, m, d+w.offset), true
	}
	if w.day < 1 || w.day > 31 || w.month < time.January || w.month > time.December {
		return time.Time{}, false
	}
	year := w.year
	if year == 0 {
		year = y
		if time.Date(y, w.month, w.day, 0, 0, 0, 0, loc).Before(time.Date(y, m, d, 0, 0, 0, 0, loc)) {
			year++
		}
	}
	t := at(year, w.month, w.day)
	if t.Day() != w.day || t.Month() != w.month {
		return time.Time{}, false
	}
	return t, true
}

// parseDays reads a number of days ("7", "7 dagen", "2 weken", "a week"),
// from 1 to 90.
func parseDays(input string) (int, bool) {
	s, ok := normalizeTyped(input)
	if !ok {
		return 0, false
	}
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 2 {
		return 0, false
	}
	n, ok := smallNumbers[fields[0]]
	if !ok {
		if len(fields[0]) > 3 {
			return 0, false
		}
		v, err := strconv.Atoi(fields[0])
		if err != nil {
			return 0, false
		}
		n = v
	}
	if len(fields) == 2 {
		switch fields[1] {
		case "dag", "dagen", "day", "days", "d":
		case "week", "weken", "weeks", "w":
			n *= 7
		default:
			return 0, false
		}
	}
	if n < 1 || n > 90 {
		return 0, false
	}
	return n, true
}

// maxReasonRunes bounds the reason a user types for "not yet safe".
const maxReasonRunes = 200

// cleanReason trims a typed reason, removes control characters, collapses
// spaces and cuts it to maxReasonRunes; false when nothing is left.
func cleanReason(input string) (string, bool) {
	if !utf8.ValidString(input) {
		return "", false
	}
	s := strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, input)), " ")
	if s == "" {
		return "", false
	}
	return bot.TruncateRunes(s, maxReasonRunes), true
}

func isKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// atoi reads digits the regular expressions already checked.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func fullYear(s string) int {
	switch len(s) {
	case 0:
		return 0
	case 2:
		return 2000 + atoi(s)
	}
	return atoi(s)
}
