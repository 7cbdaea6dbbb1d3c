package slack

import (
	"testing"

	"github.com/slack-go/slack"

	"privacybot/bot"
)

// TestFeedbackButtonsAreShown checks that the "Hielp dit?" votes under an
// answer become buttons carrying their values.
func TestFeedbackButtonsAreShown(t *testing.T) {
	r := bot.Reply{Text: "*Datalek*\nMeld het meteen.", Controls: []bot.Choice{
		{Label: "Bedoel je ook: Gegevens veilig versturen", Value: "topic:veilig-versturen"},
		{Label: "👍 Hielp dit", Value: "fb:up:datalek"},
		{Label: "👎 Hielp niet", Value: "fb:down:datalek"},
	}}
	blocks, dropped := replyBlocks(0, r)
	if dropped != 0 {
		t.Fatalf("%d buttons dropped", dropped)
	}
	values := map[string]string{}
	for _, b := range blocks {
		if a, ok := b.(*slack.ActionBlock); ok {
			for _, e := range a.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					values[btn.Value] = btn.Text.Text
				}
			}
		}
	}
	for _, v := range []string{"fb:up:datalek", "fb:down:datalek", "topic:veilig-versturen"} {
		if values[v] == "" {
			t.Errorf("no button with value %s in %v", v, values)
		}
	}
}
