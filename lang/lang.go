// Package lang names the languages the bot speaks and holds a message in
// both of them. It is standard library only, so that any package can name a
// language without importing the guideline.
package lang

import "strings"

// Lang is a language the bot speaks.
type Lang string

// The languages the bot speaks. Dutch is the default.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// ParseLang reads "nl", "en", "nederlands", "english", … and reports whether
// it recognised the input.
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "nl", "nld", "dutch", "nederlands", "ned", "nl_nl", "nl-nl":
		return NL, true
	case "en", "eng", "english", "engels", "en_us", "en-us", "en_gb", "en-gb":
		return EN, true
	}
	return "", false
}

// Text is one message in both languages.
type Text struct {
	NL string
	EN string
}

// In returns the text in lang, falling back to Dutch.
func (t Text) In(lang Lang) string {
	if lang == EN && t.EN != "" {
		return t.EN
	}
	return t.NL
}

// T builds a Text from its Dutch and English versions.
func T(nl, en string) Text { return Text{NL: nl, EN: en} }
