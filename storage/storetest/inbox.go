package storetest

import (
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
)

// inboxEvent is a pending Slack event of user U1 with a payload.
func inboxEvent(id string, lease time.Time) bot.InboxEvent {
	return bot.InboxEvent{ID: id, Platform: bot.Slack, User: "U1", Payload: []byte("payload of " + id), LeaseUntil: lease}
}

// claimIDs claims for owner at the clock's time and returns the IDs.
func claimIDs(t *testing.T, e env, owner string, restart bool) []string {
	t.Helper()
	now := e.clock.Now()
	evs, err := e.ClaimInbox(e.ctx, bot.InboxClaim{Platform: bot.Slack, Owner: owner, Now: now, LeaseUntil: now.Add(time.Minute), Limit: 100, Restart: restart})
	if err != nil {
		t.Fatalf("ClaimInbox: %v", err)
	}
	var ids []string
	for _, ev := range evs {
		ids = append(ids, ev.ID)
	}
	return ids
}

func testInboxAdd(t *testing.T, open Opener) {
	e := newEnv(t, open)
	lease := T0.Add(time.Minute)
	steps := []struct {
		name string
		ids  []string
		want []bool
	}{
		{"two new", []string{"a", "b"}, []bool{true, true}},
		{"a redelivery", []string{"a"}, []bool{false}},
		{"twice in one batch", []string{"c", "c", "b"}, []bool{true, false, false}},
	}
	for _, st := range steps {
		var evs []bot.InboxEvent
		for _, id := range st.ids {
			evs = append(evs, inboxEvent(id, lease))
		}
		got, err := e.AddInbox(e.ctx, "X", T0, evs)
		if err != nil {
			t.Fatalf("%s: AddInbox: %v", st.name, err)
		}
		if !slices.Equal(got, st.want) {
			t.Errorf("%s: AddInbox = %v, want %v", st.name, got, st.want)
		}
	}
	if _, err := e.AddInbox(e.ctx, "X", T0, []bot.InboxEvent{{Platform: bot.Slack}}); err == nil {
		t.Error("AddInbox took an event without ID")
	}
}

