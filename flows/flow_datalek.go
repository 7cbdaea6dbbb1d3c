package flows

import "privacybot/lang"

// datalekFlow helps a professional who fears personal data went astray:
// is it a data breach, and what to do now. Their part is to report it
// inside the organisation at once, so that the organisation can report it
// to the Dutch Data Protection Authority (AP) within 72 hours of discovery (§4.4,
// §5.2, legal update 3).
func datalekFlow(*source) *Flow {
	return &Flow{
		ID:      "datalek",
		Aliases: list("datalek", "flow.aliases"),
		Title:   tx("datalek", "flow.title"),
		Intro:   tx("datalek", "flow.intro"),
		Sources: list("datalek", "flow.sources"),
		Start:   "wat",
		Note:    true,
		Steps: []*Step{
			dlWat,
			dlPersoonsgegevens,
			dlBeveiligd,
		},
		Outcomes: []*Outcome{
			dlUitMelden,
			dlUitMeldenBeveiligd,
			dlUitGeenPersoonsgegevens,
		},
	}
}

var dlWat = &Step{
	ID:      "wat",
	Label:   tx("datalek", "step.wat.label"),
	Ask:     tx("datalek", "step.wat.ask"),
	Why:     tx("datalek", "step.wat.why"),
	Sources: list("datalek", "step.wat.sources"),
	Options: []Option{
		{Value: "verkeerde-ontvanger", Label: tx("datalek", "option.wat.verkeerde-ontvanger.label"),
			Words: list("datalek", "option.wat.verkeerde-ontvanger.words"), Next: "persoonsgegevens"},
		{Value: "verlies", Label: tx("datalek", "option.wat.verlies.label"),
			Words: list("datalek", "option.wat.verlies.words"), Next: "persoonsgegevens"},
		{Value: "toegang", Label: tx("datalek", "option.wat.toegang.label"),
			Words: list("datalek", "option.wat.toegang.words"), Next: "persoonsgegevens"},
		{Value: "onterecht-gedeeld", Label: tx("datalek", "option.wat.onterecht-gedeeld.label"),
			Words: list("datalek", "option.wat.onterecht-gedeeld.words"), Next: "persoonsgegevens"},
		{Value: "onbeveiligd", Label: tx("datalek", "option.wat.onbeveiligd.label"),
			Words: list("datalek", "option.wat.onbeveiligd.words"), Next: "persoonsgegevens"},
		{Value: "anders", Label: tx("datalek", "option.wat.anders.label"), Words: list("datalek", "option.wat.anders.words"), Next: "persoonsgegevens"},
	},
}

var dlPersoonsgegevens = &Step{
	ID:      "persoonsgegevens",
	Label:   tx("datalek", "step.persoonsgegevens.label"),
	Ask:     tx("datalek", "step.persoonsgegevens.ask"),
	Why:     tx("datalek", "step.persoonsgegevens.why"),
	Sources: list("datalek", "step.persoonsgegevens.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("datalek", "option.persoonsgegevens.ja.label"), Words: list("datalek", "option.persoonsgegevens.ja.words"), Next: "beveiligd"},
		{Value: "weet-niet", Label: tx("datalek", "option.persoonsgegevens.weet-niet.label"), Words: list("datalek", "option.persoonsgegevens.weet-niet.words"), Next: "beveiligd"},
		{Value: "nee", Label: tx("datalek", "option.persoonsgegevens.nee.label"), Words: list("datalek", "option.persoonsgegevens.nee.words"), Next: "geen-persoonsgegevens"},
	},
}

var dlBeveiligd = &Step{
	ID:      "beveiligd",
	Label:   tx("datalek", "step.beveiligd.label"),
	Ask:     tx("datalek", "step.beveiligd.ask"),
	Why:     tx("datalek", "step.beveiligd.why"),
	Sources: list("datalek", "step.beveiligd.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("datalek", "option.beveiligd.ja.label"), Words: list("datalek", "option.beveiligd.ja.words"), Next: "melden-beveiligd"},
		{Value: "nee", Label: tx("datalek", "option.beveiligd.nee.label"), Words: list("datalek", "option.beveiligd.nee.words"), Next: "melden"},
		{Value: "weet-niet", Label: tx("datalek", "option.beveiligd.weet-niet.label"), Words: list("datalek", "option.beveiligd.weet-niet.words"), Next: "melden"},
	},
}

