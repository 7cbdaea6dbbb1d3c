package mattermost

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"privacybot/bot"
)

func TestMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*bold*", "**bold**"},
		{"Een *vet* woord en *nog een*.", "Een **vet** woord en **nog een**."},
		{"• *Stap 1*: vraag toestemming", "• **Stap 1**: vraag toestemming"},
		{"(*tussen haakjes*)", "(**tussen haakjes**)"},
		{"al **dubbel** vet", "al **dubbel** vet"},
		{"2 * 3 * 4", "2 * 3 * 4"},
		{"vermenig*vuldig*en", "vermenig*vuldig*en"},
		{"geen *sluiter", "geen *sluiter"},
		{"*open \nen dicht*", "*open \nen dicht*"},
		{"code `*niet*` en *wel*", "code `*niet*` en **wel**"},
		{"```\n*blok*\n```\n*erna*", "```\n*blok*\n```\n**erna**"},
		{"_cursief_ blijft", "_cursief_ blijft"},
		{"*één* cliënt", "**één** cliënt"},
		{"*", "*"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := markdown(tt.in); got != tt.want {
			t.Errorf("markdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessageText(t *testing.T) {
	tests := []struct {
		name string
		r    bot.Reply
		want string
	}{
		{"plain", bot.Reply{Text: "*Let op*"}, "**Let op**"},
		{"copy keeps the text as it is", bot.Reply{Text: "Notitie *x*", Copy: true}, "```\nNotitie *x*\n```"},
		{"copy with a fence inside", bot.Reply{Text: "a ``` b", Copy: true}, "````\na ``` b\n````"},
	}
	for _, tt := range tests {
		if got := messageText(tt.r); got != tt.want {
			t.Errorf("%s: messageText = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	long := strings.Repeat("regel één\n", 30)
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"empty", "", 10, nil},
		{"fits", "kort", 10, []string{"kort"}},
		{"cut at a line break", "aaaa\nbbbb\ncccc", 10, []string{"aaaa\nbbbb", "cccc"}},
		{"cut inside a word without line breaks", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"counts runes, not bytes", "ééééé", 5, []string{"ééééé"}},
	}
	for _, tt := range tests {
		if got := split(tt.text, tt.limit); !slices.Equal(got, tt.want) {
			t.Errorf("%s: split = %q, want %q", tt.name, got, tt.want)
		}
	}
	pieces := split(long, 25)
	if strings.Join(pieces, "\n") != strings.TrimRight(long, "\n") {
		t.Error("split lost text")
	}
	for _, p := range pieces {
		if utf8.RuneCountInString(p) > 25 {
			t.Errorf("piece of %d runes", utf8.RuneCountInString(p))
		}
	}
}

func TestButtonsSkipChoicesWithoutValueAndSignEach(t *testing.T) {
	a := &Adapter{cfg: Config{PublicURL: "https://bot.example"}, signer: signer{key: []byte("k")}}
	out := render(bot.Reply{
		Choices:  []bot.Choice{{Label: "Ja", Value: "yes"}, {Label: "Leeg", Value: ""}, {Label: strings.Repeat("x", 100), Value: "long"}},
		Controls: []bot.Choice{{Label: "Stop", Value: "stop"}},
	})
	got := a.buttons(out, "user", "channel")
	if len(got) != 3 {
		t.Fatalf("%d buttons, want 3", len(got))
	}
	for i, want := range []string{"yes", "long", "stop"} {
		bc, err := parseContext(got[i].Integration.Context)
		if err != nil || bc.value != want || !a.signer.valid(bc) || got[i].Integration.URL != "https://bot.example"+ActionPath {
			t.Errorf("button %d: %+v %v", i, bc, err)
		}
	}
	if n := utf8.RuneCountInString(got[1].Name); n != maxLabelRunes {
		t.Errorf("long label has %d runes, want %d", n, maxLabelRunes)
	}
}
