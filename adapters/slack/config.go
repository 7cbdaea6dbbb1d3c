package slack

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/pipeline"
)

// Connection modes of the adapter.
const (
	// ModeSocket connects out to Slack over a WebSocket (Socket Mode); it
	// needs an app-level token and no public URL. The default.
	ModeSocket = "socket"
	// ModeHTTP receives Events API, slash command and interactivity
	// requests on Handler; every request is checked with the signing secret.
	ModeHTTP = "http"
)

// Config chooses how the adapter talks to Slack.
type Config struct {
	// Mode is ModeSocket (default when empty) or ModeHTTP.
	Mode string
	// BotToken is the bot user OAuth token (xoxb-…), always required.
	BotToken string
	// AppToken is the app-level token (xapp-…) with connections:write,
	// required in socket mode.
	AppToken string
	// SigningSecret verifies incoming requests, required in HTTP mode.
	SigningSecret string
	// APIURL is the base of the Web API (default "https://slack.com/api/");
	// tests point it at a fake.
	APIURL string
	// Workers is how many events are worked on at once (default 16). With
	// an outbox a worker only asks the core and stores the answer; the
	// outbox's senders wait for the platform.
	Workers int
	// Queue is how many acknowledged events may wait for a worker (default
	// 8192: a burst of 2,000 commands fits four times); when it is full the user is asked to try again shortly.
	Queue int
	// ProfileTTL is how long a user's Slack time zone and locale are cached
	// (default 1 hour).
	ProfileTTL time.Duration
}

// withDefaults fills the zero fields and checks that the mode has what it
// needs.
func (c Config) withDefaults() (Config, error) {
	if c.Mode == "" {
		c.Mode = ModeSocket
	}
	if c.APIURL == "" {
		c.APIURL = slack.APIURL
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	c.Workers, c.Queue, c.ProfileTTL = pipeline.Sizes(c.Workers, c.Queue, c.ProfileTTL)
	if c.BotToken == "" {
		return c, errors.New("slack: bot token missing")
	}
	switch c.Mode {
	case ModeSocket:
		if c.AppToken == "" {
			return c, errors.New("slack: socket mode needs an app-level token")
		}
	case ModeHTTP:
		if c.SigningSecret == "" {
			return c, errors.New("slack: http mode needs the signing secret")
		}
	default:
		return c, fmt.Errorf("slack: unknown mode %q (want %q or %q)", c.Mode, ModeSocket, ModeHTTP)
	}
	return c, nil
}

// Option adjusts the adapter, mostly for tests.
type Option = pipeline.Option

// The options, shared with the Mattermost adapter. WithClock sets the
// clock for request timestamps, deduplication stamps and cached profiles
// (default time.Now). WithSleep sets how the adapter waits before a retry
// (default a timer that ends early with ctx.Err() when ctx ends).
// WithHTTPClient sets the client for calls to Slack (default one with a
// 15 s timeout that keeps two idle connections per worker). WithInbox
// makes the adapter durable: every event, command and press is stored
// before Slack is told it arrived, worked from there, and marked done only
// after its answer was handed over; events left unfinished by a crash are
// worked again when the adapter starts (at once when owner is the name of
// the process that stored them, else when their lease ends). The inbox's
// event ID is then the deduplication key. owner names this process among
// the replicas sharing the store; "" picks a name that never comes back.
var (
	WithClock      = pipeline.WithClock
	WithSleep      = pipeline.WithSleep
	WithHTTPClient = pipeline.WithHTTPClient
	WithInbox      = pipeline.WithInbox
)
