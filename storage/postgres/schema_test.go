package postgres

import (
	"database/sql"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"privacybot/storage/sqlite"
)

// TestSchemaMatchesSQLite compares the tables and columns the migrations
// of both engines create: the stores keep the same records.
func TestSchemaMatchesSQLite(t *testing.T) {
	s := openTest(t, testSchemaURL(t, testBaseURL(t)), nil)
	path := filepath.Join(t.TempDir(), "bot.db")
	lite, err := sqlite.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("open SQLite: %v", err)
	}
	if err := lite.Close(); err != nil {
		t.Fatalf("close SQLite: %v", err)
	}
	want := sqliteColumns(t, path)
	got := map[string][]string{}
	rows, err := s.pool.Query(t.Context(), `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = current_schema()`)
	if err != nil {
		t.Fatalf("list columns: %v", err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, column string
		if err := rows.Scan(&table, &column); err != nil {
			t.Fatalf("list columns: %v", err)
		}
		got[table] = append(got[table], column)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("list columns: %v", err)
	}
	for _, cols := range got {
		slices.Sort(cols)
	}
	if !slices.Equal(slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want))) {
		t.Fatalf("PostgreSQL tables %v, SQLite tables %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
	for table, cols := range want {
		if !slices.Equal(got[table], cols) {
			t.Errorf("table %s: PostgreSQL columns %v, SQLite columns %v", table, got[table], cols)
		}
	}
}

// sqliteColumns lists, per table, the column names, sorted, of the SQLite
// database at path, leaving out SQLite's own tables.
func sqliteColumns(t *testing.T, path string) map[string][]string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatalf("open SQLite: %v", err)
	}
	defer db.Close()
	rows, err := db.QueryContext(t.Context(), `SELECT m.name, p.name FROM sqlite_schema AS m
		JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`)
	if err != nil {
		t.Fatalf("list SQLite columns: %v", err)
	}
	defer rows.Close()
	cols := map[string][]string{}
	for rows.Next() {
		var table, column string
		if err := rows.Scan(&table, &column); err != nil {
			t.Fatalf("list SQLite columns: %v", err)
		}
		cols[table] = append(cols[table], column)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("list SQLite columns: %v", err)
	}
	for _, c := range cols {
		slices.Sort(c)
	}
	return cols
}
