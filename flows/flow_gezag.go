package flows

import (
	"strconv"
	"strings"

	"privacybot/lang"
)

// gezagFlow works out who holds parental authority over a minor, and how to
// check it (Begrippenlijst 'Gezag', §2.3, notes 23 to 25). For an
// recognised child of unmarried parents it asks the date of the
// recognition: since 1 January 2023 recognition gives joint
// authority by law (BW art. 1:251b), which the 2018 guideline does not show.
func gezagFlow(*source) *Flow {
	return &Flow{
		ID:      "gezag",
		Aliases: list("gezag", "flow.aliases"),
		Title:   tx("gezag", "flow.title"),
		Intro:   tx("gezag", "flow.intro"),
		Sources: list("gezag", "flow.sources"),
		Start:   "rechter",
		Note:    true,
		Steps:   []*Step{gzRechter, gzGeboorte, gzErkenning, gzLaterGetrouwd, gzErkenningDatum},
		Outcomes: []*Outcome{
			gzUitVoogd,
			gzUitEenhoofdig,
			gzUitGezamenlijkRechter,
			gzUitBeideOuders,
			gzUitGetrouwdNaGeboorte,
			gzUitErkendGezamenlijk,
			gzUitErkend,
			gzUitMoederAlleen,
			gzUitUitzoeken,
		},
	}
}

var gzRechter = &Step{
	ID:      "rechter",
	Label:   tx("gezag", "step.rechter.label"),
	Ask:     tx("gezag", "step.rechter.ask"),
	Why:     tx("gezag", "step.rechter.why"),
	Sources: list("gezag", "step.rechter.sources"),
	Options: []Option{
		{Value: "voogd", Label: tx("gezag", "option.rechter.voogd.label"), Words: list("gezag", "option.rechter.voogd.words"), Next: "voogdij"},
		{Value: "eenhoofdig", Label: tx("gezag", "option.rechter.eenhoofdig.label"), Words: list("gezag", "option.rechter.eenhoofdig.words"), Next: "eenhoofdig"},
		{Value: "gezamenlijk", Label: tx("gezag", "option.rechter.gezamenlijk.label"), Words: list("gezag", "option.rechter.gezamenlijk.words"), Next: "gezamenlijk-rechter"},
		{Value: "nee", Label: tx("gezag", "option.rechter.nee.label"), Words: list("gezag", "option.rechter.nee.words"), Next: "geboorte"},
	},
}

var gzGeboorte = &Step{
	ID:      "geboorte",
	Label:   tx("gezag", "step.geboorte.label"),
	Ask:     tx("gezag", "step.geboorte.ask"),
	Why:     tx("gezag", "step.geboorte.why"),
	Sources: list("gezag", "step.geboorte.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("gezag", "option.geboorte.ja.label"), Words: list("gezag", "option.geboorte.ja.words"), Next: "beide-ouders"},
		{Value: "nee", Label: tx("gezag", "option.geboorte.nee.label"), Words: list("gezag", "option.geboorte.nee.words"), Next: "erkenning"},
		{Value: "weet-niet", Label: tx("gezag", "option.geboorte.weet-niet.label"), Words: list("gezag", "option.geboorte.weet-niet.words"), Next: "uitzoeken"},
	},
}

var gzErkenning = &Step{
	ID:      "erkenning",
	Label:   tx("gezag", "step.erkenning.label"),
	Ask:     tx("gezag", "step.erkenning.ask"),
	Why:     tx("gezag", "step.erkenning.why"),
	Sources: list("gezag", "step.erkenning.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("gezag", "option.erkenning.ja.label"), Words: list("gezag", "option.erkenning.ja.words"), Next: "later-getrouwd"},
		{Value: "nee", Label: tx("gezag", "option.erkenning.nee.label"), Words: list("gezag", "option.erkenning.nee.words"), Next: "moeder-alleen"},
		{Value: "weet-niet", Label: tx("gezag", "option.erkenning.weet-niet.label"), Words: list("gezag", "option.erkenning.weet-niet.words"), Next: "uitzoeken"},
	},
}

