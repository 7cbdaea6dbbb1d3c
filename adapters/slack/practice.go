package slack

import (
	"context"
	"fmt"

	"privacybot/bot"
	"privacybot/bot/practice"
)

var _ practice.Channel = (*Adapter)(nil)

// PostPractice puts r in a team channel, in the thread of root when root
// is not "", and returns the post's timestamp; its buttons can be pressed
// by any member, each press answered for the presser only.
func (a *Adapter) PostPractice(ctx context.Context, channel, root string, r bot.Reply) (string, error) {
	return a.PostFG(ctx, channel, root, r)
}

// UpdatePost replaces the text and buttons of the post at ts in channel
// by r's.
func (a *Adapter) UpdatePost(ctx context.Context, channel, ts string, r bot.Reply) error {
	msgs, _ := render([]numbered{{n: 0, r: r}})
	if len(msgs) == 0 {
		return fmt.Errorf("slack update post: nothing to show")
	}
	return a.update(ctx, channel, ts, msgs[0])
}
