package mattermost

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
	"privacybot/lang"
)

// consultation answers like a flow: a question with choices, then for the
// choice a note to copy with buttons again.
func consultation(m bot.Message) ([]bot.Reply, error) {
	switch m.Action {
	case "":
		return []bot.Reply{{
			Text:     "*Met wie* wil je gegevens delen?",
			Choices:  []bot.Choice{{Label: "School", Value: "ontvanger:school"}, {Label: "Huisarts", Value: "ontvanger:huisarts"}},
			Controls: []bot.Choice{{Label: "Stop", Value: "stop"}},
		}}, nil
	case "ontvanger:school":
		return []bot.Reply{
			{Text: "Vraag toestemming.\nDossiernotitie:", Direct: true},
			{Text: "Toestemming gevraagd op *10-03-2025*.", Copy: true},
			{Text: "Herinnering zetten?", Choices: []bot.Choice{{Label: "Ja", Value: "remind:yes"}}},
		}, nil
	}
	return []bot.Reply{{Text: "klaar"}}, nil
}

func TestDMConsultationWithButtonsToTheEnd(t *testing.T) {
	core := adaptertest.NewCore(consultation)
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "Europe/Amsterdam")
	dm := h.mm.dmWith(user)

	h.mm.sendPosted(t, h.mm.userPost(user, dm, "stappenplan"), model.ChannelTypeDirect)

	first := core.Next(t)
	want := bot.Message{
		Address: bot.Address{Platform: bot.Mattermost, User: user, Channel: bot.DM},
		Text:    "stappenplan",
		Direct:  true,
		Profile: bot.Profile{Lang: lang.NL, TZ: "Europe/Amsterdam"},
	}
	if first != want {
		t.Errorf("core got %+v, want %+v", first, want)
	}
	question := h.mm.nextPost(t)
	if question.ChannelId != dm || question.Message != "**Met wie** wil je gegevens delen?" {
		t.Errorf("question = %q in %s", question.Message, question.ChannelId)
	}
	buttons := buttonsOf(question)
	if got := labels(buttons); !slices.Equal(got, []string{"School", "Huisarts", "Stop"}) {
		t.Fatalf("buttons = %v", got)
	}
	if buttons[0].Style != styleChoice || buttons[2].Style != styleControl {
		t.Errorf("styles = %q, %q", buttons[0].Style, buttons[2].Style)
	}

	if status := h.mm.press(t, question.Id, 0, user); status != http.StatusOK {
		t.Fatalf("press status = %d", status)
	}

	answered := h.mm.post(question.Id)
	if answered.Message != question.Message {
		t.Errorf("the pressed post's text changed to %q", answered.Message)
	}
	if answered.GetProp(model.PostPropsFromBot) != "true" {
		t.Error("the update dropped the post's from_bot mark")
	}
	if len(buttonsOf(answered)) != 0 || !slices.Equal(attachmentTexts(answered), []string{"✓ School"}) {
		t.Errorf("pressed post shows %v with buttons %v, want only ✓ School", attachmentTexts(answered), labels(buttonsOf(answered)))
	}
	press := core.Next(t)
	if press.Action != "ontvanger:school" || !press.Direct || press.Channel != bot.DM || press.User != user || press.Text != "" {
		t.Errorf("press reached the core as %+v", press)
	}
	advice, note, remind := h.mm.nextPost(t), h.mm.nextPost(t), h.mm.nextPost(t)
	if advice.Message != "Vraag toestemming.\nDossiernotitie:" || advice.ChannelId != dm {
		t.Errorf("advice = %q", advice.Message)
	}
	if note.Message != "```\nToestemming gevraagd op *10-03-2025*.\n```" {
		t.Errorf("note = %q, want it in a code block as it is", note.Message)
	}
	if got := labels(buttonsOf(remind)); !slices.Equal(got, []string{"Ja"}) {
		t.Errorf("last buttons = %v", got)
	}

	if status := h.mm.press(t, question.Id, 1, user); status != http.StatusBadRequest {
		t.Errorf("second press on the answered post: status %d, want the server to find no button", status)
	}
	replay := model.PostActionIntegrationRequest{UserId: user, ChannelId: dm, PostId: question.Id, Context: buttons[1].Integration.Context}
	if status, body := postJSON(t, h.botURL+ActionPath, replay); status != http.StatusOK || strings.Contains(string(body), "update") {
		t.Errorf("a repeated callback: status %d, body %s; want 200 and no update", status, body)
	}

	if status := h.mm.press(t, remind.Id, 0, user); status != http.StatusOK {
		t.Fatalf("press status = %d", status)
	}
	if last := core.Next(t); last.Action != "remind:yes" {
		t.Errorf("core got %+v", last)
	}
	h.mm.nextPost(t)
	h.stop()
	if n := core.Count(); n != 3 {
		t.Errorf("core got %d messages, want 3 (the repeated callback is not one)", n)
	}
	h.mm.noMorePosts(t)
}

