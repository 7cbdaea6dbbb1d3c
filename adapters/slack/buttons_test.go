package slack

import (
	"net/http"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

// TestAnotherUsersPressChangesNothing: a press on a button shown to
// someone else is refused to the presser alone; the owner's message keeps
// its buttons and the owner's own press still counts.
func TestAnotherUsersPressChangesNothing(t *testing.T) {
	const stamped = "s:0:UALICE:ja"
	core := adaptertest.NewCore(func(m bot.Message) ([]bot.Reply, error) {
		switch {
		case m.Action != "" && m.User != "UALICE":
			return []bot.Reply{{Text: "Deze knop is van een collega."}}, nil
		case m.Action != "":
			return []bot.Reply{{Text: "Genoteerd."}}, nil
		}
		return []bot.Reply{{Text: "Heb je toestemming?", Choices: []bot.Choice{{Label: "Ja", Value: stamped}}}}, nil
	})
	h := start(t, core, harnessOpts{})
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "stappenplan"))
	core.Next(t)
	q := h.f.next(t, "chat.postMessage")

	h.press(t, pressPayload(t, h.f, q, "UBOB", "DUALICE", stamped, 1))
	refusal := h.f.next(t, "response", "chat.postEphemeral", "chat.update", "chat.postMessage")
	if refusal.Method != "response" || refusal.ResponseType != "ephemeral" || refusal.ReplaceOriginal {
		t.Fatalf("another user's press got %s (ephemeral %q, replace %v), want an ephemeral answer to the presser", refusal.Method, refusal.ResponseType, refusal.ReplaceOriginal)
	}
	if got := shownText(t, refusal); got != "Deze knop is van een collega." {
		t.Errorf("refusal shows %q", got)
	}
	if n := h.f.count("chat.update"); n != 0 {
		t.Errorf("the owner's message was rewritten %d times", n)
	}
	if m := core.Next(t); m.User != "UBOB" {
		t.Errorf("core got %+v, want Bob's press to ask for the refusal", m)
	}

	h.press(t, pressPayload(t, h.f, q, "UALICE", "DUALICE", stamped, 2))
	upd, answer := h.f.nextBoth(t, "chat.update", "chat.postMessage")
	if upd.TS != q.TS || shownText(t, answer) != "Genoteerd." {
		t.Errorf("the owner's press: update of %s, answer %q; want the question marked and the answer", upd.TS, shownText(t, answer))
	}
	if m := core.Next(t); m.Action != stamped || m.User != "UALICE" {
		t.Errorf("core got %+v, want the owner's press", m)
	}
}

// TestNextQuestionDoesNotWaitForTheCheckMark: while Slack holds the "✓"
// rewrite of a pressed message for seconds and then answers 429, the next
// question is posted at once.
func TestNextQuestionDoesNotWaitForTheCheckMark(t *testing.T) {
	core := adaptertest.NewCore(flow)
	h := start(t, core, harnessOpts{})
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "stappenplan"))
	q1 := h.f.next(t, "chat.postMessage")
	h.f.fail("chat.update", 1, http.StatusTooManyRequests, "20")
	h.f.mu.Lock()
	h.f.failures["chat.update"][0].delay = 3 * time.Second
	h.f.mu.Unlock()
	pressed := time.Now()
	h.press(t, pressPayload(t, h.f, q1, "UALICE", "DUALICE", "school", 1))
	q2 := h.f.next(t, "chat.postMessage")
	if took := time.Since(pressed); took > 2*time.Second {
		t.Errorf("the next question came %v after the press, want it before the held update ends", took)
	}
	if shownText(t, q2) != "Heb je toestemming?" {
		t.Errorf("next question shows %q", shownText(t, q2))
	}
}
