package bot_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/storage/sqlite"
)

// logUser is the user of the log privacy tests; their ID must appear in no
// log line.
const logUser = "U-marker-user"

// logCase is the case label the log privacy tests give; it must appear in
// no log line.
const logCase = "markercase"

// logNeverLogged is what no log line may hold, whatever a test sends: the
// user's ID, the case label and the personal data typed.
var logNeverLogged = []string{
	logUser, logCase,
	"111222333", "06-12345678", "0612345678", "markerjansen", "NL91ABNA0417164300", "1111 AB",
}

// lockedBuffer is a bytes.Buffer that the scheduler's cron goroutine and
// the test may use at once.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// logEnv is the core, the reminder service and the scheduler on one SQLite
// file, all logging JSON at debug level into one buffer.
type logEnv struct {
	*harness
	logs      *lockedBuffer
	log       *slog.Logger
	reminders *remind.Reminders
	sched     *remind.Scheduler
	notifier  *logNotifier
}

func newLogEnv(t *testing.T) *logEnv {
	t.Helper()
	h := newHarness(t)
	h.user = logUser
	e := &logEnv{harness: h, logs: &lockedBuffer{}, notifier: &logNotifier{}}
	e.log = slog.New(slog.NewJSONHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.reminders = remind.NewReminders(h.store, h.store, h.clock, e.log, remind.ReminderConfig{})
	e.sched = e.scheduler(remind.SchedulerConfig{})
	e.useConversations(h.store)
	return e
}

// useConversations rebuilds the core on another conversation store.
func (e *logEnv) useConversations(c bot.ConversationStore) {
	e.wire(bot.Config{}, func(d *bot.Deps) { d.Conversations, d.FollowUps, d.Log = c, e.reminders, e.log })
}

func (e *logEnv) scheduler(cfg remind.SchedulerConfig) *remind.Scheduler {
	return remind.NewScheduler(e.store, e.store, map[string]bot.Notifier{bot.Slack: e.notifier}, e.store, e.clock, e.log, cfg)
}

// reachOffer walks the stappenplan to a share (a gezinsvoogd asking under
// an OTS), labelling the case on the way, and returns the outcome's
// replies with the reminder offer.
func (e *logEnv) reachOffer(label string) []bot.Reply {
	e.t.Helper()
	e.say("stappenplan")
	if label != "" {
		e.say("label " + label)
	}
	replies := e.press("f:stappenplan:ontvanger:gi-ots-verzoek")
	for i := 0; i < 6 && choicePrefixed(replies, "r:o:") == ""; i++ {
		replies = e.say("1")
	}
	if choicePrefixed(replies, "r:o:") == "" {
		e.t.Fatalf("no reminder offer at the end of the stappenplan:\n%s", joined(replies))
	}
	return replies
}

// setReminder reaches an offer and takes its first moment; it returns the
// reminder set.
func (e *logEnv) setReminder(label string) bot.Reminder {
	e.t.Helper()
	e.press(choicePrefixed(e.reachOffer(label), "r:o:i:next:"))
	open, err := e.store.OpenReminders(context.Background(), e.addr().UserKey())
	if err != nil || len(open) != 1 {
		e.t.Fatalf("want one open reminder, got %d (%v)", len(open), err)
	}
	return open[0]
}

func (e *logEnv) sweep() bot.SweepStats {
	e.t.Helper()
	st, err := e.sched.Sweep(context.Background())
	if err != nil {
		e.t.Fatalf("sweep: %v", err)
	}
	return st
}

// logNotifier records the replies it delivers; it fails with the queued
// errors first.
type logNotifier struct {
	mu       sync.Mutex
	failures []error
	sent     []bot.Reply
}

func (n *logNotifier) Notify(_ context.Context, _ bot.Address, r bot.Reply) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.failures) > 0 {
		err := n.failures[0]
		n.failures = n.failures[1:]
		return err
	}
	n.sent = append(n.sent, r)
	return nil
}

// deliveredText joins the text of every reminder the notifier delivered.
func (e *logEnv) deliveredText() string {
	var sb strings.Builder
	e.notifier.mu.Lock()
	defer e.notifier.mu.Unlock()
	for _, r := range e.notifier.sent {
		sb.WriteString(r.Text + "\n")
	}
	return sb.String()
}

// failingConversations is a conversation store whose saves fail.
type failingConversations struct{ *sqlite.DB }

func (failingConversations) SaveConversation(context.Context, *bot.Conversation) error {
	return errors.New("disk I/O error")
}

