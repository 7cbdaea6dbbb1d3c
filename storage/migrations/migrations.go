// Package migrations holds the schema of both stores in one place: the
// SQLite migrations in sqlite/ and the PostgreSQL ones in postgres/, each
// NNNN_name.sql, applied in name order. The two schemas keep the same
// tables, columns and meaning (every time UTC unix milliseconds in a 64-bit
// integer, 0 for "none"), so both stores behave the same; a change to one
// engine's schema comes with the matching file for the other.
package migrations

import (
	"embed"
	"io/fs"
)

//go:embed sqlite/*.sql postgres/*.sql
var files embed.FS

// SQLite holds the SQLite migrations at its root, as NNNN_name.sql.
var SQLite = sub("sqlite")

// Postgres holds the PostgreSQL migrations at its root, as NNNN_name.sql.
var Postgres = sub("postgres")

// sub returns the embedded folder dir; the embed directive guarantees that
// it exists, so an error is a build defect.
func sub(dir string) fs.FS {
	f, err := fs.Sub(files, dir)
	if err != nil {
		panic("migrations: " + err.Error())
	}
	return f
}
