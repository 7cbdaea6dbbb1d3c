package flows

import "privacybot/lang"

// Flow is a decision walked as a conversation: one question at a time, each
// answered with a choice, until an outcome is reached.
type Flow struct {
	// ID is stable and typed by users: "stappenplan", "toestemming", …
	ID string
	// Aliases are other words that start the flow ("consent", "gezag?").
	Aliases []string
	Title   lang.Text
	// Intro is shown once when the flow starts.
	Intro   lang.Text
	Sources []string
	// Start is the ID of the first step.
	Start    string
	Steps    []*Step
	Outcomes []*Outcome
	// Note reports whether the flow ends with a dossier note.
	Note bool
}

// Step is one question of a flow.
type Step struct {
	ID string
	// Label names the consideration in the dossier note ("Ontvanger").
	Label lang.Text
	Ask   lang.Text
	// Why explains why the question is asked, citing the paragraph.
	Why     lang.Text
	Sources []string
	Options []Option
	// Setting names a user setting ("municipality") that answers this step
	// when the user has it; when asked, the answer is saved as the setting.
	Setting string
	// Parse reads typed text that is no option's number, value, label or word
	// (an age such as "14") into an option value; nil when there is none.
	Parse func(input string) (value string, ok bool)
	// Route picks the next step or outcome ID from the answers so far, this
	// step's included; nil means the chosen option's Next.
	Route func(a Answers) string
	// Note adds text under the question that depends on the answers so far
	// (whose consent exactly); nil or an empty text when there is none.
	Note func(a Answers) lang.Text
	// Helper names a flow that finds the answer to this question (gezag
	// for "who holds authority?"). The bot offers to walk it and then asks
	// this question again, with every answer kept; "" when there is none.
	Helper string
}

// Option is one choice of a step.
type Option struct {
	Value string
	Label lang.Text
	// Words are typed answers that pick this option ("ja", "yes", "j").
	Words []string
	// Next is the step or outcome that follows, unless the step has a Route.
	Next string
}

// Answers maps step IDs to the chosen option values.
type Answers map[string]string

// Outcome is where a flow ends: what the professional may or must do.
type Outcome struct {
	ID    string
	Title lang.Text
	// Verdict says what they may or must do, in one or two sentences.
	Verdict lang.Text
	// Share says what to share and what not; empty when nothing is shared.
	Share lang.Text
	// Inform says whom to inform and when.
	Inform lang.Text
	// Ground is the legal ground of the decision, for the dossier note.
	Ground  lang.Text
	Sources []string
	Laws    []string
	// Detail adds text that depends on the answers (whose consent exactly,
	// the municipality's practice); nil when there is none.
	Detail func(a Answers) lang.Text
	// Shared describes, for a reminder, what is shared with whom, without
	// client data ("informatie gedeeld met de huisarts"); nil when the
	// outcome shares nothing and no follow-up reminder is offered.
	Shared func(a Answers) lang.Text
	// DetailFirst marks an outcome whose Detail is the substance of the
	// verdict (whose consent exactly): the screen shows it even when the
	// dossier note follows.
	DetailFirst bool
	// Pending marks an outcome that is no decision yet, only "find out or
	// ask first": it writes no dossier note.
	Pending bool
	// Deadline is the legal term the decision starts (one month to answer
	// an access request); nil when there is none. With a deadline the bot
	// offers a reminder of the term instead of one to inform the client.
	Deadline *Deadline
	// InformMayBeUnsafe reports that telling the client can put the child or
	// someone else at risk, so a reminder to inform the client may be put
	// off as "not yet safe".
	InformMayBeUnsafe bool
	// Continue is a flow to go on with, as "flow step=value" (stappenplan
	// ontvanger=veilig-thuis); the bot offers it as a button. "" for none.
	Continue string
}

// Deadline is a legal term counted from the decision.
type Deadline struct {
	// Months and Hours give the term; one of them is set.
	Months, Hours int
	// What says what must be done by then, without client data.
	What lang.Text
}

// State is where a conversation stands in a flow. It is what gets stored
// between turns, so it holds only step IDs and option values: never text
// the user typed.
type State struct {
	Flow string `json:"flow"`
	// Path lists the answers given, in order, so that "terug" can undo one.
	Path []Answered `json:"path,omitempty"`
	// Step is the step now asked; empty once an outcome is reached.
	Step string `json:"step,omitempty"`
	// Outcome is the outcome reached, or empty while the flow runs.
	Outcome string `json:"outcome,omitempty"`
	// Return is the state of the flow that started this one to find an
	// answer; the bot goes back to it, at the same step, when this one
	// ends. Nil for a flow started on its own.
	Return *State `json:"return,omitempty"`
}

// Answered is one answer on a flow's path.
type Answered struct {
	Step  string `json:"step"`
	Value string `json:"value"`
}
