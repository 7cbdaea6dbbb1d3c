package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"privacybot/lang"
)

// PracticeDesk gives practice cases one to one (`oefenen` / `practice`)
// and keeps each user's own results, for that user alone. The core hands
// it the command and the "oef:" buttons; package bot/practice implements it.
type PracticeDesk interface {
	// Next gives the user a case to answer.
	Next(ctx context.Context, r PracticeRequest) ([]Reply, error)
	// Action handles a pressed "oef:" button; payload is what follows "oef:".
	Action(ctx context.Context, r PracticeRequest, payload string) ([]Reply, error)
	// Results lists the user's own results, oldest first.
	Results(ctx context.Context, u UserKey) ([]PracticeResultView, error)
	// Forget erases the user's results.
	Forget(ctx context.Context, u UserKey) error
}

// PracticeRequest is one turn as the practice desk sees it.
type PracticeRequest struct {
	User UserKey
	Lang lang.Lang
	// Channel is where the button was pressed; a weekly post's press is
	// answered in that channel, for the presser only.
	Channel string
}

// PracticeResultView is one case a user answered, as `mijn-gegevens`
// shows it: no message text, only the case, the answer and when.
type PracticeResultView struct {
	Case string `json:"case"`
	// Answer is the 0-based index of the last answer chosen.
	Answer int  `json:"answer"`
	Right  bool `json:"right"`
	// Tries counts the answers given to the case.
	Tries      int       `json:"tries"`
	AnsweredAt time.Time `json:"answered_at"`
}

func (b *Bot) cmdPractice(ctx context.Context, t *turn, _ string) ([]Reply, error) {
	if b.Practice == nil {
		return []Reply{{Text: lang.T("Oefenen staat uit.", "Practice is switched off.").In(t.lang)}}, nil
	}
	replies, err := b.Practice.Next(ctx, PracticeRequest{User: t.msg.UserKey(), Lang: t.lang})
	return b.practiceInDM(t, replies), err
}

// practiceInDM moves practice asked for in a shared channel to the user's
// DM, saying so, so that the team does not see one another's answers.
func (b *Bot) practiceInDM(t *turn, replies []Reply) []Reply {
	if t.msg.Direct || len(replies) == 0 {
		return replies
	}
	out := []Reply{{Text: lang.T(
		"Ik geef je de oefencasus in een privébericht; je antwoorden ziet niemand anders.",
		"I'll give you the practice case in a direct message; nobody else sees your answers.").In(t.lang)}}
	for _, r := range replies {
		out = append(out, b.direct(t, r))
	}
	return out
}

// onPracticeAction handles an "oef:" button.
func (b *Bot) onPracticeAction(ctx context.Context, t *turn, payload string) ([]Reply, error) {
	if b.Practice == nil {
		return []Reply{b.stale(t)}, nil
	}
	replies, err := b.Practice.Action(ctx, PracticeRequest{User: t.msg.UserKey(), Lang: t.lang, Channel: t.msg.Channel}, payload)
	if strings.HasPrefix(payload, "w:") {
		for i := range replies {
			replies[i].Ephemeral = true
		}
		return replies, err
	}
	return b.practiceInDM(t, replies), err
}

// practiceMyData adds the user's practice results to d.
func (b *Bot) practiceMyData(ctx context.Context, t *turn, d *MyData) error {
	if b.Practice == nil {
		return nil
	}
	rs, err := b.Practice.Results(ctx, t.msg.UserKey())
	if err != nil {
		return fmt.Errorf("read practice results: %w", err)
	}
	d.Practice = rs
	return nil
}

// practiceLines lists the user's practice results for `mijn-gegevens`.
func practiceLines(rs []PracticeResultView, l lang.Lang, loc *time.Location) string {
	var sb strings.Builder
	right := 0
	for _, r := range rs {
		if r.Right {
			right++
		}
	}
	sb.WriteString("\n\n*" + lang.T("Oefencasussen", "Practice cases").In(l) + ":* ")
	if len(rs) == 0 {
		sb.WriteString(lang.T("geen", "none").In(l))
		return sb.String()
	}
	fmt.Fprintf(&sb, lang.T("%d beantwoord, %d goed", "%d answered, %d right").In(l), len(rs), right)
	for _, r := range rs {
		verdict := lang.T("fout", "wrong")
		if r.Right {
			verdict = lang.T("goed", "right")
		}
		fmt.Fprintf(&sb, "\n• %s · %s: %s · %s %d", r.AnsweredAt.In(loc).Format("2006-01-02 15:04"), r.Case,
			verdict.In(l), lang.T("pogingen", "tries").In(l), r.Tries)
	}
	return sb.String()
}
