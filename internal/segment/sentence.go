package segment

import "unicode/utf8"

// FirstSentence splits the first sentence off s and returns it and the
// rest. A sentence ends after . ! ? … (and any closing quotes or brackets
// that follow) when white space and then a capital letter, a digit, an
// opening quote or a dash follow, or at a hard boundary (line break,
// U+001E). It does not end after an initial (Ш. Мирзиёев, V. Karimov), a
// listed abbreviation (т.б., mln., va h.k.), or inside a number (1.5). The
// sentence keeps its trailing white space, so the sentences of s joined
// give s back.
func FirstSentence(s string) (sentence, rest string) {
	i := 0
	for i < len(s) {
		r, n := decode(s[i:])
		if isBreak(r) {
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
			return s[:i+n], s[i+n:]
		}
		if !isTerminal(r) {
			i += n
			continue
		}
		end := i + n
		// Runs of terminals and closing quotes or brackets.
		for end < len(s) {
			r2, m := decode(s[end:])
			if !isTerminal(r2) && !isCloser(r2) {
				break
			}
			end += m
		}
		if r == '.' && end == i+n && (abbreviationBefore(s[:i]) || dateline(s[:i])) {
			i = end
			continue
		}
		// White space, then something that can start a sentence.
		j := end
		for j < len(s) {
			r2, m := decode(s[j:])
			if !isSpace(r2) {
				break
			}
			j += m
		}
		if j == len(s) {
			return s, ""
		}
		if j > end {
			if next, _ := decode(s[j:]); startsSentence(next) {
				return s[:j], s[j:]
			}
		}
		i = end
	}
	return s, ""
}

// Sentences returns the sentences of s, as FirstSentence cuts them.
func Sentences(s string) []string {
	var out []string
	for s != "" {
		var sent string
		sent, s = FirstSentence(s)
		out = append(out, sent)
	}
	return out
}

// dateline reports whether s, the text before a full stop, is a single
// word in capitals opening the text: the place name of a news dateline
// (ISLAMABAD. Kazinform – …, ТОШКЕНТ. Президент …), which starts the first
// sentence rather than ending one.
func dateline(s string) bool {
	if len(s) < 2 || len(s) > 40 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case isUpperLetter(r):
			letters++
		case r == '-' && letters > 0:
		default:
			return false
		}
	}
	return letters >= 2
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '»', '”', '’', ')', ']':
		return true
	}
	return false
}

func startsSentence(r rune) bool {
	switch {
	case isUpperLetter(r), isDigit(r):
		return true
	}
	switch r {
	case '«', '"', '“', '„', '(', '—', '–', '-', '‘', '\'':
		return true
	}
	return false
}

func isUpperLetter(r rune) bool {
	switch {
	case 'A' <= r && r <= 'Z', 0x0410 <= r && r <= 0x042f, 0x0400 <= r && r <= 0x040f:
		return true
	case 0x0460 <= r && r <= 0x04ff:
		return r&1 == 0
	}
	return false
}

// abbreviationBefore reports whether the word that ends s is an initial
// (one capital letter, or a digraph initial such as Sh or Ch) or a listed
// abbreviation.
func abbreviationBefore(s string) bool {
	j := len(s)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !IsLetter(r) && !IsApostrophe(r) && r != '.' {
			break
		}
		j -= n
	}
	w := s[j:]
	if w == "" {
		return false
	}
	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) && isUpperLetter(first) {
		return true // Ш. Мирзиёев
	}
	switch w {
	case "Sh", "Ch", "Yo", "Yu", "Ya", "Ye":
		return true // Sh. Mirziyoyev
	}
	return abbreviations[lowerAll(w)]
}

func lowerAll(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case 0x0410 <= r && r <= 0x042f:
			r += 0x20
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// abbreviations are written with a full stop that does not end a sentence.
// Entries with inner full stops (т.б) are listed up to their last stop.
var abbreviations = map[string]bool{
	// Cyrillic
	"т.б": true, "ва ҳ.к": true, "ҳ.к": true, "млн": true, "млрд": true, "трлн": true, "й": true,
	"проф": true, "акад": true, "доц": true, "жум": true, "мас": true, "вил": true, "кўч": true,
	"км": true, "кг": true, "б": true, "ш": true, "р": true, "м": true, "п": true,
	// Latin
	"t.b": true, "h.k": true, "mln": true, "mlrd": true, "trln": true, "y": true, "prof": true,
	"akad": true, "dots": true, "jum": true, "mas": true, "vil": true, "ko'ch": true, "koʻch": true,
	"km": true, "kg": true, "b": true, "sh": true, "r": true, "m": true, "p": true,
	"mr": true, "dr": true, "st": true, "etc": true, "vs": true,
}

// Script is the writing system of a run of text.
type Script uint8

// Scripts of runs. Common covers digits, punctuation, spaces and anything
// that is neither Cyrillic nor Latin.
const (
	Common Script = iota
	Cyrillic
	Latin
)

// String returns the script's ISO 15924 code, or "Zyyy" for Common.
func (sc Script) String() string {
	switch sc {
	case Cyrillic:
		return "Cyrl"
	case Latin:
		return "Latn"
	}
	return "Zyyy"
}

// ScriptOf returns the script of one rune. Apostrophes and transparent
// runes are Common.
func ScriptOf(r rune) Script {
	switch {
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', 0x00c0 <= r && r <= 0x024f && r != 0xd7 && r != 0xf7:
		return Latin
	case 0x0400 <= r && r <= 0x052f:
		return Cyrillic
	}
	return Common
}

// FirstRun splits off the first script run of s: the longest prefix whose
// letters are all of one script, with the Common runes between them (so
// "Ўзбекистон, 2024 йил" is one Cyrillic run). A run of Common runes alone
// comes back as Common.
func FirstRun(s string) (run string, script Script, rest string) {
	if s == "" {
		return "", Common, ""
	}
	end := 0 // end of the last letter of the run's script
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		sc := ScriptOf(r)
		switch {
		case sc == Common:
		case script == Common:
			script = sc
			if i > 0 {
				// Leading Common runes form a run of their own.
				return s[:i], Common, s[i:]
			}
			end = i + n
		case sc == script:
			end = i + n
		default:
			return s[:end], script, s[end:]
		}
		i += n
	}
	if script == Common {
		return s, Common, ""
	}
	return s, script, ""
}
