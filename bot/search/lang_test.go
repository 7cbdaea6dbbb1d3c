package search

import (
	"testing"

	"privacybot/lang"
)

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text string
		want lang.Lang
	}{
		{"mag ik dit delen met de school?", lang.NL},
		{"ouders gescheiden, wie tekent?", lang.NL},
		{"can I share this with the school?", lang.EN},
		{"the teacher asks how the child is doing", lang.EN},
		{"do I need consent from both parents", lang.EN},
		{"privacy by default meaning", lang.EN},
		{"gezagsregister", lang.NL},
		{"", lang.NL},
		{"GDPR?", lang.NL},
		{"who is the FG in Diemen", lang.EN},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
