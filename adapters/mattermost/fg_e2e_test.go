package mattermost

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/internal/app"
)

// fgRig is the e2e rig with the FG desk wired in as serve wires it, an FG
// channel for every municipality, its privacy officer and a colleague
// outside it.
type fgRig struct {
	*e2eRig
	svc      *fg.Service
	channel  string
	officer  string
	outsider string
}

func startFGE2E(t *testing.T) *fgRig {
	t.Helper()
	var channel, officer, outsider string
	r, c := startCoreE2E(t, func(mm *fakeMM) app.Options {
		officer = mm.addUser("nl", "Europe/Amsterdam")
		outsider = mm.addUser("nl", "Europe/Amsterdam")
		channel = mm.addChannel(officer)
		return app.Options{FGRoutes: map[string]fg.Routes{bot.Mattermost: {All: channel}}}
	}, func(c *app.Core, a *Adapter) {
		c.FG.Notifiers = map[string]bot.Notifier{bot.Mattermost: a}
		c.FG.Channels = map[string]fg.Channel{bot.Mattermost: a}
		a.SetFG(c.FG)
	})
	return &fgRig{e2eRig: r, svc: c.FG, channel: channel, officer: officer, outsider: outsider}
}

// fgPost waits for the bot's next post and checks it went to the FG
// channel, in the thread of root when root is not "".
func (r *fgRig) fgPost(t *testing.T, root string) *model.Post {
	t.Helper()
	p := r.mm.nextPost(t)
	t.Logf("bot → FG channel: %q %q", p.Message, labels(buttonsOf(p)))
	if p.ChannelId != r.channel || p.RootId != root {
		t.Fatalf("post %q in %s/%s, want the FG channel, thread %q", p.Message, p.ChannelId, p.RootId, root)
	}
	return p
}

// askUntilSent asks the FG in the DM and sends the question as how; it
// returns the post in the FG channel.
func (r *fgRig) askUntilSent(t *testing.T, question, how string, posts int) *model.Post {
	t.Helper()
	r.say(t, "vraag de FG "+question)
	shown := r.posts(t, posts)
	preview := shown[len(shown)-1]
	if !strings.Contains(preview.Message, "Zo krijgt de FG van Uithoorn je vraag:") {
		t.Fatalf("preview = %q", preview.Message)
	}
	r.choose(t, preview, how)
	r.choose(t, r.post(t), "Versturen")
	post := r.fgPost(t, "")
	if sent := r.post(t); !strings.Contains(sent.Message, "Verstuurd naar de FG van Uithoorn") {
		t.Fatalf("confirmation = %q", sent.Message)
	}
	return post
}

func TestFGE2EMattermostAnonymousAnswerInTheDialog(t *testing.T) {
	r := startFGE2E(t)
	r.say(t, "instellingen gemeente uithoorn")
	r.posts(t, 2)
	post := r.askUntilSent(t, "mag ik het dossier aan de nieuwe voogd geven? Bel 06-12345678", "Anoniem", 2)
	for _, want := range []string{"Vraag aan de FG van Uithoorn", "Van: anoniem", "nieuwe voogd", "[telefoon]"} {
		if !strings.Contains(post.Message, want) {
			t.Errorf("FG post lacks %q: %s", want, post.Message)
		}
	}
	if strings.Contains(post.Message, "06-12345678") || strings.Contains(post.Message, "@user") {
		t.Fatalf("FG post shows the number or the asker: %s", post.Message)
	}

	status, text := r.mm.pressFG(t, post.Id, 0, r.outsider)
	if status != http.StatusOK || !strings.Contains(text, "Alleen leden van het FG-kanaal") {
		t.Fatalf("outsider's press: %d %q", status, text)
	}
	t.Logf("to the outsider: %s", text)
	if status, text := r.mm.pressFG(t, post.Id, 0, r.officer); status != http.StatusOK || text != "" {
		t.Fatalf("officer's press: %d %q", status, text)
	}
	d := r.mm.nextDialog(t)
	if !strings.Contains(d.Dialog.IntroductionText, "nieuwe voogd") || d.TriggerId != "trig-"+r.officer {
		t.Fatalf("dialog = %+v", d)
	}
	if status, resp := r.mm.submitDialog(t, d, r.outsider, r.channel, "Ja hoor."); status != http.StatusOK || !strings.Contains(resp.Error, "Alleen leden") {
		t.Fatalf("outsider's submission: %d %+v", status, resp)
	}
	forged := d
	forged.Dialog.State = strings.Replace(d.Dialog.State, post.ChannelId, r.dm, 1)
	if status, _ := r.mm.submitDialog(t, forged, r.officer, r.dm, "Ja."); status != http.StatusUnauthorized {
		t.Fatalf("forged state: status %d, want 401", status)
	}
	r.mm.noMorePosts(t)

	if status, resp := r.mm.submitDialog(t, d, r.officer, r.channel, "Ja, de voogd heeft gezag (§2.4)."); status != http.StatusOK || resp.Error != "" {
		t.Fatalf("officer's submission: %d %+v", status, resp)
	}
	dm := r.post(t)
	for _, want := range []string{"Antwoord van de FG van Uithoorn", "Je vraag:", "nieuwe voogd", "Antwoord:", "de voogd heeft gezag"} {
		if !strings.Contains(dm.Message, want) {
			t.Errorf("answer DM lacks %q: %s", want, dm.Message)
		}
	}
	note := r.fgPost(t, post.Id)
	if !strings.Contains(note.Message, "alleen naar de vrager") {
		t.Errorf("thread note = %q", note.Message)
	}
	status, draft := r.mm.pressFG(t, note.Id, 0, r.officer)
	if status != http.StatusOK {
		t.Fatalf("draft topic press: %d", status)
	}
	t.Logf("draft topic:\n%s", draft)
	checkDraftTopicMM(t, draft)
	if status, text := r.mm.pressFG(t, note.Id, 0, r.outsider); status != http.StatusOK || !strings.Contains(text, "Alleen leden") {
		t.Fatalf("outsider's draft press: %d %q", status, text)
	}
	r.choose(t, dm, "Dit hielp")
	if p := r.post(t); !strings.Contains(p.Message, "Fijn dat het antwoord hielp") {
		t.Fatalf("after helped: %q", p.Message)
	}
	r.logs.Lacks(t, r.user, "nieuwe voogd", "de voogd heeft gezag")
}

