package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"testing"
	"time"

	"privacybot/adapters/internal/adaptertest"
	"privacybot/adapters/internal/profiles"
	"privacybot/adapters/internal/texts"
	"privacybot/adapters/internal/workqueue"
	"privacybot/bot"
	"privacybot/lang"
)

// work is a piece of inbound work of the test platform.
type work struct {
	key, user string
	direct    bool
	// screened and foreign make Screen and Message take care of it.
	screened, foreign bool
}

func (w work) Kind() string   { return "dm" }
func (w work) Key() string    { return w.key }
func (w work) UserID() string { return w.user }

// platform records what the pipeline hands it.
type platform struct {
	delivered [][]bot.Reply
	msgs      []bot.Message
	fail      error
}

func (p *platform) Screen(_ context.Context, _ *slog.Logger, w work) bool { return w.screened }

func (p *platform) Message(_ context.Context, _ *slog.Logger, w work) (bot.Message, bool) {
	return bot.Message{Address: bot.Address{Platform: "test", User: w.user, Channel: "c"}, Direct: w.direct}, !w.foreign
}

func (p *platform) Deliver(_ context.Context, _ *slog.Logger, _ work, m bot.Message, replies []bot.Reply) error {
	p.msgs = append(p.msgs, m)
	p.delivered = append(p.delivered, replies)
	return p.fail
}

func (p *platform) Encode(work) ([]byte, error)  { return nil, nil }
func (p *platform) Decode([]byte) (work, error)  { return work{}, nil }
func failing(bot.Message) ([]bot.Reply, error)   { return nil, errors.New("disk full") }
func answering(bot.Message) ([]bot.Reply, error) { return []bot.Reply{{Text: "antwoord"}}, nil }
func fetchEnglish(context.Context, string) (bot.Profile, error) {
	return bot.Profile{Lang: lang.EN, TZ: "Europe/London"}, nil
}

func newTestPipeline(core bot.Handler, p *platform) *Pipeline[work] {
	clock := adaptertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC))
	return New(Config[work]{
		Platform: "test", Core: core, Dedup: adaptertest.NewDedup(), Log: slog.New(slog.DiscardHandler),
		Now: clock.Now, Profiles: profiles.New(time.Hour, clock.Now, fetchEnglish), Queue: workqueue.New(1, 1),
		ErrClass: func(error) string { return "x" }, RequestID: func() string { return "r" }, Adapter: p,
	})
}

func TestProcessAsksTheCoreOncePerEvent(t *testing.T) {
	tests := []struct {
		name      string
		work      []work
		wantAsked int
	}{
		{"one event", []work{{key: "e1", user: "u"}}, 1},
		{"a redelivery is kept out", []work{{key: "e1", user: "u"}, {key: "e1", user: "u"}}, 1},
		{"work without a key is not deduplicated", []work{{user: "u"}, {user: "u"}}, 2},
		{"screened work uses up nothing", []work{{key: "e1", user: "u", screened: true}, {key: "e1", user: "u"}}, 1},
		{"work the adapter takes care of reaches no core", []work{{key: "e1", user: "u", foreign: true}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			core := adaptertest.NewCore(answering)
			p := &platform{}
			pipe := newTestPipeline(core, p)
			for _, w := range tt.work {
				pipe.Process(context.Background(), "r", w, "ev")
			}
			if n := core.Count(); n != tt.wantAsked {
				t.Errorf("core asked %d times, want %d", n, tt.wantAsked)
			}
			if len(p.delivered) != tt.wantAsked {
				t.Errorf("%d deliveries, want %d", len(p.delivered), tt.wantAsked)
			}
			for _, m := range p.msgs {
				if m.Profile.Lang != lang.EN || m.Event != "ev" {
					t.Errorf("message lacks the profile or the event: %+v", m)
				}
			}
		})
	}
}

func TestProcessTellsTheAskerWhenTheCoreFails(t *testing.T) {
	for _, direct := range []bool{false, true} {
		p := &platform{}
		pipe := newTestPipeline(adaptertest.NewCore(failing), p)
		pipe.Process(context.Background(), "r", work{key: "e1", user: "u", direct: direct}, "")
		if len(p.delivered) != 1 || len(p.delivered[0]) != 1 {
			t.Fatalf("direct=%v: delivered %+v, want one notice", direct, p.delivered)
		}
		got := p.delivered[0][0]
		if got.Text != texts.Failed.In(lang.EN) || got.Ephemeral == direct {
			t.Errorf("direct=%v: notice %+v, want the failure in English, for the asker only outside a DM", direct, got)
		}
	}
}

func TestSendFromResumesAndReadsBack(t *testing.T) {
	tests := []struct {
		name     string
		sent     int
		unsure   bool
		check    bool
		found    bool
		wantSent []int
	}{
		{"from the start", 0, false, true, false, []int{0, 1, 2}},
		{"from where it stopped", 1, false, true, false, []int{1, 2}},
		{"an unsure message found is not sent again", 1, true, true, true, []int{2}},
		{"an unsure message not found is sent", 1, true, true, false, []int{1, 2}},
		{"what cannot be read back is sent again", 1, true, false, true, []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := &bot.OutboxItem{ID: 7, Sent: tt.sent, Unsure: tt.unsure}
			var sent []int
			var asked []string
			err := SendFrom(it, 3, tt.check,
				func(id string) (bool, error) { asked = append(asked, id); return tt.found, nil },
				func(i int, id string) error {
					if id != MessageID(*it, i) {
						t.Errorf("message %d sent with ID %q", i, id)
					}
					sent = append(sent, i)
					return nil
				})
			if err != nil || it.Sent != 3 || it.Unsure || len(sent) != len(tt.wantSent) {
				t.Fatalf("err %v, Sent %d, Unsure %v, sent %v; want %v", err, it.Sent, it.Unsure, sent, tt.wantSent)
			}
			for i := range sent {
				if sent[i] != tt.wantSent[i] {
					t.Errorf("sent %v, want %v", sent, tt.wantSent)
				}
			}
			if wantAsked := tt.unsure && tt.check; (len(asked) == 1) != wantAsked || wantAsked && asked[0] != "7."+strconv.Itoa(tt.sent) {
				t.Errorf("asked the platform for %v", asked)
			}
		})
	}
}

func TestSendFromStopsAtAFailure(t *testing.T) {
	it := &bot.OutboxItem{ID: 1}
	boom := errors.New("boom")
	err := SendFrom(it, 3, true, nil, func(i int, _ string) error {
		if i == 1 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || it.Sent != 1 {
		t.Errorf("err %v, Sent %d; want boom after one message", err, it.Sent)
	}
}
