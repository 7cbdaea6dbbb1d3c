package postgres

import (
	"testing"
	"time"

	"privacybot/bot/practice"
	"privacybot/storage/storetest"
)

// TestWeeklyContract runs the contract of the store of weekly posts
// against a new schema in the database PRIVACYBOT_TEST_DATABASE_URL names.
func TestWeeklyContract(t *testing.T) {
	base := testBaseURL(t)
	storetest.RunWeekly(t, func(t *testing.T) practice.WeeklyStore {
		return openTest(t, withParam(t, testSchemaURL(t, base), "synchronous_commit", "off"), time.Now)
	})
}
