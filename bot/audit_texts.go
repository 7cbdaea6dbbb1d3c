package bot

import (
	"strconv"
	"strings"
	"time"

	"privacybot/flows"
)

// auditActionTexts say in plain words what each audit action means, for
// `mijn-gegevens`. Every action the bot writes has a line here; an action
// without one is shown as its code. `mijn-gegevens json` keeps the codes.
var auditActionTexts = map[string]flows.Text{
	"flow.start":           flows.T("Vragen begonnen", "Questions started"),
	"flow.outcome":         flows.T("Uitkomst gekregen", "Outcome given"),
	"flow.abandoned":       flows.T("Vragen gestopt", "Questions stopped"),
	"settings.changed":     flows.T("Instelling veranderd", "Setting changed"),
	AuditReminderSet:       flows.T("Herinnering gezet", "Reminder set"),
	AuditReminderClaimed:   flows.T("Herinnering klaargezet om te sturen", "Reminder about to be sent"),
	AuditReminderSent:      flows.T("Herinnering gestuurd", "Reminder sent"),
	AuditReminderLate:      flows.T("Herinnering later gestuurd dan gepland", "Reminder sent later than planned"),
	AuditReminderRetry:     flows.T("Herinnering niet aangekomen, ik probeer het later opnieuw", "Reminder not delivered, I will try again later"),
	AuditReminderDone:      flows.T("Herinnering afgehandeld", "Reminder done"),
	AuditReminderSnoozed:   flows.T("Herinnering uitgesteld", "Reminder put off"),
	AuditReminderNotSafe:   flows.T("Nog niet veilig om de cliënt te informeren", "Not yet safe to inform the client"),
	AuditReminderCancelled: flows.T("Herinnering geannuleerd", "Reminder cancelled"),
	AuditReminderRefused:   flows.T("Knop van een herinnering van iemand anders geweigerd", "Button of someone else's reminder refused"),
	AuditReminderDigest:    flows.T("Weekoverzicht gestuurd", "Weekly digest sent"),
}

// auditDetailTexts say in plain words the fixed details of audit entries.
var auditDetailTexts = map[string]flows.Text{
	"1h":          flows.T("1 uur", "1 hour"),
	"tomorrow":    flows.T("tot de volgende werkdag", "until the next working day"),
	"next week":   flows.T("tot volgende week", "until next week"),
	"not owner":   flows.T("niet jouw herinnering", "not your reminder"),
	"inform":      txtKindInform,
	"record":      txtKindRecord,
	"lang":        flows.T("taal", "language"),
	"muni":        flows.T("gemeente", "municipality"),
	"tz":          flows.T("tijdzone", "time zone"),
	"digest":      flows.T("weekoverzicht", "weekly digest"),
	"reason own":  flows.T("reden in je eigen woorden", "reason in your own words"),
	"reason none": flows.T("geen reden gegeven", "no reason given"),
}

// auditLine is one audit entry in plain words: when, what, for which
// decision, and its details.
func auditLine(e AuditEntry, lang flows.Lang, loc *time.Location) string {
	what := e.Action
	if t, ok := auditActionTexts[e.Action]; ok {
		what = t.In(lang)
	}
	parts := []string{what}
	if f := flows.FlowByID(e.Flow); f != nil {
		decision := f.Title.In(lang)
		if o := f.Outcome(e.Outcome); o != nil {
			decision += ": " + o.Title.In(lang)
		}
		parts = append(parts, decision)
	} else if e.Flow != "" {
		parts = append(parts, strings.TrimSpace(e.Flow+" "+e.Outcome))
	}
	if e.Detail != "" {
		parts = append(parts, auditDetail(e.Detail, lang, loc))
	}
	return formatWhen(e.At, loc, lang) + ": " + strings.Join(parts, " · ")
}

// auditDetail says a detail ("attempt 2; 1h5m0s after due") in plain
// words; a part it does not know stays as it is.
func auditDetail(detail string, lang flows.Lang, loc *time.Location) string {
	parts := strings.Split(detail, "; ")
	for i, p := range parts {
		parts[i] = auditDetailPart(p, lang, loc)
	}
	return strings.Join(parts, ", ")
}

func auditDetailPart(p string, lang flows.Lang, loc *time.Location) string {
	if words, ok := digestDetailPart(p, lang); ok {
		return words
	}
	if t, ok := auditDetailTexts[p]; ok {
		return t.In(lang)
	}
	word, rest, _ := strings.Cut(p, " ")
	switch {
	case word == "attempt" && strings.HasSuffix(rest, " failed"):
		return flows.T("poging ", "attempt ").In(lang) + strings.TrimSuffix(rest, " failed") + flows.T(" mislukt", " failed").In(lang)
	case word == "attempt":
		return flows.T("poging ", "attempt ").In(lang) + rest
	case word == "reason":
		if t, ok := reasonTexts[rest]; ok {
			return flows.T("reden: ", "reason: ").In(lang) + t.In(lang)
		}
	case rest == "days":
		return word + flows.T(" dagen", " days").In(lang)
	case rest == "open":
		return word + flows.T(" open", " open").In(lang)
	case strings.HasSuffix(p, " after due"):
		if d, err := time.ParseDuration(strings.TrimSuffix(p, " after due")); err == nil {
			return durationWords(d, lang) + flows.T(" later dan gepland", " later than planned").In(lang)
		}
	case strings.HasPrefix(p, "retry at "):
		if at, err := time.Parse(time.RFC3339, strings.TrimPrefix(p, "retry at ")); err == nil {
			return flows.T("nieuwe poging op ", "next try on ").In(lang) + formatWhen(at, loc, lang)
		}
	}
	return p
}

// durationWords says d in hours and minutes ("1 uur 5 min").
func durationWords(d time.Duration, lang flows.Lang) string {
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	var out []string
	if h > 0 {
		out = append(out, strconv.Itoa(h)+flows.T(" uur", " h").In(lang))
	}
	if m > 0 || h == 0 {
		out = append(out, strconv.Itoa(m)+" min")
	}
	return strings.Join(out, " ")
}
