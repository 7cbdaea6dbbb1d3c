package slack

import (
	"errors"
	"testing"
)

func TestDecodeEvent(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		want    *inbound
		wantErr error
	}{
		{"dm", dmEvent("Ev1", "UALICE", "DUALICE", "a &lt;b&gt; &amp; c"),
			&inbound{kind: kindDM, dedupKey: "slack:event:Ev1", user: "UALICE", channel: "DUALICE", im: true, text: "a <b> & c"}, nil},
		{"mention", mentionEvent("Ev2", "UALICE", "C1", "hoi <@UBOT|privacybot> mag ik <@UBOT> delen?", "1.2"),
			&inbound{kind: kindMention, dedupKey: "slack:event:Ev2", user: "UALICE", channel: "C1", text: "hoi  mag ik  delen?", threadTS: "1.2"}, nil},
		{"mention in a thread",
			`{"type":"event_callback","event_id":"Ev3","event":{"type":"app_mention","user":"UALICE","channel":"C1","text":"<@UBOT> x","ts":"5.6","thread_ts":"1.2"}}`,
			&inbound{kind: kindMention, dedupKey: "slack:event:Ev3", user: "UALICE", channel: "C1", text: "x", threadTS: "1.2"}, nil},
		{"own message", `{"type":"event_callback","event_id":"Ev4","event":{"type":"message","channel_type":"im","user":"UBOT","channel":"D1","text":"x"}}`, nil, nil},
		{"other bot", `{"type":"event_callback","event_id":"Ev5","event":{"type":"message","channel_type":"im","user":"UX","bot_id":"B2","channel":"D1","text":"x"}}`, nil, nil},
		{"edited mention", `{"type":"event_callback","event_id":"Ev6","event":{"type":"app_mention","user":"UALICE","channel":"C1","text":"<@UBOT> x","edited":{"user":"UALICE","ts":"1.3"}}}`, nil, nil},
		{"reaction", `{"type":"event_callback","event_id":"Ev7","event":{"type":"reaction_added","user":"UALICE"}}`, nil, nil},
		{"missing event id", `{"type":"event_callback","event":{"type":"message","channel_type":"im","user":"UALICE","channel":"D1"}}`, nil, errIncomplete},
		{"missing event", `{"type":"event_callback","event_id":"Ev8"}`, nil, errIncomplete},
		{"odd user id", `{"type":"event_callback","event_id":"Ev9","event":{"type":"message","channel_type":"im","user":"U 1","channel":"D1"}}`, nil, errIncomplete},
		{"challenge without value", `{"type":"url_verification"}`, nil, errIncomplete},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeEvent([]byte(tt.body), "UBOT")
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			switch {
			case tt.want == nil && got.in != nil:
				t.Errorf("decoded %+v, want it ignored", *got.in)
			case tt.want != nil && (got.in == nil || *got.in != *tt.want):
				t.Errorf("decoded %+v, want %+v", got.in, *tt.want)
			}
		})
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ text, botID, want string }{
		{"<@UBOT> vraag", "UBOT", "vraag"},
		{"vraag <@UBOT>", "UBOT", "vraag"},
		{"<@UBOT|bot> vraag", "UBOT", "vraag"},
		{"<@UOTHER> vraag", "UBOT", "<@UOTHER> vraag"},
		{"<@UBOT|kapot vraag", "UBOT", "<@UBOT|kapot vraag"},
		{"<@UWHO> vraag", "", "vraag"},
		{"vraag", "", "vraag"},
	}
	for _, tt := range tests {
		if got := stripMention(tt.text, tt.botID); got != tt.want {
			t.Errorf("stripMention(%q, %q) = %q, want %q", tt.text, tt.botID, got, tt.want)
		}
	}
}

func TestDecodeInteraction(t *testing.T) {
	base := `{"type":"block_actions","user":{"id":"UALICE"},"container":{"type":"message","message_ts":"1.2","channel_id":"DUALICE"},"trigger_id":"t1","response_url":"https://hooks.slack.com/actions/x",`
	tests := []struct {
		name    string
		payload string
		wantKey string
		wantErr error
	}{
		{"button", base + `"actions":[{"type":"button","block_id":"c2.1","value":"ja","text":{"type":"plain_text","text":"Ja"}}]}`, "user:slack:UALICE:slack:press:DUALICE:1.2:c2.", nil},
		{"other block", base + `"actions":[{"type":"button","block_id":"elders","value":"ja"}]}`, "user:slack:UALICE:slack:press:DUALICE:1.2:elders", nil},
		{"menu", base + `"actions":[{"type":"static_select","block_id":"c2.1"}]}`, "", nil},
		{"modal", `{"type":"view_submission"}`, "", nil},
		{"no value", base + `"actions":[{"type":"button","block_id":"c2.1"}]}`, "", errIncomplete},
		{"bad response url", `{"type":"block_actions","user":{"id":"UALICE"},"container":{"channel_id":"D1","message_ts":"1.2"},"trigger_id":"t1","response_url":"javascript:x","actions":[{"type":"button","value":"v"}]}`, "", errIncomplete},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeInteraction([]byte(tt.payload))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			key := ""
			if got != nil {
				key = got.dedupKey
			}
			if key != tt.wantKey {
				t.Errorf("dedup key %q, want %q", key, tt.wantKey)
			}
		})
	}
}
