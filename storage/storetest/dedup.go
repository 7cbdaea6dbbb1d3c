package storetest

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/bot"
)

func testFirstSeen(t *testing.T, open Opener) {
	e := newEnv(t, open)
	steps := []struct {
		name string
		key  string
		want bool
	}{
		{"first time", "slack:Ev01", true},
		{"retry", "slack:Ev01", false},
		{"another event", "slack:Ev02", true},
		{"retry of the first, later", "slack:Ev01", false},
		{"same ID, other platform", "mattermost:Ev01", true},
		{"its retry", "mattermost:Ev01", false},
	}
	for i, st := range steps {
		got, err := e.FirstSeen(e.ctx, st.key, T0.Add(time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatalf("%s: FirstSeen: %v", st.name, err)
		}
		if got != st.want {
			t.Errorf("%s: FirstSeen(%q) = %v, want %v", st.name, st.key, got, st.want)
		}
	}
}

func testFirstSeenEmptyKey(t *testing.T, open Opener) {
	e := newEnv(t, open)
	if got, err := e.FirstSeen(e.ctx, "", T0); err == nil || got {
		t.Errorf("FirstSeen(\"\") = %v, %v; want an error", got, err)
	}
}

// testFirstSeenConcurrent delivers each of several events to many
// goroutines at once, as the platforms do to replicas: each event is new to
// exactly one of them.
func testFirstSeenConcurrent(t *testing.T, open Opener) {
	e := newEnv(t, open)
	const events, deliveries = 20, 16
	var firsts [events]atomic.Int32
	var wg sync.WaitGroup
	errs := make(chan error, events*deliveries)
	for d := range deliveries {
		wg.Go(func() {
			for ev := range events {
				key := fmt.Sprintf("slack:Ev%03d", (ev+d)%events)
				first, err := e.FirstSeen(e.ctx, key, T0)
				if err != nil {
					errs <- err
					return
				}
				if first {
					firsts[(ev+d)%events].Add(1)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("FirstSeen: %v", err)
	}
	for ev := range events {
		if n := firsts[ev].Load(); n != 1 {
			t.Errorf("event %d was new to %d deliveries, want 1", ev, n)
		}
	}
}

func testPurgedDedupKey(t *testing.T, open Opener) {
	e := newEnv(t, open)
	if _, err := e.FirstSeen(e.ctx, "slack:Ev01", T0); err != nil {
		t.Fatalf("FirstSeen: %v", err)
	}
	if _, err := e.Purge(e.ctx, T0.Add(25*time.Hour), bot.DefaultRetention()); err != nil {
		t.Fatalf("Purge: %v", err)
	}
	if first, err := e.FirstSeen(e.ctx, "slack:Ev01", T0.Add(25*time.Hour)); err != nil || !first {
		t.Errorf("FirstSeen after purge = %v, %v; want true", first, err)
	}
}
