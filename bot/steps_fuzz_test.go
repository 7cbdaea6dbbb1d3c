package bot

import (
	"strings"
	"testing"
)

// FuzzUnstamp: a button value comes back from the platform; unstamp never
// panics, and what stamp made it reads back unchanged.
func FuzzUnstamp(f *testing.F) {
	for _, seed := range []string{"s:1a2b:U1:f:stappenplan:nood:ja", "s::U1:x", "s:0:U1:", "r:o:i:next:abc", "s:0", ""} {
		f.Add(seed)
	}
	var g StepGuard
	f.Fuzz(func(t *testing.T, value string) {
		step, owner, rest, ok := unstamp(value)
		if ok && (step == "" || owner == "" || rest == "" || strings.Contains(step, ":") || strings.Contains(owner, ":")) {
			t.Fatalf("unstamp(%q) = %q, %q, %q", value, step, owner, rest)
		}
		if value == "" || g.free(value) {
			return
		}
		stamped := g.stamp([]Choice{{Value: value}}, "k3", "U1")[0].Value
		if s, o, r, ok := unstamp(stamped); !ok || s != "k3" || o != "U1" || r != value {
			t.Fatalf("unstamp(stamp(%q)) = %q, %q, %q, %v", value, s, o, r, ok)
		}
	})
}
