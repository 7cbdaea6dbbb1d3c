package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"privacybot/bot/remind"
	"privacybot/storage/internal/timecol"

	"privacybot/bot"
)

// benchDue is how many reminders are due in each sweep of the benchmark.
const benchDue = 100

// benchNotifier accepts every message at once.
type benchNotifier struct{}

func (benchNotifier) Notify(context.Context, bot.Address, bot.Reply) error { return nil }

// BenchmarkSweep measures one sweep that sends benchDue reminders while
// many more are pending but not due, and the claim alone. Their cost must
// not grow with the number pending:
//
//	go test ./storage/sqlite/ -run '^$' -bench BenchmarkSweep -benchtime 20x
func BenchmarkSweep(b *testing.B) {
	for _, size := range []struct {
		name    string
		pending int
	}{{"1k", 1_000}, {"100k", 100_000}, {"1M", 1_000_000}} {
		s, clock := openRemStore(b)
		due := fillReminders(b, s, size.pending, benchDue)
		sched := remind.NewScheduler(s, s, map[string]bot.Notifier{bot.Slack: benchNotifier{}}, s, clock.Now, nil, remind.SchedulerConfig{})
		b.Run("pending="+size.name, func(b *testing.B) {
			ctx := context.Background()
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				makeDueAgain(b, s, due)
				b.StartTimer()
				st, err := sched.Sweep(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if st.Sent != benchDue {
					b.Fatalf("sweep sent %d, want %d: %+v", st.Sent, benchDue, st)
				}
			}
		})
		b.Run("claim-only/pending="+size.name, func(b *testing.B) {
			ctx := context.Background()
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				makeDueAgain(b, s, due)
				b.StartTimer()
				claimed, err := s.ClaimDue(ctx, clock.Now(), time.Minute, benchDue)
				if err != nil {
					b.Fatal(err)
				}
				if len(claimed) != benchDue {
					b.Fatalf("claimed %d, want %d", len(claimed), benchDue)
				}
			}
		})
		s.Close()
	}
}

// fillReminders inserts pending reminders that fall due from an hour after
// remT0 on, and nDue that fell due before remT0, in one transaction, and
// returns the IDs of the due ones.
func fillReminders(b *testing.B, s *DB, pending, nDue int) []int64 {
	b.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO reminders (platform, user_id, channel, kind,
		case_label, flow, outcome, shared_nl, shared_en, decided_at, lang, tz, state, due_at,
		next_attempt_at, created_at, updated_at, version)
		VALUES ('slack', ?, ?, 'inform', ?, 'stappenplan', 'meldrecht-veilig-thuis',
		'melding bij Veilig Thuis', 'report to Veilig Thuis', ?, 'nl', 'Europe/Amsterdam',
		'scheduled', ?, ?, ?, ?, 1)`)
	if err != nil {
		b.Fatal(err)
	}
	defer stmt.Close()
	t0 := timecol.Encode(remT0)
	var due []int64
	for i := range pending + nDue {
		at := t0 + int64(time.Hour/time.Millisecond) + int64(i)*1000
		if i >= pending {
			at = t0 - int64(i-pending+1)*1000
		}
		user := fmt.Sprintf("U%05d", i%5000)
		res, err := stmt.ExecContext(ctx, user, "D"+user, fmt.Sprintf("casus %d", i), t0, at, at, t0, t0)
		if err != nil {
			b.Fatal(err)
		}
		if i >= pending {
			id, err := res.LastInsertId()
			if err != nil {
				b.Fatal(err)
			}
			due = append(due, id)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return due
}

// makeDueAgain puts the sent reminders back as due, as they were.
func makeDueAgain(b *testing.B, s *DB, ids []int64) {
	b.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE reminders SET state = 'scheduled', next_attempt_at = due_at,
			attempts = 0, lease_until = 0, sent_at = 0, late = 0 WHERE id = ?`, id); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
