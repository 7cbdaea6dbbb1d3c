package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"

	"privacybot/bot"
)

func TestAuditTrail(t *testing.T) {
	me := bot.UserKey{Platform: bot.Slack, User: "U1"}
	other := bot.UserKey{Platform: bot.Slack, User: "U2"}
	at := func(minutes int) time.Time { return coreT0.Add(time.Duration(minutes) * time.Minute) }
	tests := []struct {
		name    string
		appends []bot.AuditEntry
		// want lists, by index into appends, the entries of me, in order.
		want []int
	}{
		{"none", nil, nil},
		{
			name: "in time order",
			appends: []bot.AuditEntry{
				{UserKey: me, At: at(1), Action: "flow.start", Flow: "stappenplan"},
				{UserKey: me, At: at(2), Action: "flow.outcome", Flow: "stappenplan", Outcome: "delen-met-toestemming"},
				{UserKey: me, At: at(3), Action: "reminder.set", Reminder: 7, Detail: "snoozed 1h"},
			},
			want: []int{0, 1, 2},
		},
		{
			name: "oldest first when appended out of order",
			appends: []bot.AuditEntry{
				{UserKey: me, At: at(5), Action: "reminder.done"},
				{UserKey: me, At: at(1), Action: "flow.start"},
			},
			want: []int{1, 0},
		},
		{
			name: "same time keeps append order",
			appends: []bot.AuditEntry{
				{UserKey: me, At: at(1), Action: "flow.start"},
				{UserKey: me, At: at(1), Action: "flow.outcome"},
				{UserKey: me, At: at(1), Action: "reminder.set"},
			},
			want: []int{0, 1, 2},
		},
		{
			name: "other users' entries left out",
			appends: []bot.AuditEntry{
				{UserKey: other, At: at(1), Action: "flow.start"},
				{UserKey: me, At: at(2), Action: "flow.start"},
				{UserKey: bot.UserKey{Platform: bot.Mattermost, User: "U1"}, At: at(3), Action: "flow.start"},
			},
			want: []int{1},
		},
		{
			name:    "zero time is the store's clock",
			appends: []bot.AuditEntry{{UserKey: me, Action: "settings.changed"}},
			want:    []int{0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, clock, _ := openCoreStore(t)
			ctx := context.Background()
			ids := make([]int64, len(tt.appends))
			for i, e := range tt.appends {
				e.ID = 999
				if err := s.AppendAudit(ctx, e); err != nil {
					t.Fatalf("AppendAudit: %v", err)
				}
				ids[i] = int64(i + 1)
			}
			got, err := s.AuditTrail(ctx, me)
			if err != nil {
				t.Fatalf("AuditTrail: %v", err)
			}
			var want []bot.AuditEntry
			for _, i := range tt.want {
				e := tt.appends[i]
				e.ID = ids[i]
				if e.At.IsZero() {
					e.At = clock.Now()
				}
				want = append(want, e)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("AuditTrail =\n %+v\nwant\n %+v", got, want)
			}
		})
	}
}
