package postgres

import (
	"testing"
	"time"

	"privacybot/storage/storetest"
)

// TestContract runs the contract every store keeps against a new schema
// per test in the database PRIVACYBOT_TEST_DATABASE_URL names. Commits do
// not wait for the disk (synchronous_commit off), which changes nothing
// that other sessions see, only what a crash of the server would keep.
func TestContract(t *testing.T) {
	base := testBaseURL(t)
	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
		return openTest(t, withParam(t, testSchemaURL(t, base), "synchronous_commit", "off"), now)
	})
}
