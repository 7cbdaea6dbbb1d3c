package sqlite_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/flows"
	"privacybot/internal/app"
	"privacybot/storage/sqlite"
)

// The fault test runs the bot's core in a child process (this test binary,
// re-executed with faultModeEnv set), kills it with SIGKILL at a random
// moment, starts it again, and in the end checks the database and the
// deliveries the children made.
const (
	// faultModeEnv makes the test binary a worker: "torture" drives users,
	// sweeps and purges until it is killed; "final" sweeps until nothing
	// is due and exits.
	faultModeEnv = "PRIVACYBOT_FAULT_WORKER"
	// faultDBEnv is the database file the workers share.
	faultDBEnv = "PRIVACYBOT_FAULT_DB"
	// faultDeliveriesEnv is the file the workers' notifier appends a line
	// "<reminder ID> <due unix ms>" to for every reminder delivered.
	faultDeliveriesEnv = "PRIVACYBOT_FAULT_DELIVERIES"
	// faultEpochEnv is the real time, in unix nanoseconds, at which the
	// simulated clock stands at faultSimStart.
	faultEpochEnv = "PRIVACYBOT_FAULT_EPOCH"
	// faultSeedEnv seeds the worker's choices.
	faultSeedEnv = "PRIVACYBOT_FAULT_SEED"
)

// TestMain runs a fault worker when faultModeEnv is set, else the tests.
func TestMain(m *testing.M) {
	if mode := os.Getenv(faultModeEnv); mode != "" {
		os.Exit(runFaultWorker(mode))
	}
	os.Exit(m.Run())
}

// The workers' clock runs faultSpeed times as fast as real time, from a
// Monday morning in Amsterdam, so that reminders fall due, leases run out
// and retention periods pass while a worker lives a few hundred
// milliseconds. All workers derive it from the same real epoch, so it never
// goes back across a restart. The final worker runs faultFinalOffset ahead,
// past every due time a torture worker can set.
var faultSimStart = time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)

const (
	faultSpeed       = 30000
	faultFinalOffset = 90 * 24 * time.Hour
)

func faultClock(epoch time.Time, offset time.Duration) bot.Clock {
	return func() time.Time { return faultSimStart.Add(offset + time.Since(epoch)*faultSpeed) }
}

// faultRetention is short, so that purges delete conversations, done
// reminders and event IDs while the workers run.
var faultRetention = bot.Retention{Conversations: 10 * time.Minute, Reminders: 10 * time.Minute, Dedup: 10 * time.Minute}

// faultFlows are the flows a worker's users start; the stappenplan most,
// as most of its outcomes offer reminders.
var faultFlows = []string{"stappenplan", "stappenplan", "stappenplan", "inzage", "rechten", "toestemming"}

// faultUsers are the users the workers drive, three per goroutine.
func faultUsers() []bot.Address {
	users := make([]bot.Address, 6)
	for i := range users {
		users[i] = bot.Address{Platform: bot.Slack, User: fmt.Sprintf("U-fault-%d", i), Channel: bot.DM}
	}
	return users
}

// runFaultWorker is the child process. It checks the database it finds,
// says "ready" on standard output, and then works in mode. It returns only
// on an error or, in the final mode, when nothing is due any more.
func runFaultWorker(mode string) int {
	ctx := context.Background()
	w, err := openFaultWorker(ctx, mode)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fault worker:", err)
		return 3
	}
	fmt.Println("ready")
	switch mode {
	case "torture":
		err = w.torture(ctx)
	case "final":
		err = w.sweepUntilDone(ctx)
	default:
		err = fmt.Errorf("unknown mode %q", mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fault worker:", err)
		return 4
	}
	return 0
}

// faultWorker is the core as a restarted bot process builds it.
type faultWorker struct {
	store *sqlite.DB
	core  *bot.Bot
	sched *remind.Scheduler
	clock bot.Clock
	seed  uint64

	turns, sweeps, purges, purged atomic.Int64
	reportMu                      sync.Mutex
	// purgeDue asks the purge goroutine for a purge.
	purgeDue chan struct{}
}

