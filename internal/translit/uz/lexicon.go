package uz

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/yozuv/yozuv/internal/translit"
)

//go:generate go run gen.go

// The lexicon holds the words that the letter rules get wrong in at least
// one direction, in data/lexicon.txt, one word a line:
//
//	cyrillic [TAB latin] [TAB flags]
//
// The Latin spelling may be left out when the Cyrillic → Latin rules give
// it (компьютер → kompyuter: the entry is there for the way back). Flags:
// "=" matches the word only on its own, never with suffixes; "+ь" keeps a
// final ь before suffixes (Брюссельда), which is otherwise dropped
// (октябрь, октябрда). Lines starting with # are comments.
//
// data/foreign.txt lists Latin words (brands, organisations, common English
// words) that Latin → Cyrillic keeps in Latin, one a line; data/acronyms.txt
// lists acronyms in capitals whose letters keep their own Latin forms
// beyond those the rules guess. gen.go turns the three files into
// tables.go.

type entry struct {
	cyr      string // lower case
	lat      string // lower case, "'" for every apostrophe
	exact    bool   // no suffixes
	dropSoft bool   // drop a final ь before suffixes

	// Glossary entries only.
	keep             bool   // the word stays as written
	formCyr, formLat string // spellings as the glossary writes them
}

type lexicon struct {
	// triggers holds the letters whose presence in a Cyrillic word calls
	// for a lexicon look-up; firsts, the first letters of the keys that
	// have none of them.
	triggers [0x100]bool
	firsts   [0x100]bool
	entries  []entry
	cyrTrie  trie // keys: lower-case Cyrillic, for Cyrillic → Latin
	latTrie  trie // keys: lower-case Latin, for Latin → Cyrillic
	allLat   trie // every entry's Latin key, also those the rules get right
	foreigns map[string]bool
	acronyms map[string]bool

	foreignText, acronymText string // the data the sets are built from

	// foreignShape has bit b-'a' of foreignShape[n] set when some
	// foreign word has n bytes and starts with the letter b: a cheap
	// filter before the map.
	foreignShape [64]uint32
}

// The built-in lexicon is parsed once, and each direction builds its own
// tries on first use: Cyrillic → Latin needs the rules run only for the
// few entries with an official Latin spelling, which keeps a page's first
// conversion quick in the browser.
var (
	lexOnce, cyrOnce, latOnce sync.Once
	lexData                   *lexicon
)

// builtin returns the lexicon of the embedded data, parsed.
func builtin() *lexicon {
	lexOnce.Do(func() { lexData = parseLexicon(lexiconText, foreignText, acronymText) })
	return lexData
}

// builtinCyr returns the built-in lexicon ready for Cyrillic → Latin.
func builtinCyr() *lexicon {
	lx := builtin()
	cyrOnce.Do(lx.buildCyr)
	return lx
}

// builtinLat returns the built-in lexicon ready for Latin → Cyrillic.
func builtinLat() *lexicon {
	lx := builtin()
	latOnce.Do(lx.buildLat)
	return lx
}

// buildLexicon parses and builds both directions.
func buildLexicon(words, foreign, acronyms string) *lexicon {
	lx := parseLexicon(words, foreign, acronyms)
	lx.buildCyr()
	lx.buildLat()
	return lx
}

// parseLexicon reads the data; e.lat holds only a Latin spelling given in
// the data, in its lexicon form.
func parseLexicon(words, foreign, acronyms string) *lexicon {
	lx := &lexicon{foreigns: map[string]bool{}, acronyms: map[string]bool{}}
	for _, line := range lines(words) {
		f := strings.Split(line, "\t")
		e := entry{cyr: lowerCyr(strings.TrimSpace(f[0])), dropSoft: true}
		if len(f) > 1 {
			if lat := strings.TrimSpace(f[1]); lat != "" && lat != "-" {
				e.lat = normLatin(lat)
			}
		}
		if len(f) > 2 {
			for _, fl := range strings.Fields(f[2]) {
				switch fl {
				case "=":
					e.exact = true
				case "+ь":
					e.dropSoft = false
				}
			}
		}
		lx.entries = append(lx.entries, e)
	}
	lx.foreignText, lx.acronymText = foreign, acronyms
	for _, w := range lines(acronyms) {
		lx.acronyms[lowerCyr(w)] = true
	}
	return lx
}

