package mattermost

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/httpjson"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
	"privacybot/bot/practice"
)

// PracticeActionPath is where the buttons of a team channel's weekly case
// call back.
const PracticeActionPath = "/mattermost/practice/actions"

var _ practice.Channel = (*Adapter)(nil)

// channelPost is the post of r in channel, in the thread of root when
// root is not "", with buttons any member may press, calling back path.
func (a *Adapter) channelPost(channel, root string, r bot.Reply, me identity, path string) *model.Post {
	out := render(r)
	p := &model.Post{ChannelId: channel, RootId: root, Message: texts.Truncate(out.text, maxMessageRunes), PendingPostId: me.id + ":" + requestID()}
	if out.hasButtons() {
		nonce := newNonce()
		var actions []*model.PostAction
		for _, c := range append(out.choices, out.controls...) {
			actions = append(actions, a.button(c, styleChoice, path, fgAnyone, channel, nonce))
		}
		p.SetProps(model.StringInterface{model.PostPropsAttachments: []*model.MessageAttachment{{Actions: actions}}})
	}
	return p
}

// PostPractice creates r in a team channel, in the thread of root when
// root is not "", and returns the post's ID; any member may press its
// buttons, and each press is answered for the presser only.
func (a *Adapter) PostPractice(ctx context.Context, channel, root string, r bot.Reply) (string, error) {
	return a.createChannelPost(ctx, "create practice post", channel, root, r, PracticeActionPath)
}

// UpdatePost replaces the text and buttons of post by r's.
func (a *Adapter) UpdatePost(ctx context.Context, channel, post string, r bot.Reply) error {
	me, err := a.self(ctx)
	if err != nil {
		return err
	}
	p := a.channelPost(channel, "", r, me, PracticeActionPath)
	patch := &model.PostPatch{Message: &p.Message}
	props := p.GetProps()
	patch.Props = &props
	_, err = call(ctx, a, "update practice post", func(ctx context.Context) (*model.Post, *model.Response, error) {
		return a.client.PatchPost(ctx, post, patch)
	})
	return err
}

// servePracticeAction takes a press on a weekly case's button: the core
// answers it for the presser only, in the response. The context must carry
// the bot's signature for the channel pressed in (else 401/403).
func (a *Adapter) servePracticeAction(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	req, bc, ok := a.channelPress(w, r, "practice")
	if !ok {
		return
	}
	if !practice.IsWeeklyAction(bc.value) || req.ChannelId != bc.channel || !model.IsValidId(req.UserId) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	profile := a.profiles.Get(ctx, req.UserId)
	replies, err := a.core.Handle(ctx, bot.Message{
		Address: bot.Address{Platform: bot.Mattermost, User: req.UserId, Channel: req.ChannelId},
		Action:  bc.value,
		Profile: profile,
	})
	if err != nil {
		a.log.ErrorContext(ctx, "mattermost core failed", "err_class", errClass(err))
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	var parts []string
	for _, rp := range replies {
		parts = append(parts, messageText(rp))
	}
	httpjson.Write(w, model.PostActionIntegrationResponse{EphemeralText: strings.Join(parts, "\n\n"), SkipSlackParsing: true})
}

// channelPress reads a press on a button of a post in a team channel (an
// FG or a weekly case post), which any member may press; what names the
// kind in the log. The context must carry the bot's signature for anyone
// (else 401); on failure it has answered the request and ok is false.
func (a *Adapter) channelPress(w http.ResponseWriter, r *http.Request, what string) (req model.PostActionIntegrationRequest, bc buttonContext, ok bool) {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return req, bc, false
	}
	bc, err := parseContext(req.Context)
	if err != nil || !a.signer.valid(bc) || bc.user != fgAnyone {
		a.log.WarnContext(r.Context(), "mattermost "+what+" button refused", "reason", "signature")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return req, bc, false
	}
	return req, bc, true
}
