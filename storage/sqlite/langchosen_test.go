package sqlite

import (
	"context"
	"testing"

	"privacybot/bot"
	"privacybot/lang"
)

// TestLangChosenMigrationKeepsEarlierChoices checks that migration 0010
// marks the language of a user who set it before the column existed as
// chosen, and leaves a default language a default.
func TestLangChosenMigrationKeepsEarlierChoices(t *testing.T) {
	ctx := context.Background()
	s, clock, path := openCoreStore(t)
	chose := bot.UserKey{Platform: bot.Slack, User: "chose"}
	other := bot.UserKey{Platform: bot.Slack, User: "other"}
	for _, u := range []bot.UserKey{chose, other} {
		if err := s.SaveSettings(ctx, bot.Settings{UserKey: u, Lang: lang.EN}); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range []bot.AuditEntry{
		{UserKey: chose, Action: "settings.changed", Detail: "lang"},
		{UserKey: other, Action: "settings.changed", Detail: "muni"},
	} {
		if err := s.AppendAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range []string{
		`ALTER TABLE settings DROP COLUMN lang_chosen`,
		`DELETE FROM schema_migrations WHERE name = 'migrations/0010_settings_lang_chosen.sql'`,
	} {
		if _, err := s.db.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	s.Close()
	s, err := Open(ctx, path, clock.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	for u, want := range map[bot.UserKey]bool{chose: true, other: false} {
		st, ok, err := s.Settings(ctx, u)
		if err != nil || !ok {
			t.Fatalf("Settings(%v) = %v, %v", u, ok, err)
		}
		if st.LangChosen != want || st.Lang != lang.EN {
			t.Errorf("Settings(%v): lang %q chosen %v, want en chosen %v", u, st.Lang, st.LangChosen, want)
		}
	}
}
