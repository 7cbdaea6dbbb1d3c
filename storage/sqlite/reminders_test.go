package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/internal/testclock"
)

// remT0 is the time the reminder store tests start at.
var remT0 = time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC)

func openRemStore(t testing.TB) (*DB, *testclock.Clock) {
	t.Helper()
	clock := testclock.New(remT0)
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "reminders.db"), clock.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, clock
}

func TestClaimUsesTheDueIndex(t *testing.T) {
	s, _ := openRemStore(t)
	rows, err := s.db.Query(`EXPLAIN QUERY PLAN SELECT id FROM reminders WHERE `+claimableStates+`
		AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	joined := strings.Join(plan, "; ")
	t.Logf("claim plan: %s", joined)
	if !strings.Contains(joined, "USING INDEX reminders_due") || strings.Contains(joined, "TEMP B-TREE") {
		t.Errorf("claim plan = %q, want a walk of reminders_due without sorting", joined)
	}
}