func openFaultWorker(ctx context.Context, mode string) (*faultWorker, error) {
	nanos, err := strconv.ParseInt(os.Getenv(faultEpochEnv), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("epoch: %w", err)
	}
	seed, err := strconv.ParseUint(os.Getenv(faultSeedEnv), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("seed: %w", err)
	}
	offset := time.Duration(0)
	if mode == "final" {
		offset = faultFinalOffset
	}
	clock := faultClock(time.Unix(0, nanos), offset)
	path := os.Getenv(faultDBEnv)
	c, err := app.Open(ctx, app.Options{DB: path, Clock: clock, RemindAfter: 5 * time.Minute})
	if err != nil {
		return nil, err
	}
	store := c.Store.(*sqlite.DB)
	if err := checkFaultStore(ctx, store, path, false); err != nil {
		return nil, fmt.Errorf("database after restart: %w", err)
	}
	file, err := os.OpenFile(os.Getenv(faultDeliveriesEnv), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("delivery log: %w", err)
	}
	notifier := &faultNotifier{file: file, store: store, rng: rand.New(rand.NewPCG(seed, 1))}
	if mode == "torture" {
		notifier.failPercent = 10
	}
	return &faultWorker{
		store:    store,
		core:     c.Bot,
		sched:    c.Scheduler(map[string]bot.Notifier{bot.Slack: notifier}, remind.SchedulerConfig{Lease: 2 * time.Minute, Batch: 8, Digest: "off"}),
		clock:    clock,
		seed:     seed,
		purgeDue: make(chan struct{}, 1),
	}, nil
}

// torture drives the users in two goroutines, as fast as they can, while a
// third sweeps without pause and a fourth purges after every other turn,
// until one fails; the parent kills the process long before.
func (w *faultWorker) torture(ctx context.Context) error {
	users := faultUsers()
	errs := make(chan error, 4)
	half := len(users) / 2
	for g, group := range [][]bot.Address{users[:half], users[half:]} {
		go func() { errs <- w.driveUsers(ctx, group, rand.New(rand.NewPCG(w.seed, uint64(g)+2))) }()
	}
	go func() { errs <- w.sweep(ctx) }()
	go func() { errs <- w.purge(ctx) }()
	return <-errs
}

// enter tells the parent, on standard output, that a goroutine begins a
// turn, a sweep or a purge, so that it knows what a kill interrupted.
func (w *faultWorker) enter(phase string) {
	w.reportMu.Lock()
	defer w.reportMu.Unlock()
	fmt.Println("enter", phase)
}

// leave tells the parent that the phase ended, with the worker's counts.
func (w *faultWorker) leave(phase string) {
	w.reportMu.Lock()
	defer w.reportMu.Unlock()
	fmt.Println("leave", phase)
	fmt.Printf("stats turns=%d sweeps=%d purges=%d purged=%d\n", w.turns.Load(), w.sweeps.Load(), w.purges.Load(), w.purged.Load())
}

// driveUsers gives each user a turn in a row: an event ID recorded as an
// adapter does, then one message chosen from the replies of their last
// turn.
func (w *faultWorker) driveUsers(ctx context.Context, users []bot.Address, rng *rand.Rand) error {
	last := make([][]bot.Reply, len(users))
	for n := 0; ; n++ {
		i := n % len(users)
		m, err := w.nextMessage(ctx, users[i], last[i], rng)
		if err != nil {
			return err
		}
		w.enter("turn")
		key := fmt.Sprintf("%d-%s-%d", w.seed, users[i].User, n)
		if fresh, err := w.store.FirstSeen(ctx, key, w.clock()); err != nil || !fresh {
			return fmt.Errorf("event %s: fresh %v, %v", key, fresh, err)
		}
		replies, err := w.core.Handle(ctx, m)
		if err != nil {
			return fmt.Errorf("turn of %s (%+v): %w", users[i].User, m, err)
		}
		last[i] = replies
		if w.turns.Add(1)%2 == 0 {
			select {
			case w.purgeDue <- struct{}{}:
			default:
			}
		}
		w.leave("turn")
	}
}

