package reader

import (
	"strings"

	"github.com/yozuv/yozuv/internal/segment"
	"github.com/yozuv/yozuv/internal/translit"
)

// Script tags.
const (
	Cyrl = "uz-Cyrl"
	Latn = "uz-Latn"
)

// Other returns the script next to script: Latn for Cyrl and the reverse.
func Other(script string) string {
	if script == Latn {
		return Cyrl
	}
	return Latn
}

// Annotator converts text and says how sure it is of each word;
// *translit.Transliterator implements it.
type Annotator interface {
	Annotate(s string) []translit.Token
}

// Block is one block of the article a reader wraps, as the page has it.
type Block struct {
	Kind string // the element: h1…h6, p, li, blockquote, figcaption
	Text string // its text, white space collapsed
	Keep bool   // in another language: shown as written, never converted
}

// Token is a piece of a sentence: a word or the text between words.
type Token struct {
	In           string   // as the page writes it
	Out          string   // in the other script
	Word         int      // the word's index in the document, -1 for other tokens
	Sure         bool     // false when the converter guessed between spellings
	Alternatives []string // other spellings it considered, best first
}

// Sentence is one sentence of a paragraph, as segment.Sentences cuts it.
type Sentence struct {
	Tokens []Token
}

// Paragraph is one block of the document.
type Paragraph struct {
	Kind      string
	Keep      bool
	Sentences []Sentence
}

// Document is an article cut into paragraphs, sentences and words, each
// held in the page's script and in the other one. A Document is not
// changed after New and may be shared.
type Document struct {
	Script     string // the script the page is written in
	Paragraphs []Paragraph
	words      []wordAt
	sentences  int
}

type wordAt struct{ p, s, t int }

// New builds the document of blocks written in script, converting them to
// the other script with a.
func New(blocks []Block, script string, a Annotator) *Document {
	d := &Document{Script: script}
	for pi, b := range blocks {
		p := Paragraph{Kind: b.Kind, Keep: b.Keep}
		var toks []translit.Token
		if !b.Keep && a != nil {
			toks = a.Annotate(b.Text)
		} else {
			toks = plain(b.Text)
		}
		at, end := 0, 0 // byte offsets of the next token and of the sentence's end
		sents := segment.Sentences(b.Text)
		for si, s := range sents {
			end += len(s)
			sen := Sentence{}
			for len(toks) > 0 && (at < end || si == len(sents)-1) {
				t := toks[0]
				toks = toks[1:]
				tk := Token{In: t.In, Out: t.Out, Word: -1, Sure: t.Sure, Alternatives: t.Alternatives}
				if t.Kind == segment.Word && !b.Keep {
					tk.Word = len(d.words)
					d.words = append(d.words, wordAt{pi, len(p.Sentences), len(sen.Tokens)})
				}
				if b.Keep {
					tk.Out = tk.In
				}
				sen.Tokens = append(sen.Tokens, tk)
				at += len(t.In)
			}
			p.Sentences = append(p.Sentences, sen)
		}
		d.sentences += len(p.Sentences)
		d.Paragraphs = append(d.Paragraphs, p)
	}
	return d
}

// plain cuts text into tokens without converting it.
func plain(text string) []translit.Token {
	var toks []translit.Token
	for len(text) > 0 {
		tok, kind, rest := segment.First(text)
		toks = append(toks, translit.Token{In: tok, Kind: kind, Annotation: translit.Annotation{Out: tok, Sure: true}})
		text = rest
	}
	return toks
}

// Words returns the number of words the document converts.
func (d *Document) Words() int { return len(d.words) }

// Sentences returns the number of sentences.
func (d *Document) Sentences() int { return d.sentences }

// Word returns the word with index i.
func (d *Document) Word(i int) (Token, bool) {
	if i < 0 || i >= len(d.words) {
		return Token{}, false
	}
	w := d.words[i]
	return d.Paragraphs[w.p].Sentences[w.s].Tokens[w.t], true
}

// SentenceOf returns the sentence word i belongs to, in the page's script.
func (d *Document) SentenceOf(i int) string {
	if i < 0 || i >= len(d.words) {
		return ""
	}
	w := d.words[i]
	return d.Paragraphs[w.p].Sentences[w.s].Text(d.Script, d.Script)
}

// Next returns the index of the word delta words after word i, kept within
// the document; -1 when it has no words.
func (d *Document) Next(i, delta int) int {
	if len(d.words) == 0 {
		return -1
	}
	return min(max(i+delta, 0), len(d.words)-1)
}

// Text returns the token as it reads in script, for a document written in
// page.
func (t Token) Text(page, script string) string {
	if script == page {
		return t.In
	}
	return t.Out
}

// Text returns the sentence as it reads in script, for a document written
// in page.
func (s Sentence) Text(page, script string) string {
	var b strings.Builder
	for _, t := range s.Tokens {
		b.WriteString(t.Text(page, script))
	}
	return b.String()
}
