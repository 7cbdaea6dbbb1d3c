// Package texts holds what the chat adapters themselves say to a user, in
// the bot's two languages, so both say it the same way, and how they
// shorten a text to a platform's limit.
package texts

import (
	"unicode/utf8"

	"privacybot/lang"
)

var (
	// Busy answers an event the adapter has no room to work on now.
	Busy = lang.T(
		"Het is even druk. Probeer het zo opnieuw.",
		"I'm busy right now. Please try again in a moment.")
	// Failed answers an event whose handling failed on the bot's side.
	Failed = lang.T(
		"Er ging iets mis aan mijn kant. Probeer het nog eens.",
		"Something went wrong on my side. Please try again.")
	// BusyBoth is Busy for a user whose language is not known yet: Dutch,
	// then English.
	BusyBoth = Busy.NL + " / " + Busy.EN
)

// Undelivered tells a user that an answer did not reach them after every
// try.
var Undelivered = lang.T(
	"Een antwoord van mij kwam niet bij je aan. Stuur je laatste bericht of keuze nog eens.",
	"An answer of mine did not reach you. Please send your last message or choice again.")

// Late comes before an answer that reached the user only after every try
// at its own place had failed.
var Late = lang.T(
	"Dit antwoord kwam eerder niet bij je aan. Hier is het alsnog:",
	"This answer did not reach you before. Here it is:")

// UndeliveredBoth and LateBoth are Undelivered and Late in Dutch, then
// English: the language of the user is not known where they are sent.
var (
	UndeliveredBoth = Undelivered.NL + " / " + Undelivered.EN
	LateBoth        = Late.NL + " / " + Late.EN
)

// Truncate shortens s to at most n characters, marking a cut with "…".
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
