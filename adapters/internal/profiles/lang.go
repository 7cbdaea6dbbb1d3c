package profiles

import (
	"strings"

	"privacybot/lang"
)

// LangOf maps a platform's locale ("nl", "nl-NL", "en_US", "en-AU") to a
// language the bot speaks, or "" for others.
func LangOf(locale string) lang.Lang {
	l, _, _ := strings.Cut(strings.ToLower(locale), "-")
	l, _, _ = strings.Cut(l, "_")
	switch l {
	case "nl":
		return lang.NL
	case "en":
		return lang.EN
	}
	return ""
}

// LangOr is l, or Dutch when the language is not known.
func LangOr(l lang.Lang) lang.Lang {
	if l == "" {
		return lang.NL
	}
	return l
}
