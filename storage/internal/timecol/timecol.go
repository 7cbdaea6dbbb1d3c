// Package timecol converts times to and from the form both stores keep them
// in: INTEGER (BIGINT) unix milliseconds in UTC, so that SQLite and
// PostgreSQL compare, sort and purge them alike.
package timecol

import "time"

// Encode returns t as unix milliseconds.
func Encode(t time.Time) int64 { return t.UnixMilli() }

// Decode returns unix milliseconds as a time in UTC.
func Decode(ms int64) time.Time { return time.UnixMilli(ms).UTC() }

// EncodeOrZero is Encode, but keeps the zero time ("none") as 0.
func EncodeOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return Encode(t)
}

// DecodeOrZero is Decode, but reads 0 back as the zero time.
func DecodeOrZero(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return Decode(ms)
}
