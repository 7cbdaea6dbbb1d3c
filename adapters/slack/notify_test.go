package slack

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func TestReminderArrivesAsDMWithButtons(t *testing.T) {
	core := adaptertest.NewCore(func(m bot.Message) ([]bot.Reply, error) {
		return []bot.Reply{{Text: "Gemarkeerd als gedaan.", Direct: true}}, nil
	})
	h := start(t, core, harnessOpts{})
	reminder := bot.Reply{
		Text:    "*Herinnering*: informeer de cliënt over het delen met school.",
		Choices: []bot.Choice{{Label: "Gedaan", Value: "rem:12:done"}, {Label: "Morgen", Value: "rem:12:snooze"}},
		Direct:  true,
	}
	to := bot.Address{Platform: bot.Slack, User: "UALICE", Channel: "C1"}
	if err := h.a.Notify(context.Background(), to, reminder); err != nil {
		t.Fatalf("Notify: %v", err)
	}
	post := h.f.next(t, "chat.postMessage")
	if post.Channel != "DUALICE" {
		t.Errorf("reminder posted in %q, want the DM", post.Channel)
	}
	if got := shownText(t, post); got != reminder.Text {
		t.Errorf("reminder shows %q", got)
	}
	if n := len(buttonsOf(t, post)); n != 2 {
		t.Errorf("reminder has %d buttons, want 2", n)
	}

	h.press(t, pressPayload(t, h.f, post, "UALICE", "DUALICE", "rem:12:done", 1))
	upd, answer := h.f.nextBoth(t, "chat.update", "chat.postMessage")
	if shownText(t, upd) != reminder.Text+"\n✓ Gedaan" {
		t.Errorf("pressed reminder shows %q", shownText(t, upd))
	}
	if m := core.Next(t); m.Action != "rem:12:done" || m.Channel != bot.DM || !m.Direct || m.User != "UALICE" {
		t.Errorf("core got %+v", m)
	}
	if got := shownText(t, answer); got != "Gemarkeerd als gedaan." {
		t.Errorf("answer %q", got)
	}
}

func TestNotifyRateLimitedBecomesRetryAfter(t *testing.T) {
	h := start(t, adaptertest.NewCore(echo), harnessOpts{})
	h.f.fail("chat.postMessage", 1, http.StatusTooManyRequests, "30")
	err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Slack, User: "UALICE", Channel: bot.DM}, bot.Reply{Text: "Herinnering"})
	ra, ok := errors.AsType[*bot.RetryAfterError](err)
	if !ok || ra.After != 30*time.Second {
		t.Fatalf("Notify = %v, want RetryAfterError of 30s", err)
	}
	if got := h.sleeps.all(); len(got) != 0 {
		t.Errorf("Notify waited %v; the scheduler should decide", got)
	}
	if err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Slack, User: "UALICE", Channel: bot.DM}, bot.Reply{Text: "Herinnering"}); err != nil {
		t.Errorf("second Notify: %v", err)
	}
}

func TestNotifyFailures(t *testing.T) {
	h := start(t, adaptertest.NewCore(echo), harnessOpts{})
	h.f.fail("chat.postMessage", 1, http.StatusInternalServerError, "")
	err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Slack, User: "UALICE", Channel: bot.DM}, bot.Reply{Text: "x"})
	if err == nil {
		t.Error("Notify reported success after a 500")
	}
	if n := h.f.count("chat.postMessage"); n != 0 {
		t.Errorf("post repeated after a 500 (%d posts); it may have arrived", n)
	}
	if err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Mattermost, User: "UALICE"}, bot.Reply{Text: "x"}); err == nil {
		t.Error("Notify accepted another platform's address")
	}
}
