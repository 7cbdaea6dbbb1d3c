package main

import (
	"fmt"
	"os"
	"path/filepath"

	"privacybot/flows"
)

// loadFlowSet loads the decision flows and the municipality records for
// --content DIR: from the content directory DIR is or whose "topics" it is
// (see flowsRoot), each file it lacks taken from the built-in content. An
// empty dir, or one without flows or municipality records, means the
// built-in ones.
func loadFlowSet(dir string) (*flows.Set, error) {
	root := flowsRoot(dir)
	if root == "" {
		return flows.EmbeddedSet(), nil
	}
	set, err := flows.LoadSet(os.DirFS(root))
	if err != nil {
		return nil, fmt.Errorf("content %s: %w", root, err)
	}
	return set, nil
}

// loadMunicipalityRecords loads the municipality records for --content DIR
// as loadFlowSet does, without building the flows when DIR has none.
func loadMunicipalityRecords(dir string) (flows.MunicipalityRecords, error) {
	if flowsRoot(dir) == "" {
		return flows.EmbeddedMunicipalities(), nil
	}
	set, err := loadFlowSet(dir)
	if err != nil {
		return nil, err
	}
	return set.Municipalities(), nil
}

// flowsRoot is the content directory the flows of --content DIR are read
// from: DIR, or the directory that holds DIR when DIR is its topics, when
// it holds a "flows" directory or the municipality records; "" for the
// built-in ones.
func flowsRoot(dir string) string {
	if dir == "" {
		return ""
	}
	for _, root := range []string{dir, filepath.Dir(filepath.Clean(dir))} {
		for _, name := range []string{flows.FlowsDir, flows.MunicipalitiesFile} {
			if _, err := os.Stat(filepath.Join(root, name)); err == nil {
				return root
			}
		}
	}
	return ""
}
