package main

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// setting is one configuration value of `privacybot serve`: an environment
// variable with a matching flag. Secrets may also be given as a file whose
// path is in NAME_FILE.
type setting struct {
	env, flag, def, help string
	secret               bool
	// check returns what is expected when the value is wrong.
	check func(v string) error
}

// settings is the one list of serve's configuration; the README's table
// is checked against it.
var settings = []setting{
	{env: "PRIVACYBOT_DB", flag: "db", def: "privacybot.db", help: "SQLite file with settings, conversations, reminders and the audit trail", check: nonEmpty},
	{env: "PRIVACYBOT_DATABASE_URL", flag: "database-url", help: "PostgreSQL URL (postgres://…) that replaces the SQLite file, so several instances share one state", secret: true, check: postgresURL},
	{env: "PRIVACYBOT_HTTP_ADDR", flag: "http-addr", def: ":8080", help: "address of the HTTP server: platform endpoints, /healthz, /readyz, /metrics", check: nonEmpty},
	{env: "PRIVACYBOT_LOG_LEVEL", flag: "log-level", def: "info", help: "debug, info, warn or error; logs are JSON and never hold message text", check: logLevel},
	{env: "PRIVACYBOT_CONTENT", flag: "content", def: "", help: "directory of topic files that replaces the built-in topics (checked at start)"},
	{env: "PRIVACYBOT_EXPIRY", flag: "expiry", def: "24h", help: "an idle conversation ends after this long", check: positiveDuration},
	{env: "PRIVACYBOT_SWEEP", flag: "sweep", def: "1m", help: "how often due reminders are looked for", check: positiveDuration},
	{env: "PRIVACYBOT_DIGEST", flag: "digest", def: "0 9 * * 1", help: "cron spec (Europe/Amsterdam) of the weekly digest of open reminders, or off", check: cronSpec},
	{env: "PRIVACYBOT_REMIND_AFTER", flag: "remind-after", def: "0s", help: "for trying out: the default reminder comes after this delay instead of the next working day at 09:00", check: duration},
	{env: "PRIVACYBOT_KEEP_CONVERSATIONS", flag: "keep-conversations", def: "720h", help: "finished and expired conversations are deleted after this long", check: positiveDuration},
	{env: "PRIVACYBOT_KEEP_REMINDERS", flag: "keep-reminders", def: "2160h", help: "done and cancelled reminders are deleted after this long", check: positiveDuration},
	{env: "PRIVACYBOT_KEEP_DEDUP", flag: "keep-dedup", def: "24h", help: "platform event IDs are remembered this long, to answer a retried event once", check: positiveDuration},
	{env: "PRIVACYBOT_SHUTDOWN_TIMEOUT", flag: "shutdown-timeout", def: "20s", help: "on SIGTERM, how long work in flight may take to finish", check: positiveDuration},
	{env: "PRIVACYBOT_SLACK_MODE", flag: "slack-mode", def: "socket", help: "socket (Socket Mode, no public URL needed) or http (Events API endpoints)", check: oneOf("socket", "http")},
	{env: "PRIVACYBOT_SLACK_BOT_TOKEN", flag: "slack-bot-token", help: "Slack bot token (xoxb-…); setting it switches Slack on", secret: true, check: prefixed("xoxb-")},
	{env: "PRIVACYBOT_SLACK_APP_TOKEN", flag: "slack-app-token", help: "Slack app-level token (xapp-…), for Socket Mode", secret: true, check: prefixed("xapp-")},
	{env: "PRIVACYBOT_SLACK_SIGNING_SECRET", flag: "slack-signing-secret", help: "Slack signing secret (32 hexadecimal characters), for HTTP mode", secret: true, check: hexSecret(32)},
	{env: "PRIVACYBOT_SLACK_API_URL", flag: "slack-api-url", def: "https://slack.com/api/", help: "Slack Web API base URL (tests point it at a fake)", check: httpURL},
	{env: "PRIVACYBOT_MATTERMOST_URL", flag: "mattermost-url", help: "Mattermost server URL; setting it switches Mattermost on", check: httpURL},
	{env: "PRIVACYBOT_MATTERMOST_TOKEN", flag: "mattermost-token", help: "the Mattermost bot account's access token", secret: true},
	{env: "PRIVACYBOT_MATTERMOST_COMMAND_TOKEN", flag: "mattermost-command-token", help: "the token of the /privacy slash command", secret: true},
	{env: "PRIVACYBOT_MATTERMOST_ACTION_SECRET", flag: "mattermost-action-secret", help: "key that signs the buttons' callbacks (at least 32 characters); default: derived from the bot token", secret: true, check: minLength(32)},
	{env: "PRIVACYBOT_PUBLIC_URL", flag: "public-url", help: "how the Mattermost server reaches this bot, for button callbacks (https://privacybot.example.nl)", check: httpURL},
	{env: "PRIVACYBOT_FG_SLACK_CHANNELS", flag: "fg-slack-channels", help: "Slack channel of the privacy officers (FG) for questions from the chat: one ID for all, or diemen=ID,uithoorn=ID,ouder-amstel=ID"},
	{env: "PRIVACYBOT_FG_MATTERMOST_CHANNELS", flag: "fg-mattermost-channels", help: "Mattermost channel of the privacy officers (FG), as for Slack"},
	{env: "PRIVACYBOT_PRACTICE_WEEKLY", flag: "practice-weekly", def: "0 10 * * 2", help: "cron spec (Europe/Amsterdam) of the weekly case in the team channels, or off; on a public holiday it waits for the next working day", check: cronSpec},
	{env: "PRIVACYBOT_PRACTICE_SLACK_CHANNELS", flag: "practice-slack-channels", help: "Slack team channels that get the weekly case: channel IDs separated by commas", check: channelList},
	{env: "PRIVACYBOT_PRACTICE_MATTERMOST_CHANNELS", flag: "practice-mattermost-channels", help: "Mattermost team channels that get the weekly case, as for Slack", check: channelList},
}

