// Package remind reminds a user of what a decision asks of them afterwards:
// to inform the client, to record the decision in the file (§1.4 Dossier,
// §1.6), to act before a legal term ends. Reminders is the service the
// core offers at an outcome (it implements bot.FollowUps); Scheduler sends
// the reminders when they fall due, the weekly digest of open reminders,
// and runs the retention purge. The store is the single source of truth:
// bot.ReminderBook for the service, bot.ReminderQueue for the scheduler.
//
// The service's button values and questions start with "r:" (see
// values.go); nothing outside this package reads them.
package remind

import "strings"

func wordCount(s string) int { return len(strings.Fields(s)) }
