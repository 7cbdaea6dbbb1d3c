package mattermost

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
	"privacybot/lang"
)

func decodeCommandResponse(t *testing.T, body string) model.CommandResponse {
	t.Helper()
	var cr model.CommandResponse
	if err := json.Unmarshal([]byte(body), &cr); err != nil {
		t.Fatalf("slash command answer is not JSON: %v: %s", err, body)
	}
	if cr.ResponseType != model.CommandResponseTypeEphemeral {
		t.Fatalf("response_type = %q, want ephemeral", cr.ResponseType)
	}
	return cr
}

func TestSlashCommandInChannelAnswersEphemerallyAndMovesButtonsToDM(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{
		Text:    "*Privacybot* helpt je.",
		Choices: []bot.Choice{{Label: "Stappenplan", Value: "start:stappenplan"}},
	}))
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("en", "Europe/Amsterdam")
	channel := model.NewId()

	status, body := h.command(commandForm(testCommandToken, user, channel, "town-square", "help"), nil)

	if status != http.StatusOK {
		t.Fatalf("status = %d, want 200", status)
	}
	cr := decodeCommandResponse(t, body)
	if want := "**Privacybot** helpt je.\n\n" + txtChoicesInDM.EN; cr.Text != want {
		t.Errorf("ephemeral text = %q, want %q", cr.Text, want)
	}
	m := core.Next(t)
	want := bot.Message{
		Address: bot.Address{Platform: bot.Mattermost, User: user, Channel: channel},
		Text:    "help",
		Profile: bot.Profile{Lang: lang.EN, TZ: "Europe/Amsterdam"},
	}
	if m != want {
		t.Errorf("core got %+v, want %+v", m, want)
	}
	p := h.mm.nextPost(t)
	if p.ChannelId != h.mm.dmWith(user) {
		t.Errorf("buttons went to channel %s, want the user's DM", p.ChannelId)
	}
	if p.Message != "**Privacybot** helpt je." {
		t.Errorf("DM text = %q", p.Message)
	}
	buttons := buttonsOf(p)
	if len(buttons) != 1 || buttons[0].Name != "Stappenplan" || buttons[0].Integration.URL != h.botURL+ActionPath {
		t.Fatalf("DM buttons = %+v", buttons)
	}
	bc, err := parseContext(buttons[0].Integration.Context)
	if err != nil || bc.value != "start:stappenplan" || bc.user != user || bc.channel != p.ChannelId || !h.a.signer.valid(bc) {
		t.Errorf("button context = %+v (%v)", bc, err)
	}
	if n := len(h.mm.ephemeral); n != 0 {
		t.Errorf("%d ephemeral posts through the API, want the answer in the response", n)
	}
}

func TestSlashCommandInTheBotsDMAnswersWithPosts(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "Kies:", Choices: []bot.Choice{{Label: "Ja", Value: "yes"}, {Label: "Nee", Value: "no"}}}))
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "Europe/Amsterdam")
	dm := h.mm.dmWith(user)

	status, body := h.command(commandForm(testCommandToken, user, dm, model.GetDMNameFromIds(user, h.mm.bot.Id), "toestemming"), nil)

	if status != http.StatusOK {
		t.Fatalf("status = %d, want 200", status)
	}
	if cr := decodeCommandResponse(t, body); cr.Text != "" {
		t.Errorf("ephemeral text = %q, want none in a DM", cr.Text)
	}
	m := core.Next(t)
	if !m.Direct || m.Channel != bot.DM || m.Text != "toestemming" {
		t.Errorf("core got %+v, want a direct message", m)
	}
	p := h.mm.nextPost(t)
	if got := labels(buttonsOf(p)); p.ChannelId != dm || len(got) != 2 || got[0] != "Ja" || got[1] != "Nee" {
		t.Errorf("post in %s with buttons %v", p.ChannelId, got)
	}
	if n := h.mm.callCount("POST /channels/direct"); n != 0 {
		t.Errorf("opened the DM %d times; the command said which channel it is", n)
	}
}

func TestSlashCommandTokenInHeader(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "ok"}))
	h := newHarness(t, core, harnessConfig{})
	h.run()
	user := h.mm.addUser("nl", "")
	form := commandForm("", user, model.NewId(), "town-square", "help")

	status, body := h.command(form, http.Header{"Authorization": {"Token " + testCommandToken}})

	if status != http.StatusOK {
		t.Fatalf("status = %d, want 200", status)
	}
	if cr := decodeCommandResponse(t, body); cr.Text != "ok" {
		t.Errorf("text = %q, want ok", cr.Text)
	}
}

