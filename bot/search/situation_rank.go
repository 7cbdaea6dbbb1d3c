package search

import (
	"regexp"
	"strings"
)

// shareWords mark a question about passing information on, rather than
// about starting care.
var shareWords = []string{"praten", "praat", "iets zeggen", "wat zeggen", "mag ik zeggen", "mag ik dat zeggen", "mag ik het zeggen", "stuur", " bel ", "informeer", "talk", "overleg", "delen", " deel ", "doorgeven", "doorgeef", "vertellen", "vertel", "informeren", "inlicht", "melden", "melding", "bellen", "sturen", "share", "tell", "report", "inform", "pass on", "send"}

// giveCues mark giving information to someone, not asking it of them.
var giveCues = []string{"share", "delen", " deel ", "doorgeven", "vertellen", "tell ", "pass on", "inlichten", "informeren"}

// requestCues mark a question about getting information from someone
// else rather than giving it.
var requestCues = []string{"op te vragen", "info vragen aan", "informatie vragen aan", "krijg van", "van school krijg", "van de huisarts krijg", "ontvang", "gekregen van", "received from", "get from", "got from", "opvragen", "navragen", "vragen hoe", "vraag hoe", "ask how", "ask the teacher how", "informatie vragen bij", "info vragen bij", "gegevens vragen bij", "ask the school for", "ask the gp for", "for information about", "request information", "informatie krijgen van", "info krijgen van"}

// askedMe mark someone else asking the professional, which makes a
// question about giving information, not getting it.
var askedMe = []string{"mij vragen", "me vragen", "vraagt mij", "vraagt me", "vraagt of", "wil weten", "asks me", "ask me", "wants to know"}

// careWords mark a question about starting care rather than sharing.
var careWords = []string{"start care", "care for", "start help", "starten met", "beginnen met", "hulp starten", "hulp geven", "wil hulp", "wants help", "hulp zonder", "help without", "wil praten", "begeleiding", "behandeling", "therapy", "counselling", "treatment"}

// decideWords mark a question about who consents or decides.
var decideWords = []string{"meekijk", "mee kijken", "toestemming", "tekenen", "tekent", "beslis", "meebeslissen", "instemm", "akkoord", "consent", "sign", "decide", "say"}

// childCues mark a question about a child, for acute danger.
var childCues = []string{"kind", "baby", "peuter", "meisje", "jongen", "jongere", "dochter", "zoon", "child", "kid", "girl", "boy", "toddler", "infant"}

// situate reorders the hits by the situation the question states, where
// the words alone mislead: acute danger to a child is answered from the
// reporting code (a question with "zonder toestemming" in it is about
// acting now, not about asking first); a refusal to share from the rules
// on sharing, not from those on refusing care, and from the right to
// report when the recipient is Veilig Thuis, the Board or the reference
// index; harm to a child from the reporting code; telling the client
// after a disclosure from informing afterwards; a client of 18 or over, a
// child's age or a voogd from the consent rules by age; a child who cannot
// weigh its interests from the rules on capacity; one parent objecting
// from the rules on refusal; a recording, removal from the file, the
// police, sending by mail and how much to pass on from their own topics.
// A question for the IT desk is not answered. The first rule that fits
// decides, so the more specific rules come first.
func (ix *Index) situate(res Result, s Situation, question string) Result {
	return ix.situateWith(res, s, question, false)
}

// situateOnce applies the situation to a result whose first hit was
// moved down already, and does not move it down again.
func (ix *Index) situateOnce(res Result, s Situation, question string) Result {
	return ix.situateWith(res, s, question, true)
}

