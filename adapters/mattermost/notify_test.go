package mattermost

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func reminder() bot.Reply {
	return bot.Reply{
		Text:   "*Herinnering*: informeer de cliënt (casus-A).",
		Direct: true,
		Choices: []bot.Choice{
			{Label: "Gedaan", Value: "rem:done:42"},
			{Label: "Morgen opnieuw", Value: "rem:snooze:42:1d"},
		},
	}
}

func TestReminderArrivesAsDMAndItsButtonsWork(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "Ik herinner je morgen opnieuw."}))
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "Europe/Amsterdam")

	err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Mattermost, User: user, Channel: bot.DM}, reminder())

	if err != nil {
		t.Fatalf("Notify: %v", err)
	}
	p := h.mm.nextPost(t)
	if p.ChannelId != h.mm.dmWith(user) || p.Message != "**Herinnering**: informeer de cliënt (casus-A)." {
		t.Errorf("reminder = %q in %s", p.Message, p.ChannelId)
	}
	if got := labels(buttonsOf(p)); !slices.Equal(got, []string{"Gedaan", "Morgen opnieuw"}) {
		t.Fatalf("buttons = %v", got)
	}
	if status := h.mm.press(t, p.Id, 1, user); status != http.StatusOK {
		t.Fatalf("press status = %d", status)
	}
	m := core.Next(t)
	if m.Action != "rem:snooze:42:1d" || !m.Direct || m.Channel != bot.DM || m.User != user {
		t.Errorf("core got %+v", m)
	}
	if answer := h.mm.nextPost(t); answer.ChannelId != p.ChannelId || answer.Message != "Ik herinner je morgen opnieuw." {
		t.Errorf("answer = %q", answer.Message)
	}
	if got := attachmentTexts(h.mm.post(p.Id)); !slices.Equal(got, []string{"✓ Morgen opnieuw"}) {
		t.Errorf("pressed reminder shows %v", got)
	}
	if n := h.mm.callCount("POST /channels/direct"); n != 1 {
		t.Errorf("opened the DM %d times, want 1", n)
	}
}

func TestNotifyRefusesAnotherPlatform(t *testing.T) {
	h := newHarness(t, adaptertest.NewCore(adaptertest.Reply()), harnessConfig{})
	for _, to := range []bot.Address{
		{Platform: bot.Slack, User: model.NewId(), Channel: bot.DM},
		{Platform: bot.Mattermost, User: "U123", Channel: bot.DM},
	} {
		if err := h.a.Notify(context.Background(), to, reminder()); err == nil {
			t.Errorf("Notify(%+v) = nil, want an error", to)
		}
	}
	if n := h.mm.totalCalls(); n != 0 {
		t.Errorf("%d calls to Mattermost", n)
	}
}

func TestRetriesOfServerErrors(t *testing.T) {
	retryAfter := func(secs string) failure {
		return failure{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": secs}}
	}
	tests := []struct {
		name      string
		failures  []failure
		wantPosts int
		wantCalls int
		wantSlept []time.Duration
		// wantRetryAfter > 0 expects a *bot.RetryAfterError with it.
		wantRetryAfter time.Duration
		wantErr        bool
	}{
		{name: "429 then success", failures: []failure{retryAfter("2")}, wantPosts: 1, wantCalls: 2, wantSlept: []time.Duration{2 * time.Second}},
		{name: "429 without Retry-After then success", failures: []failure{{status: http.StatusTooManyRequests}}, wantPosts: 1, wantCalls: 2, wantSlept: []time.Duration{rateFallback}},
		{name: "503 and 502 then success", failures: []failure{{status: 503}, {status: 502}}, wantPosts: 1, wantCalls: 3, wantSlept: []time.Duration{firstBackoff, 2 * firstBackoff}},
		{name: "500 three times", failures: []failure{{status: 500}, {status: 500}, {status: 500}}, wantCalls: 3, wantSlept: []time.Duration{firstBackoff, 2 * firstBackoff}, wantErr: true},
		{name: "429 three times", failures: []failure{retryAfter("1"), retryAfter("1"), retryAfter("5")}, wantCalls: 3, wantSlept: []time.Duration{time.Second, time.Second}, wantRetryAfter: 5 * time.Second, wantErr: true},
		{name: "429 asking too long a wait", failures: []failure{retryAfter("120")}, wantCalls: 1, wantRetryAfter: 2 * time.Minute, wantErr: true},
		{name: "400 is not retried", failures: []failure{{status: 400}}, wantCalls: 1, wantErr: true},
		{name: "response lost after the post was made", failures: []failure{{status: 502, afterWork: true}}, wantPosts: 1, wantCalls: 2, wantSlept: []time.Duration{firstBackoff}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, adaptertest.NewCore(adaptertest.Reply()), harnessConfig{})
			user := h.mm.addUser("nl", "")
			h.mm.fail("POST /posts", tt.failures...)

			err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Mattermost, User: user, Channel: bot.DM}, reminder())

			if (err != nil) != tt.wantErr {
				t.Fatalf("Notify error = %v, want error %v", err, tt.wantErr)
			}
			ra, isRA := errors.AsType[*bot.RetryAfterError](err)
			if tt.wantRetryAfter > 0 && (!isRA || ra.After != tt.wantRetryAfter) {
				t.Errorf("error = %v, want RetryAfterError after %v", err, tt.wantRetryAfter)
			}
			if tt.wantRetryAfter == 0 && isRA {
				t.Errorf("error = %v, want no RetryAfterError", err)
			}
			if n := len(h.mm.created); n != tt.wantPosts {
				t.Errorf("%d posts made, want %d", n, tt.wantPosts)
			}
			if n := h.mm.callCount("POST /posts"); n != tt.wantCalls {
				t.Errorf("%d create calls, want %d", n, tt.wantCalls)
			}
			if got := h.slept(); !slices.Equal(got, tt.wantSlept) {
				t.Errorf("waited %v, want %v", got, tt.wantSlept)
			}
		})
	}
}
