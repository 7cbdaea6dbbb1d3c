package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"privacybot/storage/sqlite"
)

// readmeSection returns the lines of README.md under the heading, up to
// the next heading of the same level.
func readmeSection(t *testing.T, heading string) []string {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "## ") {
			in = line == heading
			continue
		}
		if in {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		t.Fatalf("README.md has no section %q", heading)
	}
	return out
}

// tableRows returns the cells of the table rows in lines, header excluded.
func tableRows(lines []string) [][]string {
	var rows [][]string
	for _, l := range lines {
		if !strings.HasPrefix(l, "|") || strings.HasPrefix(l, "| ---") {
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), " | ")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) > 0 {
		rows = rows[1:]
	}
	return rows
}

func TestTheReadmeStartsWithTheTwoCommands(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	head := string(b[:min(len(b), 400)])
	for _, cmd := range []string{"go run . chat", "go test ./..."} {
		if !strings.Contains(head, cmd) {
			t.Errorf("README.md does not start with %q", cmd)
		}
	}
}

func TestTheReadmeConfigurationTableMatchesTheSettings(t *testing.T) {
	rows := tableRows(readmeSection(t, "## Configuration"))
	var documented []string
	for _, r := range rows {
		documented = append(documented, strings.Trim(r[0], "`"))
	}
	var want []string
	for _, s := range settings {
		want = append(want, s.env)
	}
	if !slices.Equal(documented, want) {
		t.Errorf("README configuration table lists\n%v\nbut serve has\n%v", documented, want)
	}
	for i, s := range settings {
		if i < len(rows) && (rows[i][1] != "`--"+s.flag+"`" || (s.def != "" && rows[i][2] != "`"+s.def+"`")) {
			t.Errorf("README row of %s: flag %s, default %s; want --%s, %q", s.env, rows[i][1], rows[i][2], s.flag, s.def)
		}
	}
}

func TestTheReadmeDataTableMatchesTheSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema.db")
	store, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	store.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	schema := map[string][]string{}
	tables, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var n string
		tables.Scan(&n)
		names = append(names, n)
	}
	tables.Close()
	for _, n := range names {
		cols, err := db.Query(`SELECT name FROM pragma_table_info(?)`, n)
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var c string
			cols.Scan(&c)
			schema[n] = append(schema[n], c)
		}
		cols.Close()
	}

	word := regexp.MustCompile(`[a-z_]+`)
	documented := map[string]bool{}
	for _, r := range tableRows(readmeSection(t, "## What the bot keeps")) {
		table := strings.Trim(r[0], "`")
		documented[table] = true
		cols, ok := schema[table]
		if !ok {
			t.Errorf("README lists table %q, which the schema lacks", table)
			continue
		}
		listed := map[string]bool{}
		for _, item := range strings.Split(r[1], ", ") {
			listed[word.FindString(item)] = true
		}
		for _, c := range cols {
			if !listed[c] {
				t.Errorf("README's row of %s does not list the column %s", table, c)
			}
		}
		for c := range listed {
			if !slices.Contains(cols, c) {
				t.Errorf("README's row of %s lists %s, which the table lacks", table, c)
			}
		}
	}
	for table := range schema {
		if !documented[table] {
			t.Errorf("the schema has table %s, which README's data table does not list", table)
		}
	}
}

// TestLayoutNamesPathsThatExist keeps the README's guide to the tree
// true: every file or folder the Layout section names, in its table or its
// tree, exists ("<id>" stands for any flow or topic and is checked as a
// pattern).
func TestLayoutNamesPathsThatExist(t *testing.T) {
	lines := readmeSection(t, "## Layout")
	var paths []string
	code := regexp.MustCompile("`([a-z_./<>*-]+/[a-z_./<>*-]*)`")
	for _, l := range lines {
		for _, m := range code.FindAllStringSubmatch(l, -1) {
			paths = append(paths, m[1])
		}
		if f := strings.Fields(l); len(f) > 0 && strings.HasSuffix(f[0], "/") && !strings.HasPrefix(l, " ") {
			paths = append(paths, f[0])
		}
	}
	if len(paths) < 20 {
		t.Fatalf("found only %d paths in the Layout section: %v", len(paths), paths)
	}
	for _, p := range paths {
		pattern := strings.NewReplacer("<id>", "*").Replace(strings.TrimSuffix(p, "/"))
		matches, err := filepath.Glob(pattern)
		if err != nil || len(matches) == 0 {
			t.Errorf("the Layout section names %s, which does not exist", p)
		}
	}
}
