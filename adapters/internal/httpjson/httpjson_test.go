package httpjson

import (
	"net/http/httptest"
	"testing"
)

func TestWrite(t *testing.T) {
	w := httptest.NewRecorder()
	Write(w, map[string]string{"text": "a <b> & c"})
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/json" {
		t.Errorf("status %d, content type %q", w.Code, w.Header().Get("Content-Type"))
	}
	if got, want := w.Body.String(), `{"text":"a \u003cb\u003e \u0026 c"}`+"\n"; got != want {
		t.Errorf("body %q, want %q", got, want)
	}
}
