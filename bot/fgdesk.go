package bot

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"privacybot/flows"
	"privacybot/lang"
)

// FGDesk is where a professional's question to the privacy officer (FG) of
// their municipality goes: it shows the question as the FG will get it,
// sends it only after the user confirmed, and brings the answer back. The
// core hands it the "fg:" buttons, the "fg:" answers it waits for and the
// `vraag de FG` command; package bot/fg implements it.
type FGDesk interface {
	// Ask starts a question to the FG with text (already without the
	// personal data the core recognised); "" asks the user to type it.
	Ask(ctx context.Context, r FGRequest) (replies []Reply, pending string, err error)
	// Action handles a pressed "fg:" button; payload is what follows "fg:".
	Action(ctx context.Context, r FGRequest, payload string) (replies []Reply, pending string, err error)
	// Text handles typed text the desk asked for with pending.
	Text(ctx context.Context, r FGRequest, pending string) (replies []Reply, newPending string, err error)
	// Questions lists the user's questions to the FG, oldest first.
	Questions(ctx context.Context, u UserKey) ([]FGQuestionView, error)
	// Forget erases the user's questions to the FG.
	Forget(ctx context.Context, u UserKey) error
}

// FGRequest is one turn as the FG desk sees it.
type FGRequest struct {
	User         UserKey
	Lang         lang.Lang
	Municipality flows.Municipality
	// Text is what the user typed, without personal data the core saw.
	Text string
	// Topic is the topic the bot thought closest, or "".
	Topic string
}

// FGQuestionView is one question to the FG as `mijn-gegevens` shows it.
type FGQuestionView struct {
	ID           int64              `json:"id"`
	State        string             `json:"state"`
	Municipality flows.Municipality `json:"municipality"`
	Anonymous    bool               `json:"anonymous"`
	Question     string             `json:"question"`
	Answer       string             `json:"answer,omitempty"`
	AskedAt      time.Time          `json:"asked_at,omitzero"`
	AnsweredAt   time.Time          `json:"answered_at,omitzero"`
}

// fgAskPrefix starts the value of the "Vraag het de FG" button; the topic
// and the question follow it.
const fgAskPrefix = "fg:ask:"

// maxFGButtonText bounds the question a button carries, in bytes, below
// Slack's 2000 characters of a button value.
const maxFGButtonText = 1500

// fgAskChoice is the "Vraag het de FG" button under an answer: it carries
// the topic thought closest and the question, which the core keeps
// nowhere.
func fgAskChoice(l lang.Lang, topic, question string) Choice {
	for len(question) > maxFGButtonText {
		_, size := utf8.DecodeLastRuneInString(question)
		question = question[:len(question)-size]
	}
	return Choice{Label: lang.T("Vraag het de FG", "Ask the FG").In(l), Value: fgAskPrefix + topic + ":" + question}
}

// offerFG puts the "Vraag het de FG" button under an answer: as a choice
// when the bot was not sure or had no answer, else as a control.
func (b *Bot) offerFG(t *turn, a Answer, r *Reply) {
	if b.FG == nil {
		return
	}
	topic := a.Topic
	if topic == "" && len(a.Alternatives) > 0 {
		topic = a.Alternatives[0].Topic
	}
	c := fgAskChoice(a.Lang, topic, t.text)
	if a.Suggest || a.Topic == "" {
		r.Choices = append(r.Choices, c)
		return
	}
	r.Controls = append(r.Controls, c)
}

// fgRequest is the turn as the FG desk needs it.
func fgRequest(t *turn, text, topic string) FGRequest {
	return FGRequest{User: t.msg.UserKey(), Lang: t.lang, Municipality: t.settings.Municipality, Text: text, Topic: topic}
}

// cmdAskFG is `vraag de FG …` / `ask the FG …`, and `fg` alone; `vraag`,
// `ask` or `fg` followed by anything else is a question to the bot.
func (b *Bot) cmdAskFG(ctx context.Context, t *turn, args string) ([]Reply, error) {
	cmd, _ := splitCommand(t.text)
	rest, ok := cutFG(args)
	if cmd == "fg" {
		rest, ok = "", args == ""
	}
	if !ok {
		return b.onQuestion(ctx, t)
	}
	args = rest
	if b.FG == nil {
		return []Reply{{Text: b.Answerer.Fallback(t.lang, t.settings.Municipality)}}, nil
	}
	replies, pending, err := b.FG.Ask(ctx, fgRequest(t, args, ""))
	if err != nil {
		return nil, err
	}
	return replies, b.setPending(ctx, t, pending)
}

