package slack

import (
	"context"
	"path/filepath"
	"testing"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/storage/sqlite"
)

func TestDedupHoldsAcrossRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "privacybot.db")
	f := newFakeSlack(t)
	body := dmEvent("Ev1", "UALICE", "DUALICE", "vraag")

	db, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := adaptertest.NewCore(echo)
	h := start(t, first, harnessOpts{dedup: db, fake: f, workers: 1})
	h.event(t, body)
	first.Next(t)
	h.stop()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	second := adaptertest.NewCore(echo)
	h = start(t, second, harnessOpts{dedup: db, fake: f, workers: 1})
	retry := h.signed(t, "/slack/events", "application/json", body)
	retry.Header.Set("X-Slack-Retry-Num", "2")
	if status, _ := do(t, h.srv.Client(), retry); status != 200 {
		t.Fatalf("retry status %d", status)
	}
	h.event(t, dmEvent("Ev2", "UALICE", "DUALICE", "nieuw"))
	if m := second.Next(t); m.Text != "nieuw" {
		t.Errorf("after restart the core got %q, want the retried event skipped", m.Text)
	}
	h.stop()
	if n := f.count("chat.postMessage"); n != 2 {
		t.Errorf("%d answers, want 2", n)
	}
}
