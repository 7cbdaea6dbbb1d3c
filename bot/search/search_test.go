package search

import (
	"slices"
	"sync"
	"testing"

	"privacybot/flows"
	"privacybot/lang"
)

// testTopics is a small hand-made set of topics in the format of the real
// ones, so that these tests do not depend on the content files.
func testTopics() []flows.Topic {
	return []flows.Topic{
		{
			ID:       "delen-school",
			Title:    lang.T("Gegevens delen met school", "Sharing data with a school"),
			Short:    lang.T("School is geen medebehandelaar: vraag eerst toestemming.", "A school is not a co-treating professional: ask consent first."),
			Details:  lang.T("Leg uit wat je aan de leerkracht of mentor vertelt en waarom.", "Explain what you tell the teacher or mentor and why."),
			Sources:  []string{"§2.4"},
			Keywords: []string{"school", "leerkracht", "mentor", "intern begeleider", "teacher"},
		},
		{
			ID:       "delen-huisarts",
			Title:    lang.T("Gegevens delen met de huisarts", "Sharing data with the GP"),
			Short:    lang.T("Is de huisarts betrokken bij de hulp, dan is hij medebehandelaar.", "A GP involved in the care is a co-treating professional."),
			Details:  lang.T("Anders vraag je toestemming.", "Otherwise you ask consent."),
			Sources:  []string{"§2.4"},
			Keywords: []string{"huisarts", "dokter", "GP"},
		},
		{
			ID:       "gescheiden-ouders",
			Title:    lang.T("Gescheiden ouders en toestemming", "Separated or divorced parents and consent"),
			Short:    lang.T("Beide ouders met gezag moeten toestemming geven, ook na een scheiding.", "Both parents with authority consent, also after a divorce."),
			Details:  lang.T("Vraag naar de gezagsverhoudingen.", "Ask who has authority."),
			Sources:  []string{"§2.3"},
			Keywords: []string{"scheiding", "co-ouderschap", "divorce"},
		},
		{
			ID:       "gezag-ouders",
			Title:    lang.T("Wie heeft gezag over het kind?", "Who has parental authority?"),
			Short:    lang.T("Getrouwde ouders hebben samen gezag; een vader die alleen erkent niet.", "Married parents share authority; a father who only acknowledges does not."),
			Details:  lang.T("Het gezag kun je aanvragen bij de rechtbank.", "Authority can be requested from the court."),
			Sources:  []string{"§2.3", "Begrippenlijst"},
			Keywords: []string{"gezag", "erkenning", "custody"},
		},
		{
			ID:       "begrip-gezag",
			Title:    lang.T("Gezag", "Parental authority"),
			Short:    lang.T("Met gezag bedoelen we ouderlijk gezag of voogdij.", "By authority we mean parental authority or guardianship."),
			Details:  lang.T("Wie gezag heeft, is wettelijk vertegenwoordiger.", "Whoever has authority is the legal representative."),
			Sources:  []string{"Begrippenlijst"},
			Keywords: []string{"gezag", "voogdij", "definitie"},
		},
		{
			ID:       "bewaartermijn",
			Title:    lang.T("Hoe lang bewaar je een dossier?", "How long do you keep a file?"),
			Short:    lang.T("Twintig jaar na de laatste wijziging.", "Twenty years after the last change."),
			Details:  lang.T("De handreiking noemt nog 15 jaar.", "The guideline still says 15 years."),
			Sources:  []string{"§3.1"},
			Keywords: []string{"bewaartermijn", "bewaren", "retention"},
		},
		{
			ID:       "datalek",
			Title:    lang.T("Datalek: wat moet je doen?", "Data breach: what should you do?"),
			Short:    lang.T("Meld het meteen bij je leidinggevende of de FG.", "Report it at once to your manager or the FG."),
			Details:  lang.T("De organisatie meldt binnen 72 uur bij de Autoriteit Persoonsgegevens.", "The organisation reports within 72 hours."),
			Sources:  []string{"§4.4"},
			Keywords: []string{"datalek", "laptop kwijt", "verkeerde ontvanger", "data breach"},
		},
		{
			ID:       "veilig-thuis-meldcode",
			Title:    lang.T("Veilig Thuis en de meldcode", "Veilig Thuis and the reporting code"),
			Short:    lang.T("Bij een vermoeden van kindermishandeling volg je de vijf stappen van de meldcode.", "When you suspect child abuse, follow the five steps of the reporting code."),
			Details:  lang.T("Advieslijn 0800-2000.", "Advice line 0800-2000."),
			Sources:  []string{"§1.6"},
			Keywords: []string{"meldcode", "Veilig Thuis", "huiselijk geweld"},
		},
	}
}

