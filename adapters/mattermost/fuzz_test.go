package mattermost

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func FuzzDecodePosted(f *testing.F) {
	f.Add(`{"id":"hbuh19pqz3b7xp1kpsx9c6iu3r","user_id":"tjzqimi46j8jxx1os6554onmhh","channel_id":"1qedo7q9xpr1pm5hc1m59ogacy","message":"@privacybot hoi","props":{"from_bot":"true"}}`, "D", `["botbotbotbotbotbotbotbot00"]`)
	f.Add(`{"id":"x"}`, "O", "")
	f.Add(`null`, "", "[1,2]")
	f.Fuzz(func(t *testing.T, post, channelType, mentions string) {
		ev, err := decodePosted(map[string]any{"post": post, "channel_type": channelType, "mentions": mentions})
		if err != nil {
			return
		}
		if !model.IsValidId(ev.post.Id) || !model.IsValidId(ev.post.UserId) || !model.IsValidId(ev.post.ChannelId) {
			t.Fatalf("accepted a post without valid IDs: %+v", ev.post)
		}
		in, ok := inboundPost(testIdentity(), ev)
		if ok && (in.user == testIdentity().id || in.dedupKey != "mattermost:post:"+ev.post.Id) {
			t.Fatalf("took %+v", in)
		}
	})
}

func FuzzDecodeCommand(f *testing.F) {
	f.Add("user_id=tjzqimi46j8jxx1os6554onmhh&channel_id=1qedo7q9xpr1pm5hc1m59ogacy&text=help&token=x")
	f.Add("text=%ZZ")
	f.Add("")
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		c, err := decodeCommand(form)
		if err == nil && (!model.IsValidId(c.user) || !model.IsValidId(c.channel)) {
			t.Fatalf("accepted %+v", c)
		}
	})
}

func FuzzParseContext(f *testing.F) {
	s := signer{key: []byte("fuzz key fuzz key fuzz key 12345")}
	good, _ := json.Marshal(s.context(botChoice("Ja", "yes"), "u", "c", "n"))
	f.Add(string(good))
	f.Add(`{"value":"yes","label":"Ja","user":"u","channel":"c","sig":""}`)
	f.Add(`{"value":1}`)
	f.Fuzz(func(t *testing.T, raw string) {
		var m map[string]any
		if json.Unmarshal([]byte(raw), &m) != nil {
			return
		}
		bc, err := parseContext(m)
		if err != nil {
			return
		}
		if bc.value == "" || bc.user == "" || bc.channel == "" || bc.sig == "" {
			t.Fatalf("accepted an incomplete context %+v", bc)
		}
		if s.valid(bc) && raw != string(good) {
			again, _ := json.Marshal(s.context(botChoice(bc.label, bc.value), bc.user, bc.channel, bc.nonce))
			var want map[string]any
			_ = json.Unmarshal(again, &want)
			if want[ctxSig] != bc.sig {
				t.Fatalf("a forged signature passed: %+v", bc)
			}
		}
	})
}

func FuzzServeActionRefusesUnsignedBodies(f *testing.F) {
	f.Add([]byte(`{"user_id":"tjzqimi46j8jxx1os6554onmhh","channel_id":"1qedo7q9xpr1pm5hc1m59ogacy","post_id":"hbuh19pqz3b7xp1kpsx9c6iu3r","context":{"value":"yes","label":"Ja","user":"tjzqimi46j8jxx1os6554onmhh","channel":"1qedo7q9xpr1pm5hc1m59ogacy","sig":"AAAA"}}`))
	f.Add([]byte(`{"context":null}`))
	f.Add([]byte(`[`))
	cfg := validConfig()
	cfg.URL = "http://127.0.0.1:1"
	a, err := New(cfg, adaptertest.NewCore(adaptertest.Reply()), adaptertest.NewDedup(), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		a.serveAction(rec, httptest.NewRequest(http.MethodPost, ActionPath, bytes.NewReader(body)))
		if rec.Code == http.StatusOK {
			t.Fatalf("an unsigned callback was accepted: %s", body)
		}
	})
}

func FuzzMarkdown(f *testing.F) {
	f.Add("*vet* en `*code*` en ```\n*blok*\n```")
	f.Add("**al vet** * los *")
	f.Add("é*é*")
	f.Fuzz(func(t *testing.T, s string) {
		got := markdown(s)
		if strings.ReplaceAll(got, "*", "") != strings.ReplaceAll(s, "*", "") {
			t.Fatalf("markdown changed more than asterisks: %q -> %q", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("markdown broke UTF-8: %q -> %q", s, got)
		}
		if again := markdown(got); again != got {
			t.Fatalf("markdown not stable: %q -> %q -> %q", s, got, again)
		}
	})
}

func FuzzStripMention(f *testing.F) {
	f.Add("@privacybot help")
	f.Add("hoi @PrivacyBot, vraag")
	f.Add("mail@privacybot.nl")
	f.Fuzz(func(t *testing.T, s string) {
		got := stripMention(testIdentity(), s)
		if len(got) > len(s) {
			t.Fatalf("stripMention grew %q to %q", s, got)
		}
	})
}

func botChoice(label, value string) bot.Choice { return bot.Choice{Label: label, Value: value} }
