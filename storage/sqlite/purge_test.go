package sqlite

import (
	"context"
	"slices"
	"testing"
	"time"

	"privacybot/bot"
)

// purgeNow is when the purge tests purge: long after coreT0.
var purgeNow = coreT0.Add(200 * 24 * time.Hour)

// purgeAges are the ages of the rows agedRows stores, relative to a period:
// just inside it, exactly at its edge, and just outside it.
var purgeAges = map[string]time.Duration{"inside": -time.Millisecond, "edge": 0, "outside": time.Millisecond}

// purgeReminderStates are the reminder states agedRows stores: the two a
// purge may delete and an open one it must keep.
var purgeReminderStates = []string{"done", "cancelled", "sent"}

// agedRows stores, for each age in purgeAges relative to p's periods, a
// conversation in channel "conversation-<age>", a dedup key
// "dedup-<age>", and a reminder in each of purgeReminderStates in channel
// "reminder-<state>-<age>". It returns every name it stored.
func agedRows(t *testing.T, s *DB, clock *coreClock, p bot.Retention) []string {
	t.Helper()
	ctx := context.Background()
	var names []string
	for age, delta := range purgeAges {
		clock.Set(purgeNow.Add(-p.Conversations - delta))
		c := bot.Conversation{Address: bot.Address{Platform: bot.Slack, User: "U1", Channel: "conversation-" + age}}
		if err := s.SaveConversation(ctx, &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
		if _, err := s.FirstSeen(ctx, "dedup-"+age, purgeNow.Add(-p.Dedup-delta)); err != nil {
			t.Fatalf("FirstSeen: %v", err)
		}
		names = append(names, "conversation-"+age, "dedup-"+age)
		for _, state := range purgeReminderStates {
			channel := "reminder-" + state + "-" + age
			insertReminderRow(t, s, bot.UserKey{Platform: bot.Slack, User: "U1"}, channel, state, purgeNow.Add(-p.Reminders-delta))
			names = append(names, channel)
		}
	}
	slices.Sort(names)
	return names
}

// insertReminderRow stores a bare reminder in the reminders table, last
// changed at updated.
func insertReminderRow(t *testing.T, s *DB, u bot.UserKey, channel, state string, updated time.Time) {
	t.Helper()
	if _, err := s.db.Exec(`INSERT INTO reminders (platform, user_id, channel, kind, flow, outcome,
		decided_at, state, due_at, next_attempt_at, created_at, updated_at, version)
		VALUES (?, ?, ?, 'inform', 'stappenplan', 'delen', 0, ?, 0, 0, 0, ?, 1)`,
		u.Platform, u.User, channel, state, unixMillis(updated)); err != nil {
		t.Fatalf("insert reminder: %v", err)
	}
}

// remainingRows lists the channels of the conversations and reminders and
// the dedup keys left, sorted.
func remainingRows(t *testing.T, s *DB) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT channel FROM conversations UNION ALL SELECT key FROM dedup
		UNION ALL SELECT channel FROM reminders`)
	if err != nil {
		t.Fatalf("list rows: %v", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatalf("list rows: %v", err)
		}
		names = append(names, name)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("list rows: %v", err)
	}
	slices.Sort(names)
	return names
}

func TestPurge(t *testing.T) {
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
			s, clock, _ := openCoreStore(t)
			stored := agedRows(t, s, clock, tt.aged)
			got, err := s.Purge(context.Background(), purgeNow, tt.purge)
			if err != nil {
				t.Fatalf("Purge: %v", err)
			}
			if got != tt.want {
				t.Errorf("Purge counts = %+v, want %+v", got, tt.want)
			}
			want := slices.DeleteFunc(stored, func(name string) bool { return slices.Contains(tt.gone, name) })
			if left := remainingRows(t, s); !slices.Equal(left, want) {
				t.Errorf("rows left = %v\nwant %v", left, want)
			}
		})
	}
}

func TestPurgedDedupKeyIsNewAgain(t *testing.T) {
	s, _, _ := openCoreStore(t)
	ctx := context.Background()
	if _, err := s.FirstSeen(ctx, "slack:Ev01", coreT0); err != nil {
		t.Fatalf("FirstSeen: %v", err)
	}
	if _, err := s.Purge(ctx, coreT0.Add(25*time.Hour), bot.DefaultRetention()); err != nil {
		t.Fatalf("Purge: %v", err)
	}
	if first, err := s.FirstSeen(ctx, "slack:Ev01", coreT0.Add(25*time.Hour)); err != nil || !first {
		t.Errorf("FirstSeen after purge = %v, %v; want true", first, err)
	}
}
