package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds. Only Word tokens are converted between scripts; every other
// kind passes through a converter unchanged.
const (
	Space    Kind = iota // horizontal white space
	Break                // a hard boundary: line break or U+001E (block separator)
	Word                 // letters of any script, with inner apostrophes and joiners
	Number               // digits, with inner separators (1 234,5 · 12.03.2024 · 10:30)
	Punct                // anything else, one rune at a time
	URL                  // http://…, https://…, www.…, bare domains such as kun.uz
	Email                // name@example.uz
	Handle               // @name
	Tag                  // #name
	Roman                // a Roman numeral in capitals: XXI, IV
	FileName             // report.pdf, photo_1.JPG
)

var kindNames = [...]string{"Space", "Break", "Word", "Number", "Punct", "URL", "Email", "Handle", "Tag", "Roman", "FileName"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Protected reports whether tokens of kind k must pass through conversion
// untouched although they may contain letters.
func (k Kind) Protected() bool { return k >= URL }

// Separator runes used by callers that join many text fragments into one
// string. Inline is transparent: a word continues across it
// (Ўз‹US›бекистон is one word). Block is a hard boundary like a line break.
const (
	Inline = '\u001f'
	Block  = '\u001e'
)

// IsApostrophe reports whether r is one of the marks Uzbek Latin text uses
// for the letters oʻ and gʻ and for the tutuq: ' ‘ ’ ʻ ʼ ` ´ ′ ʹ ʽ.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2018', '\u2019', '\u02bb', '\u02bc', '`', '\u00b4', '\u2032', '\u02b9', '\u02bd':
		return true
	}
	return false
}

// IsTransparent reports whether r is invisible inside a word and must not
// break it: the inline separator, soft hyphen and zero-width (non-)joiners.
func IsTransparent(r rune) bool {
	switch r {
	case Inline, '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060':
		return true
	}
	return false
}

// IsLetter reports whether r is a letter or a combining mark.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	switch {
	case 0x0400 <= r && r <= 0x04ff, 0x02b0 <= r && r <= 0x02ff:
		return true // Cyrillic; modifier letters (ʻ ʼ)
	case 0x00c0 <= r && r <= 0x024f:
		return r != 0xd7 && r != 0xf7 // Latin-1 and Latin Extended, less × ÷
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00a0', '\u202f', '\u2009', '\u200a', '\u2007', '\u3000':
		return true
	}
	return r > 0x2000 && r <= 0x2006
}

func isBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == Block || r == '\u2028' || r == '\u2029' || r == '\u0085'
}

// decode is utf8.DecodeRuneInString with an ASCII fast path.
func decode(s string) (rune, int) {
	if len(s) > 0 {
		b := s[0]
		if b < utf8.RuneSelf {
			return rune(b), 1
		}
		// Two-byte sequences (Cyrillic, Latin-1, modifier letters).
		if b >= 0xc2 && b < 0xe0 && len(s) > 1 && s[1]&0xc0 == 0x80 {
			return rune(b&0x1f)<<6 | rune(s[1]&0x3f), 2
		}
	}
	return utf8.DecodeRuneInString(s)
}

// First splits the first token off s and returns it with its kind and the
// rest of s. Every byte of s belongs to exactly one token, so concatenating
// the tokens gives s back. Invalid UTF-8 comes back as Punct tokens of one
// byte each. First returns an empty token only for an empty s.
func First(s string) (token string, kind Kind, rest string) {
	if s == "" {
		return "", Space, ""
	}
	r, n := decode(s)
	switch {
	case isBreak(r):
		if r == '\r' && len(s) > 1 && s[1] == '\n' {
			n = 2
		}
		return s[:n], Break, s[n:]
	case isSpace(r):
		i := n
		for i < len(s) {
			r, m := decode(s[i:])
			if !isSpace(r) {
				break
			}
			i += m
		}
		return s[:i], Space, s[i:]
	case r == '@' || r == '#':
		if m := nameLen(s[n:]); m > 0 {
			k := Handle
			if r == '#' {
				k = Tag
			}
			return s[:n+m], k, s[n+m:]
		}
		return s[:n], Punct, s[n:]
	}
	if r < utf8.RuneSelf && (IsLetter(r) || isDigit(r)) && mayBeProtected(s) {
		if m := urlLen(s); m > 0 {
			return s[:m], URL, s[m:]
		}
		if m := emailLen(s); m > 0 {
			return s[:m], Email, s[m:]
		}
		if m := domainLen(s); m > 0 {
			if isFileName(s[:m]) {
				return s[:m], FileName, s[m:]
			}
			return s[:m], URL, s[m:]
		}
	}
	switch {
	case isDigit(r):
		m := numberLen(s)
		return s[:m], Number, s[m:]
	case IsLetter(r):
		m := wordLen(s)
		w := s[:m]
		if isRoman(w, s[m:]) {
			return w, Roman, s[m:]
		}
		return w, Word, s[m:]
	case IsTransparent(r):
		// A joiner or separator at a word's start is glued to the word
		// that follows, unless that starts a URL, an e-mail address or a
		// domain, which must stay whole.
		next := s[n:]
		if m := wordLen(next); m > 0 && IsLetter(firstRune(next)) && !(next[0] < utf8.RuneSelf && mayBeProtected(next)) {
			return s[:n+m], Word, s[n+m:]
		}
	}
	return s[:n], Punct, s[n:]
}

