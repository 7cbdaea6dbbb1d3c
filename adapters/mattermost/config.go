package mattermost

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"privacybot/adapters/internal/pipeline"
)

// Environment variables of the settings, as named in error messages.
const (
	envURL          = "PRIVACYBOT_MATTERMOST_URL"
	envToken        = "PRIVACYBOT_MATTERMOST_TOKEN"
	envCommandToken = "PRIVACYBOT_MATTERMOST_COMMAND_TOKEN"
	envPublicURL    = "PRIVACYBOT_PUBLIC_URL"
	envActionSecret = "PRIVACYBOT_MATTERMOST_ACTION_SECRET"
)

// Paths of the endpoints Handler serves, below PublicURL.
const (
	CommandPath = "/mattermost/command"
	ActionPath  = "/mattermost/actions"
)

// minSecretLen is the shortest ActionSecret accepted.
const minSecretLen = 32

// Config says how the adapter reaches Mattermost and how Mattermost reaches
// the adapter.
type Config struct {
	// URL is the Mattermost server ("https://chat.example.org").
	URL string
	// Token is the bot account's access token.
	Token string
	// CommandToken is the token Mattermost shows for the /privacy slash
	// command; a request without it is refused. A slash command belongs to
	// one team: for several teams give their tokens separated by commas.
	CommandToken string
	// PublicURL is where the Mattermost server reaches the bot
	// ("https://privacybot.example.org"); buttons call back PublicURL +
	// ActionPath.
	PublicURL string
	// ActionSecret signs the context of the bot's buttons. When empty it is
	// derived from Token (HMAC-SHA256 with a fixed label), so buttons keep
	// working across restarts; a new bot token then refuses the buttons of
	// posts made before it. Set it (at least 32 characters) to keep old
	// buttons working across a token change.
	ActionSecret string
	// Workers is how many events are worked on at once (default 16). With
	// an outbox a worker only asks the core and stores the answer; the
	// outbox's senders wait for the platform.
	Workers int
	// Queue is how many acknowledged events may wait for a worker (default
	// 8192: a burst of 2,000 commands fits four times); when it is full a
	// slash command is answered "try again".
	Queue int
	// ProfileTTL is how long a user's Mattermost locale and time zone are
	// cached (default 1 hour).
	ProfileTTL time.Duration
	// InlineWait is how long a slash command request waits for the answer
	// to return it in the HTTP response (default 2 s); a slower answer
	// follows as an ephemeral post.
	InlineWait time.Duration
}

// withDefaults fills the zero fields and checks the required ones.
func (c Config) withDefaults() (Config, error) {
	var errs []error
	if err := checkBaseURL(c.URL); err != nil {
		errs = append(errs, fmt.Errorf("mattermost: %s: %w", envURL, err))
	}
	if err := checkBaseURL(c.PublicURL); err != nil {
		errs = append(errs, fmt.Errorf("mattermost: %s: %w", envPublicURL, err))
	}
	if c.Token == "" {
		errs = append(errs, fmt.Errorf("mattermost: %s missing", envToken))
	}
	if len(c.commandTokens()) == 0 {
		errs = append(errs, fmt.Errorf("mattermost: %s missing", envCommandToken))
	}
	if c.ActionSecret != "" && len(c.ActionSecret) < minSecretLen {
		errs = append(errs, fmt.Errorf("mattermost: %s shorter than %d characters", envActionSecret, minSecretLen))
	}
	if len(errs) > 0 {
		return c, errors.Join(errs...)
	}
	c.URL = strings.TrimRight(c.URL, "/")
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	c.Workers, c.Queue, c.ProfileTTL = pipeline.Sizes(c.Workers, c.Queue, c.ProfileTTL)
	if c.InlineWait <= 0 {
		c.InlineWait = 2 * time.Second
	}
	return c, nil
}

// commandTokens are the slash commands' tokens, without blanks.
func (c Config) commandTokens() []string {
	var out []string
	for _, t := range strings.Split(c.CommandToken, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// checkBaseURL accepts an absolute http(s) URL without query or fragment.
func checkBaseURL(s string) error {
	if s == "" {
		return errors.New("missing")
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return errors.New("not an http(s) URL")
	}
	return nil
}

// actionKey is the HMAC key of button contexts: ActionSecret, or a key
// derived from the bot token (HMAC-SHA256(token, label), the extract step of
// HKDF with the token as input key material).
func (c Config) actionKey() []byte {
	if c.ActionSecret != "" {
		return []byte(c.ActionSecret)
	}
	mac := hmac.New(sha256.New, []byte(c.Token))
	mac.Write([]byte("privacybot mattermost button context v1"))
	return mac.Sum(nil)
}

// Option adjusts the adapter, mostly for tests.
type Option = pipeline.Option

// The options, shared with the Slack adapter. WithClock sets the clock for
// deduplication stamps and cached profiles (default time.Now). WithSleep
// sets how the adapter waits before a retry or a reconnect (default a
// timer that ends early with ctx.Err() when ctx ends). WithHTTPClient sets
// the client for REST calls to Mattermost (default one with a 15 s
// timeout).
var (
	WithClock      = pipeline.WithClock
	WithSleep      = pipeline.WithSleep
	WithHTTPClient = pipeline.WithHTTPClient
)

// WithReconnectBackoff sets the wait before the attempt-th reconnect of the
// WebSocket (default 1 s doubling up to 1 min).
func WithReconnectBackoff(backoff func(attempt int) time.Duration) Option {
	return func(o *pipeline.Options) { o.Reconnect = backoff }
}

// reconnectBackoff is the default wait before reconnect attempt n (1-based).
func reconnectBackoff(attempt int) time.Duration {
	d := time.Second
	for i := 1; i < attempt && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}
