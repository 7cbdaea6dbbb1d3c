package slack

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/lang"
)

// echo answers every message with one reply naming what it got.
func echo(m bot.Message) ([]bot.Reply, error) {
	return []bot.Reply{{Text: "*Antwoord* op " + m.Text + m.Action}}, nil
}

func TestForgedOrStaleRequestsTouchNothing(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{})
	body := commandForm(h.f, "UALICE", "C1", "vraag", "trig1")
	tests := []struct {
		name   string
		path   string
		mutate func(r *http.Request)
		want   int
	}{
		{"wrong signature", "/slack/commands", func(r *http.Request) {
			r.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
		}, http.StatusUnauthorized},
		{"stale timestamp", "/slack/events", func(r *http.Request) {
			r.Header.Set("X-Slack-Request-Timestamp", "1531420000")
		}, http.StatusUnauthorized},
		{"missing headers", "/slack/interactions", func(r *http.Request) {
			r.Header.Del("X-Slack-Signature")
			r.Header.Del("X-Slack-Request-Timestamp")
		}, http.StatusUnauthorized},
		{"wrong method", "/slack/commands", func(r *http.Request) { r.Method = http.MethodGet }, http.StatusMethodNotAllowed},
		{"unknown path", "/slack/other", func(*http.Request) {}, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := h.signed(t, tt.path, "application/x-www-form-urlencoded", body)
			tt.mutate(req)
			if status, _ := do(t, h.srv.Client(), req); status != tt.want {
				t.Errorf("status = %d, want %d", status, tt.want)
			}
		})
	}
	t.Run("altered body", func(t *testing.T) {
		req := h.signed(t, "/slack/commands", "application/x-www-form-urlencoded", body)
		tampered := h.signed(t, "/slack/commands", "application/x-www-form-urlencoded", strings.Replace(body, "vraag", "vraah", 1))
		tampered.Header = req.Header
		if status, _ := do(t, h.srv.Client(), tampered); status != http.StatusUnauthorized {
			t.Errorf("status = %d, want 401", status)
		}
	})
	t.Run("too large", func(t *testing.T) {
		big := body + "&pad=" + strings.Repeat("x", maxBody)
		if status, _ := do(t, h.srv.Client(), h.signed(t, "/slack/commands", "application/x-www-form-urlencoded", big)); status != http.StatusRequestEntityTooLarge {
			t.Errorf("status = %d, want 413", status)
		}
	})
	h.stop()
	if n := core.Count(); n != 0 {
		t.Errorf("core got %d messages from refused requests", n)
	}
	if n := h.dedup.(*adaptertest.Dedup).Len(); n != 0 {
		t.Errorf("dedup store got %d keys from refused requests", n)
	}
	for _, m := range []string{"chat.postMessage", "chat.postEphemeral", "response", "conversations.open", "users.info"} {
		if n := h.f.count(m); n != 0 {
			t.Errorf("%d calls of %s after refused requests", n, m)
		}
	}
}

func TestBadRequests(t *testing.T) {
	h := start(t, adaptertest.NewCore(echo), harnessOpts{})
	tests := []struct {
		name, path, body string
	}{
		{"command without user", "/slack/commands", "text=x&channel_id=C1&trigger_id=t1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx"},
		{"command without response url", "/slack/commands", "text=x&user_id=U1&channel_id=C1&trigger_id=t1"},
		{"event not json", "/slack/events", "{"},
		{"event without id", "/slack/events", `{"type":"event_callback","event":{"type":"message","channel_type":"im","user":"U1","channel":"D1","text":"x"}}`},
		{"interaction not json", "/slack/interactions", "payload=%7B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if status, _ := do(t, h.srv.Client(), h.signed(t, tt.path, "application/x-www-form-urlencoded", tt.body)); status != http.StatusBadRequest {
				t.Errorf("status = %d, want 400", status)
			}
		})
	}
}

func TestURLVerification(t *testing.T) {
	h := start(t, adaptertest.NewCore(echo), harnessOpts{})
	got := h.post(t, "/slack/events", "application/json", `{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","token":"x"}`)
	if got != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("challenge answer = %q", got)
	}
}

