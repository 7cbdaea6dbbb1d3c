package fg

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"privacybot/bot"
	"privacybot/bot/pii"
	"privacybot/flows"
	"privacybot/lang"
)

// Config tunes the service.
type Config struct {
	// Routes name the FG channels per platform. A platform without routes
	// (the terminal) gets the question as a mail text.
	Routes map[string]Routes
	// TZ is the zone working days are counted in (Europe/Amsterdam).
	TZ string
	// FGLang is the language of the posts in the FG channel (nl).
	FGLang lang.Lang
}

// Deps are what the service needs from outside.
type Deps struct {
	Store Store
	Audit bot.AuditStore
	// Settings, when set, remembers the municipality a user chose for a
	// question, if they had none.
	Settings bot.SettingsStore
	// Notifiers send the answer to the asker, per platform.
	Notifiers map[string]bot.Notifier
	// Channels post in the FG channels, per platform.
	Channels map[string]Channel
	Answerer *bot.Answerer
	// Municipalities are the municipality records the desk names and
	// mails (default: the answerer's, else the built-in ones).
	Municipalities flows.MunicipalityRecords
	Clock          bot.Clock
	Log            *slog.Logger
	Metrics        Metrics
}

// Service is the FG desk. It is safe for concurrent use.
type Service struct {
	Deps
	cfg Config
	loc *time.Location
}

var _ bot.FGDesk = (*Service)(nil)

// New builds the service; missing Clock, Log and Metrics get defaults.
func New(d Deps, cfg Config) *Service {
	if d.Clock == nil {
		d.Clock = time.Now
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Metrics == nil {
		d.Metrics = NopMetrics{}
	}
	if d.Municipalities == nil && d.Answerer != nil {
		d.Municipalities = d.Answerer.Municipalities()
	}
	if d.Municipalities == nil {
		d.Municipalities = flows.EmbeddedMunicipalities()
	}
	if cfg.FGLang == "" {
		cfg.FGLang = lang.NL
	}
	loc, err := time.LoadLocation(cfg.TZ)
	if err != nil || cfg.TZ == "" {
		loc, err = time.LoadLocation("Europe/Amsterdam")
		if err != nil {
			loc = time.UTC
		}
	}
	return &Service{Deps: d, cfg: cfg, loc: loc}
}

// maxQuestionRunes bounds a question's text.
const maxQuestionRunes = 2000

// clean trims text, cuts it at maxQuestionRunes and removes what looks like
// personal data, keeping the privacy officers' addresses; kinds names what
// was removed.
func (s *Service) clean(text string) (string, []pii.Kind) {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) > maxQuestionRunes {
		text = string([]rune(text)[:maxQuestionRunes])
	}
	return pii.Redact(text, s.municipalities().Offices()...)
}

// Ask starts a question: with text, it keeps a draft and shows it as the
// FG will get it; without, it asks for the text.
func (s *Service) Ask(ctx context.Context, r bot.FGRequest) ([]bot.Reply, string, error) {
	text, _ := s.clean(r.Text)
	if text == "" {
		return []bot.Reply{{Text: txtTypeQuestion.In(r.Lang)}}, "fg:type", nil
	}
	q := Question{Asker: r.User, Lang: r.Lang, Municipality: r.Municipality, Topic: r.Topic, Text: text, State: Draft}
	if q.Topic == "" || s.Answerer != nil && s.Answerer.Topic(q.Topic) == nil {
		q.Topic = s.closestTopic(text, r.Lang, r.Municipality)
	}
	if err := s.Store.CreateFGQuestion(ctx, &q); err != nil {
		return nil, "", fmt.Errorf("keep question draft: %w", err)
	}
	return []bot.Reply{s.preview(q, r.Lang)}, draftPending(q), nil
}