// dlReportNow is the professional's part, said in every outcome: report
// inside the organisation at once, for the 72 hours from discovery.
var dlReportNow = tx("datalek", "text.report-now")

// dlOrgDuty is the organisation's part: report to the AP within 72 hours
// unless a risk is unlikely, and document every breach (AVG art. 33).
var dlOrgDuty = tx("datalek", "text.org-duty")

// dlTerm is the organisation's 72 hours (AVG art. 33 lid 1).
var dlTerm = &Deadline{Hours: 72, What: tx("datalek", "text.term-what")}

// dlLimitDamage says, per kind of incident, what the professional can do
// now to limit the damage.
var dlLimitDamage = map[string]lang.Text{
	"verkeerde-ontvanger": tx("datalek", "limit-damage.verkeerde-ontvanger"),
	"verlies":             tx("datalek", "limit-damage.verlies"),
	"toegang":             tx("datalek", "limit-damage.toegang"),
	"onterecht-gedeeld":   tx("datalek", "limit-damage.onterecht-gedeeld"),
	"onbeveiligd":         tx("datalek", "limit-damage.onbeveiligd"),
	"anders":              tx("datalek", "limit-damage.anders"),
}

// dlDetail gives the damage limitation for what happened and how to record
// it, and says not to guess whether it counts.
func dlDetail(a Answers) lang.Text {
	limit, ok := dlLimitDamage[a["wat"]]
	if !ok {
		limit = dlLimitDamage["anders"]
	}
	return joinTexts(limit, tx("datalek", "text.detail"))
}

// dlInformAffected says who decides on telling the people affected.
var dlInformAffected = tx("datalek", "text.inform-affected")

// dlLaws are the articles on data breaches.
var dlLaws = list("datalek", "lists.laws")

var dlUitMelden = &Outcome{
	ID:       "melden",
	Title:    tx("datalek", "outcome.melden.title"),
	Verdict:  joinTexts(tx("datalek", "outcome.melden.verdict"), dlReportNow),
	Inform:   dlInformAffected,
	Ground:   joinTexts(tx("datalek", "outcome.melden.ground"), dlOrgDuty),
	Deadline: dlTerm,
	Sources:  list("datalek", "outcome.melden.sources"),
	Laws:     dlLaws,
	Detail:   dlDetail,
}

var dlUitMeldenBeveiligd = &Outcome{
	ID:       "melden-beveiligd",
	Title:    tx("datalek", "outcome.melden-beveiligd.title"),
	Verdict:  joinTexts(tx("datalek", "outcome.melden-beveiligd.verdict"), dlReportNow),
	Inform:   tx("datalek", "outcome.melden-beveiligd.inform"),
	Ground:   joinTexts(tx("datalek", "outcome.melden-beveiligd.ground"), dlOrgDuty),
	Deadline: dlTerm,
	Sources:  list("datalek", "outcome.melden-beveiligd.sources"),
	Laws:     dlLaws,
	Detail:   dlDetail,
}

var dlUitGeenPersoonsgegevens = &Outcome{
	ID:      "geen-persoonsgegevens",
	Title:   tx("datalek", "outcome.geen-persoonsgegevens.title"),
	Verdict: tx("datalek", "outcome.geen-persoonsgegevens.verdict"),
	Ground:  joinTexts(tx("datalek", "outcome.geen-persoonsgegevens.ground"), dlOrgDuty),
	Sources: list("datalek", "outcome.geen-persoonsgegevens.sources"),
	Laws:    list("datalek", "outcome.geen-persoonsgegevens.laws"),
	Detail:  dlDetail,
}
