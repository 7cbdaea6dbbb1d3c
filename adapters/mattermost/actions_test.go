package mattermost

import (
	"bytes"
	"context"
	"maps"
	"net/http"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func TestForgedOrAlteredButtonCallbacksAreRefused(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "gekozen"}))
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "")
	other := h.mm.addUser("nl", "")
	if err := h.a.Notify(context.Background(), bot.Address{Platform: bot.Mattermost, User: user, Channel: bot.DM},
		bot.Reply{Text: "Herinnering", Choices: []bot.Choice{{Label: "Gedaan", Value: "done:7"}}}); err != nil {
		t.Fatal(err)
	}
	p := h.mm.nextPost(t)
	genuine := buttonsOf(p)[0].Integration.Context
	dm := p.ChannelId
	userPost := h.mm.oldUserPost(user, dm, "van de gebruiker")
	forger := signer{key: []byte("not the bot's secret at all....")}

	altered := func(key, value string) map[string]any {
		c := maps.Clone(genuine)
		c[key] = value
		return c
	}
	without := func(key string) map[string]any {
		c := maps.Clone(genuine)
		delete(c, key)
		return c
	}
	tests := []struct {
		name string
		req  model.PostActionIntegrationRequest
		want int
	}{
		{"value altered", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: p.Id, Context: altered(ctxValue, "forget-me")}, http.StatusUnauthorized},
		{"label altered", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: p.Id, Context: altered(ctxLabel, "Vergeet mij")}, http.StatusUnauthorized},
		{"user altered to match the presser", model.PostActionIntegrationRequest{UserId: other, ChannelId: dm, PostId: p.Id, Context: altered(ctxUser, other)}, http.StatusUnauthorized},
		{"signature missing", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: p.Id, Context: without(ctxSig)}, http.StatusUnauthorized},
		{"signature garbled", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: p.Id, Context: altered(ctxSig, "%%%")}, http.StatusUnauthorized},
		{"signed with another key", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: p.Id, Context: forger.context(bot.Choice{Label: "Gedaan", Value: "done:7"}, user, dm, "n1")}, http.StatusUnauthorized},
		{"no context", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: p.Id}, http.StatusUnauthorized},
		{"pressed by another user", model.PostActionIntegrationRequest{UserId: other, ChannelId: dm, PostId: p.Id, Context: genuine}, http.StatusForbidden},
		{"sent from another channel", model.PostActionIntegrationRequest{UserId: user, ChannelId: model.NewId(), PostId: p.Id, Context: genuine}, http.StatusForbidden},
		{"not the bot's post", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: userPost.Id, Context: genuine}, http.StatusForbidden},
		{"no post id", model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, Context: genuine}, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if status, _ := postJSON(t, h.botURL+ActionPath, tt.req); status != tt.want {
				t.Errorf("status = %d, want %d", status, tt.want)
			}
		})
	}
	t.Run("not JSON", func(t *testing.T) {
		resp, err := http.Post(h.botURL+ActionPath, "application/json", bytes.NewReader([]byte("user_id=x")))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("status = %d, want 400", resp.StatusCode)
		}
	})
	if n := core.Count(); n != 0 {
		t.Fatalf("a refused callback reached the core %d times", n)
	}
	if got := buttonsOf(h.mm.post(p.Id)); len(got) != 1 {
		t.Fatalf("a refused callback changed the post: buttons %v", labels(got))
	}

	if status := h.mm.press(t, p.Id, 0, user); status != http.StatusOK {
		t.Fatalf("the genuine press after the refusals: status %d", status)
	}
	if m := core.Next(t); m.Action != "done:7" || m.User != user {
		t.Errorf("core got %+v", m)
	}
}

// oldUserPost stores a post of user that is older than anything the bot
// posted, so no catch-up after a (re)connect hands it to the bot.
func (f *fakeMM) oldUserPost(user, channel, message string) *model.Post {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := &model.Post{Id: model.NewId(), UserId: user, ChannelId: channel, Message: message, CreateAt: 1, UpdateAt: 1}
	f.posts[p.Id] = p
	return p.Clone()
}
