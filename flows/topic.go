package flows

import "privacybot/lang"

// Topic is one answer the bot can give: a piece of the guideline, in our own
// words, in Dutch and English, with its sources.
type Topic struct {
	// ID is stable: tests, metrics, JSON output and the question set use it.
	ID string
	// Title names the topic in a few words.
	Title lang.Text
	// Short is the answer a busy professional can act on: one or two sentences.
	Short lang.Text
	// Details explains the rule, its exceptions and, where the municipalities
	// differ, each municipality's practice.
	Details lang.Text
	// Change says where the law has moved since the 2018 guideline; empty
	// when the guideline is still current.
	Change lang.Text
	// Sources are the guideline paragraphs: "§2.4", "Begrippenlijst", "Voorwoord".
	Sources []string
	// Laws are the articles, e.g. "Jeugdwet art. 7.3.11".
	Laws []string
	// Keywords are extra words and phrases professionals use for the topic,
	// in either language, to help retrieval.
	Keywords []string
	// Flow is the ID of the decision flow to offer under the answer, or "".
	Flow string
	// FlowPresets are answers the flow starts with ("ontvanger=school"),
	// so that a question about the school starts the stappenplan there.
	FlowPresets []Answered
	// ValidAsOf is the date (YYYY-MM-DD) from which the text is correct.
	ValidAsOf string
	// File is where the topic was read from, for error messages.
	File string
}
