package search

import "strings"

// stopWords are folded Dutch and English words that carry no topic: function
// words, the verbs every question has ("mag", "moet", "can", "need") and chat
// filler ("ff", "hoi", "thanks"). They never score, and the words that are
// left decide whether a question is in scope at all.
var stopWords = wordSet(`
aan al alle alles als alsjeblieft alstublieft alvast ben bent beetje bedankt bij
ook daar dag dan dank dat de deze die dit doe doen doet door dus echt een eens
eigenlijk elke en er erg even ff ga gaan gaat gedaan geen gewoon graag had hallo
heb hebben hebt heel heeft hem hen het hey hier hij hoe hoi hoor hun ik iedere
iemand iets in is ja je jij jou jouw jullie kan kon kun kunnen kunt laat laten
maar me mee meer met mag mij mijn moet moeten moest mogen na naar nee niet nog nooit nou
nu of oke ok om onder ons onze op over precies soms te tegen toch toe tot u uit uw vaak
van veel vraag vraagje vraagt vragen voor waar waarom wanneer want was wat we
wel welk welke werd wie wij wil willen wilt worden wordt zal ze zelf zich zij
zijn zo zou zouden zullen krijg krijgen krijgt kreeg maak maakt maken
gemaakt werkt werken gebeurt gebeuren haar tussen volgens allemaal val valt vallen
voordat nadat twee drie weten weet geven geeft gegeven af keer speelt spelen
zit zitten staat staan komt komen hoeveel indienen dient dienen ingediend
bellen belt gebeld doorlopen letten qua kiezen ermee daarmee hiermee erover daarover
erin eruit tip tips versus per via geef dien jarig jarige leggen aanleggen naast genoeg voldoende
a about again all also am an and any are as ask asked asking asks at be been
being but by can cant could did do does doesnt dont done each even ever for from
get gets got had has have having he hello her here hey hi him his how i im in
into is isnt it its itself just know let lets may me might mine more most much
must my need needs no nor not now of ok okay on only or other our out own please
really same she should so some still such than thank thanks that thats the
their them then there these they this those to too up us very want wants was we
were what whats when where which while who whom whose why will with would yes
you your yours many make makes made go goes going another enough came come
comes doing between according two three find finds found actually basically
call calls called allowed allow vs sufficient give gives giving gave given
ivm mbt tav evt ipv bv bijv oid dmv zn mn dr vd vh ie tov mvg gr pls plz thx btw
asap fyi idk
`)

// wordSet builds a set from whitespace-separated words.
func wordSet(words string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
