package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/pipeline"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
)

// metadataEvent is the event type of the metadata on every post the bot
// makes through the outbox; its payload's "id" is our message ID.
const metadataEvent = "privacybot_message"

// historyPages bounds the pages of conversations.history read to find a
// post again.
const historyPages = 5

var _ bot.Courier = (*Adapter)(nil)

// UseOutbox makes the adapter send every answer through o, and registers
// the adapter as o's courier for Slack. Call it before Run.
func (a *Adapter) UseOutbox(o *bot.Outbox) {
	a.pipe.UseOutbox(o, a)
}

// storedTarget is a target as the outbox keeps it.
type storedTarget struct {
	Via         int    `json:"via"`
	Channel     string `json:"channel,omitempty"`
	User        string `json:"user,omitempty"`
	Thread      string `json:"thread,omitempty"`
	ResponseURL string `json:"response_url,omitempty"`
}

// storedReply is a reply with its place in the turn, as the outbox keeps it.
type storedReply struct {
	N     int       `json:"n"`
	Reply bot.Reply `json:"reply"`
}

// outboxItem is the outbox item for replies rs of user bound for t.
func outboxItem(user string, t target, rs []numbered) (bot.OutboxItem, error) {
	tj, err := json.Marshal(storedTarget{Via: t.via, Channel: t.channel, User: t.user, Thread: t.thread, ResponseURL: t.responseURL})
	if err != nil {
		return bot.OutboxItem{}, fmt.Errorf("store target: %w", err)
	}
	stored := make([]storedReply, len(rs))
	for i, r := range rs {
		stored[i] = storedReply{N: r.n, Reply: r.r}
	}
	pj, err := json.Marshal(stored)
	if err != nil {
		return bot.OutboxItem{}, fmt.Errorf("store replies: %w", err)
	}
	return bot.OutboxItem{Platform: bot.Slack, User: user, Target: string(tj), Payload: string(pj)}, nil
}

// decode returns where it goes and what it says.
func (a *Adapter) decode(ctx context.Context, it bot.OutboxItem) (target, []numbered, error) {
	if it.Target == bot.TargetDM {
		r, err := bot.DecodeDM(it)
		if err != nil {
			return target{}, nil, fmt.Errorf("%w: %w", bot.ErrUndeliverable, err)
		}
		dm, err := a.dms.get(ctx, it.User)
		if err != nil {
			return target{}, nil, courierErr(err, false)
		}
		return target{via: viaPost, channel: dm}, []numbered{{n: 0, r: r}}, nil
	}
	var (
		st     storedTarget
		stored []storedReply
	)
	if err := json.Unmarshal([]byte(it.Target), &st); err != nil {
		return target{}, nil, fmt.Errorf("%w: target: %w", bot.ErrUndeliverable, err)
	}
	if err := json.Unmarshal([]byte(it.Payload), &stored); err != nil {
		return target{}, nil, fmt.Errorf("%w: payload: %w", bot.ErrUndeliverable, err)
	}
	rs := make([]numbered, len(stored))
	for i, s := range stored {
		rs[i] = numbered{n: s.N, r: s.Reply}
	}
	return target{via: st.Via, channel: st.Channel, user: st.User, thread: st.Thread, responseURL: st.ResponseURL}, rs, nil
}

// Deliver sends the messages of it from it.Sent on; see bot.Courier. A
// post carries our message ID as metadata; when a post's fate is unknown,
// Deliver reads the DM's history back (conversations.history) and sends
// it only when it is not there. An ephemeral message or response URL
// cannot be read back: it is sent again.
func (a *Adapter) Deliver(ctx context.Context, it *bot.OutboxItem) error {
	t, rs, err := a.decode(ctx, *it)
	if err != nil {
		return err
	}
	msgs, _ := render(rs)
	once := retrier{sleep: a.sleep, tries: 1}
	posted := func(id string) (bool, error) {
		found, err := a.posted(ctx, t.channel, id, it.CreatedAt)
		return found, courierErr(err, false)
	}
	return pipeline.SendFrom(it, len(msgs), t.via == viaPost, posted, func(i int, id string) error {
		m := msgs[i]
		m.id = id
		return courierErr(a.send(ctx, once, t, m), t.via == viaPost)
	})
}