// buildCyr builds the Cyrillic → Latin trie: the entries whose given Latin
// spelling differs from what the rules make of the Cyrillic.
func (lx *lexicon) buildCyr() {
	cyrKeys := map[string]int32{}
	rules := ruleConverter()
	for i := range lx.entries {
		e := &lx.entries[i]
		if e.lat == "" || e.lat == string(cyrRules(rules, e.cyr)) {
			continue
		}
		idx := int32(i)
		cyrKeys[e.cyr] = idx
		if s, ok := strings.CutSuffix(e.cyr, "ь"); ok && e.dropSoft && !e.exact {
			if _, dup := cyrKeys[s]; !dup {
				cyrKeys[s] = idx
			}
		}
	}
	lx.cyrTrie = newTrie(cyrKeys)
	for _, r := range "ьъёюяцщэ" {
		lx.triggers[r-0x400] = true
	}
	for k := range cyrKeys {
		if !strings.ContainsAny(k, "ьъёюяцщэ") {
			r, _ := utf8.DecodeRuneInString(k)
			if isCyrillic(r) {
				lx.firsts[r-0x400] = true
			}
		}
	}
}

// buildLat builds the Latin → Cyrillic tries and the foreign-word set.
// Entries that give no Latin spelling are keyed by what the rules make of
// their Cyrillic. The entries themselves are not changed, so the two
// directions may be built at once.
func (lx *lexicon) buildLat() {
	latKeys := map[string]int32{}
	allKeys := map[string]int32{}
	rules := ruleConverter()
	for i := range lx.entries {
		e := &lx.entries[i]
		lat := e.lat
		if lat == "" {
			lat = string(cyrRules(rules, e.cyr))
		}
		idx := int32(i)
		if string(latinRules(nil, lat)) != e.cyr {
			latKeys[lat] = idx
		}
		allKeys[lat] = idx
	}
	lx.latTrie = newTrie(latKeys)
	lx.allLat = newTrie(allKeys)
	for _, w := range lines(lx.foreignText) {
		k := normLatin(w)
		lx.foreigns[k] = true
		if len(k) < len(lx.foreignShape) && 'a' <= k[0] && k[0] <= 'z' {
			lx.foreignShape[len(k)] |= 1 << (k[0] - 'a')
		}
	}
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, " #"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimRight(l, " \t\r")
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, l)
	}
	return out
}