// nextMessage plays a user: now and then they act on a reminder they got;
// otherwise they take a reminder offer, confirm abandoning a flow, answer
// the step asked (mostly a button, sometimes typed, sometimes "terug" or a
// case label), or start a flow.
func (w *faultWorker) nextMessage(ctx context.Context, addr bot.Address, last []bot.Reply, rng *rand.Rand) (bot.Message, error) {
	press := func(v string) bot.Message { return bot.Message{Address: addr, Action: v, Direct: true} }
	typed := func(s string) bot.Message { return bot.Message{Address: addr, Text: s, Direct: true} }
	if rng.IntN(8) == 0 {
		open, err := w.store.OpenReminders(ctx, addr.UserKey())
		if err != nil {
			return bot.Message{}, err
		}
		for _, r := range open {
			if r.State == bot.StateSent {
				act := []string{"done", "done", "1h", "tmr"}[rng.IntN(4)]
				return press(fmt.Sprintf("r:a:%d:%s", r.ID, act)), nil
			}
		}
	}
	var offers, steps []string
	abandon := false
	for _, r := range last {
		for _, c := range r.Choices {
			switch {
			case strings.HasPrefix(c.Value, "r:o:") && !strings.Contains(c.Value, ":ask:"):
				offers = append(offers, c.Value)
			case strings.HasPrefix(c.Value, "f:"):
				steps = append(steps, c.Value)
			case c.Value == "abandon:yes":
				abandon = true
			}
		}
	}
	switch {
	case len(offers) > 0:
		if rng.IntN(10) < 7 {
			for _, o := range offers {
				if strings.Contains(o, ":next:") {
					return press(o), nil
				}
			}
		}
		return press(offers[rng.IntN(len(offers))]), nil
	case abandon:
		return press("abandon:yes"), nil
	case len(steps) > 0:
		switch k := rng.IntN(20); {
		case k == 0:
			return press("cmd:terug"), nil
		case k == 1:
			return typed(fmt.Sprintf("label case-%d", rng.IntN(100))), nil
		case k < 5:
			return typed(strconv.Itoa(rng.IntN(len(steps)) + 1)), nil
		default:
			return press(steps[rng.IntN(len(steps))]), nil
		}
	}
	return press("start:" + faultFlows[rng.IntN(len(faultFlows))]), nil
}

// sweep looks for due reminders and sends them, over and over.
func (w *faultWorker) sweep(ctx context.Context) error {
	for {
		w.enter("sweep")
		if _, err := w.sched.Sweep(ctx); err != nil {
			return err
		}
		w.sweeps.Add(1)
		w.leave("sweep")
	}
}

// purge deletes what faultRetention no longer keeps, each time the users
// took a few turns: as often as it can without starving them of the write
// lock.
func (w *faultWorker) purge(ctx context.Context) error {
	for range w.purgeDue {
		w.enter("purge")
		n, err := w.store.Purge(ctx, w.clock(), faultRetention)
		if err != nil {
			return err
		}
		w.purges.Add(1)
		w.purged.Add(n.Conversations + n.Reminders + n.Dedup)
		w.leave("purge")
	}
	return nil
}

// sweepUntilDone sweeps until a sweep finds nothing due.
func (w *faultWorker) sweepUntilDone(ctx context.Context) error {
	for range 1000 {
		st, err := w.sched.Sweep(ctx)
		if err != nil {
			return err
		}
		if st.Claimed == 0 {
			return nil
		}
	}
	return errors.New("still reminders due after 1000 sweeps")
}

// faultNotifier delivers a reminder by appending "<ID> <due unix ms>" to
// the delivery log and syncing it before it reports success, as a platform
// accepts a message before the bot stores "sent". It fails failPercent of
// the sends, before writing anything. A reply that is not a reminder being
// sent ends the worker: the scheduler sent what it should not.
type faultNotifier struct {
	file        *os.File
	store       *sqlite.DB
	failPercent int

	mu  sync.Mutex
	rng *rand.Rand
}

