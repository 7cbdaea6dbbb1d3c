package mattermost

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/mattermost/mattermost/server/public/model"
)

// Kinds of inbound work, as logged.
const (
	kindCommand = "command"
	kindDM      = "dm"
	kindMention = "mention"
	kindPress   = "press"
)

// errIncomplete is a request or event that lacks a field the bot needs.
var errIncomplete = errors.New("incomplete")

// inbound is one acknowledged piece of work: something a user typed or
// pressed.
type inbound struct {
	kind string
	// dedupKey names the post for bot.DedupStore, or is empty when the
	// work needs no deduplication.
	dedupKey string
	user     string
	// channel is the Mattermost channel the user wrote or pressed in.
	channel string
	// direct reports that channel is the user's DM with the bot.
	direct bool
	text   string
	action string
	// rootID is the thread an ephemeral answer to a mention goes in.
	rootID string
	// inline takes the ephemeral answer to a slash command while its
	// request still waits.
	inline *handoff
}

// Kind, Key and UserID are what package pipeline reads of in.
func (in inbound) Kind() string   { return in.kind }
func (in inbound) Key() string    { return in.dedupKey }
func (in inbound) UserID() string { return in.user }

// postedEvent is the part of a WebSocket "posted" event the bot reads.
type postedEvent struct {
	post        *model.Post
	channelType model.ChannelType
	// mentions are the user IDs the post mentions.
	mentions []string
}

// decodePosted reads a "posted" event's data: the post arrives as a JSON
// string, and so do the mentioned user IDs.
func decodePosted(data map[string]any) (postedEvent, error) {
	raw, ok := data["post"].(string)
	if !ok {
		return postedEvent{}, fmt.Errorf("posted event: %w", errIncomplete)
	}
	var p model.Post
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return postedEvent{}, fmt.Errorf("posted event: %w", err)
	}
	if !model.IsValidId(p.Id) || !model.IsValidId(p.UserId) || !model.IsValidId(p.ChannelId) {
		return postedEvent{}, fmt.Errorf("posted event: %w", errIncomplete)
	}
	ev := postedEvent{post: &p}
	if t, ok := data["channel_type"].(string); ok {
		ev.channelType = model.ChannelType(t)
	}
	if m, ok := data["mentions"].(string); ok && m != "" {
		if err := json.Unmarshal([]byte(m), &ev.mentions); err != nil {
			return postedEvent{}, fmt.Errorf("posted event mentions: %w", err)
		}
	}
	return ev, nil
}

// inboundPost decides whether a post is for the bot: a user's post in a DM
// with the bot, or one that mentions it elsewhere. The bot's own posts,
// other bots', webhooks' and system messages are not.
func inboundPost(me identity, ev postedEvent) (inbound, bool) {
	p := ev.post
	if p.UserId == me.id || p.Type != "" || p.DeleteAt != 0 || fromIntegration(p) {
		return inbound{}, false
	}
	dm := ev.channelType == model.ChannelTypeDirect
	if !dm && !slices.Contains(ev.mentions, me.id) && !me.mention.MatchString(p.Message) {
		return inbound{}, false
	}
	in := inbound{
		kind:     kindMention,
		dedupKey: "mattermost:post:" + p.Id,
		user:     p.UserId,
		channel:  p.ChannelId,
		direct:   dm,
		text:     stripMention(me, p.Message),
		rootID:   p.RootId,
	}
	if dm {
		in.kind = kindDM
	}
	if in.rootID == "" {
		in.rootID = p.Id
	}
	return in, true
}

// fromIntegration reports whether a bot, a webhook or a plugin made p.
func fromIntegration(p *model.Post) bool {
	for _, key := range []string{model.PostPropsFromBot, model.PostPropsFromWebhook, model.PostPropsFromPlugin} {
		switch v := p.GetProp(key).(type) {
		case string:
			if v == "true" {
				return true
			}
		case bool:
			if v {
				return true
			}
		}
	}
	return false
}

// stripMention removes "@botname" from text.
func stripMention(me identity, text string) string {
	return strings.TrimSpace(me.mention.ReplaceAllString(text, "$1"))
}

// slashCommand is the part of a slash command request the bot reads.
type slashCommand struct {
	user    string
	channel string
	// channelName is "<id>__<id>" for a DM.
	channelName string
	text        string
}

// decodeCommand reads a slash command request's form.
func decodeCommand(form url.Values) (slashCommand, error) {
	c := slashCommand{
		user:        form.Get("user_id"),
		channel:     form.Get("channel_id"),
		channelName: form.Get("channel_name"),
		text:        form.Get("text"),
	}
	if !model.IsValidId(c.user) || !model.IsValidId(c.channel) {
		return slashCommand{}, fmt.Errorf("slash command: %w", errIncomplete)
	}
	return c, nil
}
