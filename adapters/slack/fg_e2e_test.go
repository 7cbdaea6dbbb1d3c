package slack

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/internal/app"
)

// The FG channel of Diemen, its privacy officer and a colleague who is not
// in it.
const (
	fgChannel  = "CFGDIEMEN"
	fgOfficer  = "UFG"
	fgOutsider = "UEVE"
)

// fgRig is the e2e rig with the FG desk wired in, as serve wires it.
type fgRig struct {
	*e2eRig
	svc   *fg.Service
	clock *adaptertest.Clock
	n     int
}

func startFGE2E(t *testing.T) *fgRig {
	t.Helper()
	r, c := startCoreE2E(t, app.Options{FGRoutes: map[string]fg.Routes{bot.Slack: {All: fgChannel}}}, func(f *fakeSlack, c *app.Core, a *Adapter) {
		f.setMembers(fgChannel, "UOTHER1", "UOTHER2", fgOfficer)
		c.FG.Notifiers = map[string]bot.Notifier{bot.Slack: a}
		c.FG.Channels = map[string]fg.Channel{bot.Slack: a}
		a.SetFG(c.FG)
	})
	return &fgRig{e2eRig: r, svc: c.FG, clock: r.clock}
}

// say sends Alice's DM.
func (r *fgRig) say(t *testing.T, text string) {
	t.Helper()
	r.n++
	r.event(t, dmEvent("EvFG"+strconv.Itoa(r.n), e2eUser, e2eDM, text))
}

// pressAs presses the button labelled label under c as user in channel.
func (r *fgRig) pressAs(t *testing.T, c apiCall, user, channel, label string) {
	t.Helper()
	b := buttonLabelled(t, c, label)
	r.presses++
	r.press(t, pressPayload(t, r.f, c, user, channel, b.el.Value, r.presses))
}

// submit sends the answer modal of view as user, with answer.
func (r *fgRig) submit(t *testing.T, view apiCall, user, answer string) {
	t.Helper()
	var v struct {
		PrivateMetadata string `json:"private_metadata"`
		CallbackID      string `json:"callback_id"`
	}
	if err := json.Unmarshal(view.Blocks, &v); err != nil {
		t.Fatal(err)
	}
	r.presses++
	p := map[string]any{
		"type": "view_submission",
		"user": map[string]any{"id": user},
		"view": map[string]any{
			"id": "V" + strconv.Itoa(r.presses), "hash": "h" + strconv.Itoa(r.presses),
			"callback_id": v.CallbackID, "private_metadata": v.PrivateMetadata,
			"state": map[string]any{"values": map[string]any{fgBlockAnswer: map[string]any{fgActionAnswer: map[string]any{"type": "plain_text_input", "value": answer}}}},
		},
	}
	raw, _ := json.Marshal(p)
	r.press(t, string(raw))
}

// threadReply sends user's reply in the thread of root in the FG channel.
func (r *fgRig) threadReply(t *testing.T, user, root, text string) {
	t.Helper()
	r.n++
	r.event(t, `{"type":"event_callback","event_id":"EvT`+strconv.Itoa(r.n)+`","event":{"type":"message","channel_type":"channel","user":"`+user+
		`","channel":"`+fgChannel+`","text":`+strconv.Quote(text)+`,"ts":"1700000099.00000`+strconv.Itoa(r.n)+`","thread_ts":"`+root+`"}}`)
}

// modalText is the question a modal shows.
func modalText(t *testing.T, c apiCall) string {
	t.Helper()
	var v slack.ModalViewRequest
	if err := json.Unmarshal(c.Blocks, &v); err != nil {
		t.Fatal(err)
	}
	sec, ok := v.Blocks.BlockSet[0].(*slack.SectionBlock)
	if !ok {
		t.Fatalf("modal starts with %T", v.Blocks.BlockSet[0])
	}
	return sec.Text.Text
}

// walkToSent asks through the DM until the question is sent, choosing
// how; it returns the post in the FG channel.
func (r *fgRig) walkToSent(t *testing.T, question, how string, muniFirst bool) apiCall {
	t.Helper()
	r.say(t, "vraag de FG "+question)
	preview := r.expect(t, "chat.postMessage")[0]
	if muniFirst {
		wantShown(t, "preview without municipality", preview, "Zo krijgt de FG je vraag:", "Ik weet nog niet bij welke gemeente")
		r.pressAs(t, preview, e2eUser, e2eDM, "Diemen")
		preview = r.expect(t, "chat.update", "chat.postMessage")[1]
		wantShown(t, "municipality remembered", preview, "Ik onthoud Diemen als je gemeente")
	}
	wantShown(t, "preview", preview, "Zo krijgt de FG van Diemen je vraag:", "Lees je vraag na")
	t.Logf("preview in the DM:\n%s\n%q", shownText(t, preview), labelsOf(t, preview))
	r.pressAs(t, preview, e2eUser, e2eDM, how)
	conf := r.expect(t, "chat.update", "chat.postMessage")[1]
	t.Logf("confirmation asked:\n%s\n%q", shownText(t, conf), labelsOf(t, conf))
	r.pressAs(t, conf, e2eUser, e2eDM, "Versturen")
	calls := r.expect(t, "chat.update", "chat.postMessage", "chat.postMessage")
	post, sent := calls[1], calls[2]
	if post.Channel != fgChannel || sent.Channel != e2eDM {
		t.Fatalf("sent to %s, confirmed in %s; want %s and %s", post.Channel, sent.Channel, fgChannel, e2eDM)
	}
	wantShown(t, "confirmation", sent, "Verstuurd naar de FG van Diemen", "privébericht")
	t.Logf("after sending:\n%s", shownText(t, sent))
	return post
}

