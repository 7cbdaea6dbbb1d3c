package mattermost

import (
	"slices"
	"strings"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
)

func validConfig() Config {
	return Config{
		URL:          "https://chat.example.org/",
		Token:        "bot-token",
		CommandToken: "command-token",
		PublicURL:    "https://privacybot.example.org",
	}
}

func TestConfigDefaults(t *testing.T) {
	c, err := validConfig().withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if c.URL != "https://chat.example.org" || c.Workers != 16 || c.Queue != 8192 || c.ProfileTTL != time.Hour || c.InlineWait != 2*time.Second {
		t.Errorf("defaults = %+v", c)
	}
}

func TestConfigRefusesIncompleteSettings(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"no server URL", func(c *Config) { c.URL = "" }, envURL},
		{"server URL without scheme", func(c *Config) { c.URL = "chat.example.org" }, envURL},
		{"server URL with a query", func(c *Config) { c.URL = "https://chat.example.org/?x=1" }, envURL},
		{"ftp server URL", func(c *Config) { c.URL = "ftp://chat.example.org" }, envURL},
		{"no token", func(c *Config) { c.Token = "" }, envToken},
		{"no command token", func(c *Config) { c.CommandToken = "" }, envCommandToken},
		{"only commas as command tokens", func(c *Config) { c.CommandToken = " , " }, envCommandToken},
		{"no public URL", func(c *Config) { c.PublicURL = "" }, envPublicURL},
		{"short action secret", func(c *Config) { c.ActionSecret = "short" }, envActionSecret},
	}
	for _, tt := range tests {
		c := validConfig()
		tt.change(&c)
		_, err := c.withDefaults()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one naming %s", tt.name, err, tt.want)
		}
		if _, err := New(c, adaptertest.NewCore(adaptertest.Reply()), adaptertest.NewDedup(), nil); err == nil {
			t.Errorf("%s: New accepted the config", tt.name)
		}
	}
}

func TestNewNeedsCoreAndDedup(t *testing.T) {
	if _, err := New(validConfig(), nil, adaptertest.NewDedup(), nil); err == nil {
		t.Error("New without a core = nil error")
	}
	if _, err := New(validConfig(), adaptertest.NewCore(adaptertest.Reply()), nil, nil); err == nil {
		t.Error("New without a dedup store = nil error")
	}
}

func TestCommandTokens(t *testing.T) {
	for in, want := range map[string][]string{
		"one":              {"one"},
		"team-a, team-b ,": {"team-a", "team-b"},
		" , ":              nil,
	} {
		if got := (Config{CommandToken: in}).commandTokens(); !slices.Equal(got, want) {
			t.Errorf("commandTokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReconnectBackoff(t *testing.T) {
	for attempt, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 3: 4 * time.Second, 7: time.Minute, 50: time.Minute} {
		if got := reconnectBackoff(attempt); got != want {
			t.Errorf("reconnectBackoff(%d) = %v, want %v", attempt, got, want)
		}
	}
}

func TestWSURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://chat.example.org":    "wss://chat.example.org",
		"http://127.0.0.1:8065":       "ws://127.0.0.1:8065",
		"https://example.org/mm/root": "wss://example.org/mm/root",
	} {
		if got := wsURL(in); got != want {
			t.Errorf("wsURL(%q) = %q, want %q", in, got, want)
		}
	}
}
