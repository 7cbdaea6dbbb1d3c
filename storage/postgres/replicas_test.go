package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"privacybot/bot/remind"
	"privacybot/storage/internal/timecol"

	"privacybot/bot"
	"privacybot/storage/storetest"
)

// replicaReminders is how many reminders fall due at once in the replica
// tests.
const replicaReminders = 10_000

// replicaLease is the lease the replicas' schedulers claim with.
const replicaLease = 2 * time.Minute

// deliveries records, across replicas, who got which reminder. Each
// reminder belongs to a user of its own, so the user names the reminder.
type deliveries struct {
	mu     sync.Mutex
	byUser map[string]int
	// byReplica counts the deliveries each replica made.
	byReplica map[int]int
}

func newDeliveries() *deliveries {
	return &deliveries{byUser: map[string]int{}, byReplica: map[int]int{}}
}

func (d *deliveries) record(replica int, user string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.byUser[user]++
	d.byReplica[replica]++
}

// checkOnce fails t unless each of the n users got exactly one reminder.
func (d *deliveries) checkOnce(t *testing.T, n int) {
	t.Helper()
	d.mu.Lock()
	defer d.mu.Unlock()
	var missing, twice int
	for i := range n {
		switch got := d.byUser[replicaUser(i)]; {
		case got == 0:
			missing++
		case got > 1:
			twice++
		}
	}
	if missing > 0 || twice > 0 || len(d.byUser) != n {
		t.Errorf("of %d reminders %d were not delivered and %d more than once (%d users reached)", n, missing, twice, len(d.byUser))
	}
}

func (d *deliveries) perReplica() map[int]int {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := map[int]int{}
	for k, v := range d.byReplica {
		out[k] = v
	}
	return out
}

// replicaNotifier is one replica's notifier: it records each delivery, and
// when die is set, kills its replica instead of making delivery number
// dieAt.
type replicaNotifier struct {
	replica int
	d       *deliveries
	sent    atomic.Int32
	dieAt   int32
	die     context.CancelFunc
}

func (n *replicaNotifier) Notify(ctx context.Context, to bot.Address, _ bot.Reply) error {
	if n.die != nil && n.sent.Add(1) == n.dieAt {
		n.die()
		return context.Cause(ctx)
	}
	n.d.record(n.replica, to.User)
	return nil
}

func replicaUser(i int) string { return fmt.Sprintf("U%05d", i) }

// replica is one bot instance: its own pool on the shared database and
// its own scheduler.
type replica struct {
	store    *DB
	sched    *remind.Scheduler
	notifier *replicaNotifier
}

// startReplicas opens n stores on url, each with a scheduler whose
// notifier records into d.
func startReplicas(t *testing.T, url string, n int, clock *storetest.Clock, d *deliveries) []*replica {
	t.Helper()
	reps := make([]*replica, n)
	for i := range n {
		s := openTest(t, url, clock.Now)
		note := &replicaNotifier{replica: i, d: d}
		sched := remind.NewScheduler(s, s, map[string]bot.Notifier{bot.Slack: note}, s, clock.Now, nil,
			remind.SchedulerConfig{Lease: replicaLease, Batch: 100})
		reps[i] = &replica{store: s, sched: sched, notifier: note}
	}
	return reps
}

// insertDue stores n scheduled reminders, one per user, all due a minute
// before now, in one statement.
func insertDue(t *testing.T, s *DB, n int, now time.Time) {
	t.Helper()
	due := timecol.Encode(now.Add(-time.Minute))
	if _, err := s.pool.Exec(t.Context(), `INSERT INTO reminders (platform, user_id, channel, kind,
		case_label, flow, outcome, shared_nl, shared_en, decided_at, lang, tz, state, due_at,
		next_attempt_at, created_at, updated_at, version)
		SELECT 'slack', 'U' || lpad(i::text, 5, '0'), 'D' || i, 'inform', 'casus ' || i, 'stappenplan',
			'meldrecht-veilig-thuis', 'melding bij Veilig Thuis', 'report to Veilig Thuis', $1, 'nl',
			'Europe/Amsterdam', 'scheduled', $1, $1, $1, $1, 1
		FROM generate_series(0, $2 - 1) AS i`, due, n); err != nil {
		t.Fatalf("insert due reminders: %v", err)
	}
}

// sweepAll runs the sweeps of reps at once, each until it finds nothing
// due, and returns the error of each.
func sweepAll(ctx context.Context, reps []*replica, ctxs []context.Context) []error {
	errs := make([]error, len(reps))
	var wg sync.WaitGroup
	for i, r := range reps {
		wg.Go(func() {
			c := ctx
			if ctxs != nil {
				c = ctxs[i]
			}
			for {
				st, err := r.sched.Sweep(c)
				if err != nil {
					errs[i] = err
					return
				}
				if st.Claimed == 0 {
					return
				}
			}
		})
	}
	wg.Wait()
	return errs
}

// countStates returns how many reminders are in each state.
func countStates(t *testing.T, s *DB) map[bot.ReminderState]int {
	t.Helper()
	rows, err := s.pool.Query(t.Context(), `SELECT state, count(*) FROM reminders GROUP BY state`)
	if err != nil {
		t.Fatalf("count states: %v", err)
	}
	defer rows.Close()
	counts := map[bot.ReminderState]int{}
	for rows.Next() {
		var (
			state string
			n     int
		)
		if err := rows.Scan(&state, &n); err != nil {
			t.Fatalf("count states: %v", err)
		}
		counts[bot.ReminderState(state)] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("count states: %v", err)
	}
	return counts
}

