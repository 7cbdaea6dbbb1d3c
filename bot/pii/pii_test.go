package pii

import (
	"fmt"
	"slices"
	"testing"
)

// want is one finding a case expects: its kind and the exact text it covers.
type want struct {
	kind Kind
	text string
}

// findCases is the detector's table: true positives of each kind in
// several formats, and look-alikes that must not be flagged (want empty).
var findCases = []struct {
	name string
	text string
	want []want
}{
	// BSN: nine digits passing the 11-test, solid or grouped.
	{"bsn solid", "Het BSN is 123456782.", []want{{BSN, "123456782"}}},
	{"bsn dots", "bsn 123.456.782 van de moeder", []want{{BSN, "123.456.782"}}},
	{"bsn 4-2-3", "BSN: 1234 56 782", []want{{BSN, "1234 56 782"}}},
	{"bsn spaces", "burgerservicenummer 111 222 333", []want{{BSN, "111 222 333"}}},
	{"bsn 2-2-2-3", "nummer 12.34.56.782, klopt dat?", []want{{BSN, "12.34.56.782"}}},
	{"bsn in brackets", "(123456782)", []want{{BSN, "123456782"}}},

	// Phone numbers: mobile and landline, national and international.
	{"mobile dash", "bel 06-12345678", []want{{Phone, "06-12345678"}}},
	{"mobile spaced", "nummer: 06 1234 5678.", []want{{Phone, "06 1234 5678"}}},
	{"mobile solid", "0612345678", []want{{Phone, "0612345678"}}},
	{"mobile spaced dash", "vader 06 - 12345678 belt", []want{{Phone, "06 - 12345678"}}},
	{"mobile +31", "whatsapp +31 6 12345678", []want{{Phone, "+31 6 12345678"}}},
	{"mobile 0031", "0031612345678 is haar nummer", []want{{Phone, "0031612345678"}}},
	{"mobile +31 (0)", "+31 (0)6-12345678", []want{{Phone, "+31 (0)6-12345678"}}},
	{"landline 020", "school: 020-1234567", []want{{Phone, "020-1234567"}}},
	{"landline 0297", "0297 123456 (Uithoorn)", []want{{Phone, "0297 123456"}}},
	{"landline +31 20", "+31 20 123 4567", []want{{Phone, "+31 20 123 4567"}}},
	{"landline brackets", "tel (020) 123 4567", []want{{Phone, "(020) 123 4567"}}},

	// E-mail addresses.
	{"email", "mail jan.jansen@example.nl even", []want{{Email, "jan.jansen@example.nl"}}},
	{"email plus and end of sentence", "Stuur het naar j_de.vries+zorg@gemeente-diemen.nl.", []want{{Email, "j_de.vries+zorg@gemeente-diemen.nl"}}},
	{"email in angle brackets", "<Piet@Voorbeeld.COM>", []want{{Email, "Piet@Voorbeeld.COM"}}},

	// IBANs with a valid mod-97 checksum, any country.
	{"iban nl solid", "rekening NL91ABNA0417164300", []want{{IBAN, "NL91ABNA0417164300"}}},
	{"iban nl grouped", "IBAN: NL91 ABNA 0417 1643 00.", []want{{IBAN, "NL91 ABNA 0417 1643 00"}}},
	{"iban lower case", "nl91abna0417164300", []want{{IBAN, "nl91abna0417164300"}}},
	{"iban de", "DE89 3704 0044 0532 0130 00", []want{{IBAN, "DE89 3704 0044 0532 0130 00"}}},
	{"iban gb", "GB82WEST12345698765432", []want{{IBAN, "GB82WEST12345698765432"}}},
	{"iban be", "BE68539007547034", []want{{IBAN, "BE68539007547034"}}},

	// Postcodes with a house number, or in an address.
	{"postcode house number", "1111 AB 12", []want{{Postcode, "1111 AB 12"}}},
	{"postcode solid letter suffix", "1111AB 12a", []want{{Postcode, "1111AB 12a"}}},
	{"postcode dash suffix", "adres 1096 CX 3-2", []want{{Postcode, "1096 CX 3-2"}}},
	{"postcode after street", "Dorpsstraat 12, 1111 AB", []want{{Postcode, "1111 AB"}}},
	{"postcode with city", "Postbus, 1421 XY Uithoorn", []want{{Postcode, "1421 XY"}}},
	{"postcode word", "postcode 1111 AB graag", []want{{Postcode, "1111 AB"}}},
	{"postcode lower solid", "woont in 1111ab", []want{{Postcode, "1111ab"}}},

	// Dates of birth: any date near a birth word.
	{"born dutch words", "geboren op 3 maart 2012", []want{{Birthdate, "3 maart 2012"}}},
	{"geb. numeric", "geb. 03-03-2012", []want{{Birthdate, "03-03-2012"}}},
	{"born iso", "born 2012-03-03", []want{{Birthdate, "2012-03-03"}}},
	{"geboortedatum short year", "geboortedatum 3/3/12", []want{{Birthdate, "3/3/12"}}},
	{"date of birth english", "Date of birth: March 3, 2012", []want{{Birthdate, "March 3, 2012"}}},
	{"dob ordinal", "DOB 3rd of March 2012", []want{{Birthdate, "3rd of March 2012"}}},
	{"d.o.b. dots", "d.o.b. 03.03.2012", []want{{Birthdate, "03.03.2012"}}},
	{"birth word after", "Ze is op 12 januari 2015 geboren.", []want{{Birthdate, "12 januari 2015"}}},
	{"birthday no year", "ze is jarig op 3 maart", []want{{Birthdate, "3 maart"}}},
	{"geb.datum abbreviated month", "Geb.datum: 1 mrt. 2010", []want{{Birthdate, "1 mrt. 2010"}}},
	{"born in a place", "geboren in Amsterdam op 3 maart 2012", []want{{Birthdate, "3 maart 2012"}}},

	// A full date near other personal data.
	{"date next to bsn", "BSN 123456782, 03-03-2012", []want{{BSN, "123456782"}, {Date, "03-03-2012"}}},
	{"date after iban", "NL91ABNA0417164300 en 1 april 2020", []want{{IBAN, "NL91ABNA0417164300"}, {Date, "1 april 2020"}}},
	{"phones split by slash", "06-12345678/020-1234567", []want{{Phone, "06-12345678"}, {Phone, "020-1234567"}}},

	// Several kinds in one message.
	{"mixed", "Moeder (06-12345678, m.jansen@example.nl) woont op Dorpsstraat 12, 1111 AB Diemen.",
		[]want{{Phone, "06-12345678"}, {Email, "m.jansen@example.nl"}, {Postcode, "1111 AB"}}},
	{"mixed with birth", "Jongen, geb. 3-3-2010, BSN 111222333, vader bereikbaar op 0612345678",
		[]want{{Birthdate, "3-3-2010"}, {BSN, "111222333"}, {Phone, "0612345678"}}},

	// Look-alikes that are no personal data.
	{"policy number", "polisnummer 12345678901", nil},
	{"dossier number", "dossiernummer 2023-004512", nil},
	{"year", "in 2019 is het dossier aangelegd", nil},
	{"since year", "sinds 2020 werken we zo", nil},
	{"jeugdwet article", "Jeugdwet art. 7.3.11", nil},
	{"jeugdwet article short", "Jeugdwet art. 7.3.8", nil},
	{"bw article", "BW art. 7:457", nil},
	{"bw article lid", "art. 7:454 lid 3", nil},
	{"bw article letter", "artikel 1:377c BW", nil},
	{"wmo article", "Wmo 2015 art. 5.2.6", nil},
	{"avg article", "AVG art. 6 lid 1 a", nil},
	{"paragraph", "zie §2.4 en §1.5.3", nil},
	{"veilig thuis", "Bel Veilig Thuis: 0800-2000", nil},
	{"service number", "0900-1234567 of 0900 123 456", nil},
	{"emergency", "bel 112 of 144", nil},
	{"age", "een kind van 14", nil},
	{"age years", "hij is 14 jaar", nil},
	{"retention", "20 jaar bewaren", nil},
	{"hours", "binnen 72 uur melden", nil},
	{"time", "om 09:00 en om 14.30", nil},
	{"bsn failing 11-test", "BSN 123456789", nil},
	{"bsn all zeros", "000000000", nil},
	{"iban bad checksum", "NL91ABNA0417164301", nil},
	{"date without birth word", "op 3 maart hadden we overleg", nil},
	{"numeric date without birth word", "overleg op 12-03-2024 met school", nil},
	{"birth word too far", "Het kind is geboren in 2012 en op 3 maart hadden we overleg", nil},
	{"birth word in other sentence", "Ze is hier geboren. Op 3-3-2020 kwam de melding.", nil},
	{"postcode alone", "code 1234 AB in het systeem", nil},
	{"unit", "1500mg 2x per dag", nil},
	{"privacy officer", "mail fg@diemen.nl of FG@Uithoorn.nl", nil},
	{"money", "€ 1.500,00 per maand", nil},
	{"version", "versie 1.2.3 van de handreiking (2018)", nil},
	{"long digit run", "kenmerk 0612345678901", nil},
	{"marker", "bel [telefoon] of mail [e-mail]", nil},
	{"date further from a phone", "Op 3 maart 2024 belde moeder vanaf [telefoon]", nil},
	{"fraction and slash", "1/3 van de 2023/004512 gevallen", nil},
}

