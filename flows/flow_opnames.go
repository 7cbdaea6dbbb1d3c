package flows

// opnamesFlow answers whether a client may record, film or publish a
// conversation with a professional, and whether the professional may record
// the client (§4.3, §1.3, §3.1).
func opnamesFlow(*source) *Flow {
	return &Flow{
		ID:      "opnames",
		Aliases: list("opnames", "flow.aliases"),
		Title:   tx("opnames", "flow.title"),
		Intro:   tx("opnames", "flow.intro"),
		Sources: list("opnames", "flow.sources"),
		Start:   "soort",
		Steps: []*Step{
			opSoort,
			opToestemmingBeeld,
			opToestemmingPubliceren,
			opToestemmingClient,
		},
		Outcomes: []*Outcome{
			opUitClientGeluid,
			opUitZonderClient,
			opUitBeeldMag,
			opUitBeeldNiet,
			opUitPublicerenMag,
			opUitPublicerenNiet,
			opUitProfessionalMag,
			opUitProfessionalNiet,
		},
	}
}

var opSoort = &Step{
	ID:      "soort",
	Label:   tx("opnames", "step.soort.label"),
	Ask:     tx("opnames", "step.soort.ask"),
	Why:     tx("opnames", "step.soort.why"),
	Sources: list("opnames", "step.soort.sources"),
	Options: []Option{
		{Value: "client-geluid", Label: tx("opnames", "option.soort.client-geluid.label"),
			Words: list("opnames", "option.soort.client-geluid.words"), Next: "client-geluid"},
		{Value: "zonder-client", Label: tx("opnames", "option.soort.zonder-client.label"),
			Words: list("opnames", "option.soort.zonder-client.words"), Next: "zonder-client"},
		{Value: "beeld", Label: tx("opnames", "option.soort.beeld.label"),
			Words: list("opnames", "option.soort.beeld.words"), Next: "toestemming-beeld"},
		{Value: "publiceren", Label: tx("opnames", "option.soort.publiceren.label"),
			Words: list("opnames", "option.soort.publiceren.words"), Next: "toestemming-publiceren"},
		{Value: "professional", Label: tx("opnames", "option.soort.professional.label"),
			Words: list("opnames", "option.soort.professional.words"), Next: "toestemming-client"},
	},
}

var opToestemmingBeeld = &Step{
	ID:      "toestemming-beeld",
	Label:   tx("opnames", "step.toestemming-beeld.label"),
	Ask:     tx("opnames", "step.toestemming-beeld.ask"),
	Why:     tx("opnames", "step.toestemming-beeld.why"),
	Sources: list("opnames", "step.toestemming-beeld.sources"),
	Options: jaNeeOptions("beeld-mag", "beeld-niet"),
}

var opToestemmingPubliceren = &Step{
	ID:      "toestemming-publiceren",
	Label:   tx("opnames", "step.toestemming-publiceren.label"),
	Ask:     tx("opnames", "step.toestemming-publiceren.ask"),
	Why:     tx("opnames", "step.toestemming-publiceren.why"),
	Sources: list("opnames", "step.toestemming-publiceren.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("opnames", "option.toestemming-publiceren.ja.label"), Words: list("opnames", "option.toestemming-publiceren.ja.words"), Next: "publiceren-mag"},
		{Value: "nee", Label: tx("opnames", "option.toestemming-publiceren.nee.label"),
			Words: list("opnames", "option.toestemming-publiceren.nee.words"), Next: "publiceren-niet"},
	},
}

var opToestemmingClient = &Step{
	ID:      "toestemming-client",
	Label:   tx("opnames", "step.toestemming-client.label"),
	Ask:     tx("opnames", "step.toestemming-client.ask"),
	Why:     tx("opnames", "step.toestemming-client.why"),
	Sources: list("opnames", "step.toestemming-client.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("opnames", "option.toestemming-client.ja.label"), Words: list("opnames", "option.toestemming-client.ja.words"), Next: "professional-mag"},
		{Value: "nee", Label: tx("opnames", "option.toestemming-client.nee.label"), Words: list("opnames", "option.toestemming-client.nee.words"), Next: "professional-niet"},
	},
}

