package lang

import "testing"

func TestParseLang(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"nl", NL, true},
		{" Nederlands ", NL, true},
		{"nl-NL", NL, true},
		{"English", EN, true},
		{"en_gb", EN, true},
		{"engels", EN, true},
		{"de", "", false},
		{"", "", false},
	} {
		if got, ok := ParseLang(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTextInFallsBackToDutch(t *testing.T) {
	both := T("hallo", "hello")
	if got := both.In(NL); got != "hallo" {
		t.Errorf("In(NL) = %q", got)
	}
	if got := both.In(EN); got != "hello" {
		t.Errorf("In(EN) = %q", got)
	}
	if got := both.In(""); got != "hallo" {
		t.Errorf("In(\"\") = %q, want the Dutch", got)
	}
	if got := T("alleen Nederlands", "").In(EN); got != "alleen Nederlands" {
		t.Errorf("In(EN) without English = %q, want the Dutch", got)
	}
}
