package bot_test

import (
	"context"
	"strings"
	"testing"

	"privacybot/bot"
	"privacybot/lang"
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

// noTrailReads is an audit store whose trail must not be read while
// questions are answered.
type noTrailReads struct {
	bot.AuditStore
	t *testing.T
}

func (s noTrailReads) AuditTrail(ctx context.Context, u bot.UserKey) ([]bot.AuditEntry, error) {
	s.t.Errorf("the audit trail of %v was read to answer a question", u)
	return s.AuditStore.AuditTrail(ctx, u)
}

// TestLanguageChoiceIsASetting checks that whether the user chose their
// language is kept in the settings record, not read back from the audit
// trail: `taal` marks it chosen, a stored default does not count as a
// choice, and a chosen language wins without any trail read.
func TestLanguageChoiceIsASetting(t *testing.T) {
	const (
		nlQuestion = "mag ik zonder toestemming informatie delen met school"
		enAnswer   = "Sharing data with a school"
		nlAnswer   = "Gegevens delen met school"
	)
	tests := []struct {
		name       string
		stored     *bot.Settings
		before     []string
		wantChosen bool
		want       string
	}{
		{"a default English from the profile: a Dutch question in Dutch",
			&bot.Settings{Lang: lang.EN}, nil, false, nlAnswer},
		{"a chosen English stored before: a Dutch question in English",
			&bot.Settings{Lang: lang.EN, LangChosen: true}, nil, true, enAnswer},
		{"English set now: stored as chosen, a Dutch question in English",
			nil, []string{"instellingen taal en"}, true, enAnswer},
		{"another setting changed: the language stays a default",
			&bot.Settings{Lang: lang.EN}, []string{"instellingen gemeente diemen"}, false, nlAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.wire(bot.Config{}, func(d *bot.Deps) { d.Audit = noTrailReads{AuditStore: h.store, t: t} })
			u := h.addr().UserKey()
			if tt.stored != nil {
				st := *tt.stored
				st.UserKey = u
				if err := h.store.SaveSettings(context.Background(), st); err != nil {
					t.Fatal(err)
				}
			}
			for _, s := range tt.before {
				h.say(s)
			}
			if got := joined(h.say(nlQuestion)); !strings.Contains(got, tt.want) {
				t.Errorf("answer does not hold %q:\n%s", tt.want, got)
			}
			st, ok, err := h.store.Settings(context.Background(), u)
			if err != nil || !ok {
				t.Fatalf("Settings = %v, %v", ok, err)
			}
			if st.LangChosen != tt.wantChosen {
				t.Errorf("LangChosen = %v, want %v", st.LangChosen, tt.wantChosen)
			}
		})
	}
}
