package search

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Cliënt", "client"},
		{"géén", "geen"},
		{"ÉÉN OUDER", "een ouder"},
		{"Straße", "strasse"},
		{"ĳs", "ijs"},
		{"e\u0308", "e"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mag ik dit delen met de cliënt?", []string{"mag", "ik", "dit", "delen", "met", "de", "client"}},
		{"ouders gescheiden, wie tekent?!", []string{"ouders", "gescheiden", "wie", "tekent"}},
		{"de ib'er en foto's", []string{"de", "iber", "en", "fotos"}},
		{"e-mail naar Ouder-Amstel", []string{"email", "naar", "ouder", "amstel"}},
		{"een 21-jarige", []string{"een", "21", "jarige"}},
		{"Jeugdwet art. 7.3.11 en BW 7:457.", []string{"jeugdwet", "art", "7.3.11", "en", "bw", "7:457"}},
		{"e\u0308e\u0301n", []string{"een"}},
		{"  ", nil},
		{"---", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := tokenize(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeBoundsLength(t *testing.T) {
	long := ""
	for range maxTokens + 50 {
		long += "woord "
	}
	if got := len(tokenize(long)); got != maxTokens {
		t.Errorf("tokenize of %d words gave %d tokens, want %d", maxTokens+50, got, maxTokens)
	}
}