// situateWith is situate; demoted reports that a first hit was moved down
// already, so that a result is moved down once at most.
func (ix *Index) situateWith(res Result, s Situation, question string, demoted bool) Result {
	if len(res.Hits) == 0 {
		return res
	}
	q := strings.ToLower(question)
	top := res.Hits[0].Topic.ID
	topFamily := ix.familyOf(top)
	if containsAny(q, itCues) && !containsAny(q, mishapCues) && !containsAny(q, breachWords) {
		// Resetting a password or installing an app is a question for IT.
		res.Decision, res.Confidence = Unknown, min(res.Confidence, suggestBand)*unanchoredShare
		return res
	}
	switch {
	case s.Urgent && (res.Decision != Unknown || s.Age > 0 || containsAny(q, childCues)):
		return ix.promote(res, "veilig-thuis-meldcode")
	case containsAny(q, requestCues) && !containsAny(q, askedMe) && (top == "delen-school" || top == "delen-huisarts" || top == "informatie-ontvangen-derden"),
		(containsAny(q, receivedCues) || sentUnasked.MatchString(q)) && !containsAny(q, mishapCues) && ix.has(res, "informatie-ontvangen-derden"):
		return ix.promote(res, "informatie-ontvangen-derden")
	case top == "informatie-ontvangen-derden" && (s.To == "school" || s.To == "huisarts") && containsAny(q, giveCues) &&
		!containsAny(q, receivedCues) && !sentUnasked.MatchString(q):
		// Giving information to a named recipient is not receiving it:
		// that recipient's topic.
		return ix.promote(res, recipientTopics[s.To])
	case res.Decision == Unknown && containsAny(q, harmCues) && (s.Age > 0 || containsAny(q, childCues)) && topFamily == "melden":
		return ix.promote(res, top)
	case s.Consent == "given" && containsAny(q, recordCues) && s.To == "" && !containsAny(q, mishapCues):
		return ix.promote(res, "toestemming-vastleggen")
	case (s.Consent == "given" || containsAny(q, orallyCues)) && containsAny(q, signCues) && !containsAny(q, mishapCues) && ix.has(res, "toestemming-vastleggen"):
		// Consent given by word of mouth, and whether it must be signed:
		// how to record consent, whoever it is for.
		return ix.promote(res, "toestemming-vastleggen")
	case containsAny(q, mishapCues) && containsAny(q, sentCues) && (res.Decision != Unknown || ix.has(res, "datalek")):
		return ix.promote(res, "datalek")
	case containsAny(q, removeCues) && (containsAny(q, fileWords) || containsAny(q, requestWords)) && !containsAny(q, harmCues) && !containsAny(q, mailCues) && s.Consent != "withdrawn" && ix.among(res, "vernietiging"):
		return ix.promote(res, "vernietiging")
	case res.Decision == Unknown && s.To == "politie" && containsAny(q, clientWords) && !containsAny(q, acvzCues) && ix.among(res, "beroepsgeheim"):
		// The police asking about a client: professional secrecy.
		return ix.promote(res, "beroepsgeheim")
	case containsAny(q, jointCareCues) && s.To == "" && (containsAny(q, shareWords) || containsAny(q, callWords) || containsAny(q, consultWords)) && ix.has(res, "medebehandelaar"):
		// Another practitioner who takes part in the same care: the
		// rules on co-practitioners.
		return ix.promote(res, "medebehandelaar")
	case res.Decision == Unknown && s.AgeGroup() == "18-plus" && containsAny(q, parentWords) && (containsAny(q, shareWords) || containsAny(q, dataWords) || containsAny(q, sayWords)):
		// Parents wanting news of a client of 18 or over: the adult
		// decides, as the consent rules by age say.
		return ix.promote(res, "toestemming-leeftijd")
	case res.Decision == Unknown && recipientTopics[s.To] == top && s.To != "team" && (containsAny(q, shareWords) || containsAny(q, callWords)) &&
		(containsAny(q, clientWords) || containsAny(q, fatherWords) || containsAny(q, motherWords) || containsAny(q, childCues)):
		// Telling a named recipient about a client, and the search's best
		// guess is that recipient's topic: the words around it are the
		// case's circumstances ("about dad's drinking").
		return ix.promote(res, top)
	case res.Decision == Unknown:
		return res
	case containsAny(q, correctCues) && !containsAny(q, sentCues) && ix.among(res, "rectificatie"):
		// A client who wants a record changed: the right to have it
		// corrected, whatever else "wrong" may suggest.
		return ix.promote(res, "rectificatie")
	case containsAny(q, recordingCues):
		return ix.promote(res, "opnames")
	case containsAny(q, youthActCues) && containsAny(q, ageCues) && !containsAny(q, decideWords):
		return ix.promote(res, "begrip-jeugdigen")
	case s.Consent == "" && s.To == "" && !afterTheFact(q) && containsAny(q, beforeCues) && containsAny(q, tellFirstCues) && containsAny(q, passOnCues) && containsAny(q, clientWords):
		return ix.promote(res, "uitgangspunten-transparantie")
	case containsAny(q, removeCues) && (topFamily == "melden" || (containsAny(q, harmCues) && ix.has(res, "vernietiging"))):
		return ix.promote(res, "vernietiging")
	case s.To == "politie" && !containsAny(q, acvzCues) && (!policeTopics[top] || res.Decision == Suggest):
		if policeTopics[top] {
			return ix.promote(res, top)
		}
		return ix.promote(res, "beroepsgeheim")
	case containsAny(q, capacityCues) && topFamily == "toestemming-hulp":
		return ix.promote(res, "wilsonbekwaam")
	case afterTheFact(q) && containsAny(q, recordCues) && topFamily != "openheid":
		return ix.promote(res, "client-achteraf-informeren")
	case s.Consent == "refused" && ((containsAny(q, anywayCues) || containsAny(q, breakCues)) && containsAny(q, harmCues) || containsAny(q, concernCues) && !containsAny(q, harmCues)) &&
		(containsAny(q, shareWords) || containsAny(q, breakCues)) && !containsAny(q, careWords) && s.Who == "" && s.To == "":
		// Sharing after a refusal, out of worry for the child, is
		// breaking professional secrecy: the step-by-step plan weighs it.
		return ix.promote(res, "stappenplan")
	case s.Consent == "refused" && (containsAny(q, anywayCues) || containsAny(q, breakCues)) && !containsAny(q, careWords) && s.Who == "" &&
		(s.To == "school" || s.To == "huisarts") && top != recipientTopics[s.To]:
		// A refusal to share with a named recipient, and the question
		// whether to share anyway: the recipient's topic, which opens
		// with "then do not share".
		return ix.promote(res, recipientTopics[s.To])
	case s.Consent == "refused" && (s.To == "school" || s.To == "huisarts") && (containsAny(q, shareWords) || containsAny(q, dataWords)) && !containsAny(q, careWords) &&
		top != recipientTopics[s.To] && (topFamily == "toestemming-hulp" || topFamily == "toestemming-delen" || top == "delen-toestemming" || top == "meldrecht"):
		return ix.promote(res, recipientTopics[s.To])
	case s.Consent == "not-asked" && top == "meldrecht" && s.To == "" && !containsAny(q, harmCues) && !containsAny(q, reportCues) && !containsAny(q, concernCues) &&
		!containsAny(q, whichCues) && !afterTheFact(q):
		// Sharing without consent with someone who has no right to be
		// reported to is a question of consent, not of the right to report.
		return ix.promote(res, "delen-toestemming")
	case (s.Consent == "refused" || s.Consent == "not-asked") && containsAny(q, shareWords) && !containsAny(q, careWords) && s.Who == "" &&
		!(containsAny(q, harmCues) && (s.Age > 0 || containsAny(q, childCues)) && s.To == "") &&
		(topFamily == "toestemming-hulp" || top == "toestemming-vastleggen" || (top == "acvz-convenanten" && !containsAny(q, acvzCues)) || (res.Decision == Suggest && recipientTopics[s.To] == "") || notSharingFamilies[topFamily] ||
			(topFamily == "melden" && top != "meldrecht" && s.To == "raad")):
		if s.To == "veilig-thuis" || s.To == "raad" || s.To == "verwijsindex" {
			return ix.promote(res, "meldrecht")
		}
		return ix.promote(res, "delen-toestemming")
	case (s.Consent == "refused" || s.Consent == "not-asked") && s.To == "veilig-thuis" && topFamily != "melden" && !containsAny(q, careWords):
		return ix.promote(res, "meldrecht")
	case containsAny(q, harmCues) && (s.Age > 0 || containsAny(q, childCues)) && (topFamily == "toestemming-hulp" || topFamily == "gezag" || res.Decision == Suggest):
		return ix.promote(res, "veilig-thuis-meldcode")
	case afterTheFact(q) && topFamily != "openheid":
		return ix.promote(res, "client-achteraf-informeren")
	case s.AgeGroup() == "18-plus" && s.Consent != "one-parent-objects" && (topFamily == "toestemming-hulp" || topFamily == "gezag" || top == "begrip-jeugdigen") && containsAny(q, decideWords),
		s.AgeGroup() == "18-plus" && (top == "inzage-ouders-kind" || top == "begrip-jeugdigen") && !containsAny(q, accessWords) &&
			(containsAny(q, parentWords) || containsAny(q, fatherWords) || containsAny(q, motherWords)):
		// A parent wanting news of a child of 18 or over, not its file:
		// the consent rules by age say the adult decides.
		return ix.promote(res, "toestemming-leeftijd")
	case containsAny(q, accessWords) && (top == "informatie-ontvangen-derden" || top == "bewaartermijn" || top == "delen-toestemming" && containsAny(q, accessRequests)):
		// Others' data in a file the client asks to see, or how long a
		// request for a copy may take: the access rules, not sharing.
		return ix.promote(res, "inzage")
	case s.Age > 0 && s.Consent != "one-parent-objects" && (top == "toestemming-hulp" || (res.Decision == Suggest && (top == "toestemming-leeftijd" || containsAny(q, careWords)))):
		return ix.promote(res, "toestemming-leeftijd")
	case res.Decision == Suggest && containsAny(q, askerRefuses) && top != "ouders-weigeren-toestemming" && ix.among(res, "ouders-weigeren-toestemming"):
		return ix.promote(res, top)
	case top == "ouders-weigeren-toestemming" && s.Age > 0 && childRefuses.MatchString(q):
		return ix.promote(res, "toestemming-leeftijd")
	case top == "ouders-weigeren-toestemming" && containsAny(q, askerRefuses) && len(res.Hits) > 1:
		return ix.promote(res, res.Hits[1].Topic.ID)
	case top == "ouders-weigeren-toestemming" && s.Consent != "refused" && s.Consent != "one-parent-objects" && !containsAny(q, objectWords):
		if s.Age > 0 || s.Adult {
			return ix.promote(res, "toestemming-leeftijd")
		}
		return ix.promote(res, "toestemming-hulp")
	case s.Age > 0 && s.Consent != "one-parent-objects" && containsAny(q, consenterCues) && (top == "delen-school" || top == "delen-huisarts" || topFamily == "gezag"):
		return ix.promote(res, "toestemming-leeftijd")
	case s.Who == "voogd" && containsAny(q, consenterCues) && top != "toestemming-leeftijd" && top != "begrip-gezag":
		// Who consents for a child with a guardian: the consent rules.
		return ix.promote(res, "toestemming-leeftijd")
	case s.Who == "voogd" && containsAny(q, decideWords) && topFamily != "gezag" && topFamily != "toestemming-hulp":
		return ix.promote(res, "toestemming-leeftijd")
	case s.Who == "voogd" && res.Decision == Suggest && (topFamily == "gezag" || topFamily == "toestemming-hulp"):
		return ix.promote(res, top)
	case s.Who == "ouder-zonder-gezag" && topFamily != "gezag" && topFamily != "inzage" && ix.among(res, "niet-gezag-ouder-informatie"):
		// A parent without authority who wants news of the child: what
		// such a parent may get, whatever else the words suggest ("dad
		// lost custody" is no lost laptop).
		return ix.promote(res, "niet-gezag-ouder-informatie")
	case s.Consent == "withdrawn" && (topFamily == "" || top == "delen-school" || top == "delen-huisarts" || topFamily == "toestemming-delen"):
		return ix.promote(res, "toestemming-intrekken")
	case s.Consent == "" && containsAny(q, mailCues) && (s.To != "" || containsAny(q, parentWords) || containsAny(q, sendToCues)) && !containsAny(q, mishapCues) && !containsAny(q, removeCues) && !containsAny(q, fileCues) &&
		(top == "delen-school" || top == "delen-huisarts" || top == "email-schaduwadministratie" || (top != "datalek" && ix.among(res, "veilig-versturen"))):
		return ix.promote(res, "veilig-versturen")
	case s.Consent == "" && containsAny(q, howMuchCues) && (containsAny(q, shareWords) || containsAny(q, giveWords)) && ix.has(res, "alleen-noodzakelijk"):
		return ix.promote(res, "alleen-noodzakelijk")
	case top == "delen-huisarts" && s.To != "huisarts" && containsAny(q, coTreatCues) && ix.has(res, "medebehandelaar"):
		// Working together with another practitioner who treats the
		// client: the rules on co-practitioners, not those on the GP.
		return ix.promote(res, "medebehandelaar")
	case s.To == "team" && topFamily == "team" && top != "medebehandelaar":
		return ix.promote(res, "delen-binnen-team")
	case s.Consent == "one-parent-objects" && (separated.MatchString(q) || strings.Contains(q, "scheiding")) && (top == "delen-school" || top == "delen-huisarts") && ix.has(res, "gescheiden-ouders"):
		// Separated parents who disagree about sharing: the rules for
		// separated parents come before those for the recipient.
		return ix.promote(res, "gescheiden-ouders")
	case s.Consent == "one-parent-objects" && (topFamily == "gezag" || topFamily == "toestemming-hulp" || res.Decision == Suggest && ix.among(res, "ouders-weigeren-toestemming")) &&
		top != "ouders-weigeren-toestemming" && top != "gescheiden-ouders":
		// One parent objecting is what the topic on refusal answers.
		return ix.promote(res, "ouders-weigeren-toestemming")
	case s.Consent == "one-parent-objects" && res.Decision == Suggest && (top == "ouders-weigeren-toestemming" || top == "gescheiden-ouders"):
		return ix.promote(res, top)
	case s.AgeGroup() == "18-plus" && res.Decision == Suggest && ix.among(res, "toestemming-leeftijd"):
		return ix.promote(res, "toestemming-leeftijd")
	case (res.Decision == Suggest || s.Consent == "given") && recipientTopics[s.To] != "" && !notSharingFamilies[topFamily] && ix.among(res, recipientTopics[s.To]):
		return ix.promote(res, recipientTopics[s.To])
	case top == "niet-gezag-ouder-informatie" && s.Who != "ouder-zonder-gezag" && (!containsAny(q, authorityWords) || containsAny(q, bothAuthority)) && len(res.Hits) > 1 && !demoted:
		// The runner-up may itself be one the situation moves.
		return ix.situateOnce(ix.promote(res, res.Hits[1].Topic.ID), s, question)
	}
	return res
}

