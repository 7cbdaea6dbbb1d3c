package mattermost

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func TestShutdownFinishesWorkInFlightAndRefusesNewWork(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	core := adaptertest.NewCore(func(bot.Message) ([]bot.Reply, error) {
		close(started)
		<-release
		return []bot.Reply{{Text: "klaar"}}, nil
	})
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "")
	dm := h.mm.dmWith(user)
	h.mm.sendPosted(t, h.mm.userPost(user, dm, "lang werk"), model.ChannelTypeDirect)
	<-started

	done := make(chan error, 1)
	go func() { done <- h.a.Shutdown(context.Background()) }()
	for !h.a.queue.Closed() {
		select {
		case err := <-done:
			t.Fatalf("Shutdown returned %v before the work was done", err)
		default:
		}
	}
	status, _ := h.command(commandForm(testCommandToken, user, model.NewId(), "town-square", "help"), nil)
	close(release)

	if err := <-done; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if status != http.StatusServiceUnavailable {
		t.Errorf("slash command during shutdown: status %d, want 503", status)
	}
	if p := h.mm.nextPost(t); p.Message != "klaar" {
		t.Errorf("work in flight posted %q", p.Message)
	}
	if h.a.Ready() {
		t.Error("ready after Shutdown")
	}
	h.stop()
}

func TestShutdownCancelsWorkWhenItsContextEnds(t *testing.T) {
	started := make(chan struct{})
	var h *harness
	h = newHarness(t, adaptertest.NewCore(func(bot.Message) ([]bot.Reply, error) {
		close(started)
		<-h.a.queue.Context().Done()
		return nil, h.a.queue.Context().Err()
	}), harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "")
	h.mm.sendPosted(t, h.mm.userPost(user, h.mm.dmWith(user), "hangt"), model.ChannelTypeDirect)
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()

	err := h.a.Shutdown(ctx)

	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown = %v, want the deadline error", err)
	}
	h.stop()
}

func TestRunRefusesARejectedToken(t *testing.T) {
	h := newHarness(t, adaptertest.NewCore(adaptertest.Reply()), harnessConfig{adjust: func(c *Config) { c.Token = "revoked" }})
	if err := h.a.Run(context.Background()); err == nil {
		t.Fatal("Run = nil with a token the server refuses")
	}
	if err := h.a.Run(context.Background()); err == nil {
		t.Error("a second Run = nil, want an error")
	}
}