func TestMentionInChannelIsAnsweredEphemerallyInTheThread(t *testing.T) {
	tests := []struct {
		name     string
		message  string
		rootID   string
		mentions bool
		// ephemeralRefused makes the server refuse the ephemeral post (a
		// bot without the permission): the answer then goes to the DM.
		ephemeralRefused bool
	}{
		{name: "mentioned at the start", message: "@privacybot mag ik delen met school?", mentions: true},
		{name: "mentioned in a thread", message: "mag ik delen met school? @PrivacyBot", rootID: model.NewId(), mentions: true},
		{name: "mention without the mentions field", message: "@privacybot: mag ik delen met school?"},
		{name: "ephemeral refused", message: "@privacybot mag ik delen met school?", mentions: true, ephemeralRefused: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			core := adaptertest.NewCore(adaptertest.Reply(
				bot.Reply{Text: "Meestal *toestemming* nodig.", Controls: []bot.Choice{{Label: "Waarom?", Value: "topic:delen-school"}}},
				bot.Reply{Text: "Met wie?", Choices: []bot.Choice{{Label: "School", Value: "ontvanger:school"}}, Direct: true},
			))
			h := newHarness(t, core, harnessConfig{})
			if tt.ephemeralRefused {
				h.mm.fail("POST /posts/ephemeral", failure{status: http.StatusForbidden})
			}
			h.run()
			user := h.mm.addUser("nl", "")
			channel := model.NewId()
			p := h.mm.userPost(user, channel, tt.message)
			p.RootId = tt.rootID
			var mentions []string
			if tt.mentions {
				mentions = []string{h.mm.bot.Id}
			}

			h.mm.sendPosted(t, p, model.ChannelTypeOpen, mentions...)

			m := core.Next(t)
			if m.Text != "mag ik delen met school?" || m.Direct || m.Channel != channel || m.User != user {
				t.Errorf("core got %+v", m)
			}
			wantText := "Meestal **toestemming** nodig.\n\n" + txtChoicesInDM.NL
			dm := h.mm.dmWith(user)
			if tt.ephemeralRefused {
				if fallback := h.mm.nextPost(t); fallback.Message != wantText || fallback.ChannelId != dm {
					t.Errorf("fallback DM = %q in %s", fallback.Message, fallback.ChannelId)
				}
			} else {
				e := h.mm.nextEphemeral(t)
				wantRoot := tt.rootID
				if wantRoot == "" {
					wantRoot = p.Id
				}
				if e.UserID != user || e.Post.ChannelId != channel || e.Post.RootId != wantRoot || e.Post.Message != wantText {
					t.Errorf("ephemeral = user %s, %+v", e.UserID, e.Post)
				}
			}
			moved, question := h.mm.nextPost(t), h.mm.nextPost(t)
			if moved.ChannelId != dm || !slices.Equal(labels(buttonsOf(moved)), []string{"Waarom?"}) {
				t.Errorf("moved reply = %q with %v in %s", moved.Message, labels(buttonsOf(moved)), moved.ChannelId)
			}
			if question.ChannelId != dm || question.Message != "Met wie?" || !slices.Equal(labels(buttonsOf(question)), []string{"School"}) {
				t.Errorf("DM question = %q with %v", question.Message, labels(buttonsOf(question)))
			}
		})
	}
}

func TestPostsNotForTheBotAreIgnored(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "ok"}))
	h := newHarness(t, core, harnessConfig{adjust: func(c *Config) { c.Workers = 1 }})
	h.run()
	user := h.mm.addUser("nl", "")
	dm := h.mm.dmWith(user)
	channel := model.NewId()

	own := h.mm.userPost(h.mm.bot.Id, dm, "eigen bericht")
	otherBot := h.mm.userPost(model.NewId(), dm, "ander bot")
	otherBot.AddProp(model.PostPropsFromBot, "true")
	webhook := h.mm.userPost(user, channel, "@privacybot webhook")
	webhook.AddProp(model.PostPropsFromWebhook, "true")
	system := h.mm.userPost(user, dm, "joined")
	system.Type = model.PostTypeJoinChannel
	deleted := h.mm.userPost(user, dm, "weg")
	deleted.DeleteAt = deleted.CreateAt + 1
	unmentioned := h.mm.userPost(user, channel, "gewoon een kanaalbericht over privacybot")

	h.mm.sendPosted(t, own, model.ChannelTypeDirect)
	h.mm.sendPosted(t, otherBot, model.ChannelTypeDirect)
	h.mm.sendPosted(t, webhook, model.ChannelTypeOpen, h.mm.bot.Id)
	h.mm.sendPosted(t, system, model.ChannelTypeDirect)
	h.mm.sendPosted(t, deleted, model.ChannelTypeDirect)
	h.mm.sendPosted(t, unmentioned, model.ChannelTypeOpen)
	h.mm.sendPosted(t, h.mm.userPost(user, dm, "sentinel"), model.ChannelTypeDirect)

	if m := core.Next(t); m.Text != "sentinel" {
		t.Errorf("core got %q first, want only the sentinel", m.Text)
	}
	h.stop()
	if n := core.Count(); n != 1 {
		t.Errorf("core got %d messages, want 1", n)
	}
}

func TestProfileIsCachedForItsTTL(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "ok"}))
	h := newHarness(t, core, harnessConfig{adjust: func(c *Config) { c.ProfileTTL = time.Hour }})
	h.run()
	user := h.mm.addUser("en-AU", "Australia/Sydney")
	dm := h.mm.dmWith(user)

	for _, step := range []struct {
		advance   time.Duration
		wantCalls int
	}{{0, 1}, {30 * time.Minute, 1}, {31 * time.Minute, 2}} {
		h.advance(step.advance)
		h.mm.sendPosted(t, h.mm.userPost(user, dm, "hoi"), model.ChannelTypeDirect)
		m := core.Next(t)
		if m.Profile != (bot.Profile{Lang: lang.EN, TZ: "Australia/Sydney"}) {
			t.Errorf("profile = %+v", m.Profile)
		}
		h.mm.nextPost(t)
		if n := h.mm.callCount("GET /users/{id}"); n != step.wantCalls {
			t.Errorf("after %v: %d profile reads, want %d", step.advance, n, step.wantCalls)
		}
	}
}
