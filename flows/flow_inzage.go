package flows

import (
	"privacybot/lang"
)

// inzageFlow works out, for a request to see a file or get a copy, who may
// see what: the client, a young person by age, a parent with or without
// parental authority, or someone else (§4.1a, §4.2, legal update 4).
func inzageFlow(*source) *Flow {
	return &Flow{
		ID:    "inzage",
		Start: "identiteit",
		Note:  true,
		Steps: []*Step{
			izIdentiteit(),
			izWie(),
			izGezagGecontroleerd(),
			izLeeftijdJeugdige(),
			izLeeftijdKind(),
			izToestemmingJongere(),
			izInfoOuder(),
			izGrondDerde(),
			izInhoud(),
		},
		Outcomes: []*Outcome{
			izUitIdentiteitEerst(),
			izUitGezagControleren(),
			izUitClient(),
			izUitJeugdige12(),
			izUitJongere16(),
			izUitKindGeenEigenRecht(),
			izUitOuderBeslist(),
			izUitOuderKind12(),
			izUitOuderMetToestemming(),
			izUitOuderZonderToestemming(),
			izUitZonderGezagInfo(),
			izUitZonderGezagGeenInfo(),
			izUitDerdeToestemming(),
			izUitDerdeWet(),
			izUitDerdeGeen(),
		},
	}
}

func izIdentiteit() *Step {
	return &Step{
		ID: "identiteit",
		Options: []Option{
			{Value: "ja", Next: "wie"},
			{Value: "nee", Next: "identiteit-eerst"},
		},
	}
}

func izGezagGecontroleerd() *Step {
	return &Step{
		ID:     "gezag-gecontroleerd",
		Helper: "gezag",
		Options: []Option{
			{Value: "ja", Next: "leeftijd-kind"},
			{Value: "zonder-gezag", Next: "info-ouder"},
			{Value: "nee", Next: "gezag-controleren"},
		},
	}
}

