package remind

import (
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

func TestDeadlineTravelsInTheButton(t *testing.T) {
	decided := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name     string
		deadline time.Time
		ok       bool
	}{
		{"no term", time.Time{}, true},
		{"one month", decided.AddDate(0, 1, 0), true},
		{"72 hours", decided.Add(72 * time.Hour), true},
		{"before the decision", decided.Add(-time.Hour), false},
		{"more than a year", decided.AddDate(1, 0, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := bot.FollowUp{Flow: "inzage", Outcome: "client-inzage", DecidedAt: decided, Deadline: tt.deadline, Shared: lang.T("a", "b")}
			got, ok := decodeFollowUp(encodeFollowUp(in, maxValueLen))
			if ok != tt.ok {
				t.Fatalf("decode ok = %v, want %v", ok, tt.ok)
			}
			if ok && !got.Deadline.Equal(tt.deadline) {
				t.Errorf("deadline %v came back as %v", tt.deadline, got.Deadline)
			}
		})
	}
}

func TestDeadlineDue(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	month := bot.FollowUp{DecidedAt: now, Deadline: deadlineFrom(now, &flows.Deadline{Months: 1})}
	hours := bot.FollowUp{DecidedAt: now, Deadline: deadlineFrom(now, &flows.Deadline{Hours: 72})}
	tests := []struct {
		choice string
		f      bot.FollowUp
		want   time.Time
		ok     bool
	}{
		{choiceWeekBefore, month, time.Date(2026, 12, 25, 9, 0, 0, 0, loc), true},
		{choice2dBefore, month, time.Date(2026, 12, 30, 9, 0, 0, 0, loc), true},
		{choice48hBefore, hours, now.Add(24 * time.Hour), true},
		{choice24hBefore, hours, now.Add(48 * time.Hour), true},
		{choiceWeekBefore, hours, time.Date(2026, 11, 27, 9, 0, 0, 0, loc), false},
		{choiceNext, month, time.Time{}, false},
		{choiceWeekBefore, bot.FollowUp{DecidedAt: now}, time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := deadlineDue(tt.choice, tt.f, now, loc)
		if ok != tt.ok || (ok && !got.Equal(tt.want)) {
			t.Errorf("deadlineDue(%s) = %v, %v; want %v, %v", tt.choice, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNotYetSafeOnlyWhereInformingCanBeUnsafe(t *testing.T) {
	tests := []struct {
		rem  bot.Reminder
		want bool
	}{
		{bot.Reminder{Kind: bot.KindInform, Flow: "stappenplan", Outcome: "doorbreken"}, true},
		{bot.Reminder{Kind: bot.KindInform, Flow: "stappenplan", Outcome: "delen-toestemming"}, false},
		{bot.Reminder{Kind: bot.KindRecord, Flow: "stappenplan", Outcome: "doorbreken"}, false},
		{bot.Reminder{Kind: bot.KindInform, Flow: "gone", Outcome: "gone"}, true},
	}
	for _, tt := range tests {
		has := false
		for _, c := range actionChoices(tt.rem, lang.NL) {
			if c.Value == actValue(tt.rem.ID, actNotSafe) {
				has = true
			}
		}
		if has != tt.want {
			t.Errorf("%s/%s %s: 'not yet safe' offered = %v, want %v", tt.rem.Flow, tt.rem.Outcome, tt.rem.Kind, has, tt.want)
		}
	}
}
