package bot_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/remind"
	"privacybot/flows"
	"privacybot/internal/testclock"
	"privacybot/lang"
	"privacybot/storage/sqlite"
)

// harness drives the core as an adapter would, on a real SQLite file and a
// clock the test moves.
type harness struct {
	t     testing.TB
	store *sqlite.DB
	bot   *bot.Bot
	clk   *testclock.Clock
	user  string
	dir   string
}

var answerer = sync.OnceValue(func() *bot.Answerer { return bot.NewAnswerer(flows.EmbeddedTopics()) })

func newHarness(t testing.TB) *harness {
	t.Helper()
	h := &harness{t: t, clk: testclock.New(time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)), user: "U1", dir: t.TempDir()}
	store, err := sqlite.Open(context.Background(), h.storePath(), h.clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	h.store = store
	h.wire(bot.Config{}, nil)
	return h
}

// wire builds the core the tests of package bot run: every store port on
// the harness's SQLite file, the reminder service, the built-in topics and
// the harness's clock. change, when not nil, puts in what a test fakes.
// The command and the end-to-end tests build the whole core with app.Open.
func (h *harness) wire(cfg bot.Config, change func(*bot.Deps)) {
	d := bot.Deps{
		Conversations: h.store, Settings: h.store, Audit: h.store, Users: h.store,
		FollowUps: remind.NewReminders(h.store, h.store, h.clock, nil, remind.ReminderConfig{}),
		Answerer:  answerer(), Clock: h.clock,
	}
	if change != nil {
		change(&d)
	}
	h.bot = bot.New(d, cfg)
}

// storePath is the database file of the harness.
func (h *harness) storePath() string { return filepath.Join(h.dir, "bot.db") }

func (h *harness) clock() time.Time { return h.clk.Now() }

func (h *harness) advance(d time.Duration) { h.clk.Advance(d) }

func (h *harness) addr() bot.Address {
	return bot.Address{Platform: bot.Slack, User: h.user, Channel: bot.DM}
}

func (h *harness) send(m bot.Message) []bot.Reply {
	h.t.Helper()
	replies, err := h.bot.Handle(context.Background(), m)
	if err != nil {
		h.t.Fatalf("handle %+v: %v", m, err)
	}
	return replies
}

// say types text in the user's DM.
func (h *harness) say(text string) []bot.Reply {
	h.t.Helper()
	return h.send(bot.Message{Address: h.addr(), Text: text, Direct: true})
}

// press presses the button with the given value in the user's DM.
func (h *harness) press(value string) []bot.Reply {
	h.t.Helper()
	return h.send(bot.Message{Address: h.addr(), Action: value, Direct: true})
}

func (h *harness) conversation() bot.Conversation {
	h.t.Helper()
	c, _, err := h.store.Conversation(context.Background(), h.addr())
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

func joined(replies []bot.Reply) string {
	var sb strings.Builder
	for _, r := range replies {
		sb.WriteString(r.Text + "\n")
	}
	return sb.String()
}

func hasChoice(replies []bot.Reply, value string) bool {
	for _, r := range replies {
		for _, c := range append(r.Choices, r.Controls...) {
			if c.Value == value {
				return true
			}
		}
	}
	return false
}

func choicePrefixed(replies []bot.Reply, prefix string) string {
	for _, r := range replies {
		for _, c := range r.Choices {
			if strings.HasPrefix(c.Value, prefix) {
				return c.Value
			}
		}
	}
	return ""
}

func TestQuestionsAreAnsweredWithSourcesAndAFlowButton(t *testing.T) {
	h := newHarness(t)
	tests := []struct {
		question string
		want     []string
		button   string
	}{
		{"mag ik delen met school?", []string{"§2.4", "Uithoorn", "Diemen"}, "start:stappenplan ontvanger=school"},
		{"may I share information with the school?", []string{"§2.4", "Source: guideline"}, "start:stappenplan ontvanger=school"},
		{"wat is de hoofdstad van Frankrijk?", []string{"fg@diemen.nl", "fg@uithoorn.nl", "fg@ouder-amstel.nl"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			replies := h.say(tt.question)
			text := joined(replies)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("answer lacks %q:\n%s", w, text)
				}
			}
			if tt.button != "" && !hasChoice(replies, tt.button) {
				t.Errorf("no button %q in %+v", tt.button, replies)
			}
		})
	}
}

