package uz

import (
	"strings"

	"github.com/yozuv/yozuv/internal/translit"
)

// Annotate implements translit.Annotator. Latin → Cyrillic is unsure where
// a rule chose between spellings that Latin writes alike and no lexicon or
// glossary entry settled it: ts (ц or т+с), s before -iya (ц or с), y and a
// vowel after a consonant (with or without ь or ъ), yon and yor after a
// vowel (ё or йо: rayon). Native endings that only look alike (-yapti,
// -yotgan) are not flagged.
func (c *toCyrillic) Annotate(word string, ctx *translit.Context) translit.Annotation {
	out := string(c.AppendWord(nil, word, ctx))
	a := translit.Annotation{Out: out, Sure: true}
	if out == word {
		return a // kept: foreign, or no Latin letters
	}
	w := c.decode(word)
	key := string(w.key)
	if e, _ := c.gloss.matchLat(key); e != nil {
		return a
	}
	if c.lex.known(key) {
		return a
	}
	var units []unit
	for i := 0; i < len(key); {
		o, adv := latinUnit(key, i)
		u := unit{at: i, out: o}
		u.alt, u.why = altUnit(key, i, o)
		units = append(units, u)
		i += adv
	}
	for k, u := range units {
		if u.alt == "" || len(a.Alternatives) == 3 {
			continue
		}
		var b []byte
		for j := 0; j < len(units); j++ {
			v := units[j]
			o := v.out
			if j == k {
				o = u.alt
				if o == "ц" && v.out == "т" {
					j++ // ц takes the place of both т and с
				}
			}
			cs := lower
			if w.letters[v.at].up {
				cs = upper
			}
			b = appendCased(b, o, cs)
		}
		if alt := string(b); alt != out && !strings.Contains(strings.Join(a.Alternatives, "\x00"), alt) {
			a.Sure = false
			a.Alternatives = append(a.Alternatives, alt)
			if a.Why == "" {
				a.Why = u.why
			} else if !strings.Contains(a.Why, u.why) {
				a.Why += "; " + u.why
			}
		}
	}
	return a
}

type unit struct {
	at       int
	out, alt string
	why      string
}

// altUnit returns the other spelling of the unit at k[i], spelt out by the
// rules as out, where Latin cannot tell them apart.
func altUnit(k string, i int, out string) (alt, why string) {
	var prev byte
	if i > 0 {
		prev = k[i-1]
	}
	consonantBefore := i > 0 && !isLatinVowel(prev) && prev != '\''
	rest := k[i:]
	switch out {
	case "ц":
		if k[i] == 't' {
			return "тс", "ts: ц or т+с"
		}
		return "с", "s: ц or с"
	case "т":
		if i > 0 && strings.HasPrefix(rest, "ts") {
			return "ц", "ts: ц or т+с"
		}
	case "ё", "ю", "я":
		native := strings.HasPrefix(rest, "yap") || strings.HasPrefix(rest, "yot")
		if consonantBefore && !native {
			return "ь" + out, "a soft sign may stand before " + out
		}
		if out == "ё" && i > 0 && isLatinVowel(prev) && (strings.HasPrefix(rest, "yon") || strings.HasPrefix(rest, "yor")) {
			return "йо", "yo: ё or йо"
		}
	case "ье":
		return "ъе", "ye: ье or ъе"
	case "ъе":
		return "ье", "ye: ъе or ье"
	}
	return "", ""
}
