package fg

import "privacybot/lang"

// Texts of the asker's side (in the asker's language) and of the FG
// channel (in the FG's language).
var (
	txtTypeQuestion = lang.T(
		"Typ je vraag voor de FG. Laat namen, geboortedata, adressen en andere details weg waarmee iemand te herkennen is. Je ziet de vraag eerst terug voordat ik hem verstuur.",
		"Type your question for the FG. Leave out names, dates of birth, addresses and other details that identify someone. You will see the question before I send it.")
	txtPreviewTitle = lang.T("Zo krijgt de FG van %s je vraag:", "This is how the FG of %s will get your question:")
	txtPreviewNoMun = lang.T("Zo krijgt de FG je vraag:", "This is how the FG will get your question:")
	txtClosest      = lang.T("Onderwerp dat er het dichtst bij ligt: %s", "Closest topic: %s")
	txtCheck        = lang.T(
		"Lees je vraag na. Staan er geen namen, geboortedata, adressen of andere details in waarmee iemand te herkennen is? Wat ik herkende, heb ik al weggehaald. Kies dan of de FG je naam mag zien.",
		"Read your question again. Does it hold no names, dates of birth, addresses or other details that identify someone? I already removed what I recognised. Then choose whether the FG may see your name.")
	txtChooseMun = lang.T(
		"Ik weet nog niet bij welke gemeente je werkt. Kies je gemeente: dan gaat je vraag naar de FG daar.",
		"I don't know yet which municipality you work for. Choose it, and your question goes to the FG there.")
	txtCheckMail = lang.T(
		"Lees je vraag na. Staan er geen namen, geboortedata, adressen of andere details in waarmee iemand te herkennen is? Wat ik herkende, heb ik al weggehaald. Ik kan de FG hier niet rechtstreeks bereiken: ik maak er een mail aan %s van, die je zelf verstuurt.",
		"Read your question again. Does it hold no names, dates of birth, addresses or other details that identify someone? I already removed what I recognised. I cannot reach the FG from here: I will turn it into a mail to %s for you to send.")
	txtBtnMail    = lang.T("Maak de mail", "Write the mail")
	txtRemembered = lang.T(
		"Ik onthoud %s als je gemeente. Wijzigen kan met `instellingen gemeente`.",
		"I will remember %s as your municipality. Change it with `settings municipality`.")
	txtBtnNamed   = lang.T("Met mijn naam", "With my name")
	txtBtnAnon    = lang.T("Anoniem", "Anonymously")
	txtBtnRetype  = lang.T("Anders formuleren", "Rephrase")
	txtBtnCancel  = lang.T("Niet versturen", "Don't send")
	txtBtnSend    = lang.T("Versturen", "Send")
	txtBtnHelped  = lang.T("Dit hielp", "This helped")
	txtBtnFollow  = lang.T("Vervolgvraag stellen", "Ask a follow-up")
	txtConfirmNam = lang.T(
		"Klaar om te versturen naar de FG van %s, met je naam. Versturen?",
		"Ready to send to the FG of %s, with your name. Send it?")
	txtConfirmAno = lang.T(
		"Klaar om te versturen naar de FG van %s, anoniem: de FG ziet niet wie de vraag stelt. Versturen?",
		"Ready to send to the FG of %s, anonymously: the FG does not see who asks. Send it?")
	txtRetype = lang.T(
		"Typ je vraag opnieuw. Laat namen en andere details weg waarmee iemand te herkennen is.",
		"Type your question again. Leave out names and other details that identify someone.")
	txtCancelled = lang.T("Goed, ik heb je vraag niet verstuurd en weer gewist.", "Fine, I did not send your question and erased it.")
	txtSent      = lang.T(
		"Verstuurd naar de FG van %s. Het antwoord komt hier, in een privébericht. Heeft de FG na twee werkdagen niet geantwoord, dan herinner ik de FG er één keer aan.",
		"Sent to the FG of %s. The answer comes here, in a direct message. If the FG has not answered after two working days, I remind the FG once.")
	txtSendFailed = lang.T(
		"Het versturen naar de FG lukte nu niet. Er is niets verstuurd; probeer het zo opnieuw.",
		"Sending to the FG did not work just now. Nothing was sent; please try again in a moment.")
	txtMail = lang.T(
		"Kopieer deze mail naar %s en verstuur hem zelf. Ik heb de vraag niet bewaard.",
		"Copy this mail to %s and send it yourself. I did not keep the question.")
	txtMailSubject = lang.T("Onderwerp: Vraag over privacy in het jeugddomein", "Subject: Question about privacy in youth care")
	txtMailHello   = lang.T("Beste FG,", "Dear FG,")
	txtMailBye     = lang.T("Met vriendelijke groet,", "Kind regards,")
	txtHelped      = lang.T("Fijn dat het antwoord hielp. Dank je voor het laten weten.", "Glad the answer helped. Thank you for letting me know.")
	txtFollow      = lang.T(
		"Typ je vervolgvraag. Die komt bij de FG in hetzelfde gesprek. Laat namen en andere details weg.",
		"Type your follow-up question. The FG gets it in the same thread. Leave out names and other details.")
	txtStale      = lang.T("Deze knop werkt niet meer. Typ `vraag de FG` om opnieuw te beginnen.", "This button no longer works. Type `ask the FG` to start again.")
	txtAnswerHead = lang.T("Antwoord van de FG van %s", "Answer of the FG of %s")
	txtYourQ      = lang.T("Je vraag:", "Your question:")
	txtTheAnswer  = lang.T("Antwoord:", "Answer:")
	txtAnswerNote = lang.T(
		"Dit is het advies van je FG voor jouw vraag. Heb je nog een vraag hierover, stel dan een vervolgvraag.",
		"This is your FG's advice on your question. If you have another question about it, ask a follow-up.")

	// The FG channel's side.
	fgPostTitle    = lang.T("Vraag aan de FG van %s", "Question to the FG of %s")
	fgFollowTitle  = lang.T("Vervolgvraag aan de FG van %s", "Follow-up question to the FG of %s")
	fgFrom         = lang.T("Van: %s", "From: %s")
	fgAnonymous    = lang.T("Van: anoniem (de vrager koos ervoor zijn naam niet te tonen)", "From: anonymous (the asker chose not to show their name)")
	fgHowToAnswer  = lang.T("Antwoord met de knop *Antwoorden* of in de draad onder dit bericht. Het antwoord gaat alleen naar de vrager.", "Answer with the *Answer* button or in the thread below this message. The answer goes to the asker only.")
	fgBtnAnswer    = lang.T("Antwoorden", "Answer")
	fgBtnTopic     = lang.T("Maak er een conceptonderwerp van", "Turn it into a draft topic")
	fgReminder     = lang.T("*Herinnering:* deze vraag aan de FG van %s wacht al twee werkdagen op een antwoord.", "*Reminder:* this question to the FG of %s has been waiting two working days for an answer.")
	fgAnsweredHead = lang.T("Antwoord van de FG", "Answer of the FG")
	fgAnswered     = lang.T("Ik heb dit antwoord alleen naar de vrager gestuurd.", "I sent this answer to the asker only.")
	fgNotDelivered = lang.T("Beantwoord en bewaard, maar nog niet afgeleverd: ik probeer het zo opnieuw.", "Answered and kept, but not delivered yet: I will try again shortly.")
	fgRedacted     = lang.T("Ik heb %s uit het antwoord weggelaten.", "I left %s out of the answer.")
	fgNotMember    = lang.T("Alleen leden van het FG-kanaal kunnen deze vraag beantwoorden. Er is niets verstuurd.", "Only members of the FG channel can answer this question. Nothing was sent.")
	fgNoCheck      = lang.T("Ik kon niet nagaan of je lid bent van het FG-kanaal. Er is niets verstuurd; probeer het zo opnieuw.", "I could not check that you are a member of the FG channel. Nothing was sent; please try again shortly.")
	fgWrongChannel = lang.T("Deze vraag hoort niet bij dit kanaal. Er is niets verstuurd.", "This question does not belong to this channel. Nothing was sent.")
	fgAlready      = lang.T("Deze vraag is al beantwoord.", "This question has already been answered.")
	fgUnknown      = lang.T("Deze vraag bestaat niet meer: de vrager heeft haar gewist, of ze is verlopen.", "This question no longer exists: the asker erased it, or it expired.")
	fgEmpty        = lang.T("Het antwoord is leeg. Er is niets verstuurd.", "The answer is empty. Nothing was sent.")
	fgNotAnswered  = lang.T("Deze vraag is nog niet beantwoord; een conceptonderwerp maak ik van een antwoord.", "This question has not been answered yet; I make a draft topic from an answer.")
	fgTopicIntro   = lang.T(
		"Concept voor een nieuw onderwerp. Sla het op als `%s`, vul de Engelse tekst en de trefwoorden aan, laat het nakijken en zet het dan in de map met onderwerpen. Controleer het met `privacybot content check`.",
		"Draft of a new topic. Save it as `%s`, complete the English text and the keywords, have it reviewed, then put it in the topics folder. Check it with `privacybot content check`.")
	fgModalTitle = lang.T("Antwoord aan de vrager", "Answer to the asker")
	fgModalLabel = lang.T("Je antwoord", "Your answer")
	fgModalHint  = lang.T("Het antwoord gaat alleen naar de vrager, in een privébericht.", "The answer goes to the asker only, in a direct message.")
)

// ModalTexts are the words of the modal or dialog in which the FG answers.
type ModalTexts struct {
	Title, Label, Hint, Submit string
}

// ModalTexts returns the answer modal's words in the FG's language.
func (s *Service) ModalTexts() ModalTexts {
	l := s.cfg.FGLang
	return ModalTexts{Title: fgModalTitle.In(l), Label: fgModalLabel.In(l), Hint: fgModalHint.In(l), Submit: txtBtnSend.In(l)}
}
