package bot

import (
	"strings"
	"testing"
	"time"

	"privacybot/flows"
	"privacybot/lang"
)

func TestDescribeSchedule(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	winter := time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC) // a Thursday
	summer := time.Date(2026, 7, 2, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		spec string
		user *time.Location
		now  time.Time
		lang lang.Lang
		want string
	}{
		{"0 9 * * 1", ams, winter, lang.NL, "maandag 09:00"},
		{"0 9 * * 1", ams, winter, lang.EN, "Monday 09:00"},
		{"0 9 * * 1", ny, winter, lang.NL, "maandag 03:00"},
		{"0 9 * * 1", ny, summer, lang.EN, "Monday 03:00"},
		{"0 9 * * 1", time.UTC, summer, lang.NL, "maandag 07:00"},
		{"30 16 * * 5", ams, winter, lang.NL, "vrijdag 16:30"},
		{"0 1 * * 1", ny, winter, lang.NL, "zondag 19:00"},
		{"0 9 * * 1,4", ams, winter, lang.NL, "maandag 09:00 en donderdag 09:00, hooguit één per week"},
		{"0 9 * * 1,4", ams, winter, lang.EN, "Monday 09:00 and Thursday 09:00, at most one a week"},
		{"* * * * *", ams, winter, lang.NL, "vanaf maandag 00:00, hooguit één per week"},
		{"0 9 * * *", ams, winter, lang.EN, "from Monday 09:00, at most one a week"},
		{"0 9 1 1 *", ams, winter, lang.NL, "volgende keer vr 1 jan 2027 09:00"},
		{"0 9 1 1 *", ams, winter, lang.EN, "next on Fri 1 Jan 2027 09:00"},
		{"not a spec", ams, winter, lang.NL, "not a spec"},
		{"0 9 31 2 *", ams, winter, lang.NL, "nooit: het schema van je organisatie valt op geen enkele dag"},
	}
	for _, tt := range tests {
		if got := describeSchedule(tt.spec, ams, tt.user, tt.now, tt.lang); got != tt.want {
			t.Errorf("describeSchedule(%q, %s, %s, %s) = %q, want %q", tt.spec, tt.user, tt.now.Format("Jan"), tt.lang, got, tt.want)
		}
	}
}

func TestISOWeek(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 3, 1, 22, 59, 0, 0, time.UTC), "2026-W09"}, // Sunday 23:59 in Amsterdam
		{time.Date(2026, 3, 1, 23, 0, 0, 0, time.UTC), "2026-W10"},  // Monday 00:00 in Amsterdam
		{time.Date(2027, 1, 1, 8, 0, 0, 0, time.UTC), "2026-W53"},
		{time.Date(2025, 12, 29, 8, 0, 0, 0, time.UTC), "2026-W01"},
	}
	for _, tt := range tests {
		if got := isoWeek(tt.at, ams); got != tt.want {
			t.Errorf("isoWeek(%s) = %s, want %s", tt.at, got, tt.want)
		}
	}
}

func TestDigestAuditLine(t *testing.T) {
	at := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		e    AuditEntry
		lang lang.Lang
		want string
	}{
		{AuditEntry{Action: AuditReminderDigest, Detail: digestDetail("2026-W10", 3)}, lang.NL, "Weekoverzicht gestuurd · week 10 van 2026, 3 open herinneringen"},
		{AuditEntry{Action: AuditReminderDigest, Detail: digestDetail("2026-W10", 1)}, lang.NL, "Weekoverzicht gestuurd · week 10 van 2026, 1 open herinnering"},
		{AuditEntry{Action: AuditReminderDigest, Detail: digestDetail("2026-W02", 2)}, lang.EN, "Weekly digest sent · week 2 of 2026, 2 open reminders"},
		{AuditEntry{Action: AuditReminderDigest, Detail: "2 open"}, lang.NL, "Weekoverzicht gestuurd · 2 open herinneringen"},
		{AuditEntry{Action: AuditReminderDigest, Detail: "week x; odd"}, lang.EN, "Weekly digest sent · week x, odd"},
	}
	for _, tt := range tests {
		tt.e.At = at
		got := auditLine(flows.EmbeddedSet(), tt.e, tt.lang, time.UTC)
		if _, words, _ := strings.Cut(got, ": "); words != tt.want {
			t.Errorf("auditLine(%+v) = %q; want the words %q", tt.e, got, tt.want)
		}
	}
}

// FuzzDescribeSchedule feeds the operator's spec (PRIVACYBOT_DIGEST) in any
// shape: the description never panics and is never empty.
func FuzzDescribeSchedule(f *testing.F) {
	for _, s := range []string{"0 9 * * 1", "* * * * *", "@every 1m", "@weekly", "0 9 31 2 *", "off", "", "61 25 * * 8"} {
		f.Add(s)
	}
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, spec string) {
		for _, lang := range []lang.Lang{lang.NL, lang.EN} {
			if got := describeSchedule(spec, ams, time.UTC, now, lang); got == "" && spec != "" {
				t.Errorf("describeSchedule(%q) is empty", spec)
			}
		}
	})
}
