package bot

import (
	"strconv"
	"strings"
	"time"

	"privacybot/flows"
	"privacybot/lang"
)

// auditActionTexts say in plain words what each audit action means, for
// `mijn-gegevens`. Every action the bot writes has a line here; an action
// without one is shown as its code. `mijn-gegevens json` keeps the codes.
var auditActionTexts = map[string]lang.Text{
	"flow.start":           lang.T("Vragen begonnen", "Questions started"),
	"flow.outcome":         lang.T("Uitkomst gekregen", "Outcome given"),
	"flow.abandoned":       lang.T("Vragen gestopt", "Questions stopped"),
	auditSettingsChanged:   lang.T("Instelling veranderd", "Setting changed"),
	AuditReminderSet:       lang.T("Herinnering gezet", "Reminder set"),
	AuditReminderClaimed:   lang.T("Herinnering klaargezet om te sturen", "Reminder about to be sent"),
	AuditReminderSent:      lang.T("Herinnering gestuurd", "Reminder sent"),
	AuditReminderLate:      lang.T("Herinnering later gestuurd dan gepland", "Reminder sent later than planned"),
	AuditReminderRetry:     lang.T("Herinnering niet aangekomen, ik probeer het later opnieuw", "Reminder not delivered, I will try again later"),
	AuditReminderDone:      lang.T("Herinnering afgehandeld", "Reminder done"),
	AuditReminderSnoozed:   lang.T("Herinnering uitgesteld", "Reminder put off"),
	AuditReminderNotSafe:   lang.T("Nog niet veilig om de cliënt te informeren", "Not yet safe to inform the client"),
	AuditReminderCancelled: lang.T("Herinnering geannuleerd", "Reminder cancelled"),
	AuditReminderRefused:   lang.T("Knop van een herinnering van iemand anders geweigerd", "Button of someone else's reminder refused"),
	AuditReminderDigest:    lang.T("Weekoverzicht gestuurd", "Weekly digest sent"),
}

// auditDetailTexts say in plain words the fixed details of audit entries.
var auditDetailTexts = map[string]lang.Text{
	"1h":          lang.T("1 uur", "1 hour"),
	"tomorrow":    lang.T("tot de volgende werkdag", "until the next working day"),
	"next week":   lang.T("tot volgende week", "until next week"),
	"not owner":   lang.T("niet jouw herinnering", "not your reminder"),
	"inform":      KindInform.Text(),
	"record":      KindRecord.Text(),
	"lang":        lang.T("taal", "language"),
	"muni":        lang.T("gemeente", "municipality"),
	"tz":          lang.T("tijdzone", "time zone"),
	"digest":      lang.T("weekoverzicht", "weekly digest"),
	"reason own":  lang.T("reden in je eigen woorden", "reason in your own words"),
	"reason none": lang.T("geen reden gegeven", "no reason given"),
}

// auditLine is one audit entry in plain words: when, what, for which
// decision, and its details.
func auditLine(set *flows.Set, e AuditEntry, lang lang.Lang, loc *time.Location) string {
	what := e.Action
	if t, ok := auditActionTexts[e.Action]; ok {
		what = t.In(lang)
	}
	parts := []string{what}
	if f := set.WithID(e.Flow); f != nil {
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
	return FormatWhen(e.At, loc, lang) + ": " + strings.Join(parts, " · ")
}

// auditDetail says a detail ("attempt 2; 1h5m0s after due") in plain
// words; a part it does not know stays as it is.
func auditDetail(detail string, lang lang.Lang, loc *time.Location) string {
	parts := strings.Split(detail, "; ")
	for i, p := range parts {
		parts[i] = auditDetailPart(p, lang, loc)
	}
	return strings.Join(parts, ", ")
}

func auditDetailPart(p string, l lang.Lang, loc *time.Location) string {
	if words, ok := digestDetailPart(p, l); ok {
		return words
	}
	if t, ok := auditDetailTexts[p]; ok {
		return t.In(l)
	}
	word, rest, _ := strings.Cut(p, " ")
	switch {
	case word == "attempt" && strings.HasSuffix(rest, " failed"):
		return lang.T("poging ", "attempt ").In(l) + strings.TrimSuffix(rest, " failed") + lang.T(" mislukt", " failed").In(l)
	case word == "attempt":
		return lang.T("poging ", "attempt ").In(l) + rest
	case word == "reason":
		if t, ok := ReasonCodeText(rest); ok {
			return lang.T("reden: ", "reason: ").In(l) + t.In(l)
		}
	case rest == "days":
		return word + lang.T(" dagen", " days").In(l)
	case rest == "open":
		return word + lang.T(" open", " open").In(l)
	case strings.HasSuffix(p, " after due"):
		if d, err := time.ParseDuration(strings.TrimSuffix(p, " after due")); err == nil {
			return durationWords(d, l) + lang.T(" later dan gepland", " later than planned").In(l)
		}
	case strings.HasPrefix(p, "retry at "):
		if at, err := time.Parse(time.RFC3339, strings.TrimPrefix(p, "retry at ")); err == nil {
			return lang.T("nieuwe poging op ", "next try on ").In(l) + FormatWhen(at, loc, l)
		}
	}
	return p
}

// durationWords says d in hours and minutes ("1 uur 5 min").
func durationWords(d time.Duration, l lang.Lang) string {
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	var out []string
	if h > 0 {
		out = append(out, strconv.Itoa(h)+lang.T(" uur", " h").In(l))
	}
	if m > 0 || h == 0 {
		out = append(out, strconv.Itoa(m)+" min")
	}
	return strings.Join(out, " ")
}
