// Package flows holds the guideline as code: the topics that answer
// questions, the decision flows that walk a professional through a choice,
// and the rules both rest on. The words are content (content/topics,
// content/flows, content/municipalities.md); the flows' routing is Go,
// keyed by step, option and outcome IDs. It is pure: standard library
// only, no I/O beyond reading the fs.FS it is handed.
package flows
