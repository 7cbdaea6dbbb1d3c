package storetest

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
)

func testConversationRoundTrip(t *testing.T, open Opener) {
	tests := []struct {
		name string
		c    bot.Conversation
	}{
		{"no flow", bot.Conversation{
			Address: bot.Address{Platform: bot.Console, User: "me", Channel: "terminal"},
		}},
		{"flow just started", bot.Conversation{
			Address: bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"},
			Flow:    &flows.State{Flow: "stappenplan", Step: "ontvanger"},
		}},
		{"flow halfway with pending and case", bot.Conversation{
			Address: bot.Address{Platform: bot.Mattermost, User: "u-é", Channel: "c'1"},
			Flow: &flows.State{Flow: "toestemming", Step: "leeftijd", Path: []flows.Answered{
				{Step: "ontvanger", Value: "school"}, {Step: "gezag", Value: "beide-ouders"},
			}},
			Pending: "remind-at",
			Case:    "casus-17 — ✓",
		}},
		{"flow finished", bot.Conversation{
			Address: bot.Address{Platform: bot.Slack, User: "U2", Channel: "C9"},
			Flow:    &flows.State{Flow: "datalek", Path: []flows.Answered{{Step: "soort", Value: "email"}}, Outcome: "melden"},
			Pending: "abandon:toestemming",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			e.clock.Set(T0.Add(1234567 * time.Microsecond))
			c := tt.c
			if err := e.SaveConversation(e.ctx, &c); err != nil {
				t.Fatalf("SaveConversation: %v", err)
			}
			if c.Version != 1 {
				t.Errorf("Version after insert = %d, want 1", c.Version)
			}
			if want := T0.Add(1234 * time.Millisecond); !c.UpdatedAt.Equal(want) || c.UpdatedAt.Location() != time.UTC {
				t.Errorf("UpdatedAt = %v, want %v in UTC", c.UpdatedAt, want)
			}
			got, ok, err := e.Conversation(e.ctx, tt.c.Address)
			if err != nil || !ok {
				t.Fatalf("Conversation = %v, %v", ok, err)
			}
			if !reflect.DeepEqual(got, c) {
				t.Errorf("read back\n %+v\nwant\n %+v", got, c)
			}
			if got.Flow != nil && got.Flow == tt.c.Flow {
				t.Errorf("read back shares the saved *flows.State")
			}
		})
	}
}

func testConversationAbsent(t *testing.T, open Opener) {
	e := newEnv(t, open)
	saved := bot.Conversation{Address: bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}}
	if err := e.SaveConversation(e.ctx, &saved); err != nil {
		t.Fatalf("SaveConversation: %v", err)
	}
	tests := []bot.Address{
		{Platform: bot.Slack, User: "U1", Channel: "D2"},
		{Platform: bot.Slack, User: "U2", Channel: "D1"},
		{Platform: bot.Mattermost, User: "U1", Channel: "D1"},
	}
	for _, a := range tests {
		c, ok, err := e.Conversation(e.ctx, a)
		if err != nil || ok || !reflect.DeepEqual(c, bot.Conversation{}) {
			t.Errorf("Conversation(%+v) = %+v, %v, %v; want none", a, c, ok, err)
		}
	}
}

func testSaveConversationConflicts(t *testing.T, open Opener) {
	a := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	tests := []struct {
		name string
		// stored is how many times the conversation was saved before.
		stored  int
		version int64
		want    error
	}{
		{"insert new", 0, 0, nil},
		{"insert over an existing one", 1, 0, bot.ErrConflict},
		{"update a missing one", 0, 1, bot.ErrConflict},
		{"update current", 2, 2, nil},
		{"update stale", 2, 1, bot.ErrConflict},
		{"update from the future", 2, 3, bot.ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			first := bot.Conversation{Address: a, Pending: "first"}
			for range tt.stored {
				if err := e.SaveConversation(e.ctx, &first); err != nil {
					t.Fatalf("setup save: %v", err)
				}
			}
			c := bot.Conversation{Address: a, Pending: "second", Version: tt.version}
			err := e.SaveConversation(e.ctx, &c)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("SaveConversation = %v, want %v", err, tt.want)
			}
			got, _, err2 := e.Conversation(e.ctx, a)
			if err2 != nil {
				t.Fatalf("Conversation: %v", err2)
			}
			if err != nil {
				if c.Version != tt.version {
					t.Errorf("failed save changed Version to %d", c.Version)
				}
				if got.Pending == "second" {
					t.Errorf("failed save was stored")
				}
				return
			}
			if c.Version != tt.version+1 || got.Version != c.Version || got.Pending != "second" {
				t.Errorf("after save: c.Version=%d stored=%+v; want version %d and the new state", c.Version, got, tt.version+1)
			}
		})
	}
}

