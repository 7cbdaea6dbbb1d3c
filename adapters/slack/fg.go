package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/slack-go/slack"

	"privacybot/bot"
	"privacybot/bot/fg"
)

// Kinds of inbound work of the FG channel.
const (
	// kindFGSubmit is the Antwoorden modal submitted.
	kindFGSubmit = "fg-submit"
	// kindFGThread is a reply in a thread of a channel the bot is in.
	kindFGThread = "fg-thread"
)

// fgCallbackID names the modal in which the FG answers a question.
const fgCallbackID = "fg_answer"

// Block and action IDs of the modal's answer field.
const (
	fgBlockAnswer  = "answer"
	fgActionAnswer = "text"
)

// fgInbound is what an FG channel's work carries beyond inbound's fields.
type fgInbound struct {
	// trigger opens a modal in answer to a press.
	trigger string
	// question is the question a submitted modal answers.
	question int64
}

// fgDesk holds the FG service once SetFG gave it.
type fgDesk struct{ svc atomic.Pointer[fg.Service] }

var _ fg.Channel = (*Adapter)(nil)

// SetFG lets the adapter serve the FG channels: the Antwoorden button and
// modal, replies in a question's thread and the draft topic button. Before
// it is called, or with nil, such work is ignored.
func (a *Adapter) SetFG(s *fg.Service) { a.fg.svc.Store(s) }

// PostFG posts r in channel, in the thread of root when root is not "",
// and returns the post's timestamp.
func (a *Adapter) PostFG(ctx context.Context, channel, root string, r bot.Reply) (string, error) {
	msgs, _ := render([]numbered{{n: 0, r: r}})
	first := ""
	for _, m := range msgs {
		m.text = mentions.Replace(m.text)
		for _, b := range m.blocks {
			if s, ok := b.(*slack.SectionBlock); ok && s.Text != nil {
				s.Text.Text = mentionRE.ReplaceAllString(s.Text.Text, "<@$1>")
			}
		}
		opts := []slack.MsgOption{slack.MsgOptionText(m.text, false), slack.MsgOptionBlocks(m.blocks...)}
		if root != "" {
			opts = append(opts, slack.MsgOptionTS(root))
		}
		var ts string
		err := a.retry.do(ctx, false, func(ctx context.Context) error {
			var err error
			_, ts, err = a.api.PostMessageContext(ctx, channel, opts...)
			return err
		})
		if err != nil {
			return "", fmt.Errorf("slack post in FG channel: %w", err)
		}
		if first == "" {
			first = ts
		}
	}
	return first, nil
}

// IsMember asks Slack (conversations.members) whether user is a member of
// channel.
func (a *Adapter) IsMember(ctx context.Context, channel, user string) (bool, error) {
	params := &slack.GetUsersInConversationParameters{ChannelID: channel, Limit: 200}
	for range 100 {
		var (
			members []string
			cursor  string
		)
		err := a.retry.do(ctx, true, func(ctx context.Context) error {
			var err error
			members, cursor, err = a.api.GetUsersInConversationContext(ctx, params)
			return err
		})
		if err != nil {
			return false, fmt.Errorf("slack conversations.members: %w", err)
		}
		for _, m := range members {
			if m == user {
				return true, nil
			}
		}
		if cursor == "" {
			return false, nil
		}
		params.Cursor = cursor
	}
	return false, errors.New("slack conversations.members: too many pages")
}

// Mention writes user as a mark that PostFG turns into Slack's mention:
// rendering escapes "<@…>" in text, and typed text cannot hold the mark's
// control characters.
func (a *Adapter) Mention(_ context.Context, user string) string {
	if !isID(user) {
		return ""
	}
	return "\x01@" + user + "\x01"
}

// mentionRE finds the marks Mention writes.
var mentionRE = regexp.MustCompile("\x01@([A-Za-z0-9]+)\x01")

// mentions turns marks in a notification's fallback text into "@".
var mentions = strings.NewReplacer("\x01", "")

