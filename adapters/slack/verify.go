package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxSkew is how far a request's timestamp may be from our clock.
const maxSkew = 5 * time.Minute

// Reasons a request fails verification.
var (
	errMissingHeaders = errors.New("signature headers missing")
	errStale          = errors.New("request timestamp too far from now")
	errBadSignature   = errors.New("signature does not match")
)

// verifier checks Slack's v0 request signatures with its own clock, so
// tests can replay Slack's published example.
type verifier struct {
	secret []byte
	now    func() time.Time
}

// verify reports whether body with header h was signed by Slack with the
// secret: v0=HMAC-SHA256(secret, "v0:"+timestamp+":"+body), compared in
// constant time, with a timestamp at most five minutes off.
func (v verifier) verify(h http.Header, body []byte) error {
	if len(v.secret) == 0 {
		return errBadSignature
	}
	ts := h.Get("X-Slack-Request-Timestamp")
	sig := h.Get("X-Slack-Signature")
	if ts == "" || sig == "" {
		return errMissingHeaders
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errStale
	}
	if d := v.now().Sub(time.Unix(secs, 0)); d > maxSkew || d < -maxSkew {
		return errStale
	}
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	if !ok {
		return errBadSignature
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return errBadSignature
	}
	if !hmac.Equal(got, sign(v.secret, ts, body)) {
		return errBadSignature
	}
	return nil
}

// sign computes the v0 signature bytes of body sent at timestamp ts.
func sign(secret []byte, ts string, body []byte) []byte {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	return mac.Sum(nil)
}
