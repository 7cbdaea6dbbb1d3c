package search

import (
	"testing"

	"privacybot/flows"
)

func TestIsStopTypo(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"eigelijk", true},
		{"eigenlik", true},
		{"toestemmign", false},
		{"beroepsgeheim", false},
		{"alls", false}, // too short to tell
	}
	for _, tt := range tests {
		if got := isStopTypo(tt.word); got != tt.want {
			t.Errorf("isStopTypo(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestIsEveryday(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"boos", true},
		{"peuter", true},
		{"peuters", true},
		{"globaal", true},
		{"bruises", true},
		{"vakantiedagen", false},
		{"pannenkoeken", false},
		{"parkeervergunning", false},
	}
	for _, tt := range tests {
		if got := isEveryday(stem(tt.word)); got != tt.want {
			t.Errorf("isEveryday(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestCircumstancesKeepQuestionsInScope checks that a misspelt stop word
// or an everyday word no topic has does not push a question out of scope,
// while a question about something else still is.
func TestCircumstancesKeepQuestionsInScope(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct {
		question, want string
	}{
		{"heb ik als jongerenwerker eigelijk een zwijgplicht", "beroepsgeheim"},
		{"vader is boos en wil een klacht indienen over de gemeente", "voorwoord-klacht"},
		{"hoeveel vakantiedagen heb ik als parttimer", ""},
	}
	for _, tt := range tests {
		res := ix.Search(tt.question)
		if tt.want == "" {
			if res.Decision != Unknown {
				t.Errorf("Search(%q) = %s, want unknown", tt.question, res.Decision)
			}
			continue
		}
		if res.Decision == Unknown || res.Hits[0].Topic.ID != tt.want {
			t.Errorf("Search(%q) = %s %v, want %s", tt.question, res.Decision, res.Hits, tt.want)
		}
	}
}