func TestSharedChannelAnswersOnlyTheAskerAndMovesConsultationsToADM(t *testing.T) {
	h := newHarness(t)
	channel := bot.Address{Platform: bot.Slack, User: h.user, Channel: "C123"}
	for _, r := range h.send(bot.Message{Address: channel, Text: "mag ik delen met de huisarts?"}) {
		if !r.Ephemeral {
			t.Errorf("answer in a shared channel is not ephemeral: %q", r.Text)
		}
	}
	replies := h.send(bot.Message{Address: channel, Text: "/privacy stappenplan"})
	if len(replies) < 2 || !replies[0].Ephemeral || !strings.Contains(replies[0].Text, "privébericht") {
		t.Fatalf("first reply should say, to the asker only, that the bot goes on in a DM: %+v", replies)
	}
	for _, r := range replies[1:] {
		if !r.Direct {
			t.Errorf("consultation reply not sent to the DM: %q", r.Text)
		}
	}
	if c := h.conversation(); c.Flow == nil || c.Flow.Flow != "stappenplan" {
		t.Fatalf("the flow should live in the DM conversation, got %+v", c)
	}
	if got := joined(h.say("school")); !strings.Contains(got, "Vraag 1: moet je") {
		t.Errorf("answer in the DM did not continue the flow:\n%s", got)
	}
}

func TestAWrongAnswerRepromptsAndChangesNothing(t *testing.T) {
	h := newHarness(t)
	h.say("toestemming")
	before := h.conversation()
	replies := h.say("banaan")
	if !strings.Contains(joined(replies), "begrijp ik niet") {
		t.Errorf("no re-prompt:\n%s", joined(replies))
	}
	after := h.conversation()
	if after.Version != before.Version || after.Flow.Step != before.Flow.Step || len(after.Flow.Path) != len(before.Flow.Path) {
		t.Errorf("a wrong answer changed the conversation: %+v → %+v", before, after)
	}
}

func TestAnIdleConversationExpiresWithANotice(t *testing.T) {
	h := newHarness(t)
	h.say("toestemming")
	h.advance(25 * time.Hour)
	replies := h.say("14")
	if !strings.Contains(joined(replies), "afgesloten") {
		t.Errorf("no expiry notice:\n%s", joined(replies))
	}
	if c := h.conversation(); c.Flow != nil {
		t.Errorf("expired flow still stored: %+v", c.Flow)
	}
}

func TestAConversationWithinTheExpiryContinues(t *testing.T) {
	h := newHarness(t)
	h.say("toestemming")
	h.advance(23 * time.Hour)
	if got := joined(h.say("14")); strings.Contains(got, "afgesloten") || !strings.Contains(got, "eigen belangen") {
		t.Errorf("conversation did not continue:\n%s", got)
	}
}

func TestASecondStartAsksWhetherToAbandonTheFirst(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan")
	replies := h.say("toestemming")
	if !hasChoice(replies, "abandon:yes") || !hasChoice(replies, "abandon:no") {
		t.Fatalf("no abandon question: %+v", replies)
	}
	if got := joined(h.press("abandon:no")); !strings.Contains(got, "Met wie") {
		t.Errorf("'no' should show the stappenplan question again:\n%s", got)
	}
	if c := h.conversation(); c.Flow.Flow != "stappenplan" || c.Pending != "" {
		t.Errorf("'no' changed the flow: %+v", c)
	}
	h.say("toestemming")
	h.say("ja")
	if c := h.conversation(); c.Flow.Flow != "toestemming" {
		t.Errorf("typed 'ja' did not start the new flow: %+v", c.Flow)
	}
	trail, err := h.store.AuditTrail(context.Background(), h.addr().UserKey())
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range trail {
		actions = append(actions, e.Action+":"+e.Flow)
	}
	want := "flow.start:stappenplan flow.abandoned:stappenplan flow.start:toestemming"
	if got := strings.Join(actions, " "); got != want {
		t.Errorf("audit = %q, want %q", got, want)
	}
}

