package flows

import (
	"privacybot/lang"
)

// inzageFlow works out, for a request to see a file or get a copy, who may
// see what: the client, a young person by age, a parent with or without
// parental authority, or someone else (§4.1a, §4.2, legal update 4).
func inzageFlow(*source) *Flow {
	return &Flow{
		ID:      "inzage",
		Aliases: list("inzage", "flow.aliases"),
		Title:   tx("inzage", "flow.title"),
		Intro:   tx("inzage", "flow.intro"),
		Sources: list("inzage", "flow.sources"),
		Start:   "identiteit",
		Note:    true,
		Steps: []*Step{
			izIdentiteit,
			izWie,
			izGezagGecontroleerd,
			izLeeftijdJeugdige,
			izLeeftijdKind,
			izToestemmingJongere,
			izInfoOuder,
			izGrondDerde,
			izInhoud,
		},
		Outcomes: []*Outcome{
			izUitIdentiteitEerst,
			izUitGezagControleren,
			izUitClient,
			izUitJeugdige12,
			izUitJongere16,
			izUitKindGeenEigenRecht,
			izUitOuderBeslist,
			izUitOuderKind12,
			izUitOuderMetToestemming,
			izUitOuderZonderToestemming,
			izUitZonderGezagInfo,
			izUitZonderGezagGeenInfo,
			izUitDerdeToestemming,
			izUitDerdeWet,
			izUitDerdeGeen,
		},
	}
}

var izIdentiteit = &Step{
	ID:      "identiteit",
	Label:   tx("inzage", "step.identiteit.label"),
	Ask:     tx("inzage", "step.identiteit.ask"),
	Why:     tx("inzage", "step.identiteit.why"),
	Sources: list("inzage", "step.identiteit.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("inzage", "option.identiteit.ja.label"), Words: list("inzage", "option.identiteit.ja.words"), Next: "wie"},
		{Value: "nee", Label: tx("inzage", "option.identiteit.nee.label"), Words: list("inzage", "option.identiteit.nee.words"), Next: "identiteit-eerst"},
	},
}

var izGezagGecontroleerd = &Step{
	ID:      "gezag-gecontroleerd",
	Label:   tx("inzage", "step.gezag-gecontroleerd.label"),
	Ask:     tx("inzage", "step.gezag-gecontroleerd.ask"),
	Why:     tx("inzage", "step.gezag-gecontroleerd.why"),
	Sources: list("inzage", "step.gezag-gecontroleerd.sources"),
	Helper:  "gezag",
	Options: []Option{
		{Value: "ja", Label: tx("inzage", "option.gezag-gecontroleerd.ja.label"), Words: list("inzage", "option.gezag-gecontroleerd.ja.words"), Next: "leeftijd-kind"},
		{Value: "zonder-gezag", Label: tx("inzage", "option.gezag-gecontroleerd.zonder-gezag.label"), Words: list("inzage", "option.gezag-gecontroleerd.zonder-gezag.words"), Next: "info-ouder"},
		{Value: "nee", Label: tx("inzage", "option.gezag-gecontroleerd.nee.label"), Words: list("inzage", "option.gezag-gecontroleerd.nee.words"), Next: "gezag-controleren"},
	},
}

var izWie = &Step{
	ID:      "wie",
	Label:   tx("inzage", "step.wie.label"),
	Ask:     tx("inzage", "step.wie.ask"),
	Why:     tx("inzage", "step.wie.why"),
	Sources: list("inzage", "step.wie.sources"),
	Options: []Option{
		{Value: "client", Label: tx("inzage", "option.wie.client.label"),
			Words: list("inzage", "option.wie.client.words"), Next: "inhoud"},
		{Value: "jeugdige", Label: tx("inzage", "option.wie.jeugdige.label"),
			Words: list("inzage", "option.wie.jeugdige.words"), Next: "leeftijd-jeugdige"},
		{Value: "ouder-gezag", Label: tx("inzage", "option.wie.ouder-gezag.label"),
			Words: list("inzage", "option.wie.ouder-gezag.words"), Next: "gezag-gecontroleerd"},
		{Value: "ouder-zonder-gezag", Label: tx("inzage", "option.wie.ouder-zonder-gezag.label"),
			Words: list("inzage", "option.wie.ouder-zonder-gezag.words"), Next: "info-ouder"},
		{Value: "derde", Label: tx("inzage", "option.wie.derde.label"),
			Words: list("inzage", "option.wie.derde.words"), Next: "grond-derde"},
	},
}