// checkFindings compares what Find returned with what a case wants.
func checkFindings(text string, got []Finding, want []want) error {
	if len(got) != len(want) {
		return fmt.Errorf("got %d findings %s, want %d %v", len(got), describeFindings(text, got), len(want), want)
	}
	for k, f := range got {
		if f.Kind != want[k].kind || text[f.Start:f.End] != want[k].text {
			return fmt.Errorf("finding %d: got %s %q, want %s %q", k, f.Kind, text[f.Start:f.End], want[k].kind, want[k].text)
		}
	}
	return nil
}

func describeFindings(text string, fs []Finding) string {
	s := "["
	for _, f := range fs {
		s += fmt.Sprintf(" %s %q", f.Kind, text[f.Start:f.End])
	}
	return s + " ]"
}

// offices are the privacy officers' addresses the cases keep.
var offices = []string{"fg@diemen.nl", "fg@uithoorn.nl", "fg@ouder-amstel.nl"}

func TestOfficesAreKeptOnlyWhenNamed(t *testing.T) {
	text := "mail fg@diemen.nl of privacy@gemeente.example"
	tests := []struct {
		offices []string
		want    string
	}{
		{nil, "mail [e-mail] of [e-mail]"},
		{offices, "mail fg@diemen.nl of [e-mail]"},
		{[]string{"PRIVACY@gemeente.example"}, "mail [e-mail] of privacy@gemeente.example"},
	}
	for _, tt := range tests {
		if got, _ := Redact(text, tt.offices...); got != tt.want {
			t.Errorf("Redact(%q, %q) = %q, want %q", text, tt.offices, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	var expected, hit, negatives, flaggedNegatives, extra int
	for _, tc := range findCases {
		got := Find(tc.text, offices...)
		if err := checkFindings(tc.text, got, tc.want); err != nil {
			t.Errorf("%s: Find(%q): %v", tc.name, tc.text, err)
		}
		if len(tc.want) == 0 {
			negatives++
			if len(got) > 0 {
				flaggedNegatives++
			}
			continue
		}
		expected += len(tc.want)
		for _, w := range tc.want {
			if slices.ContainsFunc(got, func(f Finding) bool { return f.Kind == w.kind && tc.text[f.Start:f.End] == w.text }) {
				hit++
			}
		}
		extra += max(0, len(got)-len(tc.want))
	}
	t.Logf("true-positive rate: %d/%d = %.1f%% of expected findings found", hit, expected, 100*float64(hit)/float64(expected))
	t.Logf("false-positive rate: %d/%d = %.1f%% of look-alike cases flagged (%d unexpected findings in positive cases)",
		flaggedNegatives, negatives, 100*float64(flaggedNegatives)/float64(negatives), extra)
}

func TestRedact(t *testing.T) {
	cases := []struct {
		text      string
		want      string
		wantKinds []Kind
	}{
		{"geen persoonsgegevens hier", "geen persoonsgegevens hier", nil},
		{"", "", nil},
		{"BSN 123456782 en 06-12345678, nogmaals 06 1234 5678!",
			"BSN [bsn] en [telefoon], nogmaals [telefoon]!", []Kind{BSN, Phone}},
		{"Mail m.jansen@example.nl, IBAN NL91 ABNA 0417 1643 00.",
			"Mail [e-mail], IBAN [iban].", []Kind{Email, IBAN}},
		{"Dorpsstraat 12, 1111 AB Diemen; geboren op 3 maart 2012",
			"Dorpsstraat 12, [postcode] Diemen; geboren op [geboortedatum]", []Kind{Postcode, Birthdate}},
		{"BSN 123456782, 03-03-2012 — één ü blijft", "BSN [bsn], [datum] — één ü blijft", []Kind{BSN, Date}},
	}
	for _, tc := range cases {
		got, kinds := Redact(tc.text, offices...)
		if got != tc.want || !slices.Equal(kinds, tc.wantKinds) {
			t.Errorf("Redact(%q) = %q, %v; want %q, %v", tc.text, got, kinds, tc.want, tc.wantKinds)
		}
		if again, more := Redact(got); again != got || more != nil {
			t.Errorf("Redact(%q) again = %q, %v; want it unchanged", got, again, more)
		}
	}
}

// TestRedactStable checks idempotence on texts built to tempt a second
// pass: data glued to data, and markers the first pass leaves behind.
func TestRedactStable(t *testing.T) {
	texts := []string{
		"+31612345678.jan@x.nl",
		"06 1234 5678_j@x.nl",
		"jan@x.nl-0612345678",
		"jan@x.nl/0612345678",
		"3 maart 2012 56 782",
		"geboren 3 maart 2012 1111 AB 12",
		"geboren a b 1-1-2000 c d e 2-2-2001",
		"geboren 06 1234 5678 op 3 maart 2012",
		"1111 AB 123 456 782",
		"[bsn]06-12345678",
		"0612345678,0687654321",
		"(06-12345678)",
		"geb.[datum] 3-3-2012",
	}
	for _, text := range texts {
		once, _ := Redact(text)
		if twice, _ := Redact(once); twice != once {
			t.Errorf("Redact(%q) = %q, but redacting that gives %q", text, once, twice)
		}
	}
}

func TestElevenProof(t *testing.T) {
	cases := []struct {
		digits string
		want   bool
	}{
		{"123456782", true},
		{"111222333", true},
		{"123456789", false},
		{"000000000", false},
		{"111222334", false},
	}
	for _, tc := range cases {
		var d [9]byte
		for k := range d {
			d[k] = tc.digits[k] - '0'
		}
		if got := elevenProof(d); got != tc.want {
			t.Errorf("elevenProof(%s) = %v, want %v", tc.digits, got, tc.want)
		}
	}
}
