package detect

import "unicode/utf8"

// Script tags returned by Script.
const (
	Cyrl = "uz-Cyrl"
	Latn = "uz-Latn"
)

// Counts holds how many letters of each script a text has.
type Counts struct {
	Cyrillic int // letters U+0400…U+04FF
	Latin    int // a–z, A–Z
	Uzbek    int // of the Cyrillic ones, the letters only Uzbek uses: ў қ ғ ҳ
}

// Count counts the letters of each script in s.
func Count(s string) Counts {
	var c Counts
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				c.Latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if 0x0400 <= r && r <= 0x04ff {
			c.Cyrillic++
			switch r {
			case 'ў', 'Ў', 'қ', 'Қ', 'ғ', 'Ғ', 'ҳ', 'Ҳ':
				c.Uzbek++
			}
		}
	}
	return c
}

// Script returns the script most of the letters of s are written in,
// Cyrl or Latn, or "" when s has no letters of either.
func Script(s string) string {
	c := Count(s)
	switch {
	case c.Cyrillic == 0 && c.Latin == 0:
		return ""
	case c.Cyrillic >= c.Latin:
		return Cyrl
	}
	return Latn
}
