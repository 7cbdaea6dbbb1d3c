package practice

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"privacybot/bot"
	"privacybot/bot/calendar"
	"privacybot/flows"
	"privacybot/lang"
)

// DefaultWeekly is the cron spec of the weekly case: Tuesday 10:00.
const DefaultWeekly = "0 10 * * 2"

// Team channels get their case once per ISO week; the summary follows
// summaryAfter later; a case the channel mostly got wrong comes back after
// comeBackWeeks, and a claim not followed by a post is taken over after
// claimLease.
const (
	summaryAfter  = 3 * 24 * time.Hour
	comeBackWeeks = 4
	claimLease    = 10 * time.Minute
	// keepWeekly is how long a channel's weekly posts and answers are kept.
	keepWeekly = 365 * 24 * time.Hour
)

// WeeklyPost is one channel's case of one ISO week, with the spread of
// the answers: never who answered what.
type WeeklyPost struct {
	Platform, Channel, Week string
	Case                    string
	// Post is the platform's ID of the post; "" while only claimed.
	Post      string
	ClaimedAt time.Time
	PostedAt  time.Time
	// Counts holds how many chose each answer (first answers only).
	Counts     [4]int
	Summarised bool
}

// Answered is how many answered the post.
func (p WeeklyPost) Answered() int { return p.Counts[0] + p.Counts[1] + p.Counts[2] + p.Counts[3] }

// WeeklyStore keeps the channels' weekly posts, shared by every replica.
type WeeklyStore interface {
	// ClaimWeeklyPost stores p as claimed for its channel and week, or
	// takes over a claim made before staleBefore that has no post yet; it
	// reports whether this caller holds the claim.
	ClaimWeeklyPost(ctx context.Context, p WeeklyPost, staleBefore time.Time) (bool, error)
	// SetWeeklyPosted records the platform's post ID and when it was posted.
	SetWeeklyPosted(ctx context.Context, platform, channel, week, post string, at time.Time) error
	// WeeklyPosts returns the channel's posts, oldest week first.
	WeeklyPosts(ctx context.Context, platform, channel string) ([]WeeklyPost, error)
	// AnswerWeekly records u's answer to the channel's post of week: the
	// first answer of a user counts in the spread, a later one does not.
	// It returns the post as it is now and whether this was u's first.
	AnswerWeekly(ctx context.Context, platform, channel, week string, u bot.UserKey, answer int) (WeeklyPost, bool, error)
	// MarkWeeklySummarised marks the post summarised and reports whether
	// this caller did it first.
	MarkWeeklySummarised(ctx context.Context, platform, channel, week string) (bool, error)
	// ForgetWeeklyAnswers deletes the record that u answered; the spread
	// stays, as it names no one.
	ForgetWeeklyAnswers(ctx context.Context, u bot.UserKey) error
	// PurgeWeekly deletes posts and their answers claimed before before.
	PurgeWeekly(ctx context.Context, before time.Time) (int64, error)
}

// Channel posts in a team channel of one platform.
type Channel interface {
	// PostPractice puts r in channel, in the thread of root when root is not "",
	// and returns the post's ID; its buttons can be pressed by any member.
	PostPractice(ctx context.Context, channel, root string, r bot.Reply) (post string, err error)
	// UpdatePost replaces the post's text and buttons by r's.
	UpdatePost(ctx context.Context, channel, post string, r bot.Reply) error
}

// WeeklyConfig says where and when the weekly case is posted.
type WeeklyConfig struct {
	// Spec is the cron spec of the post (DefaultWeekly); on a Dutch public
	// holiday the post waits for the next working day of the week, same time.
	Spec string
	// TZ is the zone the spec and the weeks are read in (Europe/Amsterdam).
	TZ string
	// Channels are the team channels per platform.
	Channels map[string][]string
}

// Weekly posts a case in each team channel once per ISO week across
// replicas, counts the answers, and posts the explanation and the spread
// in the thread at the end of the week.
type Weekly struct {
	svc      *Service
	store    WeeklyStore
	channels map[string]Channel
	cfg      WeeklyConfig
	sched    cron.Schedule
	loc      *time.Location
}

