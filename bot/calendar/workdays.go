// Package calendar knows the Dutch working days: weekdays that are not a
// public holiday on which offices close. Reminders, the FG desk and the
// weekly practice case count in them.
package calendar

import "time"

// DutchHoliday reports whether the date is a public holiday on which Dutch
// offices close, and names it: New Year's Day, Easter Monday, King's Day
// (27 April, or 26 April when the 27th is a Sunday), Liberation Day (5 May,
// in lustrum years only: 2025, 2030, …), Ascension Day, Whit Monday and
// Christmas (25 and 26 December). Easter Sunday and Whit Sunday fall on a
// Sunday and are not listed.
func DutchHoliday(year int, month time.Month, day int) (name string, ok bool) {
	switch {
	case month == time.January && day == 1:
		return "Nieuwjaarsdag", true
	case month == time.April && day == kingsDay(year):
		return "Koningsdag", true
	case month == time.May && day == 5 && year%5 == 0:
		return "Bevrijdingsdag", true
	case month == time.December && day == 25:
		return "Eerste Kerstdag", true
	case month == time.December && day == 26:
		return "Tweede Kerstdag", true
	}
	easter := easterSunday(year)
	date := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	switch int(date.Sub(easter).Hours() / 24) {
	case 1:
		return "Tweede Paasdag", true
	case 39:
		return "Hemelvaartsdag", true
	case 50:
		return "Tweede Pinksterdag", true
	}
	return "", false
}

// IsWorkday reports whether the calendar date of t, in t's own location, is
// a weekday that is not a Dutch public holiday.
func IsWorkday(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	y, m, d := t.Date()
	_, holiday := DutchHoliday(y, m, d)
	return !holiday
}

// NextWorkdayAt returns hour:minute local time in loc on the first working
// day after the calendar date of from in loc. It counts in calendar days, so
// 09:00 stays 09:00 local across a change to or from summer time.
func NextWorkdayAt(from time.Time, loc *time.Location, hour, minute int) time.Time {
	return WorkdayOnOrAfter(from.In(loc), 1, hour, minute)
}

// WorkdayOnOrAfter returns hour:minute on the first working day at least
// days calendar days after the date of local, in local's location.
func WorkdayOnOrAfter(local time.Time, days, hour, minute int) time.Time {
	y, m, d := local.Date()
	for i := days; ; i++ {
		t := time.Date(y, m, d+i, hour, minute, 0, 0, local.Location())
		if IsWorkday(t) {
			return t
		}
	}
}

// FirstWorkdayNextWeek returns hour:minute on the first working day of the
// week (Monday to Sunday) after the one holding local.
func FirstWorkdayNextWeek(local time.Time, hour, minute int) time.Time {
	toMonday := (8 - int(local.Weekday())) % 7
	if toMonday == 0 {
		toMonday = 7
	}
	return WorkdayOnOrAfter(local, toMonday, hour, minute)
}

// kingsDay returns the day in April of King's Day: the 27th, or the 26th
// when the 27th is a Sunday.
func kingsDay(year int) int {
	if time.Date(year, time.April, 27, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
		return 26
	}
	return 27
}

// easterSunday computes Easter Sunday of a Gregorian year with the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher), at midnight UTC.
func easterSunday(year int) time.Time {
	a := year % 19
	b := year / 100
	c := year % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
