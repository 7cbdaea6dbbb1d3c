package mattermost

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
)

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		name   string
		header http.Header
		want   time.Duration
	}{
		{"seconds", http.Header{"Retry-After": {"7"}}, 7 * time.Second},
		{"zero", http.Header{"Retry-After": {"0"}}, 0},
		{"date in the past", http.Header{"Retry-After": {"Mon, 02 Jan 2006 15:04:05 GMT"}}, 0},
		{"Mattermost's reset header", http.Header{"X-Ratelimit-Reset": {"3"}}, 3 * time.Second},
		{"garbage", http.Header{"Retry-After": {"soon"}}, rateFallback},
		{"none", http.Header{}, rateFallback},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.header); got != tt.want {
			t.Errorf("%s: retryAfter = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	err := errors.New("Post https://chat/api/v4/users/abc: boom")
	tests := []struct {
		name      string
		ctx       context.Context
		resp      *model.Response
		class     string
		retryable bool
	}{
		{"network", context.Background(), nil, classNetwork, true},
		{"rate limited", context.Background(), &model.Response{StatusCode: 429, Header: http.Header{}}, classRateLimited, true},
		{"server", context.Background(), &model.Response{StatusCode: 503}, classServer, true},
		{"refused", context.Background(), &model.Response{StatusCode: 403}, classRefused, false},
		{"canceled", canceled, nil, classCanceled, false},
	}
	for _, tt := range tests {
		e := classify(tt.ctx, "create post", tt.resp, err)
		if e.class != tt.class || e.retryable() != tt.retryable || errClass(e) != tt.class {
			t.Errorf("%s: class %q retryable %v", tt.name, e.class, e.retryable())
		}
		if strings.Contains(e.Error(), "abc") || !errors.Is(e, err) {
			t.Errorf("%s: error text %q leaks the cause or lost it", tt.name, e.Error())
		}
	}
}

func TestCallStopsWhenContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	a := &Adapter{sleep: func(ctx context.Context, _ time.Duration) error {
		cancel()
		return ctx.Err()
	}}
	tries := 0
	_, err := call(ctx, a, "get me", func(context.Context) (*model.User, *model.Response, error) {
		tries++
		return nil, &model.Response{StatusCode: 502}, errors.New("bad gateway")
	})
	if tries != 1 || errClass(err) != classCanceled {
		t.Errorf("tries = %d, class %q; want 1 try and canceled", tries, errClass(err))
	}
}
