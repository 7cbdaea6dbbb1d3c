// Package fg lets a professional ask the privacy officer (FG) of their
// municipality from the chat, and brings the answer back. The bot shows the
// question as the FG will get it, without the personal data it recognised,
// and sends it only after the user confirmed, with their name or
// anonymously. The question goes to the FG's channel on the user's
// platform; a member of that channel answers with a button or in the
// thread, and the answer goes to the asker alone, in a direct message.
// Unanswered after two working days, the channel is reminded once. On the
// terminal, without a channel, the bot writes the question as a mail.
//
// The package owns its store interface; storage/sqlite and
// storage/postgres implement it.
package fg

import (
	"context"
	"fmt"
	"strings"
	"time"

	"privacybot/bot"
	"privacybot/bot/calendar"
	"privacybot/flows"
	"privacybot/lang"
)

// State is where a question stands.
type State string

// The states of a question.
const (
	// Draft is a question being written: shown to the user, not sent.
	Draft State = "draft"
	// Open is a question sent to the FG and waiting for an answer.
	Open State = "open"
	// Answered is a question the FG answered.
	Answered State = "answered"
)

// Question is one question to the FG. Text and Answer are stored without
// the personal data the bot recognised; the asker is stored to send the
// answer back and is shown to the FG only when not Anonymous.
type Question struct {
	ID           int64
	Asker        bot.UserKey
	Lang         lang.Lang
	Municipality flows.Municipality
	// Topic is the topic the bot thought closest, or "".
	Topic     string
	Text      string
	Anonymous bool
	State     State
	// Parent is the question this one follows up, or 0.
	Parent int64
	// Channel is the FG channel the question went to; Post the platform's
	// ID of the thread it is in (the first question's post).
	Channel string
	Post    string
	Answer  string
	// Helped reports that the asker said the answer helped.
	Helped bool
	// Delivered reports that the answer reached the asker.
	Delivered  bool
	CreatedAt  time.Time
	AskedAt    time.Time
	AnsweredAt time.Time
	RemindedAt time.Time
	// Version counts saves; a save with a stale version fails with
	// bot.ErrConflict.
	Version int64
}

// Store keeps the questions to the FG.
type Store interface {
	// CreateFGQuestion stores q as new and sets its ID and Version.
	CreateFGQuestion(ctx context.Context, q *Question) error
	// FGQuestion returns the question; ok is false when none.
	FGQuestion(ctx context.Context, id int64) (q Question, ok bool, err error)
	// SaveFGQuestion stores q if q.Version matches the stored version and
	// increments q.Version; otherwise bot.ErrConflict.
	SaveFGQuestion(ctx context.Context, q *Question) error
	// DeleteFGQuestion removes the question; no error when absent.
	DeleteFGQuestion(ctx context.Context, id int64) error
	// FGThread returns the questions of a thread in an FG channel, oldest
	// first.
	FGThread(ctx context.Context, platform, channel, post string) ([]Question, error)
	// FGQuestionsOf returns the questions u asked, oldest first.
	FGQuestionsOf(ctx context.Context, u bot.UserKey) ([]Question, error)
	// FGWaiting returns the open questions asked at or before askedBefore
	// that were not reminded of, and the answered ones not delivered.
	FGWaiting(ctx context.Context, askedBefore time.Time) ([]Question, error)
	// ForgetFGAsker removes every question u asked.
	ForgetFGAsker(ctx context.Context, u bot.UserKey) error
	// PurgeFG removes answered questions answered before answeredBefore,
	// open ones asked before askedBefore and drafts created before
	// draftsBefore, and counts them.
	PurgeFG(ctx context.Context, answeredBefore, askedBefore, draftsBefore time.Time) (int64, error)
}

