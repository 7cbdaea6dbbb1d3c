package timecol

import (
	"testing"
	"time"
)

func TestRoundTrip(t *testing.T) {
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	tests := []struct {
		name string
		in   time.Time
		ms   int64
		zero bool
	}{
		{"a moment, kept to the millisecond, back in UTC", time.Date(2026, 3, 29, 3, 0, 0, 1_500_000, ams), 1774746000001, false},
		{"the epoch is a time, not none", time.Unix(0, 0).UTC(), 0, false},
		{"the zero time is none", time.Time{}, 0, true},
	}
	for _, tt := range tests {
		if tt.zero {
			if got := EncodeOrZero(tt.in); got != 0 {
				t.Errorf("%s: EncodeOrZero = %d", tt.name, got)
			}
			if got := DecodeOrZero(0); !got.IsZero() {
				t.Errorf("%s: DecodeOrZero(0) = %v", tt.name, got)
			}
			continue
		}
		if got := Encode(tt.in); got != tt.ms {
			t.Errorf("%s: Encode = %d, want %d", tt.name, got, tt.ms)
		}
		back := Decode(tt.ms)
		if back.Location() != time.UTC || !back.Equal(tt.in.Truncate(time.Millisecond)) {
			t.Errorf("%s: Decode = %v", tt.name, back)
		}
	}
}
