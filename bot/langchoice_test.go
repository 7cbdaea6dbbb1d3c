package bot_test

import (
	"strings"
	"testing"
)

// TestAnswersFollowTheUsersSetting checks that a free-text answer comes in
// the language the user set, whatever the question's language, and in
// the question's own language while the user set none; and that it speaks
// of the municipality the user set.
func TestAnswersFollowTheUsersSetting(t *testing.T) {
	const (
		nlQuestion = "mag ik zonder toestemming informatie delen met school"
		enQuestion = "may I share information with the school without consent"
		nlAnswer   = "Gegevens delen met school"
		enAnswer   = "Sharing data with a school"
	)
	tests := []struct {
		name   string
		before []string
		ask    string
		want   string
	}{
		{"no setting: a Dutch question in Dutch", nil, nlQuestion, nlAnswer},
		{"no setting: an English question in English after a Dutch first message", []string{nlQuestion}, enQuestion, enAnswer},
		{"no setting: a Dutch question in Dutch after an English first message", []string{enQuestion}, nlQuestion, nlAnswer},
		{"Dutch set: an English question in Dutch", []string{"instellingen taal nl"}, enQuestion, nlAnswer},
		{"English set: a Dutch question in English", []string{"instellingen taal en"}, nlQuestion, enAnswer},
		{"English set after a Dutch first message", []string{nlQuestion, "instellingen taal en"}, nlQuestion, enAnswer},
		{"municipality set: the answer speaks of it", []string{"instellingen gemeente diemen"}, nlQuestion, "In Diemen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			for _, s := range tt.before {
				h.say(s)
			}
			if got := joined(h.say(tt.ask)); !strings.Contains(got, tt.want) {
				t.Errorf("%q: answer does not hold %q:\n%s", tt.ask, tt.want, got)
			}
		})
	}
}