func lowerCyr(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if isCyrillic(r) {
			r, _ = cyrLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// normLatin lower-cases a Latin word and writes every apostrophe as "'".
func normLatin(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r == '\u2018' || r == '\u2019' || r == '\u02bb' || r == '\u02bc' || r == '`' || r == '\u00b4':
			r = '\''
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// cyrRules converts a lower-case Cyrillic word by the letter rules alone,
// with "'" for the marks, into the lexicon's Latin form. c is a converter
// with an empty lexicon, reused from word to word.
func cyrRules(c *toLatin, s string) []byte {
	return c.appendRun(nil, s, translit.NewContext(""))
}

// ruleConverter returns a Cyrillic → Latin converter with no lexicon.
func ruleConverter() *toLatin { return &toLatin{okina: "'", tutuq: "'", lex: &lexicon{}} }

// glossaryLexicon compiles a publisher's glossary: every entry with both
// Uzbek spellings, and every word to keep.
func glossaryLexicon(g *translit.Glossary) *lexicon {
	if g.Len() == 0 {
		return nil
	}
	lx := &lexicon{foreigns: map[string]bool{}, acronyms: map[string]bool{}}
	cyrKeys := map[string]int32{}
	latKeys := map[string]int32{}
	for _, ge := range g.Entries() {
		idx := int32(len(lx.entries))
		if ge.Keep != "" {
			e := entry{keep: true, exact: ge.Exact}
			cy, la, _ := wordScripts(ge.Keep)
			if cy > la {
				e.cyr = lowerCyr(ge.Keep)
				cyrKeys[e.cyr] = idx
			} else {
				e.lat = normLatin(ge.Keep)
				latKeys[e.lat] = idx
			}
			lx.entries = append(lx.entries, e)
			continue
		}
		c, l := ge.Forms[Cyrl], ge.Forms[Latn]
		if c == "" || l == "" {
			continue
		}
		e := entry{cyr: lowerCyr(c), lat: normLatin(l), exact: ge.Exact, formCyr: c, formLat: l}
		lx.entries = append(lx.entries, e)
		cyrKeys[e.cyr] = idx
		latKeys[e.lat] = idx
	}
	lx.cyrTrie = newTrie(cyrKeys)
	lx.latTrie = newTrie(latKeys)
	return lx
}

// caseForm returns a glossary spelling for a source span of case cs: the
// spelling as written for small and title-case sources (names keep their
// capitals), in capitals for a source in capitals.
func caseForm(form, lowered string, cs caseOf) string {
	switch cs {
	case upper:
		return caseString(lowered, upper)
	case title:
		if r, _ := decodeRune(form); !isUpper(r) {
			return caseString(form, title)
		}
	}
	return form
}

func isUpper(r rune) bool {
	if isCyrillic(r) {
		_, up := cyrLower(r)
		return up
	}
	return 'A' <= r && r <= 'Z'
}

// latinOf returns an entry's Latin spelling with the given marks.
func (lx *lexicon) latinOf(e *entry, okina, tutuq string) string {
	return marked(e.lat, okina, tutuq)
}

// marked writes a lexicon Latin form's "'" marks in the given style.
func marked(lat, okina, tutuq string) string {
	if !strings.Contains(lat, "'") {
		return lat
	}
	var b strings.Builder
	for i := 0; i < len(lat); i++ {
		if lat[i] == '\'' {
			if i > 0 && (lat[i-1]|0x20 == 'o' || lat[i-1]|0x20 == 'g') {
				b.WriteString(okina)
			} else {
				b.WriteString(tutuq)
			}
			continue
		}
		b.WriteByte(lat[i])
	}
	return b.String()
}

// matchCyr finds the longest lexicon stem at the start of the run that is
// followed only by suffixes, and returns its entry and the number of
// letters it covers.
func (lx *lexicon) matchCyr(w *run) (*entry, int) {
	if lx == nil || len(lx.cyrTrie.nodes) == 0 {
		return nil, 0
	}
	key := w.key
	var ends [8]int
	var vals [8]int32
	n := prefixes(&lx.cyrTrie, key, ends[:], vals[:])
	for k := n - 1; k >= 0; k-- {
		e := &lx.entries[vals[k]]
		end := ends[k]
		if e.exact && end != len(key) {
			continue
		}
		rest := unsafe.String(unsafe.SliceData(key[end:]), len(key)-end)
		if rest != "" && e.dropSoft && strings.HasSuffix(e.cyr, "ь") && strings.HasPrefix(rest, "ь") {
			rest = rest[len("ь"):]
		}
		if !cyrillicSuffixes.accepts(rest) {
			continue
		}
		// Convert the byte offset to a letter count.
		letters := 0
		for letters < len(w.letters) && int(w.letters[letters].at) < end {
			letters++
		}
		return e, letters
	}
	return nil, 0
}

// matchLat is matchCyr for a lower-case Latin key; letters are bytes.
func (lx *lexicon) matchLat(key string) (*entry, int) {
	if lx == nil {
		return nil, 0
	}
	return lx.matchIn(&lx.latTrie, key)
}

// known reports whether a lower-case Latin key is a lexicon stem with
// suffixes, whether or not the rules alone spell it right.
func (lx *lexicon) known(key string) bool {
	e, _ := lx.matchIn(&lx.allLat, key)
	return e != nil
}

// matchIn finds the longest key of t at the start of a Latin key that is
// followed only by suffixes.
func (lx *lexicon) matchIn(t *trie, key string) (*entry, int) {
	var ends [8]int
	var vals [8]int32
	n := prefixes(t, key, ends[:], vals[:])
	for k := n - 1; k >= 0; k-- {
		e := &lx.entries[vals[k]]
		end := ends[k]
		if e.exact && end != len(key) {
			continue
		}
		if latinSuffixes.accepts(key[end:]) {
			return e, end
		}
	}
	return nil, 0
}

// foreignKey reports whether a Latin word, already in lower case with "'"
// for every apostrophe, is listed as one to keep in Latin.
func (lx *lexicon) foreignKey(key []byte) bool {
	if len(lx.foreigns) == 0 || len(key) == 0 {
		return false
	}
	if n, c := len(key), key[0]; n < len(lx.foreignShape) && 'a' <= c && c <= 'z' && lx.foreignShape[n]&(1<<(c-'a')) == 0 {
		return false
	}
	return lx.foreigns[string(key)]
}

// isAcronym reports whether the letters form a listed acronym.
func (lx *lexicon) isAcronym(ls []letter) bool {
	if len(lx.acronyms) == 0 {
		return false
	}
	var b [64]byte
	k := b[:0]
	for _, l := range ls {
		k = utf8.AppendRune(k, l.r)
	}
	return lx.acronyms[string(k)]
}

// trie is a byte trie in one array: each node links to its first child
// and its next sibling, and siblings are in byte order. The root's
// children are also indexed by byte.
type trie struct {
	nodes []tnode
	root  [256]int32 // the root's children by byte, 0 for none
}

type tnode struct {
	b           byte
	child, next int32 // first child and next sibling, 0 for none
	last        int32 // last child, while building
	val         int32 // entry index + 1, or 0
}

// newTrie builds a trie of keys. Inserting them in sorted order lets each
// new child go at the end of its siblings, with no maps.
func newTrie(keys map[string]int32) trie {
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sortStrings(sorted)
	t := trie{nodes: make([]tnode, 1, 4*len(keys)+1)}
	for _, k := range sorted {
		n := int32(0)
		for i := 0; i < len(k); i++ {
			last := t.nodes[n].last
			if last != 0 && t.nodes[last].b == k[i] {
				n = last
				continue
			}
			c := int32(len(t.nodes))
			t.nodes = append(t.nodes, tnode{b: k[i]})
			if last == 0 {
				t.nodes[n].child = c
			} else {
				t.nodes[last].next = c
			}
			t.nodes[n].last = c
			n = c
		}
		t.nodes[n].val = keys[k] + 1
	}
	for c := t.nodes[0].child; c != 0; c = t.nodes[c].next {
		t.root[t.nodes[c].b] = c
	}
	return t
}

// sortStrings sorts a by merging runs bottom up. The lexicon sorts its
// keys once; the sort package would add its code to the WebAssembly build.
func sortStrings(a []string) {
	tmp := make([]string, len(a))
	for width := 1; width < len(a); width *= 2 {
		for lo := 0; lo < len(a); lo += 2 * width {
			mid, hi := min(lo+width, len(a)), min(lo+2*width, len(a))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if a[j] < a[i] {
					tmp[k], j = a[j], j+1
				} else {
					tmp[k], i = a[i], i+1
				}
				k++
			}
			k += copy(tmp[k:], a[i:mid])
			copy(tmp[k:], a[j:hi])
		}
		copy(a, tmp)
	}
}

// prefixes walks key and records, shortest first, the ends of the keys
// that are prefixes of it, with their values. It returns how many it found.
func prefixes[K string | []byte](t *trie, key K, ends []int, vals []int32) int {
	if len(key) == 0 || len(t.nodes) == 0 {
		return 0
	}
	n, found := t.root[key[0]], 0
	for i := 0; n != 0; {
		if v := t.nodes[n].val; v != 0 && found < len(ends) {
			ends[found], vals[found] = i+1, v-1
			found++
		}
		if i++; i == len(key) {
			break
		}
		c := t.nodes[n].child
		for c != 0 && t.nodes[c].b < key[i] {
			c = t.nodes[c].next
		}
		if c == 0 || t.nodes[c].b != key[i] {
			break
		}
		n = c
	}
	return found
}
