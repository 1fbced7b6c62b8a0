package uz

import (
	"strings"
	"unsafe"

	"github.com/yozuv/yozuv/internal/segment"
	"github.com/yozuv/yozuv/internal/translit"
)

// toCyrillic converts Uzbek Latin to Uzbek Cyrillic.
type toCyrillic struct {
	lex   *lexicon
	gloss *lexicon // the publisher's glossary, or nil
	w     run
}

func newToCyrillic(opts translit.Options) translit.Scheme {
	return &toCyrillic{lex: builtinLat(), gloss: glossaryLexicon(opts.Glossary)}
}

// latinSingle maps a Latin letter to Cyrillic when no rule applies.
var latinSingle = [128]string{
	'a': "а", 'b': "б", 'c': "ц", 'd': "д", 'e': "е", 'f': "ф", 'g': "г", 'h': "ҳ", 'i': "и",
	'j': "ж", 'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'q': "қ", 'r': "р",
	's': "с", 't': "т", 'u': "у", 'v': "в", 'w': "в", 'x': "х", 'y': "й", 'z': "з", '\'': "ъ",
}

// special marks the Latin letters that start a digraph or obey a context
// rule in latinUnit.
var special = [128]bool{'s': true, 'c': true, 'o': true, 'g': true, 'y': true, 'e': true, 't': true}

// AppendWord implements translit.Scheme.
func (c *toCyrillic) AppendWord(dst []byte, w string, ctx *translit.Context) []byte {
	hasLat, hasCyr := false, false
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b < 0x80 && ('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z') {
			hasLat = true
		} else if b >= 0xd0 && b <= 0xd3 {
			hasCyr = true
		}
	}
	if !hasLat {
		return append(dst, w...)
	}
	if !hasCyr && c.gloss == nil {
		if out, ok := c.appendASCII(dst, w); ok {
			return out
		}
	}
	if hasCyr {
		cy, la, _ := wordScripts(w)
		w = repair(w, cy, la)
	}
	for len(w) > 0 {
		i := 0
		for i < len(w) {
			r, n := decodeRune(w[i:])
			if isLatinLetter(r) {
				break
			}
			i += n
		}
		dst = append(dst, w[:i]...)
		w = w[i:]
		if w == "" {
			break
		}
		j := latRunLen(w)
		if r, _ := decodeRune(w[j:]); j < len(w) && segment.IsApostrophe(r) {
			// A Latin stem joined to Cyrillic suffixes by an apostrophe
			// is a name kept in Latin on purpose.
			dst = append(dst, w[:j]...)
		} else {
			dst = c.appendRun(dst, w[:j])
		}
		w = w[j:]
	}
	return dst
}

// appendASCII converts the common word quickly: ASCII letters and
// apostrophes after o and g, at most 64 of them. For any other word it
// returns dst unchanged and false.
func (c *toCyrillic) appendASCII(dst []byte, w string) ([]byte, bool) {
	var kb [64]byte
	var up [64]bool
	n := 0
	for i := 0; i < len(w); i++ {
		if n == len(kb) {
			return dst, false
		}
		b := w[i]
		switch {
		case 'a' <= b && b <= 'z':
			kb[n] = b
		case 'A' <= b && b <= 'Z':
			kb[n], up[n] = b+'a'-'A', true
		default:
			m := 1
			if b >= 0x80 {
				var r rune
				r, m = decodeRune(w[i:])
				if !segment.IsApostrophe(r) {
					return dst, false
				}
			} else if b != '\'' && b != '`' {
				return dst, false
			}
			if p := kb[max(n-1, 0)]; n == 0 || p != 'o' && p != 'g' {
				return dst, false // a tutuq or a brand suffix: the general path
			}
			kb[n] = '\''
			i += m - 1
		}
		n++
	}
	if n == 0 {
		return dst, false
	}
	if foreignKeyLetters(kb[:n], up[:n]) || c.lex.foreignKey(kb[:n]) {
		return append(dst, w...), true
	}
	key := unsafe.String(&kb[0], n)
	i := 0
	if e, end := c.lex.matchLat(key); e != nil {
		if cs := flagCase(up[:end]); cs != mixed {
			out := e.cyr
			if end < n && e.dropSoft && strings.HasSuffix(out, "ь") {
				out = out[:len(out)-len("ь")]
			}
			dst = appendCased(dst, out, cs)
			i = end
		}
	}
	for i < n {
		out, adv := latinUnit(key, i)
		if up[i] {
			dst = appendCased(dst, out, upper)
		} else {
			dst = appendShort(dst, out)
		}
		i += adv
	}
	return dst, true
}

