package mattermost

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"time"

	"privacybot/adapters/internal/pipeline"
	"privacybot/bot"
)

// WithInbox makes the adapter durable: every post, slash command and
// press is stored in store before it is acknowledged (for a post: before
// the catch-up position passes it), worked from there, and marked done
// only after its answer was handed over; events left unfinished by a
// crash are worked again when the adapter starts (at once when owner is
// the name of the process that stored them, else when their lease ends).
// The catch-up positions of the DM channels are kept in store too, so
// posts sent while the bot was down are answered after a restart. owner
// names this process among the replicas sharing store; "" picks a name
// that never comes back.
var WithInbox = pipeline.WithInbox

// keepPositions has the DM channels' catch-up positions kept in store.
func (a *Adapter) keepPositions(store bot.InboxStore) {
	a.inboxStore = store
	a.dms.onWatch = func(channel, user string, at int64) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := store.SaveInboxPosition(ctx, bot.Mattermost, channel, user, at); err != nil {
			a.log.WarnContext(ctx, "mattermost catch-up position not saved", "err_class", errClass(err))
		}
	}
}

// postPosition is where a post at createAt moves its DM's catch-up
// position: nowhere unless in is in the DM.
func postPosition(in inbound, createAt int64) pipeline.Position {
	if in.direct && createAt > 0 {
		return pipeline.Position{Channel: in.channel, At: createAt}
	}
	return pipeline.Position{}
}

// catchUpFrom returns the DM channels to catch up on, each with the time
// of the latest post seen there: those followed since the start, and,
// with an inbox, those stored, whose stored position wins.
func (a *Adapter) catchUpFrom(ctx context.Context) map[string]int64 {
	followed := a.dms.followed()
	if a.inboxStore == nil {
		return followed
	}
	stored, err := a.inboxStore.InboxPositions(ctx, bot.Mattermost)
	if err != nil {
		a.log.WarnContext(ctx, "mattermost catch-up positions not read", "err_class", errClass(err))
		return followed
	}
	// A stored position moved only past posts stored; one in memory may
	// have moved past a post not stored yet (a reply's time, say).
	out := maps.Clone(stored)
	for ch, at := range followed {
		if _, ok := out[ch]; !ok {
			out[ch] = at
		}
	}
	return out
}

// stored is an inbound as the inbox keeps it: what its work needs, no more.
type stored struct {
	Kind    string `json:"kind"`
	Key     string `json:"key,omitempty"`
	User    string `json:"user"`
	Channel string `json:"channel"`
	Direct  bool   `json:"direct,omitempty"`
	Text    string `json:"text,omitempty"`
	Action  string `json:"action,omitempty"`
	RootID  string `json:"root_id,omitempty"`
}

// Encode is in as the inbox stores it.
func (turns) Encode(in inbound) ([]byte, error) {
	return json.Marshal(stored{Kind: in.kind, Key: in.dedupKey, User: in.user, Channel: in.channel, Direct: in.direct,
		Text: in.text, Action: in.action, RootID: in.rootID})
}

// Decode reads back an inbound stored by Encode. A slash command read
// back has no request waiting for its answer, so the answer is posted.
func (turns) Decode(payload []byte) (inbound, error) {
	s, err := pipeline.DecodeStored[stored](payload)
	if err != nil {
		return inbound{}, err
	}
	if s.Kind == "" || s.User == "" || s.Channel == "" {
		return inbound{}, fmt.Errorf("decode stored event: %w", errIncomplete)
	}
	return inbound{kind: s.Kind, dedupKey: s.Key, user: s.User, channel: s.Channel, direct: s.Direct,
		text: s.Text, action: s.Action, rootID: s.RootID}, nil
}
