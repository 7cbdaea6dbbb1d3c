package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"privacybot/flows"
	"privacybot/lang"
)

// knownSettings are the settings a flow may take answers from.
func knownSettings(s Settings) map[string]string {
	known := map[string]string{}
	if s.Municipality != "" {
		known["municipality"] = string(s.Municipality)
	}
	return known
}

// presetsFromSpec reads "stappenplan ontvanger=school" (a topic's flow, a
// start button) into the flow and its preset answers.
func (b *Bot) presetsFromSpec(spec string) (*flows.Flow, []flows.Answered) {
	fields := strings.Fields(spec)
	if len(fields) == 0 {
		return nil, nil
	}
	f := b.Flows.ByID(fields[0])
	var presets []flows.Answered
	for _, p := range fields[1:] {
		if step, value, ok := strings.Cut(p, "="); ok {
			presets = append(presets, flows.Answered{Step: step, Value: value})
		}
	}
	return f, presets
}

// specOf writes a flow and its presets as presetsFromSpec reads them.
func specOf(f *flows.Flow, presets []flows.Answered) string {
	parts := []string{f.ID}
	for _, p := range presets {
		parts = append(parts, p.Step+"="+p.Value)
	}
	return strings.Join(parts, " ")
}

// presetsFromWords reads the words typed after a flow's name ("stappenplan
// school") as the answer to its first step, when they match one.
func presetsFromWords(f *flows.Flow, words string) []flows.Answered {
	if words == "" {
		return nil
	}
	start := f.Step(f.Start)
	if start == nil {
		return nil
	}
	if v, ok := start.Match(words); ok {
		return []flows.Answered{{Step: start.ID, Value: v}}
	}
	return nil
}

// startFlow begins f in the user's private conversation, after asking
// whether to abandon a flow already under way.
func (b *Bot) startFlow(ctx context.Context, t *turn, f *flows.Flow, presets []flows.Answered) ([]Reply, error) {
	var out []Reply
	if !t.msg.Direct {
		out = append(out, Reply{Text: lang.T(
			"Ik ga verder in een privébericht, zodat je geen cliëntsituatie in een gedeeld kanaal bespreekt.",
			"I'll continue in a direct message, so that no client situation is discussed in a shared channel.").In(t.lang)})
	}
	if cur := b.activeFlow(t.conv); cur != nil {
		t.conv.Pending = "abandon:" + specOf(f, presets)
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
		return append(out, b.direct(t, b.abandonQuestion(t, cur, f))), nil
	}
	known := knownSettings(t.settings)
	st := f.Begin(known)
	for _, p := range presets {
		if st.Step != p.Step {
			continue
		}
		if next, err := f.Answer(st, p.Value, known); err == nil {
			st = next
		}
	}
	t.conv.Flow, t.conv.Pending, t.conv.Case = &st, "", ""
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	if err := b.audit(ctx, t, "flow.start", f.ID, "", ""); err != nil {
		return nil, err
	}
	b.Metrics.FlowEvent(f.ID, "started")
	intro := f.Intro.In(t.lang)
	if f.Note {
		intro += "\n" + lang.T(
			"Tip: geef de casus een eigen label met `label <woord>`, zodat je hem terugkent in de dossiernotitie. Gebruik geen naam of andere gegevens van de cliënt.",
			"Tip: give the case a label of your own with `label <word>`, so you recognise it in the file note. Don't use a name or other client details.").In(t.lang)
	}
	next, err := b.continueFlow(ctx, t, f, st)
	if err != nil {
		return nil, err
	}
	if st.Outcome == "" {
		// The introduction heads the first question, under the flow's title.
		title, ask, _ := strings.Cut(next[0].Text, "\n")
		next[0].Text = title + "\n" + intro + "\n\n" + ask
	} else {
		next = append([]Reply{{Text: "*" + f.Title.In(t.lang) + "*\n" + intro}}, next...)
	}
	for _, r := range next {
		out = append(out, b.direct(t, r))
	}
	return out, nil
}

// answersStepUnderWay reports whether the typed text, which names flow f,
// is rather an answer to the question of f now under way ("vergetelheid"
// in the rechten flow), so that it does not restart the flow.
func (b *Bot) answersStepUnderWay(t *turn, f *flows.Flow) bool {
	cur := b.activeFlow(t.conv)
	if !t.msg.Direct || cur != f {
		return false
	}
	_, ok := f.Step(t.conv.Flow.Step).Match(t.text)
	return ok
}