func TestSlashCommandSlowAnswerFollowsAsEphemeralPost(t *testing.T) {
	release := make(chan struct{})
	core := adaptertest.NewCore(func(bot.Message) ([]bot.Reply, error) {
		<-release
		return []bot.Reply{{Text: "*Later*", Ephemeral: true}}, nil
	})
	h := newHarness(t, core, harnessConfig{adjust: func(c *Config) { c.InlineWait = time.Millisecond }})
	h.run()
	user := h.mm.addUser("nl", "")
	channel := model.NewId()

	status, body := h.command(commandForm(testCommandToken, user, channel, "town-square", "bewaartermijn"), nil)
	close(release)

	if status != http.StatusOK {
		t.Fatalf("status = %d, want 200", status)
	}
	if cr := decodeCommandResponse(t, body); cr.Text != "" {
		t.Errorf("text = %q, want an empty acknowledgement", cr.Text)
	}
	e := h.mm.nextEphemeral(t)
	if e.UserID != user || e.Post.ChannelId != channel || e.Post.Message != "**Later**" {
		t.Errorf("ephemeral post = %+v %+v", e, e.Post)
	}
}

func TestSlashCommandRefusals(t *testing.T) {
	user := model.NewId()
	channel := model.NewId()
	tests := []struct {
		name   string
		form   url.Values
		header http.Header
		want   int
	}{
		{"wrong token", commandForm("not-the-token", user, channel, "town-square", "help"), nil, http.StatusUnauthorized},
		{"missing token", commandForm("", user, channel, "town-square", "help"), nil, http.StatusUnauthorized},
		{"token a prefix of the real one", commandForm(testCommandToken[:10], user, channel, "town-square", "help"), nil, http.StatusUnauthorized},
		{"bearer header is not the command token", commandForm("", user, channel, "town-square", "help"), http.Header{"Authorization": {"Bearer " + testCommandToken}}, http.StatusUnauthorized},
		{"bot token instead of command token", commandForm(testToken, user, channel, "town-square", "help"), nil, http.StatusUnauthorized},
		{"no user", commandForm(testCommandToken, "", channel, "town-square", "help"), nil, http.StatusBadRequest},
		{"bad channel id", commandForm(testCommandToken, user, "town-square", "town-square", "help"), nil, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "should not happen"}))
			dedup := adaptertest.NewDedup()
			h := newHarness(t, core, harnessConfig{dedup: dedup})

			status, _ := h.command(tt.form, tt.header)

			if status != tt.want {
				t.Errorf("status = %d, want %d", status, tt.want)
			}
			if n := h.mm.totalCalls(); n != 0 {
				t.Errorf("the refused request made %d calls to Mattermost", n)
			}
			if h.a.queue.Len() != 0 || core.Count() != 0 || dedup.Len() != 0 {
				t.Errorf("the refused request was worked on")
			}
		})
	}
}

func TestSlashCommandWrongMethodRefused(t *testing.T) {
	h := newHarness(t, adaptertest.NewCore(adaptertest.Reply()), harnessConfig{})
	resp, err := http.Get(h.botURL + CommandPath + "?token=" + testCommandToken)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET status = %d, want 405", resp.StatusCode)
	}
}

func TestSlashCommandBusyWhenQueueFull(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "ok"}))
	h := newHarness(t, core, harnessConfig{adjust: func(c *Config) {
		c.Queue = 1
		c.InlineWait = time.Millisecond
	}})
	user := h.mm.addUser("nl", "")
	form := commandForm(testCommandToken, user, model.NewId(), "town-square", "help")

	_, first := h.command(form, nil)
	_, second := h.command(form, nil)

	if cr := decodeCommandResponse(t, first); cr.Text != "" {
		t.Errorf("first answer = %q, want an acknowledgement (queued, no worker yet)", cr.Text)
	}
	if cr := decodeCommandResponse(t, second); cr.Text != texts.BusyBoth {
		t.Errorf("second answer = %q, want the busy text", cr.Text)
	}
}

func TestSlashCommandTokensOfSeveralTeams(t *testing.T) {
	core := adaptertest.NewCore(adaptertest.Reply(bot.Reply{Text: "ok"}))
	h := newHarness(t, core, harnessConfig{adjust: func(c *Config) { c.CommandToken = "team-a-token, " + testCommandToken }})
	h.run()
	user := h.mm.addUser("nl", "")
	for token, want := range map[string]int{
		"team-a-token":   http.StatusOK,
		testCommandToken: http.StatusOK,
		"team-a":         http.StatusUnauthorized,
		"team-a-token, ": http.StatusUnauthorized,
	} {
		if status, _ := h.command(commandForm(token, user, model.NewId(), "town-square", "help"), nil); status != want {
			t.Errorf("token %q: status %d, want %d", token, status, want)
		}
	}
}
