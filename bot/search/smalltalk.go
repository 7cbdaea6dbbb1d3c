package search

// Talk is the kind of small talk a message is, if any.
type Talk int

// The kinds of small talk. The zero value, NoTalk, is a real question.
const (
	NoTalk Talk = iota
	// Greeting: "hoi", "goedemorgen", "hello".
	Greeting
	// Thanks: "dank je", "top, bedankt", "thanks".
	Thanks
	// Meta: a question about the bot itself: "wat kun je", "wie ben jij",
	// "help me", "what can you do".
	Meta
)

// smallTalkWords are the words small talk is made of, by kind. A message
// is small talk when every word is one of these or filler; one word of
// substance ("school") makes it a question.
var smallTalkWords = map[string]Talk{
	"hoi": Greeting, "hallo": Greeting, "hai": Greeting, "hey": Greeting, "hi": Greeting, "hello": Greeting,
	"goedemorgen": Greeting, "goedemiddag": Greeting, "goedenavond": Greeting, "morgen": Greeting,
	"daar": Greeting, "there": Greeting, "good": Greeting, "morning": Greeting, "afternoon": Greeting, "evening": Greeting,
	"dag": Greeting, "yo": Greeting, "heey": Greeting, "hoii": Greeting,
	"dank": Thanks, "bedankt": Thanks, "dankjewel": Thanks, "dankuwel": Thanks, "thanks": Thanks, "thank": Thanks,
	"thx": Thanks, "tnx": Thanks, "merci": Thanks, "top": Thanks, "super": Thanks, "fijn": Thanks, "duidelijk": Thanks,
	"great": Thanks, "cool": Thanks, "ok": Thanks, "oke": Thanks, "okay": Thanks, "helder": Thanks, "perfect": Thanks,
	"wat": Meta, "kun": Meta, "kan": Meta, "kunt": Meta, "wie": Meta, "ben": Meta, "bent": Meta, "help": Meta,
	"helpen": Meta, "hulp": Meta, "what": Meta, "can": Meta, "who": Meta, "are": Meta, "do": Meta, "doe": Meta,
	"doen": Meta, "bot": Meta, "privacybot": Meta, "werkt": Meta, "werk": Meta, "how": Meta, "hoe": Meta, "work": Meta,
	"works": Meta, "uitleg": Meta, "weet": Meta, "know": Meta, "vragen": Meta, "stellen": Meta, "ask": Meta,
	"waarmee": Meta, "waarbij": Meta, "allemaal": Meta, "me": Meta, "mij": Meta,
}

// smallTalkFiller are words that may stand in small talk without
// deciding its kind.
var smallTalkFiller = map[string]bool{
	"je": true, "jij": true, "jou": true, "u": true, "you": true, "ik": true, "i": true, "je.": true,
	"wel": true, "eigenlijk": true, "nog": true, "even": true, "zo": true, "voor": true, "for": true, "is": true,
	"dit": true, "this": true, "het": true, "de": true, "a": true, "an": true, "the": true, "it": true,
	"well": true, "very": true, "much": true, "zeer": true, "erg": true, "heel": true, "nou": true, "ja": true,
	"yes": true, "allen": true, "all": true, "wil": true, "want": true, "to": true, "met": true, "with": true,
	"mee": true, "daarmee": true, "lot": true, "veel": true, "beste": true, "dear": true, "welke": true, "which": true, "er": true,
}

// SmallTalk reports whether message is small talk rather than a question
// about the guideline, and of which kind. Thanks wins over a greeting,
// and a question about the bot over both ("hoi, wat kun je?").
func SmallTalk(message string) Talk {
	words := tokenize(truncate(message, 200))
	if len(words) == 0 || len(words) > 8 {
		return NoTalk
	}
	kind := NoTalk
	metaWords := 0
	for _, w := range words {
		k, ok := smallTalkWords[w]
		switch {
		case ok:
			if k == Meta {
				metaWords++
			}
			kind = max(kind, k)
		case smallTalkFiller[w]:
		default:
			return NoTalk
		}
	}
	// "wat" or "hoe" alone is no question about the bot; two of its
	// words are ("wat kun je", "help me").
	if kind == Meta && metaWords < 2 && !(len(words) == 1 && (words[0] == "help" || words[0] == "hulp")) {
		for _, w := range words {
			if smallTalkWords[w] == Greeting || smallTalkWords[w] == Thanks {
				return max(Greeting, smallTalkWords[w])
			}
		}
		return NoTalk
	}
	return kind
}