// TestReplicasSendEachReminderOnce lets one and three bot instances on one
// PostgreSQL sweep replicaReminders reminders that fall due at once: each
// is delivered exactly once, and the log gives the sweep throughput.
func TestReplicasSendEachReminderOnce(t *testing.T) {
	base := testBaseURL(t)
	for _, n := range []int{1, 3} {
		t.Run(fmt.Sprintf("instances=%d", n), func(t *testing.T) {
			url := testSchemaURL(t, base)
			clock := storetest.NewClock(storetest.T0)
			d := newDeliveries()
			reps := startReplicas(t, url, n, clock, d)
			insertDue(t, reps[0].store, replicaReminders, clock.Now())
			start := time.Now()
			for i, err := range sweepAll(t.Context(), reps, nil) {
				if err != nil {
					t.Fatalf("instance %d: sweep: %v", i, err)
				}
			}
			elapsed := time.Since(start)
			d.checkOnce(t, replicaReminders)
			if got := countStates(t, reps[0].store); got[bot.StateSent] != replicaReminders {
				t.Errorf("states after the sweeps: %v, want all %d sent", got, replicaReminders)
			}
			if per := d.perReplica(); n > 1 && len(per) != n {
				t.Errorf("deliveries per instance %v: some instance sent nothing", per)
			}
			t.Logf("%d instances: %d reminders in %s: %.0f reminders/s (per instance: %v)",
				n, replicaReminders, elapsed.Round(time.Millisecond), float64(replicaReminders)/elapsed.Seconds(), d.perReplica())
		})
	}
}

// TestReplicaDiesMidway kills one of three instances in the middle of a
// batch: the reminders it claimed but did not send stay leased, the others
// leave them alone until the lease ends, then take them over; every
// reminder is delivered exactly once.
func TestReplicaDiesMidway(t *testing.T) {
	url := testSchemaURL(t, testBaseURL(t))
	clock := storetest.NewClock(storetest.T0)
	d := newDeliveries()
	reps := startReplicas(t, url, 3, clock, d)
	insertDue(t, reps[0].store, replicaReminders, clock.Now())

	const dying = 2
	dyingCtx, kill := context.WithCancelCause(t.Context())
	reps[dying].notifier.dieAt = 150
	reps[dying].notifier.die = func() { kill(errors.New("instance killed")) }
	ctxs := []context.Context{t.Context(), t.Context(), dyingCtx}
	errs := sweepAll(t.Context(), reps, ctxs)
	for i, err := range errs {
		if i != dying && err != nil {
			t.Fatalf("instance %d: sweep: %v", i, err)
		}
	}
	if errs[dying] == nil {
		t.Fatalf("the dying instance finished its sweep; it should have died (%d sent)", reps[dying].notifier.sent.Load())
	}
	left := countStates(t, reps[0].store)[bot.StateSending]
	if left == 0 {
		t.Fatal("no reminder left leased by the dead instance; the test did not kill it mid-batch")
	}
	t.Logf("the dead instance left %d reminders leased", left)

	clock.Advance(replicaLease - time.Millisecond)
	survivors := reps[:dying]
	for i, err := range sweepAll(t.Context(), survivors, nil) {
		if err != nil {
			t.Fatalf("instance %d: sweep within the lease: %v", i, err)
		}
	}
	if got := countStates(t, reps[0].store)[bot.StateSending]; got != left {
		t.Fatalf("within the lease %d reminders leased, want the %d the dead instance left", got, left)
	}

	clock.Advance(time.Millisecond)
	for i, err := range sweepAll(t.Context(), survivors, nil) {
		if err != nil {
			t.Fatalf("instance %d: sweep after the lease: %v", i, err)
		}
	}
	d.checkOnce(t, replicaReminders)
	if got := countStates(t, reps[0].store); got[bot.StateSent] != replicaReminders {
		t.Errorf("states after the takeover: %v, want all %d sent", got, replicaReminders)
	}
	var retaken int
	if err := reps[0].store.pool.QueryRow(t.Context(), `SELECT count(*) FROM reminders WHERE attempts = 2`).Scan(&retaken); err != nil {
		t.Fatal(err)
	}
	if retaken != left {
		t.Errorf("%d reminders needed a second claim, want the %d the dead instance left", retaken, left)
	}
	t.Logf("deliveries per instance: %v", d.perReplica())
}

// TestReplicasSeeEachEventOnce hands every platform event to three
// instances at once, as Slack's connections and a load balancer may: each
// event is new to exactly one, so it is answered once.
func TestReplicasSeeEachEventOnce(t *testing.T) {
	url := testSchemaURL(t, testBaseURL(t))
	const instances, events = 3, 500
	stores := make([]*DB, instances)
	for i := range stores {
		stores[i] = openTest(t, url, nil)
	}
	var answered [events]atomic.Int32
	errs := make(chan error, instances)
	var wg sync.WaitGroup
	for _, s := range stores {
		wg.Go(func() {
			for ev := range events {
				first, err := s.FirstSeen(t.Context(), fmt.Sprintf("slack:Ev%04d", ev), storetest.T0)
				if err != nil {
					errs <- err
					return
				}
				if first {
					answered[ev].Add(1)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("FirstSeen: %v", err)
	}
	for ev := range events {
		if n := answered[ev].Load(); n != 1 {
			t.Errorf("event %d answered by %d instances, want 1", ev, n)
		}
	}
}
