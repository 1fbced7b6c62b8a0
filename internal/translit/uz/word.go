package uz

import (
	"unicode/utf8"

	"github.com/yozuv/yozuv/internal/segment"
)

// letter is one letter of a word being converted, in lower case.
type letter struct {
	r  rune
	up bool
	at int32 // byte offset of the letter in the lower-case key
}

// mark is a transparent rune (segment.IsTransparent) found before letter
// index at; it is written back in the same place of the output.
type mark struct {
	at int
	s  string
}

// run is one script run of a word, decoded for conversion. Its buffers are
// reused from word to word.
type run struct {
	src     string // the run as written
	letters []letter
	marks   []mark
	key     []byte // the letters in lower case, UTF-8: the lexicon key
}

func (w *run) reset() {
	w.letters = w.letters[:0]
	w.marks = w.marks[:0]
	w.key = w.key[:0]
}

func (w *run) add(r rune, up bool) {
	w.letters = append(w.letters, letter{r: r, up: up, at: int32(len(w.key))})
	w.key = utf8.AppendRune(w.key, r)
}

func (w *run) addMark(s string) { w.marks = append(w.marks, mark{at: len(w.letters), s: s}) }

// caseOf describes how a span of letters is capitalised.
type caseOf uint8

const (
	lower caseOf = iota
	title        // first letter capital, the rest small
	upper        // all capitals
	mixed
)

func spanCase(ls []letter) caseOf {
	if len(ls) == 0 {
		return lower
	}
	ups := 0
	for _, l := range ls {
		if l.up {
			ups++
		}
	}
	switch {
	case ups == 0:
		return lower
	case ups == len(ls) && len(ls) > 1:
		return upper
	case ups == 1 && ls[0].up:
		return title
	}
	return mixed
}

// appendCased appends s (lower case) in case c. Only ASCII and Cyrillic
// letters change case; apostrophes and marks do not.
func appendCased(dst []byte, s string, c caseOf) []byte {
	switch c {
	case lower, mixed:
		return append(dst, s...)
	}
	first := true
	for _, r := range s {
		if c == upper || first {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
				first = false
			} else if isCyrillic(r) {
				r = cyrUpper(r)
				first = false
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// appendSpread appends out, the conversion of letters [i, j) of w, with
// the marks that stood inside the span spread in proportion over it.
func appendSpread(dst []byte, out string, w *run, i, j int, mi *int) []byte {
	n := utf8.RuneCountInString(out)
	k := 0
	for _, r := range out {
		for *mi < len(w.marks) && w.marks[*mi].at < j && w.marks[*mi].at > i && (w.marks[*mi].at-i)*n <= k*(j-i) {
			dst = append(dst, w.marks[*mi].s...)
			*mi++
		}
		dst = utf8.AppendRune(dst, r)
		k++
	}
	for *mi < len(w.marks) && w.marks[*mi].at < j {
		dst = append(dst, w.marks[*mi].s...)
		*mi++
	}
	return dst
}

// wordScripts counts the letters of each script in a word.
func wordScripts(w string) (cyr, lat, other int) {
	for _, r := range w {
		switch {
		case isCyrillic(r):
			cyr++
		case isLatinLetter(r):
			lat++
		case segment.IsApostrophe(r) || segment.IsTransparent(r):
		case segment.IsLetter(r):
			other++
		}
	}
	return
}

// repair rewrites look-alike letters of the minority script into the
// majority script, when the minority letters are all look-alikes
// (Тoшкент with a Latin o, Toshkеnt with a Cyrillic е). Words that mix
// scripts on purpose (Telegram’даги) come back unchanged.
func repair(w string, cyr, lat int) string {
	if cyr == 0 || lat == 0 {
		return w
	}
	toCyr := cyr >= lat
	for _, r := range w {
		if toCyr && isLatinLetter(r) {
			if _, ok := cyrillicGlyph(r); !ok {
				return w
			}
		}
		if !toCyr && isCyrillic(r) {
			if _, ok := latinGlyph(r); !ok {
				return w
			}
		}
	}
	b := make([]byte, 0, len(w)+4)
	for _, r := range w {
		if toCyr && isLatinLetter(r) {
			r, _ = cyrillicGlyph(r)
		} else if !toCyr && isCyrillic(r) {
			r, _ = latinGlyph(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// prefixLetters returns the prefix of s that holds its first n letters,
// apostrophes counted as letters and transparent runes not.
func prefixLetters(s string, n int) string {
	i := 0
	for i < len(s) && n > 0 {
		r, m := decodeRune(s[i:])
		if !segment.IsTransparent(r) {
			n--
		}
		i += m
	}
	return s[:i]
}

// stripTransparent removes transparent runes; appendSpread puts them back.
func stripTransparent(s string) string {
	for _, r := range s {
		if segment.IsTransparent(r) {
			var b []byte
			for _, r := range s {
				if !segment.IsTransparent(r) {
					b = utf8.AppendRune(b, r)
				}
			}
			return string(b)
		}
	}
	return s
}

// asciiMarks writes every apostrophe look-alike of s as "'".
func asciiMarks(s string) string {
	var b []byte
	for i, r := range s {
		if segment.IsApostrophe(r) && r != '\'' {
			if b == nil {
				b = append(b, s[:i]...)
			}
			b = append(b, '\'')
			continue
		}
		if b != nil {
			b = utf8.AppendRune(b, r)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// appendShort appends a letter's spelling of one to three bytes without a
// call to memmove, which costs more than the copy in WebAssembly.
func appendShort(dst []byte, s string) []byte {
	switch len(s) {
	case 1:
		return append(dst, s[0])
	case 2:
		return append(dst, s[0], s[1])
	case 3:
		return append(dst, s[0], s[1], s[2])
	}
	return append(dst, s...)
}
