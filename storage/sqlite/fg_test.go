package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"privacybot/bot/fg"
	"privacybot/storage/sqlite"
	"privacybot/storage/storetest"
)

// TestFGContract runs the contract of the store of questions to the FG
// against a new database file per test.
func TestFGContract(t *testing.T) {
	storetest.RunFG(t, func(t *testing.T, now func() time.Time) fg.Store {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), now)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	})
}