func (failingConversations) CommitTurn(context.Context, *bot.TurnWrites) error {
	return errors.New("disk I/O error")
}

// logMessages returns the msg of every line of a JSON log, failing the test
// on a line that is not a JSON record.
func logMessages(t *testing.T, logs string) []string {
	t.Helper()
	var msgs []string
	sc := bufio.NewScanner(strings.NewReader(logs))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			Msg string `json:"msg"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.Msg == "" {
			t.Fatalf("log line is not a JSON record with a msg: %q", sc.Text())
		}
		msgs = append(msgs, rec.Msg)
	}
	return msgs
}

func TestLogPrivacyNoTextUserOrCaseIsLogged(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		// markers are words only the input held; no log line may hold one.
		markers []string
		// logged are messages the run must log, so that the check has
		// something to look at.
		logged []string
		run    func(t *testing.T, e *logEnv)
	}{
		{
			name:    "questions in Dutch and English",
			markers: []string{"markerappel", "markerbanana"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				e.say("mag ik het dossier van markerappel delen met school?")
				e.say("may I share the file of markerbanana with the family doctor?")
			},
		},
		{
			name:    "flow answers typed, wrong answers, controls",
			markers: []string{"markercherry", "markerdate"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				e.say("toestemming")
				if got := joined(e.say("markercherry")); !strings.Contains(got, "begrijp ik niet") {
					t.Fatalf("the wrong answer was not re-prompted:\n%s", got)
				}
				e.say("14")
				e.say("markerdate ja of nee")
				e.say("waarom?")
				e.say("terug")
			},
		},
		{
			name:    "a case label, an outcome and a reminder sent by a sweep",
			markers: []string{"casus-markerlabel"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				e.setReminder(logCase)
				e.say("label casus-markerlabel")
				e.advance(72 * time.Hour)
				if st := e.sweep(); st.Sent != 1 {
					t.Fatalf("sweep sent %d reminders, want 1", st.Sent)
				}
				if got := e.deliveredText(); !strings.Contains(got, logCase) {
					t.Fatalf("the delivered reminder lacks the case label, so the test proves nothing:\n%s", got)
				}
			},
		},
		{
			name:    "a reminder moment typed",
			markers: []string{"markerelder"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				e.press(choicePrefixed(e.reachOffer(logCase), "r:o:i:ask:"))
				e.say("markerelder vier")
				e.say("morgen 14:00")
				open, err := e.store.OpenReminders(ctx, e.addr().UserKey())
				if err != nil || len(open) != 1 {
					t.Fatalf("the typed moment set %d reminders (%v), want 1", len(open), err)
				}
			},
		},
		{
			name:    "a not-yet-safe reason typed",
			markers: []string{"markerfig", "markergrape"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				rem := e.setReminder(logCase)
				e.press(fmt.Sprintf("r:a:%d:ns", rem.ID))
				e.say("markerfig dagen")
				e.say("5")
				e.say("wacht op markergrape van de politie")
				got, _, err := e.store.Reminder(ctx, rem.ID)
				if err != nil || !strings.Contains(got.Reason, "markergrape") {
					t.Fatalf("the typed reason was not kept, so the test proves nothing: %q (%v)", got.Reason, err)
				}
			},
		},
		{
			name:    "settings with bad values",
			markers: []string{"markerland", "markerhuizen", "markerkleur", "markerklingon", "markermaybe"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				e.say("instellingen tijdzone Markerland/Nowhere")
				e.say("instellingen gemeente markerhuizen")
				e.say("instellingen markerkleur blauw")
				e.say("instellingen taal markerklingon")
				e.say("instellingen overzicht markermaybe")
				e.say("instellingen gemeente uithoorn")
			},
		},
		{
			name:   "personal data in a question, a flow answer and a label",
			logged: []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				replies := e.say("mag ik bsn 111222333, 06-12345678 en jan.markerjansen@example.nl aan school geven?")
				if !strings.Contains(joined(replies), "niet bewaard") {
					t.Fatalf("no warning about personal data:\n%s", joined(replies))
				}
				e.say("stappenplan")
				e.say("IBAN NL91ABNA0417164300, woont op 1111 AB 12")
				e.say("label 111222333")
			},
		},
		{
			name:    "overlong and unreadable input",
			markers: []string{"markerlong", "markerbinary"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				if got := joined(e.say(strings.Repeat("markerlong school delen ", 200))); !strings.Contains(got, "langer dan") {
					t.Fatalf("the overlong input was not cut:\n%s", got)
				}
				e.say("\xffmarkerbinary\x00")
			},
		},
		{
			name:    "a shared channel",
			markers: []string{"markerchannel"},
			logged:  []string{"handled"},
			run: func(t *testing.T, e *logEnv) {
				channel := bot.Address{Platform: bot.Slack, User: logUser, Channel: "C-shared"}
				e.send(bot.Message{Address: channel, Text: "mag markerchannel naar de huisarts?"})
				e.send(bot.Message{Address: channel, Text: "/privacy stappenplan markerchannel"})
				e.send(bot.Message{Address: channel, Text: "/privacy toestemming"})
			},
		},
		{
			name:    "answers to the bot's own questions typed",
			markers: []string{"markerperhaps", "markerwhatever"},
			logged:  []string{"handled", "user data erased"},
			run: func(t *testing.T, e *logEnv) {
				e.say("stappenplan")
				e.say("toestemming")
				e.say("markerwhatever")
				e.say("nee")
				e.say("vergeet-mij")
				e.say("markerperhaps")
				e.say("vergeet-mij")
				e.say("ja")
			},
		},
		{
			name:    "a store that fails",
			markers: []string{"markerkiwi"},
			logged:  []string{"handle message"},
			run: func(t *testing.T, e *logEnv) {
				e.useConversations(failingConversations{e.store})
				_, err := e.bot.Handle(ctx, bot.Message{Address: e.addr(), Text: "label markerkiwi", Direct: true})
				if err == nil {
					t.Fatal("a failing store gave no error")
				}
			},
		},
		{
			name:    "a reminder send that fails, then succeeds",
			markers: []string{"markerfail"},
			logged:  []string{"reminder not delivered; will retry"},
			run: func(t *testing.T, e *logEnv) {
				e.setReminder(logCase)
				e.notifier.failures = []error{errors.New("platform unavailable")}
				e.advance(72 * time.Hour)
				if st := e.sweep(); st.Failed != 1 {
					t.Fatalf("sweep failed %d sends, want 1", st.Failed)
				}
				e.advance(time.Hour)
				if st := e.sweep(); st.Sent != 1 {
					t.Fatalf("retry sent %d reminders, want 1", st.Sent)
				}
			},
		},
		{
			name:   "the scheduler started with a purge, and stopped",
			logged: []string{"retention purge", "reminder sweep"},
			run: func(t *testing.T, e *logEnv) {
				e.setReminder(logCase)
				e.advance(72 * time.Hour)
				s := e.scheduler(remind.SchedulerConfig{Digest: "off", Purger: e.store, Retention: bot.DefaultRetention()})
				if err := s.Start(ctx); err != nil {
					t.Fatal(err)
				}
				if err := s.Stop(ctx); err != nil {
					t.Fatal(err)
				}
				if got := e.deliveredText(); !strings.Contains(got, logCase) {
					t.Fatalf("the start's sweep delivered nothing:\n%s", got)
				}
			},
		},
		{
			name:    "a button for another user's reminder, and a broken one",
			markers: []string{"markerbutton"},
			logged:  []string{"refused action on another user's reminder", "reminder button not understood"},
			run: func(t *testing.T, e *logEnv) {
				e.user = "U-other"
				theirs := e.setReminder("")
				e.user = logUser
				e.press(fmt.Sprintf("r:a:%d:done", theirs.ID))
				e.press("r:o:x:markerbutton")
			},
		},
		{
			name:   "a digest that fails",
			logged: []string{"digest not delivered; will retry"},
			run: func(t *testing.T, e *logEnv) {
				e.setReminder(logCase)
				e.notifier.failures = []error{errors.New("platform unavailable")}
				if err := e.sched.Digest(ctx); err != nil {
					t.Fatal(err)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newLogEnv(t)
			tt.run(t, e)
			logs := e.logs.String()
			msgs := logMessages(t, logs)
			for _, want := range tt.logged {
				if !slices.Contains(msgs, want) {
					t.Errorf("nothing logged as %q; logged: %q", want, msgs)
				}
			}
			lower := strings.ToLower(logs)
			for _, secret := range append(tt.markers, logNeverLogged...) {
				if strings.Contains(lower, strings.ToLower(secret)) {
					t.Errorf("a log line holds %q:\n%s", secret, linesWith(logs, secret))
				}
			}
		})
	}
}

// linesWith returns the lines of logs that hold s, ignoring case.
func linesWith(logs, s string) string {
	var out []string
	for _, line := range strings.Split(logs, "\n") {
		if strings.Contains(strings.ToLower(line), strings.ToLower(s)) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}
