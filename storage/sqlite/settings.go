package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

var _ bot.SettingsStore = (*DB)(nil)

// Settings returns the user's settings; ok is false when none are stored.
func (s *DB) Settings(ctx context.Context, u bot.UserKey) (bot.Settings, bool, error) {
	var (
		updated   int64
		digestOff int64
		chosen    int64
	)
	st := bot.Settings{UserKey: u}
	err := s.db.QueryRowContext(ctx,
		`SELECT lang, lang_chosen, tz, municipality, digest_off, updated_at FROM settings WHERE platform = ? AND user_id = ?`,
		u.Platform, u.User,
	).Scan(&st.Lang, &chosen, &st.TZ, &st.Municipality, &digestOff, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Settings{}, false, nil
	}
	if err != nil {
		return bot.Settings{}, false, fmt.Errorf("load settings: %w", err)
	}
	st.LangChosen, st.DigestOff = chosen != 0, digestOff != 0
	st.UpdatedAt = timecol.Decode(updated)
	return st, true, nil
}

// SaveSettings stores st as the user's settings, replacing any stored
// before. The stored UpdatedAt is the store's clock, not st.UpdatedAt.
func (s *DB) SaveSettings(ctx context.Context, st bot.Settings) error {
	if err := saveSettings(ctx, s.db, st, s.stamp()); err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	return nil
}

// saveSettings writes st, updated at now, through q.
func saveSettings(ctx context.Context, q querier, st bot.Settings, now time.Time) error {
	digestOff, chosen := 0, 0
	if st.DigestOff {
		digestOff = 1
	}
	if st.LangChosen {
		chosen = 1
	}
	_, err := q.ExecContext(ctx,
		`INSERT INTO settings (platform, user_id, lang, lang_chosen, tz, municipality, digest_off, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (platform, user_id) DO UPDATE SET
		   lang = excluded.lang, lang_chosen = excluded.lang_chosen, tz = excluded.tz, municipality = excluded.municipality,
		   digest_off = excluded.digest_off, updated_at = excluded.updated_at`,
		st.Platform, st.User, string(st.Lang), chosen, st.TZ, string(st.Municipality), digestOff, timecol.Encode(now))
	return err
}
