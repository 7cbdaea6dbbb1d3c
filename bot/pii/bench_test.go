package pii

import "testing"

// typicalMessage is a 200-character question with some personal data in it.
const typicalMessage = "Hoi, mag ik gegevens delen? Het gaat om een jongen van 14, geb. 3 maart 2010, " +
	"BSN 123456782. Moeder is bereikbaar op 06-12345678 en woont op Dorpsstraat 12, 1111 AB Diemen. Graag jullie advies, alvast dank!"

func BenchmarkRedact(b *testing.B) {
	b.SetBytes(int64(len(typicalMessage)))
	for b.Loop() {
		Redact(typicalMessage)
	}
}