// izAgeOptions are the age bands of §4.2; adult names where an adult goes.
func izAgeOptions(under12, from12, from16, notCompetent, adult string) []Option {
	return []Option{
		{Value: "onder-12", Label: tx("inzage", "options.age.onder-12.label"), Words: list("inzage", "options.age.onder-12.words"), Next: under12},
		{Value: "12-15", Label: tx("inzage", "options.age.12-15.label"), Words: list("inzage", "options.age.12-15.words"), Next: from12},
		{Value: "16-17", Label: tx("inzage", "options.age.16-17.label"), Words: list("inzage", "options.age.16-17.words"), Next: from16},
		{Value: "wilsonbekwaam", Label: tx("inzage", "options.age.wilsonbekwaam.label"),
			Words: list("inzage", "options.age.wilsonbekwaam.words"), Next: notCompetent},
		{Value: "18-plus", Label: tx("inzage", "options.age.18-plus.label"), Words: list("inzage", "options.age.18-plus.words"), Next: adult},
	}
}

// izParseAge reads a typed age ("14", "14 jaar") into its age band of §4.2.
func izParseAge(input string) (string, bool) {
	age, ok := leadingNumber(input)
	switch {
	case !ok || age > 125:
		return "", false
	case age < 12:
		return "onder-12", true
	case age < 16:
		return "12-15", true
	case age < 18:
		return "16-17", true
	}
	return "18-plus", true
}

var izLeeftijdJeugdige = &Step{
	ID:      "leeftijd-jeugdige",
	Label:   tx("inzage", "step.leeftijd-jeugdige.label"),
	Ask:     tx("inzage", "step.leeftijd-jeugdige.ask"),
	Why:     tx("inzage", "step.leeftijd-jeugdige.why"),
	Sources: list("inzage", "step.leeftijd-jeugdige.sources"),
	Options: izAgeOptions("kind-geen-eigen-recht", "inhoud", "inhoud", "kind-geen-eigen-recht", "inhoud"),
	Parse:   izParseAge,
}

var izLeeftijdKind = &Step{
	ID:      "leeftijd-kind",
	Label:   tx("inzage", "step.leeftijd-kind.label"),
	Ask:     tx("inzage", "step.leeftijd-kind.ask"),
	Why:     tx("inzage", "step.leeftijd-kind.why"),
	Sources: list("inzage", "step.leeftijd-kind.sources"),
	Options: izAgeOptions("inhoud", "inhoud", "toestemming-jongere", "inhoud", "grond-derde"),
	Parse:   izParseAge,
}

var izToestemmingJongere = &Step{
	ID:      "toestemming-jongere",
	Label:   tx("inzage", "step.toestemming-jongere.label"),
	Ask:     tx("inzage", "step.toestemming-jongere.ask"),
	Why:     tx("inzage", "step.toestemming-jongere.why"),
	Sources: list("inzage", "step.toestemming-jongere.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("inzage", "option.toestemming-jongere.ja.label"), Words: list("inzage", "option.toestemming-jongere.ja.words"), Next: "inhoud"},
		{Value: "nee", Label: tx("inzage", "option.toestemming-jongere.nee.label"), Words: list("inzage", "option.toestemming-jongere.nee.words"), Next: "ouder-zonder-toestemming"},
	},
}

var izInfoOuder = &Step{
	ID:      "info-ouder",
	Label:   tx("inzage", "step.info-ouder.label"),
	Ask:     tx("inzage", "step.info-ouder.ask"),
	Why:     tx("inzage", "step.info-ouder.why"),
	Sources: list("inzage", "step.info-ouder.sources"),
	Options: jaNeeOptions("zonder-gezag-info", "zonder-gezag-geen-info"),
}

