package slack

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/slack-go/slack"
)

// retrier repeats Web API calls that Slack refused for a moment: a 429 is
// waited out (any call: Slack did nothing), a 5xx or network failure is
// tried again with exponential backoff only for calls safe to repeat.
type retrier struct {
	sleep func(ctx context.Context, d time.Duration) error
	// maxWait is the longest Retry-After waited out; a longer one, or any
	// when maxWait is 0, is returned to the caller.
	maxWait time.Duration
	// tries bounds the attempts of one call.
	tries int
	// backoff is the first wait after a 5xx or network failure.
	backoff time.Duration
}

// rateLimitFallback is the wait after a 429 without a Retry-After header.
const rateLimitFallback = time.Second

// do runs call until it succeeds, fails for good, or runs out of tries.
// safe reports whether call may run twice (no post that a failed response
// may already have made).
func (r retrier) do(ctx context.Context, safe bool, call func(ctx context.Context) error) error {
	backoff := r.backoff
	for attempt := 1; ; attempt++ {
		err := call(ctx)
		if err == nil || attempt >= r.tries || ctx.Err() != nil {
			return err
		}
		wait, ok := rateLimitWait(err)
		switch {
		case ok && wait <= r.maxWait:
		case !ok && safe && transient(err):
			wait = backoff
			backoff *= 2
		default:
			return err
		}
		if serr := r.sleep(ctx, wait); serr != nil {
			return err
		}
	}
}

// rateLimitWait reports whether err is Slack's 429 and how long it asked
// to wait.
func rateLimitWait(err error) (time.Duration, bool) {
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return max(rl.RetryAfter, 0), true
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok && sc.Code == http.StatusTooManyRequests {
		return rateLimitFallback, true
	}
	return 0, false
}

// transient reports whether err is a server or network failure that may
// pass.
func transient(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return sc.Code >= 500
	}
	_, isNet := errors.AsType[net.Error](err)
	return isNet
}

// errClass names the kind of an error for the log, without its text: an
// error's text may hold a response URL (a credential) or, from Slack,
// something a user wrote.
func errClass(err error) string {
	if err == nil {
		return ""
	}
	if errors.Is(err, context.Canceled) {
		return "canceled"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	for _, known := range []error{errMissingHeaders, errStale, errBadSignature, errIncomplete} {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	if _, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return "rate_limited"
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return "http_" + strconv.Itoa(sc.Code)
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && isID(se.Err) {
		return "slack_" + se.Err
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return "network"
	}
	return "other"
}
