package mattermost

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
)

// Retry limits for REST calls.
const (
	maxTries = 3
	// firstBackoff is the wait after the first 5xx or network failure; it
	// doubles per try.
	firstBackoff = 250 * time.Millisecond
	// maxRateWait is the longest Retry-After the adapter waits out itself;
	// a longer one is returned to the caller.
	maxRateWait = 30 * time.Second
	// rateFallback is the wait after a 429 that names none.
	rateFallback = time.Second
)

// Error classes, as logged.
const (
	classRateLimited = "rate_limited"
	classServer      = "server"
	classNetwork     = "network"
	classRefused     = "refused"
	classCanceled    = "canceled"
)

// apiError is a failed REST call. Its text names the operation, class and
// status only: the underlying error may hold a URL with a user ID or a
// server message quoting what was posted.
type apiError struct {
	op     string
	class  string
	status int
	// retryAfter is the wait the server asked for with a 429.
	retryAfter time.Duration
	err        error
}

func (e *apiError) Error() string {
	s := "mattermost " + e.op + ": " + e.class
	if e.status != 0 {
		s += " (HTTP " + strconv.Itoa(e.status) + ")"
	}
	return s
}

func (e *apiError) Unwrap() error { return e.err }

// retryable reports whether trying the call again may help.
func (e *apiError) retryable() bool {
	return e.class == classRateLimited || e.class == classServer || e.class == classNetwork
}

// classify turns the result of a Client4 call into an *apiError.
func classify(ctx context.Context, op string, resp *model.Response, err error) *apiError {
	e := &apiError{op: op, err: err}
	switch {
	case ctx.Err() != nil:
		e.class = classCanceled
	case resp == nil || resp.StatusCode == 0:
		e.class = classNetwork
	case resp.StatusCode == http.StatusTooManyRequests:
		e.class, e.status = classRateLimited, resp.StatusCode
		e.retryAfter = retryAfter(resp.Header)
	case resp.StatusCode >= 500:
		e.class, e.status = classServer, resp.StatusCode
	default:
		e.class, e.status = classRefused, resp.StatusCode
	}
	return e
}

// retryAfter reads how long a 429 asks to wait: Retry-After in seconds or
// as an HTTP date, else Mattermost's X-Ratelimit-Reset in seconds, else
// rateFallback.
func retryAfter(h http.Header) time.Duration {
	if v := h.Get("Retry-After"); v != "" {
		if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
			return time.Duration(secs) * time.Second
		}
		if at, err := http.ParseTime(v); err == nil {
			return max(time.Until(at), 0)
		}
	}
	if secs, err := strconv.Atoi(h.Get("X-Ratelimit-Reset")); err == nil && secs >= 0 {
		return time.Duration(secs) * time.Second
	}
	return rateFallback
}

// errClass names the kind of err for the log, without its text.
func errClass(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := errors.AsType[*apiError](err); ok {
		return e.class
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return classCanceled
	}
	return "other"
}

// call runs f until it succeeds, fails for good, or has been tried
// maxTries times. A 429 is waited out as the server asks (up to
// maxRateWait); a 5xx or network failure is tried again after an
// exponential backoff. Every wait ends early when ctx does.
func call[T any](ctx context.Context, a *Adapter, op string, f func(ctx context.Context) (T, *model.Response, error)) (T, error) {
	backoff := firstBackoff
	for try := 1; ; try++ {
		v, resp, err := f(ctx)
		if err == nil {
			return v, nil
		}
		e := classify(ctx, op, resp, err)
		if !e.retryable() || try >= maxTries {
			return v, e
		}
		wait := backoff
		if e.class == classRateLimited {
			if e.retryAfter > maxRateWait {
				return v, e
			}
			wait = e.retryAfter
		}
		backoff *= 2
		if a.sleep(ctx, wait) != nil {
			return v, classify(ctx, op, resp, err)
		}
	}
}
