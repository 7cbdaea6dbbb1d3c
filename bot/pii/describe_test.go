package pii

import (
	"testing"

	"privacybot/flows"
)

func TestDescribe(t *testing.T) {
	cases := []struct {
		kinds []Kind
		lang  flows.Lang
		want  string
	}{
		{nil, flows.NL, ""},
		{[]Kind{BSN}, flows.NL, "een BSN"},
		{[]Kind{BSN, Phone}, flows.NL, "een BSN en een telefoonnummer"},
		{[]Kind{BSN, Phone}, flows.EN, "a BSN and a phone number"},
		{[]Kind{Email, IBAN, Birthdate}, flows.NL, "een e-mailadres, een rekeningnummer (IBAN) en een geboortedatum"},
		{[]Kind{Postcode, Date, Email}, flows.EN, "an address (postcode), a date and an e-mail address"},
		{[]Kind{Phone, Phone, "unknown"}, flows.EN, "a phone number"},
		{[]Kind{Birthdate}, "", "een geboortedatum"},
	}
	for _, tc := range cases {
		if got := Describe(tc.kinds, tc.lang); got != tc.want {
			t.Errorf("Describe(%v, %q) = %q, want %q", tc.kinds, tc.lang, got, tc.want)
		}
	}
}