// jointCareCues mark another practitioner taking part in the same care;
// consultWords talking a case over.
var (
	jointCareCues = []string{"werkt mee in", "werkt mee aan", "doet mee in de hulp", "ook betrokken bij", "treats the same", "treating the same", "behandelt hetzelfde", "behandelt ook", "also treats", "same kid", "same child", "hetzelfde kind"}
	consultWords  = []string{"overleg", "consult", "talk to", "spreken"}
)

// signCues ask whether consent must be put in writing; orallyCues say it
// was given by word of mouth.
var orallyCues = []string{"telefonisch akkoord", "mondeling akkoord", "telefonisch toestemming", "mondeling toestemming", "verbal consent", "verbally", "over the phone", "on the phone"}

var signCues = []string{"laten tekenen", "nog tekenen", "moet tekenen", "schriftelijk", "op papier", "in writing", "have it signed", "sign it", "sign something", "handtekening nodig"}

// sayWords ask what the professional may say.
var sayWords = []string{"zeggen", "vertellen", "say", "tell"}

// correctCues mark a record wanted changed.
var correctCues = []string{"wants it changed", "want it changed", "have it changed", "wants it corrected", "have it corrected", "laten aanpassen", "laten veranderen", "laten corrigeren", "wil het aangepast", "wil dat het aangepast", "wil dat het verandert", "wil het veranderd", "wil het gecorrigeerd"}

