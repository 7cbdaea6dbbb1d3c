package mattermost

import (
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/bot"
)

var (
	fullLoad  = flag.Bool("mattermost.load", false, "run the slash command load test at full size (10,000 requests from 50 clients)")
	loadInbox = flag.Bool("mattermost.inbox", false, "store every command in an inbox (a SQLite file) before acknowledging it")
)

// TestLoadSlashCommands sends slash commands from concurrent clients and
// checks that each is answered exactly once, inline or as an ephemeral
// post. At full size it also holds the endpoint to p99 < 50 ms.
func TestLoadSlashCommands(t *testing.T) {
	requests, clients := 500, 50
	if *fullLoad {
		requests = 10000
	}
	core := adaptertest.NewCore(func(m bot.Message) ([]bot.Reply, error) {
		return []bot.Reply{{Text: "re " + m.Text}}, nil
	})
	hc := harnessConfig{}
	if *loadInbox {
		hc.inbox, _ = adaptertest.OpenSQLite(t)
	}
	h := newHarness(t, core, hc)
	h.run()
	users := make([]string, 100)
	for i := range users {
		users[i] = h.mm.addUser("nl", "Europe/Amsterdam")
	}
	channel := model.NewId()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}, Timeout: 10 * time.Second}

	took := make([]time.Duration, requests)
	inline := make([]string, requests)
	failed := make([]string, requests)
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for i := range next {
				form := commandForm(testCommandToken, users[i%len(users)], channel, "town-square", "q"+strconv.Itoa(i))
				t0 := time.Now()
				resp, err := client.Post(h.botURL+CommandPath, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
				if err != nil {
					failed[i] = err.Error()
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				took[i] = time.Since(t0)
				var cr model.CommandResponse
				switch {
				case err != nil:
					failed[i] = err.Error()
				case resp.StatusCode != http.StatusOK:
					failed[i] = "status " + strconv.Itoa(resp.StatusCode)
				case json.Unmarshal(body, &cr) != nil:
					failed[i] = "not JSON"
				default:
					inline[i] = cr.Text
				}
			}
		})
	}
	for i := range requests {
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	h.stop()

	answers := map[string]int{}
	for _, text := range inline {
		if text != "" {
			answers[text]++
		}
	}
	for len(h.mm.ephemeral) > 0 {
		answers[(<-h.mm.ephemeral).Post.Message]++
	}
	errs, lost, twice := 0, 0, 0
	for i := range requests {
		if failed[i] != "" {
			errs++
			if errs <= 3 {
				t.Errorf("request %d failed: %s", i, failed[i])
			}
		}
		switch answers["re q"+strconv.Itoa(i)] {
		case 0:
			lost++
		case 1:
		default:
			twice++
		}
	}
	slices.Sort(took)
	p50, p99 := took[requests*50/100], took[requests*99/100]
	t.Logf("%d slash commands from %d clients, inbox %v, in %v (%.0f/s): p50 %v, p99 %v, max %v; errors %d, lost %d, answered twice %d, answered inline %d",
		requests, clients, *loadInbox, elapsed.Round(time.Millisecond), float64(requests)/elapsed.Seconds(),
		p50, p99, took[requests-1], errs, lost, twice, requests-countEmpty(inline))
	if errs > 0 || lost > 0 || twice > 0 {
		t.Errorf("errors %d, lost %d, answered twice %d; want none", errs, lost, twice)
	}
	if n := core.Count(); n != requests {
		t.Errorf("the core got %d messages, want %d", n, requests)
	}
	if *fullLoad && p99 >= 50*time.Millisecond {
		t.Errorf("p99 = %v, want under 50ms", p99)
	}
}

func countEmpty(texts []string) int {
	n := 0
	for _, s := range texts {
		if s == "" {
			n++
		}
	}
	return n
}