// rememberMunicipality stores m as the user's municipality when they had
// none, and says so.
func (s *Service) rememberMunicipality(ctx context.Context, u bot.UserKey, m flows.Municipality, lang lang.Lang) ([]bot.Reply, error) {
	if s.Settings == nil {
		return nil, nil
	}
	set, ok, err := s.Settings.Settings(ctx, u)
	if err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	if ok && set.Municipality != "" {
		return nil, nil
	}
	if !ok {
		set = bot.Settings{UserKey: u, Lang: lang}
	}
	set.Municipality, set.UpdatedAt = m, s.Clock()
	if err := s.Settings.SaveSettings(ctx, set); err != nil {
		return nil, fmt.Errorf("save settings: %w", err)
	}
	return []bot.Reply{{Text: sprintf(txtRemembered, lang, s.municipality(m).Name)}}, nil
}

// closestTopic is the topic the bot would answer text with, or the first
// it suggests; "" when none.
func (s *Service) closestTopic(text string, lang lang.Lang, m flows.Municipality) string {
	if s.Answerer == nil {
		return ""
	}
	a := s.Answerer.Ask(placeholders.ReplaceAllString(text, " "), lang, m)
	if a.Topic != "" {
		return a.Topic
	}
	if len(a.Alternatives) > 0 {
		return a.Alternatives[0].Topic
	}
	return ""
}

// topicTitle is the title of topic in lang, or "".
func (s *Service) topicTitle(topic string, lang lang.Lang) string {
	if s.Answerer == nil || topic == "" {
		return ""
	}
	if t := s.Answerer.Topic(topic); t != nil {
		return t.Title.In(lang)
	}
	return ""
}

// quote marks text as quoted, line by line, in a way every platform
// shows as it is.
func quote(text string) string {
	return "» " + strings.ReplaceAll(strings.TrimSpace(text), "\n", "\n» ")
}

func sprintf(t lang.Text, lang lang.Lang, args ...any) string {
	return fmt.Sprintf(t.In(lang), args...)
}

func idOf(q Question) string { return strconv.FormatInt(q.ID, 10) }

// preview shows the draft as the FG will get it, with the choices.
func (s *Service) preview(q Question, lang lang.Lang) bot.Reply {
	var sb strings.Builder
	if q.Municipality != "" {
		sb.WriteString("*" + sprintf(txtPreviewTitle, lang, s.municipality(q.Municipality).Name) + "*\n\n")
	} else {
		sb.WriteString("*" + txtPreviewNoMun.In(lang) + "*\n\n")
	}
	sb.WriteString(quote(q.Text) + "\n\n")
	if title := s.topicTitle(q.Topic, lang); title != "" {
		sb.WriteString(sprintf(txtClosest, lang, title) + "\n\n")
	}
	id := idOf(q)
	r := bot.Reply{Controls: []bot.Choice{
		{Label: txtBtnRetype.In(lang), Value: "fg:retype:" + id},
		{Label: txtBtnCancel.In(lang), Value: "fg:cancel:" + id},
	}}
	switch {
	case q.Municipality == "":
		sb.WriteString(txtChooseMun.In(lang))
		for _, m := range s.municipalities() {
			r.Choices = append(r.Choices, bot.Choice{Label: m.Name, Value: "fg:muni:" + id + ":" + string(m.ID)})
		}
	case s.channelFor(q) == "":
		sb.WriteString(sprintf(txtCheckMail, lang, s.municipality(q.Municipality).PrivacyOfficer))
		r.Choices = []bot.Choice{{Label: txtBtnMail.In(lang), Value: "fg:send:" + id}}
	default:
		sb.WriteString(txtCheck.In(lang))
		r.Choices = []bot.Choice{
			{Label: txtBtnNamed.In(lang), Value: "fg:named:" + id},
			{Label: txtBtnAnon.In(lang), Value: "fg:anon:" + id},
		}
	}
	r.Text = sb.String()
	return r
}

// channelFor is the FG channel q goes to, or "" when its platform has
// none (the question then becomes a mail).
func (s *Service) channelFor(q Question) string {
	if s.Channels[q.Asker.Platform] == nil {
		return ""
	}
	return s.cfg.Routes[q.Asker.Platform].For(q.Municipality)
}

