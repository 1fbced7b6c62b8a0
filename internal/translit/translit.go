package translit

import (
	"errors"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/yozuv/yozuv/internal/segment"
	"golang.org/x/text/transform"
)

// Apostrophe selects how a Latin output writes the letters oʻ and gʻ and the
// tutuq (the glottal stop).
type Apostrophe uint8

// Apostrophe styles.
const (
	Modifier    Apostrophe = iota // oʻ gʻ with U+02BB, tutuq U+02BC: the official forms
	ASCII                         // o' g' and ' for the tutuq
	Typographic                   // o‘ g‘ with U+2018, tutuq U+2019, as many newsrooms type them
)

// ParseApostrophe returns the style named modifier, ascii or typographic.
func ParseApostrophe(name string) (Apostrophe, error) {
	switch name {
	case "modifier", "":
		return Modifier, nil
	case "ascii":
		return ASCII, nil
	case "typographic":
		return Typographic, nil
	}
	return 0, errors.New("translit: unknown apostrophe style " + quote(name) + " (want modifier, ascii or typographic)")
}

// String returns the style's name as ParseApostrophe accepts it.
func (a Apostrophe) String() string {
	switch a {
	case ASCII:
		return "ascii"
	case Typographic:
		return "typographic"
	}
	return "modifier"
}

// Marks returns the two marks of the style: the one after o and g, and the
// tutuq.
func (a Apostrophe) Marks() (okina, tutuq string) {
	switch a {
	case ASCII:
		return "'", "'"
	case Typographic:
		return "\u2018", "\u2019"
	}
	return "\u02bb", "\u02bc"
}

// Options configure a Transliterator.
type Options struct {
	// Apostrophe is the style of oʻ, gʻ and the tutuq in Latin output.
	Apostrophe Apostrophe
	// Glossary, if not nil, holds a publisher's own words, consulted
	// before the built-in lexicon.
	Glossary *Glossary
}

// Context carries what a Scheme may know about a word's surroundings.
type Context struct {
	line string // the line the word is on
	caps int8   // 0 unknown, 1 yes, -1 no
}

// NewContext returns the context of words on the given line.
func NewContext(line string) *Context { return &Context{line: line} }

// Caps reports whether the line around the word is set in capitals, so a
// word in capitals is a word, not an acronym. It is worked out on first use.
func (c *Context) Caps() bool {
	if c.caps == 0 {
		c.caps = -1
		if capsLine(c.line) {
			c.caps = 1
		}
	}
	return c.caps > 0
}

// A Scheme converts single words from one script to another. Words reach
// it as segment.First cuts them: letters of any script, with inner
// apostrophes and transparent runes.
type Scheme interface {
	// AppendWord appends the conversion of word to dst and returns it.
	// Every transparent rune of word (segment.IsTransparent) must appear in
	// the output, in order.
	AppendWord(dst []byte, word string, ctx *Context) []byte
}

// FastAppender is implemented by schemes that can convert plain running
// text without the tokenizer. AppendFast converts a prefix of s made of
// words and separators it is sure about and returns how many bytes it
// consumed; it stops before anything else (a URL, a number glued to
// letters, a word it needs context for) and the engine converts that one
// token the slow way. Its output must equal the slow path's byte for byte.
type FastAppender interface {
	AppendFast(dst []byte, s string) ([]byte, int)
}

// Annotator is implemented by schemes that can say how sure they are of a
// word's conversion.
type Annotator interface {
	// Annotate returns the conversion of word with its certainty and, when
	// uncertain, the other spellings it considered.
	Annotate(word string, ctx *Context) Annotation
}

// Annotation describes how one word was converted.
type Annotation struct {
	Out          string   // the conversion chosen
	Sure         bool     // false when a rule guessed between spellings
	Why          string   // for an unsure word, what made it unsure
	Alternatives []string // other plausible spellings, best first
}

// Factory makes a scheme for the given options.
type Factory func(Options) Scheme

type pair struct{ from, to string }

var (
	regMu    sync.RWMutex
	registry = map[pair]Factory{}
)

// Register makes a scheme available under a pair of BCP 47 tags such as
// uz-Cyrl and uz-Latn. It panics if the pair is registered twice.
func Register(from, to string, f Factory) {
	regMu.Lock()
	defer regMu.Unlock()
	p := pair{from, to}
	if _, dup := registry[p]; dup {
		panic("translit: Register called twice for " + from + " → " + to)
	}
	registry[p] = f
}

