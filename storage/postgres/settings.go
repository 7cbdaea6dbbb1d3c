package postgres

import (
	"context"
	"fmt"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
	"privacybot/storage/internal/timecol"
)

var _ bot.SettingsStore = (*DB)(nil)

// Settings returns the user's settings; ok is false when none are stored.
func (s *DB) Settings(ctx context.Context, u bot.UserKey) (bot.Settings, bool, error) {
	var (
		l, municipality string
		updated         int64
	)
	st := bot.Settings{UserKey: u}
	err := s.pool.QueryRow(ctx,
		`SELECT lang, lang_chosen, tz, municipality, digest_off, updated_at FROM settings WHERE platform = $1 AND user_id = $2`,
		u.Platform, u.User,
	).Scan(&l, &st.LangChosen, &st.TZ, &municipality, &st.DigestOff, &updated)
	if noRows(err) {
		return bot.Settings{}, false, nil
	}
	if err != nil {
		return bot.Settings{}, false, fmt.Errorf("load settings: %w", err)
	}
	st.Lang, st.Municipality = lang.Lang(l), flows.Municipality(municipality)
	st.UpdatedAt = timecol.Decode(updated)
	return st, true, nil
}

// SaveSettings stores st as the user's settings, replacing any stored
// before. The stored UpdatedAt is the store's clock, not st.UpdatedAt.
func (s *DB) SaveSettings(ctx context.Context, st bot.Settings) error {
	if err := saveSettings(ctx, s.pool, st, s.stamp()); err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	return nil
}

// saveSettings writes st, updated at now, through db.
func saveSettings(ctx context.Context, db execer, st bot.Settings, now time.Time) error {
	_, err := db.Exec(ctx,
		`INSERT INTO settings (platform, user_id, lang, lang_chosen, tz, municipality, digest_off, updated_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		 ON CONFLICT (platform, user_id) DO UPDATE SET
		   lang = excluded.lang, lang_chosen = excluded.lang_chosen, tz = excluded.tz, municipality = excluded.municipality,
		   digest_off = excluded.digest_off, updated_at = excluded.updated_at`,
		st.Platform, st.User, string(st.Lang), st.LangChosen, st.TZ, string(st.Municipality), st.DigestOff, timecol.Encode(now))
	return err
}
