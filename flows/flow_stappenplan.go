package flows

import "privacybot/lang"

// stappenplanFlow walks the professional through the decision to share a
// client's data with someone else: first who receives it (§1.4, §1.6,
// §1.7, §2.4), then the rule that fits that recipient.
func stappenplanFlow(src *source) *Flow {
	return &Flow{
		ID:    "stappenplan",
		Start: "ontvanger",
		Note:  true,
		Steps: []*Step{
			spOntvanger(),
			spDirectBetrokken(),
			spNoodzakelijk(),
			spGemeente(src.municipalities),
			spToestemmingExpliciet(),
			spToestemmingTransparant(),
			spKanVragen(),
			spWieLeeftijd(),
			spWieGezag(),
			spToestemmingNu(),
			spNadeelGeweten(),
			spNadeelZeker(),
			spAnderMiddel(),
			spCollega(),
			spOTS(),
			spOuderWiens(),
			spOuderGezag(),
			spOuderLeeftijd(),
			spOuderJongere(),
			spOuder377c(),
			spVIBevoegd(),
			spVILeeftijd(),
			spVIVermoeden(),
			spMeldrechtNodig(),
			spMeldrechtBespreken(),
			spMeldcodeStappen(),
			spMeldcodeVermoeden(),
			spMeldcodeOnveilig(),
			spMeldcodeHulp(),
			spMeldcodeAanvaard(),
			spMeldcodeVeilig(),
		},
		Outcomes: []*Outcome{
			spUitInformatieplichtGI(),
			spUitInformatieplichtIGJ(),
			spUitMedebehandelaar(),
			spUitNietNodig(),
			spUitAnoniem(),
			spUitDelenToestemming(),
			spUitVraagToestemming(),
			spUitGezagEerst(),
			spUitZwijgen(),
			spUitAnderMiddel(),
			spUitOverlegEerst(),
			spUitDoorbreken(),
			spUitOTSNavragen(),
			spUitOuderInformeren(),
			spUitOuder1215(),
			spUitOuderMetToestemming(),
			spUitOuderGeenToestemming(),
			spUitOuderZonderGezagInfo(),
			spUitOuderZonderGezagGeen(),
			spUitVerwijsindexNiet(),
			spUitMeldrechtRaad(),
			spUitMeldrechtVerwijsindex(),
			spUitMeldrechtGI(),
			spUitMeldrechtVT(),
			spUitMeldrechtNiet(),
			spUitMeldcodeEerst(),
			spUitMeldenVT(),
			spUitHulpZonderMelding(),
			spUitGeenVermoeden(),
		},
	}
}

// spRecipients names each recipient of the first step, for the texts that
// say with whom something is shared.
var spRecipients = map[string]lang.Text{
	"medebehandelaar": tx("stappenplan", "recipients.medebehandelaar"),
	"team":            tx("stappenplan", "recipients.team"),
	"school":          tx("stappenplan", "recipients.school"),
	"huisarts":        tx("stappenplan", "recipients.huisarts"),
	"veilig-thuis":    tx("stappenplan", "recipients.veilig-thuis"),
	"vt-verzoek":      tx("stappenplan", "recipients.vt-verzoek"),
	"raad":            tx("stappenplan", "recipients.raad"),
	"verwijsindex":    tx("stappenplan", "recipients.verwijsindex"),
	"gi-ots-verzoek":  tx("stappenplan", "recipients.gi-ots-verzoek"),
	"gi-ongevraagd":   tx("stappenplan", "recipients.gi-ongevraagd"),
	"igj":             tx("stappenplan", "recipients.igj"),
	"acvz":            tx("stappenplan", "recipients.acvz"),
	"ouder":           tx("stappenplan", "recipients.ouder"),
	"anders":          tx("stappenplan", "recipients.anders"),
}

// spSharedWith says, for a reminder, that information went to the
// recipient chosen in the first step.
func spSharedWith(a Answers) lang.Text {
	r, ok := spRecipients[a["ontvanger"]]
	if !ok {
		r = spRecipients["anders"]
	}
	return fill(tx("stappenplan", "text.shared-with"), "recipient", r)
}

