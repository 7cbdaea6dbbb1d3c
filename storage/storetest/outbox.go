package storetest

import (
	"errors"
	"testing"
	"time"

	"privacybot/bot"
)

func outboxItem(key, user string) bot.OutboxItem {
	return bot.OutboxItem{Key: key, Platform: bot.Slack, User: user, Target: bot.TargetDM,
		Payload: `{"Text":"hallo"}`, CreatedAt: T0}
}

// testOutboxEnqueueIsIdempotent: an item whose key is stored is left out.
func testOutboxEnqueueIsIdempotent(t *testing.T, open Opener) {
	e := newEnv(t, open)
	items := []bot.OutboxItem{outboxItem("reminder:1", "U1"), outboxItem("", "U1"), outboxItem("", "U1")}
	if err := e.EnqueueOutbox(e.ctx, items, "a", time.Time{}); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
	for i, it := range items {
		if it.ID == 0 {
			t.Errorf("item %d has no ID", i)
		}
	}
	again := []bot.OutboxItem{outboxItem("reminder:1", "U1"), outboxItem("reminder:2", "U1")}
	if err := e.EnqueueOutbox(e.ctx, again, "a", time.Time{}); err != nil {
		t.Fatalf("EnqueueOutbox again: %v", err)
	}
	if again[0].ID != 0 || again[1].ID == 0 {
		t.Errorf("IDs = %d, %d; want 0 for the stored key and a new one for the other", again[0].ID, again[1].ID)
	}
	claimed, err := e.ClaimOutbox(e.ctx, "a", T0, T0.Add(time.Minute), 10)
	if err != nil {
		t.Fatalf("ClaimOutbox: %v", err)
	}
	if len(claimed) != 4 {
		t.Fatalf("claimed %d items, want 4", len(claimed))
	}
	for i := 1; i < len(claimed); i++ {
		if claimed[i].ID <= claimed[i-1].ID {
			t.Errorf("claimed out of order: %d after %d", claimed[i].ID, claimed[i-1].ID)
		}
	}
	if c := claimed[0]; c.Payload != items[0].Payload || c.Target != bot.TargetDM || c.User != "U1" || c.Key != "reminder:1" || c.Unsure || !c.CreatedAt.Equal(T0) {
		t.Errorf("claimed item = %+v, want the stored fields back, not unsure", c)
	}
}

// testOutboxClaims: an enqueued claimed item is not claimed again until its
// claim runs out, and then it comes back unsure; a saved retry is due at
// its NextAt.
func testOutboxClaims(t *testing.T, open Opener) {
	e := newEnv(t, open)
	claim := T0.Add(2 * time.Minute)
	items := []bot.OutboxItem{outboxItem("", "U1")}
	if err := e.EnqueueOutbox(e.ctx, items, "a", claim); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
	if got, err := e.ClaimOutbox(e.ctx, "a", T0.Add(time.Minute), T0.Add(3*time.Minute), 10); err != nil || len(got) != 0 {
		t.Fatalf("ClaimOutbox under the claim = %d items, %v; want none", len(got), err)
	}
	got, err := e.ClaimOutbox(e.ctx, "a", claim, claim.Add(2*time.Minute), 10)
	if err != nil || len(got) != 1 {
		t.Fatalf("ClaimOutbox after the claim = %d items, %v; want 1", len(got), err)
	}
	it := got[0]
	if !it.Unsure || it.State != bot.OutboxSending {
		t.Errorf("reclaimed item: unsure %v, state %q; want unsure, sending", it.Unsure, it.State)
	}
	// The first claim is gone: saving under it conflicts.
	stale := it
	stale.State = bot.OutboxSent
	if err := e.SaveOutbox(e.ctx, stale, claim); !errors.Is(err, bot.ErrConflict) {
		t.Errorf("SaveOutbox under a lost claim = %v, want ErrConflict", err)
	}
	held := it.NextAt
	it.State, it.Sent, it.Attempts, it.NextAt = bot.OutboxPending, 1, 1, claim.Add(10*time.Minute)
	if err := e.SaveOutbox(e.ctx, it, held); err != nil {
		t.Fatalf("SaveOutbox retry: %v", err)
	}
	if got, _ := e.ClaimOutbox(e.ctx, "a", claim.Add(9*time.Minute), claim.Add(20*time.Minute), 10); len(got) != 0 {
		t.Errorf("claimed %d items before their retry time, want none", len(got))
	}
	got, err = e.ClaimOutbox(e.ctx, "a", claim.Add(10*time.Minute), claim.Add(20*time.Minute), 10)
	if err != nil || len(got) != 1 {
		t.Fatalf("ClaimOutbox at the retry time = %d items, %v; want 1", len(got), err)
	}
	if g := got[0]; g.Sent != 1 || g.Attempts != 1 || !g.Unsure {
		t.Errorf("retried item = sent %d, attempts %d, unsure %v; want 1, 1, true", g.Sent, g.Attempts, g.Unsure)
	}
}

