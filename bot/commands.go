package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"privacybot/flows"
	"privacybot/lang"
)

// command is one word the user can type, with or without "/privacy".
type command struct {
	run func(b *Bot, ctx context.Context, t *turn, args string) ([]Reply, error)
	// keepsPending reports whether the command leaves an awaited answer
	// open (asking "waarom?" does not cancel the question asked).
	keepsPending bool
}

// commands maps every typed command word, in Dutch and English, to its
// handler. Flow names ("stappenplan") are looked up in flows separately.
var commands = map[string]command{}

// auditSettingsChanged is the audit action of a changed setting; its
// detail names the setting ("lang", "muni", "tz", "digest").
const auditSettingsChanged = "settings.changed"

func init() {
	add := func(c command, words ...string) {
		for _, w := range words {
			commands[w] = c
		}
	}
	add(command{run: (*Bot).cmdHelp}, "help", "hulp", "?", "menu", "start", "hallo", "hoi", "hi", "hello")
	add(command{run: (*Bot).cmdTopics}, "onderwerpen", "topics")
	add(command{run: (*Bot).cmdSettings}, "instellingen", "settings", "instelling")
	add(command{run: (*Bot).cmdReminders}, "herinneringen", "reminders", "herinnering")
	add(command{run: (*Bot).cmdMyData}, "mijn-gegevens", "my-data", "mijngegevens", "mydata")
	add(command{run: (*Bot).cmdForget}, "vergeet-mij", "forget-me", "vergeetmij", "forgetme")
	add(command{run: (*Bot).cmdLabel}, "label", "casus", "case")
	add(command{run: (*Bot).cmdAskFG}, "vraag", "ask", "fg")
	add(command{run: (*Bot).cmdPractice}, "oefenen", "practice", "oefen", "oefening")
	for nl, words := range map[string][]string{
		"terug":   {"terug", "back", "vorige"},
		"opnieuw": {"opnieuw", "restart", "overnieuw"},
		"stop":    {"stop", "stoppen", "cancel", "annuleer", "quit"},
		"waarom":  {"waarom", "why"},
	} {
		add(command{run: func(b *Bot, ctx context.Context, t *turn, _ string) ([]Reply, error) {
			return b.flowControl(ctx, t, nl)
		}, keepsPending: nl == "waarom"}, words...)
	}
}

func (b *Bot) cmdHelp(_ context.Context, t *turn, _ string) ([]Reply, error) {
	return []Reply{b.help(t.lang)}, nil
}

// help lists what the bot does, with a button per flow.
func (b *Bot) help(l lang.Lang) Reply {
	var sb strings.Builder
	sb.WriteString(lang.T(
		"*privacybot* helpt je kiezen of je gegevens van een cliënt mag delen, volgens de handreiking van Diemen, Uithoorn en Ouder-Amstel.\n\n"+
			"• Stel een vraag, bijvoorbeeld: _mag ik delen met school?_ of _ouders gescheiden, wie tekent?_\n"+
			"• Loop een besluit stap voor stap door (kies hieronder of typ de naam):\n",
		"*privacybot* helps you decide whether you may share a client's data, following the guideline of Diemen, Uithoorn and Ouder-Amstel.\n\n"+
			"• Ask a question, for example: _may I share with the school?_ or _parents divorced, who signs?_\n"+
			"• Walk through a decision step by step (choose below or type its name):\n").In(l))
	r := Reply{}
	for _, f := range b.Flows.All() {
		sb.WriteString("   `" + f.ID + "` " + f.Title.In(l) + "\n")
		r.Choices = append(r.Choices, Choice{Label: f.Title.In(l), Value: "start:" + f.ID})
	}
	sb.WriteString(lang.T(
		"• `herinneringen` je open herinneringen · `instellingen` taal, gemeente, tijdzone · `onderwerpen` alle onderwerpen\n"+
			"• `oefenen` oefen met een korte casus · `vraag de FG` stel je vraag aan de FG · `overzicht uit` geen weekoverzicht meer\n"+
			"• `mijn-gegevens` wat ik over jou bewaar · `vergeet-mij` wis dat allemaal\n\n"+
			"Noem nooit de naam of andere gegevens van een cliënt. Ik bewaar geen berichten.",
		"• `reminders` your open reminders · `settings` language, municipality, time zone · `topics` all topics\n"+
			"• `practice` practise with a short case · `ask the FG` put your question to the FG · `digest off` no more weekly digest\n"+
			"• `my-data` what I keep about you · `forget-me` erase all of it\n\n"+
			"Never mention a client's name or other details. I don't keep messages.").In(l))
	r.Text = sb.String()
	return r
}

