package mattermost

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/adapters/internal/pipeline"
	"privacybot/bot"
)

// TestInboxCatchesUpAfterARestart stops the bot, lets users write to it
// meanwhile (one in a DM the bot opened itself to send a reminder), and
// starts a new process on the same database: it answers what came while
// it was down, each post once, and not what it answered before.
func TestInboxCatchesUpAfterARestart(t *testing.T) {
	db, path := adaptertest.OpenSQLite(t)
	mm := newFakeMM(t)
	user := mm.addUser("nl", "")
	other := mm.addUser("nl", "")
	dm := mm.dmWith(user)
	otherDM := mm.dmWith(other)

	first := adaptertest.NewCore(echo)
	h1 := newHarness(t, first, harnessConfig{mm: mm, inbox: db, owner: "bot-1"})
	h1.run()
	een := mm.userPost(user, dm, "een")
	mm.sendPosted(t, een, model.ChannelTypeDirect)
	first.Next(t)
	mm.nextPost(t)
	if err := h1.a.Notify(context.Background(), bot.Address{Platform: bot.Mattermost, User: other, Channel: bot.DM}, reminder()); err != nil {
		t.Fatal(err)
	}
	mm.nextPost(t)
	h1.stop()

	twee := mm.userPost(user, dm, "twee")
	mm.userPost(user, dm, "drie")
	mm.userPost(other, otherDM, "antwoord op herinnering")

	second := adaptertest.NewCore(echo)
	h2 := newHarness(t, second, harnessConfig{mm: mm, inbox: db, owner: "bot-2", adjust: func(c *Config) { c.Workers = 1 }})
	h2.run()
	got := map[string]bool{}
	for range 3 {
		got[second.Next(t).Text] = true
	}
	for _, want := range []string{"twee", "drie", "antwoord op herinnering"} {
		if !got[want] {
			t.Errorf("post %q sent while the bot was down not answered after the restart (got %v)", want, got)
		}
	}
	mm.sendPosted(t, twee, model.ChannelTypeDirect)
	mm.sendPosted(t, een, model.ChannelTypeDirect)
	mm.sendPosted(t, mm.userPost(user, dm, "vier"), model.ChannelTypeDirect)
	if m := second.Next(t); m.Text != "vier" {
		t.Errorf("the core got %q, want the next new post", m.Text)
	}
	h2.stop()
	if n := second.Count(); n != 4 {
		t.Errorf("after the restart the core got %d messages, want 4: %v", n, second.Texts())
	}
	lite, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	var pending, holding int
	if err := lite.QueryRow(`SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE payload IS NOT NULL OR user_id != '') FROM inbox`).Scan(&pending, &holding); err != nil {
		t.Fatal(err)
	}
	if pending != 0 || holding != 0 {
		t.Errorf("inbox after the work: %d pending, %d holding a payload or user; want none", pending, holding)
	}
}

// TestInboxAnswersACommandStoredBeforeACrash stores a slash command and a
// press the way a process does that dies before it answers them; the next
// process posts the answers (nobody waits for them inline any more).
func TestInboxAnswersACommandStoredBeforeACrash(t *testing.T) {
	db, _ := adaptertest.OpenSQLite(t)
	mm := newFakeMM(t)
	user := mm.addUser("nl", "")
	channel := model.NewId()
	dead := newHarness(t, adaptertest.NewCore(echo), harnessConfig{mm: mm, inbox: db, owner: "bot-1"})
	for _, in := range []inbound{
		{kind: kindCommand, user: user, channel: channel, text: "help"},
		{kind: kindPress, user: user, channel: mm.dmWith(user), direct: true, action: "flow:x"},
	} {
		if err := dead.a.pipe.Store(context.Background(), requestID(), in, pipeline.Position{}); err != nil {
			t.Fatal(err)
		}
	}
	core := adaptertest.NewCore(echo)
	h := newHarness(t, core, harnessConfig{mm: mm, inbox: db, owner: "bot-1", adjust: func(c *Config) { c.Workers = 1 }})
	h.run()
	command, press := false, false
	for range 2 {
		switch m := core.Next(t); {
		case m.Text == "help" && m.User == user && !m.Direct:
			command = true
		case m.Action == "flow:x" && m.Channel == bot.DM:
			press = true
		default:
			t.Errorf("the core got %+v", m)
		}
	}
	if !command || !press {
		t.Errorf("worked the command: %v, the press: %v; want both", command, press)
	}
	if e := mm.nextEphemeral(t); !strings.Contains(e.Post.Message, "re: help") {
		t.Errorf("the command's answer: %q", e.Post.Message)
	}
	h.stop()
}

func TestInboxCommandIsAnsweredInline(t *testing.T) {
	db, _ := adaptertest.OpenSQLite(t)
	core := adaptertest.NewCore(echo)
	h := newHarness(t, core, harnessConfig{inbox: db, owner: "bot-1"})
	h.run()
	user := h.mm.addUser("nl", "")
	resp, err := http.PostForm(h.botURL+CommandPath, commandForm(testCommandToken, user, model.NewId(), "town-square", "vraag"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var cr model.CommandResponse
	if err := json.NewDecoder(resp.Body).Decode(&cr); err != nil || cr.Text != "re: vraag" {
		t.Errorf("inline answer %q, %v; want the core's reply", cr.Text, err)
	}
	h.stop()
}

func TestStoredInboundRoundTrips(t *testing.T) {
	for _, in := range []inbound{
		{kind: kindDM, dedupKey: "mattermost:post:p1", user: "u1", channel: "c1", direct: true, text: "vraag", rootID: "p1"},
		{kind: kindCommand, user: "u1", channel: "c1", text: "help"},
		{kind: kindPress, user: "u1", channel: "c1", direct: true, action: "v"},
	} {
		payload, err := turns{}.Encode(in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := turns{}.Decode(payload)
		if err != nil || !reflect.DeepEqual(got, in) {
			t.Errorf("%s: round trip gave %+v, %v; want %+v", in.kind, got, err, in)
		}
	}
	for _, bad := range []string{"", "{}", `{"kind":"dm","user":"u1"}`} {
		if _, err := (turns{}).Decode([]byte(bad)); err == nil {
			t.Errorf("turns{}.Decode(%q) took it", bad)
		}
	}
}
