package prometheus

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestPracticeMetricsCountPerCaseAndResult(t *testing.T) {
	m := New()
	p := m.Practice()
	p.PracticeAnswered("erkend-in-2024", true)
	p.PracticeAnswered("erkend-in-2024", false)
	p.PracticeAnswered("erkend-in-2024", true)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`privacybot_practice_answers_total{case="erkend-in-2024",result="right"} 2`,
		`privacybot_practice_answers_total{case="erkend-in-2024",result="wrong"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
