package uz

import "github.com/yozuv/yozuv/internal/segment"

// The fast paths convert plain running text in one loop, without the
// tokenizer: Go compiled to WebAssembly pays for every function call, and
// most of a news article is plain words between spaces and punctuation.
// They stop before anything they are not sure of — a word followed by a
// joiner or an apostrophe, a word with a letter the lexicon may want, a
// Latin word that may start a URL — and leave that token to the engine.

// safeAfter reports the length of the separator at s[0] that the fast
// paths copy as it is (a space, a line break, punctuation, a digit), or
// 0 if s[0] starts something they must not touch.
func safeAfter(s string) int {
	b := s[0]
	if b < 0x80 {
		switch {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x1e:
			return 1
		case b == '\'' || b == '`' || b == '@' || b == '#' || b == 0x1f:
			return 0
		case '0' <= b && b <= '9':
			return 1 // after a word; the loops read numbers whole
		case 'a' <= b|0x20 && b|0x20 <= 'z':
			return 0
		case b > 0x20 && b < 0x7f:
			return 1
		}
		return 0
	}
	if len(s) >= 2 && b == 0xc2 {
		switch s[1] {
		case 0xa0, 0xab, 0xbb: // no-break space, « »
			return 2
		}
		return 0
	}
	if len(s) >= 3 && b == 0xe2 && s[1] == 0x80 {
		switch s[2] {
		case 0x93, 0x94, 0x9c, 0x9d, 0x9e, 0xa6: // – — “ ” „ …
			return 3
		}
	}
	return 0
}

// appendGap copies what stands between two words at the start of s — a
// number as the segmenter reads it, or a separator safeAfter accepts — and
// returns how many bytes it copied, 0 if it must leave s to the engine.
func appendGap(dst []byte, s string) ([]byte, int) {
	n := 0
	if b := s[0]; '0' <= b && b <= '9' {
		n = numberLen(s)
	} else {
		n = safeAfter(s)
	}
	switch n {
	case 0:
	case 1:
		dst = append(dst, s[0])
	default:
		dst = append(dst, s[:n]...)
	}
	return dst, n
}

// AppendFast implements translit.FastAppender for Cyrillic → Latin.
func (c *toLatin) AppendFast(dst []byte, s string) ([]byte, int) {
	if c.gloss != nil {
		return dst, 0
	}
	i := 0
	for i < len(s) {
		b := s[i]
		if b < 0xd0 || b > 0xd3 {
			var n int
			if dst, n = appendGap(dst, s[i:]); n == 0 {
				return dst, i
			}
			i += n
			continue
		}
		// A Cyrillic word: two-byte letters up to a safe separator.
		j := i
		for j+1 < len(s) && s[j] >= 0xd0 && s[j] <= 0xd3 && s[j+1]&0xc0 == 0x80 {
			j += 2
		}
		if j < len(s) && safeAfter(s[j:]) == 0 {
			return dst, i
		}
		out, ok := c.appendSimple(dst, s[i:j])
		if !ok {
			return dst, i
		}
		dst = out
		i = j
	}
	return dst, i
}

// AppendFast implements translit.FastAppender for Latin → Cyrillic.
func (c *toCyrillic) AppendFast(dst []byte, s string) ([]byte, int) {
	if c.gloss != nil {
		return dst, 0
	}
	i := 0
	for i < len(s) {
		b := s[i]
		if 'a' > b|0x20 || b|0x20 > 'z' {
			var n int
			if dst, n = appendGap(dst, s[i:]); n == 0 {
				return dst, i
			}
			i += n
			continue
		}
		// An ASCII word: letters, and an apostrophe (any look-alike)
		// after o or g.
		j := i
		roman := true
		for j < len(s) {
			b := s[j]
			if 'a' <= b|0x20 && b|0x20 <= 'z' {
				switch b {
				case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
				default:
					roman = false
				}
				j++
				continue
			}
			if n := apostropheLen(s[j:]); n > 0 && (s[j-1]|0x20 == 'o' || s[j-1]|0x20 == 'g') {
				j += n
				continue
			}
			break
		}
		if roman || j-i > 64 || j < len(s) && safeAfter(s[j:]) == 0 || mayProtect(s[i:]) {
			return dst, i
		}
		out, ok := c.appendASCII(dst, s[i:j])
		if !ok {
			return dst, i
		}
		dst = out
		i = j
	}
	return dst, i
}

// numberLen returns the length of the number token at the start of s, as
// the segmenter cuts it, or 0 if the segmenter reads something else there
// (a file name such as 2024.pdf, a domain such as 1kun.uz).
func numberLen(s string) int {
	tok, kind, _ := segment.First(s)
	if kind != segment.Number {
		return 0
	}
	return len(tok)
}

// apostropheLen returns the length of an apostrophe look-alike at s[0].
func apostropheLen(s string) int {
	switch {
	case s[0] == '\'' || s[0] == '`':
		return 1
	case len(s) >= 2 && s[0] == 0xca && (s[1] == 0xbb || s[1] == 0xbc || s[1] == 0xb9 || s[1] == 0xbd):
		return 2 // ʻ ʼ ʹ ʽ
	case len(s) >= 2 && s[0] == 0xc2 && s[1] == 0xb4:
		return 2 // ´
	case len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99 || s[2] == 0xb2):
		return 3 // ‘ ’ ′
	}
	return 0
}

// mayProtect reports whether the ASCII name at the start of s (letters,
// digits, - and _) is followed by . @ : or + and a letter, digit or /, so
// that the segmenter may read it as a URL, an e-mail address, a domain or
// a file name.
func mayProtect(s string) bool {
	k := 0
	for k < len(s) {
		b := s[k]
		if 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' || b == '-' || b == '_' {
			k++
			continue
		}
		if b != '.' && b != '@' && b != ':' && b != '+' || k+1 >= len(s) {
			return false
		}
		n := s[k+1]
		return 'a' <= n|0x20 && n|0x20 <= 'z' || '0' <= n && n <= '9' || n == '/'
	}
	return false
}
