package mattermost

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/storage/sqlite"
)

func echo(m bot.Message) ([]bot.Reply, error) {
	return []bot.Reply{{Text: "re: " + m.Text}}, nil
}

func TestDroppedWebSocketReconnectsAndAnswersMissedPostsOnce(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := newHarness(t, core, harnessConfig{adjust: func(c *Config) { c.Workers = 1 }})
	h.run()
	user := h.mm.addUser("nl", "")
	other := h.mm.addUser("nl", "")
	dm := h.mm.dmWith(user)
	otherDM := h.mm.dmWith(other)

	h.mm.sendPosted(t, h.mm.userPost(user, dm, "een"), model.ChannelTypeDirect)
	core.Next(t)
	h.mm.nextPost(t)
	if !h.a.Ready() {
		t.Error("not ready while connected")
	}
	if err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Mattermost, User: other, Channel: bot.DM}, reminder()); err != nil {
		t.Fatal(err)
	}
	h.mm.nextPost(t)

	h.mm.drop()
	h.waitReconnecting()
	if h.a.Ready() {
		t.Error("ready while disconnected")
	}
	twee := h.mm.userPost(user, dm, "twee")
	drie := h.mm.userPost(user, dm, "drie")
	h.mm.userPost(other, otherDM, "antwoord op herinnering")
	h.mm.userPost(user, model.NewId(), "kanaal zonder de bot")
	h.gate <- struct{}{}
	h.mm.waitConnected(t)

	got := map[string]bool{}
	for range 3 {
		got[core.Next(t).Text] = true
	}
	for _, want := range []string{"twee", "drie", "antwoord op herinnering"} {
		if !got[want] {
			t.Errorf("missed post %q not answered after the reconnect (got %v)", want, got)
		}
	}
	h.mm.sendPosted(t, drie, model.ChannelTypeDirect)
	h.mm.sendPosted(t, twee, model.ChannelTypeDirect)
	h.mm.sendPosted(t, h.mm.userPost(user, dm, "vier"), model.ChannelTypeDirect)
	if m := core.Next(t); m.Text != "vier" {
		t.Errorf("core got %q, want the next new post", m.Text)
	}
	if !h.a.Ready() {
		t.Error("not ready after the reconnect")
	}
	h.stop()
	for text, n := range core.Texts() {
		if n != 1 {
			t.Errorf("%q answered %d times, want once", text, n)
		}
	}
	if n := core.Count(); n != 5 {
		t.Errorf("core got %d messages, want 5", n)
	}
}

func TestDedupHoldsAcrossARestartWithSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "privacybot.db")
	ctx := context.Background()
	mm := newFakeMM(t)
	user := mm.addUser("nl", "")
	dm := mm.dmWith(user)

	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := adaptertest.NewCore(echo)
	h1 := newHarness(t, first, harnessConfig{mm: mm, dedup: db})
	h1.run()
	een := mm.userPost(user, dm, "een")
	mm.sendPosted(t, een, model.ChannelTypeDirect)
	first.Next(t)
	mm.nextPost(t)
	h1.stop()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	second := adaptertest.NewCore(echo)
	h2 := newHarness(t, second, harnessConfig{mm: mm, dedup: db, adjust: func(c *Config) { c.Workers = 1 }})
	h2.run()
	mm.sendPosted(t, een, model.ChannelTypeDirect)
	mm.sendPosted(t, mm.userPost(user, dm, "twee"), model.ChannelTypeDirect)

	if m := second.Next(t); m.Text != "twee" {
		t.Errorf("after the restart the core got %q first, want only the new post", m.Text)
	}
	h2.stop()
	if n := second.Count(); n != 1 {
		t.Errorf("after the restart the core got %d messages, want 1", n)
	}
}
