package adaptertest

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"
	"testing/fstest"

	"privacybot/flows"
	"privacybot/storage/sqlite"
)

// OpenSQLite opens a store in a new SQLite file under t.TempDir(), closed
// when the test ends, and returns it with the file's path.
func OpenSQLite(t testing.TB) (*sqlite.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "privacybot.db")
	db, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

// CheckDraftTopic runs the content check on file, a topic file as the FG
// channel drafts it, stored as name: alone, and beside the embedded
// topics.
func CheckDraftTopic(t testing.TB, name, file string) {
	t.Helper()
	fsys := fstest.MapFS{name: {Data: []byte(file)}}
	if ps := flows.CheckTopics(fsys); len(ps) > 0 {
		t.Fatalf("draft topic fails content check: %v\n%s", ps, file)
	}
	content := flows.EmbeddedContent()
	entries, err := fs.ReadDir(content, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(content, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: data}
	}
	if ps := flows.CheckTopics(fsys); len(ps) > 0 {
		t.Fatalf("draft topic beside the embedded ones fails content check: %v", ps)
	}
}
