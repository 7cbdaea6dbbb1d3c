package bot

import (
	"context"
	"strings"

	"privacybot/lang"
)

// onAction handles a pressed button. Every value the bot puts on a button
// has a prefix naming its handler; anything else is refused politely.
func (b *Bot) onAction(ctx context.Context, t *turn, action string) ([]Reply, error) {
	if a, err := b.FollowUps.HandleAction(ctx, t.msg, t.conv.Pending, t.lang, t.tz); err != nil || a.Handled {
		if err != nil {
			return nil, err
		}
		return b.followUpAnswered(ctx, t, a)
	}
	kind, payload, _ := strings.Cut(action, ":")
	switch kind {
	case "f":
		return b.onFlowButton(ctx, t, payload)
	case "fg":
		return b.onFGAction(ctx, t, payload)
	case "oef":
		return b.onPracticeAction(ctx, t, payload)
	case "start":
		if f, presets := b.presetsFromSpec(payload); f != nil {
			return b.startFlow(ctx, t, f, presets)
		}
	case "topic":
		if tp := b.Answerer.Topic(payload); tp != nil {
			b.Metrics.Answered(tp.ID)
			r := Reply{Text: b.Answerer.RenderTopic(tp, t.lang, t.settings.Municipality)}
			if f := b.Flows.ByID(tp.Flow); f != nil {
				r.Choices = []Choice{{Label: walkLabel(f, t.lang), Value: "start:" + FlowSpec(tp)}}
			}
			r.Controls = feedbackControls(tp.ID, t.lang)
			return []Reply{r}, nil
		}
	case "fb":
		if r, ok := b.onFeedback(t, payload); ok {
			return []Reply{r}, nil
		}
	case "abandon":
		if strings.HasPrefix(t.conv.Pending, "abandon:") {
			return b.answerAbandon(ctx, t, payload == "yes")
		}
		return []Reply{b.stale(t)}, nil
	case "forget":
		return b.answerForget(ctx, t, payload == "yes")
	case "set":
		field, value, _ := strings.Cut(payload, ":")
		return b.setSetting(ctx, t, field, value)
	case "cmd":
		if c, ok := commands[payload]; ok {
			return c.run(b, ctx, t, "")
		}
	}
	return []Reply{b.stale(t)}, nil
}

// stale answers a button the bot no longer knows.
func (b *Bot) stale(t *turn) Reply {
	return Reply{Text: lang.T(
		"Deze knop werkt niet meer. Typ `help` om verder te gaan.",
		"This button no longer works. Type `help` to go on.").In(t.lang)}
}

// onPending handles typed text the bot asked for outside a flow.
func (b *Bot) onPending(ctx context.Context, t *turn) ([]Reply, error) {
	msg := t.msg
	msg.Text = t.text
	a, err := b.FollowUps.HandleText(ctx, msg, t.conv.Pending, t.lang, t.tz)
	if err != nil {
		return nil, err
	}
	if a.Handled {
		return b.followUpAnswered(ctx, t, a)
	}
	switch p := t.conv.Pending; {
	case strings.HasPrefix(p, "abandon:"):
		if yes, ok := parseYesNo(t.text); ok {
			return b.answerAbandon(ctx, t, yes)
		}
		cur := b.activeFlow(t.conv)
		next, _ := b.presetsFromSpec(strings.TrimPrefix(p, "abandon:"))
		if cur == nil || next == nil {
			return b.answerAbandon(ctx, t, false)
		}
		return []Reply{b.abandonQuestion(t, cur, next)}, nil
	case strings.HasPrefix(p, "fg:"):
		return b.onFGPending(ctx, t)
	case p == "forget":
		if yes, ok := parseYesNo(t.text); ok {
			return b.answerForget(ctx, t, yes)
		}
		return b.cmdForget(ctx, t, "")
	}
	t.conv.Pending = ""
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	return b.onQuestion(ctx, t)
}

// followUpAnswered applies what the follow-ups made of a button or text:
// the question they now ask, or the text read afresh after their notice.
func (b *Bot) followUpAnswered(ctx context.Context, t *turn, a FollowUpAnswer) ([]Reply, error) {
	if a.Afresh {
		if a.Notice != "" {
			t.prefix = append(t.prefix, Reply{Text: a.Notice})
		}
		t.conv.Pending = ""
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
		r, _, err := b.onText(ctx, t)
		return r, err
	}
	if a.Pending != t.conv.Pending {
		t.conv.Pending = a.Pending
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
	}
	return a.Replies, nil
}

// parseYesNo reads a typed yes or no in Dutch or English.
func parseYesNo(s string) (yes, ok bool) {
	switch strings.Trim(strings.ToLower(strings.TrimSpace(s)), ".!") {
	case "ja", "j", "yes", "y", "jazeker", "ok", "oké", "1":
		return true, true
	case "nee", "n", "no", "neen", "2":
		return false, true
	}
	return false, false
}