// flagCase is spanCase for a span given by its capital flags.
func flagCase(up []bool) caseOf {
	ups := 0
	for _, u := range up {
		if u {
			ups++
		}
	}
	switch {
	case ups == 0:
		return lower
	case ups == len(up) && len(up) > 1:
		return upper
	case ups == 1 && up[0]:
		return title
	}
	return mixed
}

// latRunLen returns the length of the Latin run at the start of w: Latin
// letters (accented ones too) with transparent runes between them, and
// apostrophes that are part of a letter (oʻ, gʻ) or stand between letters
// (the tutuq).
func latRunLen(w string) int {
	i, end := 0, 0
	var prev rune
	for i < len(w) {
		r, n := decodeRune(w[i:])
		switch {
		case isCyrillic(r):
		case segment.IsApostrophe(r):
			next, _ := decodeRune(w[i+n:])
			if isLatinLetter(next) || (i+n < len(w) && segment.IsLetter(next) && !isCyrillic(next) && !segment.IsApostrophe(next)) {
				i += n
				continue
			}
			if p := prev | 0x20; p == 'o' || p == 'g' {
				i += n
				end = i
			}
		case segment.IsTransparent(r):
			i += n
			continue
		case segment.IsLetter(r):
			i += n
			end = i
			prev = r
			continue
		}
		break
	}
	for end < len(w) {
		r, n := decodeRune(w[end:])
		if !segment.IsTransparent(r) {
			break
		}
		end += n
	}
	return end
}

// appendRun converts one Latin run, or keeps it if it is a foreign word.
func (c *toCyrillic) appendRun(dst []byte, s string) []byte {
	if c.gloss != nil {
		// The publisher's glossary comes before every other rule.
		w := c.decode(s)
		if e, _ := c.gloss.matchLat(string(w.key)); e != nil {
			return c.convertDecoded(dst, w)
		}
	}
	if foreignLetters(s) {
		return append(dst, s...)
	}
	w := c.decode(s)
	if c.lex.foreignKey(w.key) {
		return append(dst, s...)
	}
	// A foreign name joined to Uzbek suffixes by an apostrophe keeps its
	// spelling: Telegram’dagi → Telegram’даги.
	if stem, ap, rest, ok := brandSuffix(s); ok {
		dst = append(dst, stem...)
		dst = append(dst, ap...)
		return c.convertDecoded(dst, c.decode(rest))
	}
	return c.convertDecoded(dst, w)
}

// brandSuffix splits s at its last apostrophe that is not the mark of oʻ
// or gʻ when what follows is a chain of Uzbek suffixes.
func brandSuffix(s string) (stem, ap, rest string, ok bool) {
	for i := len(s) - 1; i > 0; i-- {
		if s[i] < 0x80 && s[i] != '\'' && s[i] != '`' || s[i]&0xc0 == 0x80 {
			continue
		}
		r, n := decodeRune(s[i:])
		if !segment.IsApostrophe(r) {
			continue
		}
		if p := s[i-1] | 0x20; p == 'o' || p == 'g' {
			return "", "", "", false
		}
		stem, ap, rest = s[:i], s[i:i+n], s[i+n:]
		if rest == "" || !(looksLikeName(stem) || foreignLetters(stem)) {
			return "", "", "", false
		}
		return stem, ap, rest, latinSuffixes.accepts(strings.ToLower(rest))
	}
	return "", "", "", false
}

// looksLikeName reports whether a stem before an apostrophe and suffixes
// is a capitalised name of three letters or more, not ending in o or g
// (whose apostrophe would be the letter oʻ or gʻ).
func looksLikeName(s string) bool {
	if len(s) < 3 || !('A' <= s[0] && s[0] <= 'Z') {
		return false
	}
	last := s[len(s)-1] | 0x20
	return last != 'o' && last != 'g'
}

// foreignLetters reports whether a Latin run is a foreign word to keep as
// it is by its letters alone: letters Uzbek Latin does not use (w, c
// outside ch, accented letters), qu before a vowel, a brand-like mix of
// cases (iPhone, YouTube), or a final y after a consonant (Kennedy). It
// folds the run as appendASCII does and asks foreignKeyLetters.
func foreignLetters(s string) bool {
	var kb [64]byte
	var ub [64]bool
	k, up := kb[:0], ub[:0]
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			k, up = append(k, byte(r)), append(up, false)
		case 'A' <= r && r <= 'Z':
			k, up = append(k, byte(r)+'a'-'A'), append(up, true)
		case segment.IsApostrophe(r):
			k, up = append(k, '\''), append(up, false)
		case segment.IsLetter(r) && !isCyrillic(r):
			return true // an accented or other-script letter
		}
	}
	return foreignKeyLetters(k, up)
}

