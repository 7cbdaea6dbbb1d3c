package mattermost

import (
	"testing"

	"privacybot/bot"
)

// TestFeedbackButtonsAreShown checks that the "Hielp dit?" votes under an
// answer are kept as buttons.
func TestFeedbackButtonsAreShown(t *testing.T) {
	r := bot.Reply{Text: "*Datalek*\nMeld het meteen.", Controls: []bot.Choice{
		{Label: "👍 Hielp dit", Value: "fb:up:datalek"},
		{Label: "👎 Hielp niet", Value: "fb:down:datalek"},
	}}
	out := render(r)
	if !out.hasButtons() || len(out.controls) != 2 || out.controls[0].Value != "fb:up:datalek" || out.controls[1].Value != "fb:down:datalek" {
		t.Errorf("render kept controls %+v, want the two votes as buttons", out.controls)
	}
}
