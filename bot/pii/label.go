package pii

// HasDate reports whether text holds a date in a form Find knows
// (3-3-2012, 03/03/12, 2012-03-03, 3 maart 2012, March 3, 3 maart),
// whatever the words around it. Find reports a date only near other
// personal data; a short text that must hold none at all, such as a case
// label, is checked with HasDate instead.
func HasDate(text string) bool { return len(appendDates(nil, text)) > 0 }
