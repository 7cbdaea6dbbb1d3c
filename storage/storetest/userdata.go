package storetest

import (
	"maps"
	"testing"

	"privacybot/bot"
	"privacybot/flows"
)

// storeUserData stores, for u, a conversation in two channels, settings,
// two audit entries and two reminders, one open and one done.
func storeUserData(t *testing.T, e env, u bot.UserKey) {
	t.Helper()
	for _, channel := range []string{"dm", "team"} {
		c := bot.Conversation{
			Address: bot.Address{Platform: u.Platform, User: u.User, Channel: channel},
			Flow:    &flows.State{Flow: "stappenplan", Step: "ontvanger"},
			Case:    "casus-1",
		}
		if err := e.SaveConversation(e.ctx, &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
	}
	if err := e.SaveSettings(e.ctx, bot.Settings{UserKey: u, Municipality: flows.Diemen}); err != nil {
		t.Fatalf("SaveSettings: %v", err)
	}
	for _, action := range []string{"flow.start", "flow.outcome"} {
		if err := e.AppendAudit(e.ctx, bot.AuditEntry{UserKey: u, Action: action, Flow: "stappenplan"}); err != nil {
			t.Fatalf("AppendAudit: %v", err)
		}
	}
	for _, outcome := range []string{"open", "done"} {
		r := newRem(T0)
		r.Address = bot.Address{Platform: u.Platform, User: u.User, Channel: "dm"}
		r.Outcome = outcome
		r = e.create(t, r)
		if outcome == "done" {
			e.update(t, &r, bot.StateDone)
		}
	}
}

// userRows counts, through the store's API, what is stored about u.
func userRows(t *testing.T, e env, u bot.UserKey) map[string]int {
	t.Helper()
	counts := map[string]int{"conversations": 0, "settings": 0}
	for _, channel := range []string{"dm", "team"} {
		if _, ok, err := e.Conversation(e.ctx, bot.Address{Platform: u.Platform, User: u.User, Channel: channel}); err != nil {
			t.Fatalf("Conversation: %v", err)
		} else if ok {
			counts["conversations"]++
		}
	}
	if _, ok, err := e.Settings(e.ctx, u); err != nil {
		t.Fatalf("Settings: %v", err)
	} else if ok {
		counts["settings"]++
	}
	trail, err := e.AuditTrail(e.ctx, u)
	if err != nil {
		t.Fatalf("AuditTrail: %v", err)
	}
	rems, err := e.UserReminders(e.ctx, u)
	if err != nil {
		t.Fatalf("UserReminders: %v", err)
	}
	counts["audit"], counts["reminders"] = len(trail), len(rems)
	return counts
}

func testForgetUser(t *testing.T, open Opener) {
	me := bot.UserKey{Platform: bot.Slack, User: "U1"}
	// Each reminder adds its reminder.set entry, the done one also its
	// reminder.done entry, to the two stored directly.
	stored := map[string]int{"conversations": 2, "settings": 1, "audit": 5, "reminders": 2}
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
			e := newEnv(t, open)
			if tt.forget == me {
				storeUserData(t, e, me)
			}
			for _, u := range tt.others {
				storeUserData(t, e, u)
			}
			if got := userRows(t, e, tt.others[0]); !maps.Equal(got, stored) {
				t.Fatalf("stored for %+v: %v, want %v", tt.others[0], got, stored)
			}
			if err := e.ForgetUser(e.ctx, tt.forget); err != nil {
				t.Fatalf("ForgetUser: %v", err)
			}
			if got := userRows(t, e, tt.forget); !maps.Equal(got, none) {
				t.Errorf("rows left of the forgotten user: %v", got)
			}
			if users, err := e.OpenReminderUsers(e.ctx); err != nil || len(users) != len(tt.others) {
				t.Errorf("users with open reminders = %v, %v; want the %d others", users, err, len(tt.others))
			}
			for _, u := range tt.others {
				if got := userRows(t, e, u); !maps.Equal(got, stored) {
					t.Errorf("rows of %+v = %v, want %v", u, got, stored)
				}
			}
		})
	}
}
