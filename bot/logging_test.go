package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"
)

func TestRequestIDHandlerAddsTheEventsID(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(RequestIDHandler(slog.NewJSONHandler(&buf, nil))).With("platform", Slack)
	tests := []struct {
		ctx  context.Context
		want any
	}{
		{WithRequestID(context.Background(), "s1"), "s1"},
		{context.Background(), nil},
	}
	for _, tt := range tests {
		buf.Reset()
		log.InfoContext(tt.ctx, "handled")
		var rec map[string]any
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["req"] != tt.want || rec["platform"] != Slack {
			t.Errorf("record %v: req = %v, want %v", rec, rec["req"], tt.want)
		}
	}
}
