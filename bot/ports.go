package bot

import (
	"context"
	"errors"
	"time"

	"privacybot/flows"
	"privacybot/lang"
)

// Platforms the bot runs on. An Address's Platform is one of these.
const (
	Console    = "console"
	Slack      = "slack"
	Mattermost = "mattermost"
)

// DM is the Channel of every private conversation between the bot and a
// user: a direct message on a chat platform, or the terminal. A user has one
// such conversation; a consultation started in a shared channel moves there.
const DM = "dm"

// Address names one conversation: a user on a platform, in a channel. The
// channel is DM for a private conversation, else the shared channel's ID.
type Address struct {
	Platform string `json:"platform"`
	User     string `json:"user"`
	Channel  string `json:"channel"`
}

// UserKey names a user across their conversations.
type UserKey struct {
	Platform string `json:"platform"`
	User     string `json:"user"`
}

// UserKey returns the address's user.
func (a Address) UserKey() UserKey { return UserKey{Platform: a.Platform, User: a.User} }

// Message is one thing a user said or pressed, as an adapter hands it in.
type Message struct {
	Address
	// Text is what the user typed, without the "/privacy" prefix. Empty
	// when a button was pressed.
	Text string
	// Action is the value of the button pressed, or empty.
	Action string
	// Direct reports whether the message came from a private place (a DM or
	// the terminal). In a shared channel the bot answers only the asker
	// and moves a consultation to a DM.
	Direct bool
	// Profile holds what the platform knows of the user's language and time
	// zone; the user's own settings win over it.
	Profile Profile
	// Event, when not "", is the ID of the stored inbox event this message
	// was worked from: the core answers an event whose turn was committed
	// before with that turn's replies, and does not work it again.
	Event string
}

// Profile is what a platform knows about a user's preferences.
type Profile struct {
	Lang lang.Lang
	TZ   string
}

// Reply is one message the bot sends back.
type Reply struct {
	// Text is plain text with *bold* and bullet lines ("• ").
	Text string
	// Choices become buttons (numbered options on the terminal).
	Choices []Choice
	// Controls are secondary buttons (back, why, stop); the terminal shows
	// them as words to type rather than numbers.
	Controls []Choice
	// Ephemeral asks the adapter to show the reply to the asker only.
	Ephemeral bool
	// Direct asks the adapter to send the reply in a DM with the user.
	Direct bool
	// Copy marks text meant to be copied as it is, such as a dossier note;
	// adapters show it preformatted.
	Copy bool
}

// Choice is one button under a reply.
type Choice struct {
	Label string `json:"label"`
	// Value is what comes back as Message.Action when the button is pressed.
	Value string `json:"value"`
}

// Handler is the part of the core every adapter drives: one message in,
// the replies out. *Bot implements it; adapters' tests fake it.
type Handler interface {
	Handle(ctx context.Context, m Message) ([]Reply, error)
}

// Clock tells the time; tests inject a fake one.
type Clock func() time.Time

// ErrConflict is returned by a store when a record changed since it was read.
var ErrConflict = errors.New("changed by someone else")

// Conversation is the stored state of one conversation: the flow under way
// and what the bot is waiting for. It never holds message text.
type Conversation struct {
	Address
	// Flow is the flow under way, if any.
	Flow *flows.State `json:"flow,omitempty"`
	// Pending names a question the bot asked outside a flow and awaits an
	// answer to ("abandon:toestemming", "remind-at"), or "".
	Pending string `json:"pending,omitempty"`
	// Case is the user's own label for the case, never a client's name.
	Case string `json:"case,omitempty"`
	// Version counts saves; a save with a stale version fails with ErrConflict.
	Version   int64     `json:"-"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ConversationStore keeps conversations between turns and across restarts.
type ConversationStore interface {
	// Conversation returns the stored conversation; ok is false when none.
	Conversation(ctx context.Context, a Address) (c Conversation, ok bool, err error)
	// SaveConversation stores c if c.Version matches the stored version (0
	// for a new one) and increments c.Version; otherwise ErrConflict.
	SaveConversation(ctx context.Context, c *Conversation) error
	// DeleteConversation removes the conversation; no error when absent.
	DeleteConversation(ctx context.Context, a Address) error
}

// Settings are a user's preferences. Zero values mean "not set yet".
type Settings struct {
	UserKey
	Lang lang.Lang `json:"lang,omitempty"`
	// LangChosen is true once the user set Lang themselves; until then
	// Lang is a default from their profile or first message.
	LangChosen   bool               `json:"lang_chosen,omitempty"`
	TZ           string             `json:"tz,omitempty"`
	Municipality flows.Municipality `json:"municipality,omitempty"`
	// DigestOff switches the weekly digest of open reminders off.
	DigestOff bool      `json:"digest_off,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// SettingsStore keeps users' settings.
type SettingsStore interface {
	// Settings returns the user's settings; ok is false when none are stored.
	Settings(ctx context.Context, u UserKey) (s Settings, ok bool, err error)
	SaveSettings(ctx context.Context, s Settings) error
}

// AuditEntry records a decision or a change, without client data, so that
// a professional can account for it later.
type AuditEntry struct {
	ID int64 `json:"id"`
	UserKey
	At time.Time `json:"at"`
	// Action is what happened: "flow.start", "flow.outcome", "reminder.set", …
	Action string `json:"action"`
	// Flow and Outcome are IDs, never free text.
	Flow     string `json:"flow,omitempty"`
	Outcome  string `json:"outcome,omitempty"`
	Reminder int64  `json:"reminder,omitempty"`
	// Detail is a short, fixed-vocabulary note ("snoozed 1h", "late").
	Detail string `json:"detail,omitempty"`
}

// AuditStore keeps the audit trail.
type AuditStore interface {
	AppendAudit(ctx context.Context, e AuditEntry) error
	// AuditTrail returns the user's entries, oldest first.
	AuditTrail(ctx context.Context, u UserKey) ([]AuditEntry, error)
}

// DedupStore remembers platform event IDs so that a retried event is
// handled once, also across a restart.
type DedupStore interface {
	// FirstSeen records key and reports whether it was new.
	FirstSeen(ctx context.Context, key string, now time.Time) (bool, error)
}