func TestSlashCommandAnsweredEphemerally(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{})
	h.f.locales["UALICE"] = "en-GB"
	if ack := h.command(t, "UALICE", "C1", "mag ik &amp; delen met school?", "trig1"); ack != "" {
		t.Errorf("ack body = %q, want empty", ack)
	}
	m := core.Next(t)
	want := bot.Message{
		Address: bot.Address{Platform: bot.Slack, User: "UALICE", Channel: "C1"},
		Text:    "mag ik & delen met school?",
		Profile: bot.Profile{Lang: lang.EN, TZ: "Europe/Amsterdam"},
	}
	if m != want {
		t.Errorf("core got %+v, want %+v", m, want)
	}
	c := h.f.next(t, "response", "chat.postMessage", "chat.postEphemeral")
	if c.Method != "response" || c.Path != "/response/trig1" || c.ResponseType != "ephemeral" || c.ReplaceOriginal {
		t.Errorf("answer went as %+v, want ephemeral via the response URL", c)
	}
	if got := shownText(t, c); got != "*Antwoord* op mag ik &amp; delen met school?" {
		t.Errorf("shown text = %q", got)
	}
}

// consult moves a consultation from a shared channel to the DM, as the
// core does for a flow started outside a DM.
func consult(m bot.Message) ([]bot.Reply, error) {
	if !m.Direct {
		return []bot.Reply{
			{Text: "Ik ga verder in een privébericht.", Ephemeral: true},
			{Text: "*Stappenplan*", Direct: true},
			{Text: "Met wie wil je delen?", Choices: []bot.Choice{{Label: "School", Value: "school"}, {Label: "Huisarts", Value: "huisarts"}}, Direct: true},
		}, nil
	}
	return echo(m)
}

func TestSlashCommandMovesConsultationToDM(t *testing.T) {
	core := adaptertest.NewCore(consult)
	h := start(t, core, harnessOpts{})
	h.command(t, "UALICE", "C1", "stappenplan", "trig1")
	notice := h.f.next(t, "response", "chat.postMessage")
	if notice.Method != "response" || !strings.Contains(shownText(t, notice), "privébericht") {
		t.Fatalf("first answer %+v, want the ephemeral notice", notice)
	}
	dm := h.f.next(t, "chat.postMessage")
	if n := h.f.count("conversations.open"); n != 1 {
		t.Errorf("conversations.open called %d times, want 1", n)
	}
	if dm.Channel != "DUALICE" {
		t.Errorf("consultation posted in %q, want the DM", dm.Channel)
	}
	if got := shownText(t, dm); !strings.Contains(got, "*Stappenplan*") || !strings.Contains(got, "Met wie") {
		t.Errorf("DM shows %q, want intro and question in one message", got)
	}
	var values []string
	for _, b := range buttonsOf(t, dm) {
		values = append(values, b.el.Value)
	}
	if strings.Join(values, ",") != "school,huisarts" {
		t.Errorf("buttons = %v", values)
	}
}

// flow is a two-question flow ending in a dossier note.
func flow(m bot.Message) ([]bot.Reply, error) {
	switch m.Action {
	case "":
		return []bot.Reply{{Text: "Met wie wil je delen?", Choices: []bot.Choice{{Label: "School", Value: "school"}, {Label: "Huisarts", Value: "huisarts"}}, Controls: []bot.Choice{{Label: "Stop", Value: "stop"}}}}, nil
	case "school":
		return []bot.Reply{{Text: "Heb je toestemming?", Choices: []bot.Choice{{Label: "Ja", Value: "ja"}, {Label: "Nee", Value: "nee"}}}}, nil
	default:
		return []bot.Reply{{Text: "*Uitkomst*: je mag delen."}, {Text: "Notitie: toestemming <gevraagd> & gegeven.", Copy: true}}, nil
	}
}