// callWords mark contacting someone by phone or in person.
var callWords = []string{"call ", "phone ", "ring ", "contact ", "benader", "spreken met", "speak to", "talk to"}

// anywayCues mark doing something despite a refusal: "mag ik het toch
// doen", "can I share anyway".
var anywayCues = []string{" toch ", " toch?", "alsnog", "desondanks", "ondanks", "anyway", " still ", "regardless", "all the same"}

// concernCues name worries about a child's safety.
var concernCues = []string{"ernstige schade", "schade dreigt", "serious harm", "prevent harm", "zorgen", "zorg om", "onveilig", "niet veilig", "gevaar", "risico", "worried", "concern", "danger", "unsafe", "not safe", "at risk", "suïcid", "suicid", "zelfmoord", "zelfdoding", "zelfbeschadig", "self-harm", "self harm", "bedreig", "threat"}

// breakCues name breaking professional secrecy.
var breakCues = []string{"geheim doorbreken", "geheimhouding doorbreken", "beroepsgeheim doorbreken", "doorbreek", "break secrecy", "break confidentiality", "breach confidentiality", "break my secrecy", "break professional secrecy"}

// whichCues ask which recipients or cases: a question about the rule in
// general, not about one recipient.
var whichCues = []string{"welke", "in welke", "wanneer", "which", "in what", "what organisations", "when may", "when can"}

