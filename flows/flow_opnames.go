package flows

// opnamesFlow answers whether a client may record, film or publish a
// conversation with a professional, and whether the professional may record
// the client (§4.3, §1.3, §3.1).
func opnamesFlow(*source) *Flow {
	return &Flow{
		ID:    "opnames",
		Start: "soort",
		Steps: []*Step{
			opSoort(),
			opToestemmingBeeld(),
			opToestemmingPubliceren(),
			opToestemmingClient(),
		},
		Outcomes: []*Outcome{
			opUitClientGeluid(),
			opUitZonderClient(),
			opUitBeeldMag(),
			opUitBeeldNiet(),
			opUitPublicerenMag(),
			opUitPublicerenNiet(),
			opUitProfessionalMag(),
			opUitProfessionalNiet(),
		},
	}
}

func opSoort() *Step {
	return &Step{
		ID: "soort",
		Options: []Option{
			{Value: "client-geluid", Next: "client-geluid"},
			{Value: "zonder-client", Next: "zonder-client"},
			{Value: "beeld", Next: "toestemming-beeld"},
			{Value: "publiceren", Next: "toestemming-publiceren"},
			{Value: "professional", Next: "toestemming-client"},
		},
	}
}

func opToestemmingBeeld() *Step {
	return &Step{
		ID:      "toestemming-beeld",
		Options: jaNeeOptions("beeld-mag", "beeld-niet"),
	}
}

func opToestemmingPubliceren() *Step {
	return &Step{
		ID: "toestemming-publiceren",
		Options: []Option{
			{Value: "ja", Next: "publiceren-mag"},
			{Value: "nee", Next: "publiceren-niet"},
		},
	}
}

func opToestemmingClient() *Step {
	return &Step{
		ID: "toestemming-client",
		Options: []Option{
			{Value: "ja", Next: "professional-mag"},
			{Value: "nee", Next: "professional-niet"},
		},
	}
}

// opTalkAboutIt is how to make recording discussable and what to offer
// instead (§4.3).
var opTalkAboutIt = tx("opnames", "text.talk-about-it")

func opUitClientGeluid() *Outcome {
	return &Outcome{
		ID:     "client-geluid",
		Inform: opTalkAboutIt,
	}
}

func opUitZonderClient() *Outcome {
	return &Outcome{
		ID: "zonder-client",
	}
}

func opUitBeeldMag() *Outcome {
	return &Outcome{
		ID: "beeld-mag",
	}
}

func opUitBeeldNiet() *Outcome {
	return &Outcome{
		ID:     "beeld-niet",
		Inform: opTalkAboutIt,
	}
}

func opUitPublicerenMag() *Outcome {
	return &Outcome{
		ID: "publiceren-mag",
	}
}

func opUitPublicerenNiet() *Outcome {
	return &Outcome{
		ID:     "publiceren-niet",
		Inform: opTalkAboutIt,
	}
}

func opUitProfessionalMag() *Outcome {
	return &Outcome{
		ID: "professional-mag",
	}
}

func opUitProfessionalNiet() *Outcome {
	return &Outcome{
		ID: "professional-niet",
	}
}