func TestButtonsOfEndedOrEarlierStepsAreRefused(t *testing.T) {
	h := newHarness(t)
	if got := joined(h.press("f:stappenplan:ontvanger:school")); !strings.Contains(got, "al klaar") {
		t.Errorf("button without a flow: %s", got)
	}
	h.say("stappenplan")
	h.press("f:stappenplan:ontvanger:school")
	before := h.conversation()
	if got := joined(h.press("f:stappenplan:ontvanger:huisarts")); !strings.Contains(got, "eerdere vraag") {
		t.Errorf("second press of an answered step: %s", got)
	}
	if after := h.conversation(); after.Version != before.Version {
		t.Errorf("a stale button changed the conversation")
	}
	if got := joined(h.press("nonsense")); !strings.Contains(got, "werkt niet meer") {
		t.Errorf("unknown button: %s", got)
	}
}

func TestPersonalDataIsWarnedAboutAndRedacted(t *testing.T) {
	h := newHarness(t)
	replies := h.say("mag ik het bsn 111222333 en 06-12345678 aan school geven?")
	if !strings.Contains(replies[0].Text, "niet bewaard") || !strings.Contains(replies[0].Text, "BSN") {
		t.Errorf("first reply should warn about the BSN: %q", replies[0].Text)
	}
	if strings.Contains(joined(replies), "111222333") {
		t.Error("the BSN was echoed back")
	}
}

func TestBadInputGetsAClearMessage(t *testing.T) {
	h := newHarness(t)
	tests := []struct {
		name, text, want string
	}{
		{"empty", "   ", "privacybot"},
		{"binary", "\xff\xfe\x00abc", "gewone tekst"},
		{"overlong", strings.Repeat("school delen toestemming ", 200), "langer dan 2000"},
		{"a bare number", "7", "geen keuze open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joined(h.say(tt.text)); !strings.Contains(got, tt.want) {
				t.Errorf("reply lacks %q:\n%s", tt.want, got)
			}
		})
	}
}

func TestSettingsChangeOnlyOnValidInput(t *testing.T) {
	h := newHarness(t)
	h.say("hallo")
	tests := []struct {
		input, want string
		check       func(bot.Settings) bool
	}{
		{"instellingen gemeente uithoorn", "Opgeslagen", func(s bot.Settings) bool { return s.Municipality == flows.Uithoorn }},
		{"instellingen gemeente amsterdam", "Kies Diemen", func(s bot.Settings) bool { return s.Municipality == flows.Uithoorn }},
		{"instellingen tijdzone Mars/Olympus", "tijdzone ken ik niet", func(s bot.Settings) bool { return s.TZ == "" }},
		{"instellingen overzicht uit", "Opgeslagen", func(s bot.Settings) bool { return s.DigestOff }},
		{"instellingen kleur blauw", "instelling ken ik niet", func(s bot.Settings) bool { return s.DigestOff }},
		{"instellingen taal en", "Saved", func(s bot.Settings) bool { return s.Lang == lang.EN }},
	}
	for _, tt := range tests {
		got := joined(h.say(tt.input))
		if !strings.Contains(got, tt.want) {
			t.Errorf("%q: reply lacks %q:\n%s", tt.input, tt.want, got)
		}
		s, _, err := h.store.Settings(context.Background(), h.addr().UserKey())
		if err != nil {
			t.Fatal(err)
		}
		if !tt.check(s) {
			t.Errorf("%q: settings now %+v", tt.input, s)
		}
	}
}

