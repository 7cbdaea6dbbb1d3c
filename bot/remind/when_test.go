package remind

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"privacybot/bot"
	"privacybot/lang"
)

func TestParseWhen(t *testing.T) {
	ams := remZone(t, "Europe/Amsterdam")
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ams) }
	now := at(2025, 12, 1, 10, 30) // a Monday
	tests := []struct {
		in      string
		want    time.Time
		wantErr error
	}{
		{"morgen 14:00", at(2025, 12, 2, 14, 0), nil},
		{"Morgen 14.00", at(2025, 12, 2, 14, 0), nil},
		{"morgen om 9", at(2025, 12, 2, 9, 0), nil},
		{"tomorrow 2pm", at(2025, 12, 2, 14, 0), nil},
		{"tomorrow 2 pm", at(2025, 12, 2, 14, 0), nil},
		{"tomorrow at 9:15am", at(2025, 12, 2, 9, 15), nil},
		{"morgen 12am", at(2025, 12, 2, 0, 0), nil},
		{"overmorgen", at(2025, 12, 3, 9, 0), nil},
		{"3-12 10:00", at(2025, 12, 3, 10, 0), nil},
		{"3/12", at(2025, 12, 3, 9, 0), nil},
		{"3-12-2025 16:00", at(2025, 12, 3, 16, 0), nil},
		{"3-12-25 16:00", at(2025, 12, 3, 16, 0), nil},
		{"2026-03-12 09:30", at(2026, 3, 12, 9, 30), nil},
		{"30-11", at(2026, 11, 30, 9, 0), nil},
		{"5 december 16:30", at(2025, 12, 5, 16, 30), nil},
		{"5 dec 2025", at(2025, 12, 5, 9, 0), nil},
		{"december 5", at(2025, 12, 5, 9, 0), nil},
		{"vrijdag", at(2025, 12, 5, 9, 0), nil},
		{"vr 15u", at(2025, 12, 5, 15, 0), nil},
		{"friday 15h", at(2025, 12, 5, 15, 0), nil},
		{"op vrijdag om 14 uur", at(2025, 12, 5, 14, 0), nil},
		{"maandag", at(2025, 12, 8, 9, 0), nil},
		{"maandag 11:00", at(2025, 12, 1, 11, 0), nil},
		{"volgende maandag 11:00", at(2025, 12, 8, 11, 0), nil},
		{"next monday", at(2025, 12, 8, 9, 0), nil},
		{"volgende week", at(2025, 12, 8, 9, 0), nil},
		{"next week 13:00", at(2025, 12, 8, 13, 0), nil},
		{"14:00", at(2025, 12, 1, 14, 0), nil},
		{"08:00", at(2025, 12, 2, 8, 0), nil},
		{"vandaag 16:00!", at(2025, 12, 1, 16, 0), nil},
		{"over 2 uur", now.Add(2 * time.Hour), nil},
		{"over een uur", now.Add(time.Hour), nil},
		{"in 2 hours", now.Add(2 * time.Hour), nil},
		{"in 30 minutes", now.Add(30 * time.Minute), nil},
		{"over 3 dagen", now.Add(72 * time.Hour), nil},
		{"in a week", now.Add(7 * 24 * time.Hour), nil},
		{"  MORGEN   14:00  ", at(2025, 12, 2, 14, 0), nil},
		{"1-12", time.Time{}, errWhenPast},
		{"vandaag 9u", time.Time{}, errWhenPast},
		{"2027-01-01", time.Time{}, errWhenTooFar},
		{"over 400 dagen", time.Time{}, errWhenTooFar},
		{"", time.Time{}, errWhenUnknown},
		{"gisteren", time.Time{}, errWhenUnknown},
		{"morgen morgen", time.Time{}, errWhenUnknown},
		{"morgen 14:00 15:00", time.Time{}, errWhenUnknown},
		{"31-2", time.Time{}, errWhenUnknown},
		{"2026-02-30", time.Time{}, errWhenUnknown},
		{"25:00", time.Time{}, errWhenUnknown},
		{"13pm", time.Time{}, errWhenUnknown},
		{"14:60", time.Time{}, errWhenUnknown},
		{"over 0 uur", time.Time{}, errWhenUnknown},
		{"volgende", time.Time{}, errWhenUnknown},
		{"7", time.Time{}, errWhenUnknown},
		{"morgen; DROP TABLE reminders", time.Time{}, errWhenUnknown},
		{strings.Repeat("morgen ", 100), time.Time{}, errWhenUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseWhen(tt.in, now.UTC(), ams)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Fatalf("parseWhen(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if !got.Equal(tt.want) {
				t.Errorf("parseWhen(%q) = %s, want %s", tt.in, got.In(ams), tt.want)
			}
		})
	}
}