// testSaveConversationRace saves one conversation from many goroutines at
// once, as replicas handling two events of one user would: for a new
// conversation and for an update of a stored one, exactly one save wins.
func testSaveConversationRace(t *testing.T, open Opener) {
	a := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	for _, tt := range []struct {
		name   string
		stored bool
	}{{"new", false}, {"stored", true}} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			base := bot.Conversation{Address: a}
			if tt.stored {
				if err := e.SaveConversation(e.ctx, &base); err != nil {
					t.Fatalf("SaveConversation: %v", err)
				}
			}
			const racers = 8
			results := make(chan error, racers)
			var wg sync.WaitGroup
			for i := range racers {
				wg.Go(func() {
					c := base
					c.Pending = string(rune('a' + i))
					results <- e.SaveConversation(e.ctx, &c)
				})
			}
			wg.Wait()
			close(results)
			var won, lost int
			for err := range results {
				switch {
				case err == nil:
					won++
				case errors.Is(err, bot.ErrConflict):
					lost++
				default:
					t.Errorf("SaveConversation: %v", err)
				}
			}
			if won != 1 || lost != racers-1 {
				t.Errorf("%d saves won and %d lost, want 1 and %d", won, lost, racers-1)
			}
			got, _, err := e.Conversation(e.ctx, a)
			if err != nil || got.Version != base.Version+1 {
				t.Errorf("stored version %d (%v), want %d: one save, once", got.Version, err, base.Version+1)
			}
		})
	}
}

func testDeleteConversation(t *testing.T, open Opener) {
	mine := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	otherChannel := bot.Address{Platform: bot.Slack, User: "U1", Channel: "C1"}
	tests := []struct {
		name   string
		delete bot.Address
		// gone and kept are the saved conversations expected absent and present.
		gone, kept []bot.Address
	}{
		{"stored one", mine, []bot.Address{mine}, []bot.Address{otherChannel}},
		{"absent one", bot.Address{Platform: bot.Slack, User: "U9", Channel: "D1"}, nil, []bot.Address{mine, otherChannel}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			for _, a := range []bot.Address{mine, otherChannel} {
				c := bot.Conversation{Address: a}
				if err := e.SaveConversation(e.ctx, &c); err != nil {
					t.Fatalf("SaveConversation: %v", err)
				}
			}
			if err := e.DeleteConversation(e.ctx, tt.delete); err != nil {
				t.Fatalf("DeleteConversation: %v", err)
			}
			for _, a := range tt.gone {
				if _, ok, err := e.Conversation(e.ctx, a); ok || err != nil {
					t.Errorf("%+v still there (%v, %v)", a, ok, err)
				}
			}
			for _, a := range tt.kept {
				if _, ok, err := e.Conversation(e.ctx, a); !ok || err != nil {
					t.Errorf("%+v gone (%v, %v)", a, ok, err)
				}
			}
		})
	}
	t.Run("save anew after delete", func(t *testing.T) {
		e := newEnv(t, open)
		c := bot.Conversation{Address: mine}
		if err := e.SaveConversation(e.ctx, &c); err != nil {
			t.Fatalf("SaveConversation: %v", err)
		}
		if err := e.DeleteConversation(e.ctx, mine); err != nil {
			t.Fatalf("DeleteConversation: %v", err)
		}
		if err := e.SaveConversation(e.ctx, &c); !errors.Is(err, bot.ErrConflict) {
			t.Errorf("save with the deleted version = %v, want ErrConflict", err)
		}
		fresh := bot.Conversation{Address: mine}
		if err := e.SaveConversation(e.ctx, &fresh); err != nil {
			t.Errorf("save anew: %v", err)
		}
	})
}