// testOutboxSentLosesText: a sent or failed item keeps no payload, is
// never claimed again, and is purged after the dedup period; its key
// keeps a second enqueue out until then.
func testOutboxSentLosesText(t *testing.T, open Opener) {
	e := newEnv(t, open)
	items := []bot.OutboxItem{outboxItem("digest:U1:2026-W10", "U1"), outboxItem("", "U2")}
	if err := e.EnqueueOutbox(e.ctx, items, "a", time.Time{}); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
	got, err := e.ClaimOutbox(e.ctx, "a", T0, T0.Add(time.Minute), 10)
	if err != nil || len(got) != 2 {
		t.Fatalf("ClaimOutbox = %d items, %v; want 2", len(got), err)
	}
	for i, state := range []string{bot.OutboxSent, bot.OutboxFailed} {
		it := got[i]
		it.State = state
		if err := e.SaveOutbox(e.ctx, it, T0.Add(time.Minute)); err != nil {
			t.Fatalf("SaveOutbox %s: %v", state, err)
		}
	}
	if got, _ := e.ClaimOutbox(e.ctx, "a", T0.Add(time.Hour), T0.Add(2*time.Hour), 10); len(got) != 0 {
		t.Errorf("claimed %d finished items, want none", len(got))
	}
	dup := []bot.OutboxItem{outboxItem("digest:U1:2026-W10", "U1")}
	if err := e.EnqueueOutbox(e.ctx, dup, "a", time.Time{}); err != nil || dup[0].ID != 0 {
		t.Errorf("enqueue of a sent key = ID %d, %v; want left out", dup[0].ID, err)
	}
	if _, err := e.Purge(e.ctx, T0.Add(25*time.Hour), bot.DefaultRetention()); err != nil {
		t.Fatalf("Purge: %v", err)
	}
	dup = []bot.OutboxItem{outboxItem("digest:U1:2026-W10", "U1")}
	if err := e.EnqueueOutbox(e.ctx, dup, "a", time.Time{}); err != nil || dup[0].ID == 0 {
		t.Errorf("enqueue after the purge = ID %d, %v; want stored again", dup[0].ID, err)
	}
}

// testOutboxForgetUser: ForgetUser removes the user's waiting items.
func testOutboxForgetUser(t *testing.T, open Opener) {
	e := newEnv(t, open)
	items := []bot.OutboxItem{outboxItem("", "U1"), outboxItem("", "U2")}
	if err := e.EnqueueOutbox(e.ctx, items, "a", time.Time{}); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
	if err := e.ForgetUser(e.ctx, bot.UserKey{Platform: bot.Slack, User: "U1"}); err != nil {
		t.Fatalf("ForgetUser: %v", err)
	}
	got, err := e.ClaimOutbox(e.ctx, "a", T0, T0.Add(time.Minute), 10)
	if err != nil || len(got) != 1 || got[0].User != "U2" {
		t.Errorf("after ForgetUser claimed %+v, %v; want only U2's item", got, err)
	}
}

// testOutboxTakeBack: a process restarted under its old name takes back
// at once the items it was sending when it stopped, Unsure; another
// process's items wait for their claim to run out.
func testOutboxTakeBack(t *testing.T, open Opener) {
	e := newEnv(t, open)
	mine := []bot.OutboxItem{{Platform: "slack", User: "U1", Target: bot.TargetDM, Payload: "mine"}}
	theirs := []bot.OutboxItem{{Platform: "slack", User: "U2", Target: bot.TargetDM, Payload: "theirs"}}
	claim := T0.Add(2 * time.Minute)
	if err := e.EnqueueOutbox(e.ctx, mine, "a", claim); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
	if err := e.EnqueueOutbox(e.ctx, theirs, "b", claim); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
	n, err := e.TakeBackOutbox(e.ctx, "a", T0)
	if err != nil || n != 1 {
		t.Fatalf("TakeBackOutbox = %d, %v; want 1", n, err)
	}
	got, err := e.ClaimOutbox(e.ctx, "a", T0, T0.Add(2*time.Minute), 10)
	if err != nil || len(got) != 1 || got[0].ID != mine[0].ID || !got[0].Unsure {
		t.Fatalf("ClaimOutbox after the take-back = %+v, %v; want only the own item, unsure", got, err)
	}
	if n, err := e.TakeBackOutbox(e.ctx, "c", T0); err != nil || n != 0 {
		t.Fatalf("TakeBackOutbox of a process with nothing = %d, %v; want 0", n, err)
	}
}
