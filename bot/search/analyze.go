package search

import (
	"strconv"

	"privacybot/lang"
)

// unit is one meaningful piece of a text: a word, possibly with the
// concept of its synonym entry, or a synonym phrase ("uit elkaar", "Veilig
// Thuis") standing for its concept.
type unit struct {
	// words are the unit's words that count on their own; see units.
	words []stemmed
	// concept is the synonym concept the unit stands for, or "".
	concept string
	// phrase reports a synonym phrase of several words.
	phrase bool
	// afterAs reports that the unit follows "als" or "as (a)": "als
	// jeugdarts", "as a social worker" say who asks, not what about.
	afterAs bool
}

// asWords introduce the role a person speaks in; roleArticles may come
// between them and the role ("as a").
var (
	asWords      = wordSet("als as")
	roleArticles = wordSet("a an een")
)

// followsAs reports whether words[i] comes right after an as-word.
func followsAs(words []stemmed, i int) bool {
	j := i - 1
	if j >= 0 && roleArticles[words[j].word] {
		j--
	}
	return j >= 0 && asWords[words[j].word]
}

// ageConcept marks a number that is a child's age ("kind van 14",
// "12 jaar", "a 15 year old").
const ageConcept = "leeftijd"

// ageNext and agePrev are the words that make a number next to them an
// age; a number shortly after a word for a child is one too ("kind is 13",
// "dochter van 14").
var (
	ageNext    = wordSet("jaar jarig jarige jr year years yo yr yrs")
	agePrev    = wordSet("van aged age leeftijd")
	childWords = wordSet(`kind kindje dochter zoon jongere jeugdige minderjarige tiener puber meisje
jongen client clienten jongvolwassene child kid son daughter girl boy teen teenager minor clients`)
)

// units turns words into units: it finds synonym phrases that count in
// lang ("" accepts both languages), marks ages and drops stop words. With
// phraseWords a phrase of several words keeps its words that are no stop
// words; topics are indexed so, and questions are not, so that a question
// with "beperking van de verwerking" matches the concept, not every topic
// about "verwerking", while a question "hoe verstuur ik het veilig" still
// finds a title "Veilig versturen".
func units(t *phraseTable, words []stemmed, lang lang.Lang, phraseWords bool) []unit {
	var out []unit
	for i := 0; i < len(words); {
		if p, n := t.match(words[i:], lang); p != nil {
			i += n
			if p.concept == fillerConcept {
				continue
			}
			u := unit{concept: p.concept, phrase: len(p.words) > 1, afterAs: followsAs(words, i-n)}
			for _, w := range words[i-n : i] {
				if (phraseWords || len(p.words) == 1) && !stopWords[w.word] {
					u.words = append(u.words, w)
				}
			}
			out = append(out, u)
			continue
		}
		w := words[i]
		switch {
		case isAge(words, i):
			out = append(out, unit{words: []stemmed{w}, concept: ageConcept})
		case !stopWords[w.word]:
			out = append(out, unit{words: []stemmed{w}, afterAs: followsAs(words, i)})
		}
		i++
	}
	return out
}

// isAge reports whether words[i] is a number from 0 to 23 (the ages the
// guideline calls "jeugdige") next to a word that makes it an age.
func isAge(words []stemmed, i int) bool {
	n, err := strconv.Atoi(words[i].word)
	if err != nil || n < 0 || n > 23 {
		return false
	}
	if i+1 < len(words) && ageNext[words[i+1].word] {
		return true
	}
	for back := 1; back <= 2 && i-back >= 0; back++ {
		prev := words[i-back].word
		if (back == 1 && agePrev[prev]) || childWords[prev] {
			return true
		}
	}
	return false
}