func firstRune(s string) rune { r, _ := decode(s); return r }

// mayBeProtected reports whether the ASCII letters and digits at the start
// of s are followed by '.', '@', ':' or '+', so that s may start a URL, an
// e-mail address, a domain or a file name.
func mayBeProtected(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIIName(c) {
			continue
		}
		return c == '.' || c == '@' || c == ':' || c == '+'
	}
	return false
}

// wordLen returns the length of the word at the start of s: letters,
// apostrophes and transparent runes between letters, and an apostrophe
// after a final o or g (Latin tog‘, bo‘).
func wordLen(s string) int {
	i := 0
	var prev rune
	for i < len(s) {
		// Fast path: two-byte Cyrillic letters.
		if b := s[i]; b >= 0xd0 && b <= 0xd3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i += 2
			prev = 0
			continue
		}
		r, n := decode(s[i:])
		switch {
		case IsLetter(r):
			i += n
			prev = r
			continue
		case IsApostrophe(r) || IsTransparent(r):
			if i == 0 {
				return 0
			}
			// Look past a run of apostrophes and joiners.
			j, onlyTransparent := i+n, IsTransparent(r)
			for j < len(s) {
				r2, m := decode(s[j:])
				if !IsApostrophe(r2) && !IsTransparent(r2) {
					break
				}
				onlyTransparent = onlyTransparent && IsTransparent(r2)
				j += m
			}
			if j < len(s) && IsLetter(firstRune(s[j:])) {
				i = j
				continue
			}
			if IsApostrophe(r) && (prev == 'o' || prev == 'O' || prev == 'g' || prev == 'G') {
				return i + n
			}
			if onlyTransparent {
				// Trailing separators stay with their word.
				return j
			}
		}
		return i
	}
	return i
}

// nameLen returns the length of a handle or tag name at the start of s.
func nameLen(s string) int {
	i := 0
	for i < len(s) {
		r, n := decode(s[i:])
		if !(IsLetter(r) || isDigit(r) || r == '_' || (r == '.' && i > 0 && i+n < len(s) && isNameRune(firstRune(s[i+n:])))) {
			break
		}
		i += n
	}
	return i
}

func isNameRune(r rune) bool { return IsLetter(r) || isDigit(r) || r == '_' }

