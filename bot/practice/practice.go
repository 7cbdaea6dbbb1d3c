// Package practice gives practice cases one to one, in a direct message or
// the terminal chat (`oefenen` / `practice`): a short fictional situation,
// one question and its answers as buttons; after an answer it says whether
// it was right, why, the guideline paragraph and the law, and offers the
// matching flow. It keeps each user's own results, for that user alone,
// and erases them with the user.
package practice

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/lang"
)

// Keep is how long a user's result on a case is kept after their last
// answer to it.
const Keep = 365 * 24 * time.Hour

// Result is one user's result on one case: the last answer they chose,
// whether it was right, and how many answers they gave.
type Result struct {
	User       bot.UserKey
	Case       string
	Answer     int
	Right      bool
	Tries      int
	AnsweredAt time.Time
}

// Store keeps the users' own results.
type Store interface {
	// SavePracticeAnswer records an answer of r.User to r.Case: it stores
	// r.Answer, r.Right and r.AnsweredAt and adds one to the stored tries
	// (1 for a first answer); r.Tries is ignored.
	SavePracticeAnswer(ctx context.Context, r Result) error
	// PracticeResults returns the user's results, oldest answer first.
	PracticeResults(ctx context.Context, u bot.UserKey) ([]Result, error)
	// ForgetPracticeResults deletes every result of the user; no error when
	// there is none.
	ForgetPracticeResults(ctx context.Context, u bot.UserKey) error
	// PurgePracticeResults deletes results last answered before before and
	// returns how many.
	PurgePracticeResults(ctx context.Context, before time.Time) (int64, error)
}

// Metrics counts answers per case; nil methods are not called on a nil
// Metrics.
type Metrics interface {
	PracticeAnswered(caseID string, right bool)
}

// Service implements bot.PracticeDesk over a case bank and a Store.
type Service struct {
	cases   []flows.Case
	store   Store
	clock   func() time.Time
	log     *slog.Logger
	metrics Metrics
	// flows offers the flow a case is about; the embedded ones unless
	// WithFlows gave others.
	flows *flows.Set
	// weekly, when set, takes the presses on the channels' weekly posts.
	weekly *Weekly
}

var _ bot.PracticeDesk = (*Service)(nil)

// New returns a service that gives the cases (in any order) and keeps
// results in store; metrics may be nil.
func New(cases []flows.Case, store Store, clock func() time.Time, log *slog.Logger, metrics Metrics) *Service {
	cs := slices.Clone(cases)
	slices.SortFunc(cs, func(a, b flows.Case) int { return strings.Compare(a.ID, b.ID) })
	return &Service{cases: cs, store: store, clock: clock, log: log, metrics: metrics, flows: flows.EmbeddedSet()}
}

// WithFlows makes the service offer the flows of set after a case's
// answer, and returns it.
func (s *Service) WithFlows(set *flows.Set) *Service {
	s.flows = set
	return s
}

// Next gives the user the case they most need: one they have not answered
// yet, in an order of their own; else the one they got wrong longest ago;
// else the one they answered longest ago.
func (s *Service) Next(ctx context.Context, r bot.PracticeRequest) ([]bot.Reply, error) {
	if len(s.cases) == 0 {
		return []bot.Reply{{Text: lang.T("Er zijn nog geen oefencasussen.", "There are no practice cases yet.").In(r.Lang)}}, nil
	}
	results, err := s.store.PracticeResults(ctx, r.User)
	if err != nil {
		return nil, fmt.Errorf("read practice results: %w", err)
	}
	c := s.pick(r.User, results)
	return []bot.Reply{CaseReply(c, r.Lang)}, nil
}

// pick chooses the next case for u given their results.
func (s *Service) pick(u bot.UserKey, results []Result) flows.Case {
	done := map[string]Result{}
	for _, res := range results {
		done[res.Case] = res
	}
	type ranked struct {
		c    flows.Case
		rank int   // 0 not answered, 1 wrong, 2 right
		key  int64 // order within the rank
	}
	var all []ranked
	for _, c := range s.cases {
		res, ok := done[c.ID]
		switch {
		case !ok:
			all = append(all, ranked{c, 0, int64(order(u, c.ID))})
		case !res.Right:
			all = append(all, ranked{c, 1, res.AnsweredAt.UnixMilli()})
		default:
			all = append(all, ranked{c, 2, res.AnsweredAt.UnixMilli()})
		}
	}
	best := slices.MinFunc(all, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.key, b.key), strings.Compare(a.c.ID, b.c.ID))
	})
	return best.c
}

// order is a user's own order of the cases, so that a team does not all
// get the same case first.
func order(u bot.UserKey, caseID string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(u.Platform + "\x00" + u.User + "\x00" + caseID))
	return h.Sum32()
}

// letters name the answers.
const letters = "ABCD"

// answerPrefix starts an answer button's payload: "a:<case>:<index>".
const answerPrefix = "a:"

// CaseReply shows a case: the situation, the question, the answers, and
// a button per answer.
func CaseReply(c flows.Case, lng lang.Lang) bot.Reply {
	var sb strings.Builder
	sb.WriteString("*" + lang.T("Oefencasus", "Practice case").In(lng) + "* · " + strings.Join(c.Sources, ", ") + "\n\n")
	sb.WriteString(c.Situation.In(lng) + "\n\n*" + c.Question.In(lng) + "*")
	r := bot.Reply{}
	for i, a := range c.Answers {
		l := letters[i : i+1]
		sb.WriteString("\n" + l + ". " + a.Text.In(lng))
		r.Choices = append(r.Choices, bot.Choice{Label: l, Value: "oef:" + answerPrefix + c.ID + ":" + strconv.Itoa(i)})
	}
	r.Text = sb.String()
	return r
}