// NewWeekly checks cfg and returns the weekly post of svc's cases through
// the platforms' channels.
func NewWeekly(svc *Service, store WeeklyStore, channels map[string]Channel, cfg WeeklyConfig) (*Weekly, error) {
	if cfg.Spec == "" {
		cfg.Spec = DefaultWeekly
	}
	if cfg.TZ == "" {
		cfg.TZ = "Europe/Amsterdam"
	}
	sched, err := cron.ParseStandard(cfg.Spec)
	if err != nil {
		return nil, fmt.Errorf("weekly case spec %q: %w", cfg.Spec, err)
	}
	loc, err := time.LoadLocation(cfg.TZ)
	if err != nil {
		return nil, fmt.Errorf("weekly case time zone %q: %w", cfg.TZ, err)
	}
	w := &Weekly{svc: svc, store: store, channels: channels, cfg: cfg, sched: sched, loc: loc}
	svc.weekly = w
	return w, nil
}

// WeeklyStats says what one Tick did.
type WeeklyStats struct{ Posted, Summarised int }

// Tick posts the week's case in every channel that is due and has none,
// and the summary under every post whose week is over. Replicas may tick
// at once: the store lets one of them post.
func (w *Weekly) Tick(ctx context.Context) (WeeklyStats, error) {
	var st WeeklyStats
	now := w.svc.clock().In(w.loc)
	for _, platform := range sortedKeys(w.cfg.Channels) {
		ch := w.channels[platform]
		if ch == nil {
			continue
		}
		for _, channel := range w.cfg.Channels[platform] {
			posts, err := w.store.WeeklyPosts(ctx, platform, channel)
			if err != nil {
				return st, err
			}
			for _, p := range posts {
				if p.Post != "" && !p.Summarised && !now.Before(p.PostedAt.Add(summaryAfter)) {
					ok, err := w.summarise(ctx, ch, p)
					if err != nil {
						return st, err
					}
					if ok {
						st.Summarised++
					}
				}
			}
			if !w.due(now) {
				continue
			}
			ok, err := w.post(ctx, ch, platform, channel, posts, now)
			if err != nil {
				return st, err
			}
			if ok {
				st.Posted++
			}
		}
	}
	return st, nil
}

// due reports whether the week's post may go out at now: the spec's time
// of this week has come, today is a working day, and it is past that time
// of day (so a post held back by a holiday goes out at the same time on
// the next working day).
func (w *Weekly) due(now time.Time) bool {
	y, m, d := now.Date()
	monday := time.Date(y, m, d-(int(now.Weekday())+6)%7, 0, 0, 0, 0, w.loc)
	at := w.sched.Next(monday.Add(-time.Second))
	if now.Before(at) || isoWeek(at) != isoWeek(now) || !calendar.IsWorkday(now) {
		return false
	}
	return now.Hour()*60+now.Minute() >= at.Hour()*60+at.Minute()
}

func isoWeek(t time.Time) string {
	y, wk := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, wk)
}

// post claims the channel's week and posts its case; false when the week
// has its post or another replica holds the claim.
func (w *Weekly) post(ctx context.Context, ch Channel, platform, channel string, posts []WeeklyPost, now time.Time) (bool, error) {
	week := isoWeek(now)
	for _, p := range posts {
		if p.Week == week && (p.Post != "" || now.Sub(p.ClaimedAt) < claimLease) {
			return false, nil
		}
	}
	c := w.pick(posts, week)
	claim := WeeklyPost{Platform: platform, Channel: channel, Week: week, Case: c.ID, ClaimedAt: now}
	ok, err := w.store.ClaimWeeklyPost(ctx, claim, now.Add(-claimLease))
	if err != nil || !ok {
		return false, err
	}
	id, err := ch.PostPractice(ctx, channel, "", w.postReply(claim, c))
	if err != nil {
		return false, fmt.Errorf("post weekly case: %w", err)
	}
	if err := w.store.SetWeeklyPosted(ctx, platform, channel, week, id, now); err != nil {
		return false, err
	}
	return true, nil
}

