package mattermost

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
)

// fgFakeMM is the fake server's part for the FG channel: channel members
// and the dialogs the bot opens.
type fgFakeMM struct {
	members map[string][]string
	dialogs chan model.OpenDialogRequest
}

// addChannel creates an open channel with members.
func (f *fakeMM) addChannel(members ...string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := &model.Channel{Id: model.NewId(), Type: model.ChannelTypeOpen, Name: "fg", CreateAt: f.tick()}
	f.channels[ch.Id] = ch
	if f.fg.members == nil {
		f.fg.members = map[string][]string{}
		f.fg.dialogs = make(chan model.OpenDialogRequest, 16)
	}
	f.fg.members[ch.Id] = members
	return ch.Id
}

func (f *fakeMM) channelMember(_ http.ResponseWriter, r *http.Request) (any, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch, user := r.PathValue("id"), r.PathValue("user")
	if !slices.Contains(f.fg.members[ch], user) {
		return map[string]any{"id": "app.channel.get_member.missing.app_error", "status_code": 404}, http.StatusNotFound
	}
	return &model.ChannelMember{ChannelId: ch, UserId: user}, http.StatusOK
}

func (f *fakeMM) openDialog(_ http.ResponseWriter, r *http.Request) (any, int) {
	var req model.OpenDialogRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.URL == "" {
		return nil, http.StatusBadRequest
	}
	f.fg.dialogs <- req
	return map[string]string{"status": "OK"}, http.StatusOK
}

// nextDialog waits for the next dialog the bot opens.
func (f *fakeMM) nextDialog(t testing.TB) model.OpenDialogRequest {
	t.Helper()
	select {
	case d := <-f.fg.dialogs:
		return d
	case <-time.After(10 * time.Second):
		t.Fatal("the bot opened no dialog within 10s")
		return model.OpenDialogRequest{}
	}
}

// submitDialog does what the server does when user submits d in channel.
func (f *fakeMM) submitDialog(t testing.TB, d model.OpenDialogRequest, user, channel, answer string) (int, model.SubmitDialogResponse) {
	t.Helper()
	status, body := postJSON(t, d.URL, model.SubmitDialogRequest{
		Type: "dialog_submission", CallbackId: d.Dialog.CallbackId, State: d.Dialog.State,
		UserId: user, ChannelId: channel, Submission: map[string]any{d.Dialog.Elements[0].Name: answer},
	})
	var resp model.SubmitDialogResponse
	if len(body) > 0 {
		_ = json.Unmarshal(body, &resp)
	}
	return status, resp
}

// pressFG presses the i-th button of post as user, with a trigger ID, and
// returns the status and the ephemeral text answered.
func (f *fakeMM) pressFG(t testing.TB, postID string, i int, user string) (int, string) {
	t.Helper()
	p := f.post(postID)
	if p == nil {
		t.Fatalf("no post %s", postID)
	}
	acts := buttonsOf(p)
	if i >= len(acts) {
		t.Fatalf("post has %d buttons", len(acts))
	}
	req := model.PostActionIntegrationRequest{UserId: user, ChannelId: p.ChannelId, PostId: p.Id, TriggerId: "trig-" + user,
		Type: acts[i].Type, Context: acts[i].Integration.Context}
	status, body := postJSON(t, acts[i].Integration.URL, req)
	var resp model.PostActionIntegrationResponse
	if len(body) > 0 {
		_ = json.Unmarshal(body, &resp)
	}
	return status, resp.EphemeralText
}
