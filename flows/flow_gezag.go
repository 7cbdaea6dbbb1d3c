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
		ID:    "gezag",
		Start: "rechter",
		Note:  true,
		Steps: []*Step{gzRechter(), gzGeboorte(), gzErkenning(), gzLaterGetrouwd(), gzErkenningDatum()},
		Outcomes: []*Outcome{
			gzUitVoogd(),
			gzUitEenhoofdig(),
			gzUitGezamenlijkRechter(),
			gzUitBeideOuders(),
			gzUitGetrouwdNaGeboorte(),
			gzUitErkendGezamenlijk(),
			gzUitErkend(),
			gzUitMoederAlleen(),
			gzUitUitzoeken(),
		},
	}
}

func gzRechter() *Step {
	return &Step{
		ID: "rechter",
		Options: []Option{
			{Value: "voogd", Next: "voogdij"},
			{Value: "eenhoofdig", Next: "eenhoofdig"},
			{Value: "gezamenlijk", Next: "gezamenlijk-rechter"},
			{Value: "nee", Next: "geboorte"},
		},
	}
}

func gzGeboorte() *Step {
	return &Step{
		ID: "geboorte",
		Options: []Option{
			{Value: "ja", Next: "beide-ouders"},
			{Value: "nee", Next: "erkenning"},
			{Value: "weet-niet", Next: "uitzoeken"},
		},
	}
}

func gzErkenning() *Step {
	return &Step{
		ID: "erkenning",
		Options: []Option{
			{Value: "ja", Next: "later-getrouwd"},
			{Value: "nee", Next: "moeder-alleen"},
			{Value: "weet-niet", Next: "uitzoeken"},
		},
	}
}

func gzLaterGetrouwd() *Step {
	return &Step{
		ID: "later-getrouwd",
		Options: []Option{
			{Value: "ja", Next: "getrouwd-na-geboorte"},
			{Value: "nee", Next: "erkenning-datum"},
			{Value: "weet-niet", Next: "uitzoeken"},
		},
	}
}

func gzErkenningDatum() *Step {
	return &Step{
		ID: "erkenning-datum",
		Options: []Option{
			{Value: "vanaf-2023", Next: "erkend-gezamenlijk"},
			{Value: "voor-2023", Next: "erkend-geen-gezag"},
			{Value: "weet-niet", Next: "uitzoeken"},
		},
		Parse: gzParseYear,
	}
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
		return tx("gezag", "text.check-court-order")
	case a["erkenning-datum"] == "vanaf-2023":
		return tx("gezag", "text.check-recognition-since-2023")
	case a["erkenning-datum"] == "voor-2023":
		return tx("gezag", "text.check-recognition-before-2023")
	case a["erkenning-datum"] == "weet-niet":
		return tx("gezag", "text.check-recognition-date-unknown")
	}
	return tx("gezag", "text.check-by-law")
}

var gzGround = tx("gezag", "text.ground")

func gzUitVoogd() *Outcome {
	return &Outcome{
		ID:     "voogdij",
		Ground: gzGround,
		Detail: gzCheck,
	}
}

func gzUitEenhoofdig() *Outcome {
	return &Outcome{
		ID:     "eenhoofdig",
		Ground: gzGround,
		Detail: gzCheck,
	}
}

func gzUitGezamenlijkRechter() *Outcome {
	return &Outcome{
		ID:     "gezamenlijk-rechter",
		Ground: gzGround,
		Detail: gzCheck,
	}
}

func gzUitBeideOuders() *Outcome {
	return &Outcome{
		ID:     "beide-ouders",
		Ground: gzGround,
		Detail: gzCheck,
	}
}

func gzUitGetrouwdNaGeboorte() *Outcome {
	return &Outcome{
		ID:     "getrouwd-na-geboorte",
		Detail: gzCheck,
	}
}

func gzUitErkendGezamenlijk() *Outcome {
	return &Outcome{
		ID: "erkend-gezamenlijk",
		Detail: func(a Answers) lang.Text {
			return spJoin(tx("gezag", "outcome.erkend-gezamenlijk.detail"),
				gzCheck(a))
		},
	}
}

func gzUitErkend() *Outcome {
	return &Outcome{
		ID: "erkend-geen-gezag",
		Detail: func(a Answers) lang.Text {
			return spJoin(tx("gezag", "outcome.erkend-geen-gezag.detail"),
				gzCheck(a))
		},
	}
}

func gzUitMoederAlleen() *Outcome {
	return &Outcome{
		ID:     "moeder-alleen",
		Ground: gzGround,
		Detail: gzCheck,
	}
}

func gzUitUitzoeken() *Outcome {
	return &Outcome{
		ID:      "uitzoeken",
		Ground:  gzGround,
		Detail:  gzCheck,
		Pending: true,
	}
}
