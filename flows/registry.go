package flows

import (
	"fmt"
	"slices"
)

// menuOrder is the order in which flows are offered; registered flows not
// in it follow in ID order.
var menuOrder = []string{"stappenplan", "toestemming", "gezag", "inzage", "vernietiging", "datalek", "opnames", "rechten"}

// registered holds every flow, by ID. Each flow file adds its flow with
//
//	var someFlow = register(&Flow{ID: "…", …})
var registered = map[string]*Flow{}

// register adds f to the registry and returns it. Two flows with one ID is a
// programming error and panics at start-up.
func register(f *Flow) *Flow {
	if _, dup := registered[f.ID]; dup {
		panic(fmt.Sprintf("flows: flow %q registered twice", f.ID))
	}
	registered[f.ID] = f
	return f
}

// AllFlows returns every flow in menu order: stappenplan, toestemming,
// gezag, inzage, vernietiging, datalek, opnames, rechten.
func AllFlows() []*Flow {
	all := make([]*Flow, 0, len(registered))
	for _, id := range menuOrder {
		if f := registered[id]; f != nil {
			all = append(all, f)
		}
	}
	var rest []string
	for id := range registered {
		if !slices.Contains(menuOrder, id) {
			rest = append(rest, id)
		}
	}
	slices.Sort(rest)
	for _, id := range rest {
		all = append(all, registered[id])
	}
	return all
}

// FlowByID returns the flow whose ID or one of whose aliases is idOrAlias
// (case, accents and surrounding punctuation ignored), or nil.
func FlowByID(idOrAlias string) *Flow {
	key := foldInput(idOrAlias)
	if key == "" {
		return nil
	}
	for _, f := range AllFlows() {
		if foldInput(f.ID) == key || slices.ContainsFunc(f.Aliases, func(a string) bool { return foldInput(a) == key }) {
			return f
		}
	}
	return nil
}
