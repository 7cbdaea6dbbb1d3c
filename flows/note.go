package flows

import (
	"strings"
	"time"

	"privacybot/lang"
)

// Note writes the dossier note for the state in lang, in the words of the set: plain text the
// professional pastes into the client's file. It holds the flow's question,
// the date (at, as given), the user's own case label if any, each
// consideration with the answer chosen, the decision, what is shared with
// whom, whom to inform and when, the legal ground, and a closing line. It
// holds no client data: only the flow's own texts and the label the user
// chose. A flow that has not reached an outcome gets a note that says so.
func (s *Set) Note(f *Flow, st State, l lang.Lang, at time.Time, caseLabel string) string {
	noteWords := s.note
	var b noteBuilder
	b.line(noteWords.title.In(l) + " — " + f.Title.In(l))
	layout := "02-01-2006 15:04"
	if l == lang.EN {
		layout = "2006-01-02 15:04"
	}
	b.field(noteWords.date.In(l), at.Format(layout))
	if label := strings.Join(strings.Fields(caseLabel), " "); label != "" {
		b.field(noteWords.caseLabel.In(l), label)
	}
	b.field(noteWords.question.In(l), f.Title.In(l))

	b.blank()
	b.line(noteWords.considerations.In(l) + ":")
	for _, p := range st.Path {
		b.line("- " + considerationLine(f, p, l))
	}

	b.blank()
	o := f.Outcome(st.Outcome)
	if o == nil {
		b.field(noteWords.decision.In(l), noteWords.unfinished.In(l))
	} else {
		writeDecision(&b, noteWords, o, f.Answers(st), l)
	}

	b.blank()
	b.line(noteWords.closing.In(l))
	return b.String()
}

func writeDecision(b *noteBuilder, noteWords noteTexts, o *Outcome, a Answers, lang lang.Lang) {
	b.field(noteWords.decision.In(lang), o.Title.In(lang))
	b.line(o.Verdict.In(lang))
	if o.Detail != nil {
		if d := o.Detail(a).In(lang); d != "" {
			b.line(d)
		}
	}

	b.blank()
	share := o.Share.In(lang)
	if share == "" {
		share = noteWords.nothingShared.In(lang)
	}
	b.field(noteWords.share.In(lang), share)
	inform := o.Inform.In(lang)
	if inform == "" {
		inform = noteWords.noInform.In(lang)
	}
	b.field(noteWords.inform.In(lang), inform)

	b.blank()
	b.field(noteWords.ground.In(lang), o.Ground.In(lang))
	if len(o.Laws) > 0 {
		b.field(noteWords.laws.In(lang), strings.Join(o.Laws, "; "))
	}
	if len(o.Sources) > 0 {
		b.field(noteWords.sources.In(lang), strings.Join(o.Sources, ", "))
	}
}

// considerationLine names the step and the option chosen, falling back to
// the raw IDs when the flow no longer has them.
func considerationLine(f *Flow, p Answered, lang lang.Lang) string {
	step := f.Step(p.Step)
	if step == nil {
		return p.Step + ": " + p.Value
	}
	answer := p.Value
	if o := step.option(p.Value); o != nil {
		answer = o.Label.In(lang)
	}
	return step.Label.In(lang) + ": " + answer
}

// noteTexts are the fixed words of a dossier note, from the "note" words.
type noteTexts struct {
	title, date, caseLabel, question, considerations, decision, unfinished,
	ground, laws, sources, share, nothingShared, inform, noInform, closing lang.Text
}

// loadNoteWords reads the fixed words of a dossier note.
func loadNoteWords(w *words) noteTexts {
	t := func(key string) lang.Text { return w.text(tx("note", "note."+key)) }
	return noteTexts{
		title:          t("title"),
		date:           t("date"),
		caseLabel:      t("case-label"),
		question:       t("question"),
		considerations: t("considerations"),
		decision:       t("decision"),
		unfinished:     t("unfinished"),
		ground:         t("ground"),
		laws:           t("laws"),
		sources:        t("sources"),
		share:          t("share"),
		nothingShared:  t("nothing-shared"),
		inform:         t("inform"),
		noInform:       t("no-inform"),
		closing:        t("closing"),
	}
}

// noteBuilder collects the note's lines, never two blank lines in a row.
type noteBuilder struct{ strings.Builder }

func (b *noteBuilder) line(s string) {
	b.WriteString(s)
	b.WriteByte('\n')
}

func (b *noteBuilder) field(name, value string) { b.line(name + ": " + value) }

func (b *noteBuilder) blank() {
	if !strings.HasSuffix(b.String(), "\n\n") {
		b.WriteByte('\n')
	}
}
