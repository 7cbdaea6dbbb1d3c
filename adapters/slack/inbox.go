package slack

import (
	"encoding/json"
	"fmt"

	"privacybot/adapters/internal/pipeline"
)

// stored is an inbound as the inbox keeps it: what its work needs, no more.
type stored struct {
	Kind        string       `json:"kind"`
	Key         string       `json:"key"`
	User        string       `json:"user"`
	Channel     string       `json:"channel"`
	IM          bool         `json:"im,omitempty"`
	Text        string       `json:"text,omitempty"`
	ThreadTS    string       `json:"thread_ts,omitempty"`
	ResponseURL string       `json:"response_url,omitempty"`
	Press       *storedPress `json:"press,omitempty"`
}

type storedPress struct {
	Value     string           `json:"value"`
	Label     string           `json:"label"`
	BlockID   string           `json:"block_id"`
	MessageTS string           `json:"message_ts,omitempty"`
	Ephemeral bool             `json:"ephemeral,omitempty"`
	Original  *originalMessage `json:"original,omitempty"`
}

// Encode is in as the inbox stores it.
func (turns) Encode(in inbound) ([]byte, error) {
	s := stored{Kind: in.kind, Key: in.dedupKey, User: in.user, Channel: in.channel, IM: in.im,
		Text: in.text, ThreadTS: in.threadTS, ResponseURL: in.responseURL}
	if p := in.press; p != nil {
		s.Press = &storedPress{Value: p.value, Label: p.label, BlockID: p.blockID, MessageTS: p.messageTS,
			Ephemeral: p.ephemeral, Original: p.original}
	}
	return json.Marshal(s)
}

// Decode reads back an inbound stored by Encode.
func (turns) Decode(payload []byte) (inbound, error) {
	s, err := pipeline.DecodeStored[stored](payload)
	if err != nil {
		return inbound{}, err
	}
	if s.Kind == "" || s.Key == "" || !isID(s.User) || !isID(s.Channel) {
		return inbound{}, fmt.Errorf("decode stored event: %w", errIncomplete)
	}
	in := inbound{kind: s.Kind, dedupKey: s.Key, user: s.User, channel: s.Channel, im: s.IM,
		text: s.Text, threadTS: s.ThreadTS, responseURL: s.ResponseURL}
	if p := s.Press; p != nil {
		in.press = &press{value: p.Value, label: p.Label, blockID: p.BlockID, messageTS: p.MessageTS,
			ephemeral: p.Ephemeral, original: p.Original}
	}
	return in, nil
}