func TestSearchFindsTopic(t *testing.T) {
	ix := New(testTopics())
	tests := []struct {
		question string
		want     string
		lang     lang.Lang
	}{
		{"mag ik de juf vertellen hoe het gaat met het kind?", "delen-school", lang.NL},
		{"the teacher asks how the child is doing, can I tell her", "delen-school", lang.EN},
		{"huisats informeren, mag dat?", "delen-huisarts", lang.NL},
		{"can I talk to the doctor", "delen-huisarts", lang.EN},
		{"ouders uit elkaar, wie tekent?", "gescheiden-ouders", lang.NL},
		{"parents are divorced, do both need to sign?", "gescheiden-ouders", lang.EN},
		{"hoelang moet ik een dosier bewaren", "bewaartermijn", lang.NL},
		{"per ongeluk naar de verkeerde ontvanger gestuurd, is dat een datalek?", "datalek", lang.NL},
		{"vermoeden van mishandeling, moet ik VT bellen?", "veilig-thuis-meldcode", lang.NL},
		{"wat betekent gezag?", "begrip-gezag", lang.NL},
		{"heeft een vader die het kind erkend heeft gezag?", "gezag-ouders", lang.NL},
		{"mijn laptop is kwijt", "datalek", lang.NL},
		{"mag ik als jeugdarts de huisarts bellen ivm zn kind", "delen-huisarts", lang.NL},
	}
	for _, tt := range tests {
		res := ix.Search(tt.question)
		if res.Decision == Unknown || len(res.Hits) == 0 {
			t.Errorf("Search(%q): decision %s with %d hits, want %s", tt.question, res.Decision, len(res.Hits), tt.want)
			continue
		}
		if got := res.Hits[0].Topic.ID; got != tt.want {
			t.Errorf("Search(%q) top hit = %s, want %s", tt.question, got, tt.want)
		}
		if res.Lang != tt.lang {
			t.Errorf("Search(%q) lang = %s, want %s", tt.question, res.Lang, tt.lang)
		}
	}
}

func TestSearchOutOfScope(t *testing.T) {
	ix := New(testTopics())
	for _, q := range []string{
		"hoe laat is het?",
		"wat is de hoofdstad van Frankrijk",
		"how do I reset my password",
		"mag ik parkeren bij het gemeentehuis",
		"wanneer krijg ik vakantiegeld",
		"recept voor pannenkoeken",
		"hoe installeer ik outlook op mijn laptop",
		"hallo",
		"thanks!",
	} {
		if res := ix.Search(q); res.Decision != Unknown {
			t.Errorf("Search(%q) = %s %v (confidence %.2f), want unknown", q, res.Decision, topIDs(res), res.Confidence)
		}
	}
}

func TestSearchDegenerateInput(t *testing.T) {
	ix := New(testTopics())
	for _, q := range []string{"", "   ", "?!?", "\x00\x01\xff\xfe", string([]byte{0xc3, 0x28, 0xa0, 0xa1}), "🙂🙂🙂"} {
		res := ix.Search(q)
		if res.Decision != Unknown || res.Confidence != 0 || len(res.Hits) != 0 {
			t.Errorf("Search(%q) = %s, confidence %.2f, %d hits; want unknown, 0, none", q, res.Decision, res.Confidence, len(res.Hits))
		}
	}
}