// confirm asks to send the draft as chosen.
func (s *Service) confirm(q Question, lang lang.Lang) bot.Reply {
	t := txtConfirmNam
	if q.Anonymous {
		t = txtConfirmAno
	}
	id := idOf(q)
	return bot.Reply{
		Text:    sprintf(t, lang, s.municipality(q.Municipality).Name),
		Choices: []bot.Choice{{Label: txtBtnSend.In(lang), Value: "fg:send:" + id}},
		Controls: []bot.Choice{
			{Label: txtBtnRetype.In(lang), Value: "fg:retype:" + id},
			{Label: txtBtnCancel.In(lang), Value: "fg:cancel:" + id},
		},
	}
}

// own returns the question id names if it is r.User's, in state want.
func (s *Service) own(ctx context.Context, r bot.FGRequest, id string, want State) (Question, bool, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return Question{}, false, nil
	}
	q, ok, err := s.Store.FGQuestion(ctx, n)
	if err != nil {
		return Question{}, false, fmt.Errorf("read question to the FG: %w", err)
	}
	if !ok || q.Asker != r.User || q.State != want {
		return Question{}, false, nil
	}
	return q, true, nil
}

func stale(lang lang.Lang) []bot.Reply { return []bot.Reply{{Text: txtStale.In(lang)}} }

// Action handles the asker's buttons: fg:muni, named, anon, retype,
// cancel, send, helped and follow, each with the question's ID. A button of
// another user's question, or of a question in another state, is stale.
func (s *Service) Action(ctx context.Context, r bot.FGRequest, payload string) ([]bot.Reply, string, error) {
	verb, rest, _ := strings.Cut(payload, ":")
	id, arg, _ := strings.Cut(rest, ":")
	want := Draft
	if verb == "helped" || verb == "follow" {
		want = Answered
	}
	q, ok, err := s.own(ctx, r, id, want)
	if err != nil || !ok {
		return stale(r.Lang), "", err
	}
	lang := r.Lang
	switch verb {
	case "muni":
		m, ok := s.municipalities().Parse(arg)
		if !ok {
			return stale(lang), "", nil
		}
		q.Municipality = m
		if err := s.save(ctx, &q); err != nil {
			return nil, "", err
		}
		replies, err := s.rememberMunicipality(ctx, r.User, m, lang)
		if err != nil {
			return nil, "", err
		}
		return append(replies, s.preview(q, lang)), draftPending(q), nil
	case "named", "anon":
		if q.Municipality == "" {
			return []bot.Reply{s.preview(q, lang)}, draftPending(q), nil
		}
		q.Anonymous = verb == "anon"
		if err := s.save(ctx, &q); err != nil {
			return nil, "", err
		}
		return []bot.Reply{s.confirm(q, lang)}, draftPending(q), nil
	case "retype":
		return []bot.Reply{{Text: txtRetype.In(lang)}}, "fg:retype:" + id, nil
	case "cancel":
		if err := s.Store.DeleteFGQuestion(ctx, q.ID); err != nil {
			return nil, "", fmt.Errorf("erase question draft: %w", err)
		}
		return []bot.Reply{{Text: txtCancelled.In(lang)}}, "", nil
	case "send":
		if q.Municipality == "" {
			return []bot.Reply{s.preview(q, lang)}, draftPending(q), nil
		}
		rs, err := s.send(ctx, q, lang)
		return rs, "", err
	case "helped":
		q.Helped = true
		if err := s.save(ctx, &q); err != nil {
			return nil, "", err
		}
		if err := s.audit(ctx, q, AuditHelped, ""); err != nil {
			return nil, "", err
		}
		return []bot.Reply{{Text: txtHelped.In(lang)}}, "", nil
	case "follow":
		return []bot.Reply{{Text: txtFollow.In(lang)}}, "fg:follow:" + id, nil
	}
	return stale(lang), "", nil
}

// draftPending is what the core waits for while q is shown: the typed
// words of its buttons, for a terminal that shows them as words.
func draftPending(q Question) string { return "fg:draft:" + idOf(q) }

// draftWords maps the typed label of a draft's button to its action.
var draftWords = map[string]string{
	"anders formuleren": "retype", "rephrase": "retype",
	"niet versturen": "cancel", "don't send": "cancel", "dont send": "cancel",
	"met mijn naam": "named", "with my name": "named",
	"anoniem": "anon", "anonymously": "anon", "anonymous": "anon",
	"versturen": "send", "send": "send", "maak de mail": "send", "write the mail": "send",
}

