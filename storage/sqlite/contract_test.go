package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"privacybot/storage/sqlite"
	"privacybot/storage/storetest"
)

// TestContract runs the contract every store keeps against a new database
// file per test.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"), now)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return s
	})
}