// sentCues mark something sent; fileWords a file or record.
var (
	sentCues  = []string{"gestuurd", "verstuurd", "gemaild", "ge-maild", "doorgestuurd", "gesms", "geappt", "sent", "emailed", "e-mailed", "mailed", "forwarded", "texted"}
	fileWords = []string{"dossier", "gegevens", "verslag", "file", "record", "data", "report"}
)

// recipientTopics names the topic on sharing with each recipient: when
// the search hesitates and it is among the choices, it is the answer.
var recipientTopics = map[string]string{
	"school": "delen-school", "huisarts": "delen-huisarts", "veilig-thuis": "veilig-thuis-meldcode",
	"raad": "raad-kinderbescherming", "verwijsindex": "verwijsindex", "team": "delen-binnen-team",
	"gi": "gezinsvoogd-ots",
}

// consenterCues mark a question about who gives consent: "als alleen het
// kind ja zegt", "wie tekent".
var consenterCues = []string{"wie geeft toestemming", "wie moet toestemming", "who gives consent", "who signs the consent", "who must consent", "ja zegt", "ja zei", "zegt ja", "zei ja", "agrees", "agreed", "toestemming geeft", "toestemming geven", "toestemming gaf", "wie tekent", "tekenen", "instemt", "says yes", "said yes", "gives consent", "give consent", "who signs", "who consents"}

