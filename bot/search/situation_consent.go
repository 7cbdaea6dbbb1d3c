package search

import (
	"regexp"
	"strings"
)

// The state of consent is read in families of phrasing, each in Dutch
// and English, rather than sentence by sentence:
//
//   - withdrawn: a verb of taking back ("trekt in", "withdrew",
//     "revoked"), "no longer / niet meer" with sharing, a yes before and
//     a no now ("eerder wel gezegd", "first agreed but now says no"),
//     or a change of mind ("heeft zich bedacht");
//   - one parent objects: "one (of them) objects", "een van beiden
//     weigert", both parents named with one refusing and the other
//     agreeing ("moeder wil niet, vader wel"), "the other one agrees",
//     or separated parents of whom one refuses;
//   - refused: a refusal by the people concerned, also "wil geen
//     toestemming geven" and "won't give consent";
//   - not asked: without consent or asking, they do not know ("ouders
//     weten niet dat ik bel", "behind their back"), no consent yet.

// gated is an expression run only on text holding one of its hints,
// words every match contains: most questions hold none, and a substring
// search is far cheaper than the expression.
type gated struct {
	hints []string
	re    *regexp.Regexp
}

// MatchString reports whether q holds a hint and matches the expression.
func (g gated) MatchString(q string) bool { return containsAny(q, g.hints) && g.re.MatchString(q) }

// withdrawVerb is a verb of taking consent back.
var withdrawVerb = gated{[]string{"trek", "trok", "draai", "herroep", "withdr", "revok", "retract", "back", "pulled", "cancel"}, regexp.MustCompile(`\b(?:trekt|trok|trokken|trekken)\b[^.?!]{0,40}\bin\b|\bin\s*(?:ge)?trokken\b|\bintrek|\bterug\s*(?:ge)?trok|\bterugtrek|\bterug\s*(?:ge)?draai|\bherroep|\bwithdr[ae]w|\brevok|\bretract|\b(?:takes?|took|taken|taking)\s+(?:\w+\s+){0,2}back\b|\bpulled\s+(?:his|her|their)\s+(?:consent|permission)|\bcancell?ed\s+(?:his|her|their)\s+(?:consent|permission)`)}

// noLonger is wanting something no more: "wil toch niet meer dat ik
// deel", "niet langer akkoord", "no longer wants", "doesn't want me to
// anymore", "wants me to stop sharing".
var noLonger = gated{[]string{"niet meer", "niet langer", "niks meer", "niets meer", "no longer", "anymore", "any more", "any longer", "stop"}, regexp.MustCompile(`\b(?:wants?|wil|wilt|willen|asks?|vraagt)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:stop|stoppen|stopt)\s+(?:met\s+)?(?:\w+\s+)?(?:sharing|delen|het delen|informing|informeren|contact)\b|\b(?:wil|wilt|willen|wou|wouden|mag|mogen)\s+(?:\w+\s+){0,2}(?:niet meer|niet langer|niks meer|niets meer)\b|\b(?:niet meer|niet langer)\s+(?:\w+\s+)?(?:wil|wilt|willen|akkoord|mag|mogen)\b|\bno longer\s+(?:\w+\s+)?(?:wants?|agrees?|consents?|ok|okay|fine|happy|allows?)\b|\b(?:doesn't|does not|don't|do not|won't|will not)\s+(?:\w+\s+){0,5}(?:anymore|any more|any longer)\b|\bnot anymore\b`)}

