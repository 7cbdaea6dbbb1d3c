package postgres

import (
	"testing"
	"time"

	"privacybot/bot/practice"
	"privacybot/storage/storetest"
)

// TestPracticeContract runs the contract of the store of practice results
// against a new schema in the database PRIVACYBOT_TEST_DATABASE_URL names.
func TestPracticeContract(t *testing.T) {
	base := testBaseURL(t)
	storetest.RunPractice(t, func(t *testing.T) practice.Store {
		return openTest(t, withParam(t, testSchemaURL(t, base), "synchronous_commit", "off"), time.Now)
	})
}
