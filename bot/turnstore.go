package bot

import (
	"context"
	"errors"
	"fmt"
)

// TurnWrites is everything one handled message changes. The core collects
// it while it works out the replies and hands it to TurnStore.CommitTurn at
// the end, so that a turn is saved whole or not at all.
type TurnWrites struct {
	// Conversation, when not nil, is saved if its Version is still the
	// stored version (0 for a conversation not stored yet).
	Conversation *Conversation
	// Settings, when not nil, replace the user's settings.
	Settings *Settings
	// Reminders are created (ID 0) or updated (ID set, Version checked),
	// in order, each with its audit entry.
	Reminders []ReminderWrite
	// Audit entries are appended after the reminders, in order.
	Audit []AuditEntry
	// Event, when not "", is the pending inbox event the turn answers:
	// Replies are stored with it, so that the event worked again (after a
	// crash before its answer was handed on) gets them back instead of
	// being applied a second time. Neither counts for Empty.
	Event   string
	Replies []Reply
}

// ReminderWrite is one reminder a turn creates or changes, with the audit
// entry of that change.
type ReminderWrite struct {
	Reminder *Reminder
	Audit    AuditEntry
}

// Empty reports whether w changes nothing.
func (w *TurnWrites) Empty() bool {
	return w.Conversation == nil && w.Settings == nil && len(w.Reminders) == 0 && len(w.Audit) == 0
}

// TurnStore saves a turn's writes in one transaction.
type TurnStore interface {
	// CommitTurn stores w all or nothing. It fails with an error wrapping
	// ErrConflict, storing nothing, when w.Conversation or an updated
	// reminder changed since it was read, or a created reminder duplicates
	// an open one (as CreateReminder's ErrDuplicate). On success the
	// conversation's and the reminders' Version, ID and times are set as
	// SaveConversation, CreateReminder and UpdateReminder set them, and a
	// reminder's audit entry names the reminder.
	//
	// With w.Event set, w.Replies are stored on that pending inbox event in
	// the same transaction; when replies are stored there already (another
	// run of the event committed first), it fails with ErrConflict. An
	// event not pending (unknown, done or erased) stores no replies.
	CommitTurn(ctx context.Context, w *TurnWrites) error
	// TurnReplies returns the replies a committed turn stored for the
	// pending inbox event, and ok false when it has none (not answered
	// yet, done, or unknown).
	TurnReplies(ctx context.Context, event string) (replies []Reply, ok bool, err error)
}

// turnWritesKey carries a turn's writes in the context, so that the
// reminder service adds its changes to the turn instead of storing them
// itself.
type turnWritesKey struct{}

func withTurnWrites(ctx context.Context, w *TurnWrites) context.Context {
	return context.WithValue(ctx, turnWritesKey{}, w)
}

// WritesOf returns the writes of the turn being handled in ctx, or nil
// outside a turn. A service the core calls adds its changes there, to be
// saved with the rest of the turn, instead of storing them itself.
func WritesOf(ctx context.Context) *TurnWrites {
	w, _ := ctx.Value(turnWritesKey{}).(*TurnWrites)
	return w
}

// commit saves what the turn changed: the erase of the user when the turn
// confirmed it (nothing else is then stored, so nothing comes back), else
// the turn's writes in one transaction.
func (b *Bot) commit(ctx context.Context, t *turn) error {
	if t.forget {
		if b.FG != nil {
			if err := b.FG.Forget(ctx, t.msg.UserKey()); err != nil {
				return fmt.Errorf("forget questions to the FG: %w", err)
			}
		}
		if b.Practice != nil {
			if err := b.Practice.Forget(ctx, t.msg.UserKey()); err != nil {
				return fmt.Errorf("forget practice results: %w", err)
			}
		}
		if err := b.Users.ForgetUser(ctx, t.msg.UserKey()); err != nil {
			return fmt.Errorf("forget user: %w", err)
		}
		b.Log.InfoContext(ctx, "user data erased", "platform", t.msg.Platform)
		return nil
	}
	if t.convDirty {
		c := t.conv
		t.w.Conversation = &c
	}
	if t.settingsDirty {
		s := t.settings
		t.w.Settings = &s
	}
	if t.w.Empty() {
		return nil
	}
	if b.Turns == nil {
		return errors.New("save turn: no TurnStore (Deps.Turns)")
	}
	if err := b.Turns.CommitTurn(ctx, &t.w); err != nil {
		if errors.Is(err, ErrConflict) {
			return err
		}
		return fmt.Errorf("save turn: %w", err)
	}
	return nil
}