// posted reports whether channel holds a message with our ID id, posted
// since a little before since.
func (a *Adapter) posted(ctx context.Context, channel, id string, since time.Time) (bool, error) {
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          channel,
		Oldest:             strconv.FormatInt(since.Add(-time.Minute).Unix(), 10) + ".000000",
		IncludeAllMetadata: true,
		Limit:              200,
	}
	for range historyPages {
		res, err := a.api.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return false, fmt.Errorf("conversations.history: %w", err)
		}
		for _, msg := range res.Messages {
			if msg.Metadata.EventType == metadataEvent && msg.Metadata.EventPayload["id"] == id {
				return true, nil
			}
		}
		if !res.HasMore || res.ResponseMetaData.NextCursor == "" {
			return false, nil
		}
		params.Cursor = res.ResponseMetaData.NextCursor
	}
	return false, nil
}

// GiveUp tells the user in their DM that an answer did not reach them;
// see bot.Courier. The answer follows the note there, so that the next
// question is not lost, unless it may have arrived already.
func (a *Adapter) GiveUp(ctx context.Context, it bot.OutboxItem) error {
	dm, err := a.dms.get(ctx, it.User)
	if err != nil {
		return err
	}
	note := outMessage{text: escape(texts.UndeliveredBoth)}
	var rest []outMessage
	if t, rs, err := a.decode(ctx, it); err == nil {
		msgs, _ := render(rs)
		rest = msgs[min(it.Sent, len(msgs)):]
		if it.Unsure && t.via == viaPost && len(rest) > 0 {
			if found, err := a.posted(ctx, t.channel, pipeline.MessageID(it, it.Sent), it.CreatedAt); err != nil || found {
				rest = rest[1:]
			}
		}
		if len(rest) > 0 {
			note.text = escape(texts.LateBoth)
		}
	}
	note.blocks = []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, note.text, false, false), nil, nil)}
	for _, m := range append([]outMessage{note}, rest...) {
		if err := a.send(ctx, retrier{sleep: a.sleep, tries: 1}, target{via: viaPost, channel: dm}, m); err != nil {
			return err
		}
	}
	return nil
}

// transientSlackErrors are Slack API errors that may pass.
var transientSlackErrors = map[string]bool{
	"internal_error": true, "fatal_error": true, "service_unavailable": true, "request_timeout": true,
}

// courierErr tells the outbox what err means (nil for none); post reports
// whether the failed call was a post that Slack may have made all the
// same: only a 429, a refusal or Slack's own error answer say it did not.
func courierErr(err error, post bool) error {
	if err == nil {
		return nil
	}
	if ue, ok := errors.AsType[*url.Error](err); ok {
		// A response URL is a credential: keep it out of the log.
		err = &url.Error{Op: ue.Op, URL: "(url)", Err: ue.Err}
	}
	unsure := func() error {
		if post {
			return fmt.Errorf("%w: %w", bot.ErrUnsure, err)
		}
		return err
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return &bot.RetryAfterError{After: rl.RetryAfter, Err: err}
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return &bot.RetryAfterError{After: rateLimitFallback, Err: err}
		case sc.Code >= 500:
			return unsure()
		case sc.Code == http.StatusNotFound || sc.Code == http.StatusGone || sc.Code == http.StatusForbidden:
			return fmt.Errorf("%w: %w", bot.ErrUndeliverable, err)
		}
		return err
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		if se.Err == "ratelimited" {
			return &bot.RetryAfterError{After: rateLimitFallback, Err: err}
		}
		if transientSlackErrors[se.Err] {
			return unsure()
		}
		return fmt.Errorf("%w: %w", bot.ErrUndeliverable, err)
	}
	// Anything else (a timeout, a connection cut, an unreadable answer)
	// leaves a post's fate open.
	return unsure()
}
