package search

import "privacybot/lang"

// weakWords are folded Dutch and English words that say little about which
// topic a question is about: generic verbs, adjectives and adverbs ("denk",
// "gebruiken", "nieuwe", "meteen", "happened"). Unlike stop words they may
// still match, but weakly, and a question is not taken to be about them:
// a weak word no topic has does not make the question out of scope, and a
// rare weak word that one topic happens to use does not decide the ranking.
// Words are matched as written or by their stem, so list one form.
var weakWords = wordSet(`
denken denk gedacht vinden vind vindt gevonden voldoen voldoet gebruiken
gebruik gebruikt zetten zet gezet kijken kijk gekeken horen hoort gehoord
nemen neem neemt genomen houden hou houdt gehouden lopen loopt proberen
probeer regelen regel geregeld beginnen begin begint begonnen starten
start gestart halen haal haalt gehaald brengen breng brengt inbrengen
afhandelen handelen omgaan hoeven hoef hoeft blijven blijft lukken lukt
snappen begrijpen merken liggen ligt wonen woont overzetten noemen noem
aangeven reageren antwoorden antwoord stellen stel stelt gesteld
nieuw nieuwe oud oude goed goede slecht groot grote klein kleine andere
zeker snel meteen direct altijd vanaf ergens niets niks vandaag morgen
gisteren later eerst daarna toen straks mezelf jezelf zichzelf nodig thuis alleen
think thinks thought use uses used using put new old good still already
always anyway happen happens happened handle deal start starts look take
takes bring live lives myself himself herself themselves yourself need only
`)

// deviceWords are folded words for devices and office software. The
// guideline names them as things that get lost or carry data ("laptop
// kwijt"), so they rank topics as usual; but a question only about them
// ("hoe installeer ik outlook op mijn laptop") is an IT question, so they
// do not count as a part of the question that a topic matches.
var deviceWords = wordSet(`
laptop laptops computer computers pc telefoon telefoons mobiel mobieltje
smartphone phone phones tablet tablets ipad outlook usb usbstick stick
wachtwoord wachtwoorden password passwords printer printers scherm screen
wifi internet teams zoom achtergrond background afwezigheidsmelding autoreply
`)

// isDevice reports whether u is a single device word.
func isDevice(u unit) bool {
	return len(u.words) == 1 && deviceWords[u.words[0].word]
}

// roleConcepts are the synonym concepts of the roles professionals speak
// in. After "als" or "as (a)" such a role says who asks ("mag ik als
// jeugdarts ..."), so it counts as a weak word.
var roleConcepts = wordSet("professional jongerenwerk jgz wijkteam")

// weakWeight scales what a weak word scores in a topic.
const weakWeight = 0.35

// weakShare is the share of the topics that a term must occur in for its
// idf to be that of a weak word: a weak word is expected, and its slot's
// ideal is that of such a common term.
const weakShare = 0.25

// isWeak reports whether u is a single weak word without a synonym
// concept. A role after "als" is weak too (see roleConcepts), which the
// caller checks, since it has a concept.
func isWeak(u unit) bool {
	if u.concept != "" || len(u.words) != 1 {
		return false
	}
	w := u.words[0]
	return weakWords[w.word] || weakStems[w.nl] || weakStems[w.en]
}

// weakStems holds the Dutch and English stems of the weak words, so that
// other forms of them are weak too.
var weakStems = func() map[string]bool {
	set := make(map[string]bool)
	for w := range weakWords {
		s := stem(w)
		if len(w) >= 4 {
			set[s.nl] = true
			set[s.en] = true
		}
	}
	return set
}()

// weakSlot makes the slot of a weak word: its matches count weakWeight as
// much, and its ideal is that of a common term, so that missing it costs
// a question little coverage.
func (ix *Index) weakSlot(u unit, lang lang.Lang) slot {
	return slot{alts: scale(ix.unitAlts(u, lang), weakWeight), ideal: ix.weakIDF * satRef, weak: true}
}