// earlierYes is consent given before; nowNo a no now. Together they
// mean consent withdrawn.
var (
	earlierYes  = gated{[]string{"eerder", "eerst", "first", "initially", "previously", "earlier", "originally", "before", "last ", "gegeven", "had "}, regexp.MustCompile(`\beerder\s+(?:\w+\s+)?(?:wel|ja|akkoord|toestemming)\b|\beerst\s+(?:\w+\s+){0,3}(?:wel|ja|akkoord|toestemming)\b|\b(?:first|initially|previously|earlier|originally|at first)\s+(?:\w+\s+)?(?:agreed|said yes|consented|gave|was fine|was ok)\b|\b(?:agreed|said yes|said ok|said okay|was ok|were ok|was fine|were fine|consented|gave (?:consent|permission))\s+(?:\w+\s+)?(?:before|earlier|first|at first|last (?:week|month))\b|\bhad\s+(?:\w+\s+){0,2}(?:toestemming|akkoord)\s+(?:\w+\s+)?gegeven\b|\bhad (?:given|agreed)\b`)}
	nowNo       = regexp.MustCompile(`\bnu\s+(?:\w+\s+){0,2}(?:niet|nee|geen|tegen)\b|\bnow\s+(?:\w+\s+){0,2}(?:no|not|refuses?|doesn't|objects?|against|withdr\w*)\b|\bniet meer\b|\bno longer\b|\banymore\b|\bmaar nu\b|\bbut now\b|\btoch niet\b|\btoch geen\b`)
	changedMind = gated{[]string{"changed", "bedacht", "bedenkt", "gedachten", "terug"}, regexp.MustCompile(`\bchanged\s+(?:his|her|their|my)\s+minds?\b|\b(?:heeft|hebben|had)\s+zich\s+bedacht\b|\bbedacht zich\b|\bbedenkt zich\b|\bvan gedachten veranderd\b|\bterug\s*(?:ge)?komen\s+op\b|\b(?:komt|kwam|komen)\s+(?:\w+\s+){0,3}terug\s+op\b`)}
	// consentTalk names consent or sharing, the thing withdrawn.
	consentTalk = []string{"toestemming", "akkoord", "consent", "permission", "agree", "sharing", "handtekening", "dat ik", "dat we", "dat wij", "that i ", "me to ", "us to "}
)

// withdrawn reports consent taken back; padded is the question with
// punctuation set apart.
func withdrawn(q, padded string, refusal bool) bool {
	talk := func() bool { return containsAny(q, consentTalk) || containsAny(padded, shareWords) }
	switch {
	case containsAny(q, withdrawCues) && (strings.Contains(q, "toestemming") || strings.Contains(q, "consent") || (strings.Contains(q, "wil niet meer") || strings.Contains(q, "no longer")) && talk()),
		containsAny(q, withdrawnCues) && containsAny(padded, shareWords):
		return true
	case withdrawVerb.MatchString(q) && containsAny(q, consentTalk):
		// Taken back is consent, not a report ("een melding intrekken").
		return true
	case noLonger.MatchString(q) && talk():
		return true
	case earlierYes.MatchString(q) && (refusal || nowNo.MatchString(q) || changedMind.MatchString(q)):
		return true
	}
	return changedMind.MatchString(q) && (refusal || talk())
}

// oneOfThem is one of two parents refusing, named as one: "one
// objects", "een van beiden weigert", "1 ouder is tegen".
var oneOfThem = gated{[]string{"object", "refuse", "weiger", "tegen", "against", "wil niet", "wil geen", "wil het niet", "no", "nee", "n't", "not", "disagree", "niet in", "akkoord", "tekent"}, regexp.MustCompile(`\b(?:one|een|één|1)\s+(?:(?:of|van)\s+(?:the\s+|de\s+)?(?:them|hen|beiden|both|two|twee|parents|ouders)\s+|(?:ouder|parent)\s+)?(?:\(\w+\)\s+)?(?:objects?|refuses?|refused|weigert|weigerde|is tegen|was tegen|is against|wil niet|wil geen|wil het niet|says no|said no|zegt nee|zei nee|doesn't|does not|won't|disagrees|stemt niet in|gaat niet akkoord|tekent niet)\b`)}

// theOther is the other parent agreeing while one refuses: "de ander
// wel", "de andere ouder gaat akkoord", "the other one agrees".
var theOther = gated{[]string{"ander", "other"}, regexp.MustCompile(`\b(?:de|het)\s+andere?\s+(?:ouder\s+)?(?:niet|juist niet|weigert|is tegen)\b|\b(?:de|het)\s+andere?\s+(?:ouder\s+)?(?:wel|wil wel|is akkoord|gaat akkoord|stemt in|tekent wel|vindt het goed|juist wel)\b|\bthe other\s+(?:parent\s+|one\s+)?(?:agrees|does|will|is fine|is ok|is okay|signs|wants|consents|says yes)\b`)}

