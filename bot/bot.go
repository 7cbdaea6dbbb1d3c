// Package bot is privacybot's application core: it turns a user's message
// into replies by routing it to a command, a decision flow, a reminder or
// an answer from the guideline, and keeps conversations between turns. It
// defines the interfaces it needs; storage and adapters implement them.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"privacybot/bot/pii"
	"privacybot/bot/search"
	"privacybot/flows"
	"privacybot/lang"
)

// MaxInputRunes is the longest message the bot reads; the rest is cut off
// and the user is told so.
const MaxInputRunes = 2000

// Config tunes the core.
type Config struct {
	// Expiry is how long a conversation may sit idle before it expires
	// (default 24 hours).
	Expiry time.Duration
	// DefaultTZ is the time zone for users who set none (default
	// Europe/Amsterdam).
	DefaultTZ string
	// Digest is the operator's schedule of the weekly digest, a cron spec
	// read in DefaultTZ, or "off" (default DefaultDigest); the settings
	// show it.
	Digest string
}

// Deps are what the core needs from outside.
type Deps struct {
	Conversations ConversationStore
	Settings      SettingsStore
	Audit         AuditStore
	Users         UserDataStore
	FollowUps     FollowUps
	Answerer      *Answerer
	Clock         Clock
	Log           *slog.Logger
	Metrics       Metrics
	// Turns saves each turn's writes at once; when nil, New takes
	// Conversations, which must then be a TurnStore too (both stores are).
	Turns TurnStore
	// Digests, when set, lets mijn-gegevens show the weekly digest jobs.
	Digests DigestStore
	// FG, when set, lets users ask their privacy officer.
	FG FGDesk
	// Practice, when set, gives practice cases one to one.
	Practice PracticeDesk
	// Flows are the decision flows offered; nil means the embedded ones.
	Flows *flows.Set
}

// Bot is the core. It is safe for concurrent use; two messages of one user
// handled at once are serialised by the conversation's version.
type Bot struct {
	Deps
	cfg Config
}

