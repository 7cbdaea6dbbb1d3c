package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

func TestFirstSeen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bot.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	steps := []struct {
		name   string
		reopen bool
		key    string
		want   bool
	}{
		{"first time", false, "slack:Ev01", true},
		{"retry", false, "slack:Ev01", false},
		{"another event", false, "slack:Ev02", true},
		{"retry after restart", true, "slack:Ev01", false},
		{"new event after restart", false, "mattermost:p1", true},
		{"its retry", false, "mattermost:p1", false},
	}
	for _, st := range steps {
		if st.reopen {
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			if s, err = Open(ctx, path, nil); err != nil {
				t.Fatalf("reopen: %v", err)
			}
		}
		got, err := s.FirstSeen(ctx, st.key, coreT0)
		if err != nil {
			t.Fatalf("%s: FirstSeen: %v", st.name, err)
		}
		if got != st.want {
			t.Errorf("%s: FirstSeen(%q) = %v, want %v", st.name, st.key, got, st.want)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

func TestFirstSeenRefusesEmptyKey(t *testing.T) {
	s, _, _ := openCoreStore(t)
	if got, err := s.FirstSeen(context.Background(), "", coreT0); err == nil || got {
		t.Errorf("FirstSeen(\"\") = %v, %v; want an error", got, err)
	}
}
