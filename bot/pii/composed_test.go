package pii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// composedPieces are fragments of data, context words, markers and glue
// characters; gluing them at random builds the juxtapositions (data against
// data, data against a marker) that byte-level fuzzing seldom reaches.
var composedPieces = []string{
	"123456782", "123.456.782", "1234 56 782", "06-12345678", "06 1234 5678", "+31 6 12345678",
	"0031612345678", "(020) 123 4567", "jan@x.nl", "a.b+c@d-e.nl", "NL91ABNA0417164300",
	"NL91 ABNA 0417 1643 00", "1111 AB", "1111AB", "1111ab", "12", "12a", "3-2", "3 maart 2012",
	"3 maart", "03-03-2012", "3/3/12", "2012-03-03", "March 3, 2012", "3rd of March 2012", "mrt.",
	"geboren", "geb.", "DOB", "d.o.b.", "Dorpsstraat", "Diemen", "postcode", "[bsn]", "[telefoon]",
	"[datum]", "[geboortedatum]", "[postcode]", "[e-mail]", "[iban]", " ", " ", ", ", ". ", ".", "-",
	"/", "+", "_", "@", "(", ")", "[", "]", ":", "\n", "op", "2012", "0", "5", "é",
}

// TestRedactComposed runs the fuzz properties over texts glued together
// from composedPieces with a fixed seed.
func TestRedactComposed(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for k := r.IntN(7) + 1; k > 0; k-- {
			b.WriteString(composedPieces[r.IntN(len(composedPieces))])
		}
		checkRedact(t, b.String())
	}
}