// jaNeeOptions are the two options of a yes/no question.
func jaNeeOptions(yes, no string) []Option {
	return []Option{
		{Value: "ja", Label: tx("stappenplan", "options.yes-no.ja.label"), Words: list("stappenplan", "options.yes-no.ja.words"), Next: yes},
		{Value: "nee", Label: tx("stappenplan", "options.yes-no.nee.label"), Words: list("stappenplan", "options.yes-no.nee.words"), Next: no},
	}
}

func spOntvanger() *Step {
	return &Step{
		ID: "ontvanger",
		Options: []Option{
			{Value: "medebehandelaar", Next: "direct-betrokken"},
			{Value: "team", Next: "direct-betrokken"},
			{Value: "school", Next: "noodzakelijk"},
			{Value: "huisarts", Next: "direct-betrokken"},
			{Value: "veilig-thuis", Next: "meldcode-stappen"},
			{Value: "vt-verzoek", Next: "meldrecht-nodig"},
			{Value: "raad", Next: "meldrecht-nodig"},
			{Value: "verwijsindex", Next: "vi-bevoegd"},
			{Value: "gi-ots-verzoek", Next: "ots"},
			{Value: "gi-ongevraagd", Next: "ots"},
			{Value: "igj", Next: "informatieplicht-igj"},
			{Value: "acvz", Next: "noodzakelijk"},
			{Value: "ouder", Next: "ouder-wiens"},
			{Value: "anders", Next: "noodzakelijk"},
		},
	}
}

func spDirectBetrokken() *Step {
	return &Step{
		ID:      "direct-betrokken",
		Options: jaNeeOptions("medebehandelaar", "noodzakelijk"),
	}
}

func spNoodzakelijk() *Step {
	return &Step{
		ID: "noodzakelijk",
		Options: []Option{
			{Value: "ja", Next: "municipality"},
			{Value: "anoniem", Next: "anoniem"},
			{Value: "zonder", Next: "niet-nodig"},
		},
	}
}

// spGemeente asks the municipality, one option per record; the route
// follows the record's consent practice (§1.3).
func spGemeente(ms MunicipalityRecords) *Step {
	s := &Step{
		ID:      "municipality",
		Setting: "municipality",
		Route: func(a Answers) string {
			if r, _ := ms.Get(Municipality(a["municipality"])); r.ExplicitConsent {
				return "toestemming-expliciet"
			}
			return "toestemming-transparant"
		},
	}
	for _, r := range ms {
		s.Options = append(s.Options, Option{Value: string(r.ID), Label: lang.Text{NL: r.Name, EN: r.Name}, Words: r.Aliases})
	}
	return s
}

// spToestemmingOptions are the answers to question 2, the same for both
// municipal practices; only the labels differ.
func spToestemmingOptions(yes lang.Text) []Option {
	return append(spConsentAnswers(yes), Option{Value: "weet-niet", Label: tx("stappenplan", "options.consent-question.weet-niet.label"),
		Words: list("stappenplan", "options.consent-question.weet-niet.words"), Next: "wie-leeftijd"})
}

// spConsentAnswers are the answers to "do you have consent?": given,
// refused, or not asked yet. Not asked is no refusal: it leads to asking
// now, unless asking is unsafe (§1.4 question 2).
func spConsentAnswers(yes lang.Text) []Option {
	return []Option{
		{Value: "ja", Label: yes, Words: list("stappenplan", "options.consent.ja.words"), Next: "delen-toestemming"},
		{Value: "geweigerd", Label: tx("stappenplan", "options.consent.geweigerd.label"),
			Words: list("stappenplan", "options.consent.geweigerd.words"), Next: "nadeel-geweten"},
		{Value: "niet-gevraagd", Label: tx("stappenplan", "options.consent.niet-gevraagd.label"),
			Words: list("stappenplan", "options.consent.niet-gevraagd.words"), Next: "kan-vragen"},
	}
}

func spToestemmingExpliciet() *Step {
	return &Step{
		ID:      "toestemming-expliciet",
		Options: spToestemmingOptions(tx("stappenplan", "step.toestemming-expliciet.options")),
	}
}

func spToestemmingTransparant() *Step {
	return &Step{
		ID:      "toestemming-transparant",
		Options: spToestemmingOptions(tx("stappenplan", "step.toestemming-transparant.options")),
	}
}

func spNadeelGeweten() *Step {
	return &Step{
		ID:      "nadeel-geweten",
		Options: jaNeeOptions("nadeel-zeker", "zwijgen"),
	}
}

