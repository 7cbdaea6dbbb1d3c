package storetest

import (
	"reflect"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

func testSettingsUpsert(t *testing.T, open Opener) {
	me := bot.UserKey{Platform: bot.Slack, User: "U1"}
	tests := []struct {
		name  string
		saves []bot.Settings
		want  bot.Settings
	}{
		{
			name:  "first save",
			saves: []bot.Settings{{UserKey: me, Lang: lang.EN, LangChosen: true, TZ: "Europe/Amsterdam", Municipality: flows.Uithoorn, DigestOff: true}},
			want:  bot.Settings{UserKey: me, Lang: lang.EN, LangChosen: true, TZ: "Europe/Amsterdam", Municipality: flows.Uithoorn, DigestOff: true},
		},
		{
			name: "later save replaces every field",
			saves: []bot.Settings{
				{UserKey: me, Lang: lang.EN, LangChosen: true, TZ: "Europe/London", Municipality: flows.Diemen, DigestOff: true},
				{UserKey: me, Lang: lang.NL, Municipality: flows.OuderAmstel},
			},
			want: bot.Settings{UserKey: me, Lang: lang.NL, Municipality: flows.OuderAmstel},
		},
		{
			name: "other user's save leaves mine",
			saves: []bot.Settings{
				{UserKey: me, Municipality: flows.Diemen},
				{UserKey: bot.UserKey{Platform: bot.Mattermost, User: "U1"}, Municipality: flows.Uithoorn},
			},
			want: bot.Settings{UserKey: me, Municipality: flows.Diemen},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open)
			var mySave time.Time
			for i, st := range tt.saves {
				e.clock.Set(T0.Add(time.Duration(i) * time.Minute))
				st.UpdatedAt = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
				if err := e.SaveSettings(e.ctx, st); err != nil {
					t.Fatalf("SaveSettings: %v", err)
				}
				if st.UserKey == me {
					mySave = e.clock.Now()
				}
			}
			got, ok, err := e.Settings(e.ctx, me)
			if err != nil || !ok {
				t.Fatalf("Settings = %v, %v", ok, err)
			}
			want := tt.want
			want.UpdatedAt = mySave
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Settings =\n %+v\nwant\n %+v", got, want)
			}
		})
	}
}

func testSettingsAbsent(t *testing.T, open Opener) {
	e := newEnv(t, open)
	got, ok, err := e.Settings(e.ctx, bot.UserKey{Platform: bot.Slack, User: "nobody"})
	if err != nil || ok || !reflect.DeepEqual(got, bot.Settings{}) {
		t.Errorf("Settings = %+v, %v, %v; want none", got, ok, err)
	}
}
