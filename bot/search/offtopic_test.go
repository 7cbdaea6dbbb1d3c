package search

import (
	"testing"

	"privacybot/flows"
)

// TestOffTopic checks that a question about a subject the guideline does
// not treat is recognised as such, also when it shares a word with a
// topic, and that a question tying such a subject to a client's data is
// not.
func TestOffTopic(t *testing.T) {
	tests := []struct {
		question string
		want     string
	}{
		{"mag de afdeling personeelszaken mijn ziekmeldingen vijf jaar bewaren?", "own job"},
		{"my boss wants to read my private messages, is that allowed?", "own job"},
		{"krijg ik overuren uitbetaald als ik avonddienst draai?", "own job"},
		{"hoeveel milligram ritalin is normaal voor een kind van 9?", "medicine"},
		{"what dose of ibuprofen can a toddler have?", "medicine"},
		{"hoeveel kinderopvangtoeslag krijgt een moeder met twee kinderen?", "money"},
		{"can a family get an allowance for a child with a disability?", "money"},
		{"hoe lang duurt de wachtlijst voor jeugd-ggz in diemen?", "decision or provision"},
		{"hoe formuleer ik een beschikking voor ambulante hulp?", "decision or provision"},
		{"mag de verhuurder van een gezin zomaar binnenkomen?", "other law"},
		{"mijn outlook crasht, hoe installeer ik het opnieuw?", "IT help"},
		{"is de kantine morgen open?", "workplace"},
		{"wie is tegenwoordig de wethouder jeugd in Uithoorn?", "politics"},
		{"how does a family apply for rent allowance?", "money"},
		{"mag ik de wethouder iets over een client vertellen?", ""},
		{"valt jgz ook onder hulpverlening?", ""},
		{"can I take a client's file home from the office?", ""},
		{"mag ik mijn eigen personeelsdossier inzien?", "own data"},
		{"can I see my own medical file at the hospital?", "own data"},
		{"mijn dochter van 16 wil een bijbaan, mag dat?", "own job"},
		{"hoe praat ik met mijn zoon over de puberteit?", "parenting"},
		{"hoe lang duurt een uithuisplaatsing gemiddeld?", "duration"},
		{"wat kost een advocaat voor de ouders?", "money"},
		{"hoeveel alimentatie betaalt een vader voor twee kinderen?", "money"},
		{"is adhd een bijzonder persoonsgegeven?", ""},
		{"mag ik mijn eigen aantekeningen over een cliënt thuis bewaren?", ""},
		{"do I need consent to share in my own team?", ""},
		{"vallen mijn eigen werkaantekeningen onder het inzagerecht?", ""},
		{"mag ik uit eigen beweging de gezinsvoogd bellen?", ""},
		{"hoe lang duurt het voordat ik inzage moet geven?", ""},
		{"een vader slaat zijn zoon als straf, moet ik melden?", ""},
		{"spoed: baby alleen thuis gelaten, wat nu?", ""},
		{"de verhuurder belt en wil weten of het gezin hulp krijgt", ""},
		{"het gezin kan de huur niet betalen, mag ik de woningcorporatie bellen?", ""},
		{"hoe lang duurt het voordat de verwijsindex een match geeft?", ""},
		{"mijn contract loopt af, wie moet ik bellen?", "own job"},
		{"hoeveel ml paracetamol voor een kind van 12 kg?", "medicine"},
		{"hoe ga ik om met agressie van een vader tijdens een huisbezoek?", "safety at work"},
		{"is er een goede training over motiverende gespreksvoering?", "learning"},
		{"meisje 16 zwanger, wil niet dat ouders het weten", ""},
		{"een ouder bedreigt me, mag ik aangifte doen bij de politie?", ""},
		{"laptop met werk gestolen uit de auto", ""},
		{"moet een zorgaanbieder een FG hebben?", ""},
		{"meisje van 15 wil de pil zonder dat haar ouders het weten", ""},
		{"mag een organisatie kosten rekenen voor een afschrift?", ""},
		{"verhuurder vraagt of de moeder hulp krijgt, mag ik antwoorden?", ""},
		{"bij een opvoedvraag van ouders, mag ik de school erbij betrekken?", ""},
		{"mag ik een opname van een gesprek gebruiken voor een training?", ""},
		{"welke opleiding moet ik volgen om jeugdconsulent te worden?", "learning"},

		{"mag ik de medicatie van een jongere aan school doorgeven?", ""},
		{"mag ik de huisarts bellen over de medicatie van een jongere?", ""},
		{"mijn leidinggevende wil het dossier van een cliënt inzien", ""},
		{"moet ik een datalek bij mijn leidinggevende melden?", ""},
		{"wie beslist over het delen van gegevens, ik of mijn teamleider?", ""},
		{"mag ik de beschikking naar de school sturen?", ""},
		{"mag ik kosten rekenen voor een kopie van het dossier?", ""},
		{"the landlord asks for information about my client", ""},
		{"can I share a child's medication with the school?", ""},
		{"mag het pgb-bureau gegevens van het gezin opvragen?", ""},
		{"ik ben vergeten toestemming te vragen, wat nu?", ""},
		{"laptop met dossiers gestolen uit de auto", ""},
		{"ik ben ziek, mag een collega mijn dossiers inzien?", ""},
		{"mag ik zonder toestemming melden bij veilig thuis?", ""},
	}
	for _, tt := range tests {
		if got := offTopic(splitAges(tokenize(tt.question))); got != tt.want {
			t.Errorf("offTopic(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// TestAgeAloneIsNoConsentQuestion checks that a question giving a
// child's age but not about consent, care, sharing or the parents is not
// answered from the consent rules by age, and that one about them is.
func TestAgeAloneIsNoConsentQuestion(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	tests := []struct {
		question string
		answered bool
	}{
		{"mag een meisje van 14 een piercing nemen?", false},
		{"can a 13 year old babysit on her own?", false},
		{"meisje van 14 wil hulp, moeten ouders tekenen?", true},
		{"a 15 year old wants counselling without his parents knowing", true},
		{"toestemmng kind 13 wie", true},
	}
	for _, tt := range tests {
		res := ix.Search(tt.question)
		answered := res.Decision == Answer && res.Hits[0].Topic.ID == "toestemming-leeftijd"
		if answered != tt.answered {
			t.Errorf("Search(%q) = %s %v; answered from the age rules %v, want %v", tt.question, res.Decision, topIDs(res), answered, tt.answered)
		}
	}
}
