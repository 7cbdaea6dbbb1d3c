package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/slack-go/slack"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/bot/practice"
)

// errIncomplete is returned for a request that lacks a field the bot needs.
var errIncomplete = errors.New("request incomplete")

// Kinds of inbound work, as logged.
const (
	kindCommand = "command"
	kindDM      = "dm"
	kindMention = "mention"
	kindPress   = "press"
)

// inbound is one acknowledged piece of work: something a user typed or
// pressed, decoded from a slash command, an event or an interaction.
type inbound struct {
	kind string
	// dedupKey names the event for bot.DedupStore; a retried delivery has
	// the same key.
	dedupKey string
	user     string
	// channel is the Slack channel ID the user wrote or pressed in.
	channel string
	// im reports that channel is known to be the user's DM with the bot.
	im   bool
	text string
	// threadTS is where an answer to a mention goes.
	threadTS string
	// responseURL answers a slash command or a press (ephemeral in a
	// shared channel).
	responseURL string
	press       *press
	fg          *fgInbound
}

// Kind, Key and UserID are what package pipeline reads of in.
func (in inbound) Kind() string   { return in.kind }
func (in inbound) Key() string    { return in.dedupKey }
func (in inbound) UserID() string { return in.user }

// press is a button pressed under one of the bot's messages.
type press struct {
	value string
	label string
	// blockID is the actions block the button sat in.
	blockID   string
	messageTS string
	ephemeral bool
	// original is the message as Slack showed it (absent for ephemeral
	// messages), to rebuild without its buttons.
	original *originalMessage
}

// slashCommand holds the fields of a slash command the bot uses; Socket
// Mode sends them as JSON, HTTP as a form.
type slashCommand struct {
	Text        string `json:"text"`
	UserID      string `json:"user_id"`
	ChannelID   string `json:"channel_id"`
	ResponseURL string `json:"response_url"`
	TriggerID   string `json:"trigger_id"`
}

// decodeSlashForm reads a slash command request body
// (application/x-www-form-urlencoded).
func decodeSlashForm(body []byte) (inbound, error) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		return inbound{}, fmt.Errorf("decode slash command: %w", err)
	}
	return slashCommand{
		Text:        v.Get("text"),
		UserID:      v.Get("user_id"),
		ChannelID:   v.Get("channel_id"),
		ResponseURL: v.Get("response_url"),
		TriggerID:   v.Get("trigger_id"),
	}.inbound()
}

// decodeSlashJSON reads a slash command delivered over Socket Mode.
func decodeSlashJSON(raw []byte) (inbound, error) {
	var c slashCommand
	if err := json.Unmarshal(raw, &c); err != nil {
		return inbound{}, fmt.Errorf("decode slash command: %w", err)
	}
	return c.inbound()
}

func (c slashCommand) inbound() (inbound, error) {
	if !isID(c.UserID) || !isID(c.ChannelID) || !isID(c.TriggerID) || !isResponseURL(c.ResponseURL) {
		return inbound{}, fmt.Errorf("decode slash command: %w", errIncomplete)
	}
	return inbound{
		kind:        kindCommand,
		dedupKey:    "slack:cmd:" + c.TriggerID,
		user:        c.UserID,
		channel:     c.ChannelID,
		text:        unescape(c.Text),
		responseURL: c.ResponseURL,
	}, nil
}

// eventEnvelope is an Events API request (HTTP body or Socket Mode payload).
type eventEnvelope struct {
	Type      string      `json:"type"`
	Challenge string      `json:"challenge"`
	EventID   string      `json:"event_id"`
	Event     *innerEvent `json:"event"`
}

type innerEvent struct {
	Type        string          `json:"type"`
	Subtype     string          `json:"subtype"`
	User        string          `json:"user"`
	BotID       string          `json:"bot_id"`
	Text        string          `json:"text"`
	TS          string          `json:"ts"`
	ThreadTS    string          `json:"thread_ts"`
	Channel     string          `json:"channel"`
	ChannelType string          `json:"channel_type"`
	Edited      json.RawMessage `json:"edited"`
}

// decodedEvent is what an Events API request asks of the bot: answer a
// URL verification challenge, handle a message, or nothing.
type decodedEvent struct {
	challenge string
	in        *inbound
}

// decodeEvent reads an Events API request. Events the bot does not answer
// (its own messages, other bots, edits, joins, DMs seen as mentions) give
// a decodedEvent with neither field set. botID is the bot's user ID, ""
// while unknown.
func decodeEvent(raw []byte, botID string) (decodedEvent, error) {
	var env eventEnvelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return decodedEvent{}, fmt.Errorf("decode event: %w", err)
	}
	switch env.Type {
	case "url_verification":
		if env.Challenge == "" {
			return decodedEvent{}, fmt.Errorf("decode event: %w", errIncomplete)
		}
		return decodedEvent{challenge: env.Challenge}, nil
	case "event_callback":
	default:
		return decodedEvent{}, nil
	}
	e := env.Event
	if e == nil || !isID(env.EventID) {
		return decodedEvent{}, fmt.Errorf("decode event: %w", errIncomplete)
	}
	if e.BotID != "" || e.Subtype != "" || len(e.Edited) > 0 || e.User == "" || e.User == botID {
		return decodedEvent{}, nil
	}
	in := &inbound{dedupKey: "slack:event:" + env.EventID, user: e.User, channel: e.Channel}
	switch {
	case e.Type == "message" && e.ChannelType == "im":
		in.kind, in.im = kindDM, true
	case e.Type == "app_mention" && !strings.HasPrefix(e.Channel, "D"):
		in.kind = kindMention
		in.threadTS = e.ThreadTS
		if !isID(in.threadTS) {
			in.threadTS = e.TS
		}
		if !isID(in.threadTS) {
			in.threadTS = ""
		}
	case e.Type == "message" && isID(e.ThreadTS) && e.ThreadTS != e.TS && (e.ChannelType == "channel" || e.ChannelType == "group"):
		in.kind, in.threadTS = kindFGThread, e.ThreadTS
	default:
		return decodedEvent{}, nil
	}
	if !isID(e.User) || !isID(e.Channel) {
		return decodedEvent{}, fmt.Errorf("decode event: %w", errIncomplete)
	}
	in.text = unescape(stripMention(e.Text, botID))
	return decodedEvent{in: in}, nil
}