// opTalkAboutIt is how to make recording discussable and what to offer
// instead (§4.3).
var opTalkAboutIt = tx("opnames", "text.talk-about-it")

var opUitClientGeluid = &Outcome{
	ID:      "client-geluid",
	Title:   tx("opnames", "outcome.client-geluid.title"),
	Verdict: tx("opnames", "outcome.client-geluid.verdict"),
	Inform:  opTalkAboutIt,
	Ground:  tx("opnames", "outcome.client-geluid.ground"),
	Sources: list("opnames", "outcome.client-geluid.sources"),
	Laws:    list("opnames", "outcome.client-geluid.laws"),
}

var opUitZonderClient = &Outcome{
	ID:      "zonder-client",
	Title:   tx("opnames", "outcome.zonder-client.title"),
	Verdict: tx("opnames", "outcome.zonder-client.verdict"),
	Inform:  tx("opnames", "outcome.zonder-client.inform"),
	Ground:  tx("opnames", "outcome.zonder-client.ground"),
	Sources: list("opnames", "outcome.zonder-client.sources"),
	Laws:    list("opnames", "outcome.zonder-client.laws"),
}

var opUitBeeldMag = &Outcome{
	ID:      "beeld-mag",
	Title:   tx("opnames", "outcome.beeld-mag.title"),
	Verdict: tx("opnames", "outcome.beeld-mag.verdict"),
	Inform:  tx("opnames", "outcome.beeld-mag.inform"),
	Ground:  tx("opnames", "outcome.beeld-mag.ground"),
	Sources: list("opnames", "outcome.beeld-mag.sources"),
	Laws:    list("opnames", "outcome.beeld-mag.laws"),
}

var opUitBeeldNiet = &Outcome{
	ID:      "beeld-niet",
	Title:   tx("opnames", "outcome.beeld-niet.title"),
	Verdict: tx("opnames", "outcome.beeld-niet.verdict"),
	Inform:  opTalkAboutIt,
	Ground:  tx("opnames", "outcome.beeld-niet.ground"),
	Sources: list("opnames", "outcome.beeld-niet.sources"),
	Laws:    list("opnames", "outcome.beeld-niet.laws"),
}

var opUitPublicerenMag = &Outcome{
	ID:      "publiceren-mag",
	Title:   tx("opnames", "outcome.publiceren-mag.title"),
	Verdict: tx("opnames", "outcome.publiceren-mag.verdict"),
	Inform:  tx("opnames", "outcome.publiceren-mag.inform"),
	Ground:  tx("opnames", "outcome.publiceren-mag.ground"),
	Sources: list("opnames", "outcome.publiceren-mag.sources"),
	Laws:    list("opnames", "outcome.publiceren-mag.laws"),
}

var opUitPublicerenNiet = &Outcome{
	ID:      "publiceren-niet",
	Title:   tx("opnames", "outcome.publiceren-niet.title"),
	Verdict: tx("opnames", "outcome.publiceren-niet.verdict"),
	Inform:  opTalkAboutIt,
	Ground:  tx("opnames", "outcome.publiceren-niet.ground"),
	Sources: list("opnames", "outcome.publiceren-niet.sources"),
	Laws:    list("opnames", "outcome.publiceren-niet.laws"),
}

var opUitProfessionalMag = &Outcome{
	ID:      "professional-mag",
	Title:   tx("opnames", "outcome.professional-mag.title"),
	Verdict: tx("opnames", "outcome.professional-mag.verdict"),
	Inform:  tx("opnames", "outcome.professional-mag.inform"),
	Ground:  tx("opnames", "outcome.professional-mag.ground"),
	Sources: list("opnames", "outcome.professional-mag.sources"),
	Laws:    list("opnames", "outcome.professional-mag.laws"),
}

var opUitProfessionalNiet = &Outcome{
	ID:      "professional-niet",
	Title:   tx("opnames", "outcome.professional-niet.title"),
	Verdict: tx("opnames", "outcome.professional-niet.verdict"),
	Ground:  tx("opnames", "outcome.professional-niet.ground"),
	Sources: list("opnames", "outcome.professional-niet.sources"),
	Laws:    list("opnames", "outcome.professional-niet.laws"),
}
