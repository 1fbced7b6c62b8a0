package uz_test

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func hasCyrillic(s string) bool {
	for _, r := range s {
		if 0x0400 <= r && r <= 0x04ff {
			return true
		}
	}
	return false
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// checkCommon holds for both directions: valid UTF-8 stays valid, and the
// separators the browser widget joins text nodes with all come back, in
// order, so every node gets its own text back.
func checkCommon(t *testing.T, in, out string) {
	t.Helper()
	if utf8.ValidString(in) && !utf8.ValidString(out) {
		t.Fatalf("valid input %q gave invalid output %q", in, out)
	}
	if sep(in) != sep(out) {
		t.Fatalf("separators of %q not preserved in %q", in, out)
	}
}

// sep keeps only the separators and line breaks of s.
func sep(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 0x1e || r == 0x1f || r == '\n' {
			return r
		}
		return -1
	}, s)
}

var seeds = []string{
	"Ўзбекистон Республикаси", "ШАРҚ ВА ҒАРБ", "АҚШда", "Telegram’даги", "Ўз\x1fбекистон\x1eянги",
	"oʻzbek tili", "O'ZBEKISTON", "Is'hoq", "kompyuterlarimizda", "Microsoft’da", "\xff\xfeбуз",
	"https://kun.uz/1 info@a.uz @nom #teg XXI", "ъьЪЬ'’ʻ", "e’tibor", "yo‘l", "ц", "Ц\x1fц",
}

func FuzzCyrlToLatn(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	c2l := mustNew(f, "uz-Cyrl", "uz-Latn")
	f.Fuzz(func(t *testing.T, s string) {
		out := c2l.String(s)
		checkCommon(t, s, out)
		if !hasCyrillic(s) && out != s {
			t.Fatalf("text without Cyrillic changed: %q → %q", s, out)
		}
	})
}

func FuzzLatnToCyrl(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	l2c := mustNew(f, "uz-Latn", "uz-Cyrl")
	f.Fuzz(func(t *testing.T, s string) {
		out := l2c.String(s)
		checkCommon(t, s, out)
		if !hasASCIILetter(s) && out != s {
			t.Fatalf("text without Latin letters changed: %q → %q", s, out)
		}
	})
}
