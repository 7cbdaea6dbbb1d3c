package remind

import (
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"privacybot/bot"
	"privacybot/lang"
)

// Texts of the digest schedule, in words.
var (
	txtDigestAtMostOne = lang.T("hooguit één per week", "at most one a week")
	txtDigestFrom      = lang.T("vanaf %s", "from %s")
	txtDigestNext      = lang.T("volgende keer %s", "next on %s")
	txtDigestAnd       = lang.T(" en ", " and ")
	txtDigestNever     = lang.T("nooit: het schema van je organisatie valt op geen enkele dag", "never: your organisation's schedule falls on no day")
)

// describeSchedule says when a cron spec, read in specLoc, fires in the
// week of now, shown in userLoc: "maandag 09:00"; "maandag 09:00 en
// donderdag 09:00, hooguit één per week"; for a spec that fires more than
// three times a week "vanaf maandag 00:00, hooguit één per week"; for one
// that does not fire this week, its next moment, or that it never fires. A
// spec it cannot read yields the spec itself.
func describeSchedule(spec string, specLoc, userLoc *time.Location, now time.Time, lang lang.Lang) string {
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return spec
	}
	local := now.In(specLoc)
	y, m, d := local.Date()
	start := time.Date(y, m, d-(int(local.Weekday())+6)%7, 0, 0, 0, 0, specLoc)
	end := start.AddDate(0, 0, 7)
	var moments []string
	n := 0
	for at := sched.Next(start.Add(-time.Second)); !at.IsZero() && at.Before(end) && n < 4; at = sched.Next(at) {
		n++
		if len(moments) < 3 {
			moments = append(moments, weekdayTime(at.In(userLoc), lang))
		}
	}
	switch {
	case n == 0:
		next := sched.Next(local)
		if next.IsZero() {
			return txtDigestNever.In(lang)
		}
		return sprintf(txtDigestNext, lang, bot.FormatWhen(next, userLoc, lang))
	case n == 1:
		return moments[0]
	case n <= 3:
		return strings.Join(moments, txtDigestAnd.In(lang)) + ", " + txtDigestAtMostOne.In(lang)
	default:
		return sprintf(txtDigestFrom, lang, moments[0]) + ", " + txtDigestAtMostOne.In(lang)
	}
}

// weekdayTime is "maandag 09:00" or "Monday 09:00".
func weekdayTime(t time.Time, l lang.Lang) string {
	day := bot.DayName(t, l)
	if l != lang.EN {
		day = strings.ToLower(day)
	}
	return day + " " + t.Format("15:04")
}