var izGrondDerde = &Step{
	ID:      "grond-derde",
	Label:   tx("inzage", "step.grond-derde.label"),
	Ask:     tx("inzage", "step.grond-derde.ask"),
	Why:     tx("inzage", "step.grond-derde.why"),
	Sources: list("inzage", "step.grond-derde.sources"),
	Options: []Option{
		{Value: "toestemming", Label: tx("inzage", "option.grond-derde.toestemming.label"),
			Words: list("inzage", "option.grond-derde.toestemming.words"), Next: "derde-toestemming"},
		{Value: "wet", Label: tx("inzage", "option.grond-derde.wet.label"),
			Words: list("inzage", "option.grond-derde.wet.words"), Next: "derde-wet"},
		{Value: "nee", Label: tx("inzage", "option.grond-derde.nee.label"), Words: list("inzage", "option.grond-derde.nee.words"), Next: "derde-geen"},
	},
}

var izInhoud = &Step{
	ID:      "inhoud",
	Label:   tx("inzage", "step.inhoud.label"),
	Ask:     tx("inzage", "step.inhoud.ask"),
	Why:     tx("inzage", "step.inhoud.why"),
	Sources: list("inzage", "step.inhoud.sources"),
	Options: []Option{
		{Value: "alleen-client", Label: tx("inzage", "option.inhoud.alleen-client.label"),
			Words: list("inzage", "option.inhoud.alleen-client.words")},
		{Value: "anderen", Label: tx("inzage", "option.inhoud.anderen.label"),
			Words: list("inzage", "option.inhoud.anderen.words")},
		{Value: "werkaantekeningen", Label: tx("inzage", "option.inhoud.werkaantekeningen.label"),
			Words: list("inzage", "option.inhoud.werkaantekeningen.words")},
		{Value: "beide", Label: tx("inzage", "option.inhoud.beide.label"), Words: list("inzage", "option.inhoud.beide.words")},
	},
	Route: izAfterContents,
}

// izAfterContents picks the outcome that fits who asked and, for a young
// person or a parent with authority, the child's age.
func izAfterContents(a Answers) string {
	switch a["wie"] {
	case "jeugdige":
		switch a["leeftijd-jeugdige"] {
		case "12-15":
			return "jeugdige-12-15"
		case "16-17":
			return "jongere-16-17"
		}
	case "ouder-gezag":
		switch a["leeftijd-kind"] {
		case "12-15":
			return "ouder-kind-12-15"
		case "16-17":
			return "ouder-met-toestemming"
		}
		return "ouder-beslist"
	}
	return "client-inzage"
}

// izContentsDetail says what to leave out of the copy and flags legal update
// 4 on working notes, as the professional answered the contents question.
func izContentsDetail(a Answers) lang.Text {
	others := tx("inzage", "text.contents-detail-others")
	notes := tx("inzage", "text.contents-detail-notes")
	switch a["inhoud"] {
	case "anderen":
		return others
	case "werkaantekeningen":
		return notes
	case "beide":
		return joinTexts(others, notes)
	}
	return lang.Text{}
}

// izShareOwnData is what a person with a right of access gets to see.
var izShareOwnData = tx("inzage", "text.share-own-data")

// izInformTerm is the one-month term of AVG art. 12 lid 3 and what else the
// requester may know (§4.1a).
var izInformTerm = tx("inzage", "text.inform-term")

// izAccessLaws are the articles on access and copy.
var izAccessLaws = list("inzage", "lists.access-laws")

// izSharedWith returns the reminder text for data given to someone other
// than the person the data is about.
func izSharedWith(whom lang.Text) func(Answers) lang.Text {
	return func(Answers) lang.Text {
		return fill(tx("inzage", "text.shared-with"), "whom", whom)
	}
}

var izUitClient = &Outcome{
	ID:       "client-inzage",
	Title:    tx("inzage", "outcome.client-inzage.title"),
	Verdict:  tx("inzage", "outcome.client-inzage.verdict"),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   tx("inzage", "outcome.client-inzage.ground"),
	Sources:  list("inzage", "outcome.client-inzage.sources"),
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Deadline: izAnswerTerm,
}

var izUitJeugdige12 = &Outcome{
	ID:       "jeugdige-12-15",
	Title:    tx("inzage", "outcome.jeugdige-12-15.title"),
	Verdict:  tx("inzage", "outcome.jeugdige-12-15.verdict"),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   tx("inzage", "outcome.jeugdige-12-15.ground"),
	Sources:  list("inzage", "outcome.jeugdige-12-15.sources"),
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Deadline: izAnswerTerm,
}

