package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func slashEnvelope(envelopeID, user, channel, text, trigger string, f *fakeSlack) map[string]any {
	return map[string]any{
		"type": "slash_commands", "envelope_id": envelopeID, "accepts_response_payload": true,
		"payload": map[string]any{
			"command": "/privacy", "text": text, "user_id": user, "channel_id": channel,
			"response_url": f.url("response/" + trigger), "trigger_id": trigger,
		},
	}
}

func eventsEnvelope(envelopeID string, retry int, body string) map[string]any {
	return map[string]any{
		"type": "events_api", "envelope_id": envelopeID, "retry_attempt": retry,
		"payload": json.RawMessage(body),
	}
}

func TestSocketModeCommandEventsAndRetries(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{mode: ModeSocket, workers: 1})
	conn := h.f.nextConn(t)
	h.waitReady(t)

	conn.send(t, slashEnvelope("env1", "UALICE", "C1", "vraag", "trig1", h.f))
	if a := conn.ack(t); a.EnvelopeID != "env1" {
		t.Errorf("acked %q, want env1", a.EnvelopeID)
	}
	if m := core.Next(t); m.Text != "vraag" || m.Direct || m.Channel != "C1" {
		t.Errorf("core got %+v", m)
	}
	if c := h.f.next(t, "response"); c.ResponseType != "ephemeral" {
		t.Errorf("command answered as %+v", c)
	}

	body := dmEvent("Ev1", "UALICE", "DUALICE", "in de dm")
	conn.send(t, eventsEnvelope("env2", 0, body))
	conn.send(t, eventsEnvelope("env3", 1, body))
	conn.send(t, eventsEnvelope("env4", 0, dmEvent("Ev2", "UALICE", "DUALICE", "daarna")))
	for _, want := range []string{"env2", "env3", "env4"} {
		if a := conn.ack(t); a.EnvelopeID != want {
			t.Errorf("acked %q, want %q", a.EnvelopeID, want)
		}
	}
	if m := core.Next(t); m.Text != "in de dm" || !m.Direct || m.Channel != bot.DM {
		t.Errorf("core got %+v", m)
	}
	if m := core.Next(t); m.Text != "daarna" {
		t.Errorf("core got %q, want the retried event skipped", m.Text)
	}

	h.stop()
	if n := h.f.count("chat.postMessage"); n != 2 {
		t.Errorf("%d DM answers, want 2", n)
	}
}

func TestSocketModePress(t *testing.T) {
	core := adaptertest.NewCore(flow)
	h := start(t, core, harnessOpts{mode: ModeSocket})
	conn := h.f.nextConn(t)
	conn.send(t, eventsEnvelope("env1", 0, dmEvent("Ev1", "UALICE", "DUALICE", "stappenplan")))
	conn.ack(t)
	core.Next(t)
	q1 := h.f.next(t, "chat.postMessage")
	conn.send(t, map[string]any{
		"type": "interactive", "envelope_id": "env2",
		"payload": json.RawMessage(pressPayload(t, h.f, q1, "UALICE", "DUALICE", "school", 1)),
	})
	if a := conn.ack(t); a.EnvelopeID != "env2" {
		t.Errorf("acked %q", a.EnvelopeID)
	}
	if upd := h.f.next(t, "chat.update"); !strings.Contains(shownText(t, upd), "✓ School") {
		t.Errorf("pressed message shows %q", shownText(t, upd))
	}
	if m := core.Next(t); m.Action != "school" || !m.Direct {
		t.Errorf("core got %+v", m)
	}
}

func TestSocketModeReconnects(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{mode: ModeSocket})
	first := h.f.nextConn(t)
	first.send(t, eventsEnvelope("env1", 0, dmEvent("Ev1", "UALICE", "DUALICE", "voor")))
	first.ack(t)
	if m := core.Next(t); m.Text != "voor" {
		t.Fatalf("core got %q", m.Text)
	}

	first.drop()
	second := h.f.nextConn(t)
	second.send(t, eventsEnvelope("env2", 0, dmEvent("Ev2", "UALICE", "DUALICE", "na verbreken")))
	second.ack(t)
	if m := core.Next(t); m.Text != "na verbreken" {
		t.Fatalf("core got %q after the drop", m.Text)
	}

	second.send(t, map[string]any{"type": "disconnect", "reason": "refresh_requested"})
	third := h.f.nextConn(t)
	third.send(t, eventsEnvelope("env3", 0, dmEvent("Ev3", "UALICE", "DUALICE", "na disconnect")))
	third.ack(t)
	if m := core.Next(t); m.Text != "na disconnect" {
		t.Fatalf("core got %q after the disconnect request", m.Text)
	}
	h.waitReady(t)
	h.stop()
	if n := strings.Count(h.logs.String(), "slack socket mode reconnecting"); n < 2 {
		t.Errorf("logged %d reconnects, want at least 2:\n%s", n, h.logs.String())
	}
}