// theOneTheOther names two parents apart: "de ene ouder ... de andere",
// "the one ... the other"; wantsOrNot is one of them wanting or not.
var (
	theOneTheOther = gated{[]string{"ander", "other"}, regexp.MustCompile(`\b(?:de|het)\s+(?:ene|een)\b[^.?!]*\b(?:de|het)\s+andere?\b|\b(?:one|the one)\b[^.?!]*\bthe other\b`)}
	wantsOrNot     = regexp.MustCompile(`\b(?:wel|niet|nee|ja|agrees?|wants?|doesn't|does not|won't|objects?|refuses?|yes|no)\b`)
)

// oneAndOther reports one parent wanting and the other not: "de ene
// ouder wil wel, de andere niet". Who of them holds authority is no
// state of consent.
func oneAndOther(q string) bool {
	return theOneTheOther.MatchString(q) && wantsOrNot.MatchString(q) && !strings.Contains(q, "gezag") && !strings.Contains(q, "custody") && !strings.Contains(q, "authority")
}

// givenPast reads consent given in the past tense, with words between:
// "moeder gaf gisteren toestemming", "the client has given consent";
// the present ("wie geeft toestemming") asks, and says nothing.
var givenPast = gated{[]string{"gaf", "gaven", "gegeven", "gave", "given", "said yes", "signed"}, regexp.MustCompile(`\b(?:gaf|gaven)\s+(?:\w+\s+){0,3}(?:toestemming|akkoord|ok|oké|groen licht)\b|\b(?:heeft|hebben)\s+(?:\w+\s+){0,3}(?:toestemming|akkoord)\s+(?:\w+\s+)?gegeven\b|\b(?:gave|has given|have given)\s+(?:\w+\s+){0,2}(?:consent|permission|the ok|approval)\b|\bsaid yes\b|\bsigned the consent`)}

// parentContrast is one parent wanting and the other not, each named:
// "vader wil hulp, moeder niet", "mum wants it, but dad doesn't".
// disagree is the parents at odds: "zijn het oneens", "disagree".
var (
	parentContrast = regexp.MustCompile(`\b(vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:wil|wilt|wants?|is voor|is for)\b[^.?!,;:]{0,40}[,;:]?\s*(?:maar|but|en|and)?\s*(?:de\s+|the\s+)?(vader|moeder|father|mother|papa|mama|dad|mum|mom)\s+(?:niet|nee|not|no|doesn't|does not|won't|will not|juist niet)\b`)
	disagree       = gated{[]string{"oneens", "eens met elkaar", "disagree", "agree with each other"}, regexp.MustCompile(`\b(?:het\s+)?oneens\b|\bniet eens\s+met\s+elkaar\b|\bdisagree\b|\bdon't agree with each other\b|\bdo not agree with each other\b`)}
)

// parentsDisagree reports the two parents at odds over consent.
func parentsDisagree(q string) bool {
	if !containsAny(q, fatherWords) || !containsAny(q, motherWords) {
		return false
	}
	if m := parentContrast.FindStringSubmatch(q); m != nil && isFather(m[1]) != isFather(m[2]) {
		return true
	}
	return disagree.MatchString(q)
}

// isFather reports whether the parent word w names the father.
func isFather(w string) bool { return containsAny(w, fatherWords) }