func (n *faultNotifier) Notify(ctx context.Context, _ bot.Address, r bot.Reply) error {
	n.mu.Lock()
	fail := n.rng.IntN(100) < n.failPercent
	n.mu.Unlock()
	if fail {
		return errors.New("platform unavailable")
	}
	id, ok := faultReminderID(r)
	if !ok {
		faultAbort(fmt.Errorf("notified a reply that is no reminder: %q", r.Text))
	}
	rem, ok, err := n.store.Reminder(ctx, id)
	if err != nil || !ok || rem.State != bot.StateSending {
		faultAbort(fmt.Errorf("reminder %d sent while not claimed: %+v, %v, %v", id, rem, ok, err))
	}
	if _, err := fmt.Fprintf(n.file, "%d %d\n", id, rem.Due.UnixMilli()); err != nil {
		return err
	}
	return n.file.Sync()
}

// faultReminderID reads the reminder's ID from its "done" button.
func faultReminderID(r bot.Reply) (int64, bool) {
	for _, c := range r.Choices {
		if rest, ok := strings.CutPrefix(c.Value, "r:a:"); ok {
			if id, ok := strings.CutSuffix(rest, ":done"); ok {
				n, err := strconv.ParseInt(id, 10, 64)
				return n, err == nil
			}
		}
	}
	return 0, false
}

// faultAbort ends a worker whose scheduler sent what it must not.
func faultAbort(err error) {
	fmt.Fprintln(os.Stderr, "fault worker:", err)
	os.Exit(5)
}

// checkFaultStore checks what a restarted process finds: PRAGMA
// integrity_check says ok; every conversation's flow_json is a flows.State
// of a known flow at a step or outcome it has, with answers it offers;
// every reminder of the fault users is in a known state, has its
// "reminder.set" audit entry, and holds a lease while sending. After the
// final pass (final) nothing may be left to send.
func checkFaultStore(ctx context.Context, store *sqlite.DB, path string, final bool) error {
	if err := store.IntegrityCheck(ctx); err != nil {
		return err
	}
	if err := checkFileRows(ctx, path); err != nil {
		return err
	}
	var problems []error
	for _, a := range faultUsers() {
		rems, err := store.UserReminders(ctx, a.UserKey())
		if err != nil {
			return err
		}
		trail, err := store.AuditTrail(ctx, a.UserKey())
		if err != nil {
			return err
		}
		set := map[int64]bool{}
		for _, e := range trail {
			if e.Action == bot.AuditReminderSet {
				set[e.Reminder] = true
			}
		}
		for _, r := range rems {
			switch {
			case !set[r.ID]:
				problems = append(problems, fmt.Errorf("reminder %d has no %s audit entry", r.ID, bot.AuditReminderSet))
			case r.State == bot.StateSending && (r.LeaseUntil.IsZero() || !r.NextAttempt.Equal(r.LeaseUntil)):
				problems = append(problems, fmt.Errorf("reminder %d is sending without a lease: %+v", r.ID, r))
			case final && r.State != bot.StateSent && r.State != bot.StateDone:
				problems = append(problems, fmt.Errorf("reminder %d is %s after the final sweeps", r.ID, r.State))
			case final && !r.LeaseUntil.IsZero():
				problems = append(problems, fmt.Errorf("reminder %d keeps a lease after the final sweeps", r.ID))
			case !final && !r.State.Open() && r.State != bot.StateDone:
				problems = append(problems, fmt.Errorf("reminder %d is %s, which no worker does", r.ID, r.State))
			}
		}
	}
	return errors.Join(problems...)
}