func TestTheMunicipalityIsAskedOnceAndRemembered(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan school")
	if got := joined(h.say("ja")); !strings.Contains(got, "In welke gemeente") {
		t.Fatalf("the stappenplan did not ask the municipality:\n%s", got)
	}
	h.say("uithoorn")
	s, _, _ := h.store.Settings(context.Background(), h.addr().UserKey())
	if s.Municipality != flows.Uithoorn {
		t.Fatalf("municipality not remembered: %+v", s)
	}
	h.say("stop")
	h.say("stappenplan school")
	if got := joined(h.say("ja")); strings.Contains(got, "In welke gemeente") || !strings.Contains(got, "uitdrukkelijk") {
		t.Fatalf("the municipality was asked again, or Uithoorn's explicit consent not asked:\n%s", got)
	}
}

func TestAGezinsvoogdUnderAnOTSGetsTheDutyToInform(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan")
	replies := h.press("f:stappenplan:ontvanger:gi-ots-verzoek")
	for i := 0; i < 5 && choicePrefixed(replies, "r:") == ""; i++ {
		replies = h.say("1")
	}
	text := joined(replies)
	for _, w := range []string{"zonder toestemming", "dossier", "achteraf"} {
		if !strings.Contains(text, w) {
			t.Errorf("outcome lacks %q:\n%s", w, text)
		}
	}
	if choicePrefixed(replies, "r:") == "" {
		t.Error("no reminder offered after a share")
	}
}

func TestFlowControls(t *testing.T) {
	h := newHarness(t)
	h.say("toestemming")
	h.say("14")
	if got := joined(h.say("waarom?")); !strings.Contains(got, "§2.") {
		t.Errorf("waarom gives no paragraph:\n%s", got)
	}
	h.say("terug")
	if c := h.conversation(); len(c.Flow.Path) != 0 {
		t.Errorf("terug did not undo: %+v", c.Flow)
	}
	h.say("14")
	h.say("opnieuw")
	if c := h.conversation(); len(c.Flow.Path) != 0 || c.Flow.Flow != "toestemming" {
		t.Errorf("opnieuw did not restart: %+v", c.Flow)
	}
	h.say("stop")
	if c := h.conversation(); c.Flow != nil {
		t.Errorf("stop left a flow: %+v", c.Flow)
	}
	if got := joined(h.say("waarom")); !strings.Contains(got, "geen gesprek") {
		t.Errorf("waarom without a flow:\n%s", got)
	}
}

func TestMyDataAndForgetMe(t *testing.T) {
	h := newHarness(t)
	h.say("instellingen gemeente diemen")
	h.say("toestemming")
	replies := h.say("mijn-gegevens json")
	if len(replies) != 1 || !replies[0].Copy {
		t.Fatalf("want one copyable reply, got %+v", replies)
	}
	var d bot.MyData
	if err := json.Unmarshal([]byte(replies[0].Text), &d); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, replies[0].Text)
	}
	if d.Settings.Municipality != flows.Diemen || len(d.Audit) == 0 || d.Conversation == nil {
		t.Errorf("my data incomplete: %+v", d)
	}
	if got := joined(h.say("mijn-gegevens")); !strings.Contains(got, "Diemen") || !strings.Contains(got, "Vragen begonnen") || strings.Contains(got, "flow.start") {
		t.Errorf("text overview incomplete:\n%s", got)
	}
	other := bot.Address{Platform: bot.Slack, User: "U2", Channel: bot.DM}
	h.send(bot.Message{Address: other, Text: "instellingen gemeente uithoorn", Direct: true})

	h.say("vergeet-mij")
	h.press("forget:no")
	if _, ok, _ := h.store.Settings(context.Background(), h.addr().UserKey()); !ok {
		t.Fatal("'no' erased the settings")
	}
	h.say("vergeet-mij")
	if got := joined(h.press("forget:yes")); !strings.Contains(got, "Gewist") {
		t.Errorf("no confirmation:\n%s", got)
	}
	if _, ok, _ := h.store.Settings(context.Background(), h.addr().UserKey()); ok {
		t.Error("settings survived vergeet-mij")
	}
	if trail, _ := h.store.AuditTrail(context.Background(), h.addr().UserKey()); len(trail) != 0 {
		t.Errorf("audit survived vergeet-mij: %+v", trail)
	}
	if _, ok, _ := h.store.Settings(context.Background(), other.UserKey()); !ok {
		t.Error("another user's settings were erased")
	}
}

