package slack

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Slack's published example of a signed request.
const (
	exampleTS   = "1531420618"
	exampleBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	exampleSig  = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func TestVerify(t *testing.T) {
	at := func(d time.Duration) func() time.Time {
		return func() time.Time { return time.Unix(1531420618, 0).Add(d) }
	}
	headers := func(ts, sig string) http.Header {
		h := http.Header{}
		if ts != "" {
			h.Set("X-Slack-Request-Timestamp", ts)
		}
		if sig != "" {
			h.Set("X-Slack-Signature", sig)
		}
		return h
	}
	tests := []struct {
		name   string
		secret string
		now    func() time.Time
		h      http.Header
		body   string
		want   error
	}{
		{"slack's example", testSecret, at(0), headers(exampleTS, exampleSig), exampleBody, nil},
		{"4m59s later", testSecret, at(4*time.Minute + 59*time.Second), headers(exampleTS, exampleSig), exampleBody, nil},
		{"4m59s early", testSecret, at(-4*time.Minute - 59*time.Second), headers(exampleTS, exampleSig), exampleBody, nil},
		{"wrong secret", "8f742231b10e8888abcd99yyyzzz85a6", at(0), headers(exampleTS, exampleSig), exampleBody, errBadSignature},
		{"stale timestamp", testSecret, at(5*time.Minute + time.Second), headers(exampleTS, exampleSig), exampleBody, errStale},
		{"timestamp from the future", testSecret, at(-5*time.Minute - time.Second), headers(exampleTS, exampleSig), exampleBody, errStale},
		{"altered body", testSecret, at(0), headers(exampleTS, exampleSig), strings.Replace(exampleBody, "text=", "text=x", 1), errBadSignature},
		{"altered timestamp", testSecret, at(0), headers("1531420619", exampleSig), exampleBody, errBadSignature},
		{"missing signature", testSecret, at(0), headers(exampleTS, ""), exampleBody, errMissingHeaders},
		{"missing timestamp", testSecret, at(0), headers("", exampleSig), exampleBody, errMissingHeaders},
		{"no headers", testSecret, at(0), http.Header{}, exampleBody, errMissingHeaders},
		{"timestamp not a number", testSecret, at(0), headers("soon", exampleSig), exampleBody, errStale},
		{"other version", testSecret, at(0), headers(exampleTS, "v1="+strings.TrimPrefix(exampleSig, "v0=")), exampleBody, errBadSignature},
		{"signature not hex", testSecret, at(0), headers(exampleTS, "v0=zz"), exampleBody, errBadSignature},
		{"signature cut short", testSecret, at(0), headers(exampleTS, exampleSig[:20]), exampleBody, errBadSignature},
		{"no secret configured", "", at(0), headers(exampleTS, exampleSig), exampleBody, errBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := verifier{secret: []byte(tt.secret), now: tt.now}
			if err := v.verify(tt.h, []byte(tt.body)); !errors.Is(err, tt.want) {
				t.Errorf("verify = %v, want %v", err, tt.want)
			}
		})
	}
}
