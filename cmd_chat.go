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
	"privacybot/lang"
)

func runChat(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("chat", "", stderr)
	o := coreOptions{}
	fs.StringVar(&o.db, "db", envOr("PRIVACYBOT_DB", defaultDBPath()), "SQLite file that keeps settings, conversations and reminders (env PRIVACYBOT_DB)")
	fs.StringVar(&o.content, "content", envOr("PRIVACYBOT_CONTENT", ""), "read topics from this directory instead of the built-in ones (env PRIVACYBOT_CONTENT)")
	fs.DurationVar(&o.remindAfter, "remind-after", 0, "for trying reminders out: the default reminder comes after this delay (e.g. 10s) instead of the next working day at 09:00")
	fs.DurationVar(&o.expiry, "expiry", 24*time.Hour, "an idle conversation ends after this long")
	fs.DurationVar(&o.sweep, "sweep", 5*time.Second, "how often due reminders are looked for")
	fs.StringVar(&o.digest, "digest", bot.DefaultDigest, "cron spec of the weekly digest of open reminders (e.g. \"@every 1m\" to try it), or off")
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
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := openCore(ctx, o, time.Now, log)
	if err != nil {
		fmt.Fprintf(stderr, "privacybot chat: %v\n", err)
		return 1
	}
	defer c.store.Close()
	con := console.New(c.bot, stdin, stdout, console.Options{User: *user, Echo: !isTerminal(stdin), Profile: profile})
	sched := remind.NewScheduler(c.store, c.store, map[string]bot.Notifier{bot.Console: con}, c.store, time.Now, log,
		remind.SchedulerConfig{Sweep: "@every " + o.sweep.String(), Digest: o.digest, Purger: c.store, Retention: bot.DefaultRetention(),
			Also: c.practice.RunPurge})
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
