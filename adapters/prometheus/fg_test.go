package prometheus

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
)

func TestFGMetricsCountWithoutUsersOrText(t *testing.T) {
	m := New()
	f := m.FG()
	f.Asked(bot.Slack, flows.Diemen)
	f.Asked(bot.Slack, flows.Diemen)
	f.Answered(bot.Slack, flows.Diemen, 3*time.Hour)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`privacybot_fg_questions_total{municipality="diemen",platform="slack"} 2`,
		`privacybot_fg_answers_total{municipality="diemen",platform="slack"} 1`,
		`privacybot_fg_answer_seconds_sum{municipality="diemen"} 10800`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