func TestFGE2EMattermostNamedRemindedAndAnsweredInTheThread(t *testing.T) {
	r := startFGE2E(t)
	r.say(t, "instellingen gemeente uithoorn")
	r.posts(t, 2)
	post := r.askUntilSent(t, "moet ik de ouders vertellen dat ik Veilig Thuis heb gebeld?", "Met mijn naam", 1)
	if !strings.Contains(post.Message, "Van: @user") {
		t.Fatalf("named FG post lacks the asker: %s", post.Message)
	}
	// Monday 10:00 + two working days = Wednesday 10:00 in Amsterdam.
	r.advance(2*24*time.Hour - time.Minute)
	if st, _ := r.svc.Tick(context.Background()); st.Reminded != 0 {
		t.Fatal("reminded too early")
	}
	r.mm.noMorePosts(t)
	r.advance(time.Minute)
	if st, _ := r.svc.Tick(context.Background()); st.Reminded != 1 {
		t.Fatal("not reminded after two working days")
	}
	rem := r.fgPost(t, post.Id)
	if !strings.Contains(rem.Message, "Herinnering") || len(buttonsOf(rem)) != 1 {
		t.Fatalf("reminder = %q", rem.Message)
	}
	r.advance(time.Hour)
	if st, _ := r.svc.Tick(context.Background()); st.Reminded != 0 {
		t.Fatal("reminded twice")
	}

	reply := func(user, text string) {
		p := r.mm.userPost(user, r.channel, text)
		p.RootId = post.Id
		r.mm.sendPosted(t, p, model.ChannelTypeOpen)
	}
	reply(r.outsider, "Nee hoor.")
	if e := r.mm.nextEphemeral(t); e.UserID != r.outsider || !strings.Contains(e.Post.Message, "Alleen leden") || e.Post.RootId != post.Id {
		t.Fatalf("refusal = %+v %q", e, e.Post.Message)
	}
	reply(r.officer, "Ja, tenzij het de veiligheid van het kind schaadt.")
	dm := r.post(t)
	if !strings.Contains(dm.Message, "Veilig Thuis") || !strings.Contains(dm.Message, "tenzij het de veiligheid") {
		t.Fatalf("answer DM = %q", dm.Message)
	}
	r.fgPost(t, post.Id)
	reply(r.officer, "Dank je.")
	r.mm.noMorePosts(t)
}

// checkDraftTopicMM runs the content check on the topic file in shown's
// code block, alone and beside the embedded topics.
func checkDraftTopicMM(t *testing.T, shown string) {
	t.Helper()
	start := strings.Index(shown, "```\n")
	end := strings.LastIndex(shown, "\n```")
	if start < 0 || end <= start {
		t.Fatalf("no code block in %q", shown)
	}
	file := shown[start+4:end] + "\n"
	name := strings.TrimPrefix(strings.Split(file, "\n")[1], "id: ") + ".md"
	adaptertest.CheckDraftTopic(t, name, file)
}