// fgWork does the FG channel's part of in and reports whether in was
// such work: a press of an FG button, the modal submitted, or a reply in
// a thread. Without an FG service such work is dropped.
func (a *Adapter) fgWork(ctx context.Context, log *slog.Logger, in inbound) bool {
	isPress := in.press != nil && fg.IsFGAction(in.press.value)
	if !isPress && in.kind != kindFGSubmit && in.kind != kindFGThread {
		return false
	}
	svc := a.fg.svc.Load()
	if svc == nil {
		return true
	}
	who := fg.Answerer{Platform: bot.Slack, Channel: in.channel, User: in.user}
	var (
		replies []bot.Reply
		err     error
	)
	switch {
	case isPress:
		replies, err = a.fgPress(ctx, svc, who, in)
	case in.kind == kindFGSubmit:
		var r bot.Reply
		r, err = svc.Answer(ctx, who, in.fg.question, in.text)
		replies = []bot.Reply{r}
	default:
		var (
			r       bot.Reply
			handled bool
		)
		r, handled, err = svc.AnswerInThread(ctx, who, in.threadTS, in.text)
		if !handled {
			return true
		}
		replies = []bot.Reply{r}
	}
	if err != nil {
		log.ErrorContext(ctx, "slack FG work failed", "err_class", errClass(err))
		return true
	}
	var shown []numbered
	for i, r := range replies {
		if r.Text != "" {
			shown = append(shown, numbered{n: i, r: r})
		}
	}
	if len(shown) == 0 {
		return true
	}
	t := target{via: viaEphemeral, channel: in.channel, user: in.user, thread: in.threadTS}
	if in.responseURL != "" {
		t = target{via: viaResponseURL, responseURL: in.responseURL}
	}
	msgs, _ := render(shown)
	for _, m := range msgs {
		if err := a.send(ctx, a.retry, t, m); err != nil {
			log.WarnContext(ctx, "slack FG reply not delivered", "err_class", errClass(err))
			return true
		}
	}
	return true
}

// fgPress opens the answer modal, or shows the draft topic, or says why
// not.
func (a *Adapter) fgPress(ctx context.Context, svc *fg.Service, who fg.Answerer, in inbound) ([]bot.Reply, error) {
	kind, id, ok := fg.ParseFGAction(in.press.value)
	if !ok {
		return nil, nil
	}
	if kind == "topic" {
		return svc.DraftTopic(ctx, who, id)
	}
	q, refusal, err := svc.Check(ctx, who, id)
	if err != nil || refusal != nil {
		return []bot.Reply{derefReply(refusal)}, err
	}
	if in.fg == nil || in.fg.trigger == "" {
		return nil, errors.New("slack FG press without a trigger ID")
	}
	view := answerModal(q, svc.ModalTexts())
	err = a.retry.do(ctx, true, func(ctx context.Context) error {
		_, err := a.api.OpenViewContext(ctx, in.fg.trigger, view)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("slack views.open: %w", err)
	}
	return nil, nil
}

func derefReply(r *bot.Reply) bot.Reply {
	if r == nil {
		return bot.Reply{}
	}
	return *r
}

// answerModal is the modal in which the FG answers q: the question, then a
// field for the answer.
func answerModal(q fg.Question, t fg.ModalTexts) slack.ModalViewRequest {
	input := slack.NewPlainTextInputBlockElement(nil, fgActionAnswer)
	input.Multiline = true
	input.MaxLength = 3000
	return slack.ModalViewRequest{
		Type:            slack.VTModal,
		CallbackID:      fgCallbackID,
		PrivateMetadata: strconv.FormatInt(q.ID, 10) + ":" + q.Channel,
		Title:           slack.NewTextBlockObject(slack.PlainTextType, truncateRunes(t.Title, 24), false, false),
		Submit:          slack.NewTextBlockObject(slack.PlainTextType, t.Submit, false, false),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, escape(quoteText(q.Text)), false, false), nil, nil),
			slack.NewInputBlock(fgBlockAnswer, slack.NewTextBlockObject(slack.PlainTextType, t.Label, false, false),
				slack.NewTextBlockObject(slack.PlainTextType, t.Hint, false, false), input),
		}},
	}
}

func quoteText(s string) string { return "> " + strings.ReplaceAll(s, "\n", "\n> ") }

func truncateRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// viewSubmission holds the fields of a modal submission the bot uses.
type viewSubmission struct {
	Type string `json:"type"`
	User struct {
		ID string `json:"id"`
	} `json:"user"`
	View struct {
		ID              string `json:"id"`
		Hash            string `json:"hash"`
		CallbackID      string `json:"callback_id"`
		PrivateMetadata string `json:"private_metadata"`
		State           struct {
			Values map[string]map[string]struct {
				Value string `json:"value"`
			} `json:"values"`
		} `json:"state"`
	} `json:"view"`
}

// decodeFGSubmission reads a view_submission of the answer modal; another
// modal gives nil. The channel is the one the question was posted in,
// which the service checks against the question.
func decodeFGSubmission(raw []byte) (*inbound, error) {
	var v viewSubmission
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, fmt.Errorf("decode view submission: %w", err)
	}
	if v.Type != "view_submission" || v.View.CallbackID != fgCallbackID {
		return nil, nil
	}
	num, channel, _ := strings.Cut(v.View.PrivateMetadata, ":")
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 || !isID(v.User.ID) || !isID(v.View.ID) || !isID(channel) {
		return nil, fmt.Errorf("decode view submission: %w", errIncomplete)
	}
	return &inbound{
		kind:     kindFGSubmit,
		dedupKey: "slack:view:" + v.View.ID + ":" + v.View.Hash,
		user:     v.User.ID,
		channel:  channel,
		text:     v.View.State.Values[fgBlockAnswer][fgActionAnswer].Value,
		fg:       &fgInbound{question: id},
	}, nil
}