// foreignKeyLetters is foreignLetters for a word of ASCII letters and
// apostrophes given in lower case with its capitals flagged. A small letter
// between two capitals that spells one letter with the capital before it
// (the h of Sh in IShID, the e of Ye in YeXHT) counts as a capital.
func foreignKeyLetters(k []byte, up []bool) bool {
	lowerSeen, innerCap := false, false
	for i, b := range k {
		switch b {
		case 'w':
			return true
		case 'c':
			if i+1 >= len(k) || k[i+1] != 'h' {
				return true
			}
		case 'q':
			if i+2 < len(k) && k[i+1] == 'u' && isLatinVowel(k[i+2]) && k[i+2] != 'u' {
				return true
			}
		}
		if up[i] {
			if lowerSeen {
				innerCap = true
			}
		} else if b != '\'' {
			if i > 0 && up[i-1] && i+1 < len(k) && up[i+1] && isDigraph(k[i-1], b) {
				continue // the h of Sh in IShID counts as a capital
			}
			if innerCap {
				return true
			}
			lowerSeen = true
		}
	}
	if n := len(k); n > 2 && k[n-1] == 'y' {
		if p := k[n-2]; 'a' <= p && p <= 'z' && !isLatinVowel(p) && p != 'y' {
			return true
		}
	}
	return false
}

// isDigraph reports whether two lower-case Latin letters spell one Uzbek
// letter: sh ch, ye yo yu ya, ts.
func isDigraph(a, b byte) bool {
	switch a {
	case 's', 'c':
		return b == 'h'
	case 'y':
		return b == 'e' || b == 'o' || b == 'u' || b == 'a'
	case 't':
		return b == 's'
	}
	return false
}

// decode fills c.w with the run's letters in lower case; apostrophes become
// "'", which take the case of the letters around them.
func (c *toCyrillic) decode(s string) *run {
	w := &c.w
	w.reset()
	w.src = s
	for _, r := range s {
		switch {
		case segment.IsTransparent(r):
			w.addMark(string(r))
		case segment.IsApostrophe(r):
			up := len(w.letters) > 0 && w.letters[len(w.letters)-1].up
			w.add('\'', up)
		case 'A' <= r && r <= 'Z':
			w.add(r+'a'-'A', true)
		default:
			w.add(r, false)
		}
	}
	// An apostrophe between capitals is a capital ъ; elsewhere small.
	for i := range w.letters {
		if w.letters[i].r == '\'' && w.letters[i].up {
			w.letters[i].up = i+1 < len(w.letters) && w.letters[i+1].up
		}
	}
	return w
}

func (c *toCyrillic) convertDecoded(dst []byte, w *run) []byte {
	key := unsafe.String(unsafe.SliceData(w.key), len(w.key))
	ls := w.letters
	start, mi := 0, 0
	if e, end := c.gloss.matchLat(key); e != nil {
		for mi < len(w.marks) && w.marks[mi].at == 0 {
			dst = append(dst, w.marks[mi].s...)
			mi++
		}
		var out string
		if e.keep {
			out = stripTransparent(prefixLetters(w.src, end))
		} else {
			out = caseForm(e.formCyr, e.cyr, spanCase(ls[:end]))
		}
		dst = appendSpread(dst, out, w, 0, end, &mi)
		start = end
	} else if e, end := c.lex.matchLat(key); e != nil {
		cs := spanCase(ls[:end])
		if cs != mixed {
			for mi < len(w.marks) && w.marks[mi].at == 0 {
				dst = append(dst, w.marks[mi].s...)
				mi++
			}
			out := e.cyr
			if end < len(key) && e.dropSoft && strings.HasSuffix(out, "ь") {
				out = out[:len(out)-len("ь")]
			}
			dst = appendSpread(dst, caseString(out, cs), w, 0, end, &mi)
			start = end
		}
	}
	for i := start; i < len(ls); {
		for mi < len(w.marks) && w.marks[mi].at == i {
			dst = append(dst, w.marks[mi].s...)
			mi++
		}
		out, adv := latinUnit(key, i)
		cs := lower
		if ls[i].up {
			cs = upper
		}
		dst = appendCased(dst, out, cs)
		// Marks inside a digraph go after it.
		for mi < len(w.marks) && w.marks[mi].at < i+adv {
			dst = append(dst, w.marks[mi].s...)
			mi++
		}
		i += adv
	}
	for ; mi < len(w.marks); mi++ {
		dst = append(dst, w.marks[mi].s...)
	}
	return dst
}

