package flows

import (
	"slices"
)

// flowSet is every flow the bot offers, in menu order. Each flow file
// defines its flow as a plain variable; this list is the one place that makes
// a flow part of the bot. Flow IDs are unique (TestFlowIDsUnique).
var flowSet = []*Flow{
	stappenplanFlow,
	toestemmingFlow,
	gezagFlow,
	inzageFlow,
	vernietigingFlow,
	datalekFlow,
	opnamesFlow,
	rechtenFlow,
}

// AllFlows returns every flow in menu order: stappenplan, toestemming,
// gezag, inzage, vernietiging, datalek, opnames, rechten.
func AllFlows() []*Flow {
	return slices.Clone(flowSet)
}

// flowWithID returns the flow whose ID is exactly id, or nil.
func flowWithID(id string) *Flow {
	for _, f := range flowSet {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// FlowByID returns the flow whose ID or one of whose aliases is idOrAlias
// (case, accents and surrounding punctuation ignored), or nil.
func FlowByID(idOrAlias string) *Flow {
	key := foldInput(idOrAlias)
	if key == "" {
		return nil
	}
	for _, f := range flowSet {
		if foldInput(f.ID) == key || slices.ContainsFunc(f.Aliases, func(a string) bool { return foldInput(a) == key }) {
			return f
		}
	}
	return nil
}
