// Package prometheus exposes the bot's counts and timings in the
// Prometheus format. No label ever holds user text or a user ID: labels
// are platforms, kinds, topic and flow IDs, events and status classes.
package prometheus

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"privacybot/bot"
)

// Metrics records what the bot does. It implements bot.Metrics.
type Metrics struct {
	reg       *prometheus.Registry
	messages  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	answers   *prometheus.CounterVec
	fallbacks prometheus.Counter
	flows     *prometheus.CounterVec
	feedback  *prometheus.CounterVec
	reminders *prometheus.CounterVec
	apiCalls  *prometheus.CounterVec
}

// New registers the bot's metrics, with the Go runtime's and the
// process's, on a registry of its own.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_messages_total", Help: "Messages, commands, answers and button presses handled, by platform and kind.",
		}, []string{"platform", "kind"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "privacybot_handle_seconds", Help: "Time to handle one message, by platform and kind.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"platform", "kind"}),
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_answers_total", Help: "Questions answered, by topic.",
		}, []string{"topic"}),
		fallbacks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "privacybot_fallbacks_total", Help: "Questions outside the guideline, referred to the privacy officer.",
		}),
		flows: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_flows_total", Help: "Decision flows started, finished, abandoned and expired, by flow.",
		}, []string{"flow", "event"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_feedback_total", Help: "\"Hielp dit?\" votes on answers, by topic and vote (up, down).",
		}, []string{"topic", "vote"}),
		reminders: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_reminders_total", Help: "Reminders claimed, sent, sent late, failed (to be retried) and skipped.",
		}, []string{"event"}),
		apiCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "privacybot_platform_api_calls_total", Help: "Calls to the chat platforms' APIs, by platform and status (2xx, 4xx, 429, 5xx, error); retries are extra calls.",
		}, []string{"platform", "status"}),
	}
	m.reg.MustRegister(m.messages, m.latency, m.answers, m.fallbacks, m.flows, m.feedback, m.reminders, m.apiCalls,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics for GET /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Handled counts a message and its handling time.
func (m *Metrics) Handled(platform, kind string, took time.Duration) {
	m.messages.WithLabelValues(platform, kind).Inc()
	m.latency.WithLabelValues(platform, kind).Observe(took.Seconds())
}

// Answered counts an answer by topic; "" counts a fallback.
func (m *Metrics) Answered(topic string) {
	if topic == "" {
		m.fallbacks.Inc()
		return
	}
	m.answers.WithLabelValues(topic).Inc()
}

// FlowEvent counts a flow's start, finish, abandonment or expiry.
func (m *Metrics) FlowEvent(flow, event string) { m.flows.WithLabelValues(flow, event).Inc() }

// Feedback counts a "Hielp dit?" vote by topic ID; the label holds the
// topic and the vote only, never who voted or what was asked.
func (m *Metrics) Feedback(topic string, helped bool) {
	vote := "down"
	if helped {
		vote = "up"
	}
	m.feedback.WithLabelValues(topic, vote).Inc()
}

// Sweep counts what one reminder sweep did.
func (m *Metrics) Sweep(st bot.SweepStats) {
	for event, n := range map[string]int{"claimed": st.Claimed, "sent": st.Sent, "late": st.Late, "failed": st.Failed, "skipped": st.Skipped} {
		if n > 0 {
			m.reminders.WithLabelValues(event).Add(float64(n))
		}
	}
}

// ReminderScheduled counts a reminder set by a user.
func (m *Metrics) ReminderScheduled() { m.reminders.WithLabelValues("scheduled").Inc() }

// Transport wraps next so that every call to a platform's API is counted
// by its status. A nil next is a transport that keeps 16 idle connections
// per host, so that answers reuse their connection to the platform.
func (m *Metrics) Transport(platform string, next http.RoundTripper) http.RoundTripper {
	if next == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 16
		next = t
	}
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		resp, err := next.RoundTrip(r)
		status := "error"
		if err == nil {
			status = statusClass(resp.StatusCode)
		}
		m.apiCalls.WithLabelValues(platform, status).Inc()
		return resp, err
	})
}

func statusClass(code int) string {
	if code == http.StatusTooManyRequests {
		return "429"
	}
	return strconv.Itoa(code/100) + "xx"
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