// latinRules converts a lower-case Latin key by the rules alone.
func latinRules(dst []byte, key string) []byte {
	for i := 0; i < len(key); {
		out, adv := latinUnit(key, i)
		dst = append(dst, out...)
		i += adv
	}
	return dst
}

// latinUnit returns the Cyrillic for the Latin letter (or digraph) at k[i]
// and how many bytes of k it spans. k is lower case, with "'" for every
// apostrophe.
func latinUnit(k string, i int) (string, int) {
	ch := k[i]
	if ch < 128 && !special[ch] {
		if s := latinSingle[ch]; s != "" {
			return s, 1
		}
	}
	var prev, nx, nx2 byte
	if i > 0 {
		prev = k[i-1]
	}
	if i+1 < len(k) {
		nx = k[i+1]
	}
	if i+2 < len(k) {
		nx2 = k[i+2]
	}
	switch ch {
	case 's':
		switch {
		case nx == 'h':
			return "ш", 2
		case nx == '\'' && nx2 == 'h':
			return "сҳ", 3 // Is'hoq → Исҳоқ
		case (prev == 'n' || prev == 'k' || prev == 'p') && tsiya(k[i+1:]):
			// konferensiya → конференция, aksiya → акция,
			// korrupsiya → коррупция
			return "ц", 1
		}
	case 'c':
		if nx == 'h' {
			return "ч", 2
		}
	case 'o':
		if nx == '\'' {
			return "ў", 2
		}
	case 'g':
		if nx == '\'' {
			return "ғ", 2
		}
	case 'y':
		switch nx {
		case 'o':
			if nx2 == '\'' {
				return "й", 1 // yo'q → йўқ
			}
			return "ё", 2
		case 'u':
			return "ю", 2
		case 'a':
			return "я", 2
		case 'e':
			switch {
			case i == 0 || isLatinVowel(prev) || prev == '\'' || prev == 'y':
				return "е", 2
			case prev == 'b' || prev == 'd' || prev == 's':
				return "ъе", 2 // obyekt → объект, syezd → съезд
			}
			return "ье", 2 // pyesa → пьеса
		}
	case 'e':
		if i == 0 || isLatinVowel(prev) {
			return "э", 1
		}
	case 't':
		if nx == 's' && tsAffricate(k, i) {
			return "ц", 2
		}
	}
	if ch < 128 {
		if s := latinSingle[ch]; s != "" {
			return s, 1
		}
	}
	return k[i : i+1], 1
}

// tsiya reports whether s starts like the ending of a Latin word in -tsiya,
// -tsion, -tsial (delegatsiya, funksional, potensial): iya, io or ia.
func tsiya(s string) bool {
	return strings.HasPrefix(s, "iya") || strings.HasPrefix(s, "io") || strings.HasPrefix(s, "ia")
}

// tsAffricate decides whether t+s at k[i] is the letter ц or t followed by
// a suffix that starts with s. Native suffixes after a final t are -sa,
// -sin, -siz and their chains (ketsa, ketsin, otsiz); no native suffix
// starts with se, so tse is always ц (litsey, dotsent, protsess).
func tsAffricate(k string, i int) bool {
	rest := k[i+1:] // starts with s
	switch {
	case strings.HasPrefix(rest, "sh"):
		return false // adabiyotshunos: t + sh
	case i == 0:
		return true // tsunami
	case i+2 == len(k):
		return isLatinVowel(k[i-1]) // shprits; but ot+s? no such word
	}
	switch k[i+2] {
	case 'e':
		return true
	case 'i':
		if tsiya(k[i+2:]) {
			return true
		}
		if strings.HasPrefix(rest, "siz") || strings.HasPrefix(rest, "sin") {
			return !latinSuffixes.accepts(rest[3:])
		}
		return true // sotsial, defitsit, genotsid
	case 'a', 'o', 'u', '\'', 'y':
		return false // ketsa, aytsa
	}
	// ts before a consonant: no native suffix starts with s and a
	// consonant, so this is ц (Donetsk, Bratsk).
	return true
}
