package fg

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"privacybot/bot"
	"privacybot/bot/pii"
	"privacybot/lang"
)

// Values of the FG channel's buttons; the question's ID follows. Adapters
// hand presses of these to the service instead of to the core.
const (
	AnswerAction = "fga:answer:"
	TopicAction  = "fga:topic:"
)

// IsFGAction reports whether a button value is one of the FG channel's.
func IsFGAction(value string) bool { return strings.HasPrefix(value, "fga:") }

// ParseFGAction splits an FG channel button value into its kind ("answer"
// or "topic") and the question's ID; ok is false for anything else.
func ParseFGAction(value string) (kind string, id int64, ok bool) {
	rest, found := strings.CutPrefix(value, "fga:")
	if !found {
		return "", 0, false
	}
	kind, num, _ := strings.Cut(rest, ":")
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 || kind != "answer" && kind != "topic" {
		return "", 0, false
	}
	return kind, id, true
}

// Answerer is who answers: a user in a channel of a platform.
type Answerer struct {
	Platform string
	Channel  string
	User     string
}

// IsFGChannel reports whether channel is an FG channel on platform.
func (s *Service) IsFGChannel(platform, channel string) bool {
	r := s.cfg.Routes[platform]
	if channel == "" {
		return false
	}
	if r.All == channel {
		return true
	}
	for _, c := range r.By {
		if c == channel {
			return true
		}
	}
	return false
}

// Check tells whether who may answer question id: it must be open, belong
// to who's channel, and who must be a member of that channel (asked of the
// platform). It returns the question, or the reply to show who instead.
func (s *Service) Check(ctx context.Context, who Answerer, id int64) (Question, *bot.Reply, error) {
	l := s.cfg.FGLang
	refuse := func(t lang.Text) (Question, *bot.Reply, error) {
		return Question{}, &bot.Reply{Text: t.In(l)}, nil
	}
	q, ok, err := s.Store.FGQuestion(ctx, id)
	if err != nil {
		return Question{}, nil, fmt.Errorf("read question to the FG: %w", err)
	}
	if !ok || q.State == Draft {
		return refuse(fgUnknown)
	}
	if q.Asker.Platform != who.Platform || q.Channel != who.Channel {
		return refuse(fgWrongChannel)
	}
	port := s.Channels[who.Platform]
	if port == nil {
		return Question{}, nil, errNoChannel
	}
	member, err := port.IsMember(ctx, q.Channel, who.User)
	if err != nil {
		s.Log.WarnContext(ctx, "FG channel membership not checked", "platform", who.Platform, "err", err)
		return refuse(fgNoCheck)
	}
	if !member {
		s.Log.WarnContext(ctx, "answer from outside the FG channel refused", "platform", who.Platform)
		return refuse(fgNotMember)
	}
	if q.State == Answered {
		return q, &bot.Reply{Text: fgAlready.In(l)}, nil
	}
	return q, nil, nil
}

// Answer sends who's answer to question id to its asker, and only to them,
// and notes in the question's thread that it was answered, with the
// answer. It returns what to show who alone: why nothing was sent, or
// nothing when all went well.
func (s *Service) Answer(ctx context.Context, who Answerer, id int64, text string) (bot.Reply, error) {
	q, refusal, err := s.Check(ctx, who, id)
	if err != nil {
		return bot.Reply{}, err
	}
	if refusal != nil {
		return *refusal, nil
	}
	lang := s.cfg.FGLang
	answer, kinds := s.clean(text)
	if answer == "" {
		return bot.Reply{Text: fgEmpty.In(lang)}, nil
	}
	now := s.Clock().UTC()
	q.State, q.Answer, q.AnsweredAt = Answered, answer, now
	if err := s.Store.SaveFGQuestion(ctx, &q); err != nil {
		if errors.Is(err, bot.ErrConflict) {
			return bot.Reply{Text: fgAlready.In(lang)}, nil
		}
		return bot.Reply{}, fmt.Errorf("save answer of the FG: %w", err)
	}
	if err := s.audit(ctx, q, AuditAnswered, ""); err != nil {
		return bot.Reply{}, err
	}
	s.Metrics.Answered(q.Asker.Platform, q.Municipality, now.Sub(q.AskedAt))
	var sb strings.Builder
	if s.deliver(ctx, &q) {
		sb.WriteString(fgAnswered.In(lang))
	} else {
		sb.WriteString(fgNotDelivered.In(lang))
	}
	if len(kinds) > 0 {
		sb.WriteString(" " + sprintf(fgRedacted, lang, pii.Describe(kinds, lang)))
	}
	note := bot.Reply{
		Text:    "*" + fgAnsweredHead.In(lang) + "*\n" + quote(q.Answer) + "\n\n" + sb.String(),
		Choices: []bot.Choice{{Label: fgBtnTopic.In(lang), Value: TopicAction + idOf(q)}},
	}
	if port := s.Channels[who.Platform]; port != nil {
		if _, err := port.PostFG(ctx, q.Channel, q.Post, note); err == nil {
			return bot.Reply{}, nil
		}
	}
	return note, nil
}

// AnswerInThread answers the open question of a thread in an FG channel
// with a reply posted there. handled is false when the thread holds no
// question of the bot, or none waiting: the post is then left alone.
func (s *Service) AnswerInThread(ctx context.Context, who Answerer, root, text string) (r bot.Reply, handled bool, err error) {
	if !s.IsFGChannel(who.Platform, who.Channel) || root == "" {
		return bot.Reply{}, false, nil
	}
	qs, err := s.Store.FGThread(ctx, who.Platform, who.Channel, root)
	if err != nil {
		return bot.Reply{}, false, fmt.Errorf("read thread of the FG channel: %w", err)
	}
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i].State == Open {
			r, err := s.Answer(ctx, who, qs[i].ID, text)
			return r, true, err
		}
	}
	return bot.Reply{}, false, nil
}