func TestFGE2EAnonymousQuestionAnsweredInTheModal(t *testing.T) {
	r := startFGE2E(t)
	post := r.walkToSent(t, "mag ik het dossier aan de nieuwe voogd geven? Bel me op 06-12345678", "Anoniem", true)
	t.Logf("FG channel post:\n%s", shownText(t, post))
	wantShown(t, "FG post", post, "Vraag aan de FG van Diemen", "Van: anoniem", "mag ik het dossier aan de nieuwe voogd geven?", "Antwoord met de knop")
	if s := shownText(t, post); strings.Contains(s, e2eUser) || strings.Contains(s, "06-12345678") {
		t.Fatalf("FG post shows the asker or the phone number:\n%s", s)
	}

	// A colleague outside the FG channel presses Antwoorden: refused.
	r.pressAs(t, post, fgOutsider, fgChannel, "Antwoorden")
	calls := r.expect(t, "conversations.members", "conversations.members", "response")
	wantShown(t, "refusal", calls[2], "Alleen leden van het FG-kanaal")
	t.Logf("to the outsider: %s", shownText(t, calls[2]))

	// The FG presses Antwoorden: the modal shows the question.
	r.pressAs(t, post, fgOfficer, fgChannel, "Antwoorden")
	view := r.expect(t, "conversations.members", "conversations.members", "views.open")[2]
	if got := modalText(t, view); !strings.Contains(got, "nieuwe voogd") {
		t.Fatalf("modal shows %q", got)
	}
	// The outsider submits a modal anyway: refused, nothing to Alice.
	r.submit(t, view, fgOutsider, "Ja hoor.")
	r.expect(t, "conversations.members", "conversations.members", "chat.postEphemeral")
	r.quiet(t)

	r.submit(t, view, fgOfficer, "Ja, de voogd heeft gezag en mag het dossier inzien (§2.4). Overleg bij bezwaar van de moeder.")
	calls = r.expect(t, "conversations.members", "conversations.members", "chat.postMessage", "chat.postMessage")
	dm, note := calls[2], calls[3]
	if dm.Channel != e2eDM || note.Channel != fgChannel || note.ThreadTS != post.TS {
		t.Fatalf("answer went to %s, note to %s/%s; want %s and the thread %s", dm.Channel, note.Channel, note.ThreadTS, e2eDM, post.TS)
	}
	t.Logf("Alice's DM:\n%s", shownText(t, dm))
	t.Logf("FG thread note:\n%s", shownText(t, note))
	wantShown(t, "answer DM", dm, "Antwoord van de FG van Diemen", "Je vraag:", "nieuwe voogd", "Antwoord:", "de voogd heeft gezag")
	wantShown(t, "thread note", note, "Antwoord van de FG", "alleen naar de vrager")

	// A second answer to the same question is refused.
	r.submit(t, view, fgOfficer, "Nog iets.")
	calls = r.expect(t, "conversations.members", "conversations.members", "chat.postEphemeral")
	wantShown(t, "second answer", calls[2], "al beantwoord")

	// The FG turns the answer into a draft topic that passes content check.
	r.pressAs(t, note, fgOfficer, fgChannel, "Maak er een conceptonderwerp van")
	calls = r.expect(t, "conversations.members", "conversations.members", "response")
	draft := shownText(t, calls[2])
	t.Logf("draft topic:\n%s", draft)
	checkDraftTopic(t, draft)

	// Alice says it helped.
	r.pressAs(t, dm, e2eUser, e2eDM, "Dit hielp")
	calls = r.expect(t, "chat.update", "chat.postMessage")
	wantShown(t, "helped", calls[1], "Fijn dat het antwoord hielp")

	// Her data shows the question; the audit holds no text.
	r.say(t, "mijn-gegevens")
	mine := r.expect(t, "chat.postMessage")[0]
	wantShown(t, "my data", mine, "Vragen aan de FG", "nieuwe voogd", "beantwoord")
	trail, _ := r.store.AuditTrail(context.Background(), bot.UserKey{Platform: bot.Slack, User: e2eUser})
	var actions []string
	for _, e := range trail {
		actions = append(actions, e.Action+" "+e.Detail)
		if strings.Contains(e.Detail, "voogd") {
			t.Fatalf("audit holds text: %+v", e)
		}
	}
	if !strings.Contains(strings.Join(actions, ","), "fg.asked anonymous,fg.answered ,fg.helped") {
		t.Fatalf("audit = %q", actions)
	}
	if strings.Contains(r.logs.String(), e2eUser) || strings.Contains(r.logs.String(), "voogd") {
		t.Fatalf("the log holds the asker or the text:\n%s", r.logs.String())
	}
	r.say(t, "vergeet-mij")
	forget := r.expect(t, "chat.postMessage")[0]
	r.pressAs(t, forget, e2eUser, e2eDM, "Ja, wis alles")
	r.expect(t, "chat.update", "chat.postMessage")
	if qs, _ := r.store.FGQuestionsOf(context.Background(), bot.UserKey{Platform: bot.Slack, User: e2eUser}); len(qs) != 0 {
		t.Fatalf("after vergeet-mij %d questions remain", len(qs))
	}
}