var gzLaterGetrouwd = &Step{
	ID:      "later-getrouwd",
	Label:   tx("gezag", "step.later-getrouwd.label"),
	Ask:     tx("gezag", "step.later-getrouwd.ask"),
	Why:     tx("gezag", "step.later-getrouwd.why"),
	Sources: list("gezag", "step.later-getrouwd.sources"),
	Options: []Option{
		{Value: "ja", Label: tx("gezag", "option.later-getrouwd.ja.label"), Words: list("gezag", "option.later-getrouwd.ja.words"), Next: "getrouwd-na-geboorte"},
		{Value: "nee", Label: tx("gezag", "option.later-getrouwd.nee.label"), Words: list("gezag", "option.later-getrouwd.nee.words"), Next: "erkenning-datum"},
		{Value: "weet-niet", Label: tx("gezag", "option.later-getrouwd.weet-niet.label"), Words: list("gezag", "option.later-getrouwd.weet-niet.words"), Next: "uitzoeken"},
	},
}

var gzErkenningDatum = &Step{
	ID:      "erkenning-datum",
	Label:   tx("gezag", "step.erkenning-datum.label"),
	Ask:     tx("gezag", "step.erkenning-datum.ask"),
	Why:     tx("gezag", "step.erkenning-datum.why"),
	Sources: list("gezag", "step.erkenning-datum.sources"),
	Options: []Option{
		{Value: "vanaf-2023", Label: tx("gezag", "option.erkenning-datum.vanaf-2023.label"), Words: list("gezag", "option.erkenning-datum.vanaf-2023.words"), Next: "erkend-gezamenlijk"},
		{Value: "voor-2023", Label: tx("gezag", "option.erkenning-datum.voor-2023.label"), Words: list("gezag", "option.erkenning-datum.voor-2023.words"), Next: "erkend-geen-gezag"},
		{Value: "weet-niet", Label: tx("gezag", "option.erkenning-datum.weet-niet.label"), Words: list("gezag", "option.erkenning-datum.weet-niet.words"), Next: "uitzoeken"},
	},
	Parse: gzParseYear,
}

// gzParseYear reads a typed year of recognition ("2021", "maart 2024",
// "12-3-2022") into the option before or from 1 January 2023. It takes the
// one four-digit number in the input, and refuses none, several or a year
// outside 1990 to 2100.
func gzParseYear(input string) (string, bool) {
	year := 0
	for _, field := range strings.FieldsFunc(input, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(field) != 4 {
			continue
		}
		if year != 0 {
			return "", false
		}
		n, err := strconv.Atoi(field)
		if err != nil {
			return "", false
		}
		year = n
	}
	switch {
	case year < 1990 || year > 2100:
		return "", false
	case year < 2023:
		return "voor-2023", true
	}
	return "vanaf-2023", true
}

// gzCheck says how to check the answer: authority set by a court is in the
// register of parental authority; authority that follows by law, from marriage or from
// a recognition since 2023, is not.
func gzCheck(a Answers) lang.Text {
	switch {
	case a["rechter"] != "nee":
		return tx("gezag", "text.check-1")
	case a["erkenning-datum"] == "vanaf-2023":
		return tx("gezag", "text.check-2")
	case a["erkenning-datum"] == "voor-2023":
		return tx("gezag", "text.check-3")
	case a["erkenning-datum"] == "weet-niet":
		return tx("gezag", "text.check-4")
	}
	return tx("gezag", "text.check-5")
}

var gzGround = tx("gezag", "text.ground")

var gzUitVoogd = &Outcome{
	ID:      "voogdij",
	Title:   tx("gezag", "outcome.voogdij.title"),
	Verdict: tx("gezag", "outcome.voogdij.verdict"),
	Ground:  gzGround,
	Sources: list("gezag", "outcome.voogdij.sources"),
	Laws:    list("gezag", "outcome.voogdij.laws"),
	Detail:  gzCheck,
}

