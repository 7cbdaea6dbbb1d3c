package bot

import (
	"strings"
	"testing"
	"time"

	"privacybot/flows"
	"privacybot/lang"
)

// TestAuditLinesInPlainWords: every audit action the bot writes has plain
// words in both languages, and the details the scheduler and the reminders
// write read as words, not codes.
func TestAuditLinesInPlainWords(t *testing.T) {
	for _, action := range []string{"flow.start", "flow.outcome", "flow.abandoned", "settings.changed",
		AuditReminderSet, AuditReminderClaimed, AuditReminderSent, AuditReminderLate, AuditReminderRetry,
		AuditReminderDone, AuditReminderSnoozed, AuditReminderNotSafe, AuditReminderCancelled,
		AuditReminderRefused, AuditReminderDigest} {
		if txt, ok := auditActionTexts[action]; !ok || txt.NL == "" || txt.EN == "" {
			t.Errorf("no words for audit action %q", action)
		}
	}
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		e      AuditEntry
		wantNL string
		wantEN string
	}{
		{AuditEntry{At: at, Action: AuditReminderClaimed, Detail: "attempt 1"}, "Herinnering klaargezet om te sturen · poging 1", "attempt 1"},
		{AuditEntry{At: at, Action: AuditReminderLate, Detail: "attempt 2; 1h5m0s after due"}, "poging 2, 1 uur 5 min later dan gepland", "1 h 5 min later than planned"},
		{AuditEntry{At: at, Action: AuditReminderRetry, Detail: "attempt 1 failed; retry at 2026-12-01T09:05:00Z"}, "poging 1 mislukt, nieuwe poging op di 1 dec 2026 10:05", "next try on"},
		{AuditEntry{At: at, Action: AuditReminderNotSafe, Detail: "7 days"}, "Nog niet veilig om de cliënt te informeren · 7 dagen", "7 days"},
		{AuditEntry{At: at, Action: AuditReminderNotSafe, Detail: "reason child"}, "reden: veiligheid van het kind", "reason: "},
		{AuditEntry{At: at, Action: AuditReminderSnoozed, Detail: "tomorrow"}, "tot de volgende werkdag", "until the next working day"},
		{AuditEntry{At: at, Action: "settings.changed", Detail: "muni"}, "Instelling veranderd · gemeente", "Setting changed · municipality"},
		{AuditEntry{At: at, Action: AuditReminderSet, Detail: "record"}, "besluit vastleggen in het dossier", "record the decision"},
	}
	loc, _ := time.LoadLocation("Europe/Amsterdam")
	for _, tt := range tests {
		nl, en := auditLine(flows.EmbeddedSet(), tt.e, lang.NL, loc), auditLine(flows.EmbeddedSet(), tt.e, lang.EN, loc)
		if !strings.Contains(nl, tt.wantNL) || !strings.Contains(en, tt.wantEN) {
			t.Errorf("%s %q:\nNL %q, want %q in it\nEN %q, want %q in it", tt.e.Action, tt.e.Detail, nl, tt.wantNL, en, tt.wantEN)
		}
		if strings.Contains(nl, tt.e.Action) {
			t.Errorf("the Dutch line shows the code %q: %q", tt.e.Action, nl)
		}
	}
}

func TestDigestAuditLine(t *testing.T) {
	at := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		e    AuditEntry
		lang lang.Lang
		want string
	}{
		{AuditEntry{Action: AuditReminderDigest, Detail: "week 2026-W10; 3 open"}, lang.NL, "Weekoverzicht gestuurd · week 10 van 2026, 3 open herinneringen"},
		{AuditEntry{Action: AuditReminderDigest, Detail: "week 2026-W10; 1 open"}, lang.NL, "Weekoverzicht gestuurd · week 10 van 2026, 1 open herinnering"},
		{AuditEntry{Action: AuditReminderDigest, Detail: "week 2026-W02; 2 open"}, lang.EN, "Weekly digest sent · week 2 of 2026, 2 open reminders"},
		{AuditEntry{Action: AuditReminderDigest, Detail: "2 open"}, lang.NL, "Weekoverzicht gestuurd · 2 open herinneringen"},
		{AuditEntry{Action: AuditReminderDigest, Detail: "week x; odd"}, lang.EN, "Weekly digest sent · week x, odd"},
	}
	for _, tt := range tests {
		tt.e.At = at
		got := auditLine(flows.EmbeddedSet(), tt.e, tt.lang, time.UTC)
		if _, words, _ := strings.Cut(got, ": "); words != tt.want {
			t.Errorf("auditLine(%+v) = %q; want the words %q", tt.e, got, tt.want)
		}
	}
}
