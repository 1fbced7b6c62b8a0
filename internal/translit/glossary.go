package translit

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Glossary limits.
const (
	MaxGlossaryBytes   = 1 << 20 // the largest glossary file accepted
	MaxGlossaryEntries = 20000
	MaxGlossaryWord    = 64 // bytes per word
)

// A Glossary holds a publisher's own words: names of people, places and
// brands with their spelling in each script, and words to keep as they are
// written. Schemes consult it before their built-in lexicon. A word matches
// on its own or, unless the entry is Exact, followed by suffixes
// (Шавкатнинг → Shavkatning).
//
// The file format is JSON:
//
//	{
//	  "words": [
//	    {"uz-Cyrl": "Шавкат", "uz-Latn": "Shavkat"},
//	    {"uz-Cyrl": "Кун", "uz-Latn": "Kun", "exact": true},
//	    {"keep": "Kazinform"}
//	  ]
//	}
//
// Each entry gives the word in two or more scripts, keyed by BCP 47 tag,
// or one word to keep in every script. Words are single words: letters
// with inner apostrophes or hyphens, at most 64 bytes.
type Glossary struct {
	entries []GlossaryEntry
}

// GlossaryEntry is one word of a Glossary.
type GlossaryEntry struct {
	Forms map[string]string // the word's spelling in each script, by tag
	Keep  string            // a word kept as written, in every script
	Exact bool              // match the whole word only, never with suffixes
	Line  int               // the line of the file the entry starts on
}

// Entries returns the glossary's entries in file order.
func (g *Glossary) Entries() []GlossaryEntry {
	if g == nil {
		return nil
	}
	return g.entries
}

// Len returns the number of entries.
func (g *Glossary) Len() int { return len(g.Entries()) }

// GlossaryError reports what is wrong with a glossary file and where.
type GlossaryError struct {
	Line  int // 1-based line of the file
	Entry int // 1-based entry number, 0 if the error is not in an entry
	Msg   string
}

func (e *GlossaryError) Error() string {
	s := "glossary: line " + strconv.Itoa(e.Line)
	if e.Entry > 0 {
		s += ", entry " + strconv.Itoa(e.Entry)
	}
	return s + ": " + e.Msg
}

// NewGlossary checks entries and returns a Glossary holding them.
func NewGlossary(entries []GlossaryEntry) (*Glossary, error) {
	if len(entries) > MaxGlossaryEntries {
		return nil, &GlossaryError{Line: 1, Msg: "more than " + strconv.Itoa(MaxGlossaryEntries) + " entries"}
	}
	for i, e := range entries {
		if err := checkEntry(e); err != "" {
			return nil, &GlossaryError{Line: e.Line, Entry: i + 1, Msg: err}
		}
	}
	return &Glossary{entries: entries}, nil
}

func checkEntry(e GlossaryEntry) string {
	if e.Keep != "" {
		if len(e.Forms) > 0 {
			return `"keep" cannot be given with spellings`
		}
		return checkWord(e.Keep)
	}
	if len(e.Forms) < 2 {
		return `want "keep" or spellings in at least two scripts, such as "uz-Cyrl" and "uz-Latn"`
	}
	for tag, w := range e.Forms {
		if m := checkWord(w); m != "" {
			return quote(tag) + ": " + m
		}
	}
	return ""
}

func checkWord(w string) string {
	switch {
	case w == "":
		return "empty word"
	case len(w) > MaxGlossaryWord:
		return "word longer than " + strconv.Itoa(MaxGlossaryWord) + " bytes"
	case !utf8.ValidString(w):
		return "word is not valid UTF-8"
	case strings.ContainsAny(w, " \t\r\n\u00a0"):
		return quote(w) + " is more than one word"
	}
	return ""
}

// ParseGlossary reads a glossary file in the JSON format shown on
// Glossary. Errors name the line and entry at fault.
func ParseGlossary(data []byte) (*Glossary, error) {
	if len(data) > MaxGlossaryBytes {
		return nil, &GlossaryError{Line: 1, Msg: "file larger than " + strconv.Itoa(MaxGlossaryBytes>>10) + " KiB"}
	}
	p := &jsonReader{s: string(data), line: 1}
	entries, err := p.glossary()
	if err != nil {
		return nil, err
	}
	return NewGlossary(entries)
}

// jsonReader reads the small subset of JSON a glossary needs — objects,
// arrays, strings, true, false — and knows its line. Other JSON values are
// read and rejected where they are not expected.
type jsonReader struct {
	s     string
	i     int
	line  int
	entry int
}

func (p *jsonReader) fail(msg string) error {
	return &GlossaryError{Line: p.line, Entry: p.entry, Msg: msg}
}

func (p *jsonReader) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case '\n':
			p.line++
		case ' ', '\t', '\r':
		default:
			return
		}
		p.i++
	}
}

func (p *jsonReader) peek() byte {
	p.space()
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *jsonReader) expect(c byte) error {
	if p.peek() != c {
		return p.fail("want '" + string(rune(c)) + "', found " + p.found())
	}
	p.i++
	return nil
}

