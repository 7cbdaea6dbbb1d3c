package search

import "testing"

func TestSmallTalk(t *testing.T) {
	tests := []struct {
		msg  string
		want Talk
	}{
		{"hoi", Greeting},
		{"goedemorgen!", Greeting},
		{"hello there", Greeting},
		{"hoi, wat kun je?", Meta},
		{"wie ben jij", Meta},
		{"help me", Meta},
		{"what can you do?", Meta},
		{"hoe werkt dit?", Meta},
		{"waarmee kun je me helpen", Meta},
		{"dank je wel", Thanks},
		{"top, bedankt!", Thanks},
		{"thanks a lot", Thanks},
		{"thank you", Thanks},
		{"hoi, mag ik delen met school?", NoTalk},
		{"wat is een datalek", NoTalk},
		{"wie heeft gezag", NoTalk},
		{"hoe lang bewaren", NoTalk},
		{"wat", NoTalk},
		{"", NoTalk},
		{"kan ik het dossier mailen", NoTalk},
	}
	for _, tt := range tests {
		if got := SmallTalk(tt.msg); got != tt.want {
			t.Errorf("SmallTalk(%q) = %d, want %d", tt.msg, got, tt.want)
		}
	}
}
