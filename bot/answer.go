package bot

import (
	"regexp"
	"strings"

	"privacybot/bot/search"
	"privacybot/flows"
	"privacybot/lang"
)

// Answer is the bot's answer to one question, as `privacybot ask --json`
// prints it and as the chat renders it.
type Answer struct {
	// Topic is the topic's stable ID, or "" when the question is not
	// answered from the guideline.
	Topic string `json:"topic"`
	Title string `json:"title"`
	// Answer is the full text shown to the user.
	Answer string `json:"answer"`
	// Sources are the guideline paragraphs cited: "§2.4", "Voorwoord".
	Sources []string `json:"sources"`
	// Laws are the articles cited: "Jeugdwet art. 7.3.11".
	Laws       []string `json:"laws"`
	Confidence float64  `json:"confidence"`
	// Alternatives are other likely topics, best first.
	Alternatives []Alternative `json:"alternatives"`
	Lang         lang.Lang     `json:"lang"`
	// Flow is the decision flow offered under the answer ("stappenplan
	// ontvanger=school"), with what the question already says filled in,
	// or "".
	Flow string `json:"flow,omitempty"`
	// Situation is the ID of the situation line that opens the answer
	// (flows/content/situations.md), or "".
	Situation string `json:"situation,omitempty"`
	ValidAsOf string `json:"valid_as_of,omitempty"`
	// Suggest reports that the bot was not sure: Answer asks which of the
	// Alternatives was meant.
	Suggest bool `json:"suggest,omitempty"`
	// Talk marks small talk: "greeting" and "meta" ("hoi, wat kun je?")
	// get a short reply followed by what the bot can do, "thanks" and
	// "vote" (a + or - with no answer to vote on) the short reply only;
	// "" for a question.
	Talk string `json:"talk,omitempty"`
}

// Alternative names another likely topic.
type Alternative struct {
	Topic string `json:"topic"`
	Title string `json:"title"`
}

// Answerer answers questions from the guideline's topics. It is safe for
// concurrent use.
type Answerer struct {
	index  *search.Index
	topics map[string]*flows.Topic
	// municipalities are the records the municipal practice is read from.
	municipalities flows.MunicipalityRecords
}

// NewAnswerer indexes topics for answering.
func NewAnswerer(topics []flows.Topic) *Answerer {
	a := &Answerer{index: search.New(topics), topics: make(map[string]*flows.Topic, len(topics)), municipalities: flows.EmbeddedMunicipalities()}
	for i := range topics {
		a.topics[topics[i].ID] = &topics[i]
	}
	return a
}

// Municipalities returns the municipality records the answerer reads.
func (a *Answerer) Municipalities() flows.MunicipalityRecords { return a.municipalities }

// WithMunicipalities makes the answerer read each municipality's practice
// and privacy officer from ms instead of the built-in records, and
// returns it.
func (a *Answerer) WithMunicipalities(ms flows.MunicipalityRecords) *Answerer {
	a.municipalities = ms
	return a
}

// Topics returns every topic, in no particular order.
func (a *Answerer) Topics() []*flows.Topic {
	out := make([]*flows.Topic, 0, len(a.topics))
	for _, t := range a.topics {
		out = append(out, t)
	}
	return out
}

// Topic returns the topic with the given ID, or nil.
func (a *Answerer) Topic(id string) *flows.Topic { return a.topics[id] }

