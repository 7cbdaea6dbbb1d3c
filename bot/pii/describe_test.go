package pii

import (
	"testing"

	"privacybot/lang"
)

func TestDescribe(t *testing.T) {
	cases := []struct {
		kinds []Kind
		lang  lang.Lang
		want  string
	}{
		{nil, lang.NL, ""},
		{[]Kind{BSN}, lang.NL, "een BSN"},
		{[]Kind{BSN, Phone}, lang.NL, "een BSN en een telefoonnummer"},
		{[]Kind{BSN, Phone}, lang.EN, "a BSN and a phone number"},
		{[]Kind{Email, IBAN, Birthdate}, lang.NL, "een e-mailadres, een rekeningnummer (IBAN) en een geboortedatum"},
		{[]Kind{Postcode, Date, Email}, lang.EN, "an address (postcode), a date and an e-mail address"},
		{[]Kind{Phone, Phone, "unknown"}, lang.EN, "a phone number"},
		{[]Kind{Birthdate}, "", "een geboortedatum"},
	}
	for _, tc := range cases {
		if got := Describe(tc.kinds, tc.lang); got != tc.want {
			t.Errorf("Describe(%v, %q) = %q, want %q", tc.kinds, tc.lang, got, tc.want)
		}
	}
}