// removeCues ask for something to be taken out of the file: a question
// about abuse that asks so is about destruction, not about reporting.
var removeCues = []string{"uit het dossier", "uit dossier", "uit mijn dossier", "uit zijn dossier", "uit haar dossier", "vernietig", "verwijder", "wissen", "gewist", "weggooien", "weggegooid", "weghalen", "out of the file", "from the file", "remove", "delete", "destroy", "erase"}

// capacityCues say that a child cannot weigh its own interests: then the
// rules on capacity (§2.2) come before those by age.
var capacityCues = []string{"wilsonbekwaam", "wilsbekwaam", "verstandelijk", " lvb", "cannot oversee", "can't oversee", "lacks capacity", "lack capacity", "intellectual disab", "learning disab", "own interests", "eigen belang"}

// policeTopics answer a question about the police; from any other topic
// such a question goes to professional secrecy.
var policeTopics = map[string]bool{"beroepsgeheim": true, "stappenplan": true, "inleiding-uitwisseling": true, "delen-toestemming": true, "meldrecht": true, "veilig-thuis-meldcode": true, "alleen-noodzakelijk": true, "client-achteraf-informeren": true}

// notSharingFamilies are the families of topics that are not about
// passing information on: a question about sharing without consent that
// lands there is about consent to share.
var notSharingFamilies = map[string]bool{"dossier": true, "bewaren": true, "rechten": true, "avg": true, "contact": true}

// acvzCues name the covenants and the approaches around the police that
// the ACVZ topic is about; without them, the police asking about a client
// is a question about professional secrecy.
var acvzCues = []string{"acvz", "convenant", "covenant", "top600", "top 600", "top400", "top 400", "veiligheidshuis", "overlast", "treiter", "persoonsgericht", "nuisance"}

// childRefuses reads a child who does not want the parents to know or be
// told: then the rules by age decide, not those on parents refusing.
var childRefuses = regexp.MustCompile(`\b(?:kind|jongere|jongen|meisje|dochter|zoon|client|cliënt|child|kid|teen|teenager|boy|girl|daughter|son)\b[^.?!]{0,40}\b(?:wil niet|wil geen|weigert|doesn't want|does not want|refuses)\b[^.?!]{0,40}\b(?:ouders?|vader|moeder|papa|mama|parents?|mother|father|mum|mom|dad)\b`)

// objectWords mark someone objecting or refusing, which the topic on
// parents refusing consent needs; giveWords mark giving information.
var (
	objectWords = []string{"weiger", "wil geen", "willen geen", "geen toestemming", "vervangend", "rechter", "court", "judge", "wil niet", "willen niet", "wilt niet", "niet eens", "tegen", " nee ", " nee,", "zegt nee", "zei nee", "bezwaar", "refus", "object", "won't", "will not", "disagree", "against"}
	giveWords   = []string{"geef", "geven", "give", "sturen", "send"}
)

// coTreatCues name another practitioner treating the client, or working
// together on the care.
var coTreatCues = []string{"behandelaar", "therapeut", "therapist", "psycholoog", "psychologist", "psychiater", "psychiatrist", "werken samen", "samenwerk", "werk samen", "work together", "working together", "co-treat", "cotreat"}

