package slack

import (
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"sync"

	"privacybot/adapters/internal/httpjson"
)

// fgFake is the fake Slack's part for the FG channel: who is a member of
// which channel (conversations.members, two users a page) and the modals
// opened (views.open).
type fgFake struct {
	mu      sync.Mutex
	members map[string][]string
}

// setMembers makes users the members of channel.
func (f *fakeSlack) setMembers(channel string, users ...string) {
	f.fg.mu.Lock()
	defer f.fg.mu.Unlock()
	if f.fg.members == nil {
		f.fg.members = map[string][]string{}
	}
	f.fg.members[channel] = users
}

// conversationsMembers answers a page of two members; the cursor is the
// index of the next page.
func (f *fakeSlack) conversationsMembers(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	channel := r.Form.Get("channel")
	f.fg.mu.Lock()
	all := slices.Clone(f.fg.members[channel])
	f.fg.mu.Unlock()
	start := 0
	if c := r.Form.Get("cursor"); c != "" {
		start = int(c[0] - '0')
	}
	end := min(start+2, len(all))
	next := ""
	if end < len(all) {
		next = string(rune('0' + end))
	}
	f.recordCall(apiCall{Method: "conversations.members", Channel: channel})
	httpjson.Write(w, map[string]any{"ok": true, "members": all[start:end], "response_metadata": map[string]any{"next_cursor": next}})
}

// viewsOpen records the modal; its JSON goes in the call's Blocks and the
// trigger in its TS.
func (f *fakeSlack) viewsOpen(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var body struct {
		TriggerID string          `json:"trigger_id"`
		View      json.RawMessage `json:"view"`
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	f.recordCall(apiCall{Method: "views.open", TS: body.TriggerID, Blocks: body.View})
	httpjson.Write(w, map[string]any{"ok": true, "view": map[string]any{"id": "V1"}})
}

func (f *fakeSlack) recordCall(c apiCall) {
	f.mu.Lock()
	f.all = append(f.all, c)
	f.mu.Unlock()
	f.calls <- c
}
