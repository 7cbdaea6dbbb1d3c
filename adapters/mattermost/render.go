package mattermost

import (
	"strings"
	"unicode/utf8"

	"privacybot/bot"
)

// Limits of a post the bot stays within.
const (
	// maxMessageRunes keeps below Mattermost's 16383 runes a post.
	maxMessageRunes = 16000
	// maxLabelRunes shortens long button labels.
	maxLabelRunes = 80
)

// outgoing is one reply rendered for Mattermost: Markdown text and the
// buttons to put under it.
type outgoing struct {
	text     string
	choices  []bot.Choice
	controls []bot.Choice
}

// render turns a reply into Mattermost Markdown: *bold* becomes **bold**,
// and a reply meant for copying goes into a code block.
func render(r bot.Reply) outgoing {
	return outgoing{text: messageText(r), choices: r.Choices, controls: r.Controls}
}

func (o outgoing) hasButtons() bool { return len(o.choices)+len(o.controls) > 0 }

// messageText is the reply's text as Mattermost Markdown.
func messageText(r bot.Reply) string {
	if !r.Copy {
		return markdown(r.Text)
	}
	fence := "```"
	for strings.Contains(r.Text, fence) {
		fence += "`"
	}
	return fence + "\n" + strings.TrimRight(r.Text, "\n") + "\n" + fence
}

// markdown turns the core's Slack-style *bold* into Mattermost's **bold**.
// Code spans and fenced code blocks are left as they are; _italic_,
// `code` and "• " bullets mean the same in both.
func markdown(s string) string {
	lines := strings.Split(s, "\n")
	inFence := false
	for i, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		parts := strings.Split(line, "`")
		for j := 0; j < len(parts); j += 2 {
			parts[j] = boldSegment(parts[j])
		}
		lines[i] = strings.Join(parts, "`")
	}
	return strings.Join(lines, "\n")
}

// boldSegment doubles the asterisks of each *bold* span in s, which holds
// no code span and no line break.
func boldSegment(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '*' && opensBold(s, i) {
			if j := closesBold(s, i); j > 0 {
				b.WriteString("**")
				b.WriteString(s[i+1 : j])
				b.WriteString("**")
				i = j + 1
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// opensBold reports whether the asterisk at i starts a *bold* span: not
// inside a word or a run of asterisks, and followed by text.
func opensBold(s string, i int) bool {
	if i > 0 && wordOrStar(s[i-1]) {
		return false
	}
	return i+1 < len(s) && s[i+1] != '*' && s[i+1] != ' ' && s[i+1] != '\t'
}

// closesBold returns the index of the asterisk that ends the span opened
// at i, or 0 when there is none.
func closesBold(s string, i int) int {
	for j := i + 2; j < len(s); j++ {
		if s[j] != '*' {
			continue
		}
		if s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '*' {
			return 0
		}
		if j+1 < len(s) && wordOrStar(s[j+1]) {
			return 0
		}
		return j
	}
	return 0
}

// wordOrStar reports whether c is part of a word (letters, digits, "_",
// any byte of a non-ASCII character) or an asterisk.
func wordOrStar(c byte) bool {
	return c == '*' || c == '_' || c >= 0x80 ||
		'0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// split cuts text into pieces of at most limit runes, after a line break
// where it can, without the line breaks at the cuts and the end. An empty
// text gives no pieces.
func split(text string, limit int) []string {
	var out []string
	for text != "" {
		cut := len(text)
		if utf8.RuneCountInString(text) > limit {
			end := 0
			for n := 0; n < limit; n++ {
				_, size := utf8.DecodeRuneInString(text[end:])
				end += size
			}
			cut = end
			if i := strings.LastIndexByte(text[:end], '\n'); i > 0 {
				cut = i + 1
			}
		}
		if piece := strings.TrimRight(text[:cut], "\n"); piece != "" {
			out = append(out, piece)
		}
		text = text[cut:]
	}
	return out
}