var gzUitEenhoofdig = &Outcome{
	ID:      "eenhoofdig",
	Title:   tx("gezag", "outcome.eenhoofdig.title"),
	Verdict: tx("gezag", "outcome.eenhoofdig.verdict"),
	Ground:  gzGround,
	Sources: list("gezag", "outcome.eenhoofdig.sources"),
	Laws:    list("gezag", "outcome.eenhoofdig.laws"),
	Detail:  gzCheck,
}

var gzUitGezamenlijkRechter = &Outcome{
	ID:      "gezamenlijk-rechter",
	Title:   tx("gezag", "outcome.gezamenlijk-rechter.title"),
	Verdict: tx("gezag", "outcome.gezamenlijk-rechter.verdict"),
	Ground:  gzGround,
	Sources: list("gezag", "outcome.gezamenlijk-rechter.sources"),
	Laws:    list("gezag", "outcome.gezamenlijk-rechter.laws"),
	Detail:  gzCheck,
}

var gzUitBeideOuders = &Outcome{
	ID:      "beide-ouders",
	Title:   tx("gezag", "outcome.beide-ouders.title"),
	Verdict: tx("gezag", "outcome.beide-ouders.verdict"),
	Ground:  gzGround,
	Sources: list("gezag", "outcome.beide-ouders.sources"),
	Laws:    list("gezag", "outcome.beide-ouders.laws"),
	Detail:  gzCheck,
}

var gzUitGetrouwdNaGeboorte = &Outcome{
	ID:      "getrouwd-na-geboorte",
	Title:   tx("gezag", "outcome.getrouwd-na-geboorte.title"),
	Verdict: tx("gezag", "outcome.getrouwd-na-geboorte.verdict"),
	Ground:  tx("gezag", "outcome.getrouwd-na-geboorte.ground"),
	Sources: list("gezag", "outcome.getrouwd-na-geboorte.sources"),
	Laws:    list("gezag", "outcome.getrouwd-na-geboorte.laws"),
	Detail:  gzCheck,
}

var gzUitErkendGezamenlijk = &Outcome{
	ID:      "erkend-gezamenlijk",
	Title:   tx("gezag", "outcome.erkend-gezamenlijk.title"),
	Verdict: tx("gezag", "outcome.erkend-gezamenlijk.verdict"),
	Ground:  tx("gezag", "outcome.erkend-gezamenlijk.ground"),
	Sources: list("gezag", "outcome.erkend-gezamenlijk.sources"),
	Laws:    list("gezag", "outcome.erkend-gezamenlijk.laws"),
	Detail: func(a Answers) lang.Text {
		return spJoin(tx("gezag", "outcome.erkend-gezamenlijk.detail"),
			gzCheck(a))
	},
}

var gzUitErkend = &Outcome{
	ID:      "erkend-geen-gezag",
	Title:   tx("gezag", "outcome.erkend-geen-gezag.title"),
	Verdict: tx("gezag", "outcome.erkend-geen-gezag.verdict"),
	Ground:  tx("gezag", "outcome.erkend-geen-gezag.ground"),
	Sources: list("gezag", "outcome.erkend-geen-gezag.sources"),
	Laws:    list("gezag", "outcome.erkend-geen-gezag.laws"),
	Detail: func(a Answers) lang.Text {
		return spJoin(tx("gezag", "outcome.erkend-geen-gezag.detail"),
			gzCheck(a))
	},
}

var gzUitMoederAlleen = &Outcome{
	ID:      "moeder-alleen",
	Title:   tx("gezag", "outcome.moeder-alleen.title"),
	Verdict: tx("gezag", "outcome.moeder-alleen.verdict"),
	Ground:  gzGround,
	Sources: list("gezag", "outcome.moeder-alleen.sources"),
	Laws:    list("gezag", "outcome.moeder-alleen.laws"),
	Detail:  gzCheck,
}

var gzUitUitzoeken = &Outcome{
	ID:      "uitzoeken",
	Title:   tx("gezag", "outcome.uitzoeken.title"),
	Verdict: tx("gezag", "outcome.uitzoeken.verdict"),
	Ground:  gzGround,
	Sources: list("gezag", "outcome.uitzoeken.sources"),
	Laws:    list("gezag", "outcome.uitzoeken.laws"),
	Detail:  gzCheck,
	Pending: true,
}