// Action handles "a:<case>:<index>" (an answer) and "next" (another case).
func (s *Service) Action(ctx context.Context, r bot.PracticeRequest, payload string) ([]bot.Reply, error) {
	if payload == "next" {
		return s.Next(ctx, r)
	}
	if rest, ok := strings.CutPrefix(payload, weeklyPrefix); ok {
		return s.answerWeekly(ctx, r, rest)
	}
	rest, ok := strings.CutPrefix(payload, answerPrefix)
	if !ok {
		return []bot.Reply{stale(r.Lang)}, nil
	}
	id, idx, _ := strings.Cut(rest, ":")
	c, found := s.caseByID(id)
	i, err := strconv.Atoi(idx)
	if !found || err != nil || i < 0 || i >= len(c.Answers) {
		return []bot.Reply{stale(r.Lang)}, nil
	}
	right := c.Answers[i].Right
	if err := s.store.SavePracticeAnswer(ctx, Result{User: r.User, Case: c.ID, Answer: i, Right: right, AnsweredAt: s.clock()}); err != nil {
		return nil, fmt.Errorf("save practice answer: %w", err)
	}
	if s.metrics != nil {
		s.metrics.PracticeAnswered(c.ID, right)
	}
	fb := Feedback(s.flows, c, i, r.Lang)
	fb.Choices = append(fb.Choices, bot.Choice{Label: lang.T("Nog een casus", "Another case").In(r.Lang), Value: "oef:next"})
	return []bot.Reply{fb}, nil
}

// Feedback says, verdict first, whether answer i to c was right, why, and
// the paragraph and the law, with a button to walk the matching flow (or
// read the topic when the case has no flow).
func Feedback(set *flows.Set, c flows.Case, i int, l lang.Lang) bot.Reply {
	right := c.RightAnswer()
	var sb strings.Builder
	if i == right {
		sb.WriteString("*" + lang.T("Goed.", "Right.").In(l) + "* ")
	} else {
		fmt.Fprintf(&sb, "*%s* %s %s.\n\n", lang.T("Niet goed.", "Not right.").In(l),
			lang.T("Het goede antwoord is", "The right answer is").In(l), letters[right:right+1])
		fmt.Fprintf(&sb, "%s (%s): %s\n\n", lang.T("Jouw antwoord", "Your answer").In(l), letters[i:i+1], c.Answers[i].Why.In(l))
		fmt.Fprintf(&sb, "%s %s: ", lang.T("Waarom", "Why").In(l), letters[right:right+1])
	}
	sb.WriteString(c.Answers[right].Why.In(l))
	fmt.Fprintf(&sb, "\n\n%s %s · %s", lang.T("Bron: handreiking", "Source: guideline").In(l), strings.Join(c.Sources, ", "), strings.Join(c.Laws, ", "))
	r := bot.Reply{Text: sb.String()}
	if f := set.ByID(c.Flow); f != nil {
		spec := bot.FlowSpec(&flows.Topic{Flow: c.Flow, FlowPresets: c.FlowPresets})
		r.Choices = append(r.Choices, bot.Choice{Label: lang.T("Loop de vragen door: ", "Walk through the questions: ").In(l) + f.Title.In(l), Value: "start:" + spec})
	} else {
		r.Choices = append(r.Choices, bot.Choice{Label: lang.T("Lees het onderwerp", "Read the topic").In(l), Value: "topic:" + c.Topic})
	}
	return r
}

func stale(l lang.Lang) bot.Reply {
	return bot.Reply{Text: lang.T("Deze casus ken ik niet meer. Typ `oefenen` voor een nieuwe.", "I no longer know this case. Type `practice` for a new one.").In(l)}
}

func (s *Service) caseByID(id string) (flows.Case, bool) {
	i, ok := slices.BinarySearchFunc(s.cases, id, func(c flows.Case, id string) int { return strings.Compare(c.ID, id) })
	if !ok {
		return flows.Case{}, false
	}
	return s.cases[i], true
}

// Results lists the user's own results, oldest answer first.
func (s *Service) Results(ctx context.Context, u bot.UserKey) ([]bot.PracticeResultView, error) {
	rs, err := s.store.PracticeResults(ctx, u)
	if err != nil {
		return nil, err
	}
	out := make([]bot.PracticeResultView, 0, len(rs))
	for _, r := range rs {
		out = append(out, bot.PracticeResultView{Case: r.Case, Answer: r.Answer, Right: r.Right, Tries: r.Tries, AnsweredAt: r.AnsweredAt})
	}
	return out, nil
}

// Forget erases the user's results and, when the store keeps the weekly
// posts too, the record of which weekly posts the user answered.
func (s *Service) Forget(ctx context.Context, u bot.UserKey) error {
	if ws, ok := s.store.(WeeklyStore); ok {
		if err := ws.ForgetWeeklyAnswers(ctx, u); err != nil {
			return err
		}
	}
	return s.store.ForgetPracticeResults(ctx, u)
}

// Purge deletes results not answered again for Keep and returns how many.
func (s *Service) Purge(ctx context.Context) (int64, error) {
	return s.store.PurgePracticeResults(ctx, s.clock().Add(-Keep))
}

// RunPurge purges and logs the count or the error; for the scheduler.
func (s *Service) RunPurge(ctx context.Context) {
	n, err := s.Purge(ctx)
	switch {
	case err != nil && !errors.Is(err, context.Canceled):
		s.log.ErrorContext(ctx, "purge practice results", "err", err)
	case n > 0:
		s.log.InfoContext(ctx, "practice results purged", "count", n)
	}
}
