package uz

import "unicode/utf8"

// cyr describes one lower-case Cyrillic letter.
type cyr struct {
	latin string // its Latin spelling when no context rule applies
	vowel bool
}

// cyrLetters maps lower-case Cyrillic letters (U+0430…U+04FF) to their Latin
// spelling. ъ, ь, е, ц, ў and ғ are decided by rules in c2l.go; the marks of
// ў and ғ depend on the apostrophe style.
var cyrLetters = map[rune]cyr{
	'а': {"a", true}, 'б': {"b", false}, 'в': {"v", false}, 'г': {"g", false},
	'д': {"d", false}, 'е': {"e", true}, 'ё': {"yo", true}, 'ж': {"j", false},
	'з': {"z", false}, 'и': {"i", true}, 'й': {"y", false}, 'к': {"k", false},
	'л': {"l", false}, 'м': {"m", false}, 'н': {"n", false}, 'о': {"o", true},
	'п': {"p", false}, 'р': {"r", false}, 'с': {"s", false}, 'т': {"t", false},
	'у': {"u", true}, 'ф': {"f", false}, 'х': {"x", false}, 'ц': {"s", false},
	'ч': {"ch", false}, 'ш': {"sh", false}, 'щ': {"sh", false}, 'ъ': {"", false},
	'ы': {"i", true}, 'ь': {"", false}, 'э': {"e", true}, 'ю': {"yu", true},
	'я': {"ya", true}, 'ў': {"o", true}, 'қ': {"q", false}, 'ғ': {"g", false},
	'ҳ': {"h", false}, 'і': {"i", true}, 'ї': {"yi", true}, 'є': {"ye", true},
	'ң': {"ng", false}, 'ә': {"a", true}, 'ө': {"o", true}, 'ү': {"u", true},
	'ұ': {"u", true}, 'һ': {"h", false}, 'ҷ': {"j", false}, 'ӣ': {"i", true},
	'ӯ': {"u", true}, 'җ': {"j", false},
}

// cyrTable is cyrLetters as an array for the hot path, indexed by r-0x400.
var cyrTable [0x100]struct {
	latin string
	vowel bool
	ok    bool
}

func init() {
	for r, c := range cyrLetters {
		i := r - 0x400
		cyrTable[i].latin, cyrTable[i].vowel, cyrTable[i].ok = c.latin, c.vowel, true
	}
}

// cyrLower returns the lower-case form of a Cyrillic letter and whether it
// was upper case.
func cyrLower(r rune) (rune, bool) {
	switch {
	case 0x0410 <= r && r <= 0x042f:
		return r + 0x20, true
	case 0x0400 <= r && r <= 0x040f:
		return r + 0x50, true
	case 0x0460 <= r && r <= 0x04ff && r&1 == 0 && r != 0x04c0:
		if 0x04c1 <= r && r <= 0x04ce {
			// Ӂ…ӎ pair odd/even the other way round.
			return r, false
		}
		return r + 1, true
	}
	return r, false
}

// cyrUpper returns the capital of a lower-case Cyrillic letter.
func cyrUpper(r rune) rune {
	switch {
	case 0x0430 <= r && r <= 0x044f:
		return r - 0x20
	case 0x0450 <= r && r <= 0x045f:
		return r - 0x50
	case 0x0460 <= r && r <= 0x04ff && r&1 == 1 && !(0x04c1 <= r && r <= 0x04ce):
		return r - 1
	}
	return r
}

func isCyrillic(r rune) bool { return 0x0400 <= r && r <= 0x04ff }

func isCyrVowel(r rune) bool {
	if !isCyrillic(r) {
		return false
	}
	e := cyrTable[r-0x400]
	return e.ok && e.vowel
}

func isLatinLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

func isLatinVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// Look-alike letters: a word mostly in one script with a few of these from
// the other is repaired before it is converted.
var (
	cyrToLatGlyph = map[rune]rune{
		'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'к': 'k',
		'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P',
		'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'і': 'i', 'І': 'I',
	}
	latToCyrGlyph = map[rune]rune{}
)

func init() {
	for c, l := range cyrToLatGlyph {
		latToCyrGlyph[l] = c
	}
}

// decodeRune is utf8.DecodeRuneInString with an ASCII fast path.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 {
		b := s[0]
		if b < utf8.RuneSelf {
			return rune(b), 1
		}
		if b >= 0xc2 && b < 0xe0 && len(s) > 1 && s[1]&0xc0 == 0x80 {
			return rune(b&0x1f)<<6 | rune(s[1]&0x3f), 2
		}
	}
	return utf8.DecodeRuneInString(s)
}
