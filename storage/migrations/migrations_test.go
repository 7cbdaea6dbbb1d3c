package migrations

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestEnginesHaveTheSameMigrations checks that every schema change exists
// for both engines under the same name, NNNN_name.sql, and that each file
// holds SQL.
func TestEnginesHaveTheSameMigrations(t *testing.T) {
	valid := regexp.MustCompile(`^[0-9]{4}_[a-z0-9_]+\.sql$`)
	engines := []struct {
		name string
		fsys fs.FS
	}{{"sqlite", SQLite}, {"postgres", Postgres}}
	var names [][]string
	for _, e := range engines {
		got, err := fs.Glob(e.fsys, "*.sql")
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if len(got) == 0 {
			t.Fatalf("%s: no migrations", e.name)
		}
		for _, n := range got {
			if !valid.MatchString(n) {
				t.Errorf("%s: %q is not NNNN_name.sql", e.name, n)
			}
			body, err := fs.ReadFile(e.fsys, n)
			if err != nil || !strings.Contains(string(body), "CREATE ") && !strings.Contains(string(body), "ALTER ") {
				t.Errorf("%s/%s: %v, or no CREATE or ALTER statement", e.name, n, err)
			}
		}
		names = append(names, got)
	}
	if !slices.Equal(names[0], names[1]) {
		t.Errorf("sqlite has %v, postgres %v; want the same migrations", names[0], names[1])
	}
}