func izWie() *Step {
	return &Step{
		ID: "wie",
		Options: []Option{
			{Value: "client", Next: "inhoud"},
			{Value: "jeugdige", Next: "leeftijd-jeugdige"},
			{Value: "ouder-gezag", Next: "gezag-gecontroleerd"},
			{Value: "ouder-zonder-gezag", Next: "info-ouder"},
			{Value: "derde", Next: "grond-derde"},
		},
	}
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

func izLeeftijdJeugdige() *Step {
	return &Step{
		ID:      "leeftijd-jeugdige",
		Options: izAgeOptions("kind-geen-eigen-recht", "inhoud", "inhoud", "kind-geen-eigen-recht", "inhoud"),
		Parse:   izParseAge,
	}
}

func izLeeftijdKind() *Step {
	return &Step{
		ID:      "leeftijd-kind",
		Options: izAgeOptions("inhoud", "inhoud", "toestemming-jongere", "inhoud", "grond-derde"),
		Parse:   izParseAge,
	}
}

func izToestemmingJongere() *Step {
	return &Step{
		ID: "toestemming-jongere",
		Options: []Option{
			{Value: "ja", Next: "inhoud"},
			{Value: "nee", Next: "ouder-zonder-toestemming"},
		},
	}
}

func izInfoOuder() *Step {
	return &Step{
		ID:      "info-ouder",
		Options: jaNeeOptions("zonder-gezag-info", "zonder-gezag-geen-info"),
	}
}

func izGrondDerde() *Step {
	return &Step{
		ID: "grond-derde",
		Options: []Option{
			{Value: "toestemming", Next: "derde-toestemming"},
			{Value: "wet", Next: "derde-wet"},
			{Value: "nee", Next: "derde-geen"},
		},
	}
}

func izInhoud() *Step {
	return &Step{
		ID: "inhoud",
		Options: []Option{
			{Value: "alleen-client", Words: list("inzage", "option.inhoud.alleen-client.words")},
			{Value: "anderen", Words: list("inzage", "option.inhoud.anderen.words")},
			{Value: "werkaantekeningen", Words: list("inzage", "option.inhoud.werkaantekeningen.words")},
			{Value: "beide", Words: list("inzage", "option.inhoud.beide.words")},
		},
		Route: izAfterContents,
	}
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

func izUitClient() *Outcome {
	return &Outcome{
		ID:       "client-inzage",
		Share:    izShareOwnData,
		Inform:   izInformTerm,
		Laws:     izAccessLaws,
		Detail:   izContentsDetail,
		Deadline: izAnswerTerm,
	}
}

func izUitJeugdige12() *Outcome {
	return &Outcome{
		ID:       "jeugdige-12-15",
		Share:    izShareOwnData,
		Inform:   izInformTerm,
		Laws:     izAccessLaws,
		Detail:   izContentsDetail,
		Deadline: izAnswerTerm,
	}
}

func izUitJongere16() *Outcome {
	return &Outcome{
		ID:       "jongere-16-17",
		Share:    izShareOwnData,
		Inform:   izInformTerm,
		Laws:     izAccessLaws,
		Detail:   izContentsDetail,
		Deadline: izAnswerTerm,
	}
}

func izUitKindGeenEigenRecht() *Outcome {
	return &Outcome{
		ID:       "kind-geen-eigen-recht",
		Laws:     izAccessLaws,
		Deadline: izAnswerTerm,
	}
}

func izUitOuderBeslist() *Outcome {
	return &Outcome{
		ID:       "ouder-beslist",
		Share:    izShareOwnData,
		Inform:   izInformTerm,
		Laws:     izAccessLaws,
		Detail:   izContentsDetail,
		Shared:   izSharedWith(tx("inzage", "outcome.ouder-beslist.shared")),
		Deadline: izAnswerTerm,
	}
}

func izUitOuderKind12() *Outcome {
	return &Outcome{
		ID:       "ouder-kind-12-15",
		Share:    joinTexts(tx("inzage", "outcome.ouder-kind-12-15.share"), izShareOwnData),
		Inform:   izInformTerm,
		Detail:   izContentsDetail,
		Shared:   izSharedWith(tx("inzage", "outcome.ouder-kind-12-15.shared")),
		Deadline: izAnswerTerm,
	}
}

func izUitOuderMetToestemming() *Outcome {
	return &Outcome{
		ID:       "ouder-met-toestemming",
		Share:    izShareOwnData,
		Inform:   izInformTerm,
		Laws:     izAccessLaws,
		Detail:   izContentsDetail,
		Shared:   izSharedWith(tx("inzage", "outcome.ouder-met-toestemming.shared")),
		Deadline: izAnswerTerm,
	}
}

func izUitOuderZonderToestemming() *Outcome {
	return &Outcome{
		ID:       "ouder-zonder-toestemming",
		Deadline: izAnswerTerm,
	}
}

func izUitZonderGezagInfo() *Outcome {
	return &Outcome{
		ID:       "zonder-gezag-info",
		Shared:   izSharedWith(tx("inzage", "outcome.zonder-gezag-info.shared")),
		Deadline: izAnswerTerm,
	}
}

func izUitZonderGezagGeenInfo() *Outcome {
	return &Outcome{
		ID:       "zonder-gezag-geen-info",
		Deadline: izAnswerTerm,
	}
}

func izUitDerdeToestemming() *Outcome {
	return &Outcome{
		ID:     "derde-toestemming",
		Shared: izSharedWith(tx("inzage", "outcome.derde-toestemming.shared")),
	}
}

func izUitDerdeWet() *Outcome {
	return &Outcome{
		ID:       "derde-wet",
		Continue: "stappenplan",
	}
}

func izUitDerdeGeen() *Outcome {
	return &Outcome{
		ID: "derde-geen",
	}
}

// izAnswerTerm is the term of an access request (AVG art. 12 lid 3).
var izAnswerTerm = &Deadline{Months: 1, What: tx("inzage", "text.answer-term-what")}

func izUitIdentiteitEerst() *Outcome {
	return &Outcome{
		ID:       "identiteit-eerst",
		Pending:  true,
		Deadline: izAnswerTerm,
	}
}

func izUitGezagControleren() *Outcome {
	return &Outcome{
		ID:       "gezag-controleren",
		Pending:  true,
		Deadline: izAnswerTerm,
	}
}
