package search

// everydayWords are folded common Dutch and English words of daily life
// that no topic is about: feelings, ages, family, body, places, time and
// vague quantities ("boos", "peuter", "trein", "globaal"). When no topic
// has such a word it describes the circumstances of a question, not its
// subject, so it counts as a weak word rather than as an unknown word
// that would make the question look out of scope. Words that do mark a
// question as out of scope (holidays, weather, recipes, parking) are left
// out on purpose. Words are matched as written or by their stem.
var everydayWords = wordSet(`
boos bozer kwaad verdrietig bang blij angstig gestrest stress moe zenuwachtig
bezorgd ongerust onzeker teleurgesteld geschrokken emotioneel huilen huilt
schreeuwen schreeuwt ruzie lastig moeilijk raar vreemd vervelend gek
baby babys peuter peuters kleuter kleuters puber pubers tiener tieners
meisje meisjes zoon zoons dochter dochters broer broertje
zus zusje oma opa tante oom neef nicht buurman buurvrouw buren vriend
vriendin vriendje vriendinnetje vrienden
blauw blauwe plek plekken wond wonden arm been hoofd gezicht lichaam
ziek ziekte pijn gewond mager vies
trein auto fiets straat winkel supermarkt kantoor
bureau kamer keuken gang deur tas rugzak jas bank stoel tafel
ochtend middag avond nacht weekend week weken maand maanden jaar jaren
uur minuut minuten dag dagen moment
globaal ongeveer grofweg soort ding dingen manier situatie geval gevallen
kwestie zaak beetje deel stuk helemaal totaal allerlei gewoonweg
vergeten vergeet kwijtgeraakt praten praat zeggen zegt gezegd vertellen
vertelt verteld schrijven schreef lezen leest zien ziet gezien wachten
wacht vragen vroeg sturen stuurt loopt rennen zitten slapen eten drinken
drinkt spelen wonen verhuizen verhuisd werken werkt
angry upset sad scared afraid happy worried nervous stressed tired crying
cries shouting fight fighting weird strange difficult hard annoying
toddler toddlers baby babies kid kids boy boys girl girls son daughter
brother sister grandma grandmother grandpa grandfather aunt uncle cousin
neighbour neighbor neighbours friend friends boyfriend girlfriend
bruise bruises bruising blue mark marks arm leg head face body sick ill
pain hurt injured
train car bike street shop store office desk room kitchen bag backpack
morning afternoon evening night weekend week weeks month months year years
hour hours minute minutes day days moment
roughly approximately about general generally kind sort thing things way
situation case matter bit part whole totally
forgot forget forgotten talk talks talked tell tells told say says said
write wrote read reads see sees saw seen wait waits send sends sent
`)

// isEveryday reports whether w, a word no topic has, is an everyday word.
func isEveryday(w stemmed) bool {
	return everydayWords[w.word] || everydayStems[w.nl] || everydayStems[w.en]
}

// everydayStems holds the Dutch and English stems of the everyday words
// of four letters or more, so that other forms of them count too.
var everydayStems = func() map[string]bool {
	set := make(map[string]bool)
	for w := range everydayWords {
		if len(w) >= 4 {
			s := stem(w)
			set[s.nl] = true
			set[s.en] = true
		}
	}
	return set
}()

// stopTypoMinLen is the shortest word read as a misspelt stop word: a
// shorter word one edit from a stop word is as likely a different word.
const stopTypoMinLen = 6

// isStopTypo reports whether w, a word the index does not know, is one
// edit from a stop word of about its length ("eigelijk" for "eigenlijk"):
// then it is that stop word, misspelt, and carries no topic.
func isStopTypo(w string) bool {
	if len(w) < stopTypoMinLen {
		return false
	}
	rs := []rune(w)
	for _, s := range longStopWords {
		if s[0] == rs[0] && osaDistance(rs, s, 1) <= 1 {
			return true
		}
	}
	return false
}

// longStopWords holds the stop words of stopTypoMinLen-1 letters or more
// as runes, for isStopTypo.
var longStopWords = func() [][]rune {
	var list [][]rune
	for w := range stopWords {
		if len(w) >= stopTypoMinLen-1 {
			list = append(list, []rune(w))
		}
	}
	return list
}()
