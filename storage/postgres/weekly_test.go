package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/bot/practice"
	"privacybot/flows"
	"privacybot/storage/storetest"
)

// TestWeeklyContract runs the contract of the store of weekly posts
// against a new schema in the database PRIVACYBOT_TEST_DATABASE_URL names.
func TestWeeklyContract(t *testing.T) {
	base := testBaseURL(t)
	storetest.RunWeekly(t, func(t *testing.T) practice.WeeklyStore {
		return openTest(t, withParam(t, testSchemaURL(t, base), "synchronous_commit", "off"), time.Now)
	})
}

// postCounter is a team channel that counts the posts of the weekly case.
type postCounter struct {
	mu    sync.Mutex
	posts int
}

func (p *postCounter) PostPractice(context.Context, string, string, bot.Reply) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.posts++
	return fmt.Sprintf("P%d", p.posts), nil
}

func (p *postCounter) UpdatePost(context.Context, string, string, bot.Reply) error { return nil }

// TestWeeklyOnePostWithThreeReplicas lets three bot instances on one
// PostgreSQL tick at the same moment, three times: the team channel gets
// the week's case once.
func TestWeeklyOnePostWithThreeReplicas(t *testing.T) {
	base := testBaseURL(t)
	url := testSchemaURL(t, base)
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	now := func() time.Time { return time.Date(2026, 12, 1, 10, 0, 0, 0, ams) }
	ch := &postCounter{}
	var reps []*practice.Weekly
	for range 3 {
		s := openTest(t, url, now)
		svc := practice.New(flows.EmbeddedCases(), s, now, slog.New(slog.DiscardHandler), nil)
		w, err := practice.NewWeekly(svc, s, map[string]practice.Channel{bot.Slack: ch},
			practice.WeeklyConfig{Channels: map[string][]string{bot.Slack: {"CTEAM"}}})
		if err != nil {
			t.Fatal(err)
		}
		reps = append(reps, w)
	}
	for range 3 {
		var wg sync.WaitGroup
		for _, w := range reps {
			wg.Go(func() {
				if _, err := w.Tick(context.Background()); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}
	if ch.posts != 1 {
		t.Fatalf("%d posts from three instances, want 1", ch.posts)
	}
}
