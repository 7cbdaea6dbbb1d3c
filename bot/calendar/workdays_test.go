package calendar

import (
	"testing"
	"time"
)

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestEasterSunday(t *testing.T) {
	tests := []struct {
		year int
		want time.Time
	}{
		{2024, ymd(2024, time.March, 31)},
		{2025, ymd(2025, time.April, 20)},
		{2026, ymd(2026, time.April, 5)},
		{2027, ymd(2027, time.March, 28)},
		{2028, ymd(2028, time.April, 16)},
		{2029, ymd(2029, time.April, 1)},
		{2030, ymd(2030, time.April, 21)},
		{2038, ymd(2038, time.April, 25)},
		{2285, ymd(2285, time.March, 22)},
	}
	for _, tt := range tests {
		if got := easterSunday(tt.year); !got.Equal(tt.want) {
			t.Errorf("easterSunday(%d) = %s, want %s", tt.year, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}

func TestDutchHoliday(t *testing.T) {
	holidays := map[int][]time.Time{
		2024: {ymd(2024, 1, 1), ymd(2024, 4, 1), ymd(2024, 4, 27), ymd(2024, 5, 9), ymd(2024, 5, 20), ymd(2024, 12, 25), ymd(2024, 12, 26)},
		2025: {ymd(2025, 1, 1), ymd(2025, 4, 21), ymd(2025, 4, 26), ymd(2025, 5, 5), ymd(2025, 5, 29), ymd(2025, 6, 9), ymd(2025, 12, 25), ymd(2025, 12, 26)},
		2026: {ymd(2026, 1, 1), ymd(2026, 4, 6), ymd(2026, 4, 27), ymd(2026, 5, 14), ymd(2026, 5, 25), ymd(2026, 12, 25), ymd(2026, 12, 26)},
		2027: {ymd(2027, 1, 1), ymd(2027, 3, 29), ymd(2027, 4, 27), ymd(2027, 5, 6), ymd(2027, 5, 17), ymd(2027, 12, 25), ymd(2027, 12, 26)},
		2028: {ymd(2028, 1, 1), ymd(2028, 4, 17), ymd(2028, 4, 27), ymd(2028, 5, 25), ymd(2028, 6, 5), ymd(2028, 12, 25), ymd(2028, 12, 26)},
		2029: {ymd(2029, 1, 1), ymd(2029, 4, 2), ymd(2029, 4, 27), ymd(2029, 5, 10), ymd(2029, 5, 21), ymd(2029, 12, 25), ymd(2029, 12, 26)},
		2030: {ymd(2030, 1, 1), ymd(2030, 4, 22), ymd(2030, 4, 27), ymd(2030, 5, 5), ymd(2030, 5, 30), ymd(2030, 6, 10), ymd(2030, 12, 25), ymd(2030, 12, 26)},
	}
	for year, want := range holidays {
		isHoliday := map[time.Time]bool{}
		for _, d := range want {
			isHoliday[d] = true
		}
		for d := ymd(year, 1, 1); d.Year() == year; d = d.AddDate(0, 0, 1) {
			name, got := DutchHoliday(d.Year(), d.Month(), d.Day())
			if got != isHoliday[d] {
				t.Errorf("DutchHoliday(%s) = %q, %v; want %v", d.Format(time.DateOnly), name, got, isHoliday[d])
			}
			if got && name == "" {
				t.Errorf("DutchHoliday(%s) has no name", d.Format(time.DateOnly))
			}
		}
	}
	named := []struct {
		day  time.Time
		name string
	}{
		{ymd(2025, 4, 21), "Tweede Paasdag"},
		{ymd(2025, 5, 29), "Hemelvaartsdag"},
		{ymd(2025, 6, 9), "Tweede Pinksterdag"},
		{ymd(2025, 4, 26), "Koningsdag"},
		{ymd(2030, 5, 5), "Bevrijdingsdag"},
	}
	for _, tt := range named {
		if name, _ := DutchHoliday(tt.day.Year(), tt.day.Month(), tt.day.Day()); name != tt.name {
			t.Errorf("DutchHoliday(%s) = %q, want %q", tt.day.Format(time.DateOnly), name, tt.name)
		}
	}
}

func TestIsWorkday(t *testing.T) {
	tests := []struct {
		day  time.Time
		want bool
	}{
		{ymd(2025, 4, 18), true},  // Good Friday is not a day off here
		{ymd(2025, 4, 21), false}, // Easter Monday
		{ymd(2025, 4, 25), true},
		{ymd(2025, 4, 28), true}, // the 27th was a Sunday; King's Day moved to Saturday 26th
		{ymd(2026, 4, 27), false},
		{ymd(2025, 5, 5), false},
		{ymd(2026, 5, 5), true}, // not a lustrum year
		{ymd(2030, 5, 6), true}, // 5 May 2030 is a Sunday; no day in lieu
		{ymd(2025, 12, 27), false},
		{ymd(2025, 12, 29), true},
	}
	for _, tt := range tests {
		if got := IsWorkday(tt.day); got != tt.want {
			t.Errorf("IsWorkday(%s %s) = %v, want %v", tt.day.Weekday(), tt.day.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestNextWorkdayAt(t *testing.T) {
	ams := remZone(t, "Europe/Amsterdam")
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ams) }
	tests := []struct {
		name string
		from time.Time
		want time.Time
	}{
		{"weekday to next day", at(2025, 11, 4, 15, 0), at(2025, 11, 5, 9, 0)},
		{"early morning still next day", at(2025, 11, 4, 7, 0), at(2025, 11, 5, 9, 0)},
		{"friday to monday", at(2025, 11, 7, 16, 30), at(2025, 11, 10, 9, 0)},
		{"saturday to monday", at(2025, 11, 8, 10, 0), at(2025, 11, 10, 9, 0)},
		{"good friday over easter monday", at(2025, 4, 18, 12, 0), at(2025, 4, 22, 9, 0)},
		{"before king's day on a monday", at(2026, 4, 24, 12, 0), at(2026, 4, 28, 9, 0)},
		{"before liberation day 2025", at(2025, 5, 2, 12, 0), at(2025, 5, 6, 9, 0)},
		{"liberation day 2026 is a workday", at(2026, 5, 4, 12, 0), at(2026, 5, 5, 9, 0)},
		{"before ascension", at(2025, 5, 28, 12, 0), at(2025, 5, 30, 9, 0)},
		{"before whit monday", at(2025, 6, 6, 12, 0), at(2025, 6, 10, 9, 0)},
		{"over christmas", at(2025, 12, 24, 12, 0), at(2025, 12, 29, 9, 0)},
		{"over new year", at(2027, 12, 31, 12, 0), at(2028, 1, 3, 9, 0)},
		{"into summer time", at(2026, 3, 27, 15, 0), at(2026, 3, 30, 9, 0)},
		{"out of summer time", at(2026, 10, 23, 15, 0), at(2026, 10, 26, 9, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NextWorkdayAt(tt.from.UTC(), ams, 9, 0)
			if !got.Equal(tt.want) {
				t.Errorf("NextWorkdayAt(%s) = %s, want %s", tt.from, got, tt.want)
			}
			if h, m, _ := got.In(ams).Clock(); h != 9 || m != 0 {
				t.Errorf("local time %02d:%02d, want 09:00", h, m)
			}
		})
	}
	summer := NextWorkdayAt(at(2026, 3, 27, 15, 0), ams, 9, 0).UTC()
	winter := NextWorkdayAt(at(2026, 10, 23, 15, 0), ams, 9, 0).UTC()
	if summer.Hour() != 7 || winter.Hour() != 8 {
		t.Errorf("09:00 local in UTC: %s in summer time, %s in winter time; want 07:00 and 08:00", summer, winter)
	}
}

func TestFirstWorkdayNextWeek(t *testing.T) {
	ams := remZone(t, "Europe/Amsterdam")
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, ams) }
	tests := []struct {
		from, want time.Time
	}{
		{at(2025, 11, 5, 10), at(2025, 11, 10, 9)},  // Wednesday
		{at(2025, 11, 10, 10), at(2025, 11, 17, 9)}, // Monday: the Monday after
		{at(2025, 11, 9, 10), at(2025, 11, 10, 9)},  // Sunday: tomorrow starts next week
		{at(2025, 4, 16, 10), at(2025, 4, 22, 9)},   // Easter Monday skipped
		{at(2025, 6, 4, 10), at(2025, 6, 10, 9)},    // Whit Monday skipped
		{at(2026, 3, 25, 10), at(2026, 3, 30, 9)},   // across the change to summer time
	}
	for _, tt := range tests {
		if got := FirstWorkdayNextWeek(tt.from, 9, 0); !got.Equal(tt.want) {
			t.Errorf("FirstWorkdayNextWeek(%s) = %s, want %s", tt.from, got, tt.want)
		}
	}
}

func TestWorkdayOnOrAfter(t *testing.T) {
	ams := remZone(t, "Europe/Amsterdam")
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, ams) }
	tests := []struct {
		from time.Time
		days int
		want time.Time
	}{
		{at(2025, 11, 3, 14), 3, at(2025, 11, 6, 9)},   // Monday + 3 = Thursday
		{at(2025, 11, 5, 14), 3, at(2025, 11, 10, 9)},  // Wednesday + 3 = Saturday -> Monday
		{at(2025, 12, 22, 14), 3, at(2025, 12, 29, 9)}, // Christmas and weekend
		{at(2025, 11, 3, 14), 7, at(2025, 11, 10, 9)},
	}
	for _, tt := range tests {
		if got := WorkdayOnOrAfter(tt.from, tt.days, 9, 0); !got.Equal(tt.want) {
			t.Errorf("WorkdayOnOrAfter(%s, %d) = %s, want %s", tt.from, tt.days, got, tt.want)
		}
	}
}

func remZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load zone %s: %v", name, err)
	}
	return loc
}
