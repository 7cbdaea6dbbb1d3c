package mattermost

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
)

// TestE2ELongSlashCommandGetsTheNotice: a command longer than 64 KiB is
// read, and the answer says that only its first 2,000 characters were.
func TestE2ELongSlashCommandGetsTheNotice(t *testing.T) {
	r := startE2E(t)
	long := "mag ik delen met school " + strings.Repeat("en de huisarts ", 6000)
	form := commandForm(testCommandToken, r.user, r.dm, model.GetDMNameFromIds(r.user, r.user), long)
	if n := len(form.Encode()); n <= 64<<10 {
		t.Fatalf("the request is only %d bytes", n)
	}
	status, body := r.command(form, nil)
	if status != http.StatusOK {
		t.Fatalf("status %d, want 200", status)
	}
	if got := decodeCommandResponse(t, body).Text; !strings.Contains(got, "langer dan 2000 tekens") {
		t.Errorf("answer %q lacks the notice about the cut", got)
	}
}

// TestE2EButtonOnDeletedPostIsAnswered: a press on a post the server no
// longer has is answered with a short message, not an error status.
func TestE2EButtonOnDeletedPostIsAnswered(t *testing.T) {
	r := startE2E(t)
	r.say(t, "help")
	p := r.post(t)
	buttons := buttonsOf(p)
	if len(buttons) == 0 {
		t.Fatalf("the help post has no buttons")
	}
	r.mm.mu.Lock()
	delete(r.mm.posts, p.Id)
	r.mm.mu.Unlock()
	req := model.PostActionIntegrationRequest{
		UserId: r.user, ChannelId: p.ChannelId, PostId: p.Id, Type: buttons[0].Type, Context: buttons[0].Integration.Context,
	}
	status, body := postJSON(t, buttons[0].Integration.URL, req)
	if status != http.StatusOK {
		t.Fatalf("status %d, want 200", status)
	}
	var resp model.PostActionIntegrationResponse
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(resp.EphemeralText, "bestaat niet meer") || resp.Update != nil {
		t.Errorf("answer %+v, want an ephemeral text that the message is gone", resp)
	}
}