func (b *Bot) cmdTopics(_ context.Context, t *turn, _ string) ([]Reply, error) {
	topics := b.Answerer.Topics()
	sort.Slice(topics, func(i, j int) bool {
		if ki, kj := sourceKey(topics[i]), sourceKey(topics[j]); ki != kj {
			return ki < kj
		}
		return topics[i].ID < topics[j].ID
	})
	var sb strings.Builder
	sb.WriteString("*" + lang.T("Onderwerpen", "Topics").In(t.lang) + "*\n")
	for _, tp := range topics {
		src := ""
		if len(tp.Sources) > 0 {
			src = tp.Sources[0] + " "
		}
		sb.WriteString("• " + src + tp.Title.In(t.lang) + "\n")
	}
	sb.WriteString(lang.T("Stel je vraag in je eigen woorden.", "Ask your question in your own words.").In(t.lang))
	return []Reply{{Text: sb.String()}}, nil
}

// sourceKey orders topics as the guideline does: Voorwoord, Begrippenlijst,
// then the paragraphs.
func sourceKey(t *flows.Topic) string {
	if len(t.Sources) == 0 {
		return "9"
	}
	switch s := t.Sources[0]; s {
	case "Voorwoord":
		return "0"
	case "Begrippenlijst":
		return "1"
	default:
		return "2" + s
	}
}

func (b *Bot) cmdLabel(ctx context.Context, t *turn, args string) ([]Reply, error) {
	label := strings.TrimSpace(args)
	if why, ok := labelProblem(label); !ok {
		return []Reply{{Text: why.In(t.lang)}}, nil
	}
	t.conv.Case = label
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	return []Reply{{Text: lang.T("Label gezet: ", "Label set: ").In(t.lang) + label}}, nil
}

func (b *Bot) cmdReminders(ctx context.Context, t *turn, _ string) ([]Reply, error) {
	return b.FollowUps.List(ctx, t.msg.UserKey(), t.lang, t.tz)
}

// cmdSettings shows the settings, or changes one: "instellingen taal en",
// "instellingen gemeente uithoorn", "instellingen tijdzone Europe/Amsterdam",
// "instellingen overzicht uit".
func (b *Bot) cmdSettings(ctx context.Context, t *turn, args string) ([]Reply, error) {
	key, value, _ := strings.Cut(strings.TrimSpace(args), " ")
	key, value = strings.ToLower(key), strings.TrimSpace(value)
	if key == "" {
		return []Reply{b.settingsReply(t)}, nil
	}
	var field string
	switch key {
	case "taal", "language", "lang":
		field = "lang"
	case "gemeente", "municipality":
		field = "muni"
	case "tijdzone", "timezone", "tz":
		field = "tz"
	case "overzicht", "digest", "weekoverzicht":
		field = "digest"
	default:
		return []Reply{{Text: lang.T(
			"Die instelling ken ik niet. Je kunt wijzigen: `taal`, `gemeente`, `tijdzone` of `overzicht`.",
			"I don't know that setting. You can change: `language`, `municipality`, `timezone` or `digest`.").In(t.lang)}, b.settingsReply(t)}, nil
	}
	return b.setSetting(ctx, t, field, value)
}

// setSetting changes one setting and confirms it; a bad value changes nothing.
func (b *Bot) setSetting(ctx context.Context, t *turn, field, value string) ([]Reply, error) {
	s := t.settings
	switch field {
	case "lang":
		l, ok := lang.ParseLang(value)
		if !ok {
			return []Reply{{Text: lang.T("Kies `nl` of `en`.", "Choose `nl` or `en`.").In(t.lang)}}, nil
		}
		s.Lang, s.LangChosen = l, true
	case "muni":
		ms := b.Flows.Municipalities()
		m, ok := ms.Parse(value)
		if !ok {
			return []Reply{{Text: lang.T("Kies "+ms.Names("of")+".", "Choose "+ms.Names("or")+".").In(t.lang)}}, nil
		}
		s.Municipality = m
	case "tz":
		if _, err := time.LoadLocation(value); err != nil || value == "" || value == "Local" {
			return []Reply{{Text: lang.T(
				"Die tijdzone ken ik niet. Gebruik een naam zoals `Europe/Amsterdam`.",
				"I don't know that time zone. Use a name such as `Europe/Amsterdam`.").In(t.lang)}}, nil
		}
		s.TZ = value
	case "digest":
		if b.digestOrgOff() {
			return []Reply{{Text: txtDigestOrgOffLong.In(t.lang)}}, nil
		}
		switch strings.ToLower(value) {
		case "aan", "on", "ja", "yes":
			s.DigestOff = false
		case "uit", "off", "nee", "no":
			s.DigestOff = true
		default:
			return []Reply{{Text: lang.T("Kies `aan` of `uit`.", "Choose `on` or `off`.").In(t.lang)}}, nil
		}
	default:
		return []Reply{{Text: lang.T("Die knop ken ik niet.", "I don't know that button.").In(t.lang)}}, nil
	}
	b.saveSettings(t, s)
	if err := b.audit(ctx, t, auditSettingsChanged, "", "", field); err != nil {
		return nil, err
	}
	t.lang = s.Lang
	if s.TZ != "" {
		t.tz = s.TZ
	}
	if field == "digest" {
		return []Reply{{Text: b.digestSaved(s, t.tz, t.lang), Choices: b.digestChoice(s, t.lang)}}, nil
	}
	return []Reply{{Text: lang.T("Opgeslagen.", "Saved.").In(t.lang)}, b.settingsReply(t)}, nil
}