// checkFileRows reads the file on a connection of its own: it must still be
// in WAL mode, and every stored conversation's flow_json must be a valid
// flow state.
func checkFileRows(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		return fmt.Errorf("journal mode %q, want wal (%v)", mode, err)
	}
	rows, err := db.QueryContext(ctx, `SELECT user_id, flow_json FROM conversations`)
	if err != nil {
		return fmt.Errorf("read conversations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			user     string
			flowJSON sql.NullString
		)
		if err := rows.Scan(&user, &flowJSON); err != nil {
			return fmt.Errorf("read conversations: %w", err)
		}
		if !flowJSON.Valid {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(flowJSON.String))
		dec.DisallowUnknownFields()
		var st flows.State
		if err := dec.Decode(&st); err != nil {
			return fmt.Errorf("conversation of %s: flow_json %q: %w", user, flowJSON.String, err)
		}
		if err := validFlowState(st); err != nil {
			return fmt.Errorf("conversation of %s: flow_json %q: %w", user, flowJSON.String, err)
		}
	}
	return rows.Err()
}

// validFlowState reports how st does not fit its flow.
func validFlowState(st flows.State) error {
	f := flows.EmbeddedSet().ByID(st.Flow)
	if f == nil || f.ID != st.Flow {
		return fmt.Errorf("unknown flow %q", st.Flow)
	}
	for _, a := range st.Path {
		step := f.Step(a.Step)
		if step == nil {
			return fmt.Errorf("answer to unknown step %q", a.Step)
		}
		offered := false
		for _, o := range step.Options {
			offered = offered || o.Value == a.Value
		}
		if !offered {
			return fmt.Errorf("step %q has no option %q", a.Step, a.Value)
		}
	}
	switch {
	case st.Outcome != "" && (f.Outcome(st.Outcome) == nil || st.Step != ""):
		return fmt.Errorf("bad outcome %q at step %q", st.Outcome, st.Step)
	case st.Outcome == "" && f.Step(st.Step) == nil:
		return fmt.Errorf("unknown step %q", st.Step)
	}
	return nil
}

// faultProcess is one worker as the parent sees it.
type faultProcess struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	ready  chan struct{}
	done   chan struct{}

	mu        sync.Mutex
	lastStats string
	// inFlight counts, per phase, the goroutines that entered it and did
	// not leave it yet.
	inFlight map[string]int
}

func startFaultWorker(t *testing.T, mode string, env []string) *faultProcess {
	t.Helper()
	p := &faultProcess{ready: make(chan struct{}), done: make(chan struct{}), inFlight: map[string]int{}}
	p.cmd = exec.Command(os.Args[0], "-test.run=^$")
	p.cmd.Env = append(append(os.Environ(), faultModeEnv+"="+mode), env...)
	p.cmd.Stderr = &p.stderr
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go p.read(out)
	select {
	case <-p.ready:
	case <-p.done:
		p.cmd.Wait()
		t.Fatalf("%s worker ended before it was ready:\n%s", mode, p.stderr.String())
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		<-p.done
		p.cmd.Wait()
		t.Fatalf("%s worker not ready within 20s:\n%s", mode, p.stderr.String())
	}
	return p
}

// read follows the worker's standard output until it ends.
func (p *faultProcess) read(out io.Reader) {
	defer close(p.done)
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		p.mu.Lock()
		switch {
		case line == "ready":
			close(p.ready)
		case strings.HasPrefix(line, "stats "):
			p.lastStats = line
		case strings.HasPrefix(line, "enter "):
			p.inFlight[strings.TrimPrefix(line, "enter ")]++
		case strings.HasPrefix(line, "leave "):
			p.inFlight[strings.TrimPrefix(line, "leave ")]--
		}
		p.mu.Unlock()
	}
}

// kill ends the worker with SIGKILL and fails the test unless that signal,
// and not an error of the worker, ended it.
func (p *faultProcess) kill(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done
	p.cmd.Wait()
	ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the worker ended by itself (%v) before it was killed:\n%s", p.cmd.ProcessState, p.stderr.String())
	}
}

// wait waits for a worker that ends by itself and fails the test unless it
// succeeded.
func (p *faultProcess) wait(t *testing.T) {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		<-p.done
	}
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("final worker: %v\n%s", err, p.stderr.String())
	}
}

// faultCounts adds up what the killed workers reported last, and counts the
// kills that interrupted each phase.
type faultCounts struct {
	turns, sweeps, purges, purged int64
	interrupted                   map[string]int
}

