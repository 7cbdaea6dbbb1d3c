package postgres

import (
	"testing"
	"time"

	"privacybot/bot/fg"
	"privacybot/storage/storetest"
)

// TestFGContract runs the contract of the store of questions to the FG
// against a new schema per test in the database
// PRIVACYBOT_TEST_DATABASE_URL names.
func TestFGContract(t *testing.T) {
	base := testBaseURL(t)
	storetest.RunFG(t, func(t *testing.T, now func() time.Time) fg.Store {
		return openTest(t, withParam(t, testSchemaURL(t, base), "synchronous_commit", "off"), now)
	})
}