func spKanVragen() *Step {
	return &Step{
		ID: "kan-vragen",
		Options: []Option{
			{Value: "ja", Next: "vraag-toestemming"},
			{Value: "nee", Next: "nadeel-geweten"},
		},
	}
}

func spNadeelZeker() *Step {
	return &Step{
		ID:      "nadeel-zeker",
		Options: jaNeeOptions("ander-middel", "zwijgen"),
	}
}

func spAnderMiddel() *Step {
	return &Step{
		ID: "ander-middel",
		Options: []Option{
			{Value: "ja", Next: "andere-weg"},
			{Value: "nee", Next: "collega"},
		},
	}
}

func spCollega() *Step {
	return &Step{
		ID: "collega",
		Options: []Option{
			{Value: "ja", Next: "doorbreken"},
			{Value: "acuut", Next: "doorbreken"},
			{Value: "nee", Next: "overleg-eerst"},
		},
	}
}

func spMeldrechtNodig() *Step {
	return &Step{
		ID:      "meldrecht-nodig",
		Options: jaNeeOptions("meldrecht-bespreken", "meldrecht-niet"),
	}
}

func spMeldrechtBespreken() *Step {
	return &Step{
		ID: "meldrecht-bespreken",
		Options: []Option{
			{Value: "vooraf", Words: list("stappenplan", "option.meldrecht-bespreken.vooraf.words")},
			{Value: "achteraf", Words: list("stappenplan", "option.meldrecht-bespreken.achteraf.words")},
		},
		Route: func(a Answers) string {
			switch a["ontvanger"] {
			case "raad":
				return "meldrecht-raad"
			case "verwijsindex":
				return "meldrecht-verwijsindex"
			case "vt-verzoek":
				return "meldrecht-vt"
			}
			return "meldrecht-gi"
		},
	}
}

func spMeldcodeStappen() *Step {
	return &Step{
		ID: "meldcode-stappen",
		Options: []Option{
			{Value: "ja", Next: "meldcode-vermoeden"},
			{Value: "nee", Next: "meldcode-eerst"},
			{Value: "acuut", Next: "melden-vt"},
		},
	}
}

func spMeldcodeVermoeden() *Step {
	return &Step{
		ID:      "meldcode-vermoeden",
		Options: jaNeeOptions("meldcode-onveilig", "geen-vermoeden"),
	}
}

func spMeldcodeOnveilig() *Step {
	return &Step{
		ID:      "meldcode-onveilig",
		Options: jaNeeOptions("melden-vt", "meldcode-hulp"),
	}
}

func spMeldcodeHulp() *Step {
	return &Step{
		ID:      "meldcode-hulp",
		Options: jaNeeOptions("meldcode-aanvaard", "melden-vt"),
	}
}

func spMeldcodeAanvaard() *Step {
	return &Step{
		ID:      "meldcode-aanvaard",
		Options: jaNeeOptions("meldcode-veilig", "melden-vt"),
	}
}

func spMeldcodeVeilig() *Step {
	return &Step{
		ID:      "meldcode-veilig",
		Options: jaNeeOptions("hulp-zonder-melding", "melden-vt"),
	}
}

// spJoin joins the non-empty texts of each language with a space.
func spJoin(texts ...lang.Text) lang.Text {
	var out lang.Text
	for _, t := range texts {
		if t.NL != "" {
			out.NL = spJoinOne(out.NL, t.NL)
		}
		if t.EN != "" {
			out.EN = spJoinOne(out.EN, t.EN)
		}
	}
	return out
}

