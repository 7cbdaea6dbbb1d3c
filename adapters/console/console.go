// Package console is the terminal chat: the bot's embedded default, which
// needs no chat server. It reads one line at a time, so it can be driven
// from a pipe, and shows buttons as numbered choices.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"privacybot/bot"
	"privacybot/lang"
)

// maxLine is the most the console reads of one line; the rest of a longer
// line is skipped. The core cuts messages further, at bot.MaxInputRunes.
const maxLine = 64 << 10

// Options tune the console.
type Options struct {
	// User names the person at the terminal (default "local").
	User string
	// Echo writes each line read after the prompt, so a transcript of a
	// piped session reads like a conversation.
	Echo bool
	// Profile is the language and time zone of the person at the terminal.
	Profile bot.Profile
}

// Console is one terminal conversation. Notify may be called from another
// goroutine (the reminder scheduler) while Run reads input.
type Console struct {
	h    bot.Handler
	in   *bufio.Reader
	opts Options

	mu   sync.Mutex
	out  io.Writer
	last []bot.Choice
	// votes maps "+" and "-" to the "Hielp dit?" buttons of the last
	// answer.
	votes map[string]string
}

// New builds a console reading from in and writing to out.
func New(h bot.Handler, in io.Reader, out io.Writer, opts Options) *Console {
	if opts.User == "" {
		opts.User = "local"
	}
	return &Console{h: h, in: bufio.NewReaderSize(in, 4096), out: out, opts: opts}
}

// Address is where the terminal conversation lives; reminders set in it
// are delivered to it.
func (c *Console) Address() bot.Address {
	return bot.Address{Platform: bot.Console, User: c.opts.User, Channel: bot.DM}
}

// Run greets the user and answers every line until the input ends, the
// user types "exit" or "quit", or ctx is done.
func (c *Console) Run(ctx context.Context) error {
	c.write(greeting.In(c.opts.Profile.Lang))
	for {
		c.write("\n> ")
		line, err := c.readLine()
		if errors.Is(err, io.EOF) && line == "" {
			c.write("\n")
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read input: %w", err)
		}
		if c.opts.Echo {
			c.write(line + "\n")
		}
		if w := strings.ToLower(strings.TrimSpace(line)); w == "exit" || w == "quit" {
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		replies, herr := c.h.Handle(ctx, c.message(line))
		if herr != nil {
			c.write("Er ging iets mis; er is niets veranderd. Probeer het opnieuw. / Something went wrong; nothing changed. Please try again.\n")
		}
		c.show(replies)
		if errors.Is(err, io.EOF) {
			c.write("\n")
			return nil
		}
	}
}

// greeting opens the chat, in the language given with --lang (Dutch when
// none is).
var greeting = lang.T(
	"privacybot — vragen over het delen van cliëntgegevens (Diemen, Uithoorn, Ouder-Amstel).\n"+
		"Typ je vraag, of `help`. Stoppen: `exit`. Noem nooit de naam of gegevens van een cliënt.\n",
	"privacybot — questions about sharing client data (Diemen, Uithoorn, Ouder-Amstel).\n"+
		"Type your question, or `help`. To stop: `exit`. Never give a client's name or details.\n")

// message turns a typed line into a message: a number picks one of the
// choices shown last, anything else is text.
func (c *Console) message(line string) bot.Message {
	m := bot.Message{Address: c.Address(), Direct: true, Profile: c.opts.Profile}
	c.mu.Lock()
	defer c.mu.Unlock()
	if n, err := strconv.Atoi(strings.TrimSpace(line)); err == nil && n >= 1 && n <= len(c.last) {
		m.Action = c.last[n-1].Value
		return m
	}
	if v, ok := c.votes[strings.TrimSpace(line)]; ok {
		m.Action = v
		return m
	}
	m.Text = line
	return m
}

// readLine reads one line of at most maxLine bytes, skipping the rest.
func (c *Console) readLine() (string, error) {
	var sb strings.Builder
	for {
		chunk, isPrefix, err := c.in.ReadLine()
		if sb.Len() < maxLine {
			sb.Write(chunk[:min(len(chunk), maxLine-sb.Len())])
		}
		if err != nil {
			return sb.String(), err
		}
		if !isPrefix {
			return sb.String(), nil
		}
	}
}

// ErrOtherUser is returned by Notify for a reminder of a user who is not
// at this terminal; the reminder stays pending until they are.
var ErrOtherUser = errors.New("that user is not at this terminal")

// Notify shows a reminder in the running chat. It implements bot.Notifier.
func (c *Console) Notify(_ context.Context, to bot.Address, r bot.Reply) error {
	if to.User != c.opts.User {
		return ErrOtherUser
	}
	c.write("\n")
	c.show([]bot.Reply{r})
	c.write("\n> ")
	return nil
}

func (c *Console) write(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	io.WriteString(c.out, s)
}

// show writes replies; the choices of the last reply with choices become
// the numbers the user can type, and a batch without choices clears them.
func (c *Console) show(replies []bot.Reply) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.last, c.votes = nil, nil
	for _, r := range replies {
		io.WriteString(c.out, Render(r))
		if len(r.Choices) > 0 {
			c.last = r.Choices
		}
		for _, ch := range r.Controls {
			if vote, ok := bot.IsFeedback(ch.Value); ok {
				if c.votes == nil {
					c.votes = map[string]string{}
				}
				c.votes[vote] = ch.Value
			}
		}
	}
}

// Render writes one reply as the terminal shows it: plain text without
// the bold markers, a copyable block between rules, choices numbered and
// controls as words to type.
func Render(r bot.Reply) string {
	var sb strings.Builder
	if r.Copy {
		sb.WriteString("----------------------------------------\n")
		sb.WriteString(r.Text)
		sb.WriteString("\n----------------------------------------\n")
	} else {
		sb.WriteString(plain(r.Text) + "\n")
	}
	for i, ch := range r.Choices {
		fmt.Fprintf(&sb, "  %d. %s\n", i+1, ch.Label)
	}
	if len(r.Controls) > 0 {
		words := make([]string, len(r.Controls))
		for i, ch := range r.Controls {
			words[i] = ch.Label
			if vote, ok := bot.IsFeedback(ch.Value); ok {
				words[i] = vote + " " + ch.Label
			}
		}
		sb.WriteString("  (" + strings.Join(words, " · ") + ")\n")
	}
	return sb.String()
}

// italic matches an _italic_ span as the chat platforms write it.
var italic = regexp.MustCompile(`(^|[\s(])_([^_\n]+)_`)

// plain removes the *bold* and _italic_ markers the chat platforms render.
func plain(s string) string {
	return italic.ReplaceAllString(strings.ReplaceAll(s, "*", ""), "$1$2")
}