func (c *faultCounts) add(t *testing.T, p *faultProcess) {
	t.Helper()
	p.mu.Lock()
	line := p.lastStats
	for phase, n := range p.inFlight {
		if n > 0 {
			c.interrupted[phase]++
		}
	}
	p.mu.Unlock()
	if line == "" {
		return
	}
	var n faultCounts
	if _, err := fmt.Sscanf(line, "stats turns=%d sweeps=%d purges=%d purged=%d", &n.turns, &n.sweeps, &n.purges, &n.purged); err != nil {
		t.Fatalf("stats line %q: %v", line, err)
	}
	c.turns += n.turns
	c.sweeps += n.sweeps
	c.purges += n.purges
	c.purged += n.purged
}

// faultDelivery is one line of the delivery log.
type faultDelivery struct {
	id, due int64
	// worker is the index of the process that wrote it.
	worker int
	// inFlight reports that it is the last line of a worker that was
	// killed: the delivery that may not have been marked sent.
	inFlight bool
}

// readDeliveries reads the delivery log and tells which worker wrote each
// line: ends holds the log's size after each worker ended, and the first
// killed workers were the ones killed.
func readDeliveries(t *testing.T, path string, ends []int64, killed int) []faultDelivery {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	var all []faultDelivery
	start := int64(0)
	for w, end := range ends {
		lines := strings.Split(strings.TrimSuffix(string(data[start:end]), "\n"), "\n")
		start = end
		if len(lines) == 1 && lines[0] == "" {
			continue
		}
		for i, line := range lines {
			d := faultDelivery{worker: w, inFlight: w < killed && i == len(lines)-1}
			if _, err := fmt.Sscanf(line, "%d %d", &d.id, &d.due); err != nil {
				t.Fatalf("delivery log line %q of worker %d: %v", line, w, err)
			}
			all = append(all, d)
		}
	}
	if start != int64(len(data)) {
		t.Fatalf("the delivery log has %d bytes after the last worker ended at %d", len(data), start)
	}
	return all
}

