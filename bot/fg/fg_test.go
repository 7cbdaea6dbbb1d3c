package fg_test

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/flows"
	"privacybot/lang"
	"privacybot/storage/sqlite"
)

func TestParseRoutes(t *testing.T) {
	tests := []struct {
		in      string
		all     string
		by      map[flows.Municipality]string
		missing []string
		err     bool
	}{
		{in: ""},
		{in: "C0FG", all: "C0FG"},
		{in: " C0FG ", all: "C0FG"},
		{in: "diemen=C1,uithoorn=C2,ouder-amstel=C3", by: map[flows.Municipality]string{flows.Diemen: "C1", flows.Uithoorn: "C2", flows.OuderAmstel: "C3"}},
		{in: "Diemen=C1, Ouder Amstel=C3", by: map[flows.Municipality]string{flows.Diemen: "C1", flows.OuderAmstel: "C3"}, missing: []string{"Uithoorn"}},
		{in: "amsterdam=C1", err: true},
		{in: "diemen=", err: true},
		{in: "C1,C2", err: true},
		{in: "C1 C2", err: true},
	}
	for _, tc := range tests {
		r, missing, err := fg.ParseRoutes(tc.in, flows.EmbeddedMunicipalities())
		if (err != nil) != tc.err {
			t.Errorf("ParseRoutes(%q) error %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if tc.err {
			continue
		}
		if r.All != tc.all || len(r.By) != len(tc.by) || strings.Join(missing, ",") != strings.Join(tc.missing, ",") {
			t.Errorf("ParseRoutes(%q) = %+v missing %v; want all %q by %v missing %v", tc.in, r, missing, tc.all, tc.by, tc.missing)
		}
		for m, c := range tc.by {
			if r.For(m) != c {
				t.Errorf("ParseRoutes(%q).For(%s) = %q, want %q", tc.in, m, r.For(m), c)
			}
		}
	}
	if got := (fg.Routes{All: "CALL", By: map[flows.Municipality]string{flows.Diemen: "CD"}}).For(flows.Uithoorn); got != "CALL" {
		t.Errorf("For falls back to %q, want CALL", got)
	}
}

func TestAddWorkdays(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, ams) }
	tests := []struct {
		name     string
		from, to time.Time
	}{
		{"Tuesday to Thursday", at(2026, 12, 1, 11), at(2026, 12, 3, 11)},
		{"Friday to Tuesday", at(2026, 12, 4, 16), at(2026, 12, 8, 16)},
		{"Saturday to Tuesday", at(2026, 12, 5, 10), at(2026, 12, 8, 10)},
		{"over Easter Monday", at(2026, 4, 2, 9), at(2026, 4, 7, 9)},
		{"over Christmas", at(2026, 12, 23, 14), at(2026, 12, 28, 14)},
		{"over King's Day", at(2026, 4, 24, 9), at(2026, 4, 29, 9)},
	}
	for _, tc := range tests {
		if got := fg.AddWorkdays(tc.from.UTC(), 2, ams); !got.Equal(tc.to) {
			t.Errorf("%s: AddWorkdays(%v, 2) = %v, want %v", tc.name, tc.from, got, tc.to)
		}
	}
}

func TestTopicFilePassesTheContentCheck(t *testing.T) {
	answered := time.Date(2026, 12, 3, 23, 30, 0, 0, time.UTC) // 4 December in Amsterdam
	closest := flows.EmbeddedTopics()[0]
	tests := []struct {
		name     string
		q        fg.Question
		closest  *flows.Topic
		wantDate string
	}{
		{"plain", fg.Question{ID: 7, Text: "mag ik delen met school?", Answer: "Ja, met toestemming (§1.3).", Municipality: flows.Diemen, AnsweredAt: answered}, &closest, "2026-12-04"},
		{"markdown in the answer", fg.Question{ID: 8, Text: "## kop: met *sterren* en [telefoon]", Answer: "## Kop\n---\nTekst\n\n# nog een kop\n- punt", Municipality: flows.Uithoorn, AnsweredAt: answered}, nil, "2026-12-04"},
		{"long question", fg.Question{ID: 9, Text: strings.Repeat("heel lange vraag ", 30), Answer: "Kort antwoord.", Municipality: flows.OuderAmstel, AnsweredAt: answered}, nil, "2026-12-04"},
	}
	for _, tc := range tests {
		name, file := fg.TopicFile(tc.q, flows.EmbeddedMunicipalities().Name(tc.q.Municipality), tc.closest)
		fsys := fstest.MapFS{name: {Data: []byte(file)}}
		if ps := flows.CheckTopics(fsys); len(ps) > 0 {
			t.Errorf("%s: content check: %v\n%s", tc.name, ps, file)
			continue
		}
		topics, err := flows.LoadTopics(fsys)
		if err != nil || len(topics) != 1 {
			t.Fatalf("%s: load: %v", tc.name, err)
		}
		tp := topics[0]
		if tp.ValidAsOf != tc.wantDate || tp.Sources[0] != "Voorwoord" || !strings.Contains(tp.Short.NL+tp.Details.NL, strings.Fields(tc.q.Answer)[len(strings.Fields(tc.q.Answer))-1]) {
			t.Errorf("%s: topic %+v", tc.name, tp)
		}
		if tc.closest != nil && strings.Join(tp.Laws, ",") != strings.Join(tc.closest.Laws, ",") {
			t.Errorf("%s: laws %v, want the closest topic's %v", tc.name, tp.Laws, tc.closest.Laws)
		}
	}
}

