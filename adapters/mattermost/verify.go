package mattermost

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"

	"privacybot/bot"
)

// Keys of a button's integration context.
const (
	ctxValue   = "value"
	ctxLabel   = "label"
	ctxUser    = "user"
	ctxChannel = "channel"
	ctxNonce   = "nonce"
	ctxSig     = "sig"
)

// errBadContext is a button context that lacks a field or is not text.
var errBadContext = errors.New("button context incomplete")

// buttonContext is what a button carries back to the bot when pressed: the
// choice, the user it was shown to, the DM channel it was shown in, a
// nonce shared by the buttons of one post, and a signature over all five.
// The nonce is what a press is deduplicated on, so a captured callback
// cannot be replayed against another post.
type buttonContext struct {
	value, label, user, channel, nonce, sig string
}

// newNonce returns a random nonce for the buttons of one post.
func newNonce() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// signer signs and checks button contexts with the adapter's secret key.
type signer struct {
	key []byte
}

// context returns the integration context of a button for choice c shown
// to user in channel, in the post whose buttons share nonce.
func (s signer) context(c bot.Choice, user, channel, nonce string) map[string]any {
	return map[string]any{
		ctxValue:   c.Value,
		ctxLabel:   c.Label,
		ctxUser:    user,
		ctxChannel: channel,
		ctxNonce:   nonce,
		ctxSig:     base64.RawURLEncoding.EncodeToString(s.mac(c.Value, c.Label, user, channel, nonce)),
	}
}

// valid reports, in constant time, whether bc's signature is the bot's
// over its four fields.
func (s signer) valid(bc buttonContext) bool {
	got, err := base64.RawURLEncoding.DecodeString(bc.sig)
	if err != nil {
		return false
	}
	return hmac.Equal(got, s.mac(bc.value, bc.label, bc.user, bc.channel, bc.nonce))
}

// mac is HMAC-SHA256 over the fields, each preceded by its length so that
// no two different field lists give the same input.
func (s signer) mac(fields ...string) []byte {
	m := hmac.New(sha256.New, s.key)
	var n [4]byte
	for _, f := range fields {
		binary.BigEndian.PutUint32(n[:], uint32(len(f)))
		m.Write(n[:])
		m.Write([]byte(f))
	}
	return m.Sum(nil)
}

// parseContext reads a button context as Mattermost sends it back.
func parseContext(m map[string]any) (buttonContext, error) {
	var bc buttonContext
	for key, dst := range map[string]*string{
		ctxValue: &bc.value, ctxLabel: &bc.label, ctxUser: &bc.user, ctxChannel: &bc.channel, ctxNonce: &bc.nonce, ctxSig: &bc.sig,
	} {
		v, ok := m[key].(string)
		if !ok {
			return buttonContext{}, errBadContext
		}
		*dst = v
	}
	if bc.value == "" || bc.user == "" || bc.channel == "" || bc.nonce == "" || bc.sig == "" {
		return buttonContext{}, errBadContext
	}
	return bc, nil
}