func TestDMFlowWithButtonsToTheEnd(t *testing.T) {
	core := adaptertest.NewCore(flow)
	h := start(t, core, harnessOpts{})
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "stappenplan"))
	if m := core.Next(t); m.Channel != bot.DM || !m.Direct || m.Text != "stappenplan" {
		t.Errorf("core got %+v, want a direct message in the DM", m)
	}
	q1 := h.f.next(t, "chat.postMessage")
	if q1.Channel != "DUALICE" || len(buttonsOf(t, q1)) != 3 {
		t.Fatalf("question posted as %+v, want three buttons in the DM", q1)
	}

	h.press(t, pressPayload(t, h.f, q1, "UALICE", "DUALICE", "school", 1))
	upd, q2 := h.f.nextBoth(t, "chat.update", "chat.postMessage")
	if upd.Channel != "DUALICE" || upd.TS != q1.TS {
		t.Errorf("updated %s/%s, want the pressed message %s/%s", upd.Channel, upd.TS, q1.Channel, q1.TS)
	}
	if n := len(buttonsOf(t, upd)); n != 0 {
		t.Errorf("updated message still has %d buttons", n)
	}
	if got := shownText(t, upd); got != "Met wie wil je delen?\n✓ School" {
		t.Errorf("updated message shows %q", got)
	}
	if m := core.Next(t); m.Action != "school" || m.Channel != bot.DM || !m.Direct || m.Text != "" {
		t.Errorf("core got %+v, want the press", m)
	}

	h.press(t, pressPayload(t, h.f, q2, "UALICE", "DUALICE", "ja", 2))
	_, end := h.f.nextBoth(t, "chat.update", "chat.postMessage")
	if m := core.Next(t); m.Action != "ja" {
		t.Errorf("core got action %q", m.Action)
	}
	want := "*Uitkomst*: je mag delen.\n```\nNotitie: toestemming &lt;gevraagd&gt; &amp; gegeven.\n```"
	if got := shownText(t, end); got != want {
		t.Errorf("outcome shows %q, want %q", got, want)
	}
	if n := len(buttonsOf(t, end)); n != 0 {
		t.Errorf("outcome has %d buttons", n)
	}

	// A second press on the first question (a double click, or a stale
	// client) does nothing.
	h.press(t, pressPayload(t, h.f, q1, "UALICE", "DUALICE", "huisarts", 3))
	h.event(t, dmEvent("Ev2", "UALICE", "DUALICE", "klaar"))
	if m := core.Next(t); m.Text != "klaar" {
		t.Errorf("core got %+v after a second press, want only the next message", m)
	}
}

func TestPressOnEphemeralMessageKeepsItAndAnswers(t *testing.T) {
	core := adaptertest.NewCore(func(m bot.Message) ([]bot.Reply, error) {
		if m.Action == "" {
			return []bot.Reply{{Text: "Kies", Choices: []bot.Choice{{Label: "Help", Value: "help"}}}}, nil
		}
		return echo(m)
	})
	h := start(t, core, harnessOpts{})
	h.command(t, "UALICE", "C1", "", "trig1")
	core.Next(t)
	menu := h.f.next(t, "response")
	h.press(t, pressPayload(t, h.f, menu, "UALICE", "C1", "help", 7))
	if m := core.Next(t); m.Action != "help" || m.Direct || m.Channel != "C1" {
		t.Errorf("core got %+v", m)
	}
	answer := h.f.next(t, "response")
	if answer.ReplaceOriginal || answer.ResponseType != "ephemeral" {
		t.Errorf("answer to the press sent as %+v, want a new ephemeral message", answer)
	}
}

func TestMentionAnsweredInThread(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{})
	h.event(t, mentionEvent("Ev1", "UALICE", "C1", "<@UBOT> mag ik delen?", "1700000000.000001"))
	m := core.Next(t)
	if m.Text != "mag ik delen?" || m.Direct || m.Channel != "C1" {
		t.Errorf("core got %+v", m)
	}
	c := h.f.next(t, "chat.postEphemeral", "chat.postMessage", "response")
	if c.Method != "chat.postEphemeral" || c.Channel != "C1" || c.User != "UALICE" || c.ThreadTS != "1700000000.000001" {
		t.Errorf("answer sent as %+v, want ephemeral to the asker in the thread", c)
	}
}

