package profiles

import (
	"testing"

	"privacybot/lang"
)

func TestLangOf(t *testing.T) {
	for locale, want := range map[string]lang.Lang{
		"nl": lang.NL, "en": lang.EN, "en-AU": lang.EN, "nl-NL": lang.NL, "en-US": lang.EN,
		"nl_NL": lang.NL, "EN-gb": lang.EN, "pt-BR": "", "de": "", "": "",
	} {
		if got := LangOf(locale); got != want {
			t.Errorf("LangOf(%q) = %q, want %q", locale, got, want)
		}
	}
}

func TestLangOr(t *testing.T) {
	for l, want := range map[lang.Lang]lang.Lang{"": lang.NL, lang.NL: lang.NL, lang.EN: lang.EN} {
		if got := LangOr(l); got != want {
			t.Errorf("LangOr(%q) = %q, want %q", l, got, want)
		}
	}
}