func TestFGE2ENamedQuestionRemindedThenAnsweredInTheThread(t *testing.T) {
	r := startFGE2E(t)
	r.say(t, "instellingen gemeente diemen")
	r.expect(t, "chat.postMessage")
	post := r.walkToSent(t, "moet ik de ouders vertellen dat ik Veilig Thuis heb gebeld?", "Met mijn naam", false)
	wantShown(t, "FG post", post, "Van: <@"+e2eUser+">", "Veilig Thuis")

	// Tuesday 11:00 + two working days = Thursday 11:00 in Amsterdam.
	r.clock.Advance(2*24*time.Hour - time.Minute)
	if st, err := r.svc.Tick(context.Background()); err != nil || st.Reminded != 0 {
		t.Fatalf("tick before two working days: %+v %v", st, err)
	}
	r.quiet(t)
	r.clock.Advance(time.Minute)
	if st, err := r.svc.Tick(context.Background()); err != nil || st.Reminded != 1 {
		t.Fatalf("tick after two working days: %+v %v", st, err)
	}
	rem := r.expect(t, "chat.postMessage")[0]
	if rem.Channel != fgChannel || rem.ThreadTS != post.TS {
		t.Fatalf("reminder in %s/%s, want the question's thread", rem.Channel, rem.ThreadTS)
	}
	t.Logf("reminder:\n%s", shownText(t, rem))
	wantShown(t, "reminder", rem, "Herinnering", "twee werkdagen")
	r.clock.Advance(24 * time.Hour)
	if st, _ := r.svc.Tick(context.Background()); st.Reminded != 0 {
		t.Fatal("reminded twice")
	}
	r.quiet(t)

	// The outsider replies in the thread: refused, privately.
	r.threadReply(t, fgOutsider, post.TS, "Nee hoor.")
	calls := r.expect(t, "conversations.members", "conversations.members", "chat.postEphemeral")
	if calls[2].User != fgOutsider {
		t.Fatalf("refusal shown to %s", calls[2].User)
	}
	r.threadReply(t, fgOfficer, post.TS, "Ja, vertel het hun, tenzij dat de veiligheid van het kind schaadt (§2.4).")
	calls = r.expect(t, "conversations.members", "conversations.members", "chat.postMessage", "chat.postMessage")
	if calls[2].Channel != e2eDM {
		t.Fatalf("answer went to %s", calls[2].Channel)
	}
	wantShown(t, "answer DM", calls[2], "Veilig Thuis", "tenzij dat de veiligheid")

	// A follow-up goes into the same thread.
	r.pressAs(t, calls[2], e2eUser, e2eDM, "Vervolgvraag stellen")
	r.expect(t, "chat.update", "chat.postMessage")
	r.say(t, "En als de ouders boos worden?")
	preview := r.expect(t, "chat.postMessage")[0]
	r.pressAs(t, preview, e2eUser, e2eDM, "Anoniem")
	conf := r.expect(t, "chat.update", "chat.postMessage")[1]
	r.pressAs(t, conf, e2eUser, e2eDM, "Versturen")
	calls = r.expect(t, "chat.update", "chat.postMessage", "chat.postMessage")
	if calls[1].Channel != fgChannel || calls[1].ThreadTS != post.TS {
		t.Fatalf("follow-up posted in %s/%s, want the thread %s", calls[1].Channel, calls[1].ThreadTS, post.TS)
	}
	wantShown(t, "follow-up", calls[1], "Vervolgvraag aan de FG van Diemen", "boos")
}

// checkDraftTopic extracts the topic file from the copy block and runs the
// content check on it, alone and beside the embedded topics.
func checkDraftTopic(t *testing.T, shown string) {
	t.Helper()
	start := strings.Index(shown, "```")
	end := strings.LastIndex(shown, "```")
	if start < 0 || end <= start {
		t.Fatalf("no copy block in %q", shown)
	}
	file := strings.TrimSpace(shown[start+3:end]) + "\n"
	file = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(file)
	id := strings.TrimPrefix(strings.SplitN(strings.SplitN(file, "\n", 3)[1], "\n", 2)[0], "id: ")
	adaptertest.CheckDraftTopic(t, id+".md", file)
}