// Ask answers question. lang forces the answer's language; "" answers in
// the question's own language. m is the user's municipality, or "" when
// unknown: it selects the municipal nuance and the privacy officer named;
// a municipality the question names wins. When the question states the
// facts a rule turns on (age, who asks, recipient, consent, acute
// danger), the answer opens with the sentence for that situation and its
// flow starts with those facts filled in.
func (a *Answerer) Ask(question string, lng lang.Lang, m flows.Municipality) Answer {
	res := a.index.Search(question)
	if lng == "" {
		lng = res.Lang
	}
	if q := strings.TrimSpace(question); q == "+" || q == "-" {
		return Answer{Lang: lng, Talk: "vote", Sources: []string{}, Laws: []string{}, Alternatives: []Alternative{},
			Answer: lang.T("Onder elk antwoord kun je met + of - laten weten of het hielp. Stel eerst je vraag.",
				"Under every answer you can type + or - to say whether it helped. Ask your question first.").In(lng)}
	}
	if talk := search.SmallTalk(question); talk != search.NoTalk {
		return a.smallTalkAnswer(talk, lng, m)
	}
	ans := Answer{Lang: lng, Confidence: res.Confidence, Sources: []string{}, Laws: []string{}, Alternatives: []Alternative{}}
	sit := res.Situation
	if sit.Municipality != "" {
		m = sit.Municipality
	}
	switch res.Decision {
	case search.Answer:
		t := res.Hits[0].Topic
		ans.Topic, ans.Title = t.ID, t.Title.In(lng)
		ans.Answer = a.RenderTopic(t, lng, m)
		ans.Sources, ans.Laws = nonNil(t.Sources), nonNil(t.Laws)
		if l := flows.MatchSituation(sit.Pairs(), t.ID); l != nil {
			ans.Situation = l.ID
			ans.Answer = situationFirst(ans.Answer, l, lng)
		}
		ans.Flow, ans.ValidAsOf = situatedFlow(FlowSpec(t), sit), t.ValidAsOf
		ans.Alternatives = alternatives(res.Hits[1:], lng, 2)
	case search.Suggest:
		ans.Suggest = true
		ans.Title = lang.T("Welk onderwerp bedoel je?", "Which topic do you mean?").In(lng)
		ans.Alternatives = alternatives(res.Hits, lng, 3)
		ans.Answer = suggestPrompt(len(ans.Alternatives)).In(lng)
	default:
		ans.Title = lang.T("Buiten de handreiking", "Outside the guideline").In(lng)
		ans.Answer = a.Fallback(lng, m)
		ans.Sources = []string{"Voorwoord"}
	}
	return ans
}

// suggestPrompt is the question above n offered topics: one topic is
// offered as "this", several as "one of these".
func suggestPrompt(n int) lang.Text {
	if n == 1 {
		return lang.T("Ik weet niet zeker wat je bedoelt. Gaat het hierover?", "I'm not sure what you mean. Is it about this?")
	}
	return lang.T("Ik weet niet zeker wat je bedoelt. Gaat het over een van deze onderwerpen?", "I'm not sure what you mean. Is it one of these topics?")
}

// smallTalkAnswer answers a greeting, thanks or a question about the bot
// with a short reply that leads to what the bot does.
func (a *Answerer) smallTalkAnswer(talk search.Talk, l lang.Lang, m flows.Municipality) Answer {
	ans := Answer{Lang: l, Sources: []string{}, Laws: []string{}, Alternatives: []Alternative{}}
	ans.Title = lang.T("privacybot", "privacybot").In(l)
	switch talk {
	case search.Thanks:
		ans.Talk = "thanks"
		ans.Answer = lang.T("Graag gedaan. Nog een vraag? Typ hem gewoon.", "You're welcome. Another question? Just type it.").In(l)
	case search.Greeting:
		ans.Talk = "greeting"
		ans.Answer = lang.T("Hoi! Stel je privacyvraag in je eigen woorden.", "Hi! Ask your privacy question in your own words.").In(l)
	default:
		ans.Talk = "meta"
		ans.Answer = lang.T(
			"Ik ben privacybot: ik beantwoord vragen over het delen van cliëntgegevens in het jeugddomein, volgens de handreiking.",
			"I'm privacybot: I answer questions about sharing client data in youth care, following the guideline.").In(l)
	}
	if m != "" {
		ans.Answer += " " + lang.T("Je gemeente staat op ", "Your municipality is set to ").In(l) + a.municipalities.Name(m) + "."
	}
	return ans
}