var izUitJongere16 = &Outcome{
	ID:       "jongere-16-17",
	Title:    tx("inzage", "outcome.jongere-16-17.title"),
	Verdict:  tx("inzage", "outcome.jongere-16-17.verdict"),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   tx("inzage", "outcome.jongere-16-17.ground"),
	Sources:  list("inzage", "outcome.jongere-16-17.sources"),
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Deadline: izAnswerTerm,
}

var izUitKindGeenEigenRecht = &Outcome{
	ID:       "kind-geen-eigen-recht",
	Title:    tx("inzage", "outcome.kind-geen-eigen-recht.title"),
	Verdict:  tx("inzage", "outcome.kind-geen-eigen-recht.verdict"),
	Inform:   tx("inzage", "outcome.kind-geen-eigen-recht.inform"),
	Ground:   tx("inzage", "outcome.kind-geen-eigen-recht.ground"),
	Sources:  list("inzage", "outcome.kind-geen-eigen-recht.sources"),
	Laws:     izAccessLaws,
	Deadline: izAnswerTerm,
}

var izUitOuderBeslist = &Outcome{
	ID:       "ouder-beslist",
	Title:    tx("inzage", "outcome.ouder-beslist.title"),
	Verdict:  tx("inzage", "outcome.ouder-beslist.verdict"),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   tx("inzage", "outcome.ouder-beslist.ground"),
	Sources:  list("inzage", "outcome.ouder-beslist.sources"),
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Shared:   izSharedWith(tx("inzage", "outcome.ouder-beslist.shared")),
	Deadline: izAnswerTerm,
}

var izUitOuderKind12 = &Outcome{
	ID:       "ouder-kind-12-15",
	Title:    tx("inzage", "outcome.ouder-kind-12-15.title"),
	Verdict:  tx("inzage", "outcome.ouder-kind-12-15.verdict"),
	Share:    joinTexts(tx("inzage", "outcome.ouder-kind-12-15.share"), izShareOwnData),
	Inform:   izInformTerm,
	Ground:   tx("inzage", "outcome.ouder-kind-12-15.ground"),
	Sources:  list("inzage", "outcome.ouder-kind-12-15.sources"),
	Laws:     append(append([]string{}, izAccessLaws...), "BW art. 7:457"),
	Detail:   izContentsDetail,
	Shared:   izSharedWith(tx("inzage", "outcome.ouder-kind-12-15.shared")),
	Deadline: izAnswerTerm,
}

var izUitOuderMetToestemming = &Outcome{
	ID:       "ouder-met-toestemming",
	Title:    tx("inzage", "outcome.ouder-met-toestemming.title"),
	Verdict:  tx("inzage", "outcome.ouder-met-toestemming.verdict"),
	Share:    izShareOwnData,
	Inform:   izInformTerm,
	Ground:   tx("inzage", "outcome.ouder-met-toestemming.ground"),
	Sources:  list("inzage", "outcome.ouder-met-toestemming.sources"),
	Laws:     izAccessLaws,
	Detail:   izContentsDetail,
	Shared:   izSharedWith(tx("inzage", "outcome.ouder-met-toestemming.shared")),
	Deadline: izAnswerTerm,
}

var izUitOuderZonderToestemming = &Outcome{
	ID:       "ouder-zonder-toestemming",
	Title:    tx("inzage", "outcome.ouder-zonder-toestemming.title"),
	Verdict:  tx("inzage", "outcome.ouder-zonder-toestemming.verdict"),
	Inform:   tx("inzage", "outcome.ouder-zonder-toestemming.inform"),
	Ground:   tx("inzage", "outcome.ouder-zonder-toestemming.ground"),
	Sources:  list("inzage", "outcome.ouder-zonder-toestemming.sources"),
	Laws:     list("inzage", "outcome.ouder-zonder-toestemming.laws"),
	Deadline: izAnswerTerm,
}

var izUitZonderGezagInfo = &Outcome{
	ID:       "zonder-gezag-info",
	Title:    tx("inzage", "outcome.zonder-gezag-info.title"),
	Verdict:  tx("inzage", "outcome.zonder-gezag-info.verdict"),
	Share:    tx("inzage", "outcome.zonder-gezag-info.share"),
	Inform:   tx("inzage", "outcome.zonder-gezag-info.inform"),
	Ground:   tx("inzage", "outcome.zonder-gezag-info.ground"),
	Sources:  list("inzage", "outcome.zonder-gezag-info.sources"),
	Laws:     list("inzage", "outcome.zonder-gezag-info.laws"),
	Shared:   izSharedWith(tx("inzage", "outcome.zonder-gezag-info.shared")),
	Deadline: izAnswerTerm,
}

