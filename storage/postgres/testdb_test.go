package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// testURLEnv names the variable that gives the tests a PostgreSQL database
// (postgres://user:password@127.0.0.1:5432/db); without it they skip.
const testURLEnv = "PRIVACYBOT_TEST_DATABASE_URL"

// testBaseURL returns the test database's URL, or skips t.
func testBaseURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(testURLEnv)
	if base == "" {
		t.Skipf("%s is not set: no PostgreSQL to test against", testURLEnv)
	}
	return base
}

// testSchemaURL creates a schema of its own for t in the database at base,
// drops it with everything in it when t ends, and returns base with that
// schema as the search_path, so that a store opened on it starts empty.
func testSchemaURL(t testing.TB, base string) string {
	t.Helper()
	schema := fmt.Sprintf("storetest_%016x", rand.Uint64())
	adminExec(t, base, `CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize())
	t.Cleanup(func() { adminExec(t, base, `DROP SCHEMA `+pgx.Identifier{schema}.Sanitize()+` CASCADE`) })
	return withParam(t, base, "search_path", schema)
}

// withParam returns rawURL with the connection parameter name set to value.
func withParam(t testing.TB, rawURL, name, value string) string {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatalf("parse %s: %v", testURLEnv, err)
	}
	q := u.Query()
	q.Set(name, value)
	u.RawQuery = q.Encode()
	return u.String()
}

// adminExec runs one statement on a connection of its own.
func adminExec(t testing.TB, base, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, withParam(t, base, "synchronous_commit", "off"))
	if err != nil {
		t.Fatalf("connect to the test database: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// openTest opens a store on url with the clock now and closes it when t
// ends.
func openTest(t testing.TB, url string, now func() time.Time) *DB {
	t.Helper()
	s, err := Open(context.Background(), url, now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