func alternatives(hits []search.Hit, lang lang.Lang, max int) []Alternative {
	out := []Alternative{}
	for _, h := range hits {
		if len(out) == max {
			break
		}
		out = append(out, Alternative{Topic: h.Topic.ID, Title: h.Topic.Title.In(lang)})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// FlowSpec writes the flow a topic offers, with its presets, as a start
// button carries it: "stappenplan ontvanger=school"; "" when none.
func FlowSpec(t *flows.Topic) string {
	if t.Flow == "" {
		return ""
	}
	parts := []string{t.Flow}
	for _, p := range t.FlowPresets {
		parts = append(parts, p.Step+"="+p.Value)
	}
	return strings.Join(parts, " ")
}

// Fallback is what the bot says when a question is outside the guideline:
// it says so plainly and names the privacy officer (FG) to ask: that of m,
// or every municipality's when m has no record.
func (a *Answerer) Fallback(l lang.Lang, m flows.Municipality) string {
	var b strings.Builder
	b.WriteString(lang.T(
		"Daar geeft de handreiking geen antwoord op, en ik ga niet gokken. Ik help bij vragen over gegevens van cliënten. Is het wel zo'n vraag?",
		"The guideline does not answer that, and I won't guess. I help with questions about clients' data. Is it such a question?").In(l))
	b.WriteString(" ")
	if r, ok := a.municipalities.Get(m); ok {
		b.WriteString(lang.T("Stel hem dan aan de privacy officer (FG) van ", "Then ask the privacy officer (FG) of ").In(l))
		b.WriteString(r.Name + ": " + r.PrivacyOfficer + ".")
	} else {
		all := make([]string, len(a.municipalities))
		for i, r := range a.municipalities {
			all[i] = r.Name + " " + r.PrivacyOfficer
		}
		b.WriteString(lang.T("Stel hem dan aan de privacy officer (FG) van je gemeente: ", "Then ask your municipality's privacy officer (FG): ").In(l))
		b.WriteString(strings.Join(all, ", ") + ".")
	}
	b.WriteString("\n")
	b.WriteString(lang.T(
		"Typ `help` om te zien waar ik wel mee help.",
		"Type `help` to see what I can help with.").In(l))
	return b.String()
}

// RenderTopic writes a topic as the bot shows it: the title, the short
// answer first, the details, what changed in the law since the guideline,
// the municipality's practice when it matters, then the sources and the
// date from which the text is valid.
func (a *Answerer) RenderTopic(t *flows.Topic, l lang.Lang, m flows.Municipality) string {
	var b strings.Builder
	b.WriteString("*" + t.Title.In(l) + "*\n")
	b.WriteString(t.Short.In(l))
	if d := t.Details.In(l); d != "" {
		b.WriteString("\n\n" + d)
	}
	if c := t.Change.In(l); c != "" {
		b.WriteString("\n\n*" + lang.T("Gewijzigd sinds de handreiking", "Changed since the guideline").In(l) + ":* " + c)
	}
	if p := a.municipalPractice(t, m, l); p != "" {
		b.WriteString("\n\n" + p)
	}
	b.WriteString("\n\n" + sourceLine(t.Sources, t.Laws, l))
	if t.ValidAsOf != "" {
		b.WriteString("\n" + lang.T("Geldig vanaf ", "Valid as of ").In(l) + displayDate(t.ValidAsOf, l))
	}
	return b.String()
}

// citesMunicipalRule reports whether the topic rests on §1.3 or §2.4, where
// the municipalities' practice differs.
func citesMunicipalRule(t *flows.Topic) bool {
	for _, s := range t.Sources {
		if s == "§1.3" || s == "§2.4" {
			return true
		}
	}
	return false
}

// municipalPractice is m's practice, in the words of its record, for a
// topic that rests on the municipal rule; "" when m has no record, the
// topic does not rest on the rule, or its text already states m's practice
// (a sentence of it names m and cites §1.3), so that it is not said twice.
func (a *Answerer) municipalPractice(t *flows.Topic, m flows.Municipality, l lang.Lang) string {
	r, ok := a.municipalities.Get(m)
	if !ok || !citesMunicipalRule(t) {
		return ""
	}
	if statesPractice(t.Short.In(l)+"\n"+t.Details.In(l)+"\n"+t.Change.In(l), r.Name) {
		return ""
	}
	if t.ID == "medebehandelaar" {
		return r.CoTreating.In(l)
	}
	return r.Practice.In(l)
}

var sentenceEnd = regexp.MustCompile(`[.?!](?:\s|$)|\n`)

// statesPractice reports whether a sentence of text names the
// municipality and cites §1.3, the paragraph on the municipal practice.
func statesPractice(text, name string) bool {
	for _, sentence := range sentenceEnd.Split(text, -1) {
		if strings.Contains(sentence, name) && strings.Contains(sentence, "§1.3") {
			return true
		}
	}
	return false
}

// sourceLine cites the guideline paragraphs and the law.
func sourceLine(sources, laws []string, l lang.Lang) string {
	line := lang.T("Bron: handreiking ", "Source: guideline ").In(l) + strings.Join(sources, ", ")
	if len(laws) > 0 {
		line += " · " + strings.Join(laws, ", ")
	}
	return line
}

// displayDate turns YYYY-MM-DD into the way the language writes dates.
func displayDate(iso string, l lang.Lang) string {
	if l == lang.EN || len(iso) != 10 {
		return iso
	}
	return iso[8:10] + "-" + iso[5:7] + "-" + iso[0:4]
}
