package bot_test

import (
	"context"
	"strings"
	"testing"

	"privacybot/bot"
)

// newDigestHarness is the harness with the operator's digest schedule
// spec (its clock reads Tuesday 1 December 2026).
func newDigestHarness(t *testing.T, spec string) *harness {
	t.Helper()
	h := newHarness(t)
	h.wire(bot.Config{Digest: spec}, func(d *bot.Deps) { d.Digests = h.store })
	return h
}

func (h *harness) digestOff() bool {
	h.t.Helper()
	s, _, err := h.store.Settings(context.Background(), h.addr().UserKey())
	if err != nil {
		h.t.Fatal(err)
	}
	return s.DigestOff
}

func TestSettingsShowTheOperatorsDigestSchedule(t *testing.T) {
	tests := []struct {
		name, spec string
		say        []string
		want       string
		button     string
	}{
		{"default", "", nil, "• Weekoverzicht van open herinneringen (maandag 09:00): aan", "set:digest:uit"},
		{"another schedule", "30 16 * * 5", nil, "(vrijdag 16:30): aan", "set:digest:uit"},
		{"the user's own zone", "0 9 * * 1", []string{"instellingen tijdzone America/New_York"}, "(maandag 03:00): aan", "set:digest:uit"},
		{"in English", "0 9 * * 1", []string{"instellingen taal en"}, "• Weekly digest of open reminders (Monday 09:00): on", "set:digest:uit"},
		{"switched off by the user", "0 9 * * 1", []string{"overzicht uit"}, "(maandag 09:00): uit", "set:digest:aan"},
		{"switched off by the organisation", "off", nil, "• Weekoverzicht van open herinneringen: uitgezet door je organisatie", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newDigestHarness(t, tt.spec)
			h.say("hallo")
			for _, s := range tt.say {
				h.say(s)
			}
			replies := h.say("instellingen")
			if got := joined(replies); !strings.Contains(got, tt.want) {
				t.Errorf("settings lack %q:\n%s", tt.want, got)
			}
			for _, v := range []string{"set:digest:aan", "set:digest:uit"} {
				if hasChoice(replies, v) != (v == tt.button) {
					t.Errorf("button %s shown: %v; want only %q", v, hasChoice(replies, v), tt.button)
				}
			}
		})
	}
}

func TestDigestCommands(t *testing.T) {
	tests := []struct {
		input, want string
		off         bool
	}{
		{"overzicht uit", "je krijgt geen weekoverzicht meer", true},
		{"overzicht", "Weekoverzicht van open herinneringen (maandag 09:00): uit", true},
		{"overzicht aan", "je krijgt het weekoverzicht (maandag 09:00) als je open herinneringen hebt", false},
		{"digest off", "je krijgt geen weekoverzicht meer", true},
		{"digest on", "Opgeslagen: je krijgt het weekoverzicht", false},
		{"weekoverzicht uit", "Opgeslagen", true},
		{"instellingen overzicht aan", "Opgeslagen", false},
		{"overzicht misschien", "Kies `aan` of `uit`", false},
	}
	h := newDigestHarness(t, "")
	h.say("hallo")
	for _, tt := range tests {
		if got := joined(h.say(tt.input)); !strings.Contains(got, tt.want) {
			t.Errorf("%q: reply lacks %q:\n%s", tt.input, tt.want, got)
		}
		if got := h.digestOff(); got != tt.off {
			t.Errorf("%q: DigestOff = %v, want %v", tt.input, got, tt.off)
		}
	}
	if got := joined(h.press("set:digest:uit")); !strings.Contains(got, "je krijgt geen weekoverzicht meer") || !h.digestOff() {
		t.Errorf("the button did not switch it off:\n%s", got)
	}
}

func TestDigestSwitchedOffByTheOrganisation(t *testing.T) {
	h := newDigestHarness(t, "off")
	h.say("hallo")
	for _, input := range []string{"overzicht aan", "digest on", "instellingen overzicht aan", "overzicht uit", "overzicht"} {
		replies := h.say(input)
		got := joined(replies)
		if !strings.Contains(got, "Je organisatie heeft het weekoverzicht voor iedereen uitgezet") || strings.Contains(got, "Opgeslagen") {
			t.Errorf("%q: %s", input, got)
		}
		if hasChoice(replies, "set:digest:aan") || hasChoice(replies, "set:digest:uit") {
			t.Errorf("%q offered a switch", input)
		}
		if h.digestOff() {
			t.Errorf("%q stored a setting", input)
		}
	}
	h.say("instellingen taal en")
	if got := joined(h.say("digest on")); !strings.Contains(got, "Your organisation has switched the weekly digest off for everyone") {
		t.Errorf("in English: %s", got)
	}
}

func TestMyDataShowsTheDigestInWords(t *testing.T) {
	h := newDigestHarness(t, "")
	h.say("hallo")
	u := h.addr().UserKey()
	ctx := context.Background()
	if _, err := h.store.AddDigests(ctx, "2026-W49", []bot.UserKey{u}, h.clock()); err != nil {
		t.Fatal(err)
	}
	jobs, err := h.store.ClaimDigests(ctx, "2026-W49", h.clock(), 0, 1)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("claim: %v, %v", jobs, err)
	}
	e := bot.AuditEntry{UserKey: u, At: h.clock(), Action: bot.AuditReminderDigest, Detail: "week 2026-W49; 3 open"}
	if err := h.store.FinishDigest(ctx, jobs[0], bot.DigestSent, h.clock(), e); err != nil {
		t.Fatal(err)
	}
	got := joined(h.say("mijn-gegevens"))
	for _, want := range []string{"Weekoverzicht gestuurd · week 49 van 2026, 3 open herinneringen", "*Weekoverzichten (bewaard 5 weken):*\n• week 49 van 2026: gestuurd"} {
		if !strings.Contains(got, want) {
			t.Errorf("mijn-gegevens lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "reminder.digest") {
		t.Errorf("mijn-gegevens shows the raw code:\n%s", got)
	}
	h.say("instellingen taal en")
	if got := joined(h.say("my-data")); !strings.Contains(got, "Weekly digest sent · week 49 of 2026, 3 open reminders") {
		t.Errorf("my-data in English:\n%s", got)
	}
	if got := joined(h.say("mijn-gegevens json")); !strings.Contains(got, `"week": "2026-W49"`) {
		t.Errorf("the JSON lacks the digest job:\n%s", got)
	}
}
