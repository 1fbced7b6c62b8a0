package uz

import "unicode/utf8"

// cyrEntry describes one lower-case Cyrillic letter.
type cyrEntry struct {
	latin string // its Latin spelling when no context rule applies
	vowel bool
	ok    bool // the letter is known
}

// cyrTable maps lower-case Cyrillic letters (U+0430…U+04FF), indexed by
// r-0x400, to their Latin spelling. ъ, ь, е, ц, ў and ғ are decided by
// rules in c2l.go; the marks of ў and ғ depend on the apostrophe style.
// Letters of other Cyrillic alphabets that turn up in Uzbek text (names,
// quotes) get their usual Uzbek Latin reading.
var cyrTable = [0x100]cyrEntry{
	'а' - 0x400: {"a", true, true}, 'б' - 0x400: {"b", false, true}, 'в' - 0x400: {"v", false, true},
	'г' - 0x400: {"g", false, true}, 'д' - 0x400: {"d", false, true}, 'е' - 0x400: {"e", true, true},
	'ё' - 0x400: {"yo", true, true}, 'ж' - 0x400: {"j", false, true}, 'з' - 0x400: {"z", false, true},
	'и' - 0x400: {"i", true, true}, 'й' - 0x400: {"y", false, true}, 'к' - 0x400: {"k", false, true},
	'л' - 0x400: {"l", false, true}, 'м' - 0x400: {"m", false, true}, 'н' - 0x400: {"n", false, true},
	'о' - 0x400: {"o", true, true}, 'п' - 0x400: {"p", false, true}, 'р' - 0x400: {"r", false, true},
	'с' - 0x400: {"s", false, true}, 'т' - 0x400: {"t", false, true}, 'у' - 0x400: {"u", true, true},
	'ф' - 0x400: {"f", false, true}, 'х' - 0x400: {"x", false, true}, 'ц' - 0x400: {"s", false, true},
	'ч' - 0x400: {"ch", false, true}, 'ш' - 0x400: {"sh", false, true}, 'щ' - 0x400: {"sh", false, true},
	'ъ' - 0x400: {"", false, true}, 'ы' - 0x400: {"i", true, true}, 'ь' - 0x400: {"", false, true},
	'э' - 0x400: {"e", true, true}, 'ю' - 0x400: {"yu", true, true}, 'я' - 0x400: {"ya", true, true},
	'ў' - 0x400: {"o", true, true}, 'қ' - 0x400: {"q", false, true}, 'ғ' - 0x400: {"g", false, true},
	'ҳ' - 0x400: {"h", false, true}, 'і' - 0x400: {"i", true, true}, 'ї' - 0x400: {"yi", true, true},
	'є' - 0x400: {"ye", true, true}, 'ң' - 0x400: {"ng", false, true}, 'ә' - 0x400: {"a", true, true},
	'ө' - 0x400: {"o", true, true}, 'ү' - 0x400: {"u", true, true}, 'ұ' - 0x400: {"u", true, true},
	'һ' - 0x400: {"h", false, true}, 'ҷ' - 0x400: {"j", false, true}, 'ӣ' - 0x400: {"i", true, true},
	'ӯ' - 0x400: {"u", true, true}, 'җ' - 0x400: {"j", false, true},
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

// Look-alike letters: a word mostly in one script with a few letters that
// look the same in the other is repaired before it is converted.

// latinGlyph returns the Latin letter a Cyrillic letter looks like.
func latinGlyph(r rune) (rune, bool) {
	switch r {
	case 'а':
		return 'a', true
	case 'е':
		return 'e', true
	case 'о':
		return 'o', true
	case 'р':
		return 'p', true
	case 'с':
		return 'c', true
	case 'х':
		return 'x', true
	case 'у':
		return 'y', true
	case 'к':
		return 'k', true
	case 'і':
		return 'i', true
	case 'А':
		return 'A', true
	case 'В':
		return 'B', true
	case 'Е':
		return 'E', true
	case 'К':
		return 'K', true
	case 'М':
		return 'M', true
	case 'Н':
		return 'H', true
	case 'О':
		return 'O', true
	case 'Р':
		return 'P', true
	case 'С':
		return 'C', true
	case 'Т':
		return 'T', true
	case 'Х':
		return 'X', true
	case 'У':
		return 'Y', true
	case 'І':
		return 'I', true
	}
	return r, false
}

// cyrillicGlyph returns the Cyrillic letter a Latin letter looks like.
func cyrillicGlyph(r rune) (rune, bool) {
	switch r {
	case 'a':
		return 'а', true
	case 'e':
		return 'е', true
	case 'o':
		return 'о', true
	case 'p':
		return 'р', true
	case 'c':
		return 'с', true
	case 'x':
		return 'х', true
	case 'y':
		return 'у', true
	case 'k':
		return 'к', true
	case 'i':
		return 'і', true
	case 'A':
		return 'А', true
	case 'B':
		return 'В', true
	case 'E':
		return 'Е', true
	case 'K':
		return 'К', true
	case 'M':
		return 'М', true
	case 'H':
		return 'Н', true
	case 'O':
		return 'О', true
	case 'P':
		return 'Р', true
	case 'C':
		return 'С', true
	case 'T':
		return 'Т', true
	case 'X':
		return 'Х', true
	case 'Y':
		return 'У', true
	case 'I':
		return 'І', true
	}
	return r, false
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