// Pairs lists the registered conversions as "from→to", sorted.
func Pairs() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	var out []string
	for p := range registry {
		out = append(out, p.from+"→"+p.to)
	}
	// Insertion sort: there are a handful of pairs, and the sort package
	// would add its code to every WebAssembly build.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// ErrUnknownPair is returned by New for a pair of scripts with no scheme.
var ErrUnknownPair = errors.New("translit: no scheme for this pair of scripts")

// New returns a Transliterator from one script to another, named by BCP 47
// tags (uz-Cyrl, uz-Latn). Converting a script to itself gives a
// Transliterator that copies its input.
func New(from, to string, opts Options) (*Transliterator, error) {
	if from == to {
		return &Transliterator{from: from, to: to}, nil
	}
	regMu.RLock()
	f := registry[pair{from, to}]
	regMu.RUnlock()
	if f == nil {
		return nil, &PairError{From: from, To: to}
	}
	return &Transliterator{from: from, to: to, scheme: f(opts)}, nil
}

// PairError reports a pair of scripts with no scheme.
type PairError struct{ From, To string }

func (e *PairError) Error() string {
	return "translit: no scheme converts " + quote(e.From) + " to " + quote(e.To)
}

// Unwrap lets errors.Is match ErrUnknownPair.
func (e *PairError) Unwrap() error { return ErrUnknownPair }

func quote(s string) string { return "\"" + s + "\"" }

// A Transliterator converts text from one script to another. It implements
// transform.SpanningTransformer, so transform.NewReader, NewWriter, String
// and Chain work with it. A Transliterator keeps no state between calls
// except scratch space: Reset is a no-op, and it may be used by one
// goroutine at a time (use one per goroutine).
type Transliterator struct {
	from, to string
	scheme   Scheme
	scratch  []byte
}

// From returns the source script's tag.
func (t *Transliterator) From() string { return t.from }

// To returns the target script's tag.
func (t *Transliterator) To() string { return t.to }

// Reset implements transform.Transformer. A Transliterator carries no
// state from one call to the next, so Reset does nothing.
func (t *Transliterator) Reset() {}

// String returns s converted.
func (t *Transliterator) String(s string) string {
	if t.scheme == nil {
		return s
	}
	out := t.AppendString(make([]byte, 0, len(s)+len(s)/4), s)
	if len(out) == len(s) && string(out) == s {
		return s
	}
	return string(out)
}

// Bytes returns b converted, in a new slice.
func (t *Transliterator) Bytes(b []byte) []byte {
	return t.Append(make([]byte, 0, len(b)+len(b)/4), b)
}

// Append appends the conversion of src to dst and returns the result.
func (t *Transliterator) Append(dst, src []byte) []byte {
	return t.AppendString(dst, unsafe.String(unsafe.SliceData(src), len(src)))
}

// AppendString appends the conversion of s to dst and returns the result.
// Invalid UTF-8 passes through byte for byte.
func (t *Transliterator) AppendString(dst []byte, s string) []byte {
	if t.scheme == nil {
		return append(dst, s...)
	}
	for len(s) > 0 {
		line, rest := cutLine(s)
		dst = t.appendLine(dst, line)
		s = rest
	}
	return dst
}

// cutLine splits s after its first hard boundary.
func cutLine(s string) (line, rest string) {
	end := len(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		end = i + 1
	}
	if i := strings.IndexByte(s[:end], 0x1e); i >= 0 {
		end = i + 1
	}
	return s[:end], s[end:]
}

// appendLine converts text that holds at most one hard boundary, at its end.
func (t *Transliterator) appendLine(dst []byte, s string) []byte {
	ctx := Context{line: s}
	fast, _ := t.scheme.(FastAppender)
	for len(s) > 0 {
		if fast != nil {
			var n int
			dst, n = fast.AppendFast(dst, s)
			if s = s[n:]; s == "" {
				break
			}
		}
		tok, kind, rest := segment.First(s)
		if kind == segment.Word {
			dst = t.scheme.AppendWord(dst, tok, &ctx)
		} else {
			dst = append(dst, tok...)
		}
		s = rest
	}
	return dst
}

