package slack

import (
	"context"
	"errors"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"privacybot/adapters/internal/pipeline"
	"privacybot/adapters/internal/texts"
	"privacybot/adapters/internal/workqueue"
)

// maxReconnectWait caps the wait between attempts to restart Socket Mode.
const maxReconnectWait = 5 * time.Minute

// runSocket keeps a Socket Mode connection until ctx ends. slack-go
// reconnects by itself after a dropped connection or Slack's "disconnect"
// request, with backoff between failed attempts; when it gives up, this
// starts it again after a growing wait.
func (a *Adapter) runSocket(ctx context.Context) {
	smc := socketmode.New(a.api)
	go a.socketEvents(ctx, smc)
	wait := time.Second
	for {
		err := smc.RunContext(ctx)
		a.pipe.SetReady(false)
		if ctx.Err() != nil {
			return
		}
		a.log.WarnContext(ctx, "slack socket mode stopped; starting again", "err_class", errClass(err), "in", wait)
		if a.sleep(ctx, wait) != nil {
			return
		}
		wait = min(wait*2, maxReconnectWait)
	}
}

// socketEvents handles what the Socket Mode client reports until ctx ends.
func (a *Adapter) socketEvents(ctx context.Context, smc *socketmode.Client) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt := <-smc.Events:
			a.onSocketEvent(ctx, smc, evt)
		}
	}
}

// onSocketEvent acknowledges a request from Slack at once and queues its
// work, or logs the connection's state.
func (a *Adapter) onSocketEvent(ctx context.Context, smc *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.pipe.SetReady(false)
		if c, ok := evt.Data.(*slack.ConnectingEvent); ok && c.ConnectionCount > 0 {
			a.log.InfoContext(ctx, "slack socket mode reconnecting", "connection", c.ConnectionCount, "attempt", c.Attempt)
		} else {
			a.log.InfoContext(ctx, "slack socket mode connecting")
		}
	case socketmode.EventTypeConnected:
		a.pipe.SetReady(true)
		a.log.InfoContext(ctx, "slack socket mode connected")
	case socketmode.EventTypeConnectionError:
		a.pipe.SetReady(false)
		if c, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			a.log.WarnContext(ctx, "slack socket mode connection failed", "attempt", c.Attempt, "backoff", c.Backoff, "err_class", errClass(c.ErrorObj))
		}
	case socketmode.EventTypeInvalidAuth:
		a.log.ErrorContext(ctx, "slack socket mode: app-level token refused")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		a.log.WarnContext(ctx, "slack socket mode message problem", "type", string(evt.Type))
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
		switch {
		case evt.Request == nil:
		case a.pipe.HasInbox():
			// Each waits for its commit; those arriving meanwhile are
			// stored together in the next.
			go a.onSocketRequest(ctx, smc, evt.Type, evt.Request)
		default:
			a.onSocketRequest(ctx, smc, evt.Type, evt.Request)
		}
	}
}

// onSocketRequest decodes one request, queues it and acknowledges it; a
// slash command that finds the queue full is answered in the ack.
func (a *Adapter) onSocketRequest(ctx context.Context, smc *socketmode.Client, typ socketmode.EventType, req *socketmode.Request) {
	reqID := a.requestID()
	var (
		in  *inbound
		err error
	)
	switch typ {
	case socketmode.EventTypeEventsAPI:
		var ev decodedEvent
		ev, err = decodeEvent(req.Payload, a.currentBotID())
		in = ev.in
		if req.RetryAttempt > 0 {
			a.log.InfoContext(ctx, "slack event redelivered", "req", reqID, "retry", req.RetryAttempt, "reason", req.RetryReason)
		}
	case socketmode.EventTypeSlashCommand:
		var c inbound
		c, err = decodeSlashJSON(req.Payload)
		in = &c
	default:
		in, err = decodeInteraction(req.Payload)
	}
	if err != nil {
		a.log.WarnContext(ctx, "slack request not understood", "req", reqID, "type", string(typ), "err_class", errClass(err))
		a.ack(ctx, smc, req, nil)
		return
	}
	if in == nil {
		a.ack(ctx, smc, req, nil)
		return
	}
	err = a.pipe.Enqueue(ctx, reqID, *in)
	switch {
	case err == nil:
		a.ack(ctx, smc, req, nil)
		return
	case errors.Is(err, workqueue.ErrClosed) && in.kind != kindCommand:
		// Unacknowledged, Slack delivers it again, to the next instance.
		a.log.InfoContext(ctx, "slack shutting down; left unacknowledged", "req", reqID, "kind", in.kind)
		return
	case errors.Is(err, pipeline.ErrNotStored) && in.kind != kindCommand:
		// Unacknowledged, Slack delivers it again.
		return
	case in.kind == kindCommand:
		a.log.WarnContext(ctx, "slack queue full; asked user to try again", "req", reqID, "kind", in.kind)
		a.ack(ctx, smc, req, map[string]string{"response_type": "ephemeral", "text": escape(texts.BusyBoth)})
		return
	}
	a.ack(ctx, smc, req, nil)
	a.notifyBusy(*in, reqID)
}

func (a *Adapter) ack(ctx context.Context, smc *socketmode.Client, req *socketmode.Request, payload any) {
	if err := smc.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		a.log.WarnContext(ctx, "slack socket mode ack failed", "err_class", errClass(err))
	}
}
