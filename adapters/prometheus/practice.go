package prometheus

import (
	"github.com/prometheus/client_golang/prometheus"

	"privacybot/bot/practice"
)

// practiceMetrics counts answers to the practice cases by case and by
// right or wrong; never by user. The share right per case is
// rate(…{result="right"}) / rate(…) summed over result.
type practiceMetrics struct {
	answers *prometheus.CounterVec
}

var _ practice.Metrics = practiceMetrics{}

// Practice registers the metrics of the practice cases on m's registry and
// returns their recorder. Call it once.
func (m *Metrics) Practice() practice.Metrics {
	p := practiceMetrics{answers: prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "privacybot_practice_answers_total", Help: "Answers to practice cases, by case and result (right or wrong).",
	}, []string{"case", "result"})}
	m.reg.MustRegister(p.answers)
	return p
}

// PracticeAnswered counts one answer to the case.
func (p practiceMetrics) PracticeAnswered(caseID string, right bool) {
	result := "wrong"
	if right {
		result = "right"
	}
	p.answers.WithLabelValues(caseID, result).Inc()
}
