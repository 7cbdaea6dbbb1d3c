package bot

import "time"

// Metrics receives counts and timings from the core. Implementations must
// never put user text or user IDs in a label: every argument here is a
// fixed word or a stable ID.
type Metrics interface {
	// Handled counts one message of kind ("command", "question", "answer",
	// "action") from platform and how long handling it took.
	Handled(platform, kind string, took time.Duration)
	// Answered counts an answer by topic ID; "" counts a fallback.
	Answered(topic string)
	// FlowEvent counts "started", "finished", "abandoned" or "expired" by flow ID.
	FlowEvent(flow, event string)
	// Feedback counts a "Hielp dit?" vote on an answer by topic ID:
	// helped or not.
	Feedback(topic string, helped bool)
}

// NopMetrics discards everything.
type NopMetrics struct{}

// Handled does nothing.
func (NopMetrics) Handled(string, string, time.Duration) {}

// Answered does nothing.
func (NopMetrics) Answered(string) {}

// FlowEvent does nothing.
func (NopMetrics) FlowEvent(string, string) {}

// Feedback does nothing.
func (NopMetrics) Feedback(string, bool) {}
