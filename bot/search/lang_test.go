package search

import (
	"testing"

	"privacybot/flows"
)

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text string
		want flows.Lang
	}{
		{"mag ik dit delen met de school?", flows.NL},
		{"ouders gescheiden, wie tekent?", flows.NL},
		{"can I share this with the school?", flows.EN},
		{"the teacher asks how the child is doing", flows.EN},
		{"do I need consent from both parents", flows.EN},
		{"privacy by default meaning", flows.EN},
		{"gezagsregister", flows.NL},
		{"", flows.NL},
		{"GDPR?", flows.NL},
		{"who is the FG in Diemen", flows.EN},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
