package mattermost

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/profiles"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
)

// Button styles: a choice stands out, a control (back, why, stop) does not.
const (
	styleChoice  = "primary"
	styleControl = "default"
)

// deliver sends the replies to m, one inbound message, as the core marked
// them. A reply not Ephemeral is a post, with its buttons, in the user's
// DM with the bot (where a DM turn is already): the bot posts nothing in a
// shared channel for all to see. The Ephemeral replies are one ephemeral
// answer (text only: ephemeral posts cannot hold buttons), and each of
// them with buttons goes to the DM as well; the ephemeral answer then says
// where the buttons are. A slash
// command's ephemeral answer goes back in its HTTP response when the
// request still waits.
func (a *Adapter) deliver(ctx context.Context, in inbound, m bot.Message, replies []bot.Reply) error {
	var (
		eph   []string
		dm    []outgoing
		moved bool
	)
	for _, r := range replies {
		out := render(r)
		if !r.Ephemeral {
			dm = append(dm, out)
			continue
		}
		eph = append(eph, out.text)
		if out.hasButtons() {
			moved = true
			dm = append(dm, out)
		}
	}
	if moved {
		eph = append(eph, txtChoicesInDM.In(profiles.LangOr(m.Profile.Lang)))
	}
	text := strings.Join(eph, "\n\n")
	if in.inline != nil {
		fits := utf8.RuneCountInString(text) <= maxMessageRunes
		answer := text
		if !fits {
			answer = ""
		}
		if in.inline.offer(answer) && fits {
			text = ""
		}
	}
	var errs []error
	if text != "" {
		err := a.postEphemeral(ctx, in, text)
		if e, ok := errors.AsType[*apiError](err); ok && (e.class == classRefused || e.retryable() && a.pipe.Outbox() != nil) {
			// Refused, or failing after its tries: the answer goes to the
			// DM, through the outbox when there is one, so it is not lost.
			a.log.InfoContext(ctx, "mattermost ephemeral post failed; answer sent to the DM", "class", e.class, "status", e.status)
			dm = append([]outgoing{{text: text}}, dm...)
			err = nil
		}
		errs = append(errs, err)
	}
	if len(dm) > 0 {
		errs = append(errs, a.postToDM(ctx, in, m.Event, dm))
	}
	return errors.Join(errs...)
}

// postToDM posts outs, in order, in the user's DM with the bot, through
// the outbox when there is one.
func (a *Adapter) postToDM(ctx context.Context, in inbound, event string, outs []outgoing) error {
	if o := a.pipe.Outbox(); o != nil {
		channel := ""
		if in.direct {
			channel = in.channel
		}
		return a.enqueuePosts(ctx, o, bot.EventOutboxKey(event, 0), in.user, channel, outs)
	}
	channel := in.channel
	if !in.direct {
		var err error
		if channel, err = a.openDM(ctx, in.user); err != nil {
			return err
		}
	}
	for _, out := range outs {
		if err := a.post(ctx, channel, in.user, out); err != nil {
			return err
		}
	}
	return nil
}

// postEphemeral shows text to the user only, in the channel (and thread)
// they wrote in (POST /posts/ephemeral).
func (a *Adapter) postEphemeral(ctx context.Context, in inbound, text string) error {
	for _, piece := range split(text, maxMessageRunes) {
		e := &model.PostEphemeral{UserID: in.user, Post: &model.Post{ChannelId: in.channel, RootId: in.rootID, Message: piece}}
		if _, err := call(ctx, a, "create ephemeral post", func(ctx context.Context) (*model.Post, *model.Response, error) {
			return a.client.CreatePostEphemeral(ctx, e)
		}); err != nil {
			return err
		}
	}
	return nil
}

// post creates out in channel for user: its text (cut into pieces when too
// long) with the buttons under the last piece. Each piece carries a
// pending post ID, so a retried request does not post it twice.
func (a *Adapter) post(ctx context.Context, channel, user string, out outgoing) error {
	me, err := a.self(ctx)
	if err != nil {
		return err
	}
	pieces := split(out.text, maxMessageRunes)
	if len(pieces) == 0 && out.hasButtons() {
		pieces = []string{"…"}
	}
	for i, piece := range pieces {
		p := &model.Post{ChannelId: channel, Message: piece, PendingPostId: me.id + ":" + requestID()}
		if i == len(pieces)-1 && out.hasButtons() {
			p.SetProps(model.StringInterface{model.PostPropsAttachments: []*model.MessageAttachment{{Actions: a.buttons(out, user, channel)}}})
		}
		created, err := call(ctx, a, "create post", func(ctx context.Context) (*model.Post, *model.Response, error) {
			return a.client.CreatePost(ctx, p)
		})
		if err != nil {
			return err
		}
		a.dms.watch(channel, created.CreateAt)
	}
	return nil
}

// buttons are out's choices and controls as interactive buttons that call
// back ActionPath with a signed context.
func (a *Adapter) buttons(out outgoing, user, channel string) []*model.PostAction {
	var actions []*model.PostAction
	nonce := newNonce()
	add := func(cs []bot.Choice, style string) {
		for _, c := range cs {
			if c.Value == "" || c.Label == "" {
				continue
			}
			actions = append(actions, a.button(c, style, ActionPath, user, channel, nonce))
		}
	}
	add(out.choices, styleChoice)
	add(out.controls, styleControl)
	return actions
}

// button is c as an interactive button styled style that calls back path
// with a context signed for user (fgAnyone: any member) in channel.
func (a *Adapter) button(c bot.Choice, style, path, user, channel, nonce string) *model.PostAction {
	return &model.PostAction{
		Type:  model.PostActionTypeButton,
		Name:  texts.Truncate(c.Label, maxLabelRunes),
		Style: style,
		Integration: &model.PostActionIntegration{
			URL:     a.cfg.PublicURL + path,
			Context: a.signer.context(c, user, channel, nonce),
		},
	}
}
