package postgres

import (
	"context"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
)

// TestForgetUserVacuums: after an erase the user's rows and dedup keys are
// gone and every table that held them has been vacuumed, so that the dead
// tuples' space is freed (README, "What the bot keeps").
func TestForgetUserVacuums(t *testing.T) {
	s := openTest(t, testSchemaURL(t, testBaseURL(t)), time.Now)
	ctx := context.Background()
	u := bot.UserKey{Platform: bot.Slack, User: "UWALRUS77"}
	c := bot.Conversation{Address: bot.Address{Platform: u.Platform, User: u.User, Channel: bot.DM}, Case: "kiwicasus",
		Flow: &flows.State{Flow: "stappenplan", Step: "ontvanger"}}
	st := bot.Settings{UserKey: u, Municipality: flows.Uithoorn}
	w := &bot.TurnWrites{Conversation: &c, Settings: &st, Audit: []bot.AuditEntry{{UserKey: u, Action: "flow.start"}}}
	if err := s.CommitTurn(ctx, w); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FirstSeen(ctx, bot.UserDedupKey(u, "slack:press:DZEBRA123:1.2:c1"), time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetUser(ctx, u); err != nil {
		t.Fatalf("ForgetUser: %v", err)
	}
	var left int
	if err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM conversations WHERE user_id = $1) + (SELECT count(*) FROM settings WHERE user_id = $1) +
		(SELECT count(*) FROM audit WHERE user_id = $1) + (SELECT count(*) FROM dedup WHERE key LIKE '%' || $1 || '%')`,
		u.User).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("%d rows of the erased user left", left)
	}
	rows, err := s.pool.Query(ctx, `SELECT relname FROM pg_stat_user_tables
		WHERE schemaname = current_schema() AND last_vacuum IS NOT NULL`)
	if err != nil {
		t.Fatal(err)
	}
	vacuumed := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		vacuumed[name] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, table := range append(forgetTables, "dedup") {
		if !vacuumed[table] {
			t.Errorf("table %s not vacuumed after the erase (vacuumed: %v)", table, vacuumed)
		}
	}
}