func (p *jsonReader) found() string {
	if p.i >= len(p.s) {
		return "end of file"
	}
	r, _ := utf8.DecodeRuneInString(p.s[p.i:])
	if r < ' ' {
		return "a control character"
	}
	return "'" + string(r) + "'"
}

func (p *jsonReader) str() (string, error) {
	if p.peek() != '"' {
		return "", p.fail("want a string, found " + p.found())
	}
	p.i++
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", p.fail("unfinished escape")
			}
			p.i += 2
			switch e := p.s[p.i-1]; e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'n', 't', 'r', 'b', 'f':
				return "", p.fail("control character in a word")
			case 'u':
				if p.i+4 > len(p.s) {
					return "", p.fail("short \\u escape")
				}
				n, ok := hex4(p.s[p.i : p.i+4])
				if !ok {
					return "", p.fail("bad \\u escape")
				}
				p.i += 4
				r := rune(n)
				if 0xd800 <= r && r < 0xdc00 && strings.HasPrefix(p.s[p.i:], "\\u") && p.i+6 <= len(p.s) {
					if lo, ok := hex4(p.s[p.i+2 : p.i+6]); ok && 0xdc00 <= lo && lo < 0xe000 {
						r = 0x10000 + (r-0xd800)<<10 + rune(lo-0xdc00)
						p.i += 6
					}
				}
				b.WriteRune(r)
			default:
				return "", p.fail("bad escape \\" + string(e))
			}
		case c < 0x20:
			return "", p.fail("unfinished string")
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	return "", p.fail("unfinished string")
}

// hex4 reads four hexadecimal digits.
func hex4(s string) (rune, bool) {
	var n rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c|0x20 && c|0x20 <= 'f':
			c = c | 0x20 - 'a' + 10
		default:
			return 0, false
		}
		n = n<<4 | rune(c)
	}
	return n, true
}

// object calls field for each member of an object.
func (p *jsonReader) object(field func(key string) error) error {
	if err := p.expect('{'); err != nil {
		return err
	}
	if p.peek() == '}' {
		p.i++
		return nil
	}
	for {
		k, err := p.str()
		if err != nil {
			return err
		}
		if err := p.expect(':'); err != nil {
			return err
		}
		if err := field(k); err != nil {
			return err
		}
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.fail("want ',' or '}', found " + p.found())
		}
	}
}

func (p *jsonReader) boolean() (bool, error) {
	p.space()
	switch {
	case strings.HasPrefix(p.s[p.i:], "true"):
		p.i += 4
		return true, nil
	case strings.HasPrefix(p.s[p.i:], "false"):
		p.i += 5
		return false, nil
	}
	return false, p.fail("want true or false, found " + p.found())
}

func (p *jsonReader) glossary() ([]GlossaryEntry, error) {
	var entries []GlossaryEntry
	seen := false
	err := p.object(func(key string) error {
		if key != "words" {
			return p.fail("unknown field " + quote(key) + " (want \"words\")")
		}
		seen = true
		if err := p.expect('['); err != nil {
			return err
		}
		if p.peek() == ']' {
			p.i++
			return nil
		}
		for {
			p.entry = len(entries) + 1
			if p.entry > MaxGlossaryEntries {
				return p.fail("more than " + strconv.Itoa(MaxGlossaryEntries) + " entries")
			}
			p.peek()
			e := GlossaryEntry{Line: p.line}
			err := p.object(func(k string) error {
				var err error
				switch {
				case k == "keep":
					e.Keep, err = p.str()
				case k == "exact":
					e.Exact, err = p.boolean()
				case isTag(k):
					var w string
					if w, err = p.str(); err == nil {
						if e.Forms == nil {
							e.Forms = map[string]string{}
						}
						if _, dup := e.Forms[k]; dup {
							return p.fail(quote(k) + " given twice")
						}
						e.Forms[k] = w
					}
				default:
					err = p.fail("unknown field " + quote(k) + ` (want a script tag such as "uz-Latn", "keep" or "exact")`)
				}
				return err
			})
			if err != nil {
				return err
			}
			if m := checkEntry(e); m != "" {
				return &GlossaryError{Line: e.Line, Entry: p.entry, Msg: m}
			}
			entries = append(entries, e)
			switch p.peek() {
			case ',':
				p.i++
			case ']':
				p.i++
				p.entry = 0
				return nil
			default:
				return p.fail("want ',' or ']', found " + p.found())
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if p.peek() != 0 {
		return nil, p.fail("unexpected " + p.found() + " after the glossary")
	}
	if !seen {
		return nil, &GlossaryError{Line: 1, Msg: `no "words" list`}
	}
	return entries, nil
}

// isTag reports whether k looks like a BCP 47 language-script tag (uz-Latn).
func isTag(k string) bool {
	lang, script, ok := strings.Cut(k, "-")
	if !ok || len(lang) < 2 || len(lang) > 3 || len(script) != 4 {
		return false
	}
	for i := 0; i < len(lang); i++ {
		if lang[i] < 'a' || lang[i] > 'z' {
			return false
		}
	}
	return 'A' <= script[0] && script[0] <= 'Z'
}
