package uz

import (
	"github.com/yozuv/yozuv/internal/segment"
	"github.com/yozuv/yozuv/internal/translit"
)

// toLatin converts Uzbek Cyrillic to Uzbek Latin.
type toLatin struct {
	okina, tutuq string
	lex          *lexicon
	gloss        *lexicon // the publisher's glossary, or nil
	simple       *[256]simpleEntry
	w            run
}

func newToLatin(opts translit.Options) translit.Scheme {
	o, t := opts.Apostrophe.Marks()
	c := &toLatin{okina: o, tutuq: t, lex: builtinCyr(), gloss: glossaryLexicon(opts.Glossary)}
	c.simple = c.simpleTable()
	return c
}

// AppendWord implements translit.Scheme.
func (c *toLatin) AppendWord(dst []byte, w string, ctx *translit.Context) []byte {
	// Fast path: a word with no Cyrillic letter passes through.
	hasCyr, hasLat := false, false
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b == 0xd0 || b == 0xd1 || b == 0xd2 || b == 0xd3 {
			hasCyr = true
		} else if b < 0x80 && ('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z') {
			hasLat = true
		}
	}
	if !hasCyr {
		return append(dst, w...)
	}
	if !hasLat && c.gloss == nil {
		if out, ok := c.appendSimple(dst, w); ok {
			return out
		}
	}
	if hasLat {
		cy, la, _ := wordScripts(w)
		w = repair(w, cy, la)
	}
	// Convert each Cyrillic run; everything between runs (Latin letters,
	// apostrophes joining a Latin stem to a Cyrillic suffix) is kept.
	for len(w) > 0 {
		i := 0
		for i < len(w) {
			r, n := decodeRune(w[i:])
			if isCyrillic(r) {
				break
			}
			i += n
		}
		dst = append(dst, w[:i]...)
		w = w[i:]
		if w == "" {
			break
		}
		j := cyrRunLen(w)
		dst = c.appendRun(dst, w[:j], ctx)
		w = w[j:]
	}
	return dst
}

// appendSimple converts the common word quickly: Cyrillic letters only, in
// small letters or with one capital first, with no letter that may call
// for the lexicon. For any other word it returns dst unchanged and false.
// It reads c.simple, a table indexed by the two bytes of each letter.
func (c *toLatin) appendSimple(dst []byte, w string) ([]byte, bool) {
	n := len(w)
	if n&1 == 1 || n == 2 {
		return dst, false
	}
	start := len(dst)
	prevVowel, prevS := false, false
	for i := 0; i < n; i += 2 {
		b0, b1 := w[i], w[i+1]
		if b0 < 0xd0 || b0 > 0xd3 || b1&0xc0 != 0x80 {
			return dst[:start], false
		}
		e := &c.simple[int(b0-0xd0)<<6|int(b1&0x3f)]
		if e.upper && i > 0 {
			return dst[:start], false
		}
		out := e.out
		switch e.kind {
		case simpleBail:
			return dst[:start], false
		case simpleBailFirst:
			if i == 0 {
				return dst[:start], false
			}
		case simpleE:
			if i == 0 || prevVowel {
				out = e.alt // ye
			}
		case simpleH:
			if prevS {
				out = e.alt // sʼh
			}
		case simpleD:
			if i+3 < n && w[i+2] == 0xd0 && (w[i+3] == 0xb6 || w[i+3] == 0x96) {
				return dst[:start], false // дж: the slow path decides
			}
		}
		dst = appendShort(dst, out)
		prevVowel, prevS = e.vowel, e.s
	}
	return dst, true
}

// simpleEntry tells appendSimple how to write one Cyrillic letter.
type simpleEntry struct {
	out, alt string // the spelling, and the one a context rule picks
	kind     uint8
	upper    bool // a capital: out and alt are in title case
	vowel    bool
	s        bool // с or С, before which ҳ is written ʼh
}

// Kinds of simpleEntry.
const (
	simplePlain     uint8 = iota
	simpleBail            // unknown, or a letter the lexicon may want
	simpleBailFirst       // starts a lexicon key without such a letter
	simpleE               // е: e, or ye at the start and after a vowel
	simpleH               // ҳ: h, or ʼh after с
	simpleD               // д: d, unless ж follows
)