var izUitZonderGezagGeenInfo = &Outcome{
	ID:       "zonder-gezag-geen-info",
	Title:    tx("inzage", "outcome.zonder-gezag-geen-info.title"),
	Verdict:  tx("inzage", "outcome.zonder-gezag-geen-info.verdict"),
	Inform:   tx("inzage", "outcome.zonder-gezag-geen-info.inform"),
	Ground:   tx("inzage", "outcome.zonder-gezag-geen-info.ground"),
	Sources:  list("inzage", "outcome.zonder-gezag-geen-info.sources"),
	Laws:     list("inzage", "outcome.zonder-gezag-geen-info.laws"),
	Deadline: izAnswerTerm,
}

var izUitDerdeToestemming = &Outcome{
	ID:      "derde-toestemming",
	Title:   tx("inzage", "outcome.derde-toestemming.title"),
	Verdict: tx("inzage", "outcome.derde-toestemming.verdict"),
	Share:   tx("inzage", "outcome.derde-toestemming.share"),
	Inform:  tx("inzage", "outcome.derde-toestemming.inform"),
	Ground:  tx("inzage", "outcome.derde-toestemming.ground"),
	Sources: list("inzage", "outcome.derde-toestemming.sources"),
	Laws:    list("inzage", "outcome.derde-toestemming.laws"),
	Shared:  izSharedWith(tx("inzage", "outcome.derde-toestemming.shared")),
}

var izUitDerdeWet = &Outcome{
	ID:       "derde-wet",
	Title:    tx("inzage", "outcome.derde-wet.title"),
	Verdict:  tx("inzage", "outcome.derde-wet.verdict"),
	Share:    tx("inzage", "outcome.derde-wet.share"),
	Inform:   tx("inzage", "outcome.derde-wet.inform"),
	Ground:   tx("inzage", "outcome.derde-wet.ground"),
	Sources:  list("inzage", "outcome.derde-wet.sources"),
	Laws:     list("inzage", "outcome.derde-wet.laws"),
	Continue: "stappenplan",
}

var izUitDerdeGeen = &Outcome{
	ID:      "derde-geen",
	Title:   tx("inzage", "outcome.derde-geen.title"),
	Verdict: tx("inzage", "outcome.derde-geen.verdict"),
	Ground:  tx("inzage", "outcome.derde-geen.ground"),
	Sources: list("inzage", "outcome.derde-geen.sources"),
	Laws:    list("inzage", "outcome.derde-geen.laws"),
}

// izAnswerTerm is the term of an access request (AVG art. 12 lid 3).
var izAnswerTerm = &Deadline{Months: 1, What: tx("inzage", "text.answer-term-what")}

var izUitIdentiteitEerst = &Outcome{
	ID:       "identiteit-eerst",
	Title:    tx("inzage", "outcome.identiteit-eerst.title"),
	Verdict:  tx("inzage", "outcome.identiteit-eerst.verdict"),
	Inform:   tx("inzage", "outcome.identiteit-eerst.inform"),
	Ground:   tx("inzage", "outcome.identiteit-eerst.ground"),
	Sources:  list("inzage", "outcome.identiteit-eerst.sources"),
	Laws:     list("inzage", "outcome.identiteit-eerst.laws"),
	Pending:  true,
	Deadline: izAnswerTerm,
}

var izUitGezagControleren = &Outcome{
	ID:       "gezag-controleren",
	Title:    tx("inzage", "outcome.gezag-controleren.title"),
	Verdict:  tx("inzage", "outcome.gezag-controleren.verdict"),
	Inform:   tx("inzage", "outcome.gezag-controleren.inform"),
	Ground:   tx("inzage", "outcome.gezag-controleren.ground"),
	Sources:  list("inzage", "outcome.gezag-controleren.sources"),
	Laws:     list("inzage", "outcome.gezag-controleren.laws"),
	Pending:  true,
	Deadline: izAnswerTerm,
}