// Channel is an FG channel's platform: each adapter implements it.
type Channel interface {
	// PostFG puts r in channel, in the thread of root when root is not "",
	// and returns the post's ID. Its buttons can be pressed by any member.
	PostFG(ctx context.Context, channel, root string, r bot.Reply) (post string, err error)
	// IsMember reports whether user is a member of channel, asking the
	// platform.
	IsMember(ctx context.Context, channel, user string) (bool, error)
	// Mention is how the platform writes a user in a post.
	Mention(ctx context.Context, user string) string
}

// Routes name the FG channel per municipality on one platform: All for
// every municipality, or By for each.
type Routes struct {
	All string
	By  map[flows.Municipality]string
}

// For returns the channel of m's FG, or "" when none is configured.
func (r Routes) For(m flows.Municipality) string {
	if c := r.By[m]; c != "" {
		return c
	}
	return r.All
}

// ParseRoutes reads a channel setting: one channel ID for every
// municipality ("C0123"), or one per municipality
// ("diemen=C01,uithoorn=C02,ouder-amstel=C03"), named as in the records
// ms. missing names the municipalities a per-municipality setting leaves
// out.
func ParseRoutes(s string, ms flows.MunicipalityRecords) (r Routes, missing []string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Routes{}, nil, nil
	}
	if !strings.Contains(s, "=") {
		if strings.ContainsAny(s, ", ") {
			return Routes{}, nil, fmt.Errorf("%q: give one channel ID, or municipality=channel pairs", s)
		}
		return Routes{All: s}, nil, nil
	}
	r.By = map[flows.Municipality]string{}
	for _, pair := range strings.Split(s, ",") {
		name, id, _ := strings.Cut(pair, "=")
		m, ok := ms.Parse(name)
		id = strings.TrimSpace(id)
		if !ok {
			return Routes{}, nil, fmt.Errorf("%q is not %s", strings.TrimSpace(name), ms.Names("or"))
		}
		if id == "" || strings.ContainsAny(id, " =") {
			return Routes{}, nil, fmt.Errorf("no channel ID for %s", ms.Name(m))
		}
		r.By[m] = id
	}
	for _, m := range ms {
		if r.By[m.ID] == "" {
			missing = append(missing, m.Name)
		}
	}
	return r, missing, nil
}

// Metrics counts questions and answers. Labels are municipalities' IDs and
// platforms, never text or users.
type Metrics interface {
	// Asked counts a question sent to the FG.
	Asked(platform string, m flows.Municipality)
	// Answered counts an answer and how long after the question it came.
	Answered(platform string, m flows.Municipality, took time.Duration)
}

// NopMetrics discards everything.
type NopMetrics struct{}

// Asked does nothing.
func (NopMetrics) Asked(string, flows.Municipality) {}

// Answered does nothing.
func (NopMetrics) Answered(string, flows.Municipality, time.Duration) {}

// Audit actions; an entry never holds the question's text.
const (
	AuditAsked    = "fg.asked"
	AuditMailed   = "fg.mail"
	AuditAnswered = "fg.answered"
	AuditHelped   = "fg.helped"
)

// Keep is how long a question and its answer are kept after the answer
// (90 days); an unanswered question is kept as long after it was asked.
const Keep = 90 * 24 * time.Hour

// keepDraft is how long an unsent draft is kept.
const keepDraft = 24 * time.Hour

// ReminderWorkdays is after how many working days an unanswered question is
// reminded of.
const ReminderWorkdays = 2

// AddWorkdays returns t plus n working days at the same time of day in
// loc: Saturdays, Sundays and Dutch public holidays do not count.
func AddWorkdays(t time.Time, n int, loc *time.Location) time.Time {
	local := t.In(loc)
	y, m, d := local.Date()
	h, mi, s := local.Clock()
	for i := 1; ; i++ {
		day := time.Date(y, m, d+i, h, mi, s, local.Nanosecond(), loc)
		if calendar.IsWorkday(day) {
			n--
			if n == 0 {
				return day
			}
		}
	}
}

// amsterdam is the zone dates are written in.
func amsterdam() *time.Location {
	if loc, err := time.LoadLocation("Europe/Amsterdam"); err == nil {
		return loc
	}
	return time.UTC
}
