package sqlite

import (
	"context"
	"maps"
	"testing"

	"privacybot/bot"
	"privacybot/flows"
)

// storeUserData stores a conversation in two channels, settings, two
// audit entries and two reminders for u.
func storeUserData(t *testing.T, s *DB, u bot.UserKey) {
	t.Helper()
	ctx := context.Background()
	for _, channel := range []string{"dm", "team"} {
		c := bot.Conversation{
			Address: bot.Address{Platform: u.Platform, User: u.User, Channel: channel},
			Flow:    &flows.State{Flow: "stappenplan", Step: "ontvanger"},
			Case:    "casus-1",
		}
		if err := s.SaveConversation(ctx, &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
	}
	if err := s.SaveSettings(ctx, bot.Settings{UserKey: u, Municipality: flows.Diemen}); err != nil {
		t.Fatalf("SaveSettings: %v", err)
	}
	for _, action := range []string{"flow.start", "flow.outcome"} {
		if err := s.AppendAudit(ctx, bot.AuditEntry{UserKey: u, Action: action, Flow: "stappenplan"}); err != nil {
			t.Fatalf("AppendAudit: %v", err)
		}
	}
	insertReminderRow(t, s, u, "dm", "scheduled", coreT0)
	insertReminderRow(t, s, u, "dm", "done", coreT0)
}

// userRows counts the rows stored about u in each table.
func userRows(t *testing.T, s *DB, u bot.UserKey) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, table := range []string{"conversations", "settings", "audit", "reminders"} {
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM `+table+` WHERE platform = ? AND user_id = ?`, u.Platform, u.User).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		counts[table] = n
	}
	return counts
}

func TestForgetUser(t *testing.T) {
	me := bot.UserKey{Platform: bot.Slack, User: "U1"}
	stored := map[string]int{"conversations": 2, "settings": 1, "audit": 2, "reminders": 2}
	none := map[string]int{"conversations": 0, "settings": 0, "audit": 0, "reminders": 0}
	tests := []struct {
		name   string
		forget bot.UserKey
		// others are users whose rows must stay.
		others []bot.UserKey
	}{
		{"user with data", me, []bot.UserKey{{Platform: bot.Slack, User: "U2"}, {Platform: bot.Mattermost, User: "U1"}}},
		{"user without data", bot.UserKey{Platform: bot.Slack, User: "nobody"}, []bot.UserKey{me}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, _ := openCoreStore(t)
			if tt.forget == me {
				storeUserData(t, s, me)
			}
			for _, u := range tt.others {
				storeUserData(t, s, u)
			}
			if err := s.ForgetUser(context.Background(), tt.forget); err != nil {
				t.Fatalf("ForgetUser: %v", err)
			}
			if got := userRows(t, s, tt.forget); !maps.Equal(got, none) {
				t.Errorf("rows left of the forgotten user: %v", got)
			}
			for _, u := range tt.others {
				if got := userRows(t, s, u); !maps.Equal(got, stored) {
					t.Errorf("rows of %+v = %v, want %v", u, got, stored)
				}
			}
		})
	}
}
