package remind_test

import (
	"context"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/bot/remind"
	"privacybot/storage/sqlite"
)

func TestSchedulerRunsItsAlsoJobWithEachSweep(t *testing.T) {
	store, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "t.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	var runs atomic.Int32
	s := remind.NewScheduler(store, store, nil, store, time.Now, nil, remind.SchedulerConfig{
		Sweep: "@every 1h", Digest: "off", Also: func(context.Context) { runs.Add(1) },
	})
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := runs.Load(); n != 1 {
		t.Fatalf("Also ran %d times with the first sweep, want 1", n)
	}
}
