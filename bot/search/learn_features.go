package search

import (
	"slices"
	"strconv"
)

// featureVersion names the way features are read from a question; it is
// part of the model's fingerprint, so a change in it makes the embedded
// model stale. Raise it whenever features changes what it returns.
const featureVersion = 1

// biasFeature is on for every question: its weights are the classes'
// priors.
const biasFeature = "*"

// definitionFeature is on for a question that asks what something means
// (see isDefinitional).
const definitionFeature = "?definition"

// features returns the model's features of a question, sorted and
// without repeats: the stems and synonym concepts of its units (a concept
// as "~concept"), the terms its slots match closely (typo fixes and the
// parts of compounds included), the pairs of neighbouring units ("b:x
// y"), its first word and first two words ("first=mag", "first2=mag
// ik"), how many of its slots match no topic ("unknown=2"), BM25F's top
// topic for the tally t of the slots ("top=datalek"), what BM25F alone
// decides and how much of the question its top topic covers
// ("bm25=suggest", "coverage=3"), the facts of its situation
// ("to=school", "age=12-15") and biasFeature.
func (ix *Index) features(r reading, t tally) []string {
	st := make([]stemmed, len(r.words))
	for i, w := range r.words {
		if s, ok := ix.words[w]; ok {
			st[i] = s
		} else {
			st[i] = stem(w)
		}
	}
	out := []string{biasFeature}
	prev := ""
	for _, u := range units(ix.phrases, st, r.lang, false) {
		key := ""
		if u.concept != "" {
			key = conceptPrefix + u.concept
			out = append(out, key)
		}
		for _, w := range u.words {
			if key == "" {
				key = w.nl
			}
			out = append(out, w.nl)
			if w.en != w.nl {
				out = append(out, w.en)
			}
		}
		if key == "" {
			continue
		}
		if prev != "" {
			out = append(out, "b:"+prev+" "+key)
		}
		prev = key
	}
	unknown := 0
	for _, s := range r.slots {
		if s.definition {
			out = append(out, definitionFeature)
		}
		if len(s.alts) == 0 && !s.weak && !s.definition {
			unknown++
		}
		for _, a := range s.alts {
			if a.weight >= closeAlt {
				out = append(out, ix.termText[a.term])
			}
		}
	}
	if unknown > 0 {
		out = append(out, "unknown="+strconv.Itoa(min(unknown, 3)))
	}
	decision, coverage := Unknown, 0.0
	if len(t.order) > 0 {
		out = append(out, "top="+ix.topics[t.order[0]].ID)
		ev := t.evidence(ix.family)
		_, decision = decide(ev)
		coverage = clamp01(ev.coverage)
	}
	out = append(out, "bm25="+decision.String(), "coverage="+strconv.Itoa(int(coverage*coverageSteps)))
	sit := r.sit
	for _, fact := range [...]struct{ key, value string }{
		{"age", sit.AgeGroup()}, {"who", sit.Who}, {"to", sit.To}, {"consent", sit.Consent}, {"initiative", sit.Initiative},
	} {
		if fact.value != "" {
			out = append(out, fact.key+"="+fact.value)
		}
	}
	if len(r.words) > 0 {
		out = append(out, "first="+r.words[0])
		if len(r.words) > 1 {
			out = append(out, "first2="+r.words[0]+" "+r.words[1])
		}
	}
	if sit.Urgent {
		out = append(out, "urgency=acute")
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// closeAlt is the least weight of a slot's term to count as a feature: a
// typo fix at one letter, a stem that extends another or a compound's
// head, not a compound's modifier or a typo fix at two letters.
const closeAlt = 0.8

// coverageSteps is how many steps of BM25F coverage the features tell
// apart.
const coverageSteps = 5
