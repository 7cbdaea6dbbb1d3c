package slack

// Kinds of inbound work, as logged.
const (
	kindCommand = "command"
	kindDM      = "dm"
	kindMention = "mention"
	kindPress   = "press"
)

// inbound is one acknowledged piece of work: something a user typed or
// pressed, decoded from a slash command, an event or an interaction.
type inbound struct {
	kind string
	// dedupKey names the event for bot.DedupStore; a retried delivery has
	// the same key.
	dedupKey string
	user     string
	// channel is the Slack channel ID the user wrote or pressed in.
	channel string
	// im reports that channel is known to be the user's DM with the bot.
	im   bool
	text string
	// threadTS is where an answer to a mention goes.
	threadTS string
	// responseURL answers a slash command or a press (ephemeral in a
	// shared channel).
	responseURL string
	press       *press
	fg          *fgInbound
	// event is the inbox event it was stored as, or "" without an inbox.
	event string
}

// press is a button pressed under one of the bot's messages.
type press struct {
	value string
	label string
	// blockID is the actions block the button sat in.
	blockID   string
	messageTS string
	ephemeral bool
	// original is the message as Slack showed it (absent for ephemeral
	// messages), to rebuild without its buttons.
	original *originalMessage
}
