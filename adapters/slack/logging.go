package slack

import (
	"context"
	"errors"
	"net"
	"strconv"

	"github.com/slack-go/slack"
)

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
