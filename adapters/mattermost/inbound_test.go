package mattermost

import (
	"context"
	"encoding/json"
	"net/url"
	"regexp"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
)

func testIdentity() identity {
	return identity{
		id:       "botbotbotbotbotbotbotbot00",
		username: "privacybot",
		mention:  regexp.MustCompile(`(?i)(^|\s)@privacybot[:,]?(\s|$)`),
	}
}

func postedData(t *testing.T, p *model.Post, channelType string, mentions []string) map[string]any {
	t.Helper()
	raw, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"post": string(raw), "channel_type": channelType}
	if mentions != nil {
		m, _ := json.Marshal(mentions)
		data["mentions"] = string(m)
	}
	return data
}

func TestDecodePosted(t *testing.T) {
	p := &model.Post{Id: model.NewId(), UserId: model.NewId(), ChannelId: model.NewId(), Message: "hoi", CreateAt: 5}
	ev, err := decodePosted(postedData(t, p, "D", []string{"a"}))
	if err != nil {
		t.Fatal(err)
	}
	if ev.post.Id != p.Id || ev.post.Message != "hoi" || ev.channelType != model.ChannelTypeDirect || len(ev.mentions) != 1 {
		t.Errorf("decoded %+v", ev)
	}
	bad := []map[string]any{
		{},
		{"post": 42},
		{"post": "{not json"},
		{"post": `{"id":"x","user_id":"y","channel_id":"z"}`},
		postedData(t, p, "O", nil), /* valid, mentions absent */
	}
	bad[4]["mentions"] = "[not json"
	for i, data := range bad {
		if _, err := decodePosted(data); err == nil {
			t.Errorf("bad event %d accepted", i)
		}
	}
}

func TestInboundPost(t *testing.T) {
	me := testIdentity()
	user, channel := model.NewId(), model.NewId()
	post := func(message string) *model.Post {
		return &model.Post{Id: model.NewId(), UserId: user, ChannelId: channel, Message: message}
	}
	tests := []struct {
		name     string
		ev       postedEvent
		want     bool
		wantText string
		kind     string
	}{
		{"DM", postedEvent{post: post("help"), channelType: model.ChannelTypeDirect}, true, "help", kindDM},
		{"DM with a mention", postedEvent{post: post("@privacybot help"), channelType: model.ChannelTypeDirect}, true, "help", kindDM},
		{"mention listed", postedEvent{post: post("hoi @privacybot, vraag"), channelType: model.ChannelTypeOpen, mentions: []string{me.id}}, true, "hoi vraag", kindMention},
		{"mention in text only", postedEvent{post: post("@PRIVACYBOT vraag"), channelType: model.ChannelTypePrivate}, true, "vraag", kindMention},
		{"group message with mention", postedEvent{post: post("@privacybot vraag"), channelType: model.ChannelTypeGroup}, true, "vraag", kindMention},
		{"another user named alike", postedEvent{post: post("@privacybot2 vraag"), channelType: model.ChannelTypeOpen}, false, "", ""},
		{"e-mail address", postedEvent{post: post("mail info@privacybot.nl"), channelType: model.ChannelTypeOpen}, false, "", ""},
		{"channel without mention", postedEvent{post: post("vraag"), channelType: model.ChannelTypeOpen}, false, "", ""},
		{"own post", postedEvent{post: &model.Post{Id: model.NewId(), UserId: me.id, ChannelId: channel}, channelType: model.ChannelTypeDirect}, false, "", ""},
	}
	for _, tt := range tests {
		in, ok := inboundPost(me, tt.ev)
		if ok != tt.want {
			t.Errorf("%s: taken = %v, want %v", tt.name, ok, tt.want)
			continue
		}
		if !ok {
			continue
		}
		if in.text != tt.wantText || in.kind != tt.kind || in.user != user || in.channel != channel || in.direct != (tt.kind == kindDM) {
			t.Errorf("%s: inbound %+v", tt.name, in)
		}
		if in.dedupKey != "mattermost:post:"+tt.ev.post.Id || in.rootID != tt.ev.post.Id {
			t.Errorf("%s: dedup key %q root %q", tt.name, in.dedupKey, in.rootID)
		}
	}
	fromBool := post("@privacybot")
	fromBool.AddProp(model.PostPropsFromPlugin, true)
	if _, ok := inboundPost(me, postedEvent{post: fromBool, channelType: model.ChannelTypeDirect}); ok {
		t.Error("a plugin's post was taken")
	}
}

func TestDecodeCommand(t *testing.T) {
	user, channel := model.NewId(), model.NewId()
	c, err := decodeCommand(url.Values{"user_id": {user}, "channel_id": {channel}, "channel_name": {"x__y"}, "text": {"stappenplan school"}})
	if err != nil || c != (slashCommand{user: user, channel: channel, channelName: "x__y", text: "stappenplan school"}) {
		t.Errorf("decoded %+v, %v", c, err)
	}
	for _, form := range []url.Values{{}, {"user_id": {user}}, {"user_id": {"U1"}, "channel_id": {channel}}} {
		if _, err := decodeCommand(form); err == nil {
			t.Errorf("%v accepted", form)
		}
	}
}

func TestZoneOf(t *testing.T) {
	tests := []struct {
		tz   model.StringMap
		want string
	}{
		{model.StringMap{"useAutomaticTimezone": "true", "automaticTimezone": "Europe/Amsterdam", "manualTimezone": "Asia/Tokyo"}, "Europe/Amsterdam"},
		{model.StringMap{"useAutomaticTimezone": "false", "automaticTimezone": "Europe/Amsterdam", "manualTimezone": "Asia/Tokyo"}, "Asia/Tokyo"},
		{model.StringMap{"useAutomaticTimezone": "false", "manualTimezone": "Mars/Olympus"}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := zoneOf(tt.tz); got != tt.want {
			t.Errorf("zoneOf(%v) = %q, want %q", tt.tz, got, tt.want)
		}
	}
}

func TestHandoff(t *testing.T) {
	h := newHandoff()
	if !h.offer("antwoord") {
		t.Fatal("offer before the wait refused")
	}
	if text, ok := h.wait(context.Background(), time.Hour); !ok || text != "antwoord" {
		t.Errorf("wait = %q, %v", text, ok)
	}

	late := newHandoff()
	if text, ok := late.wait(context.Background(), time.Nanosecond); ok || text != "" {
		t.Errorf("wait without an offer = %q, %v", text, ok)
	}
	if late.offer("te laat") {
		t.Error("offer after the request stopped waiting was taken")
	}

	gone := newHandoff()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, ok := gone.wait(ctx, time.Hour); ok {
		t.Error("wait with an ended request took an answer")
	}
}