// simpleTable builds the table of appendSimple for the converter's marks
// and lexicon.
func (c *toLatin) simpleTable() *[256]simpleEntry {
	var t [256]simpleEntry
	for i := range t {
		r := rune(0x400 + i)
		lr, up := cyrLower(r)
		e := &t[i]
		e.upper, e.s = up, lr == 'с'
		ce := cyrTable[lr-0x400]
		switch {
		case !ce.ok || !isCyrillic(lr) || c.lex.triggers[lr-0x400]:
			e.kind = simpleBail
			continue
		case c.lex.firsts[lr-0x400]:
			e.kind = simpleBailFirst
			if lr == 'е' || lr == 'ҳ' || lr == 'д' {
				e.kind = simpleBail // a context rule and a lexicon start
			}
		}
		e.vowel = ce.vowel
		e.out = ce.latin
		switch lr {
		case 'е':
			if e.kind == simplePlain {
				e.kind = simpleE
			}
			e.out, e.alt = "e", "ye"
		case 'ҳ':
			if e.kind == simplePlain {
				e.kind = simpleH
			}
			e.out, e.alt = "h", c.tutuq+"h"
		case 'д':
			if e.kind == simplePlain {
				e.kind = simpleD
			}
		case 'ў':
			e.out = "o" + c.okina
		case 'ғ':
			e.out = "g" + c.okina
		}
		if up {
			e.out, e.alt = caseString(e.out, title), caseString(e.alt, title)
		}
	}
	return &t
}

// cyrRunLen returns the length of the Cyrillic run at the start of w:
// Cyrillic letters, with transparent runes and apostrophes between them.
func cyrRunLen(w string) int {
	i, end := 0, 0
	for i < len(w) {
		r, n := decodeRune(w[i:])
		switch {
		case isCyrillic(r):
			i += n
			end = i
			continue
		case segment.IsTransparent(r) || segment.IsApostrophe(r):
			i += n
			continue
		}
		break
	}
	// Trailing transparent runes stay with the run.
	for end < len(w) {
		r, n := decodeRune(w[end:])
		if !segment.IsTransparent(r) {
			break
		}
		end += n
	}
	return end
}

func (c *toLatin) decode(s string) *run {
	w := &c.w
	w.reset()
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case segment.IsTransparent(r):
			w.addMark(string(r))
		case segment.IsApostrophe(r):
			// An apostrophe typed inside a Cyrillic word stands for ъ.
			w.add('ъ', false)
		default:
			lr, up := cyrLower(r)
			w.add(lr, up)
		}
	}
	return w
}

// appendRun converts one run of Cyrillic letters.
func (c *toLatin) appendRun(dst []byte, s string, ctx *translit.Context) []byte {
	w := c.decode(s)
	ls := w.letters
	n := len(ls)
	start := 0 // letters before start were converted from the lexicon
	mi := 0
	if e, end := c.gloss.matchCyr(w); e != nil {
		for mi < len(w.marks) && w.marks[mi].at == 0 {
			dst = append(dst, w.marks[mi].s...)
			mi++
		}
		var out string
		if e.keep {
			out = stripTransparent(prefixLetters(s, end))
		} else {
			out = caseForm(marked(asciiMarks(e.formLat), c.okina, c.tutuq), marked(e.lat, c.okina, c.tutuq), spanCase(ls[:end]))
		}
		dst = appendSpread(dst, out, w, 0, end, &mi)
		start = end
	} else if e, end := c.lex.matchCyr(w); e != nil {
		cs := spanCase(ls[:end])
		if cs != mixed {
			for mi < len(w.marks) && w.marks[mi].at == 0 {
				dst = append(dst, w.marks[mi].s...)
				mi++
			}
			out := c.lex.latinOf(e, c.okina, c.tutuq)
			if cs == upper && c.acronymAt(ls, 0, ctx) {
				cs = title
			}
			dst = appendSpread(dst, caseString(out, cs), w, 0, end, &mi)
			start = end
		}
	}
	for i := start; i < n; i++ {
		for mi < len(w.marks) && w.marks[mi].at == i {
			dst = append(dst, w.marks[mi].s...)
			mi++
		}
		l := ls[i]
		out := c.letterAt(ls, i)
		if out == "" {
			continue
		}
		if !l.up {
			dst = appendShort(dst, out)
			continue
		}
		dst = appendCased(dst, out, c.capsStyle(ls, i, ctx))
	}
	for ; mi < len(w.marks); mi++ {
		dst = append(dst, w.marks[mi].s...)
	}
	return dst
}

func caseString(s string, c caseOf) string {
	if c == lower || c == mixed {
		return s
	}
	return string(appendCased(nil, s, c))
}