// direct marks r for the user's DM when the turn came from a shared channel.
func (b *Bot) direct(t *turn, r Reply) Reply {
	if !t.msg.Direct {
		r.Direct = true
	}
	return r
}

func (b *Bot) abandonQuestion(t *turn, cur, next *flows.Flow) Reply {
	return Reply{
		Text: lang.T(
			"Je bent nog bezig met "+quoted(cur.Title.NL, ".")+" Wil je dat stoppen en beginnen met "+quoted(next.Title.NL, "?"),
			"You are still in "+quoted(cur.Title.EN, ".")+" Do you want to stop it and start "+quoted(next.Title.EN, "?")).In(t.lang),
		Choices: []Choice{
			{Label: lang.T("Ja, begin opnieuw", "Yes, start the new one").In(t.lang), Value: "abandon:yes"},
			{Label: lang.T("Nee, ga verder", "No, continue").In(t.lang), Value: "abandon:no"},
		},
	}
}

// answerAbandon handles the answer to "stop the flow under way?".
func (b *Bot) answerAbandon(ctx context.Context, t *turn, yes bool) ([]Reply, error) {
	spec, _ := strings.CutPrefix(t.conv.Pending, "abandon:")
	t.conv.Pending = ""
	cur := b.activeFlow(t.conv)
	if !yes || cur == nil {
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
		if cur == nil {
			return []Reply{b.help(t.lang)}, nil
		}
		return []Reply{b.stepReply(t, cur, *t.conv.Flow)}, nil
	}
	if err := b.audit(ctx, t, "flow.abandoned", cur.ID, "", ""); err != nil {
		return nil, err
	}
	b.Metrics.FlowEvent(cur.ID, "abandoned")
	t.conv.Flow = nil
	f, presets := b.presetsFromSpec(spec)
	if f == nil {
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
		return []Reply{b.help(t.lang)}, nil
	}
	return b.startFlow(ctx, t, f, presets)
}

// answerStep applies the user's answer to the step now asked.
func (b *Bot) answerStep(ctx context.Context, t *turn, f *flows.Flow, input string) ([]Reply, error) {
	known := knownSettings(t.settings)
	old := *t.conv.Flow
	if isHelperWord(input) && f.Step(old.Step) != nil && f.Step(old.Step).Helper != "" {
		return b.startHelper(ctx, t, f, old)
	}
	st, err := f.Answer(old, input, known)
	var nu *flows.NotUnderstood
	if errors.As(err, &nu) {
		if looksLikeFlowQuestion(input) {
			return b.answerMidFlow(ctx, t, f, old)
		}
		return []Reply{b.reprompt(t, f, old)}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("answer step: %w", err)
	}
	if err := b.saveFlowSettings(ctx, t, f, old, st); err != nil {
		return nil, err
	}
	t.conv.Flow = &st
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	return b.continueFlow(ctx, t, f, st)
}

// looksLikeFlowQuestion reports whether text typed at a step that picks no
// option is rather a question of its own: it has a question mark or three
// words or more.
func looksLikeFlowQuestion(text string) bool {
	return strings.Contains(text, "?") || wordCount(text) >= 3
}

// answerMidFlow answers a question typed during a flow as any question is
// answered, and then asks the step again: the flow waits where it was.
func (b *Bot) answerMidFlow(ctx context.Context, t *turn, f *flows.Flow, st flows.State) ([]Reply, error) {
	answer, err := b.onQuestion(ctx, t)
	if err != nil {
		return nil, err
	}
	r := b.stepReply(t, f, st)
	r.Text = lang.T(
		"Je vraag is hierboven beantwoord. "+quoted(f.Title.NL, "")+" wacht op je antwoord op deze vraag:",
		"Your question is answered above. "+quoted(f.Title.EN, "")+" is waiting for your answer to this question:").In(t.lang) +
		"\n\n" + r.Text
	return append(answer, r), nil
}

// saveFlowSettings remembers the answers to setting steps the user was
// asked (the municipality), so that no flow asks them again.
func (b *Bot) saveFlowSettings(ctx context.Context, t *turn, f *flows.Flow, old, st flows.State) error {
	changed := false
	for _, a := range st.Path[min(len(old.Path), len(st.Path)):] {
		step := f.Step(a.Step)
		if step == nil || step.Setting != "municipality" {
			continue
		}
		if m, ok := b.Flows.Municipalities().Parse(a.Value); ok && m != t.settings.Municipality {
			t.settings.Municipality, changed = m, true
		}
	}
	if !changed {
		return nil
	}
	b.saveSettings(t, t.settings)
	return nil
}

