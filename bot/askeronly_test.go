package bot

import "testing"

func TestAskerOnlyDecidesWhoSeesEachReply(t *testing.T) {
	tests := []struct {
		name          string
		direct        bool
		reply         Reply
		wantEphemeral bool
	}{
		{"shared channel: an answer is for the asker only", false, Reply{Text: "a"}, true},
		{"shared channel: a reply for the DM is not ephemeral", false, Reply{Text: "a", Direct: true}, false},
		{"shared channel: marked already", false, Reply{Text: "a", Ephemeral: true}, true},
		{"DM: nothing to hide", true, Reply{Text: "a"}, false},
		{"DM: an ephemeral mark is dropped", true, Reply{Text: "a", Ephemeral: true}, false},
		{"DM: a reply for the DM", true, Reply{Text: "a", Direct: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AskerOnly(Message{Direct: tt.direct}, []Reply{tt.reply})
			if len(got) != 1 || got[0].Ephemeral != tt.wantEphemeral || got[0].Direct != tt.reply.Direct || got[0].Text != tt.reply.Text {
				t.Errorf("AskerOnly = %+v, want Ephemeral %v and the rest unchanged", got, tt.wantEphemeral)
			}
		})
	}
}
