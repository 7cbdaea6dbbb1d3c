package adaptertest

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// Log collects what is logged, for a slog handler to write to. It is
// safe for concurrent use.
type Log struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write adds p to the log.
func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// String is all that was logged.
func (l *Log) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// Lacks fails t when the log holds any of secrets (IDs of users or
// channels, what a user typed), or holds nothing at all, which would
// prove nothing.
func (l *Log) Lacks(t testing.TB, secrets ...string) {
	t.Helper()
	text := l.String()
	if text == "" {
		t.Error("nothing was logged; the log check would prove nothing")
	}
	for _, s := range secrets {
		if strings.Contains(text, s) {
			t.Errorf("the log holds %q", s)
		}
	}
}
