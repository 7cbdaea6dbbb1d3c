package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"privacybot/flows"
	"privacybot/lang"
)

// stampPrefix starts the value of a button that StepGuard stamped:
// "s:<step>:<owner>:<value>".
const stampPrefix = "s:"

// freeValues start the values of buttons that act like a typed command,
// valid at any step: they are not stamped.
var freeValues = []string{"cmd:", "start:", "topic:", "set:", stampPrefix}

var (
	txtStaleButton = lang.T(
		"Deze knop hoort bij een eerdere stap en doet niets meer. Kies bij je laatste vraag.",
		"This button belongs to an earlier step and no longer does anything. Choose at your latest question.")
	txtNotYourButton = lang.T(
		"Deze knop hoort bij het gesprek van een collega en doet voor jou niets.",
		"This button belongs to a colleague's conversation and does nothing for you.")
)

// StepGuard is a Handler in front of another: every button of a turn's
// replies is stamped with the step the user's conversation is at after
// the turn and with the user it is shown to. A press on a button whose
// step is no longer the conversation's (after `terug`, or a second button
// of an answered question) is refused with a short message and changes
// nothing; so is a press by another user. Buttons that act like a typed
// command (cmd:, start:, topic:, set:), and those AnyStep names, are not
// stamped.
type StepGuard struct {
	Next          Handler
	Conversations ConversationStore
	// AnyStep are the prefixes of further button values that are valid at
	// any step, such as the follow-ups' buttons on a stored reminder
	// (remind.AnyStepValues).
	AnyStep []string
}

// Handle checks a pressed button's stamp, hands the message on, and
// stamps the buttons of the replies.
func (g StepGuard) Handle(ctx context.Context, m Message) ([]Reply, error) {
	if step, owner, value, ok := unstamp(m.Action); ok {
		l := m.Profile.Lang
		if l == "" {
			l = lang.NL
		}
		if owner != m.User {
			return []Reply{{Text: txtNotYourButton.In(l), Ephemeral: true}}, nil
		}
		cur, err := g.step(ctx, m)
		if err != nil {
			return nil, err
		}
		if step != cur {
			return []Reply{{Text: txtStaleButton.In(l)}}, nil
		}
		m.Action = value
	}
	replies, err := g.Next.Handle(ctx, m)
	if err != nil || !g.stampable(replies) {
		return replies, err
	}
	step, err := g.step(ctx, m)
	if err != nil {
		return replies, nil // unstamped buttons still work
	}
	for i := range replies {
		replies[i].Choices = g.stamp(replies[i].Choices, step, m.User)
		replies[i].Controls = g.stamp(replies[i].Controls, step, m.User)
	}
	return replies, nil
}

// Refused reports whether replies are StepGuard's refusal of a press, so
// that an adapter leaves the pressed message as it is.
func Refused(replies []Reply) bool {
	if len(replies) != 1 {
		return false
	}
	for _, t := range []lang.Text{txtStaleButton, txtNotYourButton} {
		if replies[0].Text == t.NL || replies[0].Text == t.EN {
			return true
		}
	}
	return false
}

// ButtonOwner returns the user a stamped button value was shown to, or ""
// for an unstamped one.
func ButtonOwner(value string) string {
	_, owner, _, ok := unstamp(value)
	if !ok {
		return ""
	}
	return owner
}

// step names the state of m's user's conversation: what it asks and
// awaits. Two states that differ give different steps.
func (g StepGuard) step(ctx context.Context, m Message) (string, error) {
	a := m.Address
	a.Channel = DM
	c, ok, err := g.Conversations.Conversation(ctx, a)
	if err != nil {
		return "", fmt.Errorf("read step: %w", err)
	}
	if !ok {
		return "0", nil
	}
	state, err := json.Marshal(struct {
		Flow    *flows.State `json:"f"`
		Pending string       `json:"p"`
	}{c.Flow, c.Pending})
	if err != nil {
		return "", fmt.Errorf("read step: %w", err)
	}
	h := fnv.New64a()
	h.Write(state)
	return strconv.FormatUint(h.Sum64(), 36), nil
}

// stampable reports whether any reply has a button to stamp.
func (g StepGuard) stampable(replies []Reply) bool {
	for _, r := range replies {
		for _, c := range append(append([]Choice(nil), r.Choices...), r.Controls...) {
			if !g.free(c.Value) {
				return true
			}
		}
	}
	return false
}

func (g StepGuard) free(value string) bool {
	for _, prefixes := range [][]string{freeValues, g.AnyStep} {
		for _, p := range prefixes {
			if strings.HasPrefix(value, p) {
				return true
			}
		}
	}
	return false
}

func (g StepGuard) stamp(cs []Choice, step, owner string) []Choice {
	if len(cs) == 0 {
		return cs
	}
	out := make([]Choice, len(cs))
	for i, c := range cs {
		if !g.free(c.Value) && c.Value != "" {
			c.Value = stampPrefix + step + ":" + owner + ":" + c.Value
		}
		out[i] = c
	}
	return out
}

// unstamp splits a stamped value; ok is false for any other.
func unstamp(value string) (step, owner, rest string, ok bool) {
	s, found := strings.CutPrefix(value, stampPrefix)
	if !found {
		return "", "", "", false
	}
	parts := strings.SplitN(s, ":", 3)
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}
