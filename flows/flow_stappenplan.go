package flows

import "privacybot/lang"

// stappenplanFlow walks the professional through the decision to share a
// client's data with someone else: first who receives it (§1.4, §1.6,
// §1.7, §2.4), then the rule that fits that recipient.
func stappenplanFlow(src *source) *Flow {
	return &Flow{
		ID:      "stappenplan",
		Aliases: list("stappenplan", "flow.aliases"),
		Title:   tx("stappenplan", "flow.title"),
		Intro:   tx("stappenplan", "flow.intro"),
		Sources: list("stappenplan", "flow.sources"),
		Start:   "ontvanger",
		Note:    true,
		Steps: []*Step{
			spOntvanger,
			spDirectBetrokken,
			spNoodzakelijk,
			spGemeente(src.municipalities),
			spToestemmingExpliciet,
			spToestemmingTransparant,
			spKanVragen,
			spWieLeeftijd,
			spWieGezag,
			spToestemmingNu,
			spNadeelGeweten,
			spNadeelZeker,
			spAnderMiddel,
			spCollega,
			spOTS,
			spOuderWiens,
			spOuderGezag,
			spOuderLeeftijd,
			spOuderJongere,
			spOuder377c,
			spVIBevoegd,
			spVILeeftijd,
			spVIVermoeden,
			spMeldrechtNodig,
			spMeldrechtBespreken,
			spMeldcodeStappen,
			spMeldcodeVermoeden,
			spMeldcodeOnveilig,
			spMeldcodeHulp,
			spMeldcodeAanvaard,
			spMeldcodeVeilig,
		},
		Outcomes: []*Outcome{
			spUitInformatieplichtGI,
			spUitInformatieplichtIGJ,
			spUitMedebehandelaar,
			spUitNietNodig,
			spUitAnoniem,
			spUitDelenToestemming,
			spUitVraagToestemming,
			spUitGezagEerst,
			spUitZwijgen,
			spUitAnderMiddel,
			spUitOverlegEerst,
			spUitDoorbreken,
			spUitOTSNavragen,
			spUitOuderInformeren,
			spUitOuder1215,
			spUitOuderMetToestemming,
			spUitOuderGeenToestemming,
			spUitOuderZonderGezagInfo,
			spUitOuderZonderGezagGeen,
			spUitVerwijsindexNiet,
			spUitMeldrechtRaad,
			spUitMeldrechtVerwijsindex,
			spUitMeldrechtGI,
			spUitMeldrechtVT,
			spUitMeldrechtNiet,
			spUitMeldcodeEerst,
			spUitMeldenVT,
			spUitHulpZonderMelding,
			spUitGeenVermoeden,
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

var spOntvanger = &Step{
	ID:      "ontvanger",
	Label:   tx("stappenplan", "step.ontvanger.label"),
	Ask:     tx("stappenplan", "step.ontvanger.ask"),
	Why:     tx("stappenplan", "step.ontvanger.why"),
	Sources: list("stappenplan", "step.ontvanger.sources"),
	Options: []Option{
		{Value: "medebehandelaar", Label: tx("stappenplan", "option.ontvanger.medebehandelaar.label"),
			Words: list("stappenplan", "option.ontvanger.medebehandelaar.words"), Next: "direct-betrokken"},
		{Value: "team", Label: tx("stappenplan", "option.ontvanger.team.label"),
			Words: list("stappenplan", "option.ontvanger.team.words"), Next: "direct-betrokken"},
		{Value: "school", Label: tx("stappenplan", "option.ontvanger.school.label"),
			Words: list("stappenplan", "option.ontvanger.school.words"), Next: "noodzakelijk"},
		{Value: "huisarts", Label: tx("stappenplan", "option.ontvanger.huisarts.label"),
			Words: list("stappenplan", "option.ontvanger.huisarts.words"), Next: "direct-betrokken"},
		{Value: "veilig-thuis", Label: tx("stappenplan", "option.ontvanger.veilig-thuis.label"),
			Words: list("stappenplan", "option.ontvanger.veilig-thuis.words"), Next: "meldcode-stappen"},
		{Value: "vt-verzoek", Label: tx("stappenplan", "option.ontvanger.vt-verzoek.label"),
			Words: list("stappenplan", "option.ontvanger.vt-verzoek.words"), Next: "meldrecht-nodig"},
		{Value: "raad", Label: tx("stappenplan", "option.ontvanger.raad.label"),
			Words: list("stappenplan", "option.ontvanger.raad.words"), Next: "meldrecht-nodig"},
		{Value: "verwijsindex", Label: tx("stappenplan", "option.ontvanger.verwijsindex.label"),
			Words: list("stappenplan", "option.ontvanger.verwijsindex.words"), Next: "vi-bevoegd"},
		{Value: "gi-ots-verzoek", Label: tx("stappenplan", "option.ontvanger.gi-ots-verzoek.label"),
			Words: list("stappenplan", "option.ontvanger.gi-ots-verzoek.words"), Next: "ots"},
		{Value: "gi-ongevraagd", Label: tx("stappenplan", "option.ontvanger.gi-ongevraagd.label"),
			Words: list("stappenplan", "option.ontvanger.gi-ongevraagd.words"), Next: "ots"},
		{Value: "igj", Label: tx("stappenplan", "option.ontvanger.igj.label"),
			Words: list("stappenplan", "option.ontvanger.igj.words"), Next: "informatieplicht-igj"},
		{Value: "acvz", Label: tx("stappenplan", "option.ontvanger.acvz.label"),
			Words: list("stappenplan", "option.ontvanger.acvz.words"), Next: "noodzakelijk"},
		{Value: "ouder", Label: tx("stappenplan", "option.ontvanger.ouder.label"),
			Words: list("stappenplan", "option.ontvanger.ouder.words"), Next: "ouder-wiens"},
		{Value: "anders", Label: tx("stappenplan", "option.ontvanger.anders.label"),
			Words: list("stappenplan", "option.ontvanger.anders.words"), Next: "noodzakelijk"},
	},
}

var spDirectBetrokken = &Step{
	ID:      "direct-betrokken",
	Label:   tx("stappenplan", "step.direct-betrokken.label"),
	Ask:     tx("stappenplan", "step.direct-betrokken.ask"),
	Why:     tx("stappenplan", "step.direct-betrokken.why"),
	Sources: list("stappenplan", "step.direct-betrokken.sources"),
	Options: jaNeeOptions("medebehandelaar", "noodzakelijk"),
}

var spNoodzakelijk = &Step{
	ID:      "noodzakelijk",
	Label:   tx("stappenplan", "step.noodzakelijk.label"),
	Ask:     tx("stappenplan", "step.noodzakelijk.ask"),
	Why:     tx("stappenplan", "step.noodzakelijk.why"),
	Sources: list("stappenplan", "step.noodzakelijk.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.noodzakelijk.ja.label"),
			Words: list("stappenplan", "option.noodzakelijk.ja.words"), Next: "municipality"},
		{Value: "anoniem", Label: tx("stappenplan", "option.noodzakelijk.anoniem.label"),
			Words: list("stappenplan", "option.noodzakelijk.anoniem.words"), Next: "anoniem"},
		{Value: "zonder", Label: tx("stappenplan", "option.noodzakelijk.zonder.label"),
			Words: list("stappenplan", "option.noodzakelijk.zonder.words"), Next: "niet-nodig"},
	},
}

// spGemeente asks the municipality, one option per record; the route
// follows the record's consent practice (§1.3).
func spGemeente(ms MunicipalityRecords) *Step {
	s := &Step{
		ID:      "municipality",
		Label:   tx("stappenplan", "step.municipality.label"),
		Ask:     tx("stappenplan", "step.municipality.ask"),
		Setting: "municipality",
		Why:     tx("stappenplan", "step.municipality.why"),
		Sources: list("stappenplan", "step.municipality.sources"),
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

var spToestemmingExpliciet = &Step{
	ID:      "toestemming-expliciet",
	Label:   tx("stappenplan", "step.toestemming-expliciet.label"),
	Ask:     tx("stappenplan", "step.toestemming-expliciet.ask"),
	Why:     tx("stappenplan", "step.toestemming-expliciet.why"),
	Sources: list("stappenplan", "step.toestemming-expliciet.sources"),
	Options: spToestemmingOptions(tx("stappenplan", "step.toestemming-expliciet.options")),
}

var spToestemmingTransparant = &Step{
	ID:      "toestemming-transparant",
	Label:   tx("stappenplan", "step.toestemming-transparant.label"),
	Ask:     tx("stappenplan", "step.toestemming-transparant.ask"),
	Why:     tx("stappenplan", "step.toestemming-transparant.why"),
	Sources: list("stappenplan", "step.toestemming-transparant.sources"),
	Options: spToestemmingOptions(tx("stappenplan", "step.toestemming-transparant.options")),
}

var spNadeelGeweten = &Step{
	ID:      "nadeel-geweten",
	Label:   tx("stappenplan", "step.nadeel-geweten.label"),
	Ask:     tx("stappenplan", "step.nadeel-geweten.ask"),
	Why:     tx("stappenplan", "step.nadeel-geweten.why"),
	Sources: list("stappenplan", "step.nadeel-geweten.sources"),
	Options: jaNeeOptions("nadeel-zeker", "zwijgen"),
}

var spKanVragen = &Step{
	ID:      "kan-vragen",
	Label:   tx("stappenplan", "step.kan-vragen.label"),
	Ask:     tx("stappenplan", "step.kan-vragen.ask"),
	Why:     tx("stappenplan", "step.kan-vragen.why"),
	Sources: list("stappenplan", "step.kan-vragen.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.kan-vragen.ja.label"), Words: list("stappenplan", "option.kan-vragen.ja.words"), Next: "vraag-toestemming"},
		{Value: "nee", Label: tx("stappenplan", "option.kan-vragen.nee.label"),
			Words: list("stappenplan", "option.kan-vragen.nee.words"), Next: "nadeel-geweten"},
	},
}

var spNadeelZeker = &Step{
	ID:      "nadeel-zeker",
	Label:   tx("stappenplan", "step.nadeel-zeker.label"),
	Ask:     tx("stappenplan", "step.nadeel-zeker.ask"),
	Why:     tx("stappenplan", "step.nadeel-zeker.why"),
	Sources: list("stappenplan", "step.nadeel-zeker.sources"),
	Options: jaNeeOptions("ander-middel", "zwijgen"),
}

var spAnderMiddel = &Step{
	ID:      "ander-middel",
	Label:   tx("stappenplan", "step.ander-middel.label"),
	Ask:     tx("stappenplan", "step.ander-middel.ask"),
	Why:     tx("stappenplan", "step.ander-middel.why"),
	Sources: list("stappenplan", "step.ander-middel.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.ander-middel.ja.label"), Words: list("stappenplan", "option.ander-middel.ja.words"), Next: "andere-weg"},
		{Value: "nee", Label: tx("stappenplan", "option.ander-middel.nee.label"), Words: list("stappenplan", "option.ander-middel.nee.words"), Next: "collega"},
	},
}

