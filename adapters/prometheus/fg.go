package prometheus

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"privacybot/bot/fg"
	"privacybot/flows"
)

// fgMetrics counts questions to the privacy officer (FG) and the time to
// an answer, by platform and municipality; never by user or text.
type fgMetrics struct {
	asked    *prometheus.CounterVec
	answered *prometheus.CounterVec
	wait     *prometheus.HistogramVec
}

var _ fg.Metrics = fgMetrics{}

// FG registers the metrics of the questions to the FG on m's registry and
// returns their recorder. Call it once.
func (m *Metrics) FG() fg.Metrics {
	f := fgMetrics{
		asked: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_fg_questions_total", Help: "Questions sent to the privacy officer (FG) from the chat, by platform and municipality.",
		}, []string{"platform", "municipality"}),
		answered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_fg_answers_total", Help: "Questions the privacy officer (FG) answered from the chat, by platform and municipality.",
		}, []string{"platform", "municipality"}),
		wait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "privacybot_fg_answer_seconds", Help: "Time from a question to the privacy officer's answer, by municipality.",
			Buckets: []float64{600, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 2 * 24 * 3600, 4 * 24 * 3600, 7 * 24 * 3600, 14 * 24 * 3600},
		}, []string{"municipality"}),
	}
	m.reg.MustRegister(f.asked, f.answered, f.wait)
	return f
}

// Asked counts a question sent.
func (f fgMetrics) Asked(platform string, m flows.Municipality) {
	f.asked.WithLabelValues(platform, string(m)).Inc()
}

// Answered counts an answer and observes the time it took.
func (f fgMetrics) Answered(platform string, m flows.Municipality, took time.Duration) {
	f.answered.WithLabelValues(platform, string(m)).Inc()
	f.wait.WithLabelValues(string(m)).Observe(took.Seconds())
}
