package storetest

import (
	"errors"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

var turnUser = bot.UserKey{Platform: bot.Slack, User: "U1"}

// turnWrites is a turn of turnUser that changes everything a turn can.
func turnWrites(c *bot.Conversation, rems ...*bot.Reminder) *bot.TurnWrites {
	st := bot.Settings{UserKey: turnUser, Lang: lang.NL, Municipality: flows.Uithoorn}
	w := &bot.TurnWrites{Conversation: c, Settings: &st,
		Audit: []bot.AuditEntry{{UserKey: turnUser, At: T0, Action: "flow.start", Flow: "stappenplan"}}}
	for _, r := range rems {
		w.Reminders = append(w.Reminders, bot.ReminderWrite{Reminder: r,
			Audit: bot.AuditEntry{UserKey: turnUser, At: T0, Action: bot.AuditReminderSet}})
	}
	return w
}

func testCommitTurn(t *testing.T, open Opener) {
	e := newEnv(t, open)
	c := bot.Conversation{Address: bot.Address{Platform: turnUser.Platform, User: turnUser.User, Channel: bot.DM},
		Flow: &flows.State{Flow: "stappenplan", Step: "ontvanger"}}
	r := newRem(T0.Add(time.Hour))
	if err := e.CommitTurn(e.ctx, turnWrites(&c, &r)); err != nil {
		t.Fatalf("CommitTurn: %v", err)
	}
	if c.Version != 1 || r.ID == 0 || r.Version != 1 {
		t.Errorf("after commit: conversation version %d, reminder id %d version %d; want 1, set, 1", c.Version, r.ID, r.Version)
	}
	got, ok, err := e.Conversation(e.ctx, c.Address)
	if err != nil || !ok || got.Flow == nil || got.Flow.Step != "ontvanger" || got.Version != 1 {
		t.Errorf("stored conversation = %+v, %v, %v", got, ok, err)
	}
	if st, ok, err := e.Settings(e.ctx, turnUser); err != nil || !ok || st.Municipality != flows.Uithoorn {
		t.Errorf("stored settings = %+v, %v, %v", st, ok, err)
	}
	trail, err := e.AuditTrail(e.ctx, turnUser)
	if err != nil || len(trail) != 2 || trail[0].Action != bot.AuditReminderSet || trail[0].Reminder != r.ID || trail[1].Action != "flow.start" {
		t.Errorf("audit trail = %+v, %v; want reminder.set naming reminder %d, then flow.start", trail, err, r.ID)
	}
	// A second turn that updates the reminder and the conversation.
	r.State = bot.StateDone
	c.Pending = "forget"
	w := &bot.TurnWrites{Conversation: &c, Reminders: []bot.ReminderWrite{{Reminder: &r, Audit: bot.AuditEntry{UserKey: turnUser, At: T0, Action: bot.AuditReminderDone}}}}
	if err := e.CommitTurn(e.ctx, w); err != nil {
		t.Fatalf("CommitTurn update: %v", err)
	}
	if c.Version != 2 || r.Version != 2 {
		t.Errorf("after the update: versions %d and %d, want 2 and 2", c.Version, r.Version)
	}
	if stored, _, _ := e.Reminder(e.ctx, r.ID); stored.State != bot.StateDone {
		t.Errorf("stored reminder state %q, want done", stored.State)
	}
}

func testCommitTurnAllOrNothing(t *testing.T, open Opener) {
	addr := bot.Address{Platform: turnUser.Platform, User: turnUser.User, Channel: bot.DM}
	tests := []struct {
		name string
		// prepare stores something first and returns the turn, which must
		// then fail with ErrConflict.
		prepare func(t *testing.T, e env) *bot.TurnWrites
	}{
		{"stale conversation", func(t *testing.T, e env) *bot.TurnWrites {
			c := bot.Conversation{Address: addr}
			if err := e.SaveConversation(e.ctx, &c); err != nil {
				t.Fatal(err)
			}
			stale := c
			if err := e.SaveConversation(e.ctx, &c); err != nil {
				t.Fatal(err)
			}
			r := newRem(T0.Add(time.Hour))
			return turnWrites(&stale, &r)
		}},
		{"new conversation stored meanwhile", func(t *testing.T, e env) *bot.TurnWrites {
			other := bot.Conversation{Address: addr}
			if err := e.SaveConversation(e.ctx, &other); err != nil {
				t.Fatal(err)
			}
			return turnWrites(&bot.Conversation{Address: addr})
		}},
		{"stale reminder", func(t *testing.T, e env) *bot.TurnWrites {
			r := e.create(t, newRem(T0.Add(time.Hour)))
			stale := r
			e.update(t, &r, bot.StateSnoozed)
			stale.State = bot.StateDone
			return turnWrites(&bot.Conversation{Address: addr}, &stale)
		}},
		{"duplicate reminder", func(t *testing.T, e env) *bot.TurnWrites {
			e.create(t, newRem(T0.Add(time.Hour)))
			dup := newRem(T0.Add(2 * time.Hour))
			return turnWrites(&bot.Conversation{Address: addr}, &dup)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			w := tt.prepare(t, e)
			before := userRows(t, e, turnUser)
			trail, _ := e.AuditTrail(e.ctx, turnUser)
			if err := e.CommitTurn(e.ctx, w); !errors.Is(err, bot.ErrConflict) {
				t.Fatalf("CommitTurn = %v, want ErrConflict", err)
			}
			if after := userRows(t, e, turnUser); after["settings"] != before["settings"] || after["reminders"] != before["reminders"] || after["audit"] != len(trail) {
				t.Errorf("a failed turn stored something: before %v, after %v", before, after)
			}
			if w.Conversation.Version == 0 && tt.name == "stale conversation" {
				t.Error("the conversation's version was changed by a failed commit")
			}
		})
	}
}

func testForgetUserDropsDedupKeys(t *testing.T, open Opener) {
	e := newEnv(t, open)
	gone := bot.UserKey{Platform: bot.Slack, User: "U1"}
	kept := bot.UserKey{Platform: bot.Slack, User: "U10"}
	keys := map[string]bool{ // key -> gone with the user
		bot.UserDedupKey(gone, "slack:press:D1:1.2:c1"):  true,
		"digest:slack:U1:2026-10":                        true,
		bot.UserDedupKey(kept, "slack:press:D10:1.2:c1"): false,
		"digest:slack:U10:2026-10":                       false,
		"slack:event:Ev1":                                false,
	}
	for k := range keys {
		if _, err := e.FirstSeen(e.ctx, k, T0); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.ForgetUser(e.ctx, gone); err != nil {
		t.Fatalf("ForgetUser: %v", err)
	}
	for k, goneWith := range keys {
		first, err := e.FirstSeen(e.ctx, k, T0)
		if err != nil {
			t.Fatal(err)
		}
		if first != goneWith {
			t.Errorf("key %q new again = %v, want %v", k, first, goneWith)
		}
	}
}
