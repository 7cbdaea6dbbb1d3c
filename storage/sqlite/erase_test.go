package sqlite_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
	"privacybot/storage/sqlite"
)

// storeEraseUser stores for u, under distinctive strings, what the bot
// keeps: a conversation saved many times (so that old versions sit in the
// log and in freed space), settings, a reminder with a case label and a
// typed reason, audit entries, a dedup key holding the DM channel, inbox
// events (one waiting, one done) and an outbox item holding the label.
func storeEraseUser(t *testing.T, s *sqlite.DB, u bot.UserKey, channel, label, reason string, muni flows.Municipality) {
	t.Helper()
	ctx := t.Context()
	c := bot.Conversation{Address: bot.Address{Platform: u.Platform, User: u.User, Channel: bot.DM}}
	for i := range 30 {
		c.Flow = &flows.State{Flow: "stappenplan", Step: fmt.Sprintf("vraag-%d", i)}
		c.Case = fmt.Sprintf("%s-%d", label, i)
		st := bot.Settings{UserKey: u, Lang: lang.NL, Municipality: muni, TZ: "Europe/Amsterdam"}
		w := &bot.TurnWrites{Conversation: &c, Settings: &st,
			Audit: []bot.AuditEntry{{UserKey: u, Action: "flow.start", Flow: "stappenplan", Detail: label}}}
		if err := s.CommitTurn(ctx, w); err != nil {
			t.Fatalf("CommitTurn: %v", err)
		}
	}
	r := bot.Reminder{
		Address: bot.Address{Platform: u.Platform, User: u.User, Channel: channel},
		Kind:    bot.KindInform, Case: label, Flow: "stappenplan", Outcome: "delen",
		Shared: lang.T("gedeeld met school", "shared with the school"), DecidedAt: time.Now(),
		Lang: lang.NL, TZ: "Europe/Amsterdam", State: bot.StateScheduled, Due: time.Now().Add(time.Hour),
	}
	if err := s.CreateReminder(ctx, &r, bot.AuditEntry{UserKey: u, Action: bot.AuditReminderSet}); err != nil {
		t.Fatalf("CreateReminder: %v", err)
	}
	r.State, r.ReasonCode, r.Reason = bot.StateSnoozed, "own", reason
	if err := s.UpdateReminder(ctx, &r, bot.AuditEntry{UserKey: u, Action: bot.AuditReminderNotSafe}); err != nil {
		t.Fatalf("UpdateReminder: %v", err)
	}
	if _, err := s.FirstSeen(ctx, bot.UserDedupKey(u, "slack:press:"+channel+":1.2:c1"), time.Now()); err != nil {
		t.Fatalf("FirstSeen: %v", err)
	}
	if _, err := s.FirstSeen(ctx, "digest:"+u.Platform+":"+u.User+":2026-49", time.Now()); err != nil {
		t.Fatalf("FirstSeen: %v", err)
	}
	events := []bot.InboxEvent{
		{ID: "ev-waiting-" + u.User, Platform: u.Platform, User: u.User, Payload: []byte("vraag over " + label), Channel: channel, At: 1},
		{ID: "ev-done-" + u.User, Platform: u.Platform, User: u.User, Payload: []byte("klaar " + label)},
	}
	if _, err := s.AddInbox(ctx, "owner", time.Now(), events); err != nil {
		t.Fatalf("AddInbox: %v", err)
	}
	if _, err := s.FinishInbox(ctx, "owner", []string{"ev-done-" + u.User}, time.Now()); err != nil {
		t.Fatalf("FinishInbox: %v", err)
	}
	item := bot.OutboxItem{Key: "answer:" + u.User, Platform: u.Platform, User: u.User, Target: bot.TargetDM, Payload: "antwoord over " + label}
	if err := s.EnqueueOutbox(ctx, []bot.OutboxItem{item}, "owner", time.Time{}); err != nil {
		t.Fatalf("EnqueueOutbox: %v", err)
	}
}

// fileBytes reads the database file and its -wal and -shm files, those
// that exist.
func fileBytes(t *testing.T, path string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(path + suffix)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(path+suffix)] = b
	}
	return files
}

// TestForgetUserLeavesNoBytes erases one user of two and reads every
// database file byte by byte, while the store is open and after it is
// closed: none of the erased user's strings may occur, the other user's
// must (which shows the search would find them).
func TestForgetUserLeavesNoBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bot.db")
	s, err := sqlite.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	gone := bot.UserKey{Platform: bot.Slack, User: "UWALRUS77"}
	kept := bot.UserKey{Platform: bot.Slack, User: "UOTTER55"}
	storeEraseUser(t, s, gone, "DZEBRA123", "kiwicasus", "zwaluwreden", flows.Uithoorn)
	storeEraseUser(t, s, kept, "DHERON456", "mangocasus", "valkreden", flows.Diemen)
	goneStrings := []string{"UWALRUS77", "DZEBRA123", "kiwicasus", "zwaluwreden", "uithoorn"}
	keptStrings := []string{"UOTTER55", "DHERON456", "mangocasus", "valkreden"}
	for name, b := range fileBytes(t, path) {
		if !bytes.Contains(b, []byte("kiwicasus")) && name == "bot.db-wal" {
			t.Fatalf("before the erase %s does not hold the user's label; the test proves nothing", name)
		}
	}
	if err := s.ForgetUser(t.Context(), gone); err != nil {
		t.Fatalf("ForgetUser: %v", err)
	}
	check := func(when string) {
		t.Helper()
		all := fileBytes(t, path)
		var joined []byte
		for name, b := range all {
			joined = append(joined, b...)
			for _, str := range goneStrings {
				if n := bytes.Count(b, []byte(str)); n > 0 {
					t.Errorf("%s: %s holds %q %d times", when, name, str, n)
				}
			}
		}
		for _, str := range keptStrings {
			if !bytes.Contains(joined, []byte(str)) {
				t.Errorf("%s: the other user's %q is in no file", when, str)
			}
		}
	}
	check("after the erase")
	if first, err := s.FirstSeen(t.Context(), bot.UserDedupKey(gone, "slack:press:DZEBRA123:1.2:c1"), time.Now()); err != nil || !first {
		t.Errorf("the erased user's dedup key is still known: first=%v err=%v", first, err)
	}
	if err := s.ForgetUser(t.Context(), gone); err != nil {
		t.Fatalf("ForgetUser: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	check("after close")
}

// BenchmarkForgetUser erases one user after another from a file holding
// 2,000 users, each with a conversation, settings and three audit entries:
// the delete, the zeroing and the WAL checkpoint with truncation.
func BenchmarkForgetUser(b *testing.B) {
	s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "bot.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const users = 2000
	for i := range users {
		u := bot.UserKey{Platform: bot.Slack, User: fmt.Sprintf("U%06d", i)}
		c := bot.Conversation{Address: bot.Address{Platform: u.Platform, User: u.User, Channel: bot.DM}, Case: "casus",
			Flow: &flows.State{Flow: "stappenplan", Step: "ontvanger"}}
		st := bot.Settings{UserKey: u, Municipality: flows.Diemen}
		w := &bot.TurnWrites{Conversation: &c, Settings: &st}
		for range 3 {
			w.Audit = append(w.Audit, bot.AuditEntry{UserKey: u, Action: "flow.start", Flow: "stappenplan"})
		}
		if err := s.CommitTurn(b.Context(), w); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.ForgetUser(b.Context(), bot.UserKey{Platform: bot.Slack, User: fmt.Sprintf("U%06d", i%users)}); err != nil {
			b.Fatal(err)
		}
	}
}
