package mattermost

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/adapters/internal/texts"
	"privacybot/bot"
	"privacybot/storage/sqlite"
)

// withOutbox runs an outbox on a new SQLite file, on the harness clock,
// with the adapter as its courier, until the test ends.
func (h *harness) withOutbox(t *testing.T) *bot.Outbox {
	t.Helper()
	now := h.clock.Now
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "outbox.db"), now)
	if err != nil {
		t.Fatal(err)
	}
	o := bot.NewOutbox(db, nil, now, nil, bot.OutboxConfig{Poll: 5 * time.Millisecond})
	h.a.UseOutbox(o)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		o.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		db.Close()
	})
	// The fake server's clock runs with the harness clock, as a real
	// server's runs with ours.
	h.mm.mu.Lock()
	h.mm.clock = now().UnixMilli()
	h.mm.mu.Unlock()
	return o
}

// botPosts returns the bot's posts in channel.
func (f *fakeMM) botPosts(channel string) []*model.Post {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*model.Post
	for _, p := range f.posts {
		if p.ChannelId == channel && p.UserId == f.bot.Id {
			out = append(out, p.Clone())
		}
	}
	return out
}

// TestOutboxPostReachesTheUserOnce: whatever the server does with the post
// of an answer in a DM, the user gets it once, or, after the last try, a
// note with the answer.
func TestOutboxPostReachesTheUserOnce(t *testing.T) {
	limited := failure{status: 429, header: map[string]string{"Retry-After": "1"}}
	tests := []struct {
		name      string
		failures  []failure
		wantPosts int
		wantNote  string
	}{
		{"at once", nil, 1, ""},
		{"three 429s", []failure{limited, limited, limited}, 1, ""},
		{"a 429 asking two minutes", []failure{{status: 429, header: map[string]string{"Retry-After": "120"}}}, 1, ""},
		{"a 5xx after posting", []failure{{status: 503, afterWork: true}}, 1, ""},
		{"a 5xx without posting", []failure{{status: 503}}, 1, ""},
		{"six 5xx: the answer comes with a note", []failure{{status: 500}, {status: 500}, {status: 500}, {status: 500}, {status: 500}, {status: 500}}, 2, texts.Late.NL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, adaptertest.NewCore(echo), harnessConfig{})
			o := h.withOutbox(t)
			h.run()
			user := h.mm.addUser("nl", "Europe/Amsterdam")
			dm := h.mm.dmWith(user)
			h.mm.fail("POST /posts", tt.failures...)
			h.mm.sendPosted(t, h.mm.userPost(user, dm, "mag ik delen?"), model.ChannelTypeDirect)
			deadline := time.Now().Add(10 * time.Second)
			for len(h.mm.botPosts(dm)) < tt.wantPosts && time.Now().Before(deadline) {
				o.Idle()
				h.advance(5 * time.Second)
				<-time.After(5 * time.Millisecond)
			}
			for range 60 {
				o.Idle()
				h.advance(time.Minute)
				<-time.After(2 * time.Millisecond)
			}
			o.Idle()
			posts := h.mm.botPosts(dm)
			answers, notes := 0, 0
			for _, p := range posts {
				switch {
				case p.Message == "re: mag ik delen?":
					answers++
				case tt.wantNote != "" && strings.Contains(p.Message, tt.wantNote):
					notes++
				}
			}
			if len(posts) != tt.wantPosts || answers != 1 || (tt.wantNote != "") != (notes == 1) {
				t.Errorf("the bot posted %d times (%d answers, %d notes), want %d posts, the answer once", len(posts), answers, notes, tt.wantPosts)
			}
		})
	}
}

// TestEphemeralAnswerFailingGoesToTheDM: a mention's ephemeral answer that
// fails three times with a 5xx reaches the user in their DM instead.
func TestEphemeralAnswerFailingGoesToTheDM(t *testing.T) {
	h := newHarness(t, adaptertest.NewCore(echo), harnessConfig{})
	o := h.withOutbox(t)
	h.run()
	user := h.mm.addUser("nl", "Europe/Amsterdam")
	dm := h.mm.dmWith(user)
	h.mm.fail("POST /posts/ephemeral", failure{status: 503}, failure{status: 503}, failure{status: 503})
	channel := model.NewId()
	h.mm.sendPosted(t, h.mm.userPost(user, channel, "@"+testBotName+" mag ik delen?"), model.ChannelTypeOpen, h.mm.bot.Id)
	deadline := time.Now().Add(10 * time.Second)
	for len(h.mm.botPosts(dm)) == 0 && time.Now().Before(deadline) {
		o.Idle()
		<-time.After(5 * time.Millisecond)
	}
	posts := h.mm.botPosts(dm)
	if len(posts) != 1 || !strings.Contains(posts[0].Message, "mag ik delen?") {
		t.Errorf("DM posts %+v, want the answer", posts)
	}
}
