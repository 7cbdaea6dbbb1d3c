package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"privacybot/adapters/console"
	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/internal/app"
	"privacybot/lang"
)

func runChat(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("chat", "", stderr)
	o := app.Options{Clock: time.Now}
	fs.StringVar(&o.DB, "db", envOr("PRIVACYBOT_DB", defaultDBPath()), "SQLite file that keeps settings, conversations and reminders (env PRIVACYBOT_DB)")
	content := fs.String("content", envOr("PRIVACYBOT_CONTENT", ""), "read topics from this directory instead of the built-in ones (env PRIVACYBOT_CONTENT)")
	fs.DurationVar(&o.RemindAfter, "remind-after", 0, "for trying reminders out: the default reminder comes after this delay (e.g. 10s) instead of the next working day at 09:00")
	fs.DurationVar(&o.Expiry, "expiry", 24*time.Hour, "an idle conversation ends after this long")
	sweep := fs.Duration("sweep", 5*time.Second, "how often due reminders are looked for")
	fs.StringVar(&o.Digest, "digest", bot.DefaultDigest, "cron spec of the weekly digest of open reminders (e.g. \"@every 1m\" to try it), or off")
	user := fs.String("user", envOr("USER", "local"), "who is at the terminal; each user has their own settings and reminders")
	langFlag := fs.String("lang", "", "language for a new user, nl or en (default: from the first question)")
	logLevel := fs.String("log-level", "warn", "log level: debug, info, warn or error (logs go to standard error, never with message text)")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "privacybot chat: --log-level must be debug, info, warn or error, not %q\n", *logLevel)
		return 2
	}
	profile := bot.Profile{}
	if *langFlag != "" {
		l, ok := lang.ParseLang(*langFlag)
		if !ok {
			fmt.Fprintf(stderr, "privacybot chat: --lang must be nl or en, not %q\n", *langFlag)
			return 2
		}
		profile.Lang = l
	}
	o.Log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := openCore(ctx, o, *content)
	if err != nil {
		fmt.Fprintf(stderr, "privacybot chat: %v\n", err)
		return 1
	}
	defer c.Store.Close()
	con := console.New(c.Bot, stdin, stdout, console.Options{User: *user, Echo: !isTerminal(stdin), Profile: profile})
	sched := c.Scheduler(map[string]bot.Notifier{bot.Console: con},
		remind.SchedulerConfig{Sweep: "@every " + sweep.String(), Purger: c.Store, Retention: bot.DefaultRetention(),
			Also: c.Practice.RunPurge})
	if err := sched.Start(ctx); err != nil {
		fmt.Fprintf(stderr, "privacybot chat: start reminders: %v\n", err)
		return 1
	}
	defer sched.Stop(context.Background())
	if err := con.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "privacybot chat: %v\n", err)
		return 1
	}
	return 0
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