// fakeChannel records posts in FG channels; members are per channel.
type fakeChannel struct {
	mu      sync.Mutex
	posts   []string
	members map[string][]string
	fail    error
}

func (c *fakeChannel) PostFG(_ context.Context, channel, root string, r bot.Reply) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fail != nil {
		return "", c.fail
	}
	c.posts = append(c.posts, channel+"|"+root+"|"+r.Text)
	return "P" + string(rune('0'+len(c.posts))), nil
}

func (c *fakeChannel) IsMember(_ context.Context, channel, user string) (bool, error) {
	for _, m := range c.members[channel] {
		if m == user {
			return true, nil
		}
	}
	return false, nil
}

func (c *fakeChannel) Mention(_ context.Context, user string) string { return "@" + user }

// fakeNotifier records DMs; fail makes them fail.
type fakeNotifier struct {
	mu   sync.Mutex
	sent []bot.Address
	fail bool
}

func (n *fakeNotifier) Notify(_ context.Context, to bot.Address, _ bot.Reply) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.fail {
		return errors.New("down")
	}
	n.sent = append(n.sent, to)
	return nil
}

type rig struct {
	svc   *fg.Service
	store *sqlite.DB
	ch    *fakeChannel
	dm    *fakeNotifier
	now   time.Time
}

var (
	alice = bot.UserKey{Platform: bot.Slack, User: "UALICE"}
	bob   = bot.UserKey{Platform: bot.Slack, User: "UBOB"}
)

func newRig(t *testing.T) *rig {
	t.Helper()
	r := &rig{ch: &fakeChannel{members: map[string][]string{"CFG": {"UFG"}}}, dm: &fakeNotifier{}, now: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	store, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "t.db"), func() time.Time { return r.now })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	r.store = store
	r.svc = fg.New(fg.Deps{Store: store, Audit: store, Clock: func() time.Time { return r.now },
		Notifiers: map[string]bot.Notifier{bot.Slack: r.dm}, Channels: map[string]fg.Channel{bot.Slack: r.ch}},
		fg.Config{Routes: map[string]fg.Routes{bot.Slack: {All: "CFG"}}})
	return r
}