// cutFG removes "de FG" / "the FG" / "FG" from the start of args and
// reports whether it was there.
func cutFG(args string) (string, bool) {
	lower := strings.ToLower(args)
	for _, p := range []string{"de fg", "het de fg", "the fg", "it to the fg", "aan de fg", "fg"} {
		if rest, ok := strings.CutPrefix(lower, p); ok && (rest == "" || strings.IndexAny(rest[:1], " :,?") == 0) {
			return strings.TrimLeft(args[len(p):], " :,"), true
		}
	}
	return "", false
}

// onFGAction handles an "fg:" button.
func (b *Bot) onFGAction(ctx context.Context, t *turn, payload string) ([]Reply, error) {
	if b.FG == nil {
		return []Reply{b.stale(t)}, nil
	}
	var (
		replies []Reply
		pending string
		err     error
	)
	if rest, ok := strings.CutPrefix(payload, "ask:"); ok {
		topic, question, _ := strings.Cut(rest, ":")
		replies, pending, err = b.FG.Ask(ctx, fgRequest(t, question, topic))
	} else {
		replies, pending, err = b.FG.Action(ctx, fgRequest(t, "", ""), payload)
	}
	if err != nil {
		return nil, err
	}
	return replies, b.setPending(ctx, t, pending)
}

// onFGPending handles text the FG desk asked for.
func (b *Bot) onFGPending(ctx context.Context, t *turn) ([]Reply, error) {
	if b.FG == nil {
		return nil, b.setPending(ctx, t, "")
	}
	replies, pending, err := b.FG.Text(ctx, fgRequest(t, t.text, ""), t.conv.Pending)
	if err != nil {
		return nil, err
	}
	if err := b.setPending(ctx, t, pending); err != nil {
		return nil, err
	}
	if len(replies) == 0 {
		// Not an answer to the desk: read the text afresh.
		r, _, err := b.onText(ctx, t)
		return r, err
	}
	return replies, nil
}

// setPending stores what the bot waits for next, when it changed; an FG
// desk's pending value always starts with "fg:".
func (b *Bot) setPending(ctx context.Context, t *turn, pending string) error {
	if pending != "" && !strings.HasPrefix(pending, "fg:") {
		pending = ""
	}
	if pending == t.conv.Pending || pending == "" && !strings.HasPrefix(t.conv.Pending, "fg:") {
		return nil
	}
	t.conv.Pending = pending
	return b.save(ctx, t)
}

// fgMyData adds the user's questions to the FG to d.
func (b *Bot) fgMyData(ctx context.Context, t *turn, d *MyData) error {
	if b.FG == nil {
		return nil
	}
	qs, err := b.FG.Questions(ctx, t.msg.UserKey())
	if err != nil {
		return err
	}
	d.FGQuestions = qs
	return nil
}

// fgLines lists the user's questions to the FG for `mijn-gegevens`, naming
// each municipality as its record in ms does.
func fgLines(qs []FGQuestionView, ms flows.MunicipalityRecords, l lang.Lang, loc *time.Location) string {
	var sb strings.Builder
	sb.WriteString("\n\n*" + lang.T("Vragen aan de FG", "Questions to the FG").In(l) + ":* ")
	if len(qs) == 0 {
		sb.WriteString(lang.T("geen", "none").In(l))
	}
	for _, q := range qs {
		when := q.AskedAt
		if when.IsZero() {
			when = q.AnsweredAt
		}
		state := map[string]lang.Text{
			"draft":    lang.T("nog niet verstuurd", "not sent yet"),
			"open":     lang.T("wacht op antwoord", "waiting for an answer"),
			"answered": lang.T("beantwoord", "answered"),
		}[q.State].In(l)
		sb.WriteString("\n• ")
		if !when.IsZero() {
			sb.WriteString(when.In(loc).Format("2006-01-02") + " ")
		}
		sb.WriteString(ms.Name(q.Municipality) + ", " + state + ": " + q.Question)
		if q.Answer != "" {
			sb.WriteString("\n   " + lang.T("Antwoord: ", "Answer: ").In(l) + q.Answer)
		}
	}
	if len(qs) > 0 {
		sb.WriteString("\n" + lang.T(
			"Ik bewaar een vraag en het antwoord tot 90 dagen na het antwoord.",
			"I keep a question and its answer until 90 days after the answer.").In(l))
	}
	return sb.String()
}