// refuseMore reads refusals the cues miss: "wil geen toestemming
// geven", "gaat niet akkoord", "werkt niet mee", "the parents won't
// give consent", "mum forbids it".
var refuseMore = gated{[]string{"weten", "nothing", "niks", "niets", "niet", "geen", "akkoord", "teken", "verb", "n't", "not", "refuse", "said no", "says no", "forb", "against"}, regexp.MustCompile(`\b(?:vraagt|vroeg|smeekt|smeekte|vragen|smeken)\s+(?:me|mij|ons)\s+(?:\w+\s+){0,5}?(?:niks|niets|niet)\b[^.?!]{0,30}\bte\s+(?:zeggen|vertellen|melden|delen|doorgeven|bellen)\b|\b(?:wil|wilt|willen|wou|wouden)\s+er\s+(?:niets|niks)\s+van\s+weten\b|\bwants? nothing to do with\b|\b(?:wil|wilt|willen|wou|wouden|geeft|geven|gaf|gaven)\s+(?:\w+\s+){0,2}geen\s+(?:toestemming|akkoord|handtekening|medewerking)\b|\b(?:gaat|gaan|ging|gingen)\s+niet\s+akkoord\b|\b(?:stemt|stemmen|stemde|stemden)\s+niet\s+in\b|\b(?:werkt|werken|werkte|werkten)\s+niet\s+mee\b|\b(?:tekent|tekenen|tekende|tekenden)\s+niet\b|\bverbiedt\b|\bverbood\b|\bmag niet van\b|\b(?:parents?|mother|father|mum|mom|dad|client|child|kid|boy|girl|teen|teenager|he|she|they|son|daughter|family|guardian)\s+(?:\w+\s+){0,2}?(?:won't|will not|wouldn't|would not|doesn't|does not|don't|do not|didn't|did not|refuses? to|refused to)\s+(?:\w+\s+)?(?:give|sign|agree|consent|allow|permit|cooperate)\b|\bsa(?:ys|id)\s+no\b|\bforb(?:id|ids|ade|idden)\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?against\s+(?:it|this|that|sharing|the)\b|\bnot\s+(?:ok|okay|happy|fine)\s+with\b`)}

// refusal reports a refusal of consent by the people concerned, not the
// professional asking whether to refuse.
func refusal(q string) bool {
	said := containsAny(q, refuseCues) || containsAny(q, refuseFormHints) && refuseForms.MatchString(q) || refuseMore.MatchString(q)
	return said && !containsAny(q, askerRefuses) && !(containsAny(q, askerRefuseHints) && askerRefusing(q))
}

// notGiven is consent denied its verb: "haven't agreed", "nog niet
// akkoord"; notYet is consent not given yet, which is not asked.
var (
	notGiven = gated{[]string{"n't", "not", "niet", "geen", "never", "nooit"}, regexp.MustCompile(`\b(?:haven't|hasn't|didn't|have not|has not|did not|not|niet|geen|never|nooit)\s+(?:yet\s+|nog\s+)?(?:\w+\s+)?(?:agreed|consented|given|gegeven|akkoord|toestemming gegeven|said yes|ja gezegd)\b`)}
	notYet   = gated{[]string{"yet", "nog niet", "nog geen"}, regexp.MustCompile(`\b(?:haven't|hasn't|have not|has not|not)\s+(?:yet\s+)?(?:agreed|consented|given (?:consent|permission)|signed)\b[^.?!]*\byet\b|\b(?:haven't|hasn't|have not|has not|not)\s+yet\s+(?:agreed|consented|given|signed)\b|\bnog\s+(?:niet|geen)\s+(?:\w+\s+)?(?:akkoord|toestemming gegeven|getekend|ja gezegd)\b`)}
)

// given reports consent given, not denied.
func given(q string) bool {
	return (containsAny(q, givenCues) || givenPast.MatchString(q)) && !notGiven.MatchString(q)
}

// askerRefusing reports the professional asking whether to refuse, where
// no one else refuses in between: "mag ik dat verzoek weigeren", not
// "wat moet ik doen als ouders weigeren".
func askerRefusing(q string) bool {
	for _, m := range askerRefusesForm.FindAllString(q, -1) {
		if !conditional.MatchString(m) {
			return true
		}
	}
	return false
}

// conditional marks a clause with a subject of its own inside a
// question: "als ouders", "if the parents", "wanneer moeder".
var conditional = regexp.MustCompile(`\b(?:als|if|when|wanneer|indien|omdat|because|terwijl|while)\b|\b(?:ouders?|vader|moeder|client|cliënt|jongere|parents?|mother|father|they|he|she|hij|zij|ze)\b`)