func TestSearchEmptyIndex(t *testing.T) {
	res := New(nil).Search("mag ik dit delen met school?")
	if res.Decision != Unknown || len(res.Hits) != 0 {
		t.Errorf("empty index: %s with %d hits, want unknown with none", res.Decision, len(res.Hits))
	}
}

func TestResultIsConsistent(t *testing.T) {
	ix := New(testTopics())
	for _, q := range []string{
		"mag ik delen met school",
		"gezag",
		"toestemming",
		"ouders gescheiden wie tekent",
		"wat is een datalek en hoe lang bewaar je een dossier",
	} {
		res := ix.Search(q)
		if len(res.Hits) > MaxHits {
			t.Errorf("Search(%q): %d hits, want at most %d", q, len(res.Hits), MaxHits)
		}
		for i := 1; i < len(res.Hits); i++ {
			if res.Hits[i].Score > res.Hits[i-1].Score {
				t.Errorf("Search(%q): hits not best first: %v", q, topIDs(res))
			}
		}
		for _, h := range res.Hits {
			if h.Score <= 0 || h.Score > 1 {
				t.Errorf("Search(%q): hit %s score %.3f outside (0, 1]", q, h.Topic.ID, h.Score)
			}
		}
		if !inBand(res.Confidence, res.Decision) {
			t.Errorf("Search(%q): confidence %.3f outside the %s band", q, res.Confidence, res.Decision)
		}
	}
}

func TestNewCopiesTopics(t *testing.T) {
	topics := testTopics()
	ix := New(topics)
	topics[0].ID = "changed"
	res := ix.Search("mag ik delen met de leerkracht")
	if len(res.Hits) == 0 || res.Hits[0].Topic.ID != "delen-school" {
		t.Fatalf("after changing the caller's slice: top hit %v, want delen-school", topIDs(res))
	}
}

func TestSearchConcurrently(t *testing.T) {
	ix := New(testTopics())
	want := ix.Search("huisats informeren")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				got := ix.Search("huisats informeren")
				if len(got.Hits) == 0 || got.Hits[0].Topic != want.Hits[0].Topic || got.Confidence != want.Confidence {
					t.Errorf("concurrent search differs: %v vs %v", topIDs(got), topIDs(want))
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestDecisionString(t *testing.T) {
	for d, want := range map[Decision]string{Answer: "answer", Suggest: "suggest", Unknown: "unknown"} {
		if got := d.String(); got != want {
			t.Errorf("Decision(%d).String() = %q, want %q", d, got, want)
		}
	}
}

// inBand reports whether conf lies in the confidence band of d.
func inBand(conf float64, d Decision) bool {
	switch d {
	case Answer:
		return conf >= answerBand && conf <= 1
	case Suggest:
		return conf >= suggestBand && conf < answerBand
	}
	return conf >= 0 && conf < suggestBand
}

// topIDs lists the IDs of a result's hits, for messages.
func topIDs(res Result) []string {
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.Topic.ID)
	}
	return ids
}

func TestSplitAges(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"a", "16yo", "boy"}, []string{"a", "16", "yo", "boy"}},
		{[]string{"jongere", "15jr"}, []string{"jongere", "15", "jr"}},
		{[]string{"kind", "8j"}, []string{"kind", "8", "jr"}},
		{[]string{"art", "7", "465"}, []string{"art", "7", "465"}},
		{[]string{"3x", "1e", "2025"}, []string{"3x", "1e", "2025"}},
	}
	for _, tt := range tests {
		if got := splitAges(append([]string(nil), tt.in...)); !slices.Equal(got, tt.want) {
			t.Errorf("splitAges(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