// letterAt returns the Latin spelling of letter i in lower case.
func (c *toLatin) letterAt(ls []letter, i int) string {
	r := ls[i].r
	var prev, next rune
	if i > 0 {
		prev = ls[i-1].r
	}
	if i+1 < len(ls) {
		next = ls[i+1].r
	}
	switch r {
	case 'е':
		// ye at the start of a word, after a vowel and after ъ or ь.
		if i == 0 || isCyrVowel(prev) || prev == 'ъ' || prev == 'ь' {
			return "ye"
		}
		return "e"
	case 'ц':
		// ts after a vowel (and after й: Швейцария → Shveytsariya),
		// s at the start of a word and after a consonant.
		if i > 0 && (isCyrVowel(prev) || prev == 'й') {
			return "ts"
		}
		return "s"
	case 'ъ':
		switch {
		case prev == 'ў' || prev == 'ғ':
			// ўъ: the mark of ў already stands for the stop (мўъжиза → moʻjiza).
			return ""
		case i > 0 && !isCyrVowel(prev) && (next == 'е' || next == 'ё' || next == 'ю' || next == 'я'):
			// Russian separating sign: объект → obyekt, съезд → syezd.
			return ""
		case i == 0:
			return ""
		}
		return c.tutuq
	case 'ь':
		return ""
	case 'о':
		if prev == 'ь' {
			return "yo" // бульон → bulyon
		}
		return "o"
	case 'ҳ':
		if prev == 'с' {
			return c.tutuq + "h" // Исҳоқ → Isʼhoq, not Ishoq
		}
		return "h"
	case 'ў':
		return "o" + c.okina
	case 'ғ':
		return "g" + c.okina
	case 'щ':
		return "shch"
	case 'д':
		if djIsJ(ls, i) {
			return "j" // менеджер → menejer, Джакарта → Jakarta
		}
	case 'ж':
		if prev == 'д' && djIsJ(ls, i-1) {
			return ""
		}
	}
	if isCyrillic(r) {
		if e := cyrTable[r-0x400]; e.ok {
			return e.latin
		}
	}
	return string(r)
}

// djIsJ reports whether the д at ls[i], followed by ж, spells the j of a
// loanword (менеджер → menejer, колледж → kollej) rather than d and j
// meeting where two parts of a word join: -жон and -жаҳон in names
// (Аҳмаджон → Ahmadjon, Саиджаҳон → Saidjahon), бад- + жаҳл (badjahl).
func djIsJ(ls []letter, i int) bool {
	if i+1 >= len(ls) || ls[i+1].r != 'ж' {
		return false
	}
	if i > 0 && i+3 < len(ls) {
		a, b := ls[i+2].r, ls[i+3].r
		if a == 'о' && b == 'н' || a == 'а' && b == 'ҳ' {
			return false
		}
	}
	return true
}

// capsStyle decides how a capital letter whose Latin spelling has two
// letters (Ш → Sh or SH) is written: in capitals inside a word written in
// capitals (ШАРҚ → SHARQ), as a capital and a small letter in a title-case
// word and inside an acronym (АҚШ → AQSh, ШҲТ → ShHT).
func (c *toLatin) capsStyle(ls []letter, i int, ctx *translit.Context) caseOf {
	switch {
	case i+1 < len(ls) && ls[i+1].r != 'ъ' && ls[i+1].r != 'ь':
		if !ls[i+1].up {
			return title
		}
	case i+2 < len(ls):
		// The next letter is ъ or ь, which have no case of their own in
		// Latin: look one further.
		if !ls[i+2].up {
			return title
		}
	case i > 0:
		if !ls[i-1].up {
			return title
		}
	default:
		if ctx.Caps() {
			return upper
		}
		return title
	}
	if c.acronymAt(ls, i, ctx) {
		return title
	}
	return upper
}

// acronymAt reports whether the run of capitals around letter i is an
// acronym rather than a word written in capitals. On a line set in
// capitals every run of capitals is a word.
func (c *toLatin) acronymAt(ls []letter, i int, ctx *translit.Context) bool {
	if ctx.Caps() {
		return false
	}
	a, b := i, i+1
	for a > 0 && ls[a-1].up {
		a--
	}
	for b < len(ls) && ls[b].up {
		b++
	}
	seg := ls[a:b]
	if c.lex.isAcronym(seg) {
		return true
	}
	vowels := 0
	for _, l := range seg {
		if isCyrVowel(l.r) {
			vowels++
		}
	}
	n := len(seg)
	switch {
	case n <= 3, vowels == 0:
		return true
	case n <= 5 && vowels == 1 && isCyrVowel(seg[n-1].r) && !isCyrVowel(seg[n-2].r):
		// ЧДПИ, ТДЮИ-like: consonants and a final vowel.
		return true
	}
	return false
}