// reprompt says what answer is expected and asks the same step again.
func (b *Bot) reprompt(t *turn, f *flows.Flow, st flows.State) Reply {
	r := b.stepReply(t, f, st)
	step := f.Step(st.Step)
	r.Text = lang.T(
		fmt.Sprintf("Dat antwoord begrijp ik niet. Kies een van de knoppen of typ een nummer van 1 tot %d.", len(step.Options)),
		fmt.Sprintf("I don't understand that answer. Choose one of the buttons or type a number from 1 to %d.", len(step.Options))).In(t.lang) +
		"\n\n" + r.Text
	return r
}

// continueFlow shows what comes after a state: the next question or the
// outcome.
func (b *Bot) continueFlow(ctx context.Context, t *turn, f *flows.Flow, st flows.State) ([]Reply, error) {
	if st.Outcome == "" {
		return []Reply{b.stepReply(t, f, st)}, nil
	}
	return b.finishFlow(ctx, t, f, st)
}

// stepReply asks the step now due, with its options as buttons. The
// flow's title heads it; the questions number themselves where the
// guideline numbers them (the stappenplan's "Vraag 1").
func (b *Bot) stepReply(t *turn, f *flows.Flow, st flows.State) Reply {
	step := f.Step(st.Step)
	r := Reply{Text: "*" + f.Title.In(t.lang) + "*\n" + step.Ask.In(t.lang)}
	if step.Note != nil {
		if note := step.Note(f.Answers(st)).In(t.lang); note != "" {
			r.Text += "\n" + note
		}
	}
	for _, o := range step.Options {
		r.Choices = append(r.Choices, Choice{Label: o.Label.In(t.lang), Value: "f:" + f.ID + ":" + step.ID + ":" + o.Value})
	}
	if h := b.Flows.ByID(step.Helper); h != nil && st.Return == nil {
		r.Controls = append(r.Controls, Choice{
			Label: lang.T("zoek uit: ", "find out: ").In(t.lang) + strings.ToLower(h.Title.In(t.lang)),
			Value: "f:" + f.ID + ":" + step.ID + ":" + helperValue})
	}
	if len(st.Path) > 0 {
		r.Controls = append(r.Controls, Choice{Label: lang.T("terug", "back").In(t.lang), Value: "cmd:terug"})
	}
	r.Controls = append(r.Controls,
		Choice{Label: lang.T("waarom?", "why?").In(t.lang), Value: "cmd:waarom"},
		Choice{Label: lang.T("opnieuw", "restart").In(t.lang), Value: "cmd:opnieuw"},
		Choice{Label: "stop", Value: "cmd:stop"})
	return r
}

// finishFlow shows the outcome: the verdict first, then what to share and
// whom to inform; the grounds come on "waarom?" and in the dossier note.
// A decision gets the note and the follow-up that fits it; an outcome that
// only says "find out first" gets neither. A flow started to find an answer
// for another flow hands back to that flow's question.
func (b *Bot) finishFlow(ctx context.Context, t *turn, f *flows.Flow, st flows.State) ([]Reply, error) {
	o := f.Outcome(st.Outcome)
	if o == nil {
		return nil, fmt.Errorf("flow %s: unknown outcome %q", f.ID, st.Outcome)
	}
	if err := b.audit(ctx, t, "flow.outcome", f.ID, o.ID, ""); err != nil {
		return nil, err
	}
	b.Metrics.FlowEvent(f.ID, "finished")
	l := t.lang
	screen := Reply{Text: OutcomeScreen(f, st, l), Controls: []Choice{
		{Label: lang.T("waarom?", "why?").In(l), Value: "cmd:waarom"},
		{Label: lang.T("terug", "back").In(l), Value: "cmd:terug"},
		{Label: lang.T("opnieuw", "restart").In(l), Value: "cmd:opnieuw"},
	}}
	if st.Return != nil {
		return b.handBack(ctx, t, screen, *st.Return)
	}
	if next, _ := b.presetsFromSpec(o.Continue); next != nil {
		screen.Choices = append(screen.Choices, Choice{Label: walkLabel(next, l), Value: "start:" + o.Continue})
	}
	out := []Reply{screen}
	now := b.Clock().In(b.location(t.tz))
	if f.Note && !o.Pending {
		out = append(out,
			Reply{Text: lang.T("*Wat je deelt of doet, wie je informeert en waarom* staat in de notitie voor het dossier. Kopieer de notitie:", "*What to share or do, whom to inform and why* is in the note for the file. Copy the note:").In(l)},
			Reply{Text: b.Flows.Note(f, st, l, now, t.conv.Case), Copy: true})
	}
	follow := FollowUp{Case: t.conv.Case, Flow: f.ID, Outcome: o.ID, DecidedAt: b.Clock()}
	switch {
	case o.Deadline != nil:
		follow.Shared = o.Deadline.What
		follow.Deadline = DeadlineFrom(b.Clock(), o.Deadline)
		out = append(out, b.FollowUps.Offer(l, t.tz, follow)...)
	case o.Shared != nil && !o.Pending:
		follow.Shared = o.Shared(f.Answers(st))
		out = append(out, b.FollowUps.Offer(l, t.tz, follow)...)
	}
	return out, nil
}