// New builds the core. Missing Clock, Log and Metrics get defaults; a
// missing Turns is Conversations, when that is a TurnStore; without
// FollowUps no reminder is offered.
func New(d Deps, cfg Config) *Bot {
	if d.Clock == nil {
		d.Clock = time.Now
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Metrics == nil {
		d.Metrics = NopMetrics{}
	}
	if d.Flows == nil {
		d.Flows = flows.EmbeddedSet()
	}
	if cfg.Expiry <= 0 {
		cfg.Expiry = 24 * time.Hour
	}
	if cfg.DefaultTZ == "" {
		cfg.DefaultTZ = "Europe/Amsterdam"
	}
	if d.Turns == nil {
		d.Turns, _ = d.Conversations.(TurnStore)
	}
	if cfg.Digest == "" {
		cfg.Digest = DefaultDigest
	}
	if d.FollowUps == nil {
		d.FollowUps = noFollowUps{}
	}
	return &Bot{Deps: d, cfg: cfg}
}

// turn is one message being handled: the user, their settings and their
// conversation as read at the start.
type turn struct {
	msg  Message
	text string
	// cut says that the text was cut to MaxInputRunes, or is empty.
	cut lang.Text
	// settings are the user's stored settings; lang and tz are the
	// effective language and time zone, with the defaults filled in.
	settings Settings
	lang     lang.Lang
	tz       string
	conv     Conversation
	// convFound reports whether conv was stored before this turn.
	convFound bool
	// prefix holds notices shown before the replies (a warning about
	// personal data, an expired conversation, a cut message).
	prefix []Reply
	// w collects what the turn changes; convDirty and settingsDirty say
	// that conv and settings are to be saved with it. forget says that the
	// user confirmed the erase of their data.
	w             TurnWrites
	convDirty     bool
	settingsDirty bool
	forget        bool
}

// Handle answers one message. The replies are in the user's language; in a
// shared channel they are ephemeral and a consultation moves to a DM. An
// error means nothing was changed and the user may try again. What a turn
// changes (conversation, settings, reminders, audit entries) is saved in
// one transaction after the replies are worked out; when the conversation
// changed meanwhile the turn is worked out afresh, up to three times, and
// nothing of an abandoned attempt is stored.
func (b *Bot) Handle(ctx context.Context, m Message) ([]Reply, error) {
	start := b.Clock()
	var (
		replies []Reply
		kind    string
		err     error
	)
	for attempt := 0; attempt < 3; attempt++ {
		replies, kind, err = b.handle(ctx, m)
		if !errors.Is(err, ErrConflict) {
			break
		}
	}
	if err != nil {
		b.Log.ErrorContext(ctx, "handle message", "platform", m.Platform, "kind", kind, "err", err)
		return nil, err
	}
	replies = AskerOnly(m, replies)
	took := b.Clock().Sub(start)
	b.Metrics.Handled(m.Platform, kind, took)
	b.Log.DebugContext(ctx, "handled", "platform", m.Platform, "kind", kind, "replies", len(replies), "took", took)
	return replies, nil
}

func (b *Bot) handle(ctx context.Context, m Message) ([]Reply, string, error) {
	if replies, ok, err := b.replay(ctx, m); err != nil || ok {
		return replies, "replay", err
	}
	t := &turn{msg: m}
	ctx = withTurnWrites(ctx, &t.w)
	if m.Action == "" {
		text, notice, ok := cleanInput(m.Text)
		if !ok {
			l := m.Profile.Lang
			if l == "" {
				l = lang.NL
			}
			return []Reply{{Text: notice.In(l)}}, "invalid", nil
		}
		t.text, t.cut = text, notice
	}
	if err := b.loadSettings(ctx, t); err != nil {
		return nil, "", err
	}
	if t.cut != (lang.Text{}) {
		t.prefix = append(t.prefix, Reply{Text: t.cut.In(t.lang)})
	}
	if t.text != "" {
		redacted, kinds := pii.Redact(t.text, b.Flows.Municipalities().Offices()...)
		if len(kinds) > 0 {
			t.text = redacted
			t.prefix = append(t.prefix, Reply{Text: lang.T(
				"Let op: noem geen gegevens waarmee de cliënt te herkennen is. Ik heb "+pii.Describe(kinds, lang.NL)+" niet bewaard.",
				"Please don't share details that identify the client. I did not keep "+pii.Describe(kinds, lang.EN)+".").In(t.lang)})
		}
	}
	if err := b.loadConversation(ctx, t); err != nil {
		return nil, "", err
	}
	var (
		replies []Reply
		kind    string
		err     error
	)
	if m.Action != "" {
		kind = "action"
		replies, err = b.onAction(ctx, t, m.Action)
	} else {
		replies, kind, err = b.onText(ctx, t)
	}
	if err != nil {
		return nil, kind, err
	}
	replies = append(t.prefix, replies...)
	t.w.Event, t.w.Replies = m.Event, replies
	if err := b.commit(ctx, t); err != nil {
		return nil, kind, err
	}
	return replies, kind, nil
}

// cleanInput trims the message and cuts it at MaxInputRunes. ok is false
// for input the bot cannot read (not text); notice explains what happened.
func cleanInput(s string) (text string, notice lang.Text, ok bool) {
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		return "", lang.T(
			"Ik kan alleen gewone tekst lezen. Typ je vraag opnieuw, of typ `help`.",
			"I can only read plain text. Please type your question again, or type `help`."), false
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > MaxInputRunes {
		cut := []rune(s)[:MaxInputRunes]
		return string(cut), lang.T(
			fmt.Sprintf("Je bericht was langer dan %d tekens; ik heb alleen het begin gelezen.", MaxInputRunes),
			fmt.Sprintf("Your message was longer than %d characters; I only read the start.", MaxInputRunes)), true
	}
	return s, lang.Text{}, true
}

// loadSettings reads the user's settings. A user the bot has not met gets
// settings from the platform profile and the language of the first message.
func (b *Bot) loadSettings(ctx context.Context, t *turn) error {
	s, ok, err := b.Settings.Settings(ctx, t.msg.UserKey())
	if err != nil {
		return fmt.Errorf("read settings: %w", err)
	}
	if !ok {
		s = Settings{UserKey: t.msg.UserKey(), Lang: t.msg.Profile.Lang}
		if s.Lang == "" && wordCount(t.text) >= 3 {
			s.Lang = search.DetectLang(t.text)
		}
		if s.Lang == "" {
			s.Lang = lang.NL
		}
		s.UpdatedAt = b.Clock()
		t.settingsDirty = true
	}
	t.settings, t.lang, t.tz = s, s.Lang, s.TZ
	if t.tz == "" {
		t.tz = t.msg.Profile.TZ
	}
	if t.tz == "" {
		t.tz = b.cfg.DefaultTZ
	}
	return nil
}

// loadConversation reads the private conversation of the user. A
// conversation idle for longer than the expiry is ended with a notice.
func (b *Bot) loadConversation(ctx context.Context, t *turn) error {
	addr := t.msg.Address
	addr.Channel = DM
	c, ok, err := b.Conversations.Conversation(ctx, addr)
	if err != nil {
		return fmt.Errorf("read conversation: %w", err)
	}
	if !ok {
		c = Conversation{Address: addr}
	}
	t.conv, t.convFound = c, ok
	if ok && !b.Flows.Known(c.Flow) {
		t.prefix = append(t.prefix, Reply{Text: lang.T(
			"De vragen zijn veranderd sinds je begon, dus ik ben opnieuw begonnen. Start de vragen gerust nog een keer.",
			"The questions have changed since you started, so I started afresh. Feel free to start the questions again.").In(t.lang)})
		t.conv.Flow, t.conv.Pending = nil, ""
		return b.save(ctx, t)
	}
	if ok && b.Clock().Sub(c.UpdatedAt) > b.cfg.Expiry && (b.activeFlow(c) != nil || c.Pending != "") {
		if f := b.activeFlow(c); f != nil {
			b.Metrics.FlowEvent(f.ID, "expired")
			t.prefix = append(t.prefix, Reply{Text: lang.T(
				"Je vorige gesprek ("+f.Title.NL+") is afgesloten omdat het langer dan "+hours(b.cfg.Expiry)+" stil was. Begin gerust opnieuw met `"+f.ID+"`.",
				"Your previous conversation ("+f.Title.EN+") was closed because it was idle for more than "+hours(b.cfg.Expiry)+". Feel free to start again with `"+f.ID+"`.").In(t.lang)})
		}
		t.conv.Flow, t.conv.Pending = nil, ""
		if err := b.save(ctx, t); err != nil {
			return err
		}
	}
	return nil
}

func hours(d time.Duration) string {
	if d >= time.Hour && d%time.Hour == 0 {
		return fmt.Sprintf("%d uur", int(d/time.Hour))
	}
	return d.String()
}

// save marks the turn's conversation to be stored when the turn commits.
// It never fails; its error result keeps the callers' shape.
func (b *Bot) save(_ context.Context, t *turn) error {
	t.conv.UpdatedAt = b.Clock()
	t.convDirty, t.convFound = true, true
	return nil
}

// audit adds an entry to the turn's writes; it is stored when the turn
// commits, with the rest of the turn.
func (b *Bot) audit(_ context.Context, t *turn, action, flow, outcome, detail string) error {
	t.w.Audit = append(t.w.Audit, AuditEntry{UserKey: t.msg.UserKey(), At: b.Clock(), Action: action, Flow: flow, Outcome: outcome, Detail: detail})
	return nil
}

// saveSettings marks the turn's settings, now s, to be stored when the
// turn commits.
func (b *Bot) saveSettings(t *turn, s Settings) {
	s.UpdatedAt = b.Clock()
	t.settings, t.settingsDirty = s, true
}

// activeFlow returns the flow under way in c, or nil.
func (b *Bot) activeFlow(c Conversation) *flows.Flow {
	if c.Flow == nil || c.Flow.Outcome != "" || c.Flow.Step == "" {
		return nil
	}
	return b.Flows.WithID(c.Flow.Flow)
}

// onText handles typed text: an answer the bot waits for, a command, an
// answer to the flow under way, or a question.
func (b *Bot) onText(ctx context.Context, t *turn) ([]Reply, string, error) {
	if t.text == "" {
		return []Reply{b.help(t.lang)}, "command", nil
	}
	if t.msg.Direct && b.FollowUps.Stops(t.conv.Pending, t.text) {
		// "stop" where a reminder asks something ends that question.
		r, err := b.onPending(ctx, t)
		return r, "answer", err
	}
	cmd, args := splitCommand(t.text)
	if c, ok := commands[cmd]; ok {
		if t.conv.Pending != "" && !c.keepsPending {
			t.conv.Pending = ""
			if err := b.save(ctx, t); err != nil {
				return nil, "command", err
			}
		}
		r, err := c.run(b, ctx, t, args)
		return r, "command", err
	}
	if f := b.Flows.ByID(cmd); f != nil && !b.answersStepUnderWay(t, f) {
		// A flow's name alone starts it, and so does its name with an
		// answer to its first question ("stappenplan school"); other
		// words make it a question ("gezag na een scheiding?").
		if presets := presetsFromWords(f, args); args == "" || len(presets) > 0 {
			r, err := b.startFlow(ctx, t, f, presets)
			return r, "command", err
		}
	}
	if t.msg.Direct && t.conv.Pending != "" {
		r, err := b.onPending(ctx, t)
		return r, "answer", err
	}
	if t.msg.Direct {
		if f := b.activeFlow(t.conv); f != nil {
			r, err := b.answerStep(ctx, t, f, t.text)
			return r, "answer", err
		}
	}
	if isNumber(t.text) {
		return []Reply{{Text: lang.T(
			"Er staat nu geen keuze open waar dit nummer bij hoort. Typ je vraag, of `help`.",
			"There is no open choice for this number. Type your question, or `help`.").In(t.lang)}}, "answer", nil
	}
	r, err := b.onQuestion(ctx, t)
	return r, "question", err
}

// isNumber reports whether s is only digits: an answer to a choice, not a
// question.
func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// splitCommand returns the first word (lower case, without a "/privacy"
// prefix or a trailing "?") and the rest.
func splitCommand(text string) (cmd, args string) {
	text = strings.TrimSpace(text)
	if rest, ok := strings.CutPrefix(strings.ToLower(text), "/privacy"); ok && (rest == "" || rest[0] == ' ') {
		text = strings.TrimSpace(text[len("/privacy"):])
	}
	word, rest, _ := strings.Cut(text, " ")
	word = strings.TrimRight(strings.ToLower(word), "?!.")
	if word == "" && strings.HasPrefix(text, "?") {
		word = "?"
	}
	return word, strings.TrimSpace(rest)
}

// onQuestion answers a question from the guideline.
func (b *Bot) onQuestion(ctx context.Context, t *turn) ([]Reply, error) {
	a := b.Answerer.Ask(t.text, answerLang(t), t.settings.Municipality)
	l := a.Lang
	if a.Talk != "" {
		r := Reply{Text: a.Answer}
		if a.Talk != "thanks" && a.Talk != "vote" {
			r = b.help(l)
			r.Text = a.Answer + "\n\n" + r.Text
		}
		return []Reply{r}, nil
	}
	b.Metrics.Answered(a.Topic)
	r := Reply{Text: a.Answer}
	switch {
	case a.Suggest:
		for _, alt := range a.Alternatives {
			r.Choices = append(r.Choices, Choice{Label: alt.Title, Value: "topic:" + alt.Topic})
		}
	case a.Topic != "":
		if a.Flow != "" {
			if f := b.Flows.ByID(strings.Fields(a.Flow)[0]); f != nil {
				r.Choices = append(r.Choices, Choice{Label: walkLabel(f, l), Value: "start:" + a.Flow})
			}
		}
		for _, alt := range a.Alternatives {
			r.Controls = append(r.Controls, Choice{Label: lang.T("Bedoel je ook: ", "Do you also mean: ").In(l) + alt.Title, Value: "topic:" + alt.Topic})
		}
		r.Controls = append(r.Controls, feedbackControls(a.Topic, l)...)
	}
	b.offerFG(t, a, &r)
	return []Reply{r}, nil
}

// walkLabel is the button that starts a flow under an answer.
func walkLabel(f *flows.Flow, l lang.Lang) string {
	if f.ID == "stappenplan" {
		return lang.T("Loop het stappenplan door", "Walk through the step-by-step plan").In(l)
	}
	return lang.T("Loop de vragen door: ", "Walk through the questions: ").In(l) + f.Title.In(l)
}

func wordCount(s string) int { return len(strings.Fields(s)) }
