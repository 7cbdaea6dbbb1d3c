// Package pii finds personal data in what a user types — BSNs, phone
// numbers, e-mail addresses, IBANs, postcodes with a house number and dates
// of birth — so the bot can warn the user once and redact the text before
// anything is stored or logged (DESIGN.md, "The bot's own privacy"; §3.1: no
// shadow administration). It is pure: standard library only, no I/O.
//
// The rules per kind:
//
//   - BSN: nine digits, solid or grouped 3-3-3, 4-2-3 or 2-2-2-3 with one
//     kind of separator (space, dot, dash), passing the 11-test and not all
//     zeros. Eight-digit numbers never count.
//   - Phone: a Dutch number of ten digits starting with 0 (06-12345678,
//     020-1234567, (0297) 123456) or +31/0031 with nine (+31 (0)6 12345678),
//     in at most five groups. 0800 and 09xx service lines and short numbers
//     (112, 144, 0800-2000) are left alone.
//   - Email: local@domain.tld, except the privacy officers' mailboxes the bot
//     hands out itself (fg@diemen.nl, …).
//   - IBAN: a known country code, its exact length, solid or in groups of
//     four, with a valid mod-97 checksum.
//   - Postcode: four digits (the first not 0), an optional space and two
//     capitals other than SA, SD, SS ("1111 AB", "1111AB"; lower case only
//     solid, "1111ab", and not a unit or short word such as "1500mg",
//     "2019en"). It counts when a house number follows it ("1111 AB 12a",
//     redacted together), a house number stands right before it
//     ("Dorpsstraat 12, 1111 AB"), a capitalised place name follows it
//     ("1111 AB Diemen"), or an address word or street name ("postcode",
//     "woont", "Kerkweg") is at most three words away. Accepted false
//     positives: such a number and capitals in a non-address text with one
//     of those neighbours, e.g. "2016 EU Verordening".
//   - Birthdate: a date with a birth word (geboren, geb., geboortedatum,
//     verjaardag, jarig, born, birth, date of birth, DOB) at most three
//     words before or after it in the same sentence. Dates are d-m-yyyy,
//     d/m/yy, d.m.yyyy, yyyy-mm-dd, "3 maart 2012", "3rd of March 2012",
//     "March 3, 2012", and day and month alone ("jarig op 3 maart").
//   - Date: a full date (with a year) at most one word from other personal
//     data ("BSN 123456782, 3-3-2012"). A bare date elsewhere, a bare year,
//     a time (09:00), an age or an article number (7.3.11, 7:457, §2.4)
//     is never flagged.
//
// Detection works in three steps. Markers the bot wrote itself ("[bsn]") are
// located first and never touched. Then the kinds that are personal data on
// their own (BSN, phone, e-mail, IBAN) are matched; where two overlap the
// longer wins. Last come the kinds that are personal data only in context
// (postcodes and dates): they fill the room the others left and are reported
// only when the words around them say so. Every match must stand apart from
// the text around it: a letter, digit or marker right next to it, or a dot
// or dash that glues it to one, rules it out. Because a marker counts as
// glue just as the data it replaced did, redacting twice changes nothing.
package pii

// Kind names one sort of personal data.
type Kind string

// The kinds of personal data the package detects.
const (
	// BSN is a citizen service number: nine digits passing the 11-test.
	BSN Kind = "bsn"
	// Phone is a Dutch phone number, mobile or landline; not a service
	// number (0800, 0900) or a short number (112, 144).
	Phone Kind = "phone"
	// Email is an e-mail address, except the municipalities' privacy
	// officers' mailboxes the bot itself hands out.
	Email Kind = "email"
	// IBAN is a bank account number that passes the mod-97 check.
	IBAN Kind = "iban"
	// Postcode is a Dutch postcode with a house number, or in an address.
	Postcode Kind = "postcode"
	// Birthdate is a date near a word about birth ("geboren", "DOB").
	Birthdate Kind = "birthdate"
	// Date is a full date near other personal data, such as a BSN.
	Date Kind = "date"
)

// Finding is one piece of personal data: text[Start:End] is of kind Kind.
type Finding struct {
	Kind       Kind
	Start, End int
}

// Find returns the personal data in text, sorted by position and never
// overlapping, with byte offsets into text. It never panics, whatever the
// input, valid UTF-8 or not. An e-mail address among offices (the
// municipalities' privacy officers) names an office, not a person, and is
// not personal data.
func Find(text string, offices ...string) []Finding {
	spans := markers(text)
	spans = resolve(spans, standalone(text, offices), roleFinding)
	spans = resolve(spans, contextual(text), roleCandidate)
	judge(text, spans)
	var found []Finding
	for _, s := range spans {
		if s.role != roleMarker && s.personal {
			found = append(found, Finding{Kind: s.kind, Start: s.start, End: s.end})
		}
	}
	return found
}

// standalone returns the candidates that are personal data on their own.
func standalone(text string, offices []string) []candidate {
	var cands []candidate
	cands = appendEmails(cands, text, offices)
	cands = appendIBANs(cands, text)
	cands = appendBSNs(cands, text)
	cands = appendPhones(cands, text)
	return cands
}

// contextual returns the candidates that are personal data only in context.
func contextual(text string) []candidate {
	var cands []candidate
	cands = appendPostcodes(cands, text)
	cands = appendDates(cands, text)
	return cands
}