func TestIgnoredEvents(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{workers: 1})
	for _, body := range []string{
		`{"type":"event_callback","event_id":"Ev1","event":{"type":"message","channel_type":"im","user":"UBOT","channel":"DUALICE","text":"mijn eigen bericht","bot_id":"BBOT"}}`,
		`{"type":"event_callback","event_id":"Ev2","event":{"type":"message","subtype":"message_changed","channel_type":"im","channel":"DUALICE"}}`,
		`{"type":"event_callback","event_id":"Ev3","event":{"type":"message","subtype":"channel_join","channel_type":"channel","user":"UALICE","channel":"C1"}}`,
		`{"type":"event_callback","event_id":"Ev4","event":{"type":"message","channel_type":"channel","user":"UALICE","channel":"C1","text":"gewoon praten"}}`,
		`{"type":"event_callback","event_id":"Ev5","event":{"type":"app_mention","user":"UALICE","channel":"DUALICE","text":"<@UBOT> hoi"}}`,
		`{"type":"app_rate_limited","minute_rate_limited":1518467820}`,
	} {
		h.event(t, body)
	}
	h.event(t, dmEvent("Ev9", "UALICE", "DUALICE", "echt"))
	if m := core.Next(t); m.Text != "echt" {
		t.Errorf("core got %+v, want only the real message", m)
	}
}

func TestEventDeliveredTwiceAnsweredOnce(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{workers: 1})
	body := dmEvent("Ev1", "UALICE", "DUALICE", "vraag")
	h.event(t, body)
	retry := h.signed(t, "/slack/events", "application/json", body)
	retry.Header.Set("X-Slack-Retry-Num", "1")
	retry.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	if status, _ := do(t, h.srv.Client(), retry); status != http.StatusOK {
		t.Fatalf("retry status %d", status)
	}
	h.event(t, dmEvent("Ev2", "UALICE", "DUALICE", "volgende"))
	if m := core.Next(t); m.Text != "vraag" {
		t.Errorf("first = %q", m.Text)
	}
	if m := core.Next(t); m.Text != "volgende" {
		t.Errorf("second = %q, want the retry skipped", m.Text)
	}
	h.stop()
	if n := h.f.count("chat.postMessage"); n != 2 {
		t.Errorf("%d answers, want 2", n)
	}
}

func TestRateLimitedPostIsWaitedOutAndRetried(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{})
	h.f.fail("chat.postMessage", 1, http.StatusTooManyRequests, "7")
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "vraag"))
	c := h.f.next(t, "chat.postMessage")
	if got := shownText(t, c); !strings.Contains(got, "vraag") {
		t.Errorf("posted %q", got)
	}
	h.stop()
	if n := h.f.count("chat.postMessage"); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
	if got := h.sleeps.all(); len(got) != 1 || got[0] != 7*time.Second {
		t.Errorf("waited %v, want [7s]", got)
	}
}

func TestProfileCachedUntilTTL(t *testing.T) {
	core := adaptertest.NewCore(echo)
	h := start(t, core, harnessOpts{workers: 1})
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "een"))
	core.Next(t)
	h.event(t, dmEvent("Ev2", "UALICE", "DUALICE", "twee"))
	core.Next(t)
	if n := h.f.userInfoCalls("UALICE"); n != 1 {
		t.Errorf("users.info called %d times within the TTL, want 1", n)
	}
	h.clock.Advance(time.Hour + time.Second)
	h.event(t, dmEvent("Ev3", "UALICE", "DUALICE", "drie"))
	core.Next(t)
	if n := h.f.userInfoCalls("UALICE"); n != 2 {
		t.Errorf("users.info called %d times after the TTL, want 2", n)
	}
}

func TestFullQueueAsksToTryAgain(t *testing.T) {
	release := make(chan struct{})
	core := adaptertest.NewCore(func(m bot.Message) ([]bot.Reply, error) {
		<-release
		return echo(m)
	})
	h := start(t, core, harnessOpts{workers: 1, queue: 1})
	defer close(release)
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "bezig"))
	core.Next(t)
	h.event(t, dmEvent("Ev2", "UALICE", "DUALICE", "wacht"))
	ack := h.command(t, "UBOB", "C1", "vraag", "trig3")
	if !strings.Contains(ack, `"response_type":"ephemeral"`) || !strings.Contains(ack, "druk") {
		t.Errorf("ack of a command with a full queue = %q, want the busy answer", ack)
	}
	h.event(t, mentionEvent("Ev4", "UCAROL", "C1", "<@UBOT> vraag", "1700000000.000009"))
	c := h.f.next(t, "chat.postEphemeral")
	if c.User != "UCAROL" || !strings.Contains(shownText(t, c), "druk") {
		t.Errorf("busy notice %+v", c)
	}
}