func spJoinOne(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// spMunicipalPractice is the chosen municipality's practice and whom to
// ask, in the words of its record.
func spMunicipalPractice(a Answers) lang.Text {
	m := a["municipality"]
	if m == "" {
		return lang.Text{}
	}
	return spJoin(tx(municipalitiesWords, "municipality."+m+".practice"), tx(municipalitiesWords, "municipality."+m+".questions"))
}

// spConsentNote adds what is particular to the recipient where consent is
// asked, and otherwise the recipient's note.
func spConsentNote(a Answers) lang.Text {
	if a["ontvanger"] == "school" {
		return tx("stappenplan", "text.consent-note")
	}
	return spRecipientNote(a)
}

// spRecipientNote adds what is particular to the recipient, whether or not
// consent was given.
func spRecipientNote(a Answers) lang.Text {
	switch a["ontvanger"] {
	case "team", "huisarts", "medebehandelaar":
		return tx("stappenplan", "text.recipient-note-outsider")
	case "acvz":
		return spCovenantNote
	case "ouder":
		return tx("stappenplan", "text.recipient-note-parent")
	case "gi-ots-verzoek", "gi-ongevraagd":
		return tx("stappenplan", "text.recipient-note-youth-protector")
	}
	return lang.Text{}
}

// spCovenantNote says what an AcVZ covenant does and does not do (§1.7,
// note 14).
var spCovenantNote = tx("stappenplan", "text.covenant-note")

func spUitInformatieplichtGI() *Outcome {
	return &Outcome{
		ID:                "informatieplicht-gi",
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitInformatieplichtIGJ() *Outcome {
	return &Outcome{
		ID:     "informatieplicht-igj",
		Shared: spSharedWith,
	}
}

func spUitMedebehandelaar() *Outcome {
	return &Outcome{
		ID: "medebehandelaar",
		Detail: func(a Answers) lang.Text {
			switch a["ontvanger"] {
			case "huisarts":
				return tx("stappenplan", "outcome.medebehandelaar.detail-gp")
			case "team":
				return tx("stappenplan", "outcome.medebehandelaar.detail-team")
			}
			return lang.Text{}
		},
		Shared: spSharedWith,
	}
}

func spUitNietNodig() *Outcome {
	return &Outcome{
		ID: "niet-nodig",
	}
}

func spUitAnoniem() *Outcome {
	return &Outcome{
		ID: "anoniem",
	}
}

func spUitDelenToestemming() *Outcome {
	return &Outcome{
		ID: "delen-toestemming",
		Detail: func(a Answers) lang.Text {
			return spJoin(spWhoConsents(a), spMunicipalPractice(a), spConsentNote(a))
		},
		Shared: spSharedWith,
	}
}

func spUitVraagToestemming() *Outcome {
	return &Outcome{
		ID: "vraag-toestemming",
		Detail: func(a Answers) lang.Text {
			return spJoin(spWhoConsents(a), spConsentNote(a))
		},
		Pending: true,
	}
}

func spUitGezagEerst() *Outcome {
	return &Outcome{
		ID:      "gezag-eerst",
		Pending: true,
	}
}

func spUitZwijgen() *Outcome {
	return &Outcome{
		ID: "zwijgen",
		Detail: func(a Answers) lang.Text {
			var meldcode lang.Text
			if a["nadeel-geweten"] == "ja" {
				meldcode = tx("stappenplan", "outcome.zwijgen.detail")
			}
			return spJoin(meldcode, spRecipientNote(a))
		},
		Continue: "stappenplan ontvanger=veilig-thuis",
	}
}

func spUitAnderMiddel() *Outcome {
	return &Outcome{
		ID: "andere-weg",
	}
}

func spUitOverlegEerst() *Outcome {
	return &Outcome{
		ID:      "overleg-eerst",
		Pending: true,
	}
}

func spUitDoorbreken() *Outcome {
	return &Outcome{
		ID: "doorbreken",
		Detail: func(a Answers) lang.Text {
			var colleague lang.Text
			if a["collega"] == "acuut" {
				colleague = tx("stappenplan", "outcome.doorbreken.detail-acute-danger")
			}
			return spJoin(colleague, tx("stappenplan", "outcome.doorbreken.detail-veilig-thuis"),
				spRecipientNote(a))
		},
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitOTSNavragen() *Outcome {
	return &Outcome{
		ID:      "ots-navragen",
		Pending: true,
	}
}

// spParentLaws are the articles for informing a parent with authority or
// a guardian (§4.2).
var spParentLaws = list("stappenplan", "lists.parent-laws")

func spUitOuderInformeren() *Outcome {
	return &Outcome{
		ID:     "ouder-informeren",
		Laws:   spParentLaws,
		Shared: spSharedWith,
	}
}

func spUitOuder1215() *Outcome {
	return &Outcome{
		ID:     "ouder-12-15",
		Laws:   spParentLaws,
		Shared: spSharedWith,
	}
}

func spUitOuderMetToestemming() *Outcome {
	return &Outcome{
		ID:     "ouder-met-toestemming",
		Shared: spSharedWith,
	}
}

func spUitOuderGeenToestemming() *Outcome {
	return &Outcome{
		ID: "ouder-geen-toestemming",
	}
}

func spUitOuderZonderGezagInfo() *Outcome {
	return &Outcome{
		ID:     "ouder-zonder-gezag-info",
		Shared: spSharedWith,
	}
}

func spUitOuderZonderGezagGeen() *Outcome {
	return &Outcome{
		ID: "ouder-zonder-gezag-geen",
	}
}

func spUitVerwijsindexNiet() *Outcome {
	return &Outcome{
		ID:   "verwijsindex-niet",
		Laws: spVerwijsindexLaws,
		Detail: func(a Answers) lang.Text {
			switch {
			case a["vi-bevoegd"] != "ja":
				return tx("stappenplan", "outcome.verwijsindex-niet.detail-not-authorised")
			case a["vi-leeftijd"] != "ja":
				return tx("stappenplan", "outcome.verwijsindex-niet.detail-over-23")
			}
			return tx("stappenplan", "outcome.verwijsindex-niet.detail-no-threat")
		},
	}
}

// spVerwijsindexLaws are the articles on the Verwijsindex.
var spVerwijsindexLaws = list("stappenplan", "lists.verwijsindex-laws")

// spMeldrechtInform says when to tell the client, from the answer to
// meldrecht-bespreken.
func spMeldrechtInform(a Answers) lang.Text {
	if a["meldrecht-bespreken"] == "achteraf" {
		return tx("stappenplan", "text.meldrecht-inform-afterwards")
	}
	return tx("stappenplan", "text.meldrecht-inform-beforehand")
}

var spMeldrechtInformText = tx("stappenplan", "text.meldrecht-inform-text")

var spMeldrechtGround = tx("stappenplan", "text.meldrecht-ground")

func spUitMeldrechtRaad() *Outcome {
	return &Outcome{
		ID:                "meldrecht-raad",
		Inform:            spMeldrechtInformText,
		Ground:            spMeldrechtGround,
		Detail:            spMeldrechtInform,
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitMeldrechtVerwijsindex() *Outcome {
	return &Outcome{
		ID:                "meldrecht-verwijsindex",
		Laws:              spVerwijsindexLaws,
		Detail:            spMeldrechtInform,
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitMeldrechtGI() *Outcome {
	return &Outcome{
		ID:                "meldrecht-gi",
		Inform:            spMeldrechtInformText,
		Ground:            spMeldrechtGround,
		Detail:            spMeldrechtInform,
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitMeldrechtVT() *Outcome {
	return &Outcome{
		ID:                "meldrecht-vt",
		Inform:            spMeldrechtInformText,
		Detail:            spMeldrechtInform,
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitMeldrechtNiet() *Outcome {
	return &Outcome{
		ID: "meldrecht-niet",
	}
}

// spMeldcodeGround is the legal ground of the reporting-code outcomes,
// with the change since the guideline.
var spMeldcodeGround = tx("stappenplan", "text.meldcode-ground")

var spMeldcodeLaws = list("stappenplan", "lists.meldcode-laws")

func spUitMeldcodeEerst() *Outcome {
	return &Outcome{
		ID:      "meldcode-eerst",
		Ground:  spMeldcodeGround,
		Laws:    spMeldcodeLaws,
		Pending: true,
	}
}

func spUitMeldenVT() *Outcome {
	return &Outcome{
		ID:     "melden-vt",
		Ground: spMeldcodeGround,
		Laws:   spMeldcodeLaws,
		Detail: func(a Answers) lang.Text {
			switch {
			case a["meldcode-stappen"] == "acuut":
				return tx("stappenplan", "outcome.melden-vt.detail-acute-danger")
			case a["meldcode-onveilig"] == "ja":
				return tx("stappenplan", "outcome.melden-vt.detail-unsafe")
			}
			return tx("stappenplan", "outcome.melden-vt.detail-framework-says-report")
		},
		Shared:            spSharedWith,
		InformMayBeUnsafe: true,
	}
}

func spUitHulpZonderMelding() *Outcome {
	return &Outcome{
		ID:     "hulp-zonder-melding",
		Ground: spMeldcodeGround,
		Laws:   spMeldcodeLaws,
	}
}

func spUitGeenVermoeden() *Outcome {
	return &Outcome{
		ID:       "geen-vermoeden",
		Continue: "stappenplan",
	}
}
