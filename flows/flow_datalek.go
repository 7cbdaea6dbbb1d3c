package flows

import "privacybot/lang"

// datalekFlow helps a professional who fears personal data went astray:
// is it a data breach, and what to do now. Their part is to report it
// inside the organisation at once, so that the organisation can report it
// to the Dutch Data Protection Authority (AP) within 72 hours of discovery (§4.4,
// §5.2, legal update 3).
func datalekFlow(*source) *Flow {
	return &Flow{
		ID:    "datalek",
		Start: "wat",
		Note:  true,
		Steps: []*Step{
			dlWat(),
			dlPersoonsgegevens(),
			dlBeveiligd(),
		},
		Outcomes: []*Outcome{
			dlUitMelden(),
			dlUitMeldenBeveiligd(),
			dlUitGeenPersoonsgegevens(),
		},
	}
}

func dlWat() *Step {
	return &Step{
		ID: "wat",
		Options: []Option{
			{Value: "verkeerde-ontvanger", Next: "persoonsgegevens"},
			{Value: "verlies", Next: "persoonsgegevens"},
			{Value: "toegang", Next: "persoonsgegevens"},
			{Value: "onterecht-gedeeld", Next: "persoonsgegevens"},
			{Value: "onbeveiligd", Next: "persoonsgegevens"},
			{Value: "anders", Next: "persoonsgegevens"},
		},
	}
}

func dlPersoonsgegevens() *Step {
	return &Step{
		ID: "persoonsgegevens",
		Options: []Option{
			{Value: "ja", Next: "beveiligd"},
			{Value: "weet-niet", Next: "beveiligd"},
			{Value: "nee", Next: "geen-persoonsgegevens"},
		},
	}
}

func dlBeveiligd() *Step {
	return &Step{
		ID: "beveiligd",
		Options: []Option{
			{Value: "ja", Next: "melden-beveiligd"},
			{Value: "nee", Next: "melden"},
			{Value: "weet-niet", Next: "melden"},
		},
	}
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

func dlUitMelden() *Outcome {
	return &Outcome{
		ID:       "melden",
		Verdict:  joinTexts(tx("datalek", "outcome.melden.verdict"), dlReportNow),
		Inform:   dlInformAffected,
		Ground:   joinTexts(tx("datalek", "outcome.melden.ground"), dlOrgDuty),
		Deadline: dlTerm,
		Laws:     dlLaws,
		Detail:   dlDetail,
	}
}

func dlUitMeldenBeveiligd() *Outcome {
	return &Outcome{
		ID:       "melden-beveiligd",
		Verdict:  joinTexts(tx("datalek", "outcome.melden-beveiligd.verdict"), dlReportNow),
		Ground:   joinTexts(tx("datalek", "outcome.melden-beveiligd.ground"), dlOrgDuty),
		Deadline: dlTerm,
		Laws:     dlLaws,
		Detail:   dlDetail,
	}
}

func dlUitGeenPersoonsgegevens() *Outcome {
	return &Outcome{
		ID:     "geen-persoonsgegevens",
		Ground: joinTexts(tx("datalek", "outcome.geen-persoonsgegevens.ground"), dlOrgDuty),
		Detail: dlDetail,
	}
}
