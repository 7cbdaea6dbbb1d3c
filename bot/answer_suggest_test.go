package bot

import (
	"strings"
	"testing"

	"privacybot/lang"
)

// TestSuggestPromptFitsTheNumberOffered checks that one offered topic is
// asked about as "this" and several as "one of these", in both languages.
func TestSuggestPromptFitsTheNumberOffered(t *testing.T) {
	tests := []struct {
		n      int
		l      lang.Lang
		want   string
		absent string
	}{
		{1, lang.NL, "Gaat het hierover?", "een van deze"},
		{1, lang.EN, "Is it about this?", "one of these"},
		{2, lang.NL, "een van deze onderwerpen", "hierover"},
		{3, lang.EN, "one of these topics", "about this"},
	}
	for _, tt := range tests {
		got := suggestPrompt(tt.n).In(tt.l)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.absent) {
			t.Errorf("suggestPrompt(%d) in %s = %q, want %q and not %q", tt.n, tt.l, got, tt.want, tt.absent)
		}
	}
}