// config is serve's configuration after parsing: a value per setting.
type config map[string]string

func (c config) duration(env string) time.Duration {
	d, _ := time.ParseDuration(c[env])
	return d
}

// loadConfig reads every setting from its flag, else its environment
// variable (or NAME_FILE for a secret), else its default, and checks it.
// The error is one line naming the setting and what is expected.
// Every problem found is in the error, one line each.
func loadConfig(fs *flag.FlagSet, args []string, getenv func(string) string) (config, error) {
	flags := bindSettings(fs)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	c := config{}
	var errs []error
	for _, s := range settings {
		v, err := lookup(s, *flags[s.env], getenv)
		if err == nil && v != "" && s.check != nil {
			if cerr := s.check(v); cerr != nil {
				err = fmt.Errorf("%s: %v", s.env, cerr)
			}
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c[s.env] = v
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := c.checkPlatforms(); err != nil {
		return nil, err
	}
	return c, nil
}

// bindSettings defines a flag per setting on fs.
func bindSettings(fs *flag.FlagSet) map[string]*string {
	flags := map[string]*string{}
	for _, s := range settings {
		flags[s.env] = fs.String(s.flag, "", s.help+" (env "+s.env+defaultNote(s)+")")
	}
	return flags
}

func defaultNote(s setting) string {
	switch {
	case s.secret:
		return " or " + s.env + "_FILE"
	case s.def != "":
		return ", default " + s.def
	}
	return ""
}

func lookup(s setting, flagValue string, getenv func(string) string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if v := getenv(s.env); v != "" {
		return v, nil
	}
	if s.secret {
		if path := getenv(s.env + "_FILE"); path != "" {
			b, err := os.ReadFile(path)
			if err != nil {
				return "", fmt.Errorf("%s_FILE: cannot read the file %s", s.env, path)
			}
			v := strings.TrimSpace(string(b))
			if v == "" {
				return "", fmt.Errorf("%s_FILE: the file %s is empty", s.env, path)
			}
			return v, nil
		}
	}
	return s.def, nil
}

// checkPlatforms asks for at least one platform and everything it needs.
func (c config) checkPlatforms() error {
	slack, mm := c["PRIVACYBOT_SLACK_BOT_TOKEN"] != "", c["PRIVACYBOT_MATTERMOST_URL"] != ""
	if !slack && !mm {
		return errors.New("PRIVACYBOT_SLACK_BOT_TOKEN or PRIVACYBOT_MATTERMOST_URL: set at least one platform (or use `privacybot chat` in a terminal)")
	}
	need := func(env, why string) error {
		if c[env] == "" {
			return fmt.Errorf("%s: required %s", env, why)
		}
		return nil
	}
	var errs []error
	if slack {
		if c["PRIVACYBOT_SLACK_MODE"] == "socket" {
			errs = append(errs, need("PRIVACYBOT_SLACK_APP_TOKEN", "for Slack Socket Mode (an xapp- token with connections:write)"))
		} else {
			errs = append(errs, need("PRIVACYBOT_SLACK_SIGNING_SECRET", "for Slack HTTP mode, to verify every request"))
		}
	}
	if mm {
		errs = append(errs,
			need("PRIVACYBOT_MATTERMOST_TOKEN", "for Mattermost: the bot account's access token"),
			need("PRIVACYBOT_MATTERMOST_COMMAND_TOKEN", "for Mattermost: the /privacy slash command's token"),
			need("PRIVACYBOT_PUBLIC_URL", "for Mattermost: the URL the server calls back for buttons"))
	}
	errs = append(errs, c.checkFG(), c.checkPractice())
	return errors.Join(errs...)
}

func nonEmpty(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("must not be empty")
	}
	return nil
}

func logLevel(v string) error {
	switch strings.ToLower(v) {
	case "debug", "info", "warn", "error":
		return nil
	}
	return fmt.Errorf("expected debug, info, warn or error, not %q", v)
}

func duration(v string) error {
	if d, err := time.ParseDuration(v); err != nil || d < 0 {
		return fmt.Errorf("expected a duration such as 30s, 10m or 24h, not %q", v)
	}
	return nil
}

func positiveDuration(v string) error {
	if d, err := time.ParseDuration(v); err != nil || d <= 0 {
		return fmt.Errorf("expected a positive duration such as 30s, 10m or 24h, not %q", v)
	}
	return nil
}

func cronSpec(v string) error {
	if v == "off" {
		return nil
	}
	if _, err := cron.ParseStandard(v); err != nil {
		return fmt.Errorf("expected a cron spec such as \"0 9 * * 1\" or off, not %q", v)
	}
	return nil
}

func oneOf(values ...string) func(string) error {
	return func(v string) error {
		for _, ok := range values {
			if v == ok {
				return nil
			}
		}
		return fmt.Errorf("expected %s, not %q", strings.Join(values, " or "), v)
	}
}

func prefixed(prefix string) func(string) error {
	return func(v string) error {
		if !strings.HasPrefix(v, prefix) {
			return fmt.Errorf("expected a token starting with %s", prefix)
		}
		return nil
	}
}

func minLength(n int) func(string) error {
	return func(v string) error {
		if len(v) < n {
			return fmt.Errorf("expected at least %d characters", n)
		}
		return nil
	}
}

// hexSecret checks a secret of at least n hexadecimal characters, as
// Slack hands out its signing secrets (32), so that a shortened or
// mistyped secret is caught before the first request fails.
func hexSecret(n int) func(string) error {
	return func(v string) error {
		if len(v) < n || strings.Trim(strings.ToLower(v), "0123456789abcdef") != "" {
			return fmt.Errorf("expected at least %d hexadecimal characters, as on the Slack app's Basic Information page", n)
		}
		return nil
	}
}

func postgresURL(v string) error {
	if !strings.HasPrefix(v, "postgres://") && !strings.HasPrefix(v, "postgresql://") {
		return errors.New("expected a URL starting with postgres:// or postgresql://")
	}
	return nil
}

func httpURL(v string) error {
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("expected an http(s) URL, not %q", v)
	}
	return nil
}