func TestForgetButtonWithoutTheQuestionErasesNothing(t *testing.T) {
	h := newHarness(t)
	h.say("instellingen gemeente diemen")
	h.press("forget:yes")
	if _, ok, _ := h.store.Settings(context.Background(), h.addr().UserKey()); !ok {
		t.Error("a forget button pressed without the question erased the user")
	}
}

func TestConcurrentMessagesOfOneUserAllSucceed(t *testing.T) {
	h := newHarness(t)
	h.say("toestemming")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := h.bot.Handle(context.Background(), bot.Message{Address: h.addr(), Text: "waarom", Direct: true})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkTurn measures one conversation turn: a flow answer or "terug",
// each read from and written to SQLite (WAL).
func BenchmarkTurn(b *testing.B) {
	h := newHarness(b)
	h.say("toestemming")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			h.press("f:toestemming:leeftijd:12-15")
		} else {
			h.press("cmd:terug")
		}
	}
}

func TestAQuestionWhileTheBotWaitsForAReminderMomentIsAnswered(t *testing.T) {
	h := newHarness(t)
	h.say("stappenplan")
	replies := h.press("f:stappenplan:ontvanger:gi-ots-verzoek")
	for i := 0; i < 5 && choicePrefixed(replies, "r:") == ""; i++ {
		replies = h.say("1")
	}
	var own string
	for _, r := range replies {
		for _, c := range r.Choices {
			if strings.Contains(c.Label, "Zelf kiezen") {
				own = c.Value
			}
		}
	}
	if own == "" {
		t.Fatalf("no 'Zelf kiezen' in the reminder offer: %+v", replies)
	}
	h.press(own)
	if got := joined(h.say("morgen ergens")); !strings.Contains(got, "begrijp") && !strings.Contains(got, "Typ") {
		t.Errorf("a short unreadable moment should be asked again:\n%s", got)
	}
	if got := joined(h.say("mag ik delen met de huisarts?")); !strings.Contains(got, "§2.4") {
		t.Errorf("a new question was not answered:\n%s", got)
	}
	if c := h.conversation(); c.Pending != "" {
		t.Errorf("the reminder question stayed open: %q", c.Pending)
	}
}

// TestAConversationAtARemovedStepStartsAfresh: a conversation saved at a
// step, outcome or path step the flows no longer have (the flows were
// corrected meanwhile) is dropped with a notice, not an internal error.
func TestAConversationAtARemovedStepStartsAfresh(t *testing.T) {
	tests := []struct {
		name  string
		state flows.State
	}{
		{"step", flows.State{Flow: "vernietiging", Step: "goede-zorg"}},
		{"outcome", flows.State{Flow: "stappenplan", Outcome: "acvz"}},
		{"path", flows.State{Flow: "stappenplan", Step: "ontvanger", Path: []flows.Answered{{Step: "weg-stap", Value: "x"}}}},
		{"return", flows.State{Flow: "gezag", Step: "rechter", Return: &flows.State{Flow: "toestemming", Step: "weg-stap"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.say("stappenplan")
			c := h.conversation()
			st := tt.state
			c.Flow = &st
			if err := h.store.SaveConversation(context.Background(), &c); err != nil {
				t.Fatal(err)
			}
			replies := h.say("1")
			if got := joined(replies); !strings.Contains(got, "De vragen zijn veranderd") {
				t.Errorf("no notice:\n%s", got)
			}
			if c := h.conversation(); c.Flow != nil {
				t.Errorf("the unknown state is still stored: %+v", c.Flow)
			}
		})
	}
}
