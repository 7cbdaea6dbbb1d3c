package mattermost

import (
	"strings"
	"testing"
)

// FuzzParseDialogState: only a state the bot signed is accepted.
func FuzzParseDialogState(f *testing.F) {
	a := &Adapter{signer: signer{key: []byte("0123456789abcdef")}}
	f.Add(a.dialogState("3", "chan"))
	f.Add("3:chan:")
	f.Add("::")
	f.Add("x")
	f.Fuzz(func(t *testing.T, state string) {
		id, channel, err := a.parseDialogState(state)
		if err != nil {
			return
		}
		num, _, _ := strings.Cut(state, ":")
		if id <= 0 || a.dialogState(num, channel) != state {
			t.Fatalf("accepted %q as %d in %q", state, id, channel)
		}
	})
}
