// Package storetest is the contract every store of the bot keeps, written
// once and run against each engine: storage/sqlite always, storage/postgres
// when a test database is given. A store passes when Run passes.
//
//	func TestContract(t *testing.T) {
//		storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
//			s := openEmptyStore(t, now) // closed at t's cleanup
//			return s
//		})
//	}
package storetest

import (
	"context"
	"testing"
	"time"

	"privacybot/internal/testclock"
	"privacybot/storage"
)

// Store is what each contract test is handed: the whole store interface
// of storage.Store.
type Store = storage.Store

// Opener returns a new, empty store whose clock is now, and closes it when
// t ends. Every call returns a store that shares nothing with the others.
type Opener func(t *testing.T, now func() time.Time) Store

// T0 is the time every contract test starts at.
var T0 = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

// Clock is the clock a test sets by hand (testclock.Clock).
type Clock = testclock.Clock

// NewClock returns a clock that reads at.
func NewClock(at time.Time) *Clock { return testclock.New(at) }

// Run runs the whole contract against stores from open, one subtest per
// promise.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		run  func(*testing.T, Opener)
	}{
		{"ConversationRoundTrip", testConversationRoundTrip},
		{"ConversationAbsent", testConversationAbsent},
		{"SaveConversationConflicts", testSaveConversationConflicts},
		{"SaveConversationRaceHasOneWinner", testSaveConversationRace},
		{"DeleteConversation", testDeleteConversation},
		{"SettingsUpsert", testSettingsUpsert},
		{"SettingsAbsent", testSettingsAbsent},
		{"AuditTrail", testAuditTrail},
		{"AuditIDsNeverReused", testAuditIDsNeverReused},
		{"FirstSeen", testFirstSeen},
		{"FirstSeenRefusesEmptyKey", testFirstSeenEmptyKey},
		{"FirstSeenConcurrentHasOneWinner", testFirstSeenConcurrent},
		{"ReminderRoundTrip", testReminderRoundTrip},
		{"CreateReminderRefusesUnknownKind", testCreateReminderUnknownKind},
		{"CreateReminderRefusesDuplicate", testCreateReminderDuplicate},
		{"CreateReminderConcurrentDuplicates", testCreateReminderConcurrent},
		{"UpdateReminderStaleVersion", testUpdateReminderStale},
		{"ClaimDue", testClaimDue},
		{"ClaimFinishIsFenced", testClaimFinishFenced},
		{"ClaimFinishAfterUserActed", testClaimFinishAfterUserActed},
		{"ConcurrentClaimsAreDisjoint", testConcurrentClaims},
		{"OpenRemindersAndUsers", testOpenReminders},
		{"Purge", testPurge},
		{"PurgedDedupKeyIsNewAgain", testPurgedDedupKey},
		{"ForgetUser", testForgetUser},
		{"ForgetUserDropsDedupKeys", testForgetUserDropsDedupKeys},
		{"CommitTurn", testCommitTurn},
		{"CommitTurnAllOrNothing", testCommitTurnAllOrNothing},
		{"CommitTurnStoresTheEventsReplies", testCommitTurnReplies},
		{"OutboxTakeOverByKey", testOutboxTakeOver},
		{"DigestJobs", testDigestJobs},
		{"DigestConcurrentAddAndClaim", testDigestConcurrentAddAndClaim},
		{"DigestOncePerWeekThrough429And500AndRestart", testDigestOncePerWeek},
		{"DigestOnceAcrossReplicas", testDigestOnceAcrossReplicas},
		{"OutboxEnqueueIsIdempotent", testOutboxEnqueueIsIdempotent},
		{"OutboxClaims", testOutboxClaims},
		{"OutboxSentLosesText", testOutboxSentLosesText},
		{"OutboxForgetUser", testOutboxForgetUser},
		{"OutboxTakeBack", testOutboxTakeBack},
		{"InboxAddIsOncePerID", testInboxAdd},
		{"InboxLeaseAndFinish", testInboxLease},
		{"InboxRestartTakesOwnBack", testInboxRestart},
		{"InboxReleaseAndRenew", testInboxReleaseRenew},
		{"InboxConcurrentClaimsAreDisjoint", testInboxConcurrentClaims},
		{"InboxPositions", testInboxPositions},
		{"InboxForgetAndPurge", testInboxForgetPurge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, open) })
	}
}

// env is one store under test with its clock.
type env struct {
	Store
	clock *Clock
	ctx   context.Context
}

// newEnv opens an empty store with a clock at T0.
func newEnv(t *testing.T, open Opener) env {
	t.Helper()
	clock := NewClock(T0)
	return env{Store: open(t, clock.Now), clock: clock, ctx: t.Context()}
}
