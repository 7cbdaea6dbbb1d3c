package search

import (
	"slices"
	"strings"
	"testing"

	"privacybot/flows"
)

// TestSituationDecidesTopic checks the rules that let the situation a
// question states decide its topic where its words mislead; want lists
// the right topics, separated by "|", as the question sets do.
func TestSituationDecidesTopic(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct {
		question, want string
	}{
		// Sharing anyway after a refusal, out of worry: the step plan.
		{"vader weigert, maar ik maak me zorgen om het meisje. mag ik toch delen met de sportclub?", "stappenplan"},
		{"the parents refused, but I'm worried about neglect. may I still share with the nursery?", "stappenplan"},
		// Breaking secrecy after a refusal, out of worry: the step plan.
		{"16yo refused consent but she is self-harming, can I break confidentiality?", "stappenplan"},
		// A refusal with the school or the GP named: that recipient's topic.
		{"moeder weigert toestemming voor de huisarts, mag ik het toch doen?", "delen-huisarts"},
		{"the parents refused consent to talk to the GP, can I do it anyway?", "delen-huisarts"},
		{"ouders willen niet dat ik met school praat, jongen 13", "delen-school"},
		{"ha belt over kind 6, ouders weten niks, mag ik wat zeggen?", "delen-huisarts"},
		{"kan ik iets met een mail van school die ik niet gevraagd heb", "informatie-ontvangen-derden"},
		{"moeder weigert dat ik de mentor inlicht over de thuissituatie", "delen-school"},
		// A parent without authority wanting news: what such a parent may
		// get, not a lost device.
		{"dad lost custody, he wants the school reports", "niet-gezag-ouder-informatie"},
		{"vader is zijn gezag kwijt en wil de rapporten van school", "niet-gezag-ouder-informatie"},
		// Without consent to someone with no right to be reported to.
		{"zonder toestemming informatie delen met de woningcorporatie?", "delen-toestemming|stappenplan"},
		// One parent objecting: the topic on refusal, not the age rules.
		{"divorced parents, mum agrees to help, dad doesn't, kid is 9", "gescheiden-ouders"},
		{"moeder wil de hulp wel, vader niet, jongen van 10", "ouders-weigeren-toestemming"},
		// The police asking about a client: professional secrecy.
		{"de politie belt of een moeder bij ons in zorg is, wat zeg ik?", "beroepsgeheim|stappenplan"},
		// A parent wanting news of an adult child: the rules by age.
		{"zoon is meerderjarig, moeder wil weten hoe het met hem gaat", "toestemming-leeftijd"},
		// Others' data in a file the client asks to see: access.
		{"inzageverzoek van vader, er staat ook informatie van de buurvrouw in", "inzage"},
		// A request for destruction the professional may refuse.
		{"kan ik een vernietigingsverzoek weigeren als er een rechtszaak loopt?", "vernietiging"},
		// Received unasked: what to do with information received.
		{"de huisarts stuurde mij ongevraagd een verslag, wat doe ik ermee?", "informatie-ontvangen-derden"},
		// How long a request for a copy may take: access.
		{"moeder wil een kopie van het dossier, hoeveel tijd heb ik?", "inzage"},
		// Acute danger to a child, whatever else the question names.
		{"kind is nu in gevaar, vader is dronken en agressief", "veilig-thuis-meldcode"},
		// Sent to the wrong person: a data breach.
		{"rapportage per ongeluk naar de verkeerde moeder gemaild", "datalek"},
		{"I accidentally emailed the assessment to the wrong school", "datalek"},
		// Asked to remove the file: destruction.
		{"een ex-cliënt wil dat we zijn dossier wissen, moet dat?", "vernietiging"},
		// Writing down consent given.
		{"how do I record that the father agrees to the referral?", "toestemming-vastleggen"},
		// Telling the family after a report.
		{"na de melding bij VT: wanneer vertel ik het de ouders?", "client-achteraf-informeren"},
		// Who consents for a child with a guardian.
		{"meisje van 13 heeft een voogd, wie moet toestemming geven voor de hulp?", "toestemming-leeftijd"},
		// Both parents hold authority: not the topic on a parent without it.
		{"alleen vader kwam naar het gesprek, mag ik aannemen dat moeder ook akkoord is? ze hebben gezamenlijk gezag", "een-ouder-aanwezig"},
		// Another practitioner treating the client.
		{"de psycholoog van de jongere wil overleggen, we werken samen aan zijn plan. mag dat zonder toestemming?", "medebehandelaar"},
		// Recording the reasoning after sharing without consent.
		{"ik heb zonder toestemming met de huisarts gedeeld, wat schrijf ik op?", "client-achteraf-informeren"},
	}
	for _, tt := range tests {
		res := ix.Search(tt.question)
		if res.Decision != Answer || !slices.Contains(strings.Split(tt.want, "|"), res.Hits[0].Topic.ID) {
			t.Errorf("Search(%q) = %s %v, want answer %s", tt.question, res.Decision, topIDs(res), tt.want)
		}
	}
}