// pick chooses the channel's case: one it mostly got wrong at least
// comeBackWeeks ago and that has not come back since, reworded by another
// case of the same topic where the bank has one; else the first case the
// channel has not had.
func (w *Weekly) pick(posts []WeeklyPost, week string) flows.Case {
	had := map[string]bool{}
	topicHad := map[string]int{}
	for _, p := range posts {
		had[p.Case] = true
		if c, ok := w.svc.caseByID(p.Case); ok {
			topicHad[c.Topic]++
		}
	}
	for _, p := range posts {
		c, ok := w.svc.caseByID(p.Case)
		if !ok || p.Post == "" || weeksBetween(p.Week, week) < comeBackWeeks || p.Answered() == 0 {
			continue
		}
		if 2*p.Counts[c.RightAnswer()] >= p.Answered() || topicHad[c.Topic] > 1 {
			continue
		}
		for _, other := range w.svc.cases {
			if other.Topic == c.Topic && !had[other.ID] {
				return other
			}
		}
		return c
	}
	for _, c := range w.svc.cases {
		if !had[c.ID] {
			return c
		}
	}
	return w.svc.cases[len(posts)%len(w.svc.cases)]
}

// weeksBetween counts the ISO weeks from a to b ("2026-W10").
func weeksBetween(a, b string) int {
	ta, okA := mondayOf(a)
	tb, okB := mondayOf(b)
	if !okA || !okB {
		return 0
	}
	return int(tb.Sub(ta).Hours() / (24 * 7))
}

func mondayOf(week string) (time.Time, bool) {
	y, wk, ok := strings.Cut(week, "-W")
	year, err1 := strconv.Atoi(y)
	n, err2 := strconv.Atoi(wk)
	if !ok || err1 != nil || err2 != nil {
		return time.Time{}, false
	}
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(n-1)), true
}

// weeklyPrefix starts the payload of a weekly post's answer button:
// "w:<week>:<answer>"; the channel is the one pressed in.
const weeklyPrefix = "w:"

// IsWeeklyAction reports whether a button value belongs to a weekly
// channel post: any member may press it, and the post stays as it is.
func IsWeeklyAction(value string) bool { return strings.HasPrefix(value, "oef:"+weeklyPrefix) }

// postReply is the channel post: the case in Dutch and English is too
// long, so the post is in Dutch with the English question, and shows how
// many answered.
func (w *Weekly) postReply(p WeeklyPost, c flows.Case) bot.Reply {
	r := CaseReply(c, lang.NL)
	r.Text = "*" + lang.T("Casus van de week", "Case of the week").In(lang.NL) + "* · " + strings.TrimPrefix(r.Text, "*Oefencasus* · ") +
		"\n\n_" + c.Question.EN + "_\n" + countLine(p.Answered())
	for i := range r.Choices {
		r.Choices[i].Value = "oef:" + weeklyPrefix + p.Week + ":" + strconv.Itoa(i)
	}
	return r
}

// countLine says how many answered, never who or what.
func countLine(n int) string {
	switch n {
	case 0:
		return "Nog niemand heeft geantwoord. · No answers yet."
	case 1:
		return "1 collega heeft geantwoord. · 1 colleague answered."
	default:
		return fmt.Sprintf("%d collega's hebben geantwoord. · %d colleagues answered.", n, n)
	}
}