// bothAuthority say that both parents hold authority: then a question
// is not about a parent without it.
var bothAuthority = []string{"share custody", "shared custody", "joint custody", "both have custody", "both have authority", "beiden gezag", "allebei gezag", "gezamenlijk gezag", "samen gezag", "both hold authority"}

// recordCues mark writing something down; authorityWords name parental
// authority, which the topic on parents without it needs.
var (
	recordCues     = []string{"vastleg", "leg ik vast", "leg vast", "noteer", "noteren", "schrijf", "opschrijven", "registreer", "record", "write down", "note down", "document", "write in the file", "what do i write"}
	authorityWords = []string{"gezag", "custody", "authority", "erkend", "erkenning", "acknowledged", "juridisch", "biologisch", "biological"}
)

// recordingCues mark a sound or video recording of a conversation: such
// a question is about recordings, whatever it says about consent.
var recordingCues = []string{"gesprek opgenomen", "stiekem opgenomen", "heeft ons opgenomen", "heeft mij opgenomen", "opgenomen met", "geluidsopname", "beeldopname", "opname van het gesprek", "opname van ons gesprek", "opname gemaakt", "neemt op", "nam op", "nemen op", "nam op", "nemen op", "gefilmd", "filmen", "filmt", "recorded our", "recorded the conversation", "recorded the meeting", "recorded the session", "recorded my", "recorded a conversation", "recorded me", "recording of", "records our", "records the conversation", "filmed", "filming"}

// youthActCues and ageCues: a question about the ages the Youth Act
// covers asks what a "jeugdige" is, not who consents.
var (
	youthActCues = []string{"jeugdwet", "youth act", "jeugdhulp", "youth care"}
	ageCues      = []string{"leeftijd", "hoe oud", "welke leeftijd", "tot 18", "tot 23", "what age", "how old", "up to"}
)

// beforeCues, tellFirstCues and passOnCues: telling or discussing with
// the client, before or always, that information is passed on is the
// principle of transparency.
var (
	beforeCues    = []string{"eerst", "vooraf", "altijd", "van tevoren", "voordat ik", "always", "beforehand", "before i", "first"}
	tellFirstCues = []string{"vertellen", "vertel ", "bespreken", "bespreek", "laten weten", "zeggen", "tell ", "discuss", "let them know"}
	passOnCues    = []string{"delen", " deel ", "doorgeef", "doorgeven", "share", "pass on", "passing on"}
	clientWords   = []string{"ouder", "vader", "moeder", "client", "cliënt", "jongere", "gezin", "parent", "mother", "father", "family"}
)

// requestWords mark someone asking for something; accessWords a request
// to see a file.
var (
	// accessRequests name a request for access itself, whoever makes it.
	accessRequests = []string{"inzageverzoek", "verzoek om inzage", "verzoek tot inzage", "access request", "request for access", "subject access"}
	requestWords   = []string{"verzoek", "vraagt", "vroeg", "wil dat", "willen dat", "request", "asks", "asked", "wants"}
	accessWords    = []string{"inzage", "inzien", "inkijken", "access request", "subject access", "see the file", "see his file", "see her file", "see the record", "kopie van", "copy of", "a copy"}
)

// receivedCues mark information someone sent the professional unasked:
// a question about what to do with what was received.
var receivedCues = []string{"niet om gevraagd", "ik niet gevraagd heb", "ik niet heb gevraagd", "ik niet opgevraagd heb", "didn't ask for", "did not ask for", "unsolicited", "unrequested", "sent me", "stuurt mij", "stuurde mij", "stuurde me", "stuurt me", "gave me", "i received", "we received", "heb ontvangen", "hebben ontvangen"}

// sentUnasked reads someone else sending unasked: "school stuurt
// ongevraagd een verslag".
var sentUnasked = regexp.MustCompile(`\b(?:stuurt|stuurde|stuurden|geeft|gaf|gaven|mailt|mailde|mailden)\s+(?:\w+\s+){0,2}ongevraagd\b`)

// howMuchCues ask how much to pass on.
var howMuchCues = []string{"hoeveel", "how much", "volledige", "complete", "hele verslag", "hele dossier", "alles sturen", "alles doorgeven", "whole file", "entire", "full report"}

