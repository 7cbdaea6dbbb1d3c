package flows

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed content/families.txt
var familiesFile string

var (
	familiesOnce sync.Once
	families     map[string]string
	familiesErr  error
)

// TopicFamilies maps a topic ID to the name of its family, from
// content/families.txt: topics that answer one kind of question from
// different sides, such as meldrecht and the meldcode. A topic in no
// family is absent. It panics when the built-in file is malformed, which
// TestTopicFamilies rules out.
func TopicFamilies() map[string]string {
	familiesOnce.Do(func() { families, familiesErr = ParseFamilies(familiesFile) })
	if familiesErr != nil {
		panic(familiesErr)
	}
	return families
}

// ParseFamilies reads a families file: per line a name, a colon and the
// topic IDs separated by spaces; blank lines and lines starting with "#"
// are skipped. A topic in two families is an error.
func ParseFamilies(text string) (map[string]string, error) {
	out := map[string]string{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, ids, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("families line %d: want \"name: topic topic ...\"", n+1)
		}
		for _, id := range strings.Fields(ids) {
			if f, dup := out[id]; dup {
				return nil, fmt.Errorf("families line %d: topic %s is already in family %s", n+1, id, f)
			}
			out[id] = name
		}
	}
	return out, nil
}
