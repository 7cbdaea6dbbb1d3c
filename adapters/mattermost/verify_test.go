package mattermost

import (
	"bytes"
	"context"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

func TestSignedContextRoundTripAndTampering(t *testing.T) {
	s := signer{key: []byte("0123456789abcdef0123456789abcdef")}
	ctx := s.context(bot.Choice{Label: "Gedaan", Value: "rem:done:1"}, "user1", "chan1", "nonce1")
	bc, err := parseContext(ctx)
	if err != nil || !s.valid(bc) {
		t.Fatalf("genuine context refused: %+v %v", bc, err)
	}
	tests := []struct {
		name   string
		change func(*buttonContext)
	}{
		{"value", func(b *buttonContext) { b.value = "rem:cancel:1" }},
		{"label", func(b *buttonContext) { b.label = "Annuleer" }},
		{"user", func(b *buttonContext) { b.user = "user2" }},
		{"channel", func(b *buttonContext) { b.channel = "chan2" }},
		{"nonce", func(b *buttonContext) { b.nonce = "another post's nonce" }},
		{"field boundary moved", func(b *buttonContext) { b.value, b.label = "rem:done:1G", "edaan" }},
		{"signature", func(b *buttonContext) { b.sig = b.sig[:len(b.sig)-2] + "AA" }},
		{"signature not base64", func(b *buttonContext) { b.sig = "***" }},
	}
	for _, tt := range tests {
		altered := bc
		tt.change(&altered)
		if s.valid(altered) {
			t.Errorf("%s changed, still valid", tt.name)
		}
	}
	other := signer{key: []byte("another key, another bot........")}
	if other.valid(bc) {
		t.Error("valid under another key")
	}
}

func TestParseContextNeedsEveryField(t *testing.T) {
	full := map[string]any{ctxValue: "v", ctxLabel: "l", ctxUser: "u", ctxChannel: "c", ctxNonce: "n", ctxSig: "s"}
	if _, err := parseContext(full); err != nil {
		t.Fatalf("full context: %v", err)
	}
	for _, key := range []string{ctxValue, ctxUser, ctxChannel, ctxNonce, ctxSig, ctxLabel} {
		missing := map[string]any{}
		for k, v := range full {
			if k != key {
				missing[k] = v
			}
		}
		if _, err := parseContext(missing); err == nil {
			t.Errorf("context without %s accepted", key)
		}
		wrongType := map[string]any{}
		for k, v := range full {
			wrongType[k] = v
		}
		wrongType[key] = 42.0
		if _, err := parseContext(wrongType); err == nil {
			t.Errorf("context with a number as %s accepted", key)
		}
	}
}

func TestActionKey(t *testing.T) {
	derived := Config{Token: "token-a"}.actionKey()
	if !bytes.Equal(derived, Config{Token: "token-a"}.actionKey()) {
		t.Error("the derived key changes between calls: buttons would break at a restart")
	}
	if bytes.Equal(derived, Config{Token: "token-b"}.actionKey()) {
		t.Error("two tokens derive the same key")
	}
	if bytes.Contains(derived, []byte("token-a")) {
		t.Error("the derived key holds the token")
	}
	set := Config{Token: "token-a", ActionSecret: "a configured secret!"}.actionKey()
	if string(set) != "a configured secret!" {
		t.Errorf("ActionSecret not used: %q", set)
	}
}

func TestAPressCountsOncePerPostAndPerNonce(t *testing.T) {
	a := &Adapter{dedup: adaptertest.NewDedup(), now: time.Now}
	tests := []struct {
		name, post, nonce string
		first             bool
	}{
		{"a new post's button", "post1", "nonce1", true},
		{"the same post again", "post1", "nonce1", false},
		{"another button of that post", "post1", "nonce1", false},
		{"a captured callback replayed on another post", "post2", "nonce1", false},
		{"the other post's own button", "post3", "nonce3", true},
	}
	for _, tt := range tests {
		first, err := a.firstPress(context.Background(), tt.post, tt.nonce)
		if err != nil || first != tt.first {
			t.Errorf("%s: first = %v, %v; want %v", tt.name, first, err, tt.first)
		}
	}
	if first, second := newNonce(), newNonce(); first == second {
		t.Error("two posts got the same nonce")
	}
}
