package search

import (
	"regexp"
	"strings"
)

// titleBoost is how much a topic's score grows when the question covers
// its whole title: a question "wat betekent gezag?" is about the topic
// "Gezag" more than about the many topics that mention gezag.
const titleBoost = 0.5

// titleMatchWeight is the least weight of a match that counts for the
// title boost: a weak word or the modifier of a compound does not make a
// question about a title.
const titleMatchWeight = 0.5

// boostTitles multiplies each scoring topic's score by 1 + titleBoost ×
// the squared share of its title (Dutch or English, whichever is better)
// that the question's slots match.
func (ix *Index) boostTitles(slots []slot, scores []float64) {
	asked := make(map[int32]bool)
	for _, s := range slots {
		for _, a := range s.alts {
			if a.weight >= titleMatchWeight {
				asked[a.term] = true
			}
		}
	}
	for d, sc := range scores {
		if sc == 0 {
			continue
		}
		best := 0.0
		for _, title := range ix.titles[d] {
			if len(title) == 0 {
				continue
			}
			hit := 0
			for _, terms := range title {
				for _, t := range terms {
					if asked[t] {
						hit++
						break
					}
				}
			}
			best = max(best, float64(hit)/float64(len(title)))
		}
		scores[d] = sc * (1 + titleBoost*best*best)
	}
}

// definitionConcept is the synonym concept of definitional questions
// ("wat betekent", "what counts as").
const definitionConcept = "definitie"

// glossaryPrior is how much a glossary topic's score counts when the
// question asks for no definition: "jongere van 16 wil hulp" is about
// consent, not about the word "jeugdige". A definitional question divides
// by it instead.
const glossaryPrior = 0.75

// weighGlossary applies glossaryPrior to the glossary topics' scores.
func (ix *Index) weighGlossary(slots []slot, scores []float64) {
	f := glossaryPrior
	for _, s := range slots {
		if s.definition {
			f = 1 / glossaryPrior
		}
	}
	if id, ok := ix.terms[conceptPrefix+definitionConcept]; ok {
		for _, s := range slots {
			for _, a := range s.alts {
				if a.term == id {
					f = 1 / glossaryPrior
				}
			}
		}
	}
	for d := range scores {
		if ix.glossary[d] {
			scores[d] *= f
		}
	}
}

// definitional matches the questions that ask what something means in a
// form the synonym table cannot hold, its words apart: "wat houdt gezag
// eigenlijk in", "wat is privacy eigenlijk", "telt bekijken ook als
// verwerken", "ben ik een professional", "am I a professional", "wat
// valt er allemaal onder een dossier", "wie is de client, het kind of de
// ouders?".
var definitional = regexp.MustCompile(`^\s*(?:wat|what)\s+(?:houdt|betekent|means?|does)\b|^\s*wat\s+(?:is|zijn)\s+\S+(?:\s+\S+)?\s+(?:eigenlijk|precies|nou|nu)\b|\btelt\b.*\bals\b|\bcounts?\s+as\b|\bben\s+ik\s+(?:ook\s+)?een\b|\bval\s+ik\b.*\bonder\b|\bam\s+i\s+(?:also\s+)?an?\b|\bwat\s+valt\s+(?:er\s+)?(?:allemaal\s+)?onder\b|\bwhat\s+(?:falls|comes)\s+under\b|^\s*(?:wie|who)\s+(?:is|are)\s+(?:eigenlijk\s+|precies\s+)?(?:de|het|the)\s+[\p{L}]+\s*[,?]`)

// isDefinitional reports whether the question asks what something means.
func isDefinitional(question string) bool {
	return definitional.MatchString(strings.ToLower(question))
}
