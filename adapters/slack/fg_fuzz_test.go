package slack

import (
	"testing"
)

// FuzzDecodeFGSubmission: a modal submission decodes to the answer work
// with a question, a user and a channel, or to nothing, never a panic.
func FuzzDecodeFGSubmission(f *testing.F) {
	f.Add(`{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","hash":"h","callback_id":"fg_answer","private_metadata":"3:CFG","state":{"values":{"answer":{"text":{"value":"Ja."}}}}}}`)
	f.Add(`{"type":"view_submission","view":{"callback_id":"other"}}`)
	f.Add(`{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","callback_id":"fg_answer","private_metadata":"x:CFG"}}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, raw string) {
		in, err := decodeFGSubmission([]byte(raw))
		if err != nil || in == nil {
			return
		}
		if in.kind != kindFGSubmit || in.fg == nil || in.fg.question <= 0 || !isID(in.user) || !isID(in.channel) {
			t.Fatalf("decoded %+v from %q", in, raw)
		}
	})
}