// numberLen returns the length of the number at the start of s. Inner
// separators (. , : / and a thin or no-break space between digit groups)
// are kept when a digit follows them.
func numberLen(s string) int {
	i := 0
	for i < len(s) {
		r, n := decode(s[i:])
		if isDigit(r) {
			i += n
			continue
		}
		switch r {
		case '.', ',', ':', '/', '\u00a0', '\u202f', '\u2009':
			if i+n < len(s) && isDigit(rune(s[i+n])) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// urlLen returns the length of a URL with a scheme or starting with www.
func urlLen(s string) int {
	start := 0
	for _, p := range [...]string{"https://", "http://", "ftp://", "www."} {
		if hasPrefixFold(s, p) {
			start = len(p)
			break
		}
	}
	if start == 0 {
		return 0
	}
	i := start
	for i < len(s) {
		r, n := decode(s[i:])
		if isSpace(r) || isBreak(r) || r < 0x20 || r == '<' || r == '>' || r == '"' || r == '«' || r == '»' || r == Inline {
			break
		}
		i += n
	}
	// Trailing punctuation belongs to the sentence, not the URL.
	for i > start {
		c := s[i-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ')' && !hasOpenParen(s[:i-1]) {
			i--
			continue
		}
		if r, n := utf8.DecodeLastRuneInString(s[:i]); r == '\u2019' || r == '\u201d' {
			i -= n
			continue
		}
		break
	}
	if i == start {
		return 0
	}
	return i
}

func hasOpenParen(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			return true
		}
	}
	return false
}

func isASCIIName(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}

// emailLen returns the length of an e-mail address at the start of s.
func emailLen(s string) int {
	i := 0
	for i < len(s) && (isASCIIName(s[i]) || s[i] == '.' || s[i] == '+') {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '@' {
		return 0
	}
	d := domainLen(s[i+1:])
	if d == 0 {
		return 0
	}
	return i + 1 + d
}

// domainLen returns the length of a bare domain name (kun.uz, gazeta.uz/oz)
// or file name (hisobot.pdf) at the start of s: ASCII labels joined by dots,
// the last one a known top-level domain or file extension.
func domainLen(s string) int {
	i, dots, lastDot := 0, 0, -1
	for i < len(s) {
		c := s[i]
		if isASCIIName(c) {
			i++
			continue
		}
		if c == '.' && i > 0 && i+1 < len(s) && isASCIIName(s[i+1]) && s[i-1] != '.' {
			dots++
			lastDot = i
			i++
			continue
		}
		break
	}
	if dots == 0 || i < len(s) && (IsLetter(firstRune(s[i:])) && firstRune(s[i:]) >= utf8.RuneSelf) {
		return 0
	}
	suffix := lower(s[lastDot+1 : i])
	if !topLevel[suffix] && !extensions[suffix] {
		return 0
	}
	// A path after a domain: kun.uz/news/2024.
	if i < len(s) && s[i] == '/' && topLevel[suffix] {
		j := i
		for j < len(s) {
			r, n := decode(s[j:])
			if isSpace(r) || isBreak(r) || r < 0x20 || r == '<' || r == '"' || r == '«' || r == '»' || r == Inline || r >= utf8.RuneSelf && IsLetter(r) && !isASCIIName(byte(r)) {
				break
			}
			j += n
		}
		for j > i && (s[j-1] == '.' || s[j-1] == ',' || s[j-1] == ')' || s[j-1] == ':' || s[j-1] == ';') {
			j--
		}
		i = j
	}
	return i
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isFileName(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return extensions[lower(s[i+1:])]
		}
	}
	return false
}

// topLevel lists the top-level domains that make a bare word.word a domain.
// Only domains that cannot also end an ordinary sentence are listed.
var topLevel = map[string]bool{
	"uz": true, "com": true, "ru": true, "org": true, "net": true, "io": true, "gov": true,
	"edu": true, "info": true, "kz": true, "kg": true, "tj": true, "tm": true, "ua": true,
	"by": true, "az": true, "tr": true, "de": true, "fr": true, "uk": true, "us": true,
	"eu": true, "int": true, "me": true, "tv": true, "biz": true, "app": true, "dev": true,
	"news": true, "online": true, "site": true, "su": true, "cn": true, "jp": true, "kr": true,
}

// extensions lists file extensions that make a bare word.ext a file name.
var extensions = map[string]bool{
	"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "ppt": true, "pptx": true,
	"txt": true, "csv": true, "rtf": true, "odt": true, "jpg": true, "jpeg": true, "png": true,
	"gif": true, "webp": true, "svg": true, "mp3": true, "mp4": true, "avi": true, "mov": true,
	"zip": true, "rar": true, "7z": true, "gz": true, "exe": true, "apk": true, "html": true,
	"htm": true, "js": true, "css": true, "json": true, "xml": true, "go": true, "py": true,
}

// isRoman reports whether w is a Roman numeral written in capitals. A
// single I, V or X counts only when no full stop follows it (V. Karimov is
// an initial).
func isRoman(w, rest string) bool {
	if len(w) == 0 || len(w) > 12 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	if len(w) == 1 {
		if w[0] != 'I' && w[0] != 'V' && w[0] != 'X' {
			return false
		}
		if rest != "" && rest[0] == '.' {
			return false
		}
		// A single capital letter followed by a letter-joining mark is part
		// of a name, not a numeral.
		if rest != "" && (IsApostrophe(firstRune(rest)) || firstRune(rest) == '-') {
			return false
		}
	}
	// D and M make numerals above 500, which running text writes only as
	// years (MMXXIV); a capital word with D but no leading M is an
	// acronym (DXX).
	if w[0] != 'M' && strings.ContainsRune(w, 'D') {
		return false
	}
	return validRoman(w)
}

// validRoman checks the subtractive notation: each symbol is followed only by
// symbols of at most ten times its value, and repeats are limited.
func validRoman(w string) bool {
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		}
		return 1000
	}
	prev, run, total := 10000, 0, 0
	for i := 0; i < len(w); i++ {
		v := val(w[i])
		if i+1 < len(w) && val(w[i+1]) > v {
			next := val(w[i+1])
			if next > 10*v || (v != 1 && v != 10 && v != 100) || v >= prev {
				return false // IIV, VX, IC
			}
			total += next - v
			prev = v - 1 // what follows IX is smaller than I
			i++
			run = 0
			continue
		}
		if v > prev {
			return false
		}
		if v == prev {
			run++
			if run >= 3 || v == 5 || v == 50 || v == 500 {
				return false
			}
		} else {
			run = 0
		}
		prev = v
		total += v
	}
	return total > 0
}
