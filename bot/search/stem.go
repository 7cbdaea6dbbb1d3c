package search

import (
	"sync"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
)

// envs recycles Snowball environments, which hold no state between words.
var envs = sync.Pool{New: func() any { return snowballstem.NewEnv("") }}

// stemmed is a folded word with its Dutch and English Snowball stems.
type stemmed struct {
	word string
	nl   string
	en   string
}

// stem returns w's Dutch and English stems. Numbers and words of one or
// two letters ("gi", "vt") are their own stem.
func stem(w string) stemmed {
	if len(w) <= 2 || isNumber(w) {
		return stemmed{word: w, nl: w, en: w}
	}
	env := envs.Get().(*snowballstem.Env)
	defer envs.Put(env)
	env.SetCurrent(w)
	dutch.Stem(env)
	nl := env.Current()
	env.SetCurrent(w)
	english.Stem(env)
	return stemmed{word: w, nl: nl, en: env.Current()}
}

// keys returns the forms under which s can match another word: the word
// itself and, for words of four letters or more, its stems.
func (s stemmed) keys() []string {
	if len(s.word) < 4 {
		return []string{s.word}
	}
	out := []string{s.word, s.nl}
	if s.en != s.nl {
		out = append(out, s.en)
	}
	return out
}
