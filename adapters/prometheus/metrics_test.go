package prometheus

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
)

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	return rec.Body.String()
}

func TestMetricsCountWhatTheBotDoes(t *testing.T) {
	m := New()
	m.Handled("slack", "question", 3*time.Millisecond)
	m.Handled("slack", "question", 5*time.Millisecond)
	m.Answered("delen-school")
	m.Answered("")
	m.FlowEvent("stappenplan", "started")
	m.Sweep(bot.SweepStats{Claimed: 3, Sent: 2, Late: 1, Failed: 1})
	m.ReminderScheduled()
	out := scrape(t, m)
	for _, want := range []string{
		`privacybot_messages_total{kind="question",platform="slack"} 2`,
		`privacybot_handle_seconds_count{kind="question",platform="slack"} 2`,
		`privacybot_answers_total{topic="delen-school"} 1`,
		`privacybot_fallbacks_total 1`,
		`privacybot_flows_total{event="started",flow="stappenplan"} 1`,
		`privacybot_reminders_total{event="sent"} 2`,
		`privacybot_reminders_total{event="late"} 1`,
		`privacybot_reminders_total{event="failed"} 1`,
		`privacybot_reminders_total{event="scheduled"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestTransportCountsPlatformCallsByStatus(t *testing.T) {
	codes := []int{200, 429, 503, 404}
	i := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(codes[i])
		i++
	}))
	defer srv.Close()
	m := New()
	client := &http.Client{Transport: m.Transport("mattermost", nil)}
	for range codes {
		resp, err := client.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	srv.Close()
	if _, err := client.Get(srv.URL); err == nil {
		t.Fatal("a call to a closed server succeeded")
	}
	out := scrape(t, m)
	for _, want := range []string{"2xx", "429", "5xx", "4xx", "error"} {
		if !strings.Contains(out, `privacybot_platform_api_calls_total{platform="mattermost",status="`+want+`"} 1`) {
			t.Errorf("no count for status %s", want)
		}
	}
}
