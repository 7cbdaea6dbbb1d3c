package bot

import (
	"testing"

	"privacybot/bot/search"
)

// TestSituatedFlowFromQuestions checks that the flow button starts with
// what the question says: the recipient, a family guardian asking or a
// professional telling the GI unasked, and the age group.
func TestSituatedFlowFromQuestions(t *testing.T) {
	tests := []struct{ spec, q, want string }{
		{"stappenplan", "mag ik met de IB'er praten over een leerling, ouders zeggen nee", "stappenplan ontvanger=school"},
		{"stappenplan", "de gezinsvoogd vraagt om mijn verslag", "stappenplan ontvanger=gi-ots-verzoek"},
		{"stappenplan", "gezinsvoogd belt en wil weten hoe het gaat met het gezin", "stappenplan ontvanger=gi-ots-verzoek"},
		{"stappenplan", "mag ik de gezinsvoogd uit mezelf iets laten weten", "stappenplan ontvanger=gi-ongevraagd"},
		{"stappenplan", "mag ik het AMHK bellen over een vermoeden van mishandeling", "stappenplan ontvanger=veilig-thuis"},
		{"stappenplan", "RvdK-medewerker vraagt of ik het verslag kan sturen", "stappenplan ontvanger=raad"},
		{"stappenplan ontvanger=huisarts", "mag ik school bellen", "stappenplan ontvanger=huisarts"},
		{"toestemming", "meisje van veertien wil hulp, ouders weigeren", "toestemming leeftijd=12-15"},
		{"toestemming", "dochter is bijna 16, mag zij zelf tekenen", "toestemming leeftijd=12-15"},
		{"toestemming", "client is net 18, mogen ouders nog meebeslissen", "toestemming leeftijd=18-plus"},
		{"toestemming", "pleegkind van 7 met voogd, wie tekent", "toestemming leeftijd=onder-12 gezag-wie=voogd"},
		{"toestemming", "wie tekent voor de hulp", "toestemming"},
	}
	for _, tt := range tests {
		if got := situatedFlow(tt.spec, search.Recognize(tt.q)); got != tt.want {
			t.Errorf("situatedFlow(%q, %q) = %q, want %q", tt.spec, tt.q, got, tt.want)
		}
	}
}
