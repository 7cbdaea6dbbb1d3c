package slack

import (
	"errors"
	"io"
	"net/http"

	"privacybot/adapters/internal/httpjson"
	"privacybot/adapters/internal/texts"
	"privacybot/adapters/internal/workqueue"
)

// maxBody bounds the body of a request from Slack.
const maxBody = 1 << 20

// Handler serves Slack's HTTP requests: POST /slack/commands (slash
// commands), /slack/events (Events API) and /slack/interactions (button
// presses). A request without a valid, fresh signature gets 401 and
// changes nothing; a valid one is acknowledged at once and worked on
// after. In socket mode every path answers 404.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	if a.cfg.Mode != ModeHTTP {
		return mux
	}
	mux.HandleFunc("POST /slack/commands", a.serveCommand)
	mux.HandleFunc("POST /slack/events", a.serveEvent)
	mux.HandleFunc("POST /slack/interactions", a.serveInteraction)
	return mux
}

// readVerified reads and verifies the request body; on failure it has
// answered the request and returns false.
func (a *Adapter) readVerified(w http.ResponseWriter, r *http.Request, reqID string) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		if _, tooBig := errors.AsType[*http.MaxBytesError](err); tooBig {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, "cannot read request", http.StatusBadRequest)
		}
		a.log.WarnContext(r.Context(), "slack request unreadable", "req", reqID, "path", r.URL.Path)
		return nil, false
	}
	if err := a.verifier.verify(r.Header, body); err != nil {
		a.log.WarnContext(r.Context(), "slack request refused", "req", reqID, "path", r.URL.Path, "err_class", errClass(err))
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request) {
	reqID := a.requestID()
	body, ok := a.readVerified(w, r, reqID)
	if !ok {
		return
	}
	in, err := decodeSlashForm(body)
	if err != nil {
		a.badRequest(w, r, reqID, err)
		return
	}
	if a.pipe.Enqueue(r.Context(), reqID, in) == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	// A slash command is not delivered again: answer it rather than fail.
	a.log.WarnContext(r.Context(), "slack queue full or closed; asked user to try again", "req", reqID, "kind", in.kind)
	httpjson.Write(w, map[string]string{"response_type": "ephemeral", "text": escape(texts.BusyBoth)})
}

func (a *Adapter) serveEvent(w http.ResponseWriter, r *http.Request) {
	reqID := a.requestID()
	body, ok := a.readVerified(w, r, reqID)
	if !ok {
		return
	}
	ev, err := decodeEvent(body, a.currentBotID())
	if err != nil {
		a.badRequest(w, r, reqID, err)
		return
	}
	if ev.challenge != "" {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, ev.challenge)
		return
	}
	if ev.in == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		a.log.InfoContext(r.Context(), "slack event redelivered", "req", reqID, "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	a.accept(w, r, reqID, *ev.in)
}

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	reqID := a.requestID()
	body, ok := a.readVerified(w, r, reqID)
	if !ok {
		return
	}
	in, err := decodeInteractionForm(body)
	if err != nil {
		a.badRequest(w, r, reqID, err)
		return
	}
	if in == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	a.accept(w, r, reqID, *in)
}

// accept queues an event or press and acknowledges it; when the queue is
// full the user is told in the background.
func (a *Adapter) accept(w http.ResponseWriter, r *http.Request, reqID string, in inbound) {
	switch err := a.pipe.Enqueue(r.Context(), reqID, in); {
	case err == nil:
		w.WriteHeader(http.StatusOK)
	case errors.Is(err, workqueue.ErrFull):
		a.notifyBusy(in, reqID)
		w.WriteHeader(http.StatusOK)
	default:
		unavailable(w)
	}
}

func (a *Adapter) badRequest(w http.ResponseWriter, r *http.Request, reqID string, err error) {
	a.log.WarnContext(r.Context(), "slack request not understood", "req", reqID, "path", r.URL.Path, "err_class", errClass(err))
	http.Error(w, "bad request", http.StatusBadRequest)
}

// unavailable answers while shutting down, so Slack delivers the event
// again later.
func unavailable(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "10")
	http.Error(w, "shutting down", http.StatusServiceUnavailable)
}
