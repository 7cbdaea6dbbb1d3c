package search

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"privacybot/flows"
)

var updateIndex = flag.Bool("update-index", false, "rewrite index.gob, the prepared index of the built-in topics")

// TestIndexSnapshotIsCurrent checks that index.gob is the index the code
// builds from the built-in topics today; `go generate ./bot/search`
// rewrites it.
func TestIndexSnapshotIsCurrent(t *testing.T) {
	topics := flows.EmbeddedTopics()
	want, err := encodeSnapshot(build(topics), topics)
	if err != nil {
		t.Fatal(err)
	}
	if *updateIndex {
		if err := os.WriteFile("index.gob", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(builtinIndex, want) {
		t.Fatal("index.gob is out of date: run go generate ./bot/search")
	}
}

// TestSnapshotIndexEqualsBuilt checks that the loaded index is the built
// one, field by field, and that other topics are built, not loaded.
func TestSnapshotIndexEqualsBuilt(t *testing.T) {
	topics := flows.EmbeddedTopics()
	built := build(topics)
	data, err := encodeSnapshot(built, topics)
	if err != nil {
		t.Fatal(err)
	}
	loaded := fromSnapshot(data, topics)
	if loaded == nil {
		t.Fatal("the snapshot of the built-in topics did not load")
	}
	for name, pair := range map[string][2]any{
		"terms": {built.terms, loaded.terms}, "termText": {built.termText, loaded.termText},
		"idf": {built.idf, loaded.idf}, "postings": {built.postings, loaded.postings},
		"words": {built.words, loaded.words}, "extensions": {built.extensions, loaded.extensions},
		"glossary": {built.glossary, loaded.glossary}, "titles": {built.titles, loaded.titles},
		"family": {built.family, loaded.family},
		"idfs":   {[3]float64{built.unknownIDF, built.weakIDF, built.rareIDF}, [3]float64{loaded.unknownIDF, loaded.weakIDF, loaded.rareIDF}},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s differs between the built and the loaded index", name)
		}
	}
	if !reflect.DeepEqual(built.phrases, loaded.phrases) {
		t.Error("the phrase table differs between the built and the loaded index")
	}
	other := topics[:3]
	if fromSnapshot(data, other) != nil {
		t.Error("a snapshot loaded for other topics than it was built from")
	}
	if fromSnapshot([]byte("garbage"), topics) != nil {
		t.Error("garbage loaded as an index")
	}
}
