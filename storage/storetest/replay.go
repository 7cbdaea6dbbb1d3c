package storetest

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
)

// turnReplies returns what TurnReplies says of event, failing on an error.
func (e env) turnReplies(t *testing.T, event string) ([]bot.Reply, bool) {
	t.Helper()
	rs, ok, err := e.TurnReplies(e.ctx, event)
	if err != nil {
		t.Fatalf("TurnReplies(%s): %v", event, err)
	}
	return rs, ok
}

// testCommitTurnReplies: a turn that answers a pending inbox event stores
// its replies on the event in its own transaction; a second turn for the
// event stores nothing (ErrConflict); the replies go when the event is
// done or its user erased.
func testCommitTurnReplies(t *testing.T, open Opener) {
	e := newEnv(t, open)
	lease := T0.Add(time.Minute)
	ev1, ev2 := inboxEvent("ev1", lease), inboxEvent("ev2", lease)
	if _, err := e.AddInbox(e.ctx, "X", T0, []bot.InboxEvent{ev1, ev2}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"ev1", "unknown"} {
		if rs, ok := e.turnReplies(t, id); ok || rs != nil {
			t.Errorf("TurnReplies(%s) before any turn = %v, %v; want none", id, rs, ok)
		}
	}
	replies := []bot.Reply{
		{Text: "*Vraag*\nGing het om persoonsgegevens?", Choices: []bot.Choice{{Label: "Ja", Value: "f:datalek:ja"}},
			Controls: []bot.Choice{{Label: "stop", Value: "stop"}}},
		{Text: "notitie", Copy: true, Direct: true},
	}
	c := bot.Conversation{Address: bot.Address{Platform: turnUser.Platform, User: turnUser.User, Channel: bot.DM},
		Flow: &flows.State{Flow: "datalek", Step: "wat"}}
	w := turnWrites(&c)
	w.Event, w.Replies = "ev1", replies
	if err := e.CommitTurn(e.ctx, w); err != nil {
		t.Fatalf("CommitTurn with an event: %v", err)
	}
	if rs, ok := e.turnReplies(t, "ev1"); !ok || !reflect.DeepEqual(rs, replies) {
		t.Errorf("TurnReplies(ev1) = %+v, %v; want %+v", rs, ok, replies)
	}
	if _, ok := e.turnReplies(t, "ev2"); ok {
		t.Error("TurnReplies(ev2): replies on an event no turn answered")
	}

	// A second run of ev1 that did not see the first one's replies.
	again := c
	again.Flow = &flows.State{Flow: "datalek", Step: "persoonsgegevens"}
	w2 := turnWrites(&again)
	w2.Event, w2.Replies = "ev1", []bot.Reply{{Text: "other"}}
	if err := e.CommitTurn(e.ctx, w2); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("second turn for ev1: %v, want ErrConflict", err)
	}
	if got, _, err := e.Conversation(e.ctx, c.Address); err != nil || got.Version != 1 || got.Flow.Step != "wat" {
		t.Errorf("after the refused second turn the conversation is %+v (%v); want version 1 at wat", got, err)
	}
	if trail, err := e.AuditTrail(e.ctx, turnUser); err != nil || len(trail) != 1 {
		t.Errorf("after the refused second turn %d audit entries (%v), want 1", len(trail), err)
	}
	if rs, _ := e.turnReplies(t, "ev1"); !reflect.DeepEqual(rs, replies) {
		t.Errorf("the refused turn changed the stored replies to %+v", rs)
	}

	// A turn for an event the inbox does not hold stores its writes only.
	w3 := turnWrites(&c)
	w3.Event, w3.Replies = "unknown", replies
	if err := e.CommitTurn(e.ctx, w3); err != nil {
		t.Errorf("CommitTurn for an unknown event: %v", err)
	}
	if _, ok := e.turnReplies(t, "unknown"); ok {
		t.Error("replies stored for an unknown event")
	}

	// Done: the replies are dropped with the payload.
	if ok, err := e.FinishInbox(e.ctx, "X", []string{"ev1"}, T0); err != nil || !ok[0] {
		t.Fatalf("FinishInbox: %v, %v", ok, err)
	}
	if _, ok := e.turnReplies(t, "ev1"); ok {
		t.Error("replies of a done event still returned")
	}

	// Erased with the user.
	w4 := turnWrites(nil)
	w4.Event, w4.Replies = "ev2", replies
	if err := e.CommitTurn(e.ctx, w4); err != nil {
		t.Fatalf("CommitTurn ev2: %v", err)
	}
	if _, ok := e.turnReplies(t, "ev2"); !ok {
		t.Fatal("no replies stored for ev2")
	}
	if err := e.ForgetUser(e.ctx, turnUser); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.turnReplies(t, "ev2"); ok {
		t.Error("replies of an erased user's event still returned")
	}
}

// testOutboxTakeOver: an item being sent under a claim that has not run
// out is made due by its key, and then claimed as unsure; a pending item,
// a sent one and an unknown key are left alone.
func testOutboxTakeOver(t *testing.T, open Opener) {
	e := newEnv(t, open)
	claim := T0.Add(2 * time.Minute)
	sending := []bot.OutboxItem{outboxItem("event:a:0", "U1"), outboxItem("event:b:0", "U1")}
	if err := e.EnqueueOutbox(e.ctx, sending, "dead", claim); err != nil {
		t.Fatal(err)
	}
	sent := sending[1]
	sent.Sent, sent.State = 1, bot.OutboxSent
	if err := e.SaveOutbox(e.ctx, sent, claim); err != nil {
		t.Fatal(err)
	}
	pending := []bot.OutboxItem{outboxItem("event:c:0", "U2")}
	if err := e.EnqueueOutbox(e.ctx, pending, "dead", time.Time{}); err != nil {
		t.Fatal(err)
	}
	now := T0.Add(time.Second)
	if err := e.TakeOverOutbox(e.ctx, []string{"event:a:0", "event:b:0", "event:c:0", "event:unknown:0"}, now); err != nil {
		t.Fatalf("TakeOverOutbox: %v", err)
	}
	claimed, err := e.ClaimOutbox(e.ctx, "b", now, now.Add(time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, it := range claimed {
		got[it.Key] = it.Unsure
	}
	if unsure, ok := got["event:a:0"]; !ok || !unsure || len(got) != 2 {
		t.Errorf("claimed after the take-over %v; want event:a:0 unsure and the pending event:c:0", got)
	}
	if unsure, ok := got["event:c:0"]; !ok || unsure {
		t.Errorf("the pending item came back %v, %v; want claimed, sure", ok, unsure)
	}
}
