package bot

import (
	"context"
	"fmt"
	"strings"

	"privacybot/lang"
)

// DefaultDigest is the digest's schedule when the operator sets none:
// Monday 09:00.
const DefaultDigest = "0 9 * * 1"

func init() {
	commands["overzicht"] = command{run: (*Bot).cmdDigest}
	commands["weekoverzicht"] = command{run: (*Bot).cmdDigest}
	commands["digest"] = command{run: (*Bot).cmdDigest}
}

// Texts of the digest's setting.
var (
	txtDigestSetting    = lang.T("Weekoverzicht van open herinneringen", "Weekly digest of open reminders")
	txtDigestOrgOff     = lang.T("uitgezet door je organisatie", "switched off by your organisation")
	txtDigestOn         = lang.T("aan", "on")
	txtDigestOff        = lang.T("uit", "off")
	txtBtnDigestOn      = lang.T("Weekoverzicht aan", "Weekly digest on")
	txtBtnDigestOff     = lang.T("Weekoverzicht uit", "Weekly digest off")
	txtDigestOrgOffLong = lang.T(
		"Je organisatie heeft het weekoverzicht voor iedereen uitgezet. Je krijgt het dus niet, en je kunt het zelf niet aanzetten. Je open herinneringen zie je met `/privacy herinneringen`.",
		"Your organisation has switched the weekly digest off for everyone. So you will not get it, and you cannot switch it on yourself. See your open reminders with `/privacy reminders`.")
	txtDigestSavedOn = lang.T(
		"Opgeslagen: je krijgt het weekoverzicht (%s) als je open herinneringen hebt.",
		"Saved: you get the weekly digest (%s) when you have open reminders.")
	txtDigestSavedOff = lang.T(
		"Opgeslagen: je krijgt geen weekoverzicht meer. Je herinneringen zelf krijg je nog wel. Weer aanzetten? Typ `/privacy overzicht aan`.",
		"Saved: you will get no more weekly digests. You still get the reminders themselves. Switch it back on? Type `/privacy digest on`.")
	txtDigestHowToOff = lang.T(
		"Uitzetten? Typ `/privacy overzicht uit`, of kies hieronder.",
		"Switch it off? Type `/privacy digest off`, or choose below.")
	txtDigestHowToOn = lang.T(
		"Aanzetten? Typ `/privacy overzicht aan`, of kies hieronder.",
		"Switch it on? Type `/privacy digest on`, or choose below.")
)

// digestOrgOff reports whether the operator switched the digest off for
// everyone.
func (b *Bot) digestOrgOff() bool { return b.cfg.Digest == "off" }

// cmdDigest shows the digest's setting ("overzicht"), or switches it
// ("overzicht uit", "digest on").
func (b *Bot) cmdDigest(ctx context.Context, t *turn, args string) ([]Reply, error) {
	if strings.TrimSpace(args) != "" {
		return b.setSetting(ctx, t, "digest", strings.TrimSpace(args))
	}
	if b.digestOrgOff() {
		return []Reply{{Text: txtDigestOrgOffLong.In(t.lang)}}, nil
	}
	howTo := txtDigestHowToOff
	if t.settings.DigestOff {
		howTo = txtDigestHowToOn
	}
	r := Reply{Text: "• " + b.digestSettingLine(t.settings, t.tz, t.lang) + "\n" + howTo.In(t.lang)}
	r.Choices = append(r.Choices, b.digestChoice(t.settings, t.lang)...)
	return []Reply{r}, nil
}

// digestSettingLine is the digest's line among the settings: "Weekoverzicht
// van open herinneringen (maandag 09:00): aan", with the operator's
// schedule in the user's zone, or that the organisation switched it off.
func (b *Bot) digestSettingLine(s Settings, tz string, lang lang.Lang) string {
	if b.digestOrgOff() {
		return txtDigestSetting.In(lang) + ": " + txtDigestOrgOff.In(lang)
	}
	state := txtDigestOn
	if s.DigestOff {
		state = txtDigestOff
	}
	return txtDigestSetting.In(lang) + " (" + b.digestWhen(tz, lang) + "): " + state.In(lang)
}

// digestChoice is the button that switches the digest, or none when the
// organisation switched it off.
func (b *Bot) digestChoice(s Settings, lang lang.Lang) []Choice {
	switch {
	case b.digestOrgOff():
		return nil
	case s.DigestOff:
		return []Choice{{Label: txtBtnDigestOn.In(lang), Value: "set:digest:aan"}}
	default:
		return []Choice{{Label: txtBtnDigestOff.In(lang), Value: "set:digest:uit"}}
	}
}

// digestSaved confirms a change of the digest's setting in words that say
// what will happen.
func (b *Bot) digestSaved(s Settings, tz string, lang lang.Lang) string {
	if s.DigestOff {
		return txtDigestSavedOff.In(lang)
	}
	return sprintf(txtDigestSavedOn, lang, b.digestWhen(tz, lang))
}

// digestWhen says when the digest comes, in the user's zone.
func (b *Bot) digestWhen(tz string, lang lang.Lang) string {
	return b.FollowUps.DigestWhen(b.cfg.Digest, tz, lang)
}

// digestDetailPart says one part of a digest's audit detail in words:
// "week 2026-W10" as "week 10 van 2026", "3 open" as "3 open
// herinneringen"; ok is false for a part it does not know.
func digestDetailPart(p string, l lang.Lang) (string, bool) {
	var year, week, open int
	if _, err := fmt.Sscanf(p, "week %d-W%d", &year, &week); err == nil {
		return sprintf(lang.T("week %d van %d", "week %d of %d"), l, week, year), true
	}
	if _, err := fmt.Sscanf(p, "%d open", &open); err == nil {
		return sprintf(plural(open, lang.T("%d open herinnering", "%d open reminder"), lang.T("%d open herinneringen", "%d open reminders")), l, open), true
	}
	return "", false
}

// digestJobStates say, for mijn-gegevens, where a week's digest stands.
var digestJobStates = map[DigestState]lang.Text{
	DigestPending: lang.T("nog te sturen", "still to be sent"),
	DigestSending: lang.T("wordt gestuurd", "being sent"),
	DigestSent:    lang.T("gestuurd", "sent"),
	DigestSkipped: lang.T("niet gestuurd: niets open, of je had het uitgezet", "not sent: nothing open, or you had switched it off"),
	DigestFailed:  lang.T("niet gelukt: het chatplatform nam het niet aan", "failed: the chat platform did not accept it"),
}

// digestJobsText is the mijn-gegevens section on the digest jobs kept,
// one line a week, or nothing when there are none.
func digestJobsText(jobs []DigestJob, l lang.Lang) string {
	if len(jobs) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString("\n\n*" + lang.T("Weekoverzichten (bewaard 5 weken)", "Weekly digests (kept 5 weeks)").In(l) + ":*")
	for _, j := range jobs {
		var year, week int
		if _, err := fmt.Sscanf(j.Week, "%d-W%d", &year, &week); err != nil {
			continue
		}
		sb.WriteString("\n• " + sprintf(lang.T("week %d van %d: %s", "week %d of %d: %s"), l, week, year, digestJobStates[j.State].In(l)))
	}
	return sb.String()
}
