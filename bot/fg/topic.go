package fg

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"privacybot/bot"
	"privacybot/flows"
)

// DraftTopic turns the answer to question id into a topic file for the
// content folder, for who, a member of the question's FG channel, to
// review. The file passes `privacybot content check`; its English text and
// keywords are for the editor to complete.
func (s *Service) DraftTopic(ctx context.Context, who Answerer, id int64) ([]bot.Reply, error) {
	q, refusal, err := s.Check(ctx, who, id)
	if err != nil {
		return nil, err
	}
	lang := s.cfg.FGLang
	if refusal != nil && q.State != Answered {
		return []bot.Reply{*refusal}, nil
	}
	if q.State != Answered {
		return []bot.Reply{{Text: fgNotAnswered.In(lang)}}, nil
	}
	name, file := TopicFile(q, s.municipality(q.Municipality).Name, s.closest(q))
	return []bot.Reply{
		{Text: sprintf(fgTopicIntro, lang, name)},
		{Text: file, Copy: true},
	}, nil
}

func (s *Service) closest(q Question) *flows.Topic {
	if s.Answerer == nil || q.Topic == "" {
		return nil
	}
	return s.Answerer.Topic(q.Topic)
}

// TopicFile writes the answer to q as a topic file: front matter (id,
// titles, sources, laws, keywords, valid_as_of), then "## nl" with the
// answer and "## en" for the translation. The closest topic, when known,
// lends its sources, laws and keywords. municipality is the proper name of
// q's municipality. name is the file's name.
func TopicFile(q Question, municipality string, closest *flows.Topic) (name, file string) {
	id := "fg-antwoord-" + idOf(q)
	sources := []string{"Voorwoord"}
	var laws, keywords []string
	if closest != nil {
		sources = append(sources, closest.Sources...)
		laws = closest.Laws
		keywords = dedupe(closest.Keywords)
		if len(keywords) > maxKeywords {
			keywords = keywords[:maxKeywords]
		}
	}
	title := capitalise(oneLine(firstSentence(q.Text), 90))
	var b strings.Builder
	b.WriteString("---\n")
	b.WriteString("id: " + id + "\n")
	b.WriteString("title.nl: " + title + "\n")
	b.WriteString("title.en: " + title + "\n")
	b.WriteString("sources: " + strings.Join(dedupe(sources), ", ") + "\n")
	if len(laws) > 0 {
		b.WriteString("laws: " + strings.Join(laws, ", ") + "\n")
	}
	if len(keywords) > 0 {
		b.WriteString("keywords: " + strings.Join(keywords, ", ") + "\n")
	}
	b.WriteString("valid_as_of: " + q.AnsweredAt.In(amsterdam()).Format("2006-01-02") + "\n")
	b.WriteString("---\n## nl\n")
	b.WriteString(bodyText(q.Answer) + "\n\n")
	b.WriteString("Dit antwoord gaf de FG van " + municipality + " op een vraag uit de praktijk.\n\n")
	b.WriteString("## en\n")
	b.WriteString("The FG of " + municipality + " gave this answer to a question from practice. The English text is still to be written.\n")
	return id + ".md", b.String()
}

// maxKeywords bounds the keywords a draft borrows from the closest topic.
const maxKeywords = 12

// placeholders are what pii.Redact put in place of personal data.
var placeholders = regexp.MustCompile(`\s*\[[^\]]*\]`)

// oneLine is text on one line, without Markdown marks or a colon that
// would end a front matter value, at most n runes.
func oneLine(text string, n int) string {
	text = placeholders.ReplaceAllString(text, "")
	s := strings.Join(strings.Fields(strings.NewReplacer("#", "", "*", "", "`", "", "[", "", "]", "").Replace(text)), " ")
	if r := []rune(s); len(r) > n {
		s = strings.TrimSpace(string(r[:n-1])) + "…"
	}
	return s
}

// bodyText keeps the answer's lines but takes away what would start a new
// section or end the front matter of a topic file.
func bodyText(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		l = strings.TrimLeft(l, "#")
		if strings.TrimSpace(l) == "---" {
			l = ""
		}
		lines[i] = l
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// firstSentence is text up to its first question mark or full stop, when
// that leaves a title of some length.
func firstSentence(text string) string {
	if i := strings.IndexAny(text, "?.!"); i >= 15 {
		return text[:i+1]
	}
	return text
}

// capitalise puts the first letter of s in upper case.
func capitalise(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
