package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"privacybot/bot/practice"
	"privacybot/storage/sqlite"
	"privacybot/storage/storetest"
)

// TestWeeklyContract runs the contract of the store of weekly posts
// against a new database file.
func TestWeeklyContract(t *testing.T) {
	storetest.RunWeekly(t, func(t *testing.T) practice.WeeklyStore {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), time.Now)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	})
}
