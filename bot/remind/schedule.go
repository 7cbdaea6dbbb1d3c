package remind

import (
	"time"

	"privacybot/bot"
	"privacybot/bot/calendar"
)

// This file is the reminder schedule: every moment a reminder can fall due
// is computed here, on Dutch working days (bot/calendar) at reminderHour in
// the user's time zone. Sending them when due is the Scheduler's job
// (scheduler.go); the moments a user types are read in when.go.

// reminderHour is the hour of day at which reminders fall due by default,
// in the user's time zone.
const reminderHour = 9

// nextWorkday is 09:00 on the first working day after now: the default
// moment, "tomorrow" on a snooze.
func nextWorkday(now time.Time, loc *time.Location) time.Time {
	return calendar.NextWorkdayAt(now, loc, reminderHour, 0)
}

// workdaysOn is 09:00 on the first working day at least days after now:
// "in 3 days", and the delay of "not yet safe".
func workdaysOn(now time.Time, loc *time.Location, days int) time.Time {
	return calendar.WorkdayOnOrAfter(now.In(loc), days, reminderHour, 0)
}

// nextWeek is 09:00 on the first working day of next week.
func nextWeek(now time.Time, loc *time.Location) time.Time {
	return calendar.FirstWorkdayNextWeek(now.In(loc), reminderHour, 0)
}

// defaultDue is when a reminder falls due when the user takes the first
// button: the next working day at 09:00, or now+Delay when the operator
// set a delay to try reminders out.
func (r *Reminders) defaultDue(now time.Time, loc *time.Location) time.Time {
	if r.cfg.Delay > 0 {
		return now.Add(r.cfg.Delay)
	}
	return nextWorkday(now, loc)
}

// deadlineDue is when to remind of the term for an offer's choice; false
// when the choice is no deadline choice or the moment has passed. A week
// or two days before fall at 09:00; 48 and 24 hours before are counted
// from the deadline itself (the 72 hours of a data breach).
func deadlineDue(choice string, f bot.FollowUp, now time.Time, loc *time.Location) (time.Time, bool) {
	if f.Deadline.IsZero() {
		return time.Time{}, false
	}
	var due time.Time
	switch choice {
	case choiceWeekBefore:
		d := f.Deadline.In(loc).AddDate(0, 0, -7)
		due = time.Date(d.Year(), d.Month(), d.Day(), reminderHour, 0, 0, 0, loc)
	case choice2dBefore:
		d := f.Deadline.In(loc).AddDate(0, 0, -2)
		due = time.Date(d.Year(), d.Month(), d.Day(), reminderHour, 0, 0, 0, loc)
	case choice48hBefore:
		due = f.Deadline.Add(-48 * time.Hour)
	case choice24hBefore:
		due = f.Deadline.Add(-24 * time.Hour)
	default:
		return time.Time{}, false
	}
	return due, due.After(now)
}