// OutcomeScreen is what the user reads at an outcome: the title and the
// verdict, then what depends on the answers, what to share and whom to
// inform. When a dossier note follows, the rest is read in the note, right
// under the decision, so the screen does not show it twice. The grounds,
// laws and sources are left to "waarom?" and the note.
func OutcomeScreen(f *flows.Flow, st flows.State, l lang.Lang) string {
	o := f.Outcome(st.Outcome)
	if o == nil {
		return ""
	}
	noteFollows := f.Note && !o.Pending && st.Return == nil
	var sb strings.Builder
	sb.WriteString("*" + lang.T("Uitkomst: ", "Outcome: ").In(l) + o.Title.In(l) + "*\n")
	sb.WriteString(o.Verdict.In(l))
	if noteFollows && !o.DetailFirst {
		return sb.String()
	}
	if o.Detail != nil {
		if d := o.Detail(f.Answers(st)).In(l); d != "" {
			sb.WriteString("\n" + d)
		}
	}
	if noteFollows {
		return sb.String()
	}
	section := func(label lang.Text, body lang.Text) {
		if s := body.In(l); s != "" {
			sb.WriteString("\n\n*" + label.In(l) + "* " + s)
		}
	}
	section(lang.T("Wat deel je:", "What to share:"), o.Share)
	section(lang.T("Wie informeer je en wanneer:", "Whom to inform, and when:"), o.Inform)
	return sb.String()
}

// outcomeWhy explains an outcome on "waarom?": its legal ground, laws and
// sources.
func outcomeWhy(o *flows.Outcome, l lang.Lang) string {
	return "*" + lang.T("Waarom deze uitkomst?", "Why this outcome?").In(l) + "*\n" +
		o.Ground.In(l) + "\n" + sourceLine(o.Sources, o.Laws, l)
}

// isHelperWord reports whether typed text asks to walk the step's helper
// flow ("zoek uit", "find out").
func isHelperWord(text string) bool {
	switch strings.Trim(strings.ToLower(strings.TrimSpace(text)), ".!") {
	case "zoek uit", "zoek het uit", "uitzoeken", "find out":
		return true
	}
	return false
}

// helperValue is the option value of the button that walks a step's
// helper flow; no option has it.
const helperValue = "~helper"

// startHelper starts the step's helper flow, keeping the state so that
// the flow comes back to the same question with every answer kept.
func (b *Bot) startHelper(ctx context.Context, t *turn, f *flows.Flow, st flows.State) ([]Reply, error) {
	step := f.Step(st.Step)
	h := b.Flows.ByID(step.Helper)
	if h == nil || st.Return != nil {
		return []Reply{b.stepReply(t, f, st)}, nil
	}
	parent := st
	sub := h.Begin(knownSettings(t.settings))
	sub.Return = &parent
	t.conv.Flow = &sub
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	if err := b.audit(ctx, t, "flow.start", h.ID, "", ""); err != nil {
		return nil, err
	}
	b.Metrics.FlowEvent(h.ID, "started")
	next, err := b.continueFlow(ctx, t, h, sub)
	if err != nil {
		return nil, err
	}
	note := lang.T(
		"Daarna ga je verder met "+quoted(f.Title.NL, ",")+" bij dezelfde vraag; je antwoorden blijven bewaard.",
		"Then you go on with "+quoted(f.Title.EN, ",")+" at the same question; your answers are kept.").In(t.lang)
	if len(next) > 0 {
		title, ask, _ := strings.Cut(next[0].Text, "\n")
		next[0].Text = title + "\n" + h.Intro.In(t.lang) + " " + note + "\n\n" + ask
	}
	return next, nil
}

