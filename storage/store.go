// Package storage names what the core needs of a database, whichever the
// engine: storage/sqlite and storage/postgres implement Store, and
// storage/storetest holds the contract both pass.
package storage

import (
	"context"

	"privacybot/bot"
	"privacybot/bot/fg"
	"privacybot/bot/practice"
)

// Store is every store interface the core, the reminders, the FG desk and
// the practice cases ask of one database, plus its health check and close.
type Store interface {
	bot.ConversationStore
	bot.SettingsStore
	bot.AuditStore
	bot.DedupStore
	bot.InboxStore
	bot.UserDataStore
	bot.ReminderBook
	bot.ReminderQueue
	bot.DigestStore
	bot.Purger
	bot.TurnStore
	bot.OutboxStore
	fg.Store
	practice.Store
	practice.WeeklyStore
	Ping(ctx context.Context) error
	Close() error
}
