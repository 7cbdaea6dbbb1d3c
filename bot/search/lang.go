package search

import "privacybot/lang"

// dutchMarkers and englishMarkers are common words of one language that
// the other does not use, so that counting them tells the languages apart.
var (
	dutchMarkers = wordSet(`
aan al als ben bent bij dat de deze die dit doe doen dus een en er geen hoe heb
hebben heeft het hij hoi ik je jij kan kind kinderen kun kunnen mag maar met
mijn moet moeten naar niet nog ook ouder ouders van voor wanneer wat welke wie
wil zijn ze zij zonder toestemming gegevens mogen delen vader moeder
`)
	englishMarkers = wordSet(`
a about an and are at be by can child children did do does dont doesnt father for
from get got has have how i if isnt it may mother must my not parent parents should that the their they
this to what when which who why with without would you your consent data share
on or out
`)
)

// DetectLang guesses whether text is Dutch or English by counting words
// that only one of the two languages uses. It returns lang.NL when unsure:
// Dutch is the bot's default.
func DetectLang(text string) lang.Lang {
	return detectLang(tokenize(truncate(text, maxQueryBytes)))
}

// detectLang is DetectLang on words already tokenised.
func detectLang(words []string) lang.Lang {
	nl, en := 0, 0
	for _, w := range words {
		if dutchMarkers[w] {
			nl++
		}
		if englishMarkers[w] {
			en++
		}
	}
	if en > nl {
		return lang.EN
	}
	return lang.NL
}
