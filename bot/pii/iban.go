package pii

// ibanLengths holds the length of an IBAN per country (SWIFT IBAN registry).
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
	"BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
	"DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
	"GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
	"IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
	"LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
	"ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
	"PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
	"SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
	"TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}

// maxIBAN is the longest IBAN of any country.
const maxIBAN = 34

// appendIBANs adds every IBAN of a known country and length whose mod-97
// checksum holds, written solid (NL91ABNA0417164300) or in groups of four
// (NL91 ABNA 0417 1643 00), in upper or lower case.
func appendIBANs(cands []candidate, text string) []candidate {
	for i := 0; i+4 <= len(text); i++ {
		if !isLetter(text[i]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) || !freeBefore(text, i) {
			continue
		}
		if end, ok := matchIBAN(text, i); ok {
			cands = append(cands, candidate{kind: IBAN, extents: []extent{{start: i, end: end}}})
		}
	}
	return cands
}

// matchIBAN returns the end of a valid IBAN starting at text[i].
func matchIBAN(text string, i int) (int, bool) {
	a, b := text[i], text[i+1]
	if !(isUpper(a) && isUpper(b) || isLower(a) && isLower(b)) {
		return 0, false
	}
	n, known := ibanLengths[string([]byte{toUpper(a), toUpper(b)})]
	if !known {
		return 0, false
	}
	var compact [maxIBAN]byte
	count, p := 0, i
	for count < n && p < len(text) {
		switch c := text[p]; {
		case isAlnum(c):
			compact[count] = toUpper(c)
			count++
			p++
		case c == ' ' && count%4 == 0 && p+1 < len(text) && isAlnum(text[p+1]):
			p++
		default:
			return 0, false
		}
	}
	if count != n || !freeAfter(text, p) || !ibanChecksum(compact[:n]) {
		return 0, false
	}
	return p, true
}

// ibanChecksum reports whether the IBAN, read with its first four
// characters moved to the end and letters as 10–35, leaves 1 modulo 97.
func ibanChecksum(iban []byte) bool {
	rem := 0
	for k := range iban {
		c := iban[(k+4)%len(iban)]
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A'+10)) % 97
		}
	}
	return rem == 1
}