func testInboxLease(t *testing.T, open Opener) {
	e := newEnv(t, open)
	if _, err := e.AddInbox(e.ctx, "X", T0, []bot.InboxEvent{inboxEvent("a", T0.Add(time.Minute))}); err != nil {
		t.Fatal(err)
	}
	if ids := claimIDs(t, e, "Y", false); len(ids) != 0 {
		t.Fatalf("Y claimed %v while X's lease runs", ids)
	}
	e.clock.Advance(2 * time.Minute)
	now := e.clock.Now()
	evs, err := e.ClaimInbox(e.ctx, bot.InboxClaim{Platform: bot.Slack, Owner: "Y", Now: now, LeaseUntil: now.Add(time.Minute), Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].ID != "a" || string(evs[0].Payload) != "payload of a" || evs[0].User != "U1" || evs[0].Attempts != 1 || !evs[0].ReceivedAt.Equal(T0) {
		t.Fatalf("Y claimed %+v after X's lease ended, want event a, attempt 1, received at T0", evs)
	}
	if ok, err := e.FinishInbox(e.ctx, "X", []string{"a"}, now); err != nil || ok[0] {
		t.Errorf("X finished an event Y took over: %v, %v", ok, err)
	}
	if ids := claimIDs(t, e, "Z", false); len(ids) != 0 {
		t.Errorf("Z claimed %v while Y's lease runs", ids)
	}
	if ok, err := e.FinishInbox(e.ctx, "Y", []string{"a", "unknown"}, now); err != nil || !slices.Equal(ok, []bool{true, false}) {
		t.Fatalf("Y finishing its event and an unknown one: %v, %v; want [true false]", ok, err)
	}
	if ok, err := e.FinishInbox(e.ctx, "Y", []string{"a"}, now); err != nil || ok[0] {
		t.Errorf("finished twice: %v, %v", ok, err)
	}
	e.clock.Advance(time.Hour)
	if ids := claimIDs(t, e, "Z", true); len(ids) != 0 {
		t.Errorf("a done event was claimed again: %v", ids)
	}
	if got, err := e.AddInbox(e.ctx, "Z", e.clock.Now(), []bot.InboxEvent{inboxEvent("a", e.clock.Now().Add(time.Minute))}); err != nil || got[0] {
		t.Errorf("a done event's redelivery: AddInbox = %v, %v; want not new", got, err)
	}
}

func testInboxRestart(t *testing.T, open Opener) {
	e := newEnv(t, open)
	evs := []bot.InboxEvent{inboxEvent("a", T0.Add(time.Hour)), inboxEvent("b", T0.Add(time.Hour))}
	if _, err := e.AddInbox(e.ctx, "X", T0, evs); err != nil {
		t.Fatal(err)
	}
	if ids := claimIDs(t, e, "X", false); len(ids) != 0 {
		t.Errorf("X claimed its own leased events without restart: %v", ids)
	}
	if ids := claimIDs(t, e, "Y", true); len(ids) != 0 {
		t.Errorf("Y's restart claimed X's leased events: %v", ids)
	}
	started := T0.Add(time.Second)
	if _, err := e.AddInbox(e.ctx, "X", started.Add(time.Second), []bot.InboxEvent{inboxEvent("since", started.Add(time.Hour))}); err != nil {
		t.Fatal(err)
	}
	evs, err := e.ClaimInbox(e.ctx, bot.InboxClaim{Platform: bot.Slack, Owner: "X", Now: started, LeaseUntil: started.Add(time.Hour), Limit: 10, Restart: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || evs[0].ID != "a" || evs[1].ID != "b" {
		t.Errorf("X's restart claimed %+v, want a and b: not the event it stored since it started", evs)
	}
}

func testInboxReleaseRenew(t *testing.T, open Opener) {
	e := newEnv(t, open)
	evs := []bot.InboxEvent{inboxEvent("a", T0.Add(time.Minute)), inboxEvent("b", T0.Add(time.Minute)), inboxEvent("free", time.Time{})}
	if _, err := e.AddInbox(e.ctx, "X", T0, evs); err != nil {
		t.Fatal(err)
	}
	if ids := claimIDs(t, e, "Y", false); !slices.Equal(ids, []string{"free"}) {
		t.Errorf("Y claimed %v, want the event added without lease", ids)
	}
	if ok, err := e.FinishInbox(e.ctx, "Y", []string{"free"}, T0); err != nil || !ok[0] {
		t.Fatalf("FinishInbox: %v, %v", ok, err)
	}
	if err := e.ReleaseInbox(e.ctx, "a", "Y"); err != nil {
		t.Fatal(err)
	}
	if ids := claimIDs(t, e, "Y", false); len(ids) != 0 {
		t.Errorf("a release by who does not hold it freed %v", ids)
	}
	if err := e.ReleaseInbox(e.ctx, "a", "X"); err != nil {
		t.Fatal(err)
	}
	if err := e.RenewInbox(e.ctx, "X", []string{"a", "b"}, T0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(2 * time.Minute)
	if ids := claimIDs(t, e, "Y", false); !slices.Equal(ids, []string{"a"}) {
		t.Errorf("Y claimed %v, want [a]: released, while b's lease was renewed", ids)
	}
}

// testInboxConcurrentClaims lets many owners claim expired events at once:
// each event goes to exactly one.
func testInboxConcurrentClaims(t *testing.T, open Opener) {
	e := newEnv(t, open)
	const events, owners = 60, 8
	var evs []bot.InboxEvent
	for i := range events {
		evs = append(evs, inboxEvent(fmt.Sprintf("ev%03d", i), time.Time{}))
	}
	if _, err := e.AddInbox(e.ctx, "", T0, evs); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	got := map[string]int{}
	var wg sync.WaitGroup
	for o := range owners {
		wg.Go(func() {
			for {
				claimed, err := e.ClaimInbox(e.ctx, bot.InboxClaim{Platform: bot.Slack, Owner: fmt.Sprint("owner", o), Now: T0, LeaseUntil: T0.Add(time.Minute), Limit: 3})
				if err != nil {
					t.Errorf("ClaimInbox: %v", err)
					return
				}
				if len(claimed) == 0 {
					return
				}
				mu.Lock()
				for _, ev := range claimed {
					got[ev.ID]++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(got) != events {
		t.Errorf("%d events claimed, want %d", len(got), events)
	}
	for id, n := range got {
		if n != 1 {
			t.Errorf("event %s claimed %d times", id, n)
		}
	}
}

func testInboxPositions(t *testing.T, open Opener) {
	e := newEnv(t, open)
	ev := inboxEvent("a", T0.Add(time.Minute))
	ev.Platform, ev.Channel, ev.At = bot.Mattermost, "dm1", 2000
	if _, err := e.AddInbox(e.ctx, "X", T0, []bot.InboxEvent{ev}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		channel string
		at      int64
	}{{"dm1", 1000}, {"dm2", 500}, {"dm2", 700}} {
		if err := e.SaveInboxPosition(e.ctx, bot.Mattermost, p.channel, "U2", p.at); err != nil {
			t.Fatal(err)
		}
	}
	got, err := e.InboxPositions(e.ctx, bot.Mattermost)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int64{"dm1": 2000, "dm2": 500}; !maps.Equal(got, want) {
		t.Errorf("positions %v, want %v: saved only for a channel not followed yet", got, want)
	}
	later := inboxEvent("b", T0.Add(time.Minute))
	later.Platform, later.Channel, later.At = bot.Mattermost, "dm2", 900
	earlier := inboxEvent("c", T0.Add(time.Minute))
	earlier.Platform, earlier.Channel, earlier.At = bot.Mattermost, "dm1", 1500
	if _, err := e.AddInbox(e.ctx, "X", T0, []bot.InboxEvent{later, earlier}); err != nil {
		t.Fatal(err)
	}
	got, err = e.InboxPositions(e.ctx, bot.Mattermost)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int64{"dm1": 2000, "dm2": 900}; !maps.Equal(got, want) {
		t.Errorf("positions %v, want %v: moved forward by an event stored, never back", got, want)
	}
	if other, err := e.InboxPositions(e.ctx, bot.Slack); err != nil || len(other) != 0 {
		t.Errorf("Slack's positions %v, %v; want none", other, err)
	}
}

func testInboxForgetPurge(t *testing.T, open Opener) {
	e := newEnv(t, open)
	u1 := inboxEvent("u1", T0.Add(time.Minute))
	u1.Platform, u1.Channel, u1.At = bot.Mattermost, "dm1", 1
	u2 := inboxEvent("u2", T0.Add(time.Minute))
	u2.Platform, u2.User = bot.Mattermost, "U2"
	done := inboxEvent("done", T0.Add(time.Minute))
	done.Platform = bot.Mattermost
	if _, err := e.AddInbox(e.ctx, "X", T0, []bot.InboxEvent{u1, u2, done}); err != nil {
		t.Fatal(err)
	}
	if ok, err := e.FinishInbox(e.ctx, "X", []string{"done"}, T0); err != nil || !ok[0] {
		t.Fatalf("FinishInbox: %v, %v", ok, err)
	}
	if err := e.ForgetUser(e.ctx, bot.UserKey{Platform: bot.Mattermost, User: "U1"}); err != nil {
		t.Fatal(err)
	}
	if pos, err := e.InboxPositions(e.ctx, bot.Mattermost); err != nil || len(pos) != 0 {
		t.Errorf("positions after the user was forgotten: %v, %v", pos, err)
	}
	now := T0.Add(2 * time.Minute)
	evs, err := e.ClaimInbox(e.ctx, bot.InboxClaim{Platform: bot.Mattermost, Owner: "Y", Now: now, LeaseUntil: now.Add(time.Minute), Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].ID != "u2" {
		t.Errorf("after U1 was forgotten, pending events %+v, want only U2's", evs)
	}
	later := T0.Add(25 * time.Hour)
	if _, err := e.Purge(e.ctx, later, bot.DefaultRetention()); err != nil {
		t.Fatal(err)
	}
	again := []bot.InboxEvent{done, u2}
	again[0].LeaseUntil = later.Add(time.Minute)
	got, err := e.AddInbox(e.ctx, "X", later, again)
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{true, false}; !slices.Equal(got, want) {
		t.Errorf("after the purge AddInbox(done, pending) = %v, want %v: a done event's ID is dropped after the dedup period, a pending event stays", got, want)
	}
}