// deliver sends the answer to the asker's DM; false when it did not
// arrive (a later Tick tries again). It marks the answer delivered before
// sending, under the question's version, so that of two instances only
// one sends it, and takes the mark back when the send fails.
func (s *Service) deliver(ctx context.Context, q *Question) bool {
	n := s.Notifiers[q.Asker.Platform]
	if n == nil {
		return false
	}
	q.Delivered = true
	if err := s.Store.SaveFGQuestion(ctx, q); err != nil {
		q.Delivered = false
		if !errors.Is(err, bot.ErrConflict) {
			s.Log.ErrorContext(ctx, "answer of the FG not marked for delivery", "platform", q.Asker.Platform, "err", err)
		}
		return false
	}
	to := bot.Address{Platform: q.Asker.Platform, User: q.Asker.User, Channel: bot.DM}
	if err := n.Notify(ctx, to, s.answerMessage(ctx, *q)); err != nil {
		s.Log.WarnContext(ctx, "answer of the FG not delivered", "platform", q.Asker.Platform, "err", err)
		q.Delivered = false
		if err := s.Store.SaveFGQuestion(ctx, q); err != nil {
			s.Log.ErrorContext(ctx, "failed delivery of an FG answer not recorded", "platform", q.Asker.Platform, "err", err)
		}
		return false
	}
	return true
}

// answerMessage is the asker's DM: their question, then the answer.
func (s *Service) answerMessage(ctx context.Context, q Question) bot.Reply {
	lang := q.Lang
	if lang == "" {
		lang = s.cfg.FGLang
	}
	id := idOf(q)
	return bot.Reply{
		Text: "*" + sprintf(txtAnswerHead, lang, s.municipality(q.Municipality).Name) + "*\n\n" +
			"*" + txtYourQ.In(lang) + "*\n" + quote(q.Text) + "\n\n" +
			"*" + txtTheAnswer.In(lang) + "*\n" + quote(q.Answer) + "\n\n" + txtAnswerNote.In(lang),
		Choices: []bot.Choice{
			{Label: txtBtnHelped.In(lang), Value: "fg:helped:" + id},
			{Label: txtBtnFollow.In(lang), Value: "fg:follow:" + id},
		},
		Direct: true,
	}
}

// TickStats says what one Tick did.
type TickStats struct {
	Reminded, Delivered int
	Purged              int64
}

// Tick reminds the FG channel, once, of each question unanswered for two
// working days, delivers answers that did not arrive yet, and removes
// what is kept too long. It returns an error only when the store fails.
func (s *Service) Tick(ctx context.Context) (TickStats, error) {
	var st TickStats
	now := s.Clock()
	waiting, err := s.Store.FGWaiting(ctx, now.Add(-ReminderWorkdays*24*time.Hour))
	if err != nil {
		return st, fmt.Errorf("read questions waiting: %w", err)
	}
	for _, q := range waiting {
		switch {
		case q.State == Answered && !q.Delivered:
			if s.deliver(ctx, &q) {
				st.Delivered++
			}
		case q.State == Open && q.RemindedAt.IsZero() && !now.Before(AddWorkdays(q.AskedAt, ReminderWorkdays, s.loc)):
			if s.remind(ctx, q) {
				st.Reminded++
			}
		}
	}
	st.Purged, err = s.Store.PurgeFG(ctx, now.Add(-Keep), now.Add(-Keep), now.Add(-keepDraft))
	if err != nil {
		return st, fmt.Errorf("purge questions to the FG: %w", err)
	}
	return st, nil
}

// remind posts the reminder in the question's thread, once.
func (s *Service) remind(ctx context.Context, q Question) bool {
	port := s.Channels[q.Asker.Platform]
	if port == nil {
		return false
	}
	lang := s.cfg.FGLang
	r := bot.Reply{
		Text:    sprintf(fgReminder, lang, s.municipality(q.Municipality).Name) + "\n" + fgHowToAnswer.In(lang),
		Choices: []bot.Choice{{Label: fgBtnAnswer.In(lang), Value: AnswerAction + idOf(q)}},
	}
	// Marked first, under the version: of two instances only one posts.
	q.RemindedAt = s.Clock().UTC()
	if err := s.Store.SaveFGQuestion(ctx, &q); err != nil {
		if !errors.Is(err, bot.ErrConflict) {
			s.Log.ErrorContext(ctx, "reminder to the FG channel not marked", "platform", q.Asker.Platform, "err", err)
		}
		return false
	}
	if _, err := port.PostFG(ctx, q.Channel, q.Post, r); err != nil {
		s.Log.WarnContext(ctx, "reminder to the FG channel not posted", "platform", q.Asker.Platform, "err", err)
		q.RemindedAt = time.Time{}
		if err := s.Store.SaveFGQuestion(ctx, &q); err != nil {
			s.Log.ErrorContext(ctx, "failed reminder to the FG channel not recorded", "platform", q.Asker.Platform, "err", err)
		}
		return false
	}
	return true
}

// RunTick is Tick for a schedule: it logs instead of returning.
func (s *Service) RunTick(ctx context.Context) {
	st, err := s.Tick(ctx)
	if err != nil {
		s.Log.ErrorContext(ctx, "FG questions", "err", err)
		return
	}
	if st.Reminded+st.Delivered > 0 || st.Purged > 0 {
		s.Log.InfoContext(ctx, "FG questions", "reminded", st.Reminded, "delivered", st.Delivered, "purged", st.Purged)
	}
}