// mailCues name a way of sending: a question that names one and where
// it goes is about sending safely, not about whether to share.
var mailCues = []string{"mail", "e-mail", "whatsapp", "appen", " app ", "wachtwoord", "password", "versleutel", "encrypt", "zivver", "beveiligd", "securely"}

// sendToCues mark where something is sent; mishapCues a mistake in
// sending, which is a data breach rather than a question of how to send.
var (
	sendToCues = []string{" naar de ", " naar het ", " naar een ", " naar mijn ", " to the ", " to a ", " to my "}
	mishapCues = []string{"verkeerde", "verkeerd", "per ongeluk", "wrong", "by accident", "accidentally", "mistake"}
	fileCues   = []string{"naar het dossier", "in het dossier", "in het clientdossier", "to the file", "into the file", "in the file"}
)

// parentWords name the parents as a recipient.
var parentWords = []string{"ouders", "ouder ", "vader", "moeder", "parents", "mother", "father"}

// afterTheFact reports whether the question asks about telling the
// client, or recording the reasoning, after information was passed on:
// "moet ik het de ouders vertellen nadat ik vt heb gebeld", "achteraf
// laten weten", "I shared without consent, what do I write down".
func afterTheFact(q string) bool {
	return (containsAny(q, afterCues) || afterDone.MatchString(q)) && (containsAny(q, tellCues) || containsAny(q, recordCues))
}

// afterDone and afterCues mark information passed on already; tellCues
// telling someone about it.
var (
	afterDone = regexp.MustCompile(`^\s*(?:reported|shared|told|gemeld|gedeeld|doorgegeven)\b|\b(?:heb|hebben|had)\b[^.?!,]{0,40}\b(?:gebeld|gemeld|gedeeld|doorgegeven|ingelicht|verteld|gemaild|geïnformeerd)\b|\b(?:i|we)\s+(?:already\s+)?(?:reported|shared|told|called|informed|passed)\b`)
	afterCues = []string{"nadat", "achteraf", "naderhand", "afterwards", "after i ", "after we ", "after reporting", "after sharing", "after the report", "na het melden", "na het delen", "na de melding", "heb gebeld", "heb gemeld", "heb gedeeld", "heb doorgegeven", "heb ingelicht", "heb geïnformeerd", "have told", "have shared", "have reported", "i shared", "i reported", "i told"}
	tellCues  = []string{"vertellen", "vertel ", "laten weten", "laat ik", "zeggen", "informeren", "inlichten", "tell ", "inform "}
)

// has reports whether the topic with this ID is among all the hits.
func (ix *Index) has(res Result, id string) bool {
	for _, h := range res.Hits {
		if h.Topic.ID == id {
			return true
		}
	}
	return false
}

// among reports whether the topic with this ID is among the hits offered.
func (ix *Index) among(res Result, id string) bool {
	for _, h := range res.Hits[:min(3, len(res.Hits))] {
		if h.Topic.ID == id {
			return true
		}
	}
	return false
}

// promote makes the topic with this ID the answer: first among the hits
// (moved up, or put in front when it was not among them) and decided
// Answer. An unknown ID leaves res as it is.
func (ix *Index) promote(res Result, id string) Result {
	d := ix.topicIndex(id)
	if d < 0 {
		return res
	}
	hits := []Hit{{Topic: &ix.topics[d], Score: res.Hits[0].Score}}
	for _, h := range res.Hits {
		if h.Topic.ID != id && len(hits) < MaxHits {
			hits = append(hits, h)
		}
	}
	res.Hits = hits
	res.Decision = Answer
	res.Confidence = max(res.Confidence, answerBand)
	return res
}

// familyOf returns the family of the topic with this ID, or "".
func (ix *Index) familyOf(id string) string {
	if d := ix.topicIndex(id); d >= 0 {
		return ix.family[d]
	}
	return ""
}

// topicIndex returns the position of the topic with this ID, or -1.
func (ix *Index) topicIndex(id string) int {
	for d := range ix.topics {
		if ix.topics[d].ID == id {
			return d
		}
	}
	return -1
}

// itCues mark a question for the IT desk (resetting, installing, logging
// in); breachWords a data breach, which such a question may still be.
var (
	itCues      = []string{"reset", "installeer", "installeren", "install ", "updaten", "wachtwoord vergeten", "forgot my password", "printer"}
	breachWords = []string{"datalek", "kwijt", "gestolen", "gehackt", "lek", "breach", "lost", "stolen", "hacked", "leak"}
)