// settingsLines lists the user's settings, one bullet a line.
func (b *Bot) settingsLines(s Settings, tz string, l lang.Lang) string {
	r, _ := b.Flows.Municipalities().Get(s.Municipality)
	muni := r.Name
	if muni == "" {
		muni = lang.T("nog niet gekozen", "not chosen yet").In(l)
	}
	return fmt.Sprintf("• %s: %s\n• %s: %s\n• %s: %s\n• %s",
		lang.T("Taal", "Language").In(l), map[lang.Lang]string{lang.NL: "Nederlands", lang.EN: "English"}[s.Lang],
		lang.T("Gemeente", "Municipality").In(l), muni,
		lang.T("Tijdzone", "Time zone").In(l), tz,
		b.digestSettingLine(s, tz, l))
}

func (b *Bot) settingsReply(t *turn) Reply {
	s, l := t.settings, t.lang
	r := Reply{Text: "*" + lang.T("Instellingen", "Settings").In(l) + "*\n" + b.settingsLines(s, t.tz, l) + "\n" +
		lang.T("Wijzig met de knoppen, of typ bijvoorbeeld `instellingen tijdzone Europe/Amsterdam`.",
			"Change them with the buttons, or type for example `settings timezone Europe/Amsterdam`.").In(l)}
	r.Choices = append(r.Choices,
		Choice{Label: "Nederlands", Value: "set:lang:nl"},
		Choice{Label: "English", Value: "set:lang:en"})
	for _, m := range b.Flows.Municipalities() {
		r.Choices = append(r.Choices, Choice{Label: m.Name, Value: "set:muni:" + string(m.ID)})
	}
	r.Choices = append(r.Choices, b.digestChoice(s, l)...)
	return r
}

// MyData is everything the bot holds about one user, as `mijn-gegevens
// json` shows it.
type MyData struct {
	User         UserKey        `json:"user"`
	Settings     Settings       `json:"settings"`
	Conversation *Conversation  `json:"conversation,omitempty"`
	Reminders    []ReminderView `json:"reminders"`
	Digests      []DigestJob    `json:"digests"`
	Audit        []AuditEntry   `json:"audit"`
	// FGQuestions are the user's questions to the privacy officer.
	FGQuestions []FGQuestionView `json:"fg_questions,omitempty"`
	// Practice are the user's own results on practice cases.
	Practice []PracticeResultView `json:"practice,omitempty"`
}

func (b *Bot) myData(ctx context.Context, t *turn) (MyData, error) {
	d := MyData{User: t.msg.UserKey(), Settings: t.settings, Reminders: []ReminderView{}, Digests: []DigestJob{}}
	if t.convFound {
		c := t.conv
		d.Conversation = &c
	}
	rs, err := b.FollowUps.Views(ctx, t.msg.UserKey())
	if err != nil {
		return d, err
	}
	d.Reminders = rs
	if b.Digests != nil {
		jobs, err := b.Digests.UserDigests(ctx, t.msg.UserKey())
		if err != nil {
			return d, fmt.Errorf("read digests: %w", err)
		}
		d.Digests = append(d.Digests, jobs...)
	}
	audit, err := b.Audit.AuditTrail(ctx, t.msg.UserKey())
	if err != nil {
		return d, fmt.Errorf("read audit trail: %w", err)
	}
	d.Audit = audit
	if d.Audit == nil {
		d.Audit = []AuditEntry{}
	}
	if err := b.practiceMyData(ctx, t, &d); err != nil {
		return d, err
	}
	return d, b.fgMyData(ctx, t, &d)
}