func TestParseWhenAcrossSummerTime(t *testing.T) {
	ams := remZone(t, "Europe/Amsterdam")
	now := time.Date(2026, 3, 27, 10, 0, 0, 0, ams) // Friday before the change
	got, err := parseWhen("maandag", now, ams)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("maandag = %s, want %s (09:00 summer time)", got.UTC(), want)
	}
}

func TestParseDays(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"7", 7, true},
		{"7 dagen", 7, true},
		{"1 dag", 1, true},
		{"14 days", 14, true},
		{"2 weken", 14, true},
		{"een week", 7, true},
		{"a week", 7, true},
		{"90", 90, true},
		{"91", 0, false},
		{"0", 0, false},
		{"-3", 0, false},
		{"zeven", 0, false},
		{"7 maanden", 0, false},
		{"", 0, false},
		{"7 dagen graag", 0, false},
		{"0007", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseDays(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseDays(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCleanReason(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"  onderzoek   loopt\tnog ", "onderzoek loopt nog", true},
		{"regel1\nregel2", "regel1 regel2", true},
		{"   ", "", false},
		{"\x00\x01", "", false},
		{"\xff\xfe", "", false},
		{strings.Repeat("a", 300), strings.Repeat("a", maxReasonRunes-1) + "…", true},
	}
	for _, tt := range tests {
		got, ok := cleanReason(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("cleanReason(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseActionAcceptsWhatIsProduced(t *testing.T) {
	follow := encodeFollowUp(bot.FollowUp{Case: "casus A", Flow: "stappenplan", Outcome: "delen-meldrecht",
		Shared: lang.T("melding bij Veilig Thuis", "report to Veilig Thuis"), DecidedAt: time.Unix(1764581400, 0)}, maxValueLen)
	valid := []string{
		offerValue(bot.KindInform, choiceNext, follow),
		offerValue(bot.KindRecord, choiceNo, follow),
		askPending(bot.KindRecord, follow),
		actValue(42, actDone),
		actValue(42, actNotSafe),
		notSafeDaysValue(42, 7),
		notSafeReasonValue(42, 14, bot.ReasonInquiry),
		daysPending(42),
		reasonPending(42, 3),
		listValue,
	}
	for _, v := range valid {
		if _, ok := parseAction(v); !ok {
			t.Errorf("parseAction(%q) refused a value the service produces", v)
		}
	}
	invalid := []string{
		"", "r:", "r:list:x", "f:stappenplan", "r:o:i:next", "r:o:x:next:" + follow, "r:o:i:later:" + follow,
		"r:o:i:next:!!!", "r:a:0:done", "r:a:-1:done", "r:a:01:done", "r:a:42:delete", "r:a:42", "r:a:99999999999999999999:done",
		"r:nd:42:0", "r:nd:42:91", "r:nd:42:07", "r:nr:42:7:own", "r:nr:42:7:", "r:nsd:", "r:nsr:42", "r:at:i:",
		"r:a:42:done:extra", "r:o:i:next:" + strings.Repeat("A", 2000),
	}
	for _, v := range invalid {
		if a, ok := parseAction(v); ok {
			t.Errorf("parseAction(%q) = %+v, want refused", v, a)
		}
	}
}

func TestEncodeFollowUpStaysUnderBudget(t *testing.T) {
	long := strings.Repeat("<gedeeld met de huisarts & school> ", 200)
	f := bot.FollowUp{Case: strings.Repeat("casus ", 50), Flow: "stappenplan", Outcome: "delen",
		Shared: lang.T(long, long), DecidedAt: time.Unix(1764581400, 0)}
	v := offerValue(bot.KindInform, choiceWeek, encodeFollowUp(f, maxValueLen-len(offerValue(bot.KindInform, choiceNext, ""))))
	if len(v) > maxValueLen {
		t.Fatalf("value is %d bytes, want at most %d", len(v), maxValueLen)
	}
	a, ok := parseAction(v)
	if !ok {
		t.Fatalf("shortened value does not parse: %q", v)
	}
	if a.follow.Flow != "stappenplan" || a.follow.Outcome != "delen" || !a.follow.DecidedAt.Equal(f.DecidedAt) {
		t.Errorf("follow-up lost its decision: %+v", a.follow)
	}
	if !strings.HasPrefix(a.follow.Shared.NL, "<gedeeld met de huisarts") || !strings.HasSuffix(a.follow.Shared.NL, "…") {
		t.Errorf("shared text not shortened with a mark: %q", a.follow.Shared.NL)
	}
}

func FuzzParseWhen(f *testing.F) {
	for _, s := range []string{"morgen 14:00", "3-12 10:00", "2026-12-03 09:30", "vrijdag", "over 2 uur",
		"tomorrow 2pm", "volgende week", "5 december", "om 9", "12am", "31-2", "in 9999 weeks"} {
		f.Add(s)
	}
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2025, 12, 1, 10, 30, 0, 0, ams)
	f.Fuzz(func(t *testing.T, in string) {
		got, err := parseWhen(in, now, ams)
		if err != nil {
			if !got.IsZero() {
				t.Errorf("parseWhen(%q) returned %s with error %v", in, got, err)
			}
			return
		}
		if !got.After(now) || got.Sub(now) > maxWhenAhead {
			t.Errorf("parseWhen(%q) = %s, outside (now, now+1y]", in, got)
		}
	})
}

func FuzzParseDays(f *testing.F) {
	for _, s := range []string{"7", "2 weken", "een week", "90", "0", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if n, ok := parseDays(in); ok && (n < 1 || n > 90) {
			t.Errorf("parseDays(%q) = %d, outside 1..90", in, n)
		}
	})
}

// formatAction writes a parsed action back as the value it came from.
func formatAction(a action) string {
	switch a.verb {
	case "o":
		return offerValue(a.kind, a.choice, encodeFollowUp(a.follow, maxValueLen))
	case "at":
		return askPending(a.kind, encodeFollowUp(a.follow, maxValueLen))
	case "a":
		return actValue(a.id, a.act)
	case "nd":
		return notSafeDaysValue(a.id, a.days)
	case "nr":
		return notSafeReasonValue(a.id, a.days, a.reason)
	case "nsd":
		return daysPending(a.id)
	case "nsr":
		return reasonPending(a.id, a.days)
	}
	return listValue
}

func FuzzParseAction(f *testing.F) {
	follow := encodeFollowUp(bot.FollowUp{Case: "casus B", Flow: "stappenplan", Outcome: "o",
		Shared: lang.T("gedeeld", "shared"), DecidedAt: time.Unix(1764581400, 0)}, maxValueLen)
	for _, s := range []string{offerValue(bot.KindInform, choice3d, follow), askPending(bot.KindInform, follow),
		actValue(7, actWeek), notSafeReasonValue(7, 3, bot.ReasonChild), reasonPending(1, 90), listValue, "r:a:1:x", "r:o:i:ask:e30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		a, ok := parseAction(v)
		if !ok {
			return
		}
		again, ok := parseAction(formatAction(a))
		if !ok {
			t.Fatalf("parseAction(%q) = %+v, but its re-encoding %q does not parse", v, a, formatAction(a))
		}
		if again.verb != a.verb || again.kind != a.kind || again.choice != a.choice || again.id != a.id ||
			again.act != a.act || again.days != a.days || again.reason != a.reason ||
			again.follow.Flow != a.follow.Flow || again.follow.Outcome != a.follow.Outcome ||
			!again.follow.DecidedAt.Equal(a.follow.DecidedAt) {
			t.Errorf("round trip changed the action: %+v -> %+v", a, again)
		}
		for _, s := range []string{a.follow.Case, a.follow.Shared.NL, a.follow.Shared.EN} {
			if !utf8.ValidString(s) || strings.ContainsFunc(s, unicode.IsControl) {
				t.Errorf("decoded label %q is not clean", s)
			}
		}
		if utf8.RuneCountInString(a.follow.Case) > maxCaseRunes {
			t.Errorf("case label %q longer than %d runes", a.follow.Case, maxCaseRunes)
		}
	})
}

func FuzzEncodeFollowUp(f *testing.F) {
	f.Add("casus A", "gedeeld met school", "shared with school", int64(1764581400), 200)
	f.Add(strings.Repeat("é", 200), strings.Repeat("<&>", 500), "", int64(1600000000), 50)
	f.Fuzz(func(t *testing.T, label, nl, en string, decided int64, budget int) {
		decided = 1514764800 + (decided&math.MaxInt32)%5000000000
		budget = 100 + (budget&math.MaxInt32)%(maxValueLen-100)
		in := bot.FollowUp{Case: label, Flow: "stappenplan", Outcome: "delen-toestemming", Shared: lang.T(nl, en), DecidedAt: time.Unix(decided, 0)}
		enc := encodeFollowUp(in, budget)
		if len(enc) > budget {
			t.Fatalf("encoded %d bytes, budget %d", len(enc), budget)
		}
		got, ok := decodeFollowUp(enc)
		if !ok {
			t.Fatalf("decodeFollowUp(encodeFollowUp(%+v)) failed", in)
		}
		if got.Flow != in.Flow || got.Outcome != in.Outcome || got.DecidedAt.Unix() != decided {
			t.Errorf("decision changed: %+v -> %+v", in, got)
		}
		if full := cleanLabel(label, maxCaseRunes); got.Case != full && !strings.HasSuffix(got.Case, "…") && got.Case != "" {
			t.Errorf("case %q came back as %q, neither whole nor marked as cut", full, got.Case)
		}
	})
}