// handBack shows the helper flow's outcome and asks the question of the
// flow that started it again.
func (b *Bot) handBack(ctx context.Context, t *turn, screen Reply, parent flows.State) ([]Reply, error) {
	pf := b.Flows.ByID(parent.Flow)
	screen.Controls = nil
	if pf == nil || pf.Step(parent.Step) == nil {
		t.conv.Flow = nil
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
		return []Reply{screen}, nil
	}
	t.conv.Flow = &parent
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	r := b.stepReply(t, pf, parent)
	r.Text = lang.T("Terug naar de vraag waar je was:", "Back to the question where you were:").In(t.lang) + "\n\n" + r.Text
	return []Reply{screen, r}, nil
}

// flowControl handles terug, opnieuw, stop and waarom.
func (b *Bot) flowControl(ctx context.Context, t *turn, word string) ([]Reply, error) {
	var f *flows.Flow
	if t.conv.Flow != nil {
		f = b.Flows.ByID(t.conv.Flow.Flow)
	}
	if f != nil && word == "waarom" && t.conv.Flow.Outcome != "" {
		if o := f.Outcome(t.conv.Flow.Outcome); o != nil {
			return []Reply{{Text: outcomeWhy(o, t.lang)}}, nil
		}
	}
	if f == nil || (word != "terug" && word != "opnieuw" && b.activeFlow(t.conv) == nil) {
		return []Reply{{Text: lang.T(
			"Er loopt nu geen gesprek. Typ `help` om er een te beginnen.",
			"No conversation is under way. Type `help` to start one.").In(t.lang)}}, nil
	}
	known := knownSettings(t.settings)
	st := *t.conv.Flow
	switch word {
	case "waarom":
		// The explanation comes with the question again, so that its
		// buttons stay at hand.
		step := f.Step(st.Step)
		return []Reply{{Text: "*" + lang.T("Waarom deze vraag?", "Why this question?").In(t.lang) + "*\n" +
			step.Why.In(t.lang) + "\n" + sourceLine(step.Sources, nil, t.lang)}, b.stepReply(t, f, st)}, nil
	case "stop":
		if err := b.audit(ctx, t, "flow.abandoned", f.ID, "", ""); err != nil {
			return nil, err
		}
		b.Metrics.FlowEvent(f.ID, "abandoned")
		if st.Return != nil {
			return b.handBack(ctx, t, Reply{Text: lang.T(
				"Gestopt met "+quoted(f.Title.NL, "."),
				"Stopped "+quoted(f.Title.EN, ".")).In(t.lang)}, *st.Return)
		}
		t.conv.Flow = nil
		if err := b.save(ctx, t); err != nil {
			return nil, err
		}
		return []Reply{{Text: lang.T(
			"Gestopt met "+quoted(f.Title.NL, ".")+" Typ `help` als je iets anders wilt vragen.",
			"Stopped "+quoted(f.Title.EN, ".")+" Type `help` if you want to ask something else.").In(t.lang)}}, nil
	case "opnieuw":
		ret := st.Return
		st = f.Begin(known)
		st.Return = ret
	case "terug":
		st = f.Back(st, known)
	}
	t.conv.Flow = &st
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	return b.continueFlow(ctx, t, f, st)
}

// onFlowButton handles a pressed option button "f:<flow>:<step>:<value>".
func (b *Bot) onFlowButton(ctx context.Context, t *turn, payload string) ([]Reply, error) {
	parts := strings.SplitN(payload, ":", 3)
	f := b.activeFlow(t.conv)
	if len(parts) != 3 || f == nil || f.ID != parts[0] {
		return []Reply{{Text: lang.T(
			"Deze knop hoort bij een gesprek dat al klaar is. Typ `help` om opnieuw te beginnen.",
			"This button belongs to a conversation that has ended. Type `help` to start again.").In(t.lang)}}, nil
	}
	if t.conv.Flow.Step != parts[1] {
		r := b.stepReply(t, f, *t.conv.Flow)
		r.Text = lang.T("Die knop hoort bij een eerdere vraag. Dit is de vraag nu:",
			"That button belongs to an earlier question. This is the question now:").In(t.lang) + "\n\n" + r.Text
		return []Reply{r}, nil
	}
	if parts[2] == helperValue {
		return b.startHelper(ctx, t, f, *t.conv.Flow)
	}
	return b.answerStep(ctx, t, f, parts[2])
}

// quoted puts a flow's title in quotes inside a sentence, and ends the
// sentence with end unless the title already ends with a question mark.
func quoted(title, end string) string {
	if strings.HasSuffix(title, "?") {
		return "‘" + title + "’"
	}
	return "‘" + title + "’" + end
}