func TestShutdownFinishesWorkAndRefusesNew(t *testing.T) {
	release := make(chan struct{})
	core := adaptertest.NewCore(func(m bot.Message) ([]bot.Reply, error) {
		<-release
		return echo(m)
	})
	h := start(t, core, harnessOpts{workers: 1})
	h.waitReady(t)
	h.event(t, dmEvent("Ev1", "UALICE", "DUALICE", "een"))
	h.event(t, dmEvent("Ev2", "UALICE", "DUALICE", "twee"))
	core.Next(t)
	shut := make(chan error, 1)
	go func() { shut <- h.a.Shutdown(context.Background()) }()
	// Shutdown closes the intake before it reports not ready.
	deadline := time.Now().Add(10 * time.Second)
	for h.a.Ready() {
		if time.Now().After(deadline) {
			t.Fatal("still ready during shutdown")
		}
		time.Sleep(time.Millisecond)
	}
	if status, _ := do(t, h.srv.Client(), h.signed(t, "/slack/events", "application/json", dmEvent("Ev3", "UALICE", "DUALICE", "drie"))); status != http.StatusServiceUnavailable {
		t.Errorf("status %d during shutdown, want 503", status)
	}
	close(release)
	if err := <-shut; err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if m := core.Next(t); m.Text != "twee" {
		t.Errorf("queued work %q, want twee finished", m.Text)
	}
	if n := h.f.count("chat.postMessage"); n != 2 {
		t.Errorf("%d answers after shutdown, want 2", n)
	}
}

func TestSocketModeHasNoHTTPEndpoints(t *testing.T) {
	f := newFakeSlack(t)
	a, err := New(Config{BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: f.url("")}, adaptertest.NewCore(echo), adaptertest.NewDedup(), nil)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(url.Values{"text": {"x"}}.Encode()))
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusNotFound {
		t.Errorf("status %d, want 404", rec.Code)
	}
}

func TestLogsHoldNoTextOrUserIDs(t *testing.T) {
	core := adaptertest.NewCore(consult)
	h := start(t, core, harnessOpts{})
	h.f.fail("chat.postEphemeral", 1, http.StatusInternalServerError, "")
	h.command(t, "UALICE99", "C1", "geheimwoord stappenplan", "trig1")
	h.event(t, mentionEvent("Ev1", "UALICE99", "C1", "<@UBOT> geheimwoord", "1700000000.000001"))
	h.event(t, dmEvent("Ev2", "UALICE99", "DUALICE99", "geheimwoord"))
	h.f.next(t, "chat.postMessage")
	h.stop()
	logs := h.logs.String()
	if !strings.Contains(logs, `"kind":"dm"`) {
		t.Fatalf("logs lack the events: %s", logs)
	}
	for _, secret := range []string{"UALICE99", "geheimwoord", "response/trig1"} {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain %q:\n%s", secret, logs)
		}
	}
}

func TestNewRefusesIncompleteConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no bot token", Config{AppToken: "xapp-1"}},
		{"socket without app token", Config{BotToken: "xoxb-1"}},
		{"http without secret", Config{Mode: ModeHTTP, BotToken: "xoxb-1"}},
		{"unknown mode", Config{Mode: "rtm", BotToken: "xoxb-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg, adaptertest.NewCore(echo), adaptertest.NewDedup(), nil); err == nil {
				t.Error("New accepted the config")
			}
		})
	}
}

func TestRunStartsOnlyWithAWorkingToken(t *testing.T) {
	t.Run("refused token", func(t *testing.T) {
		f := newFakeSlack(t)
		f.authErrors = []string{"invalid_auth"}
		a, err := New(Config{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: testSecret, APIURL: f.url("")}, adaptertest.NewCore(echo), adaptertest.NewDedup(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "invalid_auth") {
			t.Errorf("Run = %v, want the refused token", err)
		}
		if a.Ready() {
			t.Error("ready with a refused token")
		}
	})
	t.Run("passing trouble", func(t *testing.T) {
		f := newFakeSlack(t)
		f.authErrors = []string{"internal_error"}
		h := start(t, adaptertest.NewCore(echo), harnessOpts{fake: f})
		h.waitReady(t)
		if got := h.sleeps.all(); len(got) != 1 || got[0] != time.Second {
			t.Errorf("waited %v before trying auth.test again, want [1s]", got)
		}
	})
}
