package storetest

import (
	"slices"
	"testing"
	"time"

	"privacybot/bot"
)

// purgeNow is when the purge tests purge: long after T0.
var purgeNow = T0.Add(200 * 24 * time.Hour)

// purgeAges are the ages of the rows agedRows stores, relative to a period:
// just inside it, exactly at its edge, and just outside it.
var purgeAges = map[string]time.Duration{"inside": -time.Millisecond, "edge": 0, "outside": time.Millisecond}

// purgeReminderStates are the reminder states agedRows stores: the two a
// purge may delete and an open one it must keep.
var purgeReminderStates = []bot.ReminderState{bot.StateDone, bot.StateCancelled, bot.StateSent}

// purgeUser owns every row agedRows stores.
var purgeUser = bot.UserKey{Platform: bot.Slack, User: "U1"}

// agedRows stores, for each age in purgeAges relative to p's periods, a
// conversation in channel "conversation-<age>", a dedup key
// "dedup-<age>", and a reminder in each of purgeReminderStates in channel
// "reminder-<state>-<age>", last changed at that age by the store's clock.
// It returns every name it stored, sorted.
func agedRows(t *testing.T, e env, p bot.Retention) []string {
	t.Helper()
	var names []string
	for age, delta := range purgeAges {
		e.clock.Set(purgeNow.Add(-p.Conversations - delta))
		c := bot.Conversation{Address: bot.Address{Platform: purgeUser.Platform, User: purgeUser.User, Channel: "conversation-" + age}}
		if err := e.SaveConversation(e.ctx, &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
		if _, err := e.FirstSeen(e.ctx, "dedup-"+age, purgeNow.Add(-p.Dedup-delta)); err != nil {
			t.Fatalf("FirstSeen: %v", err)
		}
		names = append(names, "conversation-"+age, "dedup-"+age)
		e.clock.Set(purgeNow.Add(-p.Reminders - delta))
		for _, state := range purgeReminderStates {
			channel := "reminder-" + string(state) + "-" + age
			r := newRem(T0)
			r.Address = bot.Address{Platform: purgeUser.Platform, User: purgeUser.User, Channel: channel}
			r.Outcome = channel
			r = e.create(t, r)
			e.update(t, &r, state)
			names = append(names, channel)
		}
	}
	slices.Sort(names)
	return names
}

// remainingRows lists the names of the rows agedRows stored that are
// still there, sorted. It records the dedup keys that were gone, so call
// it once.
func remainingRows(t *testing.T, e env) []string {
	t.Helper()
	var names []string
	for age := range purgeAges {
		a := bot.Address{Platform: purgeUser.Platform, User: purgeUser.User, Channel: "conversation-" + age}
		if _, ok, err := e.Conversation(e.ctx, a); err != nil {
			t.Fatalf("Conversation: %v", err)
		} else if ok {
			names = append(names, a.Channel)
		}
		if first, err := e.FirstSeen(e.ctx, "dedup-"+age, purgeNow); err != nil {
			t.Fatalf("FirstSeen: %v", err)
		} else if !first {
			names = append(names, "dedup-"+age)
		}
	}
	rems, err := e.UserReminders(e.ctx, purgeUser)
	if err != nil {
		t.Fatalf("UserReminders: %v", err)
	}
	for _, r := range rems {
		names = append(names, r.Channel)
	}
	slices.Sort(names)
	return names
}

func testPurge(t *testing.T, open Opener) {
	outside := []string{"conversation-outside", "dedup-outside", "reminder-cancelled-outside", "reminder-done-outside"}
	tests := []struct {
		name string
		// aged is the retention the rows were aged for; purge is the one
		// purged with.
		aged, purge bot.Retention
		want        bot.PurgeCounts
		gone        []string
	}{
		{
			name:  "default periods",
			aged:  bot.DefaultRetention(),
			purge: bot.DefaultRetention(),
			want:  bot.PurgeCounts{Conversations: 1, Reminders: 2, Dedup: 1},
			gone:  outside,
		},
		{
			name:  "own periods",
			aged:  bot.Retention{Conversations: time.Hour, Reminders: 2 * time.Hour, Dedup: time.Minute},
			purge: bot.Retention{Conversations: time.Hour, Reminders: 2 * time.Hour, Dedup: time.Minute},
			want:  bot.PurgeCounts{Conversations: 1, Reminders: 2, Dedup: 1},
			gone:  outside,
		},
		{
			name:  "zero periods keep everything",
			aged:  bot.DefaultRetention(),
			purge: bot.Retention{},
		},
		{
			name:  "negative periods keep everything",
			aged:  bot.DefaultRetention(),
			purge: bot.Retention{Conversations: -time.Hour, Reminders: -time.Hour, Dedup: -time.Hour},
		},
		{
			name:  "only one kind",
			aged:  bot.DefaultRetention(),
			purge: bot.Retention{Dedup: 24 * time.Hour},
			want:  bot.PurgeCounts{Dedup: 1},
			gone:  []string{"dedup-outside"},
		},
		{
			name:  "shorter periods purge all but open reminders",
			aged:  bot.DefaultRetention(),
			purge: bot.Retention{Conversations: time.Hour, Reminders: time.Hour, Dedup: time.Hour},
			want:  bot.PurgeCounts{Conversations: 3, Reminders: 6, Dedup: 3},
			gone: []string{"conversation-edge", "conversation-inside", "conversation-outside",
				"dedup-edge", "dedup-inside", "dedup-outside",
				"reminder-cancelled-edge", "reminder-cancelled-inside", "reminder-cancelled-outside",
				"reminder-done-edge", "reminder-done-inside", "reminder-done-outside"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			stored := agedRows(t, e, tt.aged)
			got, err := e.Purge(e.ctx, purgeNow, tt.purge)
			if err != nil {
				t.Fatalf("Purge: %v", err)
			}
			if got != tt.want {
				t.Errorf("Purge counts = %+v, want %+v", got, tt.want)
			}
			want := slices.DeleteFunc(stored, func(name string) bool { return slices.Contains(tt.gone, name) })
			if left := remainingRows(t, e); !slices.Equal(left, want) {
				t.Errorf("rows left = %v\nwant %v", left, want)
			}
		})
	}
}
