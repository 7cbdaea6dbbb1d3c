package bot

import (
	"privacybot/bot/search"
	"privacybot/lang"
)

// answerLang is the language a free-text question is answered in, as
// Answerer.Ask takes it. A language the user chose (`taal en`, or the
// language button of the settings; Settings.LangChosen) wins. Otherwise a
// question of three words or more is answered in its own language, and a
// word or two in the turn's language: the one the user's first message
// was in, or their platform's.
func answerLang(t *turn) lang.Lang {
	if t.settings.LangChosen || wordCount(t.text) < 3 {
		return t.lang
	}
	return search.DetectLang(t.text)
}
