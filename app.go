package main

import (
	"context"
	"os"
	"path/filepath"

	"privacybot/internal/app"
)

// defaultDBPath is where the terminal chat keeps its state when --db is not
// given: the user's state directory.
func defaultDBPath() string {
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" {
		return filepath.Join(dir, "privacybot", "privacybot.db")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "privacybot", "privacybot.db")
	}
	return "privacybot.db"
}

// openCore reads the content in dir (topics, flows and municipality
// records; the built-in ones when dir is "") and wires the core on it
// with app.Open.
func openCore(ctx context.Context, o app.Options, dir string) (*app.Core, error) {
	if dir != "" {
		topics, err := loadTopics(dir)
		if err != nil {
			return nil, err
		}
		o.Topics = topics
		if o.Flows, err = loadFlowSet(dir); err != nil {
			return nil, err
		}
	}
	return app.Open(ctx, o)
}
