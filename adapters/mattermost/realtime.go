package mattermost

import (
	"cmp"
	"context"
	"errors"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"
)

// Why a WebSocket session ended.
var (
	errDropped     = errors.New("dropped")
	errPingTimeout = errors.New("ping_timeout")
	errDial        = errors.New("dial")
)

// wsHandshake bounds the WebSocket's TCP connect and upgrade.
const wsHandshake = 15 * time.Second

// listen keeps a WebSocket session open until ctx ends, reconnecting with
// backoff after each loss.
func (a *Adapter) listen(ctx context.Context) {
	attempt := 0
	for {
		greeted, err := a.session(ctx)
		a.pipe.SetReady(false)
		if ctx.Err() != nil {
			return
		}
		if greeted {
			attempt = 0
		}
		attempt++
		wait := a.reconnect(attempt)
		a.log.WarnContext(ctx, "mattermost websocket lost; reconnecting", "err_class", wsClass(err), "attempt", attempt, "in", wait)
		if a.sleep(ctx, wait) != nil {
			return
		}
	}
}

// session connects the WebSocket and reads its events until it breaks or
// ctx ends. greeted reports whether the server said hello (authenticated).
// After each hello the bot catches up on the DM posts it missed.
func (a *Adapter) session(ctx context.Context) (greeted bool, err error) {
	me, err := a.self(ctx)
	if err != nil {
		return false, err
	}
	dialer := &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: wsHandshake,
		NetDialContext: func(_ context.Context, network, addr string) (net.Conn, error) {
			return (&net.Dialer{Timeout: wsHandshake}).DialContext(ctx, network, addr)
		},
	}
	ws, err := model.NewWebSocketClient4WithDialer(dialer, wsURL(a.cfg.URL), a.cfg.Token)
	if err != nil {
		return false, errDial
	}
	ws.Listen()
	defer ws.Close()
	events, responses := ws.EventChannel, ws.ResponseChannel
	for {
		select {
		case <-ctx.Done():
			return greeted, nil
		case <-ws.PingTimeoutChannel:
			return greeted, errPingTimeout
		case _, ok := <-responses:
			if !ok {
				responses = nil
			}
		case ev, ok := <-events:
			if !ok {
				return greeted, errDropped
			}
			switch ev.EventType() {
			case model.WebsocketEventHello:
				greeted = true
				a.pipe.SetReady(true)
				a.log.InfoContext(ctx, "mattermost websocket connected")
				a.catchUp(ctx, me)
			case model.WebsocketEventPosted:
				a.onPosted(ctx, me, ev.GetData())
			}
		}
	}
}

// wsURL is the WebSocket base of the server URL (ws:// or wss://).
func wsURL(base string) string {
	if rest, ok := strings.CutPrefix(base, "https://"); ok {
		return "wss://" + rest
	}
	if rest, ok := strings.CutPrefix(base, "http://"); ok {
		return "ws://" + rest
	}
	return base
}

// wsClass names why a session ended, for the log.
func wsClass(err error) string {
	for _, known := range []error{errDropped, errPingTimeout, errDial} {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	return errClass(err)
}

// onPosted takes a "posted" event meant for the bot.
func (a *Adapter) onPosted(ctx context.Context, me identity, data map[string]any) {
	ev, err := decodePosted(data)
	if err != nil {
		a.log.WarnContext(ctx, "mattermost posted event unreadable", "err_class", "decode")
		return
	}
	if a.fgPosted(ctx, me, ev) {
		return
	}
	if in, ok := inboundPost(me, ev); ok {
		a.take(ctx, in, ev.post.CreateAt)
	}
}

// take queues a post meant for the bot, waiting for room in the queue: a
// full queue holds up the WebSocket rather than losing the post. With an
// inbox the post is stored instead, and its DM's catch-up position moves
// past it in the same transaction.
func (a *Adapter) take(ctx context.Context, in inbound, createAt int64) {
	rid := requestID()
	if a.pipe.HasInbox() {
		if in.direct {
			a.dms.learn(in.user, in.channel)
		}
		// A post not stored is not counted as seen: the next catch-up
		// fetches it again.
		if a.pipe.Store(ctx, rid, in, postPosition(in, createAt)) == nil && in.direct {
			a.dms.saw(in.channel, createAt)
		}
		return
	}
	if in.direct {
		a.dms.learn(in.user, in.channel)
		a.dms.saw(in.channel, createAt)
	}
	if err := a.queue.Enqueue(ctx, a.pipe.Job(rid, in, "")); err != nil {
		a.log.WarnContext(ctx, "mattermost post not taken", "req", rid, "kind", in.kind, "err_class", errClass(err))
	}
}

// catchUp fetches, for each DM channel followed (with an inbox: also each
// one stored before a restart), the posts made since the latest one seen
// (GET /channels/{id}/posts?since=) and takes those meant for the bot,
// oldest first. One already answered is skipped by the dedup store, or
// the inbox.
func (a *Adapter) catchUp(ctx context.Context, me identity) {
	for channel, since := range a.catchUpFrom(ctx) {
		list, err := call(ctx, a, "get posts since", func(ctx context.Context) (*model.PostList, *model.Response, error) {
			return a.client.GetPostsSince(ctx, channel, since, false)
		})
		if err != nil {
			a.log.WarnContext(ctx, "mattermost catch-up failed for a channel", "err_class", errClass(err))
			continue
		}
		var posts []*model.Post
		for _, p := range list.Posts {
			if p != nil && p.ChannelId == channel && p.CreateAt >= since {
				posts = append(posts, p)
			}
		}
		slices.SortFunc(posts, func(x, y *model.Post) int { return cmp.Compare(x.CreateAt, y.CreateAt) })
		taken := 0
		for _, p := range posts {
			if in, ok := inboundPost(me, postedEvent{post: p, channelType: model.ChannelTypeDirect}); ok {
				a.take(ctx, in, p.CreateAt)
				taken++
			}
		}
		if taken > 0 {
			a.log.InfoContext(ctx, "mattermost caught up on a DM channel", "posts", taken)
		}
	}
}