// sent asks a question as alice and sends it anonymously; it returns its ID.
func (r *rig) sent(t *testing.T, text string) int64 {
	t.Helper()
	ctx := t.Context()
	req := bot.FGRequest{User: alice, Lang: lang.NL, Municipality: flows.Diemen, Text: text}
	if _, _, err := r.svc.Ask(ctx, req); err != nil {
		t.Fatal(err)
	}
	qs, _ := r.store.FGQuestionsOf(ctx, alice)
	id := qs[len(qs)-1].ID
	for _, verb := range []string{"anon:", "send:"} {
		if _, _, err := r.svc.Action(ctx, req, verb+itoa(id)); err != nil {
			t.Fatal(err)
		}
	}
	return id
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestOnlyTheAskerCanUseTheirQuestionsButtons(t *testing.T) {
	r := newRig(t)
	ctx := t.Context()
	req := bot.FGRequest{User: alice, Lang: lang.NL, Municipality: flows.Diemen, Text: "mag ik delen?"}
	if _, _, err := r.svc.Ask(ctx, req); err != nil {
		t.Fatal(err)
	}
	qs, _ := r.store.FGQuestionsOf(ctx, alice)
	id := itoa(qs[0].ID)
	for _, verb := range []string{"send:", "anon:", "cancel:", "retype:", "helped:", "follow:"} {
		replies, pending, err := r.svc.Action(ctx, bot.FGRequest{User: bob, Lang: lang.NL}, verb+id)
		if err != nil || pending != "" || len(replies) != 1 || !strings.Contains(replies[0].Text, "werkt niet meer") {
			t.Errorf("bob pressing %s%s: %v %q %v", verb, id, replies, pending, err)
		}
	}
	if len(r.ch.posts) != 0 {
		t.Fatalf("bob's press posted %v", r.ch.posts)
	}
	if q, _, _ := r.store.FGQuestion(ctx, qs[0].ID); q.State != fg.Draft || q.Anonymous {
		t.Fatalf("bob's presses changed alice's draft: %+v", q)
	}
}

func TestAnswerGoesToTheAskerOnlyAndOnce(t *testing.T) {
	r := newRig(t)
	ctx := t.Context()
	id := r.sent(t, "mag ik delen met de huisarts?")
	if len(r.ch.posts) != 1 || !strings.Contains(r.ch.posts[0], "anoniem") || strings.Contains(r.ch.posts[0], "UALICE") {
		t.Fatalf("FG post = %v", r.ch.posts)
	}
	who := fg.Answerer{Platform: bot.Slack, Channel: "CFG", User: "UFG"}
	for _, tc := range []struct {
		name string
		who  fg.Answerer
		want string
	}{
		{"outsider", fg.Answerer{Platform: bot.Slack, Channel: "CFG", User: "UBOB"}, "Alleen leden"},
		{"other channel", fg.Answerer{Platform: bot.Slack, Channel: "COTHER", User: "UFG"}, "hoort niet bij dit kanaal"},
		{"other platform", fg.Answerer{Platform: bot.Mattermost, Channel: "CFG", User: "UFG"}, "hoort niet bij dit kanaal"},
	} {
		rp, err := r.svc.Answer(ctx, tc.who, id, "Ja.")
		if err != nil || !strings.Contains(rp.Text, tc.want) {
			t.Errorf("%s: %q %v, want %q", tc.name, rp.Text, err, tc.want)
		}
	}
	if rp, _ := r.svc.Answer(ctx, who, id, "   "); !strings.Contains(rp.Text, "leeg") {
		t.Errorf("empty answer: %q", rp.Text)
	}
	if len(r.dm.sent) != 0 {
		t.Fatalf("refused answers reached %v", r.dm.sent)
	}
	r.now = r.now.Add(3 * time.Hour)
	if rp, err := r.svc.Answer(ctx, who, id, "Ja, bel 06-12345678 als je twijfelt."); err != nil || rp.Text != "" {
		t.Fatalf("answer: %q %v", rp.Text, err)
	}
	if len(r.dm.sent) != 1 || r.dm.sent[0] != (bot.Address{Platform: bot.Slack, User: "UALICE", Channel: bot.DM}) {
		t.Fatalf("answer went to %v", r.dm.sent)
	}
	q, _, _ := r.store.FGQuestion(ctx, id)
	if q.State != fg.Answered || !q.Delivered || strings.Contains(q.Answer, "06-12345678") {
		t.Fatalf("stored %+v", q)
	}
	if rp, _ := r.svc.Answer(ctx, who, id, "Nog een antwoord."); !strings.Contains(rp.Text, "al beantwoord") || len(r.dm.sent) != 1 {
		t.Fatalf("second answer: %q, DMs %d", rp.Text, len(r.dm.sent))
	}
}

func TestTickDeliversLateRemindsOnceAndPurges(t *testing.T) {
	r := newRig(t)
	ctx := t.Context()
	answered := r.sent(t, "vraag een")
	open := r.sent(t, "vraag twee")
	r.dm.fail = true
	who := fg.Answerer{Platform: bot.Slack, Channel: "CFG", User: "UFG"}
	if _, err := r.svc.Answer(ctx, who, answered, "Antwoord."); err != nil {
		t.Fatal(err)
	}
	r.dm.fail = false
	st, err := r.svc.Tick(ctx)
	if err != nil || st.Delivered != 1 || st.Reminded != 0 || len(r.dm.sent) != 1 {
		t.Fatalf("first tick: %+v %v, DMs %v", st, err, r.dm.sent)
	}
	r.now = r.now.Add(2 * 24 * time.Hour) // Thursday, same hour
	if st, _ := r.svc.Tick(ctx); st.Reminded != 1 || st.Delivered != 0 {
		t.Fatalf("tick after two working days: %+v", st)
	}
	if st, _ := r.svc.Tick(ctx); st.Reminded != 0 {
		t.Fatalf("reminded twice: %+v", st)
	}
	r.now = r.now.Add(fg.Keep)
	if st, _ := r.svc.Tick(ctx); st.Purged != 2 {
		t.Fatalf("purge after 90 days: %+v", st)
	}
	for _, id := range []int64{answered, open} {
		if _, ok, _ := r.store.FGQuestion(ctx, id); ok {
			t.Errorf("question %d kept after 90 days", id)
		}
	}
}

func TestWithoutAChannelTheQuestionBecomesAMailAndIsNotKept(t *testing.T) {
	r := newRig(t)
	ctx := t.Context()
	svc := fg.New(fg.Deps{Store: r.store, Audit: r.store}, fg.Config{})
	req := bot.FGRequest{User: bot.UserKey{Platform: bot.Console, User: "me"}, Lang: lang.EN, Municipality: flows.Uithoorn, Text: "may I share with the GP?"}
	replies, pending, err := svc.Ask(ctx, req)
	if err != nil || len(replies) != 1 || !strings.Contains(replies[0].Text, "fg@uithoorn.nl") || replies[0].Choices[0].Label != "Write the mail" {
		t.Fatalf("preview: %+v %v", replies, err)
	}
	replies, pending, err = svc.Text(ctx, req2(req, "write the mail"), pending)
	if err != nil || pending != "" || len(replies) != 2 || !replies[1].Copy || !strings.HasPrefix(replies[1].Text, "To: fg@uithoorn.nl\n") {
		t.Fatalf("mail: %+v %q %v", replies, pending, err)
	}
	if qs, _ := r.store.FGQuestionsOf(ctx, req.User); len(qs) != 0 {
		t.Fatalf("the mailed question was kept: %+v", qs)
	}
}

func req2(r bot.FGRequest, text string) bot.FGRequest {
	r.Text = text
	return r
}
