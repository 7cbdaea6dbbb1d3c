package flows

import (
	"slices"
	"testing"

	"privacybot/lang"
)

// requirement is one check the law asks before an outcome permits: the
// answers on the path must satisfy ok.
type requirement struct {
	what string
	ok   func(a Answers) bool
}

func answered(step string, values ...string) requirement {
	return requirement{step + " in " + pathValues(values), func(a Answers) bool { return slices.Contains(values, a[step]) }}
}

func anyOf(reqs ...requirement) requirement {
	what := ""
	for i, r := range reqs {
		if i > 0 {
			what += " or "
		}
		what += r.what
	}
	return requirement{what, func(a Answers) bool {
		return slices.ContainsFunc(reqs, func(r requirement) bool { return r.ok(a) })
	}}
}

func pathValues(v []string) string {
	out := "["
	for i, s := range v {
		if i > 0 {
			out += " "
		}
		out += s
	}
	return out + "]"
}

// whoMayAsk is the check on who asks to destroy or use a right (§4.2): the
// client from 12 (and able), or a parent with checked authority for a
// young child.
var whoMayAsk = anyOf(
	requirement{"the client from 12 asks", func(a Answers) bool {
		return a["wie-vraagt"] == "client" && slices.Contains([]string{"12-15", "16-17", "18-plus"}, a["leeftijd"])
	}},
	requirement{"a parent with checked authority asks for a young child", func(a Answers) bool {
		return a["wie-vraagt"] == "ouder" && a["vrager-gezag"] == "ja"
	}},
)

var consentGiven = anyOf(answered("toestemming-expliciet", "ja"), answered("toestemming-transparant", "ja"), answered("toestemming-nu", "ja"))

var consentRefusedOrUnsafe = anyOf(
	answered("toestemming-expliciet", "geweigerd"), answered("toestemming-transparant", "geweigerd"),
	answered("toestemming-nu", "geweigerd"), answered("kan-vragen", "nee"))

var parentWithAuthority = anyOf(
	requirement{"a parent with checked authority, about the child", func(a Answers) bool { return a["ouder-wiens"] == "kind" && a["ouder-gezag"] == "ja" }},
	answered("ots", "voogd"))

// permissive lists, per flow, every outcome that permits sharing, breaking
// secrecy, giving access or destroying, with what the path must have asked.
var permissive = map[string]map[string][]requirement{
	"stappenplan": {
		"medebehandelaar":   {answered("direct-betrokken", "ja")},
		"delen-toestemming": {answered("noodzakelijk", "ja"), consentGiven},
		"doorbreken": {answered("noodzakelijk", "ja"), consentRefusedOrUnsafe, answered("nadeel-geweten", "ja"),
			answered("nadeel-zeker", "ja"), answered("ander-middel", "nee"), answered("collega", "ja", "acuut")},
		"informatieplicht-gi":     {answered("ontvanger", "gi-ots-verzoek"), answered("ots", "ja")},
		"informatieplicht-igj":    {answered("ontvanger", "igj")},
		"meldrecht-gi":            {answered("ontvanger", "gi-ongevraagd"), answered("ots", "ja"), answered("meldrecht-nodig", "ja")},
		"meldrecht-raad":          {answered("ontvanger", "raad"), answered("meldrecht-nodig", "ja")},
		"meldrecht-vt":            {answered("ontvanger", "vt-verzoek"), answered("meldrecht-nodig", "ja")},
		"meldrecht-verwijsindex":  {answered("vi-bevoegd", "ja"), answered("vi-leeftijd", "ja"), answered("vi-vermoeden", "ja")},
		"melden-vt":               {answered("ontvanger", "veilig-thuis")},
		"ouder-informeren":        {parentWithAuthority, answered("ouder-leeftijd", "onder-12", "wilsonbekwaam")},
		"ouder-12-15":             {parentWithAuthority, answered("ouder-leeftijd", "12-15")},
		"ouder-met-toestemming":   {parentWithAuthority, answered("ouder-leeftijd", "16-17"), answered("ouder-jongere", "ja")},
		"ouder-zonder-gezag-info": {answered("ouder-gezag", "nee"), answered("ouder-377c", "ja")},
	},
	"inzage": {
		"client-inzage":         {answered("identiteit", "ja")},
		"jeugdige-12-15":        {answered("identiteit", "ja")},
		"jongere-16-17":         {answered("identiteit", "ja")},
		"ouder-beslist":         {answered("identiteit", "ja"), answered("gezag-gecontroleerd", "ja")},
		"ouder-kind-12-15":      {answered("identiteit", "ja"), answered("gezag-gecontroleerd", "ja")},
		"ouder-met-toestemming": {answered("identiteit", "ja"), answered("gezag-gecontroleerd", "ja"), answered("toestemming-jongere", "ja")},
		"zonder-gezag-info":     {answered("identiteit", "ja"), answered("info-ouder", "ja")},
		"derde-toestemming":     {answered("identiteit", "ja"), answered("grond-derde", "toestemming")},
	},
	"vernietiging": {
		"vernietigen":            {whoMayAsk, answered("belang-ander", "nee"), answered("wettelijke-plicht", "nee")},
		"deels-vernietigen":      {whoMayAsk, answered("reikwijdte", "deel")},
		"vernietigen-na-termijn": {answered("termijn", "voorbij"), answered("belang-ander", "nee"), answered("wettelijke-plicht", "nee")},
	},
	"rechten": {
		"aanpassen":           {whoMayAsk},
		"eigen-verklaring":    {whoMayAsk},
		"beperking-tijdelijk": {whoMayAsk},
		"portabiliteit-wgbo":  {whoMayAsk},
	},
}

// TestPermissiveOutcomesNeedTheChecks walks every path of every flow and
// asserts that each outcome that permits sharing, breaking secrecy, giving
// access or destroying is reached only past the questions the law requires,
// and that every outcome that shares data is listed here.
func TestPermissiveOutcomesNeedTheChecks(t *testing.T) {
	for _, f := range EmbeddedSet().All() {
		reqs := permissive[f.ID]
		for _, o := range f.Outcomes {
			if o.Shared != nil && reqs[o.ID] == nil {
				t.Errorf("flow %s: outcome %q shares data but has no required checks listed", f.ID, o.ID)
			}
		}
		for id := range reqs {
			if f.Outcome(id) == nil {
				t.Errorf("flow %s: listed outcome %q does not exist", f.ID, id)
			}
		}
		reached := map[string]int{}
		err := Walk(f, func(path []Answered, o *Outcome) {
			a := answersOf(path)
			for _, r := range reqs[o.ID] {
				if !r.ok(a) {
					t.Errorf("flow %s: path %s reaches %q without %s", f.ID, pathString(path), o.ID, r.what)
				}
			}
			reached[o.ID]++
		})
		if err != nil {
			t.Fatal(err)
		}
		for id := range reqs {
			if reached[id] == 0 {
				t.Errorf("flow %s: permissive outcome %q is never reached", f.ID, id)
			}
		}
	}
}

// TestFindOutFirstOutcomesPermitNothing checks that an outcome that only
// says "find out or ask first" shares nothing and is no permissive one.
func TestFindOutFirstOutcomesPermitNothing(t *testing.T) {
	for _, f := range EmbeddedSet().All() {
		for _, o := range f.Outcomes {
			if !o.Pending {
				continue
			}
			if o.Shared != nil || o.Share != (lang.Text{}) || permissive[f.ID][o.ID] != nil {
				t.Errorf("flow %s: find-out-first outcome %q permits or shares", f.ID, o.ID)
			}
		}
	}
}