// answerWeekly handles a press on a channel's weekly post: the presser's
// own feedback, only for them; a first answer counts in the spread and the
// post's counter.
func (s *Service) answerWeekly(ctx context.Context, r bot.PracticeRequest, rest string) ([]bot.Reply, error) {
	if s.weekly == nil || r.Channel == "" {
		return []bot.Reply{stale(r.Lang)}, nil
	}
	week, idx, _ := strings.Cut(rest, ":")
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || i > 3 {
		return []bot.Reply{stale(r.Lang)}, nil
	}
	p, first, err := s.weekly.store.AnswerWeekly(ctx, r.User.Platform, r.Channel, week, r.User, i)
	if err != nil {
		return nil, fmt.Errorf("answer weekly case: %w", err)
	}
	c, ok := s.caseByID(p.Case)
	if !ok || p.Post == "" || i >= len(c.Answers) {
		return []bot.Reply{stale(r.Lang)}, nil
	}
	fb := Feedback(s.flows, c, i, r.Lang)
	if !first {
		fb.Text = lang.T("Je had deze casus al beantwoord; je eerste antwoord telt. ", "You had answered this case already; your first answer counts. ").In(r.Lang) + fb.Text
		return []bot.Reply{fb}, nil
	}
	if err := s.store.SavePracticeAnswer(ctx, Result{User: r.User, Case: c.ID, Answer: i, Right: c.Answers[i].Right, AnsweredAt: s.clock()}); err != nil {
		return nil, fmt.Errorf("save practice answer: %w", err)
	}
	if s.metrics != nil {
		s.metrics.PracticeAnswered(c.ID, c.Answers[i].Right)
	}
	if ch := s.weekly.channels[r.User.Platform]; ch != nil {
		if err := ch.UpdatePost(ctx, r.Channel, p.Post, s.weekly.postReply(p, c)); err != nil {
			s.log.WarnContext(ctx, "weekly case counter not updated", "err", err)
		}
	}
	return []bot.Reply{fb}, nil
}

// summarise posts the explanation and the spread in the post's thread,
// once across replicas.
func (w *Weekly) summarise(ctx context.Context, ch Channel, p WeeklyPost) (bool, error) {
	c, ok := w.svc.caseByID(p.Case)
	if !ok {
		return false, nil
	}
	first, err := w.store.MarkWeeklySummarised(ctx, p.Platform, p.Channel, p.Week)
	if err != nil || !first {
		return false, err
	}
	if _, err := ch.PostPractice(ctx, p.Channel, p.Post, Summary(c, p)); err != nil {
		return false, fmt.Errorf("post weekly summary: %w", err)
	}
	return true, nil
}

// Summary is the thread post at the end of the week: the right answer and
// why, the paragraph and the law, and how many chose each answer.
func Summary(c flows.Case, p WeeklyPost) bot.Reply {
	right := c.RightAnswer()
	var sb strings.Builder
	fmt.Fprintf(&sb, "*Uitleg · Explanation*\nHet goede antwoord is %s. · The right answer is %s.\n\n%s\n\n_%s_\n\n",
		letters[right:right+1], letters[right:right+1], c.Answers[right].Why.NL, c.Answers[right].Why.EN)
	fmt.Fprintf(&sb, "Antwoorden · Answers (%d):", p.Answered())
	for i := range c.Answers {
		fmt.Fprintf(&sb, "\n• %s: %d", letters[i:i+1], p.Counts[i])
	}
	fmt.Fprintf(&sb, "\n\nBron · Source: %s · %s", strings.Join(c.Sources, ", "), strings.Join(c.Laws, ", "))
	sb.WriteString("\n\nZelf oefenen? Typ `oefenen` in een privébericht. · Practise yourself: type `practice` in a direct message.")
	return bot.Reply{Text: sb.String()}
}

// RunTick ticks and logs what it did or the error; for the scheduler.
func (w *Weekly) RunTick(ctx context.Context) {
	st, err := w.Tick(ctx)
	if err != nil {
		w.svc.log.ErrorContext(ctx, "weekly case", "err", err)
		return
	}
	if st.Posted+st.Summarised > 0 {
		w.svc.log.InfoContext(ctx, "weekly case", "posted", st.Posted, "summarised", st.Summarised)
	}
	if n, err := w.store.PurgeWeekly(ctx, w.svc.clock().Add(-keepWeekly)); err != nil {
		w.svc.log.ErrorContext(ctx, "purge weekly cases", "err", err)
	} else if n > 0 {
		w.svc.log.InfoContext(ctx, "weekly cases purged", "count", n)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
