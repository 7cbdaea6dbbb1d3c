package slack

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"privacybot/bot"
)

func choices(n int, valueLen int) []bot.Choice {
	var cs []bot.Choice
	for i := range n {
		cs = append(cs, bot.Choice{Label: "Optie " + strconv.Itoa(i), Value: strings.Repeat("v", valueLen-len(strconv.Itoa(i))) + strconv.Itoa(i)})
	}
	return cs
}

func TestReplyBlocksStayWithinLimits(t *testing.T) {
	long := strings.Repeat("Een zin over delen met school & toestemming <van ouders>. ", 300)
	tests := []struct {
		name         string
		r            bot.Reply
		wantSections int
		wantActions  int
		wantButtons  int
		wantDropped  int
	}{
		{"short text", bot.Reply{Text: "*Kort*"}, 1, 0, 0, 0},
		{"empty text with buttons", bot.Reply{Choices: choices(2, 5)}, 0, 1, 2, 0},
		{"long text split", bot.Reply{Text: long}, 7, 0, 0, 0},
		{"30 choices and 2 controls", bot.Reply{Text: "Kies", Choices: choices(30, 10), Controls: choices(2, 4)}, 1, 2, 32, 0},
		{"value too long", bot.Reply{Text: "Kies", Choices: append(choices(1, 2000), bot.Choice{Label: "Te lang", Value: strings.Repeat("x", 2001)})}, 1, 1, 1, 1},
		{"copy", bot.Reply{Text: long, Copy: true}, 7, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, dropped := replyBlocks(3, tt.r)
			var sections, actions, buttons int
			actionIDs := map[string]bool{}
			var text strings.Builder
			for _, b := range blocks {
				switch b := b.(type) {
				case *slack.SectionBlock:
					sections++
					if n := utf8.RuneCountInString(b.Text.Text); n > maxSectionText {
						t.Errorf("section of %d characters", n)
					}
					if tt.r.Copy && (!strings.HasPrefix(b.Text.Text, "```\n") || !strings.HasSuffix(b.Text.Text, "\n```")) {
						t.Errorf("copy section not preformatted: %.20q…", b.Text.Text)
					}
					text.WriteString(b.Text.Text)
				case *slack.ActionBlock:
					actions++
					if !strings.HasPrefix(b.BlockID, "c3.") {
						t.Errorf("block ID %q lacks the group prefix", b.BlockID)
					}
					if n := len(b.Elements.ElementSet); n > maxButtonsBlock {
						t.Errorf("%d buttons in one block", n)
					}
					for _, e := range b.Elements.ElementSet {
						be := e.(*slack.ButtonBlockElement)
						buttons++
						if actionIDs[be.ActionID] {
							t.Errorf("action ID %q twice", be.ActionID)
						}
						actionIDs[be.ActionID] = true
						if len(be.Value) > maxButtonValue {
							t.Errorf("value of %d bytes", len(be.Value))
						}
					}
				}
			}
			if sections != tt.wantSections || actions != tt.wantActions || buttons != tt.wantButtons || dropped != tt.wantDropped {
				t.Errorf("sections %d actions %d buttons %d dropped %d, want %d %d %d %d",
					sections, actions, buttons, dropped, tt.wantSections, tt.wantActions, tt.wantButtons, tt.wantDropped)
			}
			if strings.ContainsAny(strings.NewReplacer("&amp;", "", "&lt;", "", "&gt;", "").Replace(text.String()), "<>&") {
				t.Error("unescaped < > & in mrkdwn")
			}
		})
	}
}

func TestChunksKeepEverything(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "a b", 10, []string{"a b"}},
		{"empty", "  \n", 10, nil},
		{"paragraphs first", "aaaa\n\nbbbb cc", 10, []string{"aaaa", "bbbb cc"}},
		{"then lines", "aaa\nbbb\nccc", 8, []string{"aaa\nbbb", "ccc"}},
		{"then spaces", "aaa bbb ccc", 8, []string{"aaa bbb", "ccc"}},
		{"hard cut", "aaaaaaaaaa", 4, []string{"aaaa", "aaaa", "aa"}},
		{"escapes count", "a&b&c", 7, []string{"a&b", "&c"}},
		{"runes not bytes", "ééééé", 3, []string{"ééé", "éé"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chunks(tt.in, tt.limit)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("chunks(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func TestRenderSplitsAtFiftyBlocks(t *testing.T) {
	var rs []numbered
	for i := range 30 {
		rs = append(rs, numbered{n: i, r: bot.Reply{Text: "Vraag " + strconv.Itoa(i), Choices: choices(2, 3)}})
	}
	msgs, _ := render(rs)
	total := 0
	for _, m := range msgs {
		if len(m.blocks) > maxBlocks {
			t.Errorf("message of %d blocks", len(m.blocks))
		}
		if m.text == "" {
			t.Error("message without fallback text")
		}
		total += len(m.blocks)
	}
	if len(msgs) != 2 || total != 60 {
		t.Errorf("%d messages with %d blocks, want 2 with 60", len(msgs), total)
	}
	huge, _ := render([]numbered{{r: bot.Reply{Text: strings.Repeat(strings.Repeat("x", 2999)+"\n\n", 60)}}})
	if len(huge) != 2 || len(huge[0].blocks) != 50 || len(huge[1].blocks) != 10 {
		t.Errorf("a 60-section reply became %d messages", len(huge))
	}
}

func TestChosenReplacesOnlyThePressedGroup(t *testing.T) {
	first, _ := replyBlocks(0, bot.Reply{Text: "Herinnering 1", Choices: choices(30, 3)})
	second, _ := replyBlocks(1, bot.Reply{Text: "Herinnering 2", Choices: choices(2, 3)})
	raw, err := json.Marshal(slack.Blocks{BlockSet: append(first, second...)})
	if err != nil {
		t.Fatal(err)
	}
	var orig originalMessage
	if err := json.Unmarshal([]byte(`{"text":"x","blocks":`+string(raw)+`}`), &orig); err != nil {
		t.Fatal(err)
	}
	got := chosen(&orig, "c0.1", "Optie <29>")
	var kinds []string
	for _, b := range got {
		kinds = append(kinds, string(b.BlockType()))
	}
	if want := "section,context,section,actions"; strings.Join(kinds, ",") != want {
		t.Errorf("blocks %v, want %s", kinds, want)
	}
	ctx := got[1].(*slack.ContextBlock).ContextElements.Elements[0].(*slack.TextBlockObject)
	if ctx.Text != "✓ Optie &lt;29&gt;" {
		t.Errorf("context line %q", ctx.Text)
	}
	if only := chosen(nil, "c0.0", "Ja"); len(only) != 1 || only[0].BlockType() != slack.MBTContext {
		t.Errorf("without the original: %v", only)
	}
}

func TestFallback(t *testing.T) {
	if got := fallback("*Stappenplan* <stap 1>\nmeer"); got != "Stappenplan &lt;stap 1&gt;" {
		t.Errorf("fallback = %q", got)
	}
	if got := utf8.RuneCountInString(fallback(strings.Repeat("é", 500))); got != maxFallbackText {
		t.Errorf("fallback of %d characters", got)
	}
}
