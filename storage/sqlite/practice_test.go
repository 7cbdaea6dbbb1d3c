package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"privacybot/bot/practice"
	"privacybot/storage/sqlite"
	"privacybot/storage/storetest"
)

// TestPracticeContract runs the contract of the store of practice results
// against a new database file.
func TestPracticeContract(t *testing.T) {
	storetest.RunPractice(t, func(t *testing.T) practice.Store {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), time.Now)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	})
}
