package storetest

import (
	"reflect"
	"testing"
	"time"

	"privacybot/bot"
)

func testAuditTrail(t *testing.T, open Opener) {
	me := bot.UserKey{Platform: bot.Slack, User: "U1"}
	other := bot.UserKey{Platform: bot.Slack, User: "U2"}
	at := func(minutes int) time.Time { return T0.Add(time.Duration(minutes) * time.Minute) }
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
			e := newEnv(t, open)
			e.clock.Set(T0.Add(1500 * time.Microsecond))
			for _, a := range tt.appends {
				a.ID = 999
				if err := e.AppendAudit(e.ctx, a); err != nil {
					t.Fatalf("AppendAudit: %v", err)
				}
			}
			got, err := e.AuditTrail(e.ctx, me)
			if err != nil {
				t.Fatalf("AuditTrail: %v", err)
			}
			var want []bot.AuditEntry
			for _, i := range tt.want {
				w := tt.appends[i]
				if w.At.IsZero() {
					w.At = T0.Add(time.Millisecond)
				}
				want = append(want, w)
			}
			if len(got) != len(want) {
				t.Fatalf("AuditTrail = %+v, want %d entries", got, len(want))
			}
			for i := range got {
				if got[i].ID == 0 || got[i].ID == 999 {
					t.Errorf("entry %d has ID %d; the store must hand out its own", i, got[i].ID)
				}
				want[i].ID = got[i].ID
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("AuditTrail =\n %+v\nwant\n %+v", got, want)
			}
			if len(tt.want) > 1 && tt.want[0] < tt.want[1] && got[0].ID >= got[1].ID {
				t.Errorf("IDs %d, %d: a later append got a lower ID", got[0].ID, got[1].ID)
			}
		})
	}
}

// testAuditIDsNeverReused checks that an ID is not handed out again after
// the entry holding it was deleted with its user.
func testAuditIDsNeverReused(t *testing.T, open Opener) {
	e := newEnv(t, open)
	me := bot.UserKey{Platform: bot.Slack, User: "U1"}
	for range 3 {
		if err := e.AppendAudit(e.ctx, bot.AuditEntry{UserKey: me, Action: "flow.start"}); err != nil {
			t.Fatalf("AppendAudit: %v", err)
		}
	}
	before, err := e.AuditTrail(e.ctx, me)
	if err != nil || len(before) != 3 {
		t.Fatalf("AuditTrail = %d entries, %v", len(before), err)
	}
	if err := e.ForgetUser(e.ctx, me); err != nil {
		t.Fatalf("ForgetUser: %v", err)
	}
	if err := e.AppendAudit(e.ctx, bot.AuditEntry{UserKey: me, Action: "flow.start"}); err != nil {
		t.Fatalf("AppendAudit: %v", err)
	}
	after, err := e.AuditTrail(e.ctx, me)
	if err != nil || len(after) != 1 {
		t.Fatalf("AuditTrail after forgetting = %+v, %v; want one entry", after, err)
	}
	for _, old := range before {
		if after[0].ID <= old.ID {
			t.Errorf("new entry got ID %d, not above the deleted %d", after[0].ID, old.ID)
		}
	}
}
