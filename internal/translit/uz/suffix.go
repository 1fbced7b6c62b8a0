package uz

import "strings"

// Uzbek is agglutinative: a loanword the lexicon knows (компьютер) takes
// native suffixes in a fixed order (компьютер·лар·имиз·да). The lexicon
// therefore matches a known stem at the start of a word and accepts the
// rest of the word only if it parses as a chain of suffixes, one from each
// slot below at most, in order. The grammar is deliberately loose (it does
// not check vowel harmony or which possessive form follows a vowel): it
// only has to tell "stem + suffixes" from "a different word that happens
// to start with the stem" (sirkka "to the circus" vs sirka "vinegar").
//
// Sources: A. Hojiyev, "Oʻzbek tili morfologiyasi" (affix inventory and
// order); the suffix lists of the Uzbek Wikipedia grammar pages.
var suffixSlots = [][]string{
	derivation, // up to two: siz·lik, chi·lik
	derivation,
	// Verbs made from nouns; the verb forms of the next slot follow only
	// these (mer·ganlik is not мэр + ganlik).
	verbalizers,
	verbForms,
	// Plural.
	{"lar"},
	// Possessive.
	{"im", "m", "ing", "ng", "i", "si", "imiz", "miz", "ingiz", "ngiz", "lari"},
	// Case and relational suffixes, then what may follow -dagi and -niki.
	cases,
	{"lar", "si", "ni", "ning", "ga", "da", "dan", "dek", "day", "gacha", "cha", "m", "ng"},
	cases,
	// Particles and predicate endings, up to two (-dasanmi, -dansizmi).
	particles,
	particles,
}

var verbalizers = []string{"la", "lan", "lash", "lashtir", "lantir", "lashtiril", "lantiril", "lat"}

var verbForms = []string{"ish", "uv", "gan", "adi", "ydi", "di", "moqda", "ib", "sa", "ilish", "ilgan",
	"ildi", "iladi", "uvchi", "ilmoqda", "ishi", "moqchi", "yotgan", "yapti", "ay", "sin", "ing",
	"ganlik", "gani", "ganidan", "ganini", "gach", "guncha", "masdan", "may", "mas", "madi"}

var cases = []string{"ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi", "gacha", "kacha", "qacha",
	"dek", "day", "cha", "niki", "larda"}

var particles = []string{"mi", "chi", "ku", "u", "yu", "gina", "kina", "qina", "dir", "man", "san",
	"miz", "siz", "da", "dek", "ham", "dirlar", "sizlar"}

// derivation lists suffixes that make nouns and adjectives. -lig is -lik
// before a vowel (adolatsizligi).
var derivation = []string{"lik", "lig", "li", "siz", "chi", "chilik", "dor", "iy", "viy", "cha", "ona",
	"shunos", "shunoslik", "xona", "parast", "parvar", "bop", "namo", "simon", "gar", "kor", "dosh",
	"zor", "ist", "izm", "aro", "lararo"}

// suffixes holds the slots spelt in one script, each slot's suffixes
// indexed by their first byte.
type suffixes [][256][]string

func newSuffixes(slots [][]string) suffixes {
	g := make(suffixes, len(slots))
	for i, slot := range slots {
		for _, s := range slot {
			g[i][s[0]] = append(g[i][s[0]], s)
		}
	}
	return g
}

// accepts reports whether s is empty or a chain of suffixes.
func (g suffixes) accepts(s string) bool { return g.from(s, 0) }

func (g suffixes) from(s string, slot int) bool {
	if s == "" {
		return true
	}
	for k := slot; k < len(g); k++ {
		if k == verbFormSlot && slot <= verbalizerSlot {
			continue // verb forms only after a verbalizer
		}
		for _, suf := range g[k][s[0]] {
			if strings.HasPrefix(s, suf) && g.from(s[len(suf):], k+1) {
				return true
			}
		}
	}
	return false
}

// The slots of verbalizers and of the verb forms that must follow one.
const (
	verbalizerSlot = 2
	verbFormSlot   = 3
)

// latinSuffixes is the grammar in Latin, apostrophes as in the lexicon keys.
var latinSuffixes = newSuffixes(suffixSlots)

// cyrillicSuffixes is the grammar spelt in Cyrillic, made by the Latin →
// Cyrillic rules (the suffixes hold no letter those rules can get wrong).
var cyrillicSuffixes = func() suffixes {
	slots := make([][]string, len(suffixSlots))
	for i, slot := range suffixSlots {
		for _, s := range slot {
			slots[i] = append(slots[i], string(latinRules(nil, s)))
		}
	}
	return newSuffixes(slots)
}()