// capsLine reports whether a line is set in capitals: at least two words of
// two or more capital letters, and capitals outnumbering small letters nine
// to one.
func capsLine(s string) bool {
	upper, lower, capsWords := 0, 0, 0
	run, runUpper := 0, true
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		n := 1
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s):
			r, n = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case isUpper(r):
			upper++
			run++
		case isLower(r):
			lower++
			run++
			runUpper = false
		case segment.IsApostrophe(r) || segment.IsTransparent(r):
		default:
			if run >= 2 && runUpper {
				capsWords++
			}
			run, runUpper = 0, true
		}
	}
	if run >= 2 && runUpper {
		capsWords++
	}
	return capsWords >= 2 && upper >= 9*lower
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	if 0x0400 <= r && r <= 0x042f {
		return true
	}
	if 0x0460 <= r && r <= 0x04ff {
		return r&1 == 0
	}
	return false
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	if 0x0430 <= r && r <= 0x045f {
		return true
	}
	if 0x0460 <= r && r <= 0x04ff {
		return r&1 == 1
	}
	return false
}

// maxWord bounds how far Transform looks for a place to cut its input.
// Beyond it a run without a space is cut anyway, between runes.
const maxWord = 256

// Transform implements transform.Transformer. It converts src up to the
// last place where the text may be cut without changing the result (a
// line break, else a space) and asks for more input with ErrShortSrc when
// there is none. A word is never split unless it is longer than maxWord
// bytes.
func (t *Transliterator) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	s := unsafe.String(unsafe.SliceData(src), len(src))
	n := len(s)
	if !atEOF {
		n = safeCut(s)
		if n == 0 {
			return 0, 0, transform.ErrShortSrc
		}
	}
	if t.scheme == nil {
		nDst = copy(dst, src[:n])
		if nDst < n {
			return nDst, nDst, transform.ErrShortDst
		}
		return nDst, n, nil
	}
	// Convert token by token into scratch, stopping once dst would
	// overflow. The caps context is taken from the whole chunk.
	for nSrc < n {
		line, _ := cutLine(s[nSrc:n])
		ctx := Context{line: line}
		for len(line) > 0 {
			tok, kind, rest := segment.First(line)
			out := t.scratch[:0]
			if kind == segment.Word {
				out = t.scheme.AppendWord(out, tok, &ctx)
			} else {
				out = append(out, tok...)
			}
			t.scratch = out
			if nDst+len(out) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], out)
			nSrc += len(tok)
			line = rest
		}
	}
	if !atEOF && n < len(s) {
		return nDst, nSrc, transform.ErrShortSrc
	}
	return nDst, nSrc, nil
}

// safeCut returns the length of the longest prefix of s that ends where the
// text may be cut: after a hard boundary, else after white space, else, for
// a run longer than maxWord, at a rune boundary.
func safeCut(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '\n' || s[i] == 0x1e {
			return i + 1
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' || s[i] == '\t' {
			return i + 1
		}
	}
	if len(s) < maxWord {
		return 0
	}
	// Cut at a rune boundary, leaving the last (possibly partial) rune.
	i := len(s) - 1
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that conversion leaves unchanged.
func (t *Transliterator) Span(src []byte, atEOF bool) (n int, err error) {
	if t.scheme == nil {
		return len(src), nil
	}
	s := unsafe.String(unsafe.SliceData(src), len(src))
	end := len(s)
	if !atEOF {
		end = safeCut(s)
	}
	for n < end {
		line, _ := cutLine(s[n:end])
		ctx := Context{line: line}
		for len(line) > 0 {
			tok, kind, rest := segment.First(line)
			if kind == segment.Word {
				t.scratch = t.scheme.AppendWord(t.scratch[:0], tok, &ctx)
				if string(t.scratch) != tok {
					return n, transform.ErrEndOfSpan
				}
			}
			n += len(tok)
			line = rest
		}
	}
	if n < len(s) {
		return n, transform.ErrShortSrc
	}
	return n, nil
}

// Annotate converts s and describes each word's conversion. Tokens that are
// not words come back with Kind set and Out equal to the input.
func (t *Transliterator) Annotate(s string) []Token {
	var toks []Token
	an, _ := t.scheme.(Annotator)
	for len(s) > 0 {
		line, rest := cutLine(s)
		ctx := Context{line: line}
		for len(line) > 0 {
			tok, kind, r := segment.First(line)
			tk := Token{In: tok, Kind: kind, Annotation: Annotation{Out: tok, Sure: true}}
			if kind == segment.Word && t.scheme != nil {
				if an != nil {
					tk.Annotation = an.Annotate(tok, &ctx)
				} else {
					tk.Out = string(t.scheme.AppendWord(nil, tok, &ctx))
				}
			}
			toks = append(toks, tk)
			line = r
		}
		s = rest
	}
	return toks
}

// Token is one segment of an annotated text.
type Token struct {
	In   string
	Kind segment.Kind
	Annotation
}