var spCollega = &Step{
	ID:      "collega",
	Label:   tx("stappenplan", "step.collega.label"),
	Ask:     tx("stappenplan", "step.collega.ask"),
	Why:     tx("stappenplan", "step.collega.why"),
	Sources: list("stappenplan", "step.collega.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.collega.ja.label"), Words: list("stappenplan", "option.collega.ja.words"), Next: "doorbreken"},
		{Value: "acuut", Label: tx("stappenplan", "option.collega.acuut.label"),
			Words: list("stappenplan", "option.collega.acuut.words"), Next: "doorbreken"},
		{Value: "nee", Label: tx("stappenplan", "option.collega.nee.label"), Words: list("stappenplan", "option.collega.nee.words"), Next: "overleg-eerst"},
	},
}

var spMeldrechtNodig = &Step{
	ID:      "meldrecht-nodig",
	Label:   tx("stappenplan", "step.meldrecht-nodig.label"),
	Ask:     tx("stappenplan", "step.meldrecht-nodig.ask"),
	Why:     tx("stappenplan", "step.meldrecht-nodig.why"),
	Sources: list("stappenplan", "step.meldrecht-nodig.sources"),
	Options: jaNeeOptions("meldrecht-bespreken", "meldrecht-niet"),
}

var spMeldrechtBespreken = &Step{
	ID:      "meldrecht-bespreken",
	Label:   tx("stappenplan", "step.meldrecht-bespreken.label"),
	Ask:     tx("stappenplan", "step.meldrecht-bespreken.ask"),
	Why:     tx("stappenplan", "step.meldrecht-bespreken.why"),
	Sources: list("stappenplan", "step.meldrecht-bespreken.sources"),
	Options: []Option{
		{Value: "vooraf", Label: tx("stappenplan", "option.meldrecht-bespreken.vooraf.label"),
			Words: list("stappenplan", "option.meldrecht-bespreken.vooraf.words")},
		{Value: "achteraf", Label: tx("stappenplan", "option.meldrecht-bespreken.achteraf.label"),
			Words: list("stappenplan", "option.meldrecht-bespreken.achteraf.words")},
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

var spMeldcodeStappen = &Step{
	ID:      "meldcode-stappen",
	Label:   tx("stappenplan", "step.meldcode-stappen.label"),
	Ask:     tx("stappenplan", "step.meldcode-stappen.ask"),
	Why:     tx("stappenplan", "step.meldcode-stappen.why"),
	Sources: list("stappenplan", "step.meldcode-stappen.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("stappenplan", "option.meldcode-stappen.ja.label"),
			Words: list("stappenplan", "option.meldcode-stappen.ja.words"), Next: "meldcode-vermoeden"},
		{Value: "nee", Label: tx("stappenplan", "option.meldcode-stappen.nee.label"),
			Words: list("stappenplan", "option.meldcode-stappen.nee.words"), Next: "meldcode-eerst"},
		{Value: "acuut", Label: tx("stappenplan", "option.meldcode-stappen.acuut.label"),
			Words: list("stappenplan", "option.meldcode-stappen.acuut.words"), Next: "melden-vt"},
	},
}

var spMeldcodeVermoeden = &Step{
	ID:      "meldcode-vermoeden",
	Label:   tx("stappenplan", "step.meldcode-vermoeden.label"),
	Ask:     tx("stappenplan", "step.meldcode-vermoeden.ask"),
	Why:     tx("stappenplan", "step.meldcode-vermoeden.why"),
	Sources: list("stappenplan", "step.meldcode-vermoeden.sources"),
	Options: jaNeeOptions("meldcode-onveilig", "geen-vermoeden"),
}

var spMeldcodeOnveilig = &Step{
	ID:      "meldcode-onveilig",
	Label:   tx("stappenplan", "step.meldcode-onveilig.label"),
	Ask:     tx("stappenplan", "step.meldcode-onveilig.ask"),
	Why:     tx("stappenplan", "step.meldcode-onveilig.why"),
	Sources: list("stappenplan", "step.meldcode-onveilig.sources"),
	Options: jaNeeOptions("melden-vt", "meldcode-hulp"),
}

var spMeldcodeHulp = &Step{
	ID:      "meldcode-hulp",
	Label:   tx("stappenplan", "step.meldcode-hulp.label"),
	Ask:     tx("stappenplan", "step.meldcode-hulp.ask"),
	Why:     tx("stappenplan", "step.meldcode-hulp.why"),
	Sources: list("stappenplan", "step.meldcode-hulp.sources"),
	Options: jaNeeOptions("meldcode-aanvaard", "melden-vt"),
}

var spMeldcodeAanvaard = &Step{
	ID:      "meldcode-aanvaard",
	Label:   tx("stappenplan", "step.meldcode-aanvaard.label"),
	Ask:     tx("stappenplan", "step.meldcode-aanvaard.ask"),
	Why:     tx("stappenplan", "step.meldcode-aanvaard.why"),
	Sources: list("stappenplan", "step.meldcode-aanvaard.sources"),
	Options: jaNeeOptions("meldcode-veilig", "melden-vt"),
}

var spMeldcodeVeilig = &Step{
	ID:      "meldcode-veilig",
	Label:   tx("stappenplan", "step.meldcode-veilig.label"),
	Ask:     tx("stappenplan", "step.meldcode-veilig.ask"),
	Why:     tx("stappenplan", "step.meldcode-veilig.why"),
	Sources: list("stappenplan", "step.meldcode-veilig.sources"),
	Options: jaNeeOptions("hulp-zonder-melding", "melden-vt"),
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
		return tx("stappenplan", "text.recipient-note-1")
	case "acvz":
		return spCovenantNote
	case "ouder":
		return tx("stappenplan", "text.recipient-note-2")
	case "gi-ots-verzoek", "gi-ongevraagd":
		return tx("stappenplan", "text.recipient-note-3")
	}
	return lang.Text{}
}

