package app_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"privacybot/bot"
	"privacybot/flows"
	"privacybot/internal/app"
	"privacybot/lang"
)

// correctedContent copies the built-in content directory to a temporary
// one, with Diemen's privacy officer at another address.
func correctedContent(t *testing.T, from, to string) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(flows.EmbeddedContentDir(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if err == nil {
				err = os.MkdirAll(filepath.Join(dir, p), 0o755)
			}
			return err
		}
		data, err := fs.ReadFile(flows.EmbeddedContentDir(), p)
		if err != nil {
			return err
		}
		if p == flows.MunicipalitiesFile {
			if !strings.Contains(string(data), from) {
				t.Fatalf("%s does not hold %q", p, from)
			}
			data = []byte(strings.ReplaceAll(string(data), from, to))
		}
		return os.WriteFile(filepath.Join(dir, p), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestCorrectedMunicipalityRecordsReachEveryReader: a core opened with a
// corrected municipality record names the corrected privacy officer in the
// FG desk (the preview and the mail the terminal falls back to), in the
// answer to a question outside the guideline, and keeps it in a question
// as an office's address, not personal data.
func TestCorrectedMunicipalityRecordsReachEveryReader(t *testing.T) {
	const old, corrected = "fg@diemen.nl", "privacy@diemen.example"
	set, err := flows.LoadSet(os.DirFS(correctedContent(t, old, corrected)))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	c, err := app.Open(context.Background(), app.Options{DB: filepath.Join(t.TempDir(), "t.db"), Flows: set, Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Store.Close() })
	say := func(text, action string) string {
		t.Helper()
		replies, err := c.Bot.Handle(context.Background(), bot.Message{
			Address: bot.Address{Platform: bot.Console, User: "u", Channel: bot.DM},
			Text:    text, Action: action, Direct: true, Profile: bot.Profile{Lang: lang.NL},
		})
		if err != nil {
			t.Fatalf("%q %q: %v", text, action, err)
		}
		var all strings.Builder
		for _, r := range replies {
			all.WriteString(r.Text + "\n")
		}
		return all.String()
	}
	steps := []struct {
		what, text, action string
		want               []string
	}{
		{"municipality set", "instellingen gemeente diemen", "", []string{"Diemen"}},
		{"outside the guideline", "wat is de hoofdstad van Frankrijk?", "", []string{corrected}},
		{"FG desk preview", "vraag de FG mag ik " + corrected + " vragen wat de bewaartermijn is?", "", []string{corrected, "mag ik " + corrected + " vragen"}},
		{"the mail the terminal falls back to", "", "fg:send:1", []string{corrected}},
	}
	for _, s := range steps {
		got := say(s.text, s.action)
		for _, w := range s.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: replies %q lack %q", s.what, got, w)
			}
		}
		if strings.Contains(got, old) {
			t.Errorf("%s: replies %q still name %q", s.what, got, old)
		}
	}
}
