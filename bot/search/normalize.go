package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune lowercases r and strips its accent, so that "Cliënt" and
// "client" are the same word.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r < 0x80 {
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī', 'į', 'ı':
		return 'i'
	case 'ñ', 'ń', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'š', 'ś':
		return 's'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'ł':
		return 'l'
	case 'ř':
		return 'r'
	case 'ť':
		return 't'
	case 'ď':
		return 'd'
	}
	return r
}

// expandRune returns the letters a ligature or sharp s stands for, or "".
func expandRune(r rune) string {
	switch r {
	case 'ß':
		return "ss"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	case 'ĳ':
		return "ij"
	case 'ﬁ':
		return "fi"
	case 'ﬂ':
		return "fl"
	}
	return ""
}

// fold lowercases s and strips accents: "Cliënt" becomes "client".
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if e := expandRune(r); e != "" {
			b.WriteString(e)
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isJoiner reports whether r glues two parts of one word together:
// apostrophes ("ib'er", "foto's") and hyphens ("e-mail", "Ouder-Amstel").
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', '-', '‐', '‑':
		return true
	}
	return false
}

// maxTokens bounds the words read from one text, so that a pasted
// document cannot make a search slow.
const maxTokens = 2000

// tokenize splits s into folded words. Apostrophes inside a word are
// dropped ("ib'er" → "iber"). A hyphenated word becomes its parts, or one
// joined word when a part is a single letter or two ("e-mail" → "email").
// Dots and colons between digits stay, so "7.3.11" and "7:457" are one
// word each.
func tokenize(s string) []string {
	var out []string
	var part []rune
	var parts []string
	hyphen := false
	flush := func() {
		if len(part) > 0 {
			parts = append(parts, string(part))
			part = part[:0]
		}
		if len(parts) == 0 {
			hyphen = false
			return
		}
		short := false
		for _, p := range parts {
			if utf8.RuneCountInString(p) <= 2 && !isNumber(p) {
				short = true
			}
		}
		if hyphen && short {
			out = append(out, strings.Join(parts, ""))
		} else {
			out = append(out, parts...)
		}
		parts = parts[:0]
		hyphen = false
	}
	rs := []rune(s)
	for i := 0; i < len(rs) && len(out) < maxTokens; i++ {
		r := unicode.ToLower(rs[i])
		switch {
		case unicode.Is(unicode.Mn, r):
			// A combining accent ("e" + U+0308) folds away with its letter.
		case isWordRune(r):
			if e := expandRune(r); e != "" {
				part = append(part, []rune(e)...)
			} else {
				part = append(part, foldRune(r))
			}
		case isJoiner(r) && len(part) > 0 && i+1 < len(rs) && isWordRune(rs[i+1]):
			if r == '-' || r == '‐' || r == '‑' {
				parts = append(parts, string(part))
				part = part[:0]
				hyphen = true
			}
		case (r == '.' || r == ':') && len(part) > 0 && unicode.IsDigit(part[len(part)-1]) &&
			i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			part = append(part, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// isNumber reports whether w holds only digits, dots and colons.
func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ':' {
			return false
		}
	}
	return w != ""
}
