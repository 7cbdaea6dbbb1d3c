package flows

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"privacybot/lang"
)

// Municipality is the ID of one of the municipalities the guideline covers,
// as stored in a user's settings. It holds no facts: what differs per
// municipality (name, privacy officer, consent practice) is its record in
// MunicipalitiesFile, read through MunicipalityRecords.
type Municipality string

// The IDs of the three Duo+ municipalities.
const (
	Diemen      Municipality = "diemen"
	Uithoorn    Municipality = "uithoorn"
	OuderAmstel Municipality = "ouder-amstel"
)

// MunicipalitiesFile is the file of a content directory that holds one
// record per municipality.
const MunicipalitiesFile = "municipalities.md"

// MunicipalityRecord is what the guideline says of one municipality: its
// name, the names people type for it, its privacy officer (FG) and how it
// handles consent (§1.3), in its own words.
type MunicipalityRecord struct {
	ID             Municipality
	Name           string
	Aliases        []string
	PrivacyOfficer string
	// ExplicitConsent reports that the municipality asks the client's
	// explicit consent before sharing; the others work on transparency.
	ExplicitConsent bool
	// Practice is the sentence that states the municipality's practice.
	Practice lang.Text
	// CoTreating states it for sharing with a co-treating professional;
	// it is Practice when the record gives none.
	CoTreating lang.Text
	// Questions tells whom to ask, with the privacy officer's address.
	Questions lang.Text
}

// MunicipalityRecords are the municipality records in display order.
type MunicipalityRecords []MunicipalityRecord

// Get returns the record of id.
func (ms MunicipalityRecords) Get(id Municipality) (MunicipalityRecord, bool) {
	i := slices.IndexFunc(ms, func(r MunicipalityRecord) bool { return r.ID == id })
	if i < 0 {
		return MunicipalityRecord{}, false
	}
	return ms[i], true
}

// Parse reads a municipality's name as typed ("Ouder Amstel", "uithoorn",
// "OA") and reports whether it is the ID, name or an alias of a record.
func (ms MunicipalityRecords) Parse(s string) (Municipality, bool) {
	k := foldMunicipality(s)
	if k == "" {
		return "", false
	}
	for _, r := range ms {
		if foldMunicipality(string(r.ID)) == k || foldMunicipality(r.Name) == k ||
			slices.ContainsFunc(r.Aliases, func(a string) bool { return foldMunicipality(a) == k }) {
			return r.ID, true
		}
	}
	return "", false
}

// Name returns the proper name of id's record, or "" for an unknown one.
func (ms MunicipalityRecords) Name(id Municipality) string {
	r, _ := ms.Get(id)
	return r.Name
}

// Names lists the records' names in display order: "Diemen, Uithoorn or
// Ouder-Amstel" with or "or", "and" with "and".
func (ms MunicipalityRecords) Names(or string) string {
	names := make([]string, len(ms))
	for i, r := range ms {
		names[i] = r.Name
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + or + " " + names[len(names)-1]
}

// Offices lists every privacy officer's address: they name an office, not
// a person.
func (ms MunicipalityRecords) Offices() []string {
	out := make([]string, len(ms))
	for i, r := range ms {
		out[i] = r.PrivacyOfficer
	}
	return out
}

// IDs returns the municipalities' IDs in display order.
func (ms MunicipalityRecords) IDs() []Municipality {
	out := make([]Municipality, len(ms))
	for i, r := range ms {
		out[i] = r.ID
	}
	return out
}

// PrivacyOfficers lists every privacy officer's address, comma-separated.
func (ms MunicipalityRecords) PrivacyOfficers() string {
	return strings.Join(ms.Offices(), ", ")
}

func foldMunicipality(s string) string {
	k := strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer("-", "", " ", "", "_", "").Replace(k)
}

var (
	municipalityKeys   = []string{keyID, keySources}
	municipalityFields = []string{"name", "aliases", "privacy_officer", "consent", "practice", "co_treating", "questions"}
)

// LoadMunicipalities reads MunicipalitiesFile from a content directory.
func LoadMunicipalities(fsys fs.FS) (MunicipalityRecords, error) {
	ms, _, problems := loadMunicipalities(fsys)
	if len(problems) > 0 {
		return nil, fmt.Errorf("load municipalities: %w", Problems(problems))
	}
	return ms, nil
}

func loadMunicipalities(fsys fs.FS) (MunicipalityRecords, recordFile, []Problem) {
	data, err := fs.ReadFile(fsys, MunicipalitiesFile)
	if err != nil {
		return nil, recordFile{}, []Problem{{File: MunicipalitiesFile, Msg: fmt.Sprintf("cannot read the file: %v", err)}}
	}
	r, problems := parseRecordFile(MunicipalitiesFile, data, municipalityKeys, []string{keyID}, municipalityFields)
	var ms MunicipalityRecords
	seen := map[string]bool{}
	for _, key := range r.order {
		kind, rest, _ := strings.Cut(key, ".")
		id, _, _ := strings.Cut(rest, ".")
		if kind != "municipality" {
			problems = append(problems, r.problemf(r.values[key].line, "section %q: a section here is \"## municipality ID\"", kind))
			continue
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		m, ps := municipalityFrom(r, id)
		problems = append(problems, ps...)
		ms = append(ms, m)
	}
	if len(ms) == 0 && len(problems) == 0 {
		problems = append(problems, Problem{File: MunicipalitiesFile, Line: 1, Msg: "no municipality records"})
	}
	return ms, r, problems
}

// municipalityFrom builds the record of id, reporting what is missing.
func municipalityFrom(r recordFile, id string) (MunicipalityRecord, []Problem) {
	p := "municipality." + id + "."
	line := r.lineOf(p + "name")
	if line == 0 {
		line = r.values[r.order[slices.IndexFunc(r.order, func(k string) bool { return strings.HasPrefix(k, p) })]].line
	}
	var problems []Problem
	need := func(field string) string {
		f, ok := r.values[p+field]
		if !ok || f.value == "" {
			problems = append(problems, r.problemf(line, "municipality %s has no %q", id, field))
		}
		return f.value
	}
	text := func(field string, required bool) lang.Text {
		t, ok := r.text(p + field)
		if (required || r.lineOf(p+field) > 0) && (!ok || t.NL == "" || t.EN == "") {
			problems = append(problems, r.problemf(line, "municipality %s: %q needs both %s.nl and %s.en", id, field, field, field))
		}
		return t
	}
	m := MunicipalityRecord{
		ID:             Municipality(id),
		Name:           need("name"),
		PrivacyOfficer: need("privacy_officer"),
		Practice:       text("practice", true),
		CoTreating:     text("co_treating", false),
		Questions:      text("questions", true),
	}
	m.Aliases, _ = r.list(p + "aliases")
	switch c := need("consent"); c {
	case "explicit":
		m.ExplicitConsent = true
	case "transparent", "":
	default:
		problems = append(problems, r.problemf(r.lineOf(p+"consent"), "municipality %s: consent %q is neither \"explicit\" nor \"transparent\"", id, c))
	}
	if m.CoTreating == (lang.Text{}) {
		m.CoTreating = m.Practice
	}
	return m, problems
}

// EmbeddedMunicipalities returns the municipality records built into the
// program. They are parsed once; a test guarantees they are valid.
var EmbeddedMunicipalities = sync.OnceValue(func() MunicipalityRecords {
	ms, err := LoadMunicipalities(EmbeddedContentDir())
	if err != nil {
		panic(err.Error())
	}
	return ms
})