func (b *Bot) cmdMyData(ctx context.Context, t *turn, args string) ([]Reply, error) {
	d, err := b.myData(ctx, t)
	if err != nil {
		return nil, err
	}
	l := t.lang
	loc := b.location(t.tz)
	if strings.EqualFold(strings.TrimSpace(args), "json") {
		js, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("encode my data: %w", err)
		}
		return []Reply{{Text: string(js), Copy: true}}, nil
	}
	var sb strings.Builder
	sb.WriteString("*" + lang.T("Wat ik over jou bewaar", "What I keep about you").In(l) + "*\n")
	sb.WriteString(b.settingsLines(t.settings, t.tz, l))
	sb.WriteString("\n\n*" + lang.T("Lopend gesprek", "Conversation under way").In(l) + ":* ")
	if f := b.activeFlow(t.conv); f != nil {
		sb.WriteString(f.Title.In(l))
		if step := f.Step(t.conv.Flow.Step); step != nil {
			sb.WriteString(" · " + lang.T("bij de vraag: ", "at the question: ").In(l) + TruncateRunes(step.Ask.In(l), 80))
		}
	} else {
		sb.WriteString(lang.T("geen", "none").In(l))
	}
	sb.WriteString("\n\n*" + lang.T("Herinneringen (open en afgehandeld)", "Reminders (open and handled)").In(l) + ":* " + fmt.Sprint(len(d.Reminders)))
	for _, r := range d.Reminders {
		sb.WriteString("\n• " + r.Summary(l, loc))
	}
	sb.WriteString(digestJobsText(d.Digests, l))
	if b.FG != nil {
		sb.WriteString(fgLines(d.FGQuestions, b.Flows.Municipalities(), l, loc))
	}
	if b.Practice != nil {
		sb.WriteString(practiceLines(d.Practice, l, loc))
	}
	sb.WriteString("\n\n*" + lang.T("Logboek van je besluiten", "Log of your decisions").In(l) + ":*")
	if len(d.Audit) == 0 {
		sb.WriteString(" " + lang.T("leeg", "empty").In(l))
	}
	for _, e := range d.Audit {
		sb.WriteString("\n• " + auditLine(b.Flows, e, l, loc))
	}
	sb.WriteString("\n\n" + lang.T(
		"Ik bewaar geen berichten en geen cliëntgegevens. Typ `mijn-gegevens json` voor dit overzicht als JSON, of `vergeet-mij` om alles te wissen.",
		"I keep no messages and no client data. Type `my-data json` for this overview as JSON, or `forget-me` to erase everything.").In(l))
	return []Reply{{Text: sb.String()}}, nil
}

func (b *Bot) cmdForget(ctx context.Context, t *turn, _ string) ([]Reply, error) {
	t.conv.Pending = "forget"
	if err := b.save(ctx, t); err != nil {
		return nil, err
	}
	return []Reply{{
		Text: lang.T(
			"Weet je het zeker? Ik wis dan je instellingen, je lopende gesprek, je herinneringen, je vragen aan de FG, je oefenresultaten en het logboek van je besluiten. Dat kan ik niet terugdraaien.",
			"Are you sure? I will erase your settings, your conversation, your reminders, your questions to the FG, your practice results and the log of your decisions. This cannot be undone.").In(t.lang),
		Choices: []Choice{
			{Label: lang.T("Ja, wis alles", "Yes, erase everything").In(t.lang), Value: "forget:yes"},
			{Label: lang.T("Nee, bewaar", "No, keep it").In(t.lang), Value: "forget:no"},
		},
	}}, nil
}

func (b *Bot) answerForget(ctx context.Context, t *turn, yes bool) ([]Reply, error) {
	if !yes || t.conv.Pending != "forget" {
		if t.conv.Pending == "forget" {
			t.conv.Pending = ""
			if err := b.save(ctx, t); err != nil {
				return nil, err
			}
		}
		return []Reply{{Text: lang.T("Goed, ik heb niets gewist.", "Fine, I erased nothing.").In(t.lang)}}, nil
	}
	t.forget = true
	return []Reply{{Text: lang.T(
		"Gewist. Ik bewaar niets meer over jou. Als je me weer iets vraagt, begin ik opnieuw.",
		"Erased. I keep nothing about you any more. If you ask me something again, I start afresh.").In(t.lang)}}, nil
}

// location loads a time zone, falling back to the default.
func (b *Bot) location(tz string) *time.Location {
	if loc, err := time.LoadLocation(tz); err == nil && tz != "" {
		return loc
	}
	if loc, err := time.LoadLocation(b.cfg.DefaultTZ); err == nil {
		return loc
	}
	return time.UTC
}
