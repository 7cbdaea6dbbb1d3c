package bot

import (
	"context"
	"fmt"

	"privacybot/bot/search"
	"privacybot/lang"
)

// answerLang is the language a free-text question is answered in, as
// Answerer.Ask takes it. A language the user chose (`taal en`, or the
// language button of the settings) wins. Otherwise a question of three
// words or more is answered in its own language, and a word or two in the
// turn's language: the one the user's first message was in, or their
// platform's.
//
// The language stored on first contact is a default, not a choice; a
// choice is told apart by its entry in the audit trail, which is read only
// when the question's language differs from the stored one.
func (b *Bot) answerLang(ctx context.Context, t *turn) (lang.Lang, error) {
	if wordCount(t.text) < 3 {
		return t.lang, nil
	}
	asked := search.DetectLang(t.text)
	if asked == t.lang {
		return asked, nil
	}
	chosen, err := b.langChosen(ctx, t)
	if err != nil {
		return "", err
	}
	if chosen {
		return t.lang, nil
	}
	return asked, nil
}

// langChosen reports whether the user ever set their language themselves.
func (b *Bot) langChosen(ctx context.Context, t *turn) (bool, error) {
	if t.settings.Lang == "" || b.Audit == nil {
		return false, nil
	}
	trail, err := b.Audit.AuditTrail(ctx, t.msg.UserKey())
	if err != nil {
		return false, fmt.Errorf("read audit trail: %w", err)
	}
	for _, e := range trail {
		if e.Action == auditSettingsChanged && e.Detail == "lang" {
			return true, nil
		}
	}
	return false, nil
}

// auditSettingsChanged is the audit action of a changed setting; its
// detail names the setting ("lang", "muni", "tz", "digest").
const auditSettingsChanged = "settings.changed"