// TestFaultKilledWorkersLoseAndDuplicateNothing kills a bot process with
// SIGKILL in the middle of flow steps, reminder sends and purges, over and
// over, restarting it each time, and then checks that the database is
// intact and consistent, that every reminder set was delivered, and that
// none was delivered twice except at the documented crash boundary: killed
// after the platform took it and before "sent" was stored.
func TestFaultKilledWorkersLoseAndDuplicateNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes for several seconds")
	}
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "bot.db")
	logPath := filepath.Join(dir, "deliveries.log")
	epoch := time.Now()
	seed := uint64(epoch.UnixNano())
	env := func(worker int) []string {
		return []string{
			faultDBEnv + "=" + dbPath,
			faultDeliveriesEnv + "=" + logPath,
			faultEpochEnv + "=" + strconv.FormatInt(epoch.UnixNano(), 10),
			faultSeedEnv + "=" + strconv.FormatUint(seed+uint64(worker), 10),
		}
	}
	logSize := func() int64 {
		st, err := os.Stat(logPath)
		if errors.Is(err, os.ErrNotExist) {
			return 0
		}
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	var (
		ends   []int64
		counts = faultCounts{interrupted: map[string]int{}}
	)
	deadline := time.Now().Add(15 * time.Second)
	for len(ends) < 15 && time.Now().Before(deadline) {
		p := startFaultWorker(t, "torture", env(len(ends)))
		<-time.After(30*time.Millisecond + time.Duration(rng.Int64N(int64(270*time.Millisecond))))
		p.kill(t)
		counts.add(t, p)
		ends = append(ends, logSize())
	}
	kills := len(ends)
	final := startFaultWorker(t, "final", env(kills))
	final.wait(t)
	ends = append(ends, logSize())

	ctx := context.Background()
	store, err := sqlite.Open(ctx, dbPath, faultClock(epoch, faultFinalOffset))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := checkFaultStore(ctx, store, dbPath, true); err != nil {
		t.Fatalf("database after the final sweeps: %v", err)
	}

	deliveries := readDeliveries(t, logPath, ends, kills)
	type dueKey struct{ id, due int64 }
	byKey := map[dueKey][]faultDelivery{}
	perID := map[int64]int{}
	keysPerID := map[int64]int{}
	for _, d := range deliveries {
		k := dueKey{d.id, d.due}
		if len(byKey[k]) == 0 {
			keysPerID[d.id]++
		}
		byKey[k] = append(byKey[k], d)
		perID[d.id]++
	}
	duplicates := 0
	for k, ds := range byKey {
		for i, d := range ds {
			if i > 0 && ds[i-1].worker == d.worker {
				t.Errorf("reminder %d (due %d) delivered twice by worker %d, which lived on", k.id, k.due, d.worker)
			}
			if i < len(ds)-1 {
				duplicates++
				if !d.inFlight {
					t.Errorf("reminder %d (due %d) delivered again after worker %d, which was not killed while sending it", k.id, k.due, d.worker)
				}
			}
		}
	}
	if duplicates > kills {
		t.Errorf("%d duplicate deliveries for %d kills", duplicates, kills)
	}

	created, purgedReminders := 0, 0
	for _, a := range faultUsers() {
		trail, err := store.AuditTrail(ctx, a.UserKey())
		if err != nil {
			t.Fatal(err)
		}
		sets, claims, marks := map[int64]int{}, map[int64]int{}, map[int64]int{}
		for _, e := range trail {
			switch e.Action {
			case bot.AuditReminderSet:
				sets[e.Reminder]++
			case bot.AuditReminderClaimed:
				claims[e.Reminder]++
			case bot.AuditReminderSent, bot.AuditReminderLate:
				marks[e.Reminder]++
			}
		}
		rems, err := store.UserReminders(ctx, a.UserKey())
		if err != nil {
			t.Fatal(err)
		}
		stored := map[int64]bool{}
		for _, r := range rems {
			stored[r.ID] = true
			if len(byKey[dueKey{r.ID, r.Due.UnixMilli()}]) == 0 {
				t.Errorf("reminder %d of %s is %s, but its due time %s was never delivered", r.ID, a.User, r.State, r.Due)
			}
		}
		for id, n := range sets {
			created++
			if !stored[id] {
				purgedReminders++
			}
			switch {
			case n != 1:
				t.Errorf("reminder %d has %d %s entries", id, n, bot.AuditReminderSet)
			case perID[id] == 0:
				t.Errorf("reminder %d of %s was set but never delivered: lost", id, a.User)
			case marks[id] != keysPerID[id]:
				t.Errorf("reminder %d: %d due times delivered but %d marked sent", id, keysPerID[id], marks[id])
			case claims[id] < perID[id]:
				t.Errorf("reminder %d: %d deliveries but only %d claims", id, perID[id], claims[id])
			}
		}
		for id := range stored {
			if sets[id] == 0 {
				t.Errorf("reminder %d of %s has no %s entry", id, a.User, bot.AuditReminderSet)
			}
		}
	}
	for _, d := range deliveries {
		if d.id <= 0 {
			t.Errorf("delivery of a reminder without an ID: %+v", d)
		}
	}

	t.Logf("fault cases survived: %d rounds, %d SIGKILLs (integrity_check ok after each), of which %d hit a flow turn, %d a sweep and %d a purge in flight; "+
		"%d flow turns, %d sweeps, %d purges (deleting %d rows) in the killed workers; "+
		"%d reminders created, %d deliveries of %d due times, %d done reminders purged, %d duplicates at the crash boundary; seed %d",
		kills, kills, counts.interrupted["turn"], counts.interrupted["sweep"], counts.interrupted["purge"],
		counts.turns, counts.sweeps, counts.purges, counts.purged,
		created, len(deliveries), len(byKey), purgedReminders, duplicates, seed)
	if kills < 5 || created == 0 || len(deliveries) == 0 || counts.purges == 0 {
		t.Errorf("the torture did too little to prove anything: %d kills, %d reminders, %d deliveries, %d purges", kills, created, len(deliveries), counts.purges)
	}
}
