package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyContent copies the content directory to a new directory and returns
// it.
func copyContent(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS("flows/content")); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestContentCheckNamesBrokenFlowFile runs `content check` on a copy of
// the content whose datalek words are the broken example, plus a file no
// flow reads: each problem is named with its file and line.
func TestContentCheckNamesBrokenFlowFile(t *testing.T) {
	dir := copyContent(t)
	bad, err := os.ReadFile("flows/testdata/flows-bad/datalek.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "flows", "datalek.md"), bad, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "flows", "datalekk.md"), []byte("---\nid: datalekk\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"content", "check", dir}, nil, &out, &errOut); code != 1 {
		t.Fatalf("exit %d, want 1; output:\n%s%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{
		filepath.Join(dir, "flows", "datalek.md") + `:131: "outcome.melden.verdict.nl" has no English: add verdict.en`,
		filepath.Join(dir, "flows", "datalek.md") + `:137: no flow uses "outcome.melden-beveiligd.verdikt.nl"`,
		filepath.Join(dir, "flows", "datalek.md") + `:48: no flow uses anything under "## option wat anderz": is the ID misspelt?`,
		filepath.Join(dir, "flows", "datalekk.md") + ": no flow reads this file",
		"problem(s) found",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestContentOverridesFlowWords runs the bot with --content on a copy whose
// datalek verdict is corrected: the walk ends in the corrected words, in
// the message and in the dossier note.
func TestContentOverridesFlowWords(t *testing.T) {
	dir := copyContent(t)
	name := filepath.Join(dir, "flows", "datalek.md")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	const was, now = "verdict.nl: Dit is een datalek.\n", "verdict.nl: Dit is zonder twijfel een datalek.\n"
	if !strings.Contains(string(data), was) {
		t.Fatalf("%s lacks %q: the test must follow the content", name, was)
	}
	if err := os.WriteFile(name, []byte(strings.Replace(string(data), was, now, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, content := range []string{dir, filepath.Join(dir, "topics")} {
		var out, errOut bytes.Buffer
		in := strings.NewReader("datalek\n1\n1\n2\n")
		if code := run([]string{"chat", "--db", filepath.Join(t.TempDir(), "t.db"), "--lang", "nl", "--content", content}, in, &out, &errOut); code != 0 {
			t.Fatalf("--content %s: exit %d; %s", content, code, errOut.String())
		}
		if got := strings.Count(out.String(), "Dit is zonder twijfel een datalek."); got < 2 {
			t.Errorf("--content %s: the corrected verdict shows %d times, want on screen and in the note:\n%s", content, got, out.String())
		}
	}
}

// TestContentCheckHoldsFlowWordsToTheGlossary runs `content check` on a
// copy whose datalek words say "breach" for "datalek" and use "FG" before
// explaining it: both are named with the file and line.
func TestContentCheckHoldsFlowWordsToTheGlossary(t *testing.T) {
	dir := copyContent(t)
	name := filepath.Join(dir, "flows", "datalek.md")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "this is a data breach you report.", "this is a breach you report.", 1)
	text = strings.Replace(text, "privacy officer of functionaris gegevensbescherming (FG), volgens", "privacy officer of FG, volgens", 1)
	if text == string(data) {
		t.Fatal("the datalek words changed: the replacements no longer apply")
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"content", "check", dir}, nil, &out, &errOut); code != 1 {
		t.Fatalf("exit %d, want 1; output:\n%s%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{
		name + `:101: "FG" (nl) is used before it is explained`,
		name + `:140: the Dutch uses "datalek", but the English never says "data breach"`,
		"2 problem(s) found",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
