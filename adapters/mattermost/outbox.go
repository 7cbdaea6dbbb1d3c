package mattermost

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/pipeline"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
)

// propID is the post prop that carries our message ID, so that a post can
// be found again among the channel's recent posts.
const propID = "privacybot_id"

var _ bot.Courier = (*Adapter)(nil)

// UseOutbox makes the adapter send every post to a DM through o, and
// registers the adapter as o's courier for Mattermost. Call it before Run.
func (a *Adapter) UseOutbox(o *bot.Outbox) {
	a.pipe.UseOutbox(o, a)
}

// storedTarget is where an outbox item goes: a channel, or the user's DM
// when Channel is "".
type storedTarget struct {
	Channel string `json:"channel,omitempty"`
}

// storedOut is an outgoing as the outbox keeps it.
type storedOut struct {
	Text     string       `json:"text"`
	Choices  []bot.Choice `json:"choices,omitempty"`
	Controls []bot.Choice `json:"controls,omitempty"`
}

// enqueuePosts stores outs for channel (the user's DM when "") in the
// outbox.
func (a *Adapter) enqueuePosts(ctx context.Context, o *bot.Outbox, key, user, channel string, outs []outgoing) error {
	stored := make([]storedOut, len(outs))
	for i, out := range outs {
		stored[i] = storedOut{Text: out.text, Choices: out.choices, Controls: out.controls}
	}
	tj, err := json.Marshal(storedTarget{Channel: channel})
	if err != nil {
		return fmt.Errorf("store target: %w", err)
	}
	pj, err := json.Marshal(stored)
	if err != nil {
		return fmt.Errorf("store posts: %w", err)
	}
	return o.EnqueueAnswer(ctx, bot.OutboxItem{Key: key, Platform: bot.Mattermost, User: user, Target: string(tj), Payload: string(pj)})
}

// postPart is one post of an outbox item: a piece of an outgoing's text,
// with the outgoing's buttons on its last piece.
type postPart struct {
	text    string
	buttons *outgoing
}

// decode returns the channel and the posts of it.
func (a *Adapter) decode(ctx context.Context, it bot.OutboxItem) (string, []postPart, error) {
	var outs []outgoing
	channel := ""
	if it.Target == bot.TargetDM {
		r, err := bot.DecodeDM(it)
		if err != nil {
			return "", nil, fmt.Errorf("%w: %w", bot.ErrUndeliverable, err)
		}
		outs = []outgoing{render(r)}
	} else {
		var (
			st     storedTarget
			stored []storedOut
		)
		if err := json.Unmarshal([]byte(it.Target), &st); err != nil {
			return "", nil, fmt.Errorf("%w: target: %w", bot.ErrUndeliverable, err)
		}
		if err := json.Unmarshal([]byte(it.Payload), &stored); err != nil {
			return "", nil, fmt.Errorf("%w: payload: %w", bot.ErrUndeliverable, err)
		}
		for _, s := range stored {
			outs = append(outs, outgoing{text: s.Text, choices: s.Choices, controls: s.Controls})
		}
		channel = st.Channel
	}
	if channel == "" {
		ch, err := a.openDM(ctx, it.User)
		if err != nil {
			return "", nil, courierErr(err, false)
		}
		channel = ch
	}
	var parts []postPart
	for i := range outs {
		pieces := split(outs[i].text, maxMessageRunes)
		if len(pieces) == 0 && outs[i].hasButtons() {
			pieces = []string{"…"}
		}
		for j, piece := range pieces {
			p := postPart{text: piece}
			if j == len(pieces)-1 && outs[i].hasButtons() {
				p.buttons = &outs[i]
			}
			parts = append(parts, p)
		}
	}
	return channel, parts, nil
}

// Deliver posts the parts of it from it.Sent on; see bot.Courier. Each
// post carries our message ID in its props; when a post's fate is
// unknown, Deliver reads the channel's posts since the item was made and
// posts again only when it is not there.
func (a *Adapter) Deliver(ctx context.Context, it *bot.OutboxItem) error {
	channel, parts, err := a.decode(ctx, *it)
	if err != nil {
		return err
	}
	me, err := a.self(ctx)
	if err != nil {
		return courierErr(err, false)
	}
	posted := func(id string) (bool, error) {
		found, err := a.posted(ctx, channel, id, it.CreatedAt)
		if err != nil {
			return false, courierErr(err, false)
		}
		return found, nil
	}
	return pipeline.SendFrom(it, len(parts), true, posted, func(i int, id string) error {
		part := parts[i]
		p := &model.Post{ChannelId: channel, Message: part.text, PendingPostId: me.id + ":" + requestID()}
		props := model.StringInterface{propID: id}
		if part.buttons != nil {
			props[model.PostPropsAttachments] = []*model.MessageAttachment{{Actions: a.buttons(*part.buttons, it.User, channel)}}
		}
		p.SetProps(props)
		created, resp, err := a.client.CreatePost(ctx, p)
		if err != nil {
			return courierErr(classify(ctx, "create post", resp, err), true)
		}
		a.dms.watch(channel, created.CreateAt)
		return nil
	})
}

// posted reports whether channel holds a post with our ID id, made since
// a minute before since.
func (a *Adapter) posted(ctx context.Context, channel, id string, since time.Time) (bool, error) {
	list, resp, err := a.client.GetPostsSince(ctx, channel, since.Add(-time.Minute).UnixMilli(), false)
	if err != nil {
		return false, classify(ctx, "read posts", resp, err)
	}
	for _, p := range list.Posts {
		if v, ok := p.GetProp(propID).(string); ok && v == id {
			return true, nil
		}
	}
	return false, nil
}

// GiveUp tells the user in their DM that an answer did not reach them,
// with the answer when it surely did not arrive; see bot.Courier.
func (a *Adapter) GiveUp(ctx context.Context, it bot.OutboxItem) error {
	dm, err := a.openDM(ctx, it.User)
	if err != nil {
		return err
	}
	note := texts.UndeliveredBoth
	var rest []postPart
	if channel, parts, err := a.decode(ctx, it); err == nil {
		rest = parts[min(it.Sent, len(parts)):]
		if it.Unsure && len(rest) > 0 {
			if found, err := a.posted(ctx, channel, pipeline.MessageID(it, it.Sent), it.CreatedAt); err != nil || found {
				rest = rest[1:]
			}
		}
		if len(rest) > 0 {
			note = texts.LateBoth
		}
	}
	if err := a.post(ctx, dm, it.User, outgoing{text: note}); err != nil {
		return err
	}
	for _, p := range rest {
		out := outgoing{text: p.text}
		if p.buttons != nil {
			out.choices, out.controls = p.buttons.choices, p.buttons.controls
		}
		if err := a.post(ctx, dm, it.User, out); err != nil {
			return err
		}
	}
	return nil
}

// courierErr tells the outbox what err means; post reports whether the
// failed call was a post the server may have made all the same.
func courierErr(err error, post bool) error {
	e, ok := errors.AsType[*apiError](err)
	if !ok {
		return err
	}
	switch e.class {
	case classRateLimited:
		return &bot.RetryAfterError{After: e.retryAfter, Err: e}
	case classServer, classNetwork, classCanceled:
		if post {
			return fmt.Errorf("%w: %w", bot.ErrUnsure, e)
		}
		return e
	case classRefused:
		return fmt.Errorf("%w: %w", bot.ErrUndeliverable, e)
	}
	return e
}