// Text handles what the user typed when the service asked for it: the
// question, the question again, a follow-up, or a draft's button typed as
// words. Other text while a draft is shown gives no replies: the core
// then reads it as it would without the draft.
func (s *Service) Text(ctx context.Context, r bot.FGRequest, pending string) ([]bot.Reply, string, error) {
	kind, id, _ := strings.Cut(strings.TrimPrefix(pending, "fg:"), ":")
	switch kind {
	case "draft":
		verb, ok := draftWords[strings.Trim(strings.ToLower(strings.TrimSpace(r.Text)), ".!")]
		if !ok {
			return nil, "", nil
		}
		return s.Action(ctx, r, verb+":"+id)
	case "type":
		return s.Ask(ctx, r)
	case "retype":
		q, ok, err := s.own(ctx, r, id, Draft)
		if err != nil || !ok {
			return stale(r.Lang), "", err
		}
		text, _ := s.clean(r.Text)
		if text == "" {
			return []bot.Reply{{Text: txtRetype.In(r.Lang)}}, pending, nil
		}
		q.Text, q.Topic = text, s.closestTopic(text, r.Lang, q.Municipality)
		if err := s.save(ctx, &q); err != nil {
			return nil, "", err
		}
		return []bot.Reply{s.preview(q, r.Lang)}, draftPending(q), nil
	case "follow":
		parent, ok, err := s.own(ctx, r, id, Answered)
		if err != nil || !ok {
			return stale(r.Lang), "", err
		}
		text, _ := s.clean(r.Text)
		if text == "" {
			return []bot.Reply{{Text: txtFollow.In(r.Lang)}}, pending, nil
		}
		q := Question{Asker: r.User, Lang: r.Lang, Municipality: parent.Municipality, Topic: parent.Topic,
			Text: text, State: Draft, Parent: parent.ID}
		if err := s.Store.CreateFGQuestion(ctx, &q); err != nil {
			return nil, "", fmt.Errorf("keep follow-up draft: %w", err)
		}
		return []bot.Reply{s.preview(q, r.Lang)}, draftPending(q), nil
	}
	return stale(r.Lang), "", nil
}

// send posts the confirmed draft in the FG channel, or, where the platform
// has none, writes it as a mail and erases the draft.
func (s *Service) send(ctx context.Context, q Question, lang lang.Lang) ([]bot.Reply, error) {
	platform := q.Asker.Platform
	channel := s.channelFor(q)
	root := ""
	if q.Parent != 0 {
		parent, ok, err := s.Store.FGQuestion(ctx, q.Parent)
		if err != nil {
			return nil, fmt.Errorf("read question followed up: %w", err)
		}
		if ok && parent.Channel != "" {
			channel, root = parent.Channel, parent.Post
		}
	}
	port := s.Channels[platform]
	if channel == "" || port == nil {
		return s.mail(ctx, q, lang)
	}
	post, err := port.PostFG(ctx, channel, root, s.channelPost(ctx, q, port))
	if err != nil {
		s.Log.WarnContext(ctx, "question not posted in the FG channel", "platform", platform, "err", err)
		return []bot.Reply{{Text: txtSendFailed.In(lang)}, s.confirm(q, lang)}, nil
	}
	if root == "" {
		root = post
	}
	q.State, q.AskedAt, q.Channel, q.Post = Open, s.Clock().UTC(), channel, root
	if err := s.save(ctx, &q); err != nil {
		return nil, err
	}
	detail := "named"
	if q.Anonymous {
		detail = "anonymous"
	}
	if err := s.audit(ctx, q, AuditAsked, detail); err != nil {
		return nil, err
	}
	s.Metrics.Asked(platform, q.Municipality)
	s.Log.InfoContext(ctx, "question sent to the FG", "platform", platform, "municipality", string(q.Municipality))
	return []bot.Reply{{Text: sprintf(txtSent, lang, s.municipality(q.Municipality).Name)}}, nil
}

