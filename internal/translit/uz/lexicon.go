package uz

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

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
	// foreignShape has bit b-'a' of foreignShape[n] set when some
	// foreign word has n bytes and starts with the letter b: a cheap
	// filter before the map.
	foreignShape [64]uint32
}

var (
	lexOnce sync.Once
	lexData *lexicon
)

// builtin returns the lexicon built from the embedded data.
func builtin() *lexicon {
	lexOnce.Do(func() { lexData = buildLexicon(lexiconText, foreignText, acronymText) })
	return lexData
}

func buildLexicon(words, foreign, acronyms string) *lexicon {
	lx := &lexicon{foreigns: map[string]bool{}, acronyms: map[string]bool{}}
	cyrKeys := map[string]int32{}
	latKeys := map[string]int32{}
	allKeys := map[string]int32{}
	for _, line := range lines(words) {
		f := strings.Split(line, "\t")
		e := entry{cyr: lowerCyr(strings.TrimSpace(f[0])), dropSoft: true}
		var lat string
		if len(f) > 1 {
			lat = strings.TrimSpace(f[1])
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
		rule := string(cyrRules(e.cyr))
		if lat == "" || lat == "-" {
			lat = rule
		}
		e.lat = normLatin(lat)
		idx := int32(len(lx.entries))
		lx.entries = append(lx.entries, e)
		if e.lat != rule {
			cyrKeys[e.cyr] = idx
			if s, ok := strings.CutSuffix(e.cyr, "ь"); ok && e.dropSoft && !e.exact {
				if _, dup := cyrKeys[s]; !dup {
					cyrKeys[s] = idx
				}
			}
		}
		if string(latinRules(nil, e.lat, false)) != e.cyr {
			latKeys[e.lat] = idx
		}
		allKeys[e.lat] = idx
	}
	lx.cyrTrie = newTrie(cyrKeys)
	lx.allLat = newTrie(allKeys)
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
	lx.latTrie = newTrie(latKeys)
	for _, w := range lines(foreign) {
		k := normLatin(w)
		lx.foreigns[k] = true
		if len(k) < len(lx.foreignShape) && 'a' <= k[0] && k[0] <= 'z' {
			lx.foreignShape[len(k)] |= 1 << (k[0] - 'a')
		}
	}
	for _, w := range lines(acronyms) {
		lx.acronyms[lowerCyr(w)] = true
	}
	return lx
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
// with the official marks, into the lexicon's Latin form ("'" marks).
func cyrRules(s string) []byte {
	c := &toLatin{okina: "'", tutuq: "'", lex: &lexicon{}}
	return c.appendRun(nil, s, translit.NewContext(""))
}

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
		rest := string(key[end:])
		if rest != "" && e.dropSoft && strings.HasSuffix(e.cyr, "ь") && strings.HasPrefix(rest, "ь") {
			rest = rest[len("ь"):]
		}
		if !cyrillicSuffixes.accepts(rest) {
			continue
		}
		// Convert the byte offset to a letter count.
		letters := sort.Search(len(w.letters), func(i int) bool { return int(w.letters[i].at) >= end })
		return e, letters
	}
	return nil, 0
}

// matchLat is matchCyr for a lower-case Latin key; letters are bytes.
func (lx *lexicon) matchLat(key string) (*entry, int) {
	if lx == nil || len(lx.latTrie.nodes) == 0 {
		return nil, 0
	}
	var ends [8]int
	var vals [8]int32
	n := prefixes(&lx.latTrie, key, ends[:], vals[:])
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

// known reports whether a lower-case Latin key is a lexicon stem with
// suffixes, whether or not the rules alone spell it right.
func (lx *lexicon) known(key string) bool {
	if len(lx.allLat.nodes) == 0 {
		return false
	}
	var ends [8]int
	var vals [8]int32
	n := prefixes(&lx.allLat, key, ends[:], vals[:])
	for k := n - 1; k >= 0; k-- {
		e := &lx.entries[vals[k]]
		if (!e.exact || ends[k] == len(key)) && latinSuffixes.accepts(key[ends[k]:]) {
			return true
		}
	}
	return false
}

// trigger reports whether a lower-case Cyrillic letter (the word's first
// when first is true) may start or be part of a lexicon key.
func (lx *lexicon) trigger(r rune, first bool) bool {
	if !isCyrillic(r) {
		return true
	}
	return lx.triggers[r-0x400] || first && lx.firsts[r-0x400]
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

// trie is a byte trie flattened into two arrays: each node's outgoing edges
// sit together in edges[lo:hi], sorted by byte.
type trie struct {
	nodes []tnode
	edges []tedge
	root  [256]int32 // the root's children by byte, 0 for none
}

type tnode struct {
	lo, hi int32
	val    int32 // entry index + 1, or 0
}

type tedge struct {
	b  byte
	to int32
}

func newTrie(keys map[string]int32) trie {
	type bnode struct {
		kids map[byte]*bnode
		val  int32
	}
	root := &bnode{kids: map[byte]*bnode{}}
	for k, v := range keys {
		n := root
		for i := 0; i < len(k); i++ {
			c := n.kids[k[i]]
			if c == nil {
				c = &bnode{kids: map[byte]*bnode{}}
				n.kids[k[i]] = c
			}
			n = c
		}
		n.val = v + 1
	}
	var t trie
	queue := []*bnode{root}
	t.nodes = append(t.nodes, tnode{val: root.val})
	for qi := 0; qi < len(queue); qi++ {
		n := queue[qi]
		bs := make([]int, 0, len(n.kids))
		for b := range n.kids {
			bs = append(bs, int(b))
		}
		sort.Ints(bs)
		t.nodes[qi].lo = int32(len(t.edges))
		for _, b := range bs {
			c := n.kids[byte(b)]
			t.edges = append(t.edges, tedge{b: byte(b), to: int32(len(t.nodes))})
			t.nodes = append(t.nodes, tnode{val: c.val})
			queue = append(queue, c)
		}
		t.nodes[qi].hi = int32(len(t.edges))
	}
	for j := t.nodes[0].lo; j < t.nodes[0].hi; j++ {
		t.root[t.edges[j].b] = t.edges[j].to
	}
	return t
}

// prefixes walks key and records, shortest first, the ends of the keys
// that are prefixes of it, with their values. It returns how many it found.
func prefixes[K string | []byte](t *trie, key K, ends []int, vals []int32) int {
	if len(key) == 0 {
		return 0
	}
	n, found := t.root[key[0]], 0
	if n == 0 {
		return 0
	}
	if v := t.nodes[n].val; v != 0 {
		ends[0], vals[0] = 1, v-1
		found++
	}
	for i := 1; i < len(key); i++ {
		nd := t.nodes[n]
		lo, hi := nd.lo, nd.hi
		next := int32(-1)
		for j := lo; j < hi; j++ {
			if b := t.edges[j].b; b == key[i] {
				next = t.edges[j].to
				break
			} else if b > key[i] {
				break
			}
		}
		if next < 0 {
			break
		}
		n = next
		if v := t.nodes[n].val; v != 0 && found < len(ends) {
			ends[found], vals[found] = i+1, v-1
			found++
		}
	}
	return found
}
