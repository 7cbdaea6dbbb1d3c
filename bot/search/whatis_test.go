package search

import (
	"testing"

	"privacybot/flows"
)

func TestKindsOfQuestionAnswerTheirTopic(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct {
		question string
		want     string
	}{
		{"wat is privacy", "privacy-wat-is"},
		{"what is privacy actually", "privacy-wat-is"},
		{"wat is de AVG in het kort", "avg-algemeen"},
		{"wat valt er allemaal onder een dossier", "begrip-dossier"},
		{"mom says our report is wrong and wants it changed", "rectificatie"},
		{"wie telt eigenlijk als medebehandelaar? de jgz-arts die ook bij het kind betrokken is?", "medebehandelaar"},
		{"who counts as a co-treating professional? do i need consent to talk to them", "medebehandelaar"},
		{"can i share with the child psychiatrist who treats the same kid, without asking the parents", "medebehandelaar"},
		{"mag ik zelf de school bellen om info op te vragen over een leerling", "informatie-ontvangen-derden"},
		{"vechtscheiding, beide gezag, de een wil delen met school de ander niet", "gescheiden-ouders"},
		{"moeder gaf telefonisch akkoord om te delen met school, moet ik haar nog laten tekenen", "toestemming-vastleggen"},
		{"meerderjarige client, ouders bellen steeds om info. wat mag ik zeggen", "toestemming-leeftijd"},
	}
	for _, tt := range tests {
		res := ix.Search(tt.question)
		if res.Decision != Answer || len(res.Hits) == 0 || res.Hits[0].Topic.ID != tt.want {
			t.Errorf("Search(%q) = %v, want answer %s", tt.question, res.Decision, tt.want)
		}
	}
	for _, q := range []string{"wat is een toeslag", "what is the weather"} {
		if res := ix.Search(q); res.Decision == Answer {
			t.Errorf("Search(%q) answered %s, want no answer", q, res.Hits[0].Topic.ID)
		}
	}
}
