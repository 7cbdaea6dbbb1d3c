package mattermost

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/httpjson"
	"privacybot/adapters/internal/pipeline"
	"privacybot/adapters/internal/texts"
)

// maxBody bounds the body of a button request.
const maxBody = 64 << 10

// maxCommandBody bounds the body of a slash command. It holds the longest
// post Mattermost allows (65,535 characters, URL-encoded), so that a long
// command is read and gets the notice that only its start was read.
const maxCommandBody = 1 << 20

// Handler serves the slash command (POST CommandPath) and the buttons'
// callbacks (POST ActionPath) on their full paths: mount it at
// "/mattermost/" without stripping the prefix. Both answer at once; the
// work follows.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+CommandPath, a.serveCommand)
	mux.HandleFunc("POST "+ActionPath, a.serveAction)
	mux.HandleFunc("POST "+FGActionPath, a.serveFGAction)
	mux.HandleFunc("POST "+FGDialogPath, a.serveFGDialog)
	mux.HandleFunc("POST "+PracticeActionPath, a.servePracticeAction)
	return mux
}

// serveCommand answers /privacy. The request must carry the command's
// token (form field "token" or header "Authorization: Token …"); without
// it the answer is 401 and nothing else happens. The answer is JSON with
// response_type "ephemeral": the reply's text when the core answers within
// InlineWait, else empty, and the reply follows as an ephemeral post.
func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request) {
	rid := requestID()
	log := a.log.With("req", rid, "kind", kindCommand)
	if a.queue.Closed() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxCommandBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if !a.commandTokenOK(r) {
		log.WarnContext(r.Context(), "mattermost slash command refused", "reason", "token")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	c, err := decodeCommand(r.PostForm)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	in := inbound{kind: kindCommand, user: c.user, channel: c.channel, text: c.text, inline: newHandoff()}
	if me, err := a.self(r.Context()); err == nil {
		in.direct = c.channelName == model.GetDMNameFromIds(me.id, c.user)
	}
	if in.direct {
		a.dms.learn(in.user, in.channel)
	}
	if err := a.pipe.Enqueue(r.Context(), rid, in); err != nil {
		log.WarnContext(r.Context(), "mattermost slash command not taken", "err_class", errClass(err))
		httpjson.Write(w, model.CommandResponse{ResponseType: model.CommandResponseTypeEphemeral, Text: texts.BusyBoth, SkipSlackParsing: true})
		return
	}
	text, _ := in.inline.wait(r.Context(), a.cfg.InlineWait)
	httpjson.Write(w, model.CommandResponse{ResponseType: model.CommandResponseTypeEphemeral, Text: text, SkipSlackParsing: true})
}

// commandTokenOK reports whether the request carries a slash command's
// token. Each token is compared in constant time, and all of them always.
func (a *Adapter) commandTokenOK(r *http.Request) bool {
	got := r.PostForm.Get("token")
	if got == "" {
		got, _ = strings.CutPrefix(r.Header.Get("Authorization"), "Token ")
	}
	have := sha256.Sum256([]byte(got))
	ok := 0
	for _, want := range a.commandTokens {
		ok |= subtle.ConstantTimeCompare(have[:], want[:])
	}
	return ok == 1
}

// actionUpdate is the button callback's answer: the post's new content.
type actionUpdate struct {
	Update *updatedPost `json:"update,omitempty"`
}

type updatedPost struct {
	Message string         `json:"message"`
	Props   map[string]any `json:"props"`
}

// serveAction takes a pressed button. The context must carry the bot's
// signature (else 401), and the user who pressed and the channel must be
// those it was shown to (else 403). The first press of a post is answered
// with an update that replaces its buttons by "✓ <label>", so the choice
// stays visible and cannot be made again; the core's answer follows as
// posts. A later press of the same post changes nothing.
func (a *Adapter) serveAction(w http.ResponseWriter, r *http.Request) {
	rid := requestID()
	ctx := r.Context()
	log := a.log.With("req", rid, "kind", kindPress)
	if a.queue.Closed() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	var req model.PostActionIntegrationRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	bc, pressed, status, reason := a.checkPress(ctx, req)
	if status == http.StatusNotFound {
		log.InfoContext(ctx, "mattermost button on a post that is gone")
		httpjson.Write(w, model.PostActionIntegrationResponse{EphemeralText: txtPostGone.NL + " / " + txtPostGone.EN})
		return
	}
	if status != http.StatusOK {
		log.WarnContext(ctx, "mattermost button callback refused", "status", status, "reason", reason)
		http.Error(w, http.StatusText(status), status)
		return
	}
	first, err := a.firstPress(ctx, pressed.Id, bc.nonce)
	if err != nil {
		log.WarnContext(ctx, "mattermost dedup store failed; handling anyway", "err_class", errClass(err))
	} else if !first {
		log.InfoContext(ctx, "mattermost post already answered")
		httpjson.Write(w, actionUpdate{})
		return
	}
	a.dms.learn(bc.user, bc.channel)
	in := inbound{kind: kindPress, user: bc.user, channel: bc.channel, direct: true, action: bc.value}
	job := a.pipe.Job(rid, in, "")
	if a.pipe.HasInbox() {
		if err := a.pipe.Store(ctx, rid, in, pipeline.Position{}); err != nil {
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
	} else if err := a.queue.TryEnqueue(job); err != nil {
		log.WarnContext(ctx, "mattermost press handled in the request", "err_class", err.Error())
		job(a.queue.Context())
	}
	httpjson.Write(w, actionUpdate{Update: &updatedPost{
		Message: pressed.Message,
		Props: map[string]any{
			model.PostPropsFromBot: "true",
			model.PostPropsAttachments: []*model.MessageAttachment{{
				Text: "✓ " + texts.Truncate(bc.label, maxLabelRunes),
			}},
		},
	}})
}

// firstPress records a press of post, whose buttons carry nonce, and
// reports whether neither was pressed before: one press per post, and no
// callback replayed against another post.
func (a *Adapter) firstPress(ctx context.Context, post, nonce string) (bool, error) {
	firstNonce, err := a.dedup.FirstSeen(ctx, "mattermost:nonce:"+nonce, a.now())
	if err != nil {
		return false, err
	}
	firstPost, err := a.dedup.FirstSeen(ctx, "mattermost:press:"+post, a.now())
	if err != nil {
		return false, err
	}
	return firstNonce && firstPost, nil
}

// checkPress verifies a button callback: the context's signature, that
// the user and the channel are those the button was shown to, and that the
// post is the bot's, in that channel. It returns the context and the post,
// or the status to refuse with (401, 403, 502) and why; 404 when the
// server no longer has the post.
func (a *Adapter) checkPress(ctx context.Context, req model.PostActionIntegrationRequest) (buttonContext, *model.Post, int, string) {
	bc, err := parseContext(req.Context)
	if err != nil || !a.signer.valid(bc) {
		return bc, nil, http.StatusUnauthorized, "signature"
	}
	if req.UserId != bc.user || req.ChannelId != bc.channel || !model.IsValidId(req.PostId) {
		return bc, nil, http.StatusForbidden, "not the user's button"
	}
	me, err := a.self(ctx)
	if err != nil {
		return bc, nil, http.StatusBadGateway, errClass(err)
	}
	p, err := call(ctx, a, "get post", func(ctx context.Context) (*model.Post, *model.Response, error) {
		return a.client.GetPost(ctx, req.PostId, "")
	})
	if postGone(err) {
		return bc, nil, http.StatusNotFound, "post gone"
	}
	if err != nil {
		return bc, nil, http.StatusBadGateway, errClass(err)
	}
	if p.ChannelId != bc.channel || p.UserId != me.id {
		return bc, nil, http.StatusForbidden, "not the bot's post"
	}
	return bc, p, http.StatusOK, ""
}
