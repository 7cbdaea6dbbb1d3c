package sqlite

import (
	"context"
	"database/sql"
	"testing"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
	"privacybot/flows"
)

// benchFlowJSON is the flow state the bare benchmark writes, as
// SaveConversation would marshal it.
const benchFlowJSON = `{"flow":"stappenplan","path":[{"step":"ontvanger","value":"school"}],"step":"toestemming"}`

// BenchmarkBareReadUpsert is the ceiling for one turn: a bare SELECT of one
// conversation row and an INSERT … ON CONFLICT DO UPDATE of it, as plain SQL
// on the store's own *sql.DB in WAL mode, with no JSON and no checks.
func BenchmarkBareReadUpsert(b *testing.B) {
	s, _, _ := openCoreStore(b)
	ctx := context.Background()
	a := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	first := bot.Conversation{Address: a}
	if err := s.SaveConversation(ctx, &first); err != nil {
		b.Fatalf("SaveConversation: %v", err)
	}
	for b.Loop() {
		var (
			flowJSON           sql.NullString
			pending, caseLabel string
			version, updated   int64
		)
		err := s.db.QueryRowContext(ctx,
			`SELECT flow_json, pending, case_label, version, updated_at FROM conversations
			 WHERE platform = ? AND user_id = ? AND channel = ?`,
			a.Platform, a.User, a.Channel,
		).Scan(&flowJSON, &pending, &caseLabel, &version, &updated)
		if err != nil {
			b.Fatalf("select: %v", err)
		}
		if _, err := s.db.ExecContext(ctx,
			`INSERT INTO conversations (platform, user_id, channel, flow_json, pending, case_label, version, updated_at)
			 VALUES (?, ?, ?, ?, '', '', 1, ?)
			 ON CONFLICT (platform, user_id, channel) DO UPDATE SET
			   flow_json = excluded.flow_json, version = version + 1, updated_at = excluded.updated_at`,
			a.Platform, a.User, a.Channel, benchFlowJSON, timecol.Encode(coreT0)); err != nil {
			b.Fatalf("upsert: %v", err)
		}
	}
}

// BenchmarkConversationReadSave is one turn through the store: Conversation
// then SaveConversation of the same conversation.
func BenchmarkConversationReadSave(b *testing.B) {
	s, _, _ := openCoreStore(b)
	ctx := context.Background()
	a := bot.Address{Platform: bot.Slack, User: "U1", Channel: "D1"}
	first := bot.Conversation{Address: a}
	if err := s.SaveConversation(ctx, &first); err != nil {
		b.Fatalf("SaveConversation: %v", err)
	}
	for b.Loop() {
		c, ok, err := s.Conversation(ctx, a)
		if err != nil || !ok {
			b.Fatalf("Conversation = %v, %v", ok, err)
		}
		c.Flow = &flows.State{Flow: "stappenplan", Path: []flows.Answered{{Step: "ontvanger", Value: "school"}}, Step: "toestemming"}
		if err := s.SaveConversation(ctx, &c); err != nil {
			b.Fatalf("SaveConversation: %v", err)
		}
	}
}
