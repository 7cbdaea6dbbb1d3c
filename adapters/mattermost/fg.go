package mattermost

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/httpjson"
	"privacybot/bot"
	"privacybot/bot/fg"
)

// Paths of the FG channel's endpoints, below PublicURL: its buttons call
// FGActionPath, the answer dialog is submitted to FGDialogPath.
const (
	FGActionPath = "/mattermost/fg/actions"
	FGDialogPath = "/mattermost/fg/dialog"
)

// fgAnyone stands, in a button context, for every member of the channel
// the button is in: the FG channel's buttons are not one user's.
const fgAnyone = "*"

// fgDialogField names the dialog's answer field.
const fgDialogField = "answer"

// fgDesk holds the FG service once SetFG gave it.
type fgDesk struct{ svc atomic.Pointer[fg.Service] }

var _ fg.Channel = (*Adapter)(nil)

// SetFG lets the adapter serve the FG channels: the Antwoorden button and
// dialog, replies in a question's thread and the draft topic button.
// Before it is called, or with nil, the FG endpoints answer 404 and thread
// replies are ignored.
func (a *Adapter) SetFG(s *fg.Service) { a.fg.svc.Store(s) }

// PostFG creates r in channel, in the thread of root when root is not "",
// with buttons any member may press, and returns the post's ID.
func (a *Adapter) PostFG(ctx context.Context, channel, root string, r bot.Reply) (string, error) {
	return a.createChannelPost(ctx, "create FG post", channel, root, r, FGActionPath)
}

// createChannelPost creates r in channel, in the thread of root when root
// is not "", with buttons any member may press that call back path, and
// returns the post's ID.
func (a *Adapter) createChannelPost(ctx context.Context, what, channel, root string, r bot.Reply, path string) (string, error) {
	me, err := a.self(ctx)
	if err != nil {
		return "", err
	}
	p := a.channelPost(channel, root, r, me, path)
	created, err := call(ctx, a, what, func(ctx context.Context) (*model.Post, *model.Response, error) {
		return a.client.CreatePost(ctx, p)
	})
	if err != nil {
		return "", err
	}
	return created.Id, nil
}

// IsMember asks Mattermost (GET /channels/{id}/members/{user}) whether
// user is a member of channel.
func (a *Adapter) IsMember(ctx context.Context, channel, user string) (bool, error) {
	if !model.IsValidId(channel) || !model.IsValidId(user) {
		return false, nil
	}
	m, resp, err := a.client.GetChannelMember(ctx, channel, user, "")
	if resp != nil && resp.StatusCode == http.StatusNotFound {
		return false, nil
	}
	if err != nil {
		return false, classify(ctx, "get channel member", resp, err)
	}
	return m != nil && m.UserId == user && m.ChannelId == channel, nil
}

// Mention writes user as "@username", or "" when the user is unknown.
func (a *Adapter) Mention(ctx context.Context, user string) string {
	u, err := call(ctx, a, "get user", func(ctx context.Context) (*model.User, *model.Response, error) {
		return a.client.GetUser(ctx, user, "")
	})
	if err != nil || u.Username == "" {
		return ""
	}
	return "@" + u.Username
}

