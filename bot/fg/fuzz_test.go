package fg_test

import (
	"strings"
	"testing"

	"privacybot/bot/fg"
	"privacybot/flows"
)

// FuzzParseRoutes: any setting either fails or gives routes whose channels
// are non-empty and free of separators.
func FuzzParseRoutes(f *testing.F) {
	for _, s := range []string{"", "C1", "diemen=C1,uithoorn=C2,ouder-amstel=C3", "x=y", "diemen=", "=,=", "Diemen = C1 ,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, _, err := fg.ParseRoutes(s, flows.EmbeddedMunicipalities())
		if err != nil {
			return
		}
		for _, m := range flows.EmbeddedMunicipalities().IDs() {
			if c := r.For(m); strings.ContainsAny(c, "=, ") {
				t.Fatalf("ParseRoutes(%q).For(%s) = %q", s, m, c)
			}
		}
	})
}

// FuzzParseFGAction: a button value parses only to a known kind and a
// positive ID.
func FuzzParseFGAction(f *testing.F) {
	for _, s := range []string{"fga:answer:1", "fga:topic:99", "fga:answer:-1", "fga:x:1", "fg:send:1", "fga:answer:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kind, id, ok := fg.ParseFGAction(s)
		if ok && (id <= 0 || kind != "answer" && kind != "topic" || !fg.IsFGAction(s)) {
			t.Fatalf("ParseFGAction(%q) = %q %d", s, kind, id)
		}
	})
}