// mail writes the question as a mail to the municipality's FG.
func (s *Service) mail(ctx context.Context, q Question, l lang.Lang) ([]bot.Reply, error) {
	if err := s.Store.DeleteFGQuestion(ctx, q.ID); err != nil {
		return nil, fmt.Errorf("erase question draft: %w", err)
	}
	if err := s.audit(ctx, q, AuditMailed, ""); err != nil {
		return nil, err
	}
	addr := s.municipality(q.Municipality).PrivacyOfficer
	var sb strings.Builder
	sb.WriteString(lang.T("Aan: ", "To: ").In(l) + addr + "\n")
	sb.WriteString(txtMailSubject.In(l) + "\n\n")
	sb.WriteString(txtMailHello.In(l) + "\n\n")
	sb.WriteString(q.Text + "\n\n")
	sb.WriteString(txtMailBye.In(l) + "\n")
	return []bot.Reply{
		{Text: sprintf(txtMail, l, addr)},
		{Text: sb.String(), Copy: true},
	}, nil
}

// channelPost is the question as the FG channel gets it.
func (s *Service) channelPost(ctx context.Context, q Question, port Channel) bot.Reply {
	lang := s.cfg.FGLang
	title := fgPostTitle
	if q.Parent != 0 {
		title = fgFollowTitle
	}
	var sb strings.Builder
	sb.WriteString("*" + sprintf(title, lang, s.municipality(q.Municipality).Name) + "*\n")
	if t := s.topicTitle(q.Topic, lang); t != "" {
		sb.WriteString(sprintf(txtClosest, lang, t) + "\n")
	}
	if q.Anonymous {
		sb.WriteString(fgAnonymous.In(lang) + "\n")
	} else {
		sb.WriteString(sprintf(fgFrom, lang, port.Mention(ctx, q.Asker.User)) + "\n")
	}
	sb.WriteString("\n" + quote(q.Text) + "\n\n" + fgHowToAnswer.In(lang))
	return bot.Reply{Text: sb.String(), Choices: []bot.Choice{{Label: fgBtnAnswer.In(lang), Value: AnswerAction + idOf(q)}}}
}

// save stores q under its version.
func (s *Service) save(ctx context.Context, q *Question) error {
	if err := s.Store.SaveFGQuestion(ctx, q); err != nil {
		return fmt.Errorf("save question to the FG: %w", err)
	}
	return nil
}

// audit records, on the asker's trail, that something happened to q;
// never its text.
func (s *Service) audit(ctx context.Context, q Question, action, detail string) error {
	if s.Audit == nil {
		return nil
	}
	e := bot.AuditEntry{UserKey: q.Asker, At: s.Clock().UTC(), Action: action, Detail: detail}
	if err := s.Audit.AppendAudit(ctx, e); err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

// Questions lists the user's questions, oldest first.
func (s *Service) Questions(ctx context.Context, u bot.UserKey) ([]bot.FGQuestionView, error) {
	qs, err := s.Store.FGQuestionsOf(ctx, u)
	if err != nil {
		return nil, fmt.Errorf("read questions to the FG: %w", err)
	}
	out := make([]bot.FGQuestionView, 0, len(qs))
	for _, q := range qs {
		out = append(out, bot.FGQuestionView{ID: q.ID, State: string(q.State), Municipality: q.Municipality, Anonymous: q.Anonymous,
			Question: q.Text, Answer: q.Answer, AskedAt: q.AskedAt, AnsweredAt: q.AnsweredAt})
	}
	return out, nil
}

// Forget erases the user's questions.
func (s *Service) Forget(ctx context.Context, u bot.UserKey) error {
	if err := s.Store.ForgetFGAsker(ctx, u); err != nil {
		return fmt.Errorf("erase questions to the FG: %w", err)
	}
	return nil
}

// errNoChannel is a platform without an FG channel port.
var errNoChannel = errors.New("no FG channel on this platform")

// municipalities are the municipality records the desk reads.
func (s *Service) municipalities() flows.MunicipalityRecords { return s.Municipalities }

// municipality returns m's record, or an empty one.
func (s *Service) municipality(m flows.Municipality) flows.MunicipalityRecord {
	r, _ := s.municipalities().Get(m)
	return r
}
