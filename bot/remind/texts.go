package remind

import (
	"fmt"
	"strings"
	"time"

	"privacybot/bot"
	"privacybot/lang"
)

// Texts of the reminder service, in our own words, citing the guideline.
var (
	txtOfferTitle = lang.T(
		"*Herinner me eraan de cliënt te informeren*",
		"*Remind me to inform the client*")
	txtOfferWhy = lang.T(
		"Vertel je cliënt achteraf welke gegevens je deelde, met wie en waarom. Doe dat zo snel mogelijk, maar pas als het de veiligheid van het kind of een ander niet schaadt (§1.4 Dossier, §1.6). Wanneer zal ik je eraan herinneren?",
		"Tell your client afterwards what you shared, with whom and why. Do it as soon as you can, but only once it does not harm the safety of the child or anyone else (§1.4 Dossier, §1.6). When shall I remind you?")
	txtRecordOffer = lang.T(
		"Zal ik je ook herinneren om je besluit in het dossier vast te leggen: je afweging, wat je deelde en met wie (§1.4 Dossier, §1.6)?",
		"Shall I also remind you to record your decision in the file: your reasoning, what you shared and with whom (§1.4 Dossier, §1.6)?")
	txtChoiceTomorrow = lang.T("Morgen 09:00", "Tomorrow 09:00")
	txtChoiceWeekday  = lang.T("%s 09:00", "%s 09:00")
	txtChoiceDelay    = lang.T("Over %s (proef)", "In %s (trial)")
	txtChoice3d       = lang.T("Over 3 dagen", "In 3 days")
	txtChoiceWeek     = lang.T("Volgende week", "Next week")
	txtChoiceAsk      = lang.T("Zelf kiezen…", "Pick a time…")
	txtChoiceNo       = lang.T("Nee, dank je", "No, thanks")
	txtAskWhen        = lang.T(
		"Wanneer? Typ een dag en tijd, bijvoorbeeld: morgen 14:00, vrijdag, 3-12 10:00, 2026-12-03 09:30 of over 2 uur. Typ *stop* om niets in te stellen.",
		"When? Type a day and time, for example: tomorrow 2pm, friday, 3-12 10:00, 2026-12-03 09:30 or in 2 hours. Type *stop* to set nothing.")
	txtWhenUnknown = lang.T(
		"Dat moment begrijp ik niet. Typ bijvoorbeeld: morgen 14:00, vrijdag, 3-12 10:00 of over 2 uur. Of typ *stop*.",
		"I don't understand that moment. Type for example: tomorrow 2pm, friday, 3-12 10:00 or in 2 hours. Or type *stop*.")
	txtWhenPast = lang.T(
		"Dat moment is al voorbij. Kies een moment in de toekomst, of typ *stop*.",
		"That moment has passed. Pick a moment in the future, or type *stop*.")
	txtWhenTooFar = lang.T(
		"Dat is meer dan een jaar vooruit. Kies een moment binnen een jaar, of typ *stop*.",
		"That is more than a year ahead. Pick a moment within a year, or type *stop*.")
	txtSet = lang.T(
		"Goed. Ik herinner je op %s: %s.",
		"Done. I'll remind you on %s: %s.")
	txtAlreadySet = lang.T(
		"Je had hiervoor al een herinnering staan; ik heb er geen tweede gemaakt. Bekijk ze met `/privacy herinneringen`.",
		"You already had a reminder for this; I did not add a second one. See them with `/privacy herinneringen`.")
	txtNoneSet = lang.T("Oké, geen herinnering.", "OK, no reminder.")
	txtStopped = lang.T("Oké, ik verander niets.", "OK, I changed nothing.")

	txtDueInform = lang.T("⏰ *Herinnering: informeer je cliënt*", "⏰ *Reminder: inform your client*")
	txtDueRecord = lang.T("⏰ *Herinnering: leg je besluit vast in het dossier*", "⏰ *Reminder: record your decision in the file*")
	txtDoInform  = lang.T(
		"Vertel je cliënt welke gegevens je deelde, met wie en waarom, zodra dat de veiligheid van het kind of een ander niet schaadt. Zet in het dossier dat je dit hebt gedaan (§1.4 Dossier, §1.6).",
		"Tell your client what you shared, with whom and why, as soon as that does not harm the safety of the child or anyone else. Note in the file that you did (§1.4 Dossier, §1.6).")
	txtDoRecord = lang.T(
		"Schrijf in het dossier je afweging, welke gegevens je deelde, met wie, en op welke grond (§1.4 Dossier, §1.6).",
		"Write in the file your reasoning, what you shared, with whom, and on what ground (§1.4 Dossier, §1.6).")
	txtLate = lang.T(
		"Later verstuurd dan gepland: de bot of het chatplatform was even niet bereikbaar.",
		"Sent later than planned: the bot or the chat platform was briefly unavailable.")
	txtCase        = lang.T("• Casus: %s", "• Case: %s")
	txtShared      = lang.T("• Gedeeld: %s", "• Shared: %s")
	txtDecided     = lang.T("• Besloten op: %s", "• Decided on: %s")
	txtDue         = lang.T("• Gepland: %s", "• Planned: %s")
	txtStateSent   = lang.T("• Verstuurd, wacht op je antwoord", "• Sent, awaiting your answer")
	txtReasonKept  = lang.T("• Nog niet veilig omdat: %s (voor je dossiernotitie)", "• Not yet safe because: %s (for your file note)")
	txtListHeading = lang.T("*Open herinnering %d van %d*", "*Open reminder %d of %d*")
	txtListMore    = lang.T(
		"Er staan nog %d herinneringen open. Rond eerst deze af, dan zie je de rest.",
		"%d more reminders are open. Finish these first to see the rest.")
	txtNothingOpen = lang.T(
		"Je hebt geen open herinneringen. Fijn!",
		"You have no open reminders. Nice!")

	txtBtnDone     = lang.T("Gedaan", "Done")
	txtBtnHour     = lang.T("Later: 1 uur", "Later: 1 hour")
	txtBtnTomorrow = lang.T("Later: morgen", "Later: tomorrow")
	txtBtnWeek     = lang.T("Later: volgende week", "Later: next week")
	txtBtnNotSafe  = lang.T("Nog niet veilig", "Not yet safe")
	txtBtnCancel   = lang.T("Annuleren", "Cancel")

	txtDoneOK      = lang.T("Gedaan. Goed dat je het hebt afgerond.", "Done. Good that you followed it up.")
	txtDoneRecord  = lang.T("Zet in het dossier wanneer je de cliënt informeerde.", "Note in the file when you informed the client.")
	txtSnoozed     = lang.T("Goed, ik herinner je opnieuw op %s.", "OK, I'll remind you again on %s.")
	txtCancelledOK = lang.T("Herinnering geannuleerd.", "Reminder cancelled.")
	txtClosed      = lang.T("Deze herinnering is al afgerond of geannuleerd.", "This reminder has already been finished or cancelled.")
	txtNotYours    = lang.T(
		"Die herinnering kan ik bij jou niet vinden. Bekijk je eigen herinneringen met `/privacy herinneringen`.",
		"I can't find that reminder among yours. See your own reminders with `/privacy herinneringen`.")
	txtBadButton = lang.T(
		"Die knop begrijp ik niet (meer). Bekijk je herinneringen met `/privacy herinneringen`.",
		"I don't understand that button (any more). See your reminders with `/privacy herinneringen`.")

	txtAskDays = lang.T(
		"Wanneer zal ik het opnieuw vragen? Kies, of typ een aantal dagen (1 tot 90).",
		"When shall I ask again? Choose, or type a number of days (1 to 90).")
	txtDaysChoice = lang.T("Over %d dagen", "In %d days")
	txtDaysBad    = lang.T(
		"Typ een aantal dagen van 1 tot 90, bijvoorbeeld 7. Of typ *stop*.",
		"Type a number of days from 1 to 90, for example 7. Or type *stop*.")
	txtAskReason = lang.T(
		"Waarom is het nog niet veilig? Ik bewaar de reden voor je dossiernotitie. Kies, of typ kort een reden (zonder namen).",
		"Why is it not yet safe? I keep the reason for your file note. Choose, or type a short reason (no names).")
	txtReasonBad = lang.T(
		"Typ kort de reden (zonder namen), of typ *stop*.",
		"Type a short reason (no names), or type *stop*.")
	txtNotSafeDelay = lang.T(
		"Ik stel de herinnering uit: ik vraag het opnieuw op %s.",
		"I put the reminder off: I'll ask again on %s.")
	txtReasonSkipped = lang.T(
		"Goed, zonder reden. De herinnering blijft uitgesteld zoals je koos.",
		"Fine, without a reason. The reminder stays put off as you chose.")
	txtReasonDropped = lang.T(
		"Ik heb dit niet als reden bewaard; de herinnering blijft uitgesteld zoals je koos. Je vraag:",
		"I did not keep this as the reason; the reminder stays put off as you chose. Your question:")
	txtStateNotSafe = lang.T("• Nog niet veilig om de cliënt te informeren (geen reden gegeven)", "• Not yet safe to inform the client (no reason given)")
	txtNotSafeOK    = lang.T(
		"Genoteerd: nog niet veilig (%s). Ik vraag het opnieuw op %s. Zet deze afweging in het dossier (§1.4 Dossier).",
		"Noted: not yet safe (%s). I'll ask again on %s. Put this consideration in the file (§1.4 Dossier).")

	txtDigestTitleOne = lang.T("*Weekoverzicht: %d open herinnering*", "*Weekly digest: %d open reminder*")
	txtDigestTitle    = lang.T("*Weekoverzicht: %d open herinneringen*", "*Weekly digest: %d open reminders*")
	txtDigestPlanned  = lang.T("gepland op %s", "planned for %s")
	txtDigestAwaiting = lang.T("herinnering gestuurd, wacht op je antwoord", "reminder sent, awaiting your answer")
	txtDigestDecided  = lang.T("besluit van %s", "decision of %s")
	txtDigestMore     = lang.T("• en nog %d", "• and %d more")
	txtDigestFootOne  = lang.T(
		"Rond de herinnering af of stel haar uit met de knop hieronder. Geen weekoverzicht meer? Typ `/privacy overzicht uit`.",
		"Finish or postpone the reminder with the button below. No more weekly digest? Type `/privacy digest off`.")
	txtDigestFoot = lang.T(
		"Rond de herinneringen af of stel ze uit met de knop hieronder. Geen weekoverzicht meer? Typ `/privacy overzicht uit`.",
		"Finish or postpone the reminders with the button below. No more weekly digest? Type `/privacy digest off`.")
	txtBtnList = lang.T("Toon herinneringen", "Show reminders")
)

// reasonOrder is the order in which reasons are offered.
var reasonOrder = []string{bot.ReasonInquiry, bot.ReasonChild, bot.ReasonOther, bot.ReasonConsult}

// formatDelay shows a short trial delay: "10s", "2m", "1h30m".
func formatDelay(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

func sprintf(t lang.Text, lang lang.Lang, args ...any) string {
	return fmt.Sprintf(t.In(lang), args...)
}
