package slack

import (
	"context"
	"errors"
	"net"
	"slices"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/pipeline"
)

func TestRetrier(t *testing.T) {
	rateLimited := &slack.RateLimitedError{RetryAfter: 3 * time.Second}
	serverError := slack.StatusCodeError{Code: 503, Status: "503 Service Unavailable"}
	netError := &net.OpError{Op: "dial", Err: errors.New("connection refused")}
	tests := []struct {
		name      string
		safe      bool
		errs      []error
		wantCalls int
		wantWaits []time.Duration
		wantErr   bool
	}{
		{"success", false, nil, 1, nil, false},
		{"429 then success", false, []error{rateLimited}, 2, []time.Duration{3 * time.Second}, false},
		{"429 without Retry-After", false, []error{slack.StatusCodeError{Code: 429}}, 2, []time.Duration{time.Second}, false},
		{"429 too long to wait", false, []error{&slack.RateLimitedError{RetryAfter: time.Hour}}, 1, nil, true},
		{"429 three times", false, []error{rateLimited, rateLimited, rateLimited}, 3, []time.Duration{3 * time.Second, 3 * time.Second}, true},
		{"5xx on a safe call backs off", true, []error{serverError, serverError}, 3, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond}, false},
		{"5xx on a post is not repeated", false, []error{serverError}, 1, nil, true},
		{"network failure on a safe call", true, []error{netError}, 2, []time.Duration{250 * time.Millisecond}, false},
		{"slack error is final", true, []error{slack.SlackErrorResponse{Err: "channel_not_found"}}, 1, nil, true},
		{"4xx is final", true, []error{slack.StatusCodeError{Code: 404}}, 1, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &sleeps{}
			r := retrier{sleep: s.sleep, maxWait: 30 * time.Second, tries: 3, backoff: 250 * time.Millisecond}
			calls := 0
			err := r.do(context.Background(), tt.safe, func(context.Context) error {
				calls++
				if calls <= len(tt.errs) {
					return tt.errs[calls-1]
				}
				return nil
			})
			if (err != nil) != tt.wantErr {
				t.Errorf("err = %v, want error %v", err, tt.wantErr)
			}
			if calls != tt.wantCalls {
				t.Errorf("%d calls, want %d", calls, tt.wantCalls)
			}
			if got := s.all(); !slices.Equal(got, tt.wantWaits) {
				t.Errorf("waits %v, want %v", got, tt.wantWaits)
			}
		})
	}
}

func TestRetrierStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	r := retrier{sleep: pipeline.SleepCtx, maxWait: time.Minute, tries: 3, backoff: time.Second}
	err := r.do(ctx, true, func(context.Context) error {
		calls++
		cancel()
		return &slack.RateLimitedError{RetryAfter: time.Minute}
	})
	if err == nil || calls != 1 {
		t.Errorf("err %v after %d calls, want the rate limit error after 1", err, calls)
	}
}

func TestErrClass(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{context.Canceled, "canceled"},
		{&slack.RateLimitedError{RetryAfter: time.Second}, "rate_limited"},
		{slack.StatusCodeError{Code: 502}, "http_502"},
		{slack.SlackErrorResponse{Err: "channel_not_found"}, "slack_channel_not_found"},
		{slack.SlackErrorResponse{Err: "said <@U1> something"}, "other"},
		{&net.OpError{Op: "dial", Err: errors.New("x")}, "network"},
		{errBadSignature, errBadSignature.Error()},
		{errors.New("https://hooks.slack.com/secret"), "other"},
	}
	for _, tt := range tests {
		if got := errClass(tt.err); got != tt.want {
			t.Errorf("errClass(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