// notKnowing reads consent not asked in the words of not knowing or not
// being told: "ouders weten niet dat ik bel", "mum doesn't know",
// "behind their back", "buiten medeweten van", "niet ingelicht".
// "Stiekem" is left out: it tells of someone else's act ("moeder heeft
// stiekem opgenomen"); so is "weten het zelf niet".
var notKnowing = gated{[]string{"finding", "idee", "idea", "weet", "weten", "wist", "know", "aware", "back", "medeweten", "rug", "ingelicht", "geïnformeerd", "geinformeerd", "verteld", "besproken", "informed", "told", "discussed", "asked", "gevraagd"}, regexp.MustCompile(`\b(?:ouders?|vader|moeder|papa|mama|client|cliënt|jongere|ze|zij|hij|gezin|parents?|mother|father|mum|mom|dad|family|they|he|she)\s+(?:\w+\s+)?(?:hebben|heeft|have|has|had)\s+(?:\w+\s+)?(?:geen|no)\s+(?:idee|idea|weet)\b|\b(?:ouders?|vader|moeder|papa|mama|client|cliënt|jongere|kind|ze|zij|hij|gezin|familie)\s+(?:\w+\s+)?(?:weet|weten|wist|wisten)\s+(?:(?:het|er|nog|van|hier|daar|dit|dat|ervan|hiervan|daarvan)\s+){0,3}(?:niet|niks|niets)\b|\b(?:parents?|mother|father|mum|mom|dad|client|family|child|kid|he|she|they)\s+(?:\w+\s+)?(?:doesn't|does not|don't|do not|didn't|did not)\s+know\b|\bunaware\b|\bwithout\s+(?:\w+\s+){0,3}(?:knowing|being told|being informed|finding out)\b|\bbehind\s+(?:his|her|their|the parents'?|the client'?s?)\s+backs?\b|\bwithout\s+(?:his|her|their|the parents'?|the client'?s?)\s+knowledge\b|\b(?:buiten|zonder)\s+(?:\w+\s+){0,2}medeweten\b|\bachter\s+(?:zijn|haar|hun|de)\s+(?:\w+\s+)?rug\b|\bniet\s+(?:ingelicht|geïnformeerd|geinformeerd|verteld|besproken)\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:informed|told|discussed)\b|\b(?:haven't|hasn't|have not|has not)\s+(?:yet\s+)?(?:been\s+)?(?:told|informed|discussed|asked)\b|\bnog niet\s+(?:\w+\s+){0,3}(?:besproken|verteld|ingelicht|gevraagd)\b`)}

// noConsentYet is consent absent, not refused: "geen toestemming", "no
// consent"; consentNeeded is the question whether it is needed at all,
// which says nothing of the case ("geen toestemming nodig?").
var (
	noConsentYet  = gated{[]string{"toestemming", "consent", "permission"}, regexp.MustCompile(`\b(?:geen|no)\s+(?:\w+\s+)?(?:toestemming|consent|permission)\b`)}
	consentNeeded = gated{[]string{"toestemming", "consent", "permission"}, regexp.MustCompile(`\b(?:geen|no)\s+(?:\w+\s+)?(?:toestemming|consent|permission)\s+(?:\w+\s+)?(?:nodig|needed|vereist|required|necessary|noodzakelijk|need)\b|\b(?:need|needs|nodig)\b[^.?!]*\b(?:geen|no)\s+(?:toestemming|consent)`)}
)

// notAsked reports consent not (yet) asked.
func notAsked(q string) bool {
	switch {
	case containsAny(q, notAskedCues) && !consentNeeded.MatchString(q),
		containsAny(q, notAskedHints) && notAskedForms.MatchString(q),
		(strings.Contains(q, "zonder ") || strings.Contains(q, "without ")) && notAskedWithout.MatchString(q),
		strings.Contains(q, "zonder") && strings.Contains(q, "toestemming"),
		strings.Contains(q, "without") && (strings.Contains(q, "consent") || strings.Contains(q, "permission")):
		return true
	}
	return notKnowing.MatchString(q) || notYet.MatchString(q) || noConsentYet.MatchString(q) && !consentNeeded.MatchString(q)
}
