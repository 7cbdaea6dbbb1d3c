package slack

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"privacybot/adapters/internal/texts"
	"privacybot/bot"
)

// Block Kit limits the bot stays within.
const (
	maxSectionText  = 3000
	maxBlocks       = 50
	maxButtonsBlock = 25
	maxButtonValue  = 2000
	maxButtonLabel  = 75
	maxFallbackText = 150
)

// outMessage is one Slack message: fallback text for notifications and
// the blocks shown.
type outMessage struct {
	text   string
	blocks []slack.Block
	// id is our message ID, carried as the post's metadata so that the
	// post can be found again; "" for none.
	id string
}

// numbered is a reply with its place in the turn, which names its
// buttons' blocks.
type numbered struct {
	n int
	r bot.Reply
}

// render turns replies bound for one place into messages of at most
// maxBlocks blocks. It reports how many buttons it had to leave out because
// their value was too long.
func render(replies []numbered) ([]outMessage, int) {
	var (
		out     []outMessage
		cur     outMessage
		dropped int
	)
	flush := func() {
		if len(cur.blocks) > 0 {
			out = append(out, cur)
		}
		cur = outMessage{}
	}
	for _, nr := range replies {
		blocks, d := replyBlocks(nr.n, nr.r)
		dropped += d
		if len(cur.blocks)+len(blocks) > maxBlocks {
			flush()
		}
		for len(blocks) > maxBlocks {
			out = append(out, outMessage{text: fallback(nr.r.Text), blocks: blocks[:maxBlocks]})
			blocks = blocks[maxBlocks:]
		}
		if cur.text == "" {
			cur.text = fallback(nr.r.Text)
		}
		cur.blocks = append(cur.blocks, blocks...)
	}
	flush()
	return out, dropped
}

// replyBlocks renders reply n: its text as mrkdwn sections (preformatted
// for Copy), then its choices and controls as buttons in actions blocks
// whose IDs share the group prefix "c<n>.".
func replyBlocks(n int, r bot.Reply) ([]slack.Block, int) {
	var blocks []slack.Block
	limit := maxSectionText
	if r.Copy {
		limit -= len("```\n\n```")
	}
	for _, part := range chunks(r.Text, limit) {
		text := escape(part)
		if r.Copy {
			text = "```\n" + text + "\n```"
		}
		blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil))
	}
	var (
		buttons []slack.BlockElement
		dropped int
	)
	for _, c := range append(append([]bot.Choice(nil), r.Choices...), r.Controls...) {
		if c.Value == "" || len(c.Value) > maxButtonValue {
			dropped++
			continue
		}
		id := "b" + strconv.Itoa(n) + "." + strconv.Itoa(len(buttons))
		label := slack.NewTextBlockObject(slack.PlainTextType, texts.Truncate(c.Label, maxButtonLabel), true, false)
		buttons = append(buttons, slack.NewButtonBlockElement(id, c.Value, label))
	}
	for j := 0; len(buttons) > 0; j++ {
		k := min(len(buttons), maxButtonsBlock)
		blocks = append(blocks, slack.NewActionBlock(groupID(n)+strconv.Itoa(j), buttons[:k]...))
		buttons = buttons[k:]
	}
	return blocks, dropped
}

// groupID is the prefix of the block IDs of reply n's buttons.
func groupID(n int) string { return "c" + strconv.Itoa(n) + "." }

// groupOf returns the group prefix of an actions block ID made by
// replyBlocks, or the ID itself when it was made otherwise.
func groupOf(blockID string) string {
	if i := strings.IndexByte(blockID, '.'); i > 0 && blockID[0] == 'c' {
		return blockID[:i+1]
	}
	return blockID
}

// chosen rebuilds a message after one of its buttons was pressed: the
// actions blocks of the pressed group give way to a context line
// "✓ label", so the choice stays visible and cannot be made twice. Without
// the original (an ephemeral message) only that line remains.
func chosen(original *originalMessage, blockID, label string) []slack.Block {
	line := slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, "✓ "+escape(texts.Truncate(label, maxButtonLabel)), false, false))
	if original == nil {
		return []slack.Block{line}
	}
	group := groupOf(blockID)
	var out []slack.Block
	placed := false
	for _, b := range original.Blocks.BlockSet {
		if ab, ok := b.(*slack.ActionBlock); ok && (ab.BlockID == blockID || groupOf(ab.BlockID) == group) {
			if !placed {
				out = append(out, line)
				placed = true
			}
			continue
		}
		out = append(out, b)
	}
	if !placed {
		out = append(out, line)
	}
	return out
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes text safe for mrkdwn: no links, mentions or @channel can be
// smuggled in through text the bot repeats.
func escape(s string) string { return escaper.Replace(s) }

// escapedLen is the length of r once escaped.
func escapedLen(r rune) int {
	switch r {
	case '&':
		return 5
	case '<', '>':
		return 4
	}
	return 1
}

// chunks cuts s into pieces that stay within limit characters once
// escaped, cutting after a blank line, else a line, else a space where it
// can. An empty s gives no pieces.
func chunks(s string, limit int) []string {
	var out []string
	for strings.TrimSpace(s) != "" {
		n, end := 0, len(s)
		for i, r := range s {
			if n+escapedLen(r) > limit {
				end = i
				break
			}
			n += escapedLen(r)
		}
		cut := end
		if end < len(s) {
			for _, sep := range []string{"\n\n", "\n", " "} {
				if i := strings.LastIndex(s[:end], sep); i > 0 {
					cut = i + len(sep)
					break
				}
			}
		}
		if cut == 0 {
			_, size := utf8.DecodeRuneInString(s)
			cut = size
		}
		if piece := strings.TrimRightFunc(s[:cut], unicode.IsSpace); strings.TrimSpace(piece) != "" {
			out = append(out, piece)
		}
		s = strings.TrimLeft(s[cut:], "\n")
	}
	return out
}

var unmarkup = strings.NewReplacer("*", "", "_", "", "`", "")

// fallback is the plain notification text of a message: its first line,
// without markup, shortened.
func fallback(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = unmarkup.Replace(line)
	return escape(texts.Truncate(line, maxFallbackText))
}