// interaction holds the fields of an interactivity payload the bot uses.
type interaction struct {
	Type string `json:"type"`
	User struct {
		ID string `json:"id"`
	} `json:"user"`
	Channel struct {
		ID string `json:"id"`
	} `json:"channel"`
	Container struct {
		MessageTS   string `json:"message_ts"`
		ChannelID   string `json:"channel_id"`
		IsEphemeral bool   `json:"is_ephemeral"`
	} `json:"container"`
	TriggerID   string `json:"trigger_id"`
	ResponseURL string `json:"response_url"`
	Actions     []struct {
		Type     string `json:"type"`
		BlockID  string `json:"block_id"`
		ActionID string `json:"action_id"`
		Value    string `json:"value"`
		Text     struct {
			Text string `json:"text"`
		} `json:"text"`
	} `json:"actions"`
	Message *originalMessage `json:"message"`
}

// originalMessage is a message of the bot as an interaction shows it.
type originalMessage struct {
	Text   string       `json:"text"`
	Blocks slack.Blocks `json:"blocks"`
}

// decodeInteractionForm reads an interactivity request body: a form with
// the JSON in its "payload" field.
func decodeInteractionForm(body []byte) (*inbound, error) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, fmt.Errorf("decode interaction: %w", err)
	}
	return decodeInteraction([]byte(v.Get("payload")))
}

// decodeInteraction reads an interactivity payload. Anything but a button
// pressed under a message gives nil.
func decodeInteraction(raw []byte) (*inbound, error) {
	var p interaction
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, fmt.Errorf("decode interaction: %w", err)
	}
	if p.Type == "view_submission" {
		return decodeFGSubmission(raw)
	}
	if p.Type != "block_actions" || len(p.Actions) == 0 || p.Actions[0].Type != "button" {
		return nil, nil
	}
	act := p.Actions[0]
	channel := p.Container.ChannelID
	if channel == "" {
		channel = p.Channel.ID
	}
	if !isID(p.User.ID) || !isID(channel) || !isID(p.TriggerID) || !isResponseURL(p.ResponseURL) || act.Value == "" {
		return nil, fmt.Errorf("decode interaction: %w", errIncomplete)
	}
	key := "slack:press:" + p.TriggerID
	// An FG channel's button, and a weekly case's, may be pressed by each
	// of the channel's members.
	if isID(p.Container.MessageTS) && !fg.IsFGAction(act.Value) && !practice.IsWeeklyAction(act.Value) {
		// The key holds the channel, so it is marked as the user's and goes
		// when the user is forgotten.
		key = bot.UserDedupKey(bot.UserKey{Platform: bot.Slack, User: p.User.ID},
			"slack:press:"+channel+":"+p.Container.MessageTS+":"+groupOf(act.BlockID))
		if p.Container.IsEphemeral && act.ActionID != "" {
			// An ephemeral message keeps its buttons (Slack sends no copy
			// to rebuild it from): each of them counts once, so another
			// button still reaches the core, which refuses it visibly
			// when its step has passed.
			key += ":" + act.ActionID
		}
	}
	return &inbound{
		kind:        kindPress,
		dedupKey:    key,
		user:        p.User.ID,
		channel:     channel,
		responseURL: p.ResponseURL,
		press: &press{
			value:     act.Value,
			label:     act.Text.Text,
			blockID:   act.BlockID,
			messageTS: p.Container.MessageTS,
			ephemeral: p.Container.IsEphemeral,
			original:  p.Message,
		},
		fg: &fgInbound{trigger: p.TriggerID},
	}, nil
}

// maxIDLen bounds the IDs, timestamps and trigger IDs the bot accepts.
const maxIDLen = 100

// isID reports whether s looks like a Slack ID, timestamp or trigger ID:
// letters, digits and dots, not too long.
func isID(s string) bool {
	if s == "" || len(s) > maxIDLen {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// isResponseURL reports whether s is an absolute http(s) URL.
func isResponseURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// unescape turns Slack's &lt; &gt; &amp; in message text back into < > &.
func unescape(s string) string { return unescaper.Replace(s) }

// stripMention removes mentions of the bot ("<@UBOT>", "<@UBOT|name>")
// from text; while the bot's ID is unknown it removes a leading mention.
func stripMention(text, botID string) string {
	if botID == "" {
		t := strings.TrimSpace(text)
		if strings.HasPrefix(t, "<@") {
			if end := strings.IndexByte(t, '>'); end > 0 {
				return strings.TrimSpace(t[end+1:])
			}
		}
		return t
	}
	for _, m := range []string{"<@" + botID + ">", "<@" + botID + "|"} {
		for {
			i := strings.Index(text, m)
			if i < 0 {
				break
			}
			end := i + len(m)
			if strings.HasSuffix(m, "|") {
				gt := strings.IndexByte(text[end:], '>')
				if gt < 0 {
					break
				}
				end += gt + 1
			}
			text = text[:i] + text[end:]
		}
	}
	return strings.TrimSpace(text)
}