// serveFGAction takes a press of an FG channel's button: Antwoorden opens
// the answer dialog, the draft topic button shows the topic file; to a
// user outside the channel, or for a question answered already, the
// answer says why not. The context must carry the bot's signature for
// the channel pressed in (else 401/403).
func (a *Adapter) serveFGAction(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	svc := a.fg.svc.Load()
	if svc == nil {
		http.NotFound(w, r)
		return
	}
	req, bc, ok := a.channelPress(w, r, "FG")
	if !ok {
		return
	}
	kind, id, ok := fg.ParseFGAction(bc.value)
	if !ok || req.ChannelId != bc.channel || !model.IsValidId(req.UserId) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	who := fg.Answerer{Platform: bot.Mattermost, Channel: req.ChannelId, User: req.UserId}
	var show string
	switch kind {
	case "topic":
		replies, err := svc.DraftTopic(ctx, who, id)
		if err != nil {
			a.log.ErrorContext(ctx, "mattermost draft topic failed", "err_class", errClass(err))
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		var parts []string
		for _, rp := range replies {
			parts = append(parts, messageText(rp))
		}
		show = strings.Join(parts, "\n\n")
	default:
		q, refusal, err := svc.Check(ctx, who, id)
		if err != nil {
			a.log.ErrorContext(ctx, "mattermost FG check failed", "err_class", errClass(err))
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		if refusal != nil {
			show = messageText(*refusal)
			break
		}
		if err := a.openAnswerDialog(ctx, req.TriggerId, q, svc.ModalTexts()); err != nil {
			a.log.WarnContext(ctx, "mattermost answer dialog not opened", "err_class", errClass(err))
			http.Error(w, "failed", http.StatusBadGateway)
			return
		}
	}
	httpjson.Write(w, model.PostActionIntegrationResponse{EphemeralText: show, SkipSlackParsing: true})
}

// openAnswerDialog opens the dialog in which the FG answers q. Its state
// names the question and the channel, signed, so that a submission cannot
// be pointed at another question.
func (a *Adapter) openAnswerDialog(ctx context.Context, trigger string, q fg.Question, t fg.ModalTexts) error {
	id := strconv.FormatInt(q.ID, 10)
	req := model.OpenDialogRequest{
		TriggerId: trigger,
		URL:       a.cfg.PublicURL + FGDialogPath,
		Dialog: model.Dialog{
			CallbackId:       id,
			Title:            t.Title,
			IntroductionText: "» " + strings.ReplaceAll(q.Text, "\n", "\n» "),
			Elements: []model.DialogElement{{
				DisplayName: t.Label, Name: fgDialogField, Type: "textarea", HelpText: t.Hint, MaxLength: 3000,
			}},
			SubmitLabel: t.Submit,
			State:       a.dialogState(id, q.Channel),
		},
	}
	_, err := call(ctx, a, "open dialog", func(ctx context.Context) (struct{}, *model.Response, error) {
		resp, err := a.client.OpenInteractiveDialog(ctx, req)
		return struct{}{}, resp, err
	})
	return err
}

// dialogState is "id:channel:signature".
func (a *Adapter) dialogState(id, channel string) string {
	return id + ":" + channel + ":" + base64.RawURLEncoding.EncodeToString(a.signer.mac("fg-dialog", id, channel))
}

// parseDialogState checks a dialog's state and returns its question and
// channel.
func (a *Adapter) parseDialogState(state string) (int64, string, error) {
	parts := strings.Split(state, ":")
	if len(parts) != 3 {
		return 0, "", errBadContext
	}
	if a.dialogState(parts[0], parts[1]) != state {
		return 0, "", errors.New("dialog state not signed by the bot")
	}
	id, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, "", fmt.Errorf("dialog state: question %q: %w", parts[0], errBadContext)
	}
	return id, parts[1], nil
}

// serveFGDialog takes the answer dialog's submission. The state must be
// the bot's (else 401) and the channel the question's; the service checks
// that the user is a member of the FG channel and sends the answer to the
// asker alone. A refusal is shown in the dialog.
func (a *Adapter) serveFGDialog(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	svc := a.fg.svc.Load()
	if svc == nil {
		http.NotFound(w, r)
		return
	}
	var req model.SubmitDialogRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	id, channel, err := a.parseDialogState(req.State)
	if err != nil {
		a.log.WarnContext(ctx, "mattermost FG dialog refused", "reason", "signature")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if req.Cancelled {
		w.WriteHeader(http.StatusOK)
		return
	}
	if req.ChannelId != channel || !model.IsValidId(req.UserId) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	text, _ := req.Submission[fgDialogField].(string)
	who := fg.Answerer{Platform: bot.Mattermost, Channel: channel, User: req.UserId}
	reply, err := svc.Answer(ctx, who, id, text)
	if err != nil {
		a.log.ErrorContext(ctx, "mattermost FG answer failed", "err_class", errClass(err))
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	if reply.Text != "" {
		httpjson.Write(w, model.SubmitDialogResponse{Error: reply.Text})
		return
	}
	httpjson.Write(w, struct{}{})
}

// fgPosted takes a reply in a thread of an FG channel as a possible answer
// to the question of that thread, and reports whether p was in such a
// thread.
func (a *Adapter) fgPosted(ctx context.Context, me identity, ev postedEvent) bool {
	svc := a.fg.svc.Load()
	p := ev.post
	if svc == nil || p.RootId == "" || !svc.IsFGChannel(bot.Mattermost, p.ChannelId) {
		return false
	}
	if p.UserId == me.id || p.Type != "" || p.DeleteAt != 0 || fromIntegration(p) {
		return true
	}
	rid := requestID()
	in := inbound{kind: kindFGThread, dedupKey: "mattermost:post:" + p.Id, user: p.UserId, channel: p.ChannelId, rootID: p.RootId, text: p.Message}
	job := func(ctx context.Context) {
		if first, err := a.dedup.FirstSeen(ctx, in.dedupKey, a.now()); err == nil && !first {
			return
		}
		who := fg.Answerer{Platform: bot.Mattermost, Channel: in.channel, User: in.user}
		r, handled, err := svc.AnswerInThread(ctx, who, in.rootID, in.text)
		if err != nil {
			a.log.ErrorContext(ctx, "mattermost FG thread answer failed", "req", rid, "err_class", errClass(err))
			return
		}
		if handled && r.Text != "" {
			if err := a.postEphemeral(ctx, in, messageText(r)); err != nil {
				a.log.WarnContext(ctx, "mattermost FG refusal not shown", "req", rid, "err_class", errClass(err))
			}
		}
	}
	if err := a.queue.Enqueue(ctx, job); err != nil {
		a.log.WarnContext(ctx, "mattermost FG thread post not taken", "req", rid, "err_class", errClass(err))
	}
	return true
}

// kindFGThread is a reply in a thread of an FG channel.
const kindFGThread = "fg-thread"
