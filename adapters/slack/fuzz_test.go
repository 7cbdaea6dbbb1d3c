package slack

import (
	"net/url"
	"strings"
	"testing"
)

// checkInbound asserts what every decoded request promises.
func checkInbound(t *testing.T, in inbound) {
	t.Helper()
	if in.dedupKey == "" || !strings.HasPrefix(strings.TrimPrefix(in.dedupKey, "user:slack:"+in.user+":"), "slack:") {
		t.Errorf("dedup key %q", in.dedupKey)
	}
	if !isID(in.user) || !isID(in.channel) {
		t.Errorf("user %q / channel %q are not IDs", in.user, in.channel)
	}
	switch in.kind {
	case kindCommand, kindPress:
		if !isResponseURL(in.responseURL) {
			t.Errorf("response URL %q", in.responseURL)
		}
	case kindDM, kindMention:
	default:
		t.Errorf("kind %q", in.kind)
	}
	if (in.kind == kindPress) != (in.press != nil) {
		t.Errorf("kind %q with press %v", in.kind, in.press)
	}
}

func FuzzDecodeSlashForm(f *testing.F) {
	f.Add(exampleBody)
	f.Add("text=stappenplan&user_id=U1&channel_id=C1&trigger_id=1.2.3&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2Fx")
	f.Add("text=%ZZ&user_id=U1")
	f.Add("user_id=U1;channel_id=C1")
	f.Add("")
	f.Fuzz(func(t *testing.T, body string) {
		in, err := decodeSlashForm([]byte(body))
		if err != nil {
			return
		}
		checkInbound(t, in)
		if v, _ := url.ParseQuery(body); in.text != unescape(v.Get("text")) {
			t.Errorf("text %q lost", in.text)
		}
	})
}

func FuzzDecodeEvent(f *testing.F) {
	f.Add(dmEvent("Ev1", "UALICE", "DUALICE", "stappenplan"), "UBOT")
	f.Add(mentionEvent("Ev2", "UALICE", "C1", "<@UBOT> vraag", "1.2"), "UBOT")
	f.Add(mentionEvent("Ev3", "UALICE", "C1", "<@UBOT|bot vraag", "1.2"), "")
	f.Add(`{"type":"url_verification","challenge":"abc"}`, "UBOT")
	f.Add(`{"type":"event_callback","event_id":"Ev4","event":null}`, "UBOT")
	f.Add(`{"type":"event_callback","event_id":"Ev5","event":{"type":"message","subtype":"bot_message"}}`, "UBOT")
	f.Add(`[1,2]`, "")
	f.Fuzz(func(t *testing.T, body, botID string) {
		ev, err := decodeEvent([]byte(body), botID)
		if err != nil {
			if ev.in != nil || ev.challenge != "" {
				t.Error("an error with a result")
			}
			return
		}
		if ev.in != nil {
			checkInbound(t, *ev.in)
			if botID != "" && ev.in.user == botID {
				t.Error("the bot's own message decoded")
			}
			if ev.in.kind == kindMention && strings.HasPrefix(ev.in.channel, "D") {
				t.Error("a DM decoded as a mention")
			}
		}
	})
}

func FuzzDecodeInteraction(f *testing.F) {
	f.Add(`{"type":"block_actions","user":{"id":"UALICE"},"container":{"message_ts":"1.2","channel_id":"DUALICE"},"trigger_id":"t1","response_url":"https://hooks.slack.com/actions/x","actions":[{"type":"button","block_id":"c2.1","value":"ja","text":{"type":"plain_text","text":"Ja"}}],"message":{"text":"x","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"Vraag"}},{"type":"actions","block_id":"c2.1","elements":[{"type":"button","action_id":"b2.0","value":"ja","text":{"type":"plain_text","text":"Ja"}}]}]}}`)
	f.Add(`{"type":"block_actions","user":{"id":"UALICE"},"channel":{"id":"C1"},"container":{"is_ephemeral":true},"trigger_id":"t1","response_url":"https://hooks.slack.com/actions/x","actions":[{"type":"button","value":"v"}]}`)
	f.Add(`{"type":"block_actions","message":{"blocks":[{"type":"nonsense"}]}}`)
	f.Add(`{"type":"view_submission"}`)
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, payload string) {
		in, err := decodeInteraction([]byte(payload))
		if err != nil || in == nil {
			return
		}
		checkInbound(t, *in)
		if in.press.value == "" {
			t.Error("press without a value")
		}
		if blocks := chosen(in.press.original, in.press.blockID, in.press.label); len(blocks) == 0 {
			t.Error("chosen gave no blocks")
		}
	})
}

func FuzzChunks(f *testing.F) {
	f.Add("Een *vraag* & <antwoord>\n\nmet alinea's", 7)
	f.Add("ééé", 3)
	f.Add(" \n \n", 5)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 5 || limit > 4000 {
			return
		}
		for _, c := range chunks(s, limit) {
			if strings.TrimSpace(c) == "" {
				t.Errorf("empty chunk from %q", s)
			}
			if n := len([]rune(escape(c))); n > limit {
				t.Errorf("chunk of %d > %d", n, limit)
			}
		}
	})
}
