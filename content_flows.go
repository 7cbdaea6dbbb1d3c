package main

import (
	"fmt"
	"os"
	"path/filepath"

	"privacybot/flows"
)

// loadFlowSet loads the decision flows and the municipalities for
// --content DIR: from DIR when it holds the content layout (a "topics"
// directory), else from the directory next to DIR's topics when that holds
// flows, else the built-in ones. An empty dir means the built-in ones.
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

// flowsRoot is the content directory the flows of --content DIR are read
// from, or "" for the built-in ones.
func flowsRoot(dir string) string {
	if dir == "" {
		return ""
	}
	for _, root := range []string{dir, filepath.Dir(filepath.Clean(dir))} {
		if st, err := os.Stat(filepath.Join(root, flows.FlowsDir)); err == nil && st.IsDir() {
			return root
		}
	}
	return ""
}
