// Package texts holds what the chat adapters themselves say to a user, in
// the bot's two languages, so both say it the same way.
package texts

import "privacybot/flows"

var (
	// Busy answers an event the adapter has no room to work on now.
	Busy = flows.T(
		"Het is even druk. Probeer het zo opnieuw.",
		"I'm busy right now. Please try again in a moment.")
	// Failed answers an event whose handling failed on the bot's side.
	Failed = flows.T(
		"Er ging iets mis aan mijn kant. Probeer het nog eens.",
		"Something went wrong on my side. Please try again.")
	// BusyBoth is Busy for a user whose language is not known yet: Dutch,
	// then English.
	BusyBoth = Busy.NL + " / " + Busy.EN
)