// spCovenantNote says what an AcVZ covenant does and does not do (§1.7,
// note 14).
var spCovenantNote = tx("stappenplan", "text.covenant-note")

var spUitInformatieplichtGI = &Outcome{
	ID:                "informatieplicht-gi",
	Title:             tx("stappenplan", "outcome.informatieplicht-gi.title"),
	Verdict:           tx("stappenplan", "outcome.informatieplicht-gi.verdict"),
	Share:             tx("stappenplan", "outcome.informatieplicht-gi.share"),
	Inform:            tx("stappenplan", "outcome.informatieplicht-gi.inform"),
	Ground:            tx("stappenplan", "outcome.informatieplicht-gi.ground"),
	Sources:           list("stappenplan", "outcome.informatieplicht-gi.sources"),
	Laws:              list("stappenplan", "outcome.informatieplicht-gi.laws"),
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitInformatieplichtIGJ = &Outcome{
	ID:      "informatieplicht-igj",
	Title:   tx("stappenplan", "outcome.informatieplicht-igj.title"),
	Verdict: tx("stappenplan", "outcome.informatieplicht-igj.verdict"),
	Share:   tx("stappenplan", "outcome.informatieplicht-igj.share"),
	Inform:  tx("stappenplan", "outcome.informatieplicht-igj.inform"),
	Ground:  tx("stappenplan", "outcome.informatieplicht-igj.ground"),
	Sources: list("stappenplan", "outcome.informatieplicht-igj.sources"),
	Laws:    list("stappenplan", "outcome.informatieplicht-igj.laws"),
	Shared:  spSharedWith,
}

var spUitMedebehandelaar = &Outcome{
	ID:      "medebehandelaar",
	Title:   tx("stappenplan", "outcome.medebehandelaar.title"),
	Verdict: tx("stappenplan", "outcome.medebehandelaar.verdict"),
	Share:   tx("stappenplan", "outcome.medebehandelaar.share"),
	Inform:  tx("stappenplan", "outcome.medebehandelaar.inform"),
	Ground:  tx("stappenplan", "outcome.medebehandelaar.ground"),
	Sources: list("stappenplan", "outcome.medebehandelaar.sources"),
	Laws:    list("stappenplan", "outcome.medebehandelaar.laws"),
	Detail: func(a Answers) lang.Text {
		switch a["ontvanger"] {
		case "huisarts":
			return tx("stappenplan", "outcome.medebehandelaar.detail-1")
		case "team":
			return tx("stappenplan", "outcome.medebehandelaar.detail-2")
		}
		return lang.Text{}
	},
	Shared: spSharedWith,
}

var spUitNietNodig = &Outcome{
	ID:      "niet-nodig",
	Title:   tx("stappenplan", "outcome.niet-nodig.title"),
	Verdict: tx("stappenplan", "outcome.niet-nodig.verdict"),
	Ground:  tx("stappenplan", "outcome.niet-nodig.ground"),
	Sources: list("stappenplan", "outcome.niet-nodig.sources"),
	Laws:    list("stappenplan", "outcome.niet-nodig.laws"),
}

var spUitAnoniem = &Outcome{
	ID:      "anoniem",
	Title:   tx("stappenplan", "outcome.anoniem.title"),
	Verdict: tx("stappenplan", "outcome.anoniem.verdict"),
	Share:   tx("stappenplan", "outcome.anoniem.share"),
	Ground:  tx("stappenplan", "outcome.anoniem.ground"),
	Sources: list("stappenplan", "outcome.anoniem.sources"),
	Laws:    list("stappenplan", "outcome.anoniem.laws"),
}

var spUitDelenToestemming = &Outcome{
	ID:      "delen-toestemming",
	Title:   tx("stappenplan", "outcome.delen-toestemming.title"),
	Verdict: tx("stappenplan", "outcome.delen-toestemming.verdict"),
	Share:   tx("stappenplan", "outcome.delen-toestemming.share"),
	Inform:  tx("stappenplan", "outcome.delen-toestemming.inform"),
	Ground:  tx("stappenplan", "outcome.delen-toestemming.ground"),
	Sources: list("stappenplan", "outcome.delen-toestemming.sources"),
	Laws:    list("stappenplan", "outcome.delen-toestemming.laws"),
	Detail: func(a Answers) lang.Text {
		return spJoin(spWhoConsents(a), spMunicipalPractice(a), spConsentNote(a))
	},
	Shared: spSharedWith,
}

var spUitVraagToestemming = &Outcome{
	ID:      "vraag-toestemming",
	Title:   tx("stappenplan", "outcome.vraag-toestemming.title"),
	Verdict: tx("stappenplan", "outcome.vraag-toestemming.verdict"),
	Inform:  tx("stappenplan", "outcome.vraag-toestemming.inform"),
	Ground:  tx("stappenplan", "outcome.vraag-toestemming.ground"),
	Sources: list("stappenplan", "outcome.vraag-toestemming.sources"),
	Laws:    list("stappenplan", "outcome.vraag-toestemming.laws"),
	Detail: func(a Answers) lang.Text {
		return spJoin(spWhoConsents(a), spConsentNote(a))
	},
	Pending: true,
}

var spUitGezagEerst = &Outcome{
	ID:      "gezag-eerst",
	Title:   tx("stappenplan", "outcome.gezag-eerst.title"),
	Verdict: tx("stappenplan", "outcome.gezag-eerst.verdict"),
	Inform:  tx("stappenplan", "outcome.gezag-eerst.inform"),
	Ground:  tx("stappenplan", "outcome.gezag-eerst.ground"),
	Sources: list("stappenplan", "outcome.gezag-eerst.sources"),
	Laws:    list("stappenplan", "outcome.gezag-eerst.laws"),
	Pending: true,
}

var spUitZwijgen = &Outcome{
	ID:      "zwijgen",
	Title:   tx("stappenplan", "outcome.zwijgen.title"),
	Verdict: tx("stappenplan", "outcome.zwijgen.verdict"),
	Inform:  tx("stappenplan", "outcome.zwijgen.inform"),
	Ground:  tx("stappenplan", "outcome.zwijgen.ground"),
	Sources: list("stappenplan", "outcome.zwijgen.sources"),
	Laws:    list("stappenplan", "outcome.zwijgen.laws"),
	Detail: func(a Answers) lang.Text {
		var meldcode lang.Text
		if a["nadeel-geweten"] == "ja" {
			meldcode = tx("stappenplan", "outcome.zwijgen.detail")
		}
		return spJoin(meldcode, spRecipientNote(a))
	},
	Continue: "stappenplan ontvanger=veilig-thuis",
}

var spUitAnderMiddel = &Outcome{
	ID:      "andere-weg",
	Title:   tx("stappenplan", "outcome.andere-weg.title"),
	Verdict: tx("stappenplan", "outcome.andere-weg.verdict"),
	Inform:  tx("stappenplan", "outcome.andere-weg.inform"),
	Ground:  tx("stappenplan", "outcome.andere-weg.ground"),
	Sources: list("stappenplan", "outcome.andere-weg.sources"),
	Laws:    list("stappenplan", "outcome.andere-weg.laws"),
}

var spUitOverlegEerst = &Outcome{
	ID:      "overleg-eerst",
	Title:   tx("stappenplan", "outcome.overleg-eerst.title"),
	Verdict: tx("stappenplan", "outcome.overleg-eerst.verdict"),
	Inform:  tx("stappenplan", "outcome.overleg-eerst.inform"),
	Ground:  tx("stappenplan", "outcome.overleg-eerst.ground"),
	Sources: list("stappenplan", "outcome.overleg-eerst.sources"),
	Laws:    list("stappenplan", "outcome.overleg-eerst.laws"),
	Pending: true,
}

var spUitDoorbreken = &Outcome{
	ID:      "doorbreken",
	Title:   tx("stappenplan", "outcome.doorbreken.title"),
	Verdict: tx("stappenplan", "outcome.doorbreken.verdict"),
	Share:   tx("stappenplan", "outcome.doorbreken.share"),
	Inform:  tx("stappenplan", "outcome.doorbreken.inform"),
	Ground:  tx("stappenplan", "outcome.doorbreken.ground"),
	Sources: list("stappenplan", "outcome.doorbreken.sources"),
	Laws:    list("stappenplan", "outcome.doorbreken.laws"),
	Detail: func(a Answers) lang.Text {
		var colleague lang.Text
		if a["collega"] == "acuut" {
			colleague = tx("stappenplan", "outcome.doorbreken.detail-1")
		}
		return spJoin(colleague, tx("stappenplan", "outcome.doorbreken.detail-2"),
			spRecipientNote(a))
	},
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitOTSNavragen = &Outcome{
	ID:      "ots-navragen",
	Title:   tx("stappenplan", "outcome.ots-navragen.title"),
	Verdict: tx("stappenplan", "outcome.ots-navragen.verdict"),
	Inform:  tx("stappenplan", "outcome.ots-navragen.inform"),
	Ground:  tx("stappenplan", "outcome.ots-navragen.ground"),
	Sources: list("stappenplan", "outcome.ots-navragen.sources"),
	Laws:    list("stappenplan", "outcome.ots-navragen.laws"),
	Pending: true,
}

// spParentLaws are the articles for informing a parent with authority or
// a guardian (§4.2).
var spParentLaws = list("stappenplan", "lists.parent-laws")

var spUitOuderInformeren = &Outcome{
	ID:      "ouder-informeren",
	Title:   tx("stappenplan", "outcome.ouder-informeren.title"),
	Verdict: tx("stappenplan", "outcome.ouder-informeren.verdict"),
	Share:   tx("stappenplan", "outcome.ouder-informeren.share"),
	Inform:  tx("stappenplan", "outcome.ouder-informeren.inform"),
	Ground:  tx("stappenplan", "outcome.ouder-informeren.ground"),
	Sources: list("stappenplan", "outcome.ouder-informeren.sources"),
	Laws:    spParentLaws,
	Shared:  spSharedWith,
}

var spUitOuder1215 = &Outcome{
	ID:      "ouder-12-15",
	Title:   tx("stappenplan", "outcome.ouder-12-15.title"),
	Verdict: tx("stappenplan", "outcome.ouder-12-15.verdict"),
	Share:   tx("stappenplan", "outcome.ouder-12-15.share"),
	Inform:  tx("stappenplan", "outcome.ouder-12-15.inform"),
	Ground:  tx("stappenplan", "outcome.ouder-12-15.ground"),
	Sources: list("stappenplan", "outcome.ouder-12-15.sources"),
	Laws:    spParentLaws,
	Shared:  spSharedWith,
}

var spUitOuderMetToestemming = &Outcome{
	ID:      "ouder-met-toestemming",
	Title:   tx("stappenplan", "outcome.ouder-met-toestemming.title"),
	Verdict: tx("stappenplan", "outcome.ouder-met-toestemming.verdict"),
	Share:   tx("stappenplan", "outcome.ouder-met-toestemming.share"),
	Inform:  tx("stappenplan", "outcome.ouder-met-toestemming.inform"),
	Ground:  tx("stappenplan", "outcome.ouder-met-toestemming.ground"),
	Sources: list("stappenplan", "outcome.ouder-met-toestemming.sources"),
	Laws:    list("stappenplan", "outcome.ouder-met-toestemming.laws"),
	Shared:  spSharedWith,
}

var spUitOuderGeenToestemming = &Outcome{
	ID:      "ouder-geen-toestemming",
	Title:   tx("stappenplan", "outcome.ouder-geen-toestemming.title"),
	Verdict: tx("stappenplan", "outcome.ouder-geen-toestemming.verdict"),
	Inform:  tx("stappenplan", "outcome.ouder-geen-toestemming.inform"),
	Ground:  tx("stappenplan", "outcome.ouder-geen-toestemming.ground"),
	Sources: list("stappenplan", "outcome.ouder-geen-toestemming.sources"),
	Laws:    list("stappenplan", "outcome.ouder-geen-toestemming.laws"),
}

var spUitOuderZonderGezagInfo = &Outcome{
	ID:      "ouder-zonder-gezag-info",
	Title:   tx("stappenplan", "outcome.ouder-zonder-gezag-info.title"),
	Verdict: tx("stappenplan", "outcome.ouder-zonder-gezag-info.verdict"),
	Share:   tx("stappenplan", "outcome.ouder-zonder-gezag-info.share"),
	Inform:  tx("stappenplan", "outcome.ouder-zonder-gezag-info.inform"),
	Ground:  tx("stappenplan", "outcome.ouder-zonder-gezag-info.ground"),
	Sources: list("stappenplan", "outcome.ouder-zonder-gezag-info.sources"),
	Laws:    list("stappenplan", "outcome.ouder-zonder-gezag-info.laws"),
	Shared:  spSharedWith,
}

var spUitOuderZonderGezagGeen = &Outcome{
	ID:      "ouder-zonder-gezag-geen",
	Title:   tx("stappenplan", "outcome.ouder-zonder-gezag-geen.title"),
	Verdict: tx("stappenplan", "outcome.ouder-zonder-gezag-geen.verdict"),
	Inform:  tx("stappenplan", "outcome.ouder-zonder-gezag-geen.inform"),
	Ground:  tx("stappenplan", "outcome.ouder-zonder-gezag-geen.ground"),
	Sources: list("stappenplan", "outcome.ouder-zonder-gezag-geen.sources"),
	Laws:    list("stappenplan", "outcome.ouder-zonder-gezag-geen.laws"),
}

var spUitVerwijsindexNiet = &Outcome{
	ID:      "verwijsindex-niet",
	Title:   tx("stappenplan", "outcome.verwijsindex-niet.title"),
	Verdict: tx("stappenplan", "outcome.verwijsindex-niet.verdict"),
	Inform:  tx("stappenplan", "outcome.verwijsindex-niet.inform"),
	Ground:  tx("stappenplan", "outcome.verwijsindex-niet.ground"),
	Sources: list("stappenplan", "outcome.verwijsindex-niet.sources"),
	Laws:    spVerwijsindexLaws,
	Detail: func(a Answers) lang.Text {
		switch {
		case a["vi-bevoegd"] != "ja":
			return tx("stappenplan", "outcome.verwijsindex-niet.detail-1")
		case a["vi-leeftijd"] != "ja":
			return tx("stappenplan", "outcome.verwijsindex-niet.detail-2")
		}
		return tx("stappenplan", "outcome.verwijsindex-niet.detail-3")
	},
}

// spVerwijsindexLaws are the articles on the Verwijsindex.
var spVerwijsindexLaws = []string{"Jeugdwet par. 7.1 (verwijsindex risicojongeren, art. 7.1.1.1 e.v.)"}

// spMeldrechtInform says when to tell the client, from the answer to
// meldrecht-bespreken.
func spMeldrechtInform(a Answers) lang.Text {
	if a["meldrecht-bespreken"] == "achteraf" {
		return tx("stappenplan", "text.meldrecht-inform-1")
	}
	return tx("stappenplan", "text.meldrecht-inform-2")
}

var spMeldrechtInformText = tx("stappenplan", "text.meldrecht-inform-text")

var spMeldrechtGround = tx("stappenplan", "text.meldrecht-ground")

var spUitMeldrechtRaad = &Outcome{
	ID:                "meldrecht-raad",
	Title:             tx("stappenplan", "outcome.meldrecht-raad.title"),
	Verdict:           tx("stappenplan", "outcome.meldrecht-raad.verdict"),
	Share:             tx("stappenplan", "outcome.meldrecht-raad.share"),
	Inform:            spMeldrechtInformText,
	Ground:            spMeldrechtGround,
	Sources:           list("stappenplan", "outcome.meldrecht-raad.sources"),
	Laws:              list("stappenplan", "outcome.meldrecht-raad.laws"),
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtVerwijsindex = &Outcome{
	ID:                "meldrecht-verwijsindex",
	Title:             tx("stappenplan", "outcome.meldrecht-verwijsindex.title"),
	Verdict:           tx("stappenplan", "outcome.meldrecht-verwijsindex.verdict"),
	Share:             tx("stappenplan", "outcome.meldrecht-verwijsindex.share"),
	Inform:            tx("stappenplan", "outcome.meldrecht-verwijsindex.inform"),
	Ground:            tx("stappenplan", "outcome.meldrecht-verwijsindex.ground"),
	Sources:           list("stappenplan", "outcome.meldrecht-verwijsindex.sources"),
	Laws:              spVerwijsindexLaws,
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtGI = &Outcome{
	ID:                "meldrecht-gi",
	Title:             tx("stappenplan", "outcome.meldrecht-gi.title"),
	Verdict:           tx("stappenplan", "outcome.meldrecht-gi.verdict"),
	Share:             tx("stappenplan", "outcome.meldrecht-gi.share"),
	Inform:            spMeldrechtInformText,
	Ground:            spMeldrechtGround,
	Sources:           list("stappenplan", "outcome.meldrecht-gi.sources"),
	Laws:              list("stappenplan", "outcome.meldrecht-gi.laws"),
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtVT = &Outcome{
	ID:                "meldrecht-vt",
	Title:             tx("stappenplan", "outcome.meldrecht-vt.title"),
	Verdict:           tx("stappenplan", "outcome.meldrecht-vt.verdict"),
	Share:             tx("stappenplan", "outcome.meldrecht-vt.share"),
	Inform:            spMeldrechtInformText,
	Ground:            tx("stappenplan", "outcome.meldrecht-vt.ground"),
	Sources:           list("stappenplan", "outcome.meldrecht-vt.sources"),
	Laws:              list("stappenplan", "outcome.meldrecht-vt.laws"),
	Detail:            spMeldrechtInform,
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitMeldrechtNiet = &Outcome{
	ID:      "meldrecht-niet",
	Title:   tx("stappenplan", "outcome.meldrecht-niet.title"),
	Verdict: tx("stappenplan", "outcome.meldrecht-niet.verdict"),
	Inform:  tx("stappenplan", "outcome.meldrecht-niet.inform"),
	Ground:  tx("stappenplan", "outcome.meldrecht-niet.ground"),
	Sources: list("stappenplan", "outcome.meldrecht-niet.sources"),
	Laws:    list("stappenplan", "outcome.meldrecht-niet.laws"),
}

// spMeldcodeGround is the legal ground of the reporting-code outcomes,
// with the change since the guideline.
var spMeldcodeGround = tx("stappenplan", "text.meldcode-ground")

var spMeldcodeLaws = list("stappenplan", "lists.meldcode-laws")

var spUitMeldcodeEerst = &Outcome{
	ID:      "meldcode-eerst",
	Title:   tx("stappenplan", "outcome.meldcode-eerst.title"),
	Verdict: tx("stappenplan", "outcome.meldcode-eerst.verdict"),
	Ground:  spMeldcodeGround,
	Sources: list("stappenplan", "outcome.meldcode-eerst.sources"),
	Laws:    spMeldcodeLaws,
	Pending: true,
}

var spUitMeldenVT = &Outcome{
	ID:      "melden-vt",
	Title:   tx("stappenplan", "outcome.melden-vt.title"),
	Verdict: tx("stappenplan", "outcome.melden-vt.verdict"),
	Share:   tx("stappenplan", "outcome.melden-vt.share"),
	Inform:  tx("stappenplan", "outcome.melden-vt.inform"),
	Ground:  spMeldcodeGround,
	Sources: list("stappenplan", "outcome.melden-vt.sources"),
	Laws:    spMeldcodeLaws,
	Detail: func(a Answers) lang.Text {
		switch {
		case a["meldcode-stappen"] == "acuut":
			return tx("stappenplan", "outcome.melden-vt.detail-1")
		case a["meldcode-onveilig"] == "ja":
			return tx("stappenplan", "outcome.melden-vt.detail-2")
		}
		return tx("stappenplan", "outcome.melden-vt.detail-3")
	},
	Shared:            spSharedWith,
	InformMayBeUnsafe: true,
}

var spUitHulpZonderMelding = &Outcome{
	ID:      "hulp-zonder-melding",
	Title:   tx("stappenplan", "outcome.hulp-zonder-melding.title"),
	Verdict: tx("stappenplan", "outcome.hulp-zonder-melding.verdict"),
	Inform:  tx("stappenplan", "outcome.hulp-zonder-melding.inform"),
	Ground:  spMeldcodeGround,
	Sources: list("stappenplan", "outcome.hulp-zonder-melding.sources"),
	Laws:    spMeldcodeLaws,
}

var spUitGeenVermoeden = &Outcome{
	ID:       "geen-vermoeden",
	Title:    tx("stappenplan", "outcome.geen-vermoeden.title"),
	Verdict:  tx("stappenplan", "outcome.geen-vermoeden.verdict"),
	Inform:   tx("stappenplan", "outcome.geen-vermoeden.inform"),
	Ground:   tx("stappenplan", "outcome.geen-vermoeden.ground"),
	Sources:  list("stappenplan", "outcome.geen-vermoeden.sources"),
	Laws:     list("stappenplan", "outcome.geen-vermoeden.laws"),
	Continue: "stappenplan",
}
