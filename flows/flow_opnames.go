package flows

// opnamesFlow answers whether a client may record, film or publish a
// conversation with a professional, and whether the professional may record
// the client (§4.3, §1.3, §3.1).
func opnamesFlow(*source) *Flow {
	return &Flow{
		ID:    "opnames",
		Start: "soort",
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
	ID: "soort",
	Options: []Option{
		{Value: "client-geluid", Next: "client-geluid"},
		{Value: "zonder-client", Next: "zonder-client"},
		{Value: "beeld", Next: "toestemming-beeld"},
		{Value: "publiceren", Next: "toestemming-publiceren"},
		{Value: "professional", Next: "toestemming-client"},
	},
}

var opToestemmingBeeld = &Step{
	ID:      "toestemming-beeld",
	Options: jaNeeOptions("beeld-mag", "beeld-niet"),
}

var opToestemmingPubliceren = &Step{
	ID: "toestemming-publiceren",
	Options: []Option{
		{Value: "ja", Next: "publiceren-mag"},
		{Value: "nee", Next: "publiceren-niet"},
	},
}

var opToestemmingClient = &Step{
	ID: "toestemming-client",
	Options: []Option{
		{Value: "ja", Next: "professional-mag"},
		{Value: "nee", Next: "professional-niet"},
	},
}

// opTalkAboutIt is how to make recording discussable and what to offer
// instead (§4.3).
var opTalkAboutIt = tx("opnames", "text.talk-about-it")

var opUitClientGeluid = &Outcome{
	ID:     "client-geluid",
	Inform: opTalkAboutIt,
}

var opUitZonderClient = &Outcome{
	ID: "zonder-client",
}

var opUitBeeldMag = &Outcome{
	ID: "beeld-mag",
}

var opUitBeeldNiet = &Outcome{
	ID:     "beeld-niet",
	Inform: opTalkAboutIt,
}

var opUitPublicerenMag = &Outcome{
	ID: "publiceren-mag",
}

var opUitPublicerenNiet = &Outcome{
	ID:     "publiceren-niet",
	Inform: opTalkAboutIt,
}

var opUitProfessionalMag = &Outcome{
	ID: "professional-mag",
}

var opUitProfessionalNiet = &Outcome{
	ID: "professional-niet",
}
