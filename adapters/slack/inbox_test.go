package slack

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
)

// inboxRows counts the inbox's rows by state, and the rows that still hold
// a payload or a user.
func inboxRows(t *testing.T, path string) (pending, done, holding int) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.QueryRow(`SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'done'),
		count(*) FILTER (WHERE payload IS NOT NULL OR user_id != '') FROM inbox`).Scan(&pending, &done, &holding)
	if err != nil {
		t.Fatal(err)
	}
	return pending, done, holding
}

func TestInboxWorksARedeliveredEventOnce(t *testing.T) {
	db, path := adaptertest.OpenSQLite(t)
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{inbox: db, owner: "bot-1", workers: 2})
	body := dmEvent("Ev1", "UALICE", "DUALICE", "vraag")
	h.event(t, body)
	retry := h.signed(t, "/slack/events", "application/json", body)
	retry.Header.Set("X-Slack-Retry-Num", "1")
	if status, _ := do(t, h.srv.Client(), retry); status != 200 {
		t.Fatalf("retry status %d", status)
	}
	h.command(t, "UALICE", "C1", "help", "trig1")
	core.Next(t)
	core.Next(t)
	h.stop()
	if n := core.Count(); n != 2 {
		t.Errorf("the core got %d messages, want 2 (the event once, the command once)", n)
	}
	if pending, done, holding := inboxRows(t, path); pending != 0 || done != 2 || holding != 0 {
		t.Errorf("inbox: %d pending, %d done, %d holding a payload or user; want 0, 2, 0", pending, done, holding)
	}
}

// TestInboxWorksWhatADeadProcessLeft stores an event as a process does
// that dies right after acknowledging it; a process starting under the
// same name answers it, once, also when Slack delivers it again.
func TestInboxWorksWhatADeadProcessLeft(t *testing.T) {
	db, path := adaptertest.OpenSQLite(t)
	in, err := decodeEvent([]byte(dmEvent("Ev9", "UALICE", "DUALICE", "na de crash")), "UBOT")
	if err != nil || in.in == nil {
		t.Fatalf("decodeEvent: %v", err)
	}
	payload, _ := turns{}.Encode(*in.in)
	// Stored before the harness's clock starts, with a lease that runs on.
	stored := time.Unix(1531420000, 0)
	ev := bot.InboxEvent{ID: workqueue.InboxID(in.in.dedupKey), Platform: bot.Slack, User: "UALICE", Payload: payload, LeaseUntil: stored.Add(time.Hour)}
	if _, err := db.AddInbox(context.Background(), "bot-1", stored, []bot.InboxEvent{ev}); err != nil {
		t.Fatal(err)
	}
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{inbox: db, owner: "bot-1", workers: 1})
	if m := core.Next(t); m.Text != "na de crash" || m.User != "UALICE" || m.Channel != bot.DM {
		t.Errorf("the core got %+v, want the stored DM", m)
	}
	h.event(t, dmEvent("Ev9", "UALICE", "DUALICE", "na de crash"))
	h.event(t, dmEvent("Ev10", "UALICE", "DUALICE", "daarna"))
	if m := core.Next(t); m.Text != "daarna" {
		t.Errorf("the core got %q, want the redelivery skipped", m.Text)
	}
	h.stop()
	if n := h.f.count("chat.postMessage"); n != 2 {
		t.Errorf("%d answers, want 2", n)
	}
	if pending, done, holding := inboxRows(t, path); pending != 0 || done != 2 || holding != 0 {
		t.Errorf("inbox: %d pending, %d done, %d holding; want 0, 2, 0", pending, done, holding)
	}
}

func TestStoredInboundRoundTrips(t *testing.T) {
	tests := []inbound{
		{kind: kindDM, dedupKey: "slack:event:Ev1", user: "U1", channel: "D1", im: true, text: "vraag"},
		{kind: kindMention, dedupKey: "slack:event:Ev2", user: "U1", channel: "C1", text: "hoi", threadTS: "1.2"},
		{kind: kindCommand, dedupKey: "slack:cmd:T1", user: "U1", channel: "C1", text: "help", responseURL: "https://hooks.slack.com/x"},
		{kind: kindPress, dedupKey: "slack:press:C1:1.2:g", user: "U1", channel: "C1", responseURL: "https://hooks.slack.com/y",
			press: &press{value: "v", label: "Ja", blockID: "b", messageTS: "1.2", ephemeral: true, original: &originalMessage{Text: "vraag?"}}},
	}
	for _, in := range tests {
		payload, err := turns{}.Encode(in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := turns{}.Decode(payload)
		if err != nil {
			t.Errorf("%s: %v", in.kind, err)
			continue
		}
		if !reflect.DeepEqual(got, in) {
			t.Errorf("%s: round trip gave %+v, want %+v", in.kind, got, in)
		}
	}
	for _, bad := range []string{"", "{}", `{"kind":"dm","key":"k","user":"","channel":"D1"}`, "[1]"} {
		if _, err := (turns{}).Decode([]byte(bad)); err == nil {
			t.Errorf("turns{}.Decode(%q) took it", bad)
		}
	}
}

// TestInboxInSocketMode stores Socket Mode requests before their ack: a
// retried event is worked once, and every request is acknowledged.
func TestInboxInSocketMode(t *testing.T) {
	db, path := adaptertest.OpenSQLite(t)
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{mode: ModeSocket, workers: 1, inbox: db, owner: "bot-1"})
	conn := h.f.nextConn(t)
	h.waitReady(t)
	body := dmEvent("Ev1", "UALICE", "DUALICE", "in de dm")
	conn.send(t, eventsEnvelope("env1", 0, body))
	conn.send(t, eventsEnvelope("env2", 1, body))
	conn.send(t, slashEnvelope("env3", "UALICE", "C1", "vraag", "trig1", h.f))
	acked := map[string]bool{}
	for range 3 {
		acked[conn.ack(t).EnvelopeID] = true
	}
	if len(acked) != 3 {
		t.Errorf("acknowledged %v, want env1, env2 and env3", acked)
	}
	got := map[string]bool{core.Next(t).Text: true, core.Next(t).Text: true}
	if !got["in de dm"] || !got["vraag"] {
		t.Errorf("the core got %v, want the DM and the command", got)
	}
	h.stop()
	if n := core.Count(); n != 2 {
		t.Errorf("the core got %d messages, want 2: the retry skipped", n)
	}
	if pending, done, holding := inboxRows(t, path); pending != 0 || done != 2 || holding != 0 {
		t.Errorf("inbox: %d pending, %d done, %d holding; want 0, 2, 0", pending, done, holding)
	}
}
