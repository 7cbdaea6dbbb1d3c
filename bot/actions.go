package bot

import (
	"context"
	"strings"

	"privacybot/lang"
)

// onAction handles a pressed button. Every value the bot puts on a button
// has a prefix naming its handler; anything else is refused politely.
func (b *Bot) onAction(ctx context.Context, t *turn, action string) ([]Reply, error) {
	kind, payload, _ := strings.Cut(action, ":")
	switch kind {
	case "r":
		if b.Reminders != nil {
			replies, pending, handled, err := b.Reminders.HandleAction(ctx, t.msg, t.lang, t.tz)
			if err != nil || !handled {
				return replies, err
			}
			// A reminder button replaces only a reminder's own question;
			// an open question of another kind stays.
			if pending != t.conv.Pending && (pending != "" || strings.HasPrefix(t.conv.Pending, "r:")) {
				t.conv.Pending = pending
				if err := b.save(ctx, t); err != nil {
					return nil, err
				}
			}
			return replies, nil
		}
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
	switch p := t.conv.Pending; {
	case strings.HasPrefix(p, "r:") && b.Reminders != nil:
		msg := t.msg
		msg.Text = t.text
		replies, pending, err := b.Reminders.HandleText(ctx, msg, p, t.lang, t.tz)
		if err != nil {
			return nil, err
		}
		if len(replies) == 0 {
			// The question is no longer open: read the text afresh. A
			// question typed where a reason was asked is answered, and the
			// user is told it was not kept as the reason.
			if strings.HasPrefix(p, valuePrefix+"nsr:") {
				t.prefix = append(t.prefix, Reply{Text: txtReasonDropped.In(t.lang)})
			}
			t.conv.Pending = ""
			if err := b.save(ctx, t); err != nil {
				return nil, err
			}
			r, _, err := b.onText(ctx, t)
			return r, err
		}
		if pending != p {
			t.conv.Pending = pending
			if err := b.save(ctx, t); err != nil {
				return nil, err
			}
		}
		return replies, nil
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
