package uz

import (
	"testing"

	"github.com/yozuv/yozuv/internal/segment"
	"github.com/yozuv/yozuv/internal/translit"
)

// slow converts s token by token, as the engine does without fast paths.
func slow(sc translit.Scheme, s string) string {
	var dst []byte
	for s != "" {
		line := s
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' || s[i] == 0x1e {
				line = s[:i+1]
				break
			}
		}
		s = s[len(line):]
		ctx := translit.NewContext(line)
		for line != "" {
			tok, kind, rest := segment.First(line)
			if kind == segment.Word {
				dst = sc.AppendWord(dst, tok, ctx)
			} else {
				dst = append(dst, tok...)
			}
			line = rest
		}
	}
	return string(dst)
}

var fastSeeds = []string{
	"Президент Исломободга келиб, «маданий» мероси — ва 1990-йил…", "Ўз\x1fбекистон ва АҚШ", "Тоқаев: «Ҳа!»",
	"oʻzbek tili, mp3.pdf va kun.uz; 5ta.pdf info@kun.uz XXI asr V. Karimov", "bo' tog'da ma'no",
	"Telegram’dagi kanal", "sentabr oyi 2024", "kun-uz.com a+b", "Ш. Мирзиёев", "iPhone’да", "#тег @nom",
}

// FuzzFastPath checks that the fast paths give the slow path's output.
func FuzzFastPath(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	c2l := newToLatin(translit.Options{})
	l2c := newToCyrillic(translit.Options{})
	tc, _ := translit.New(Cyrl, Latn, translit.Options{})
	tl, _ := translit.New(Latn, Cyrl, translit.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tc.String(s), slow(c2l, s); got != want {
			t.Fatalf("Cyrillic → Latin of %q: fast path %q, slow path %q", s, got, want)
		}
		if got, want := tl.String(s), slow(l2c, s); got != want {
			t.Fatalf("Latin → Cyrillic of %q: fast path %q, slow path %q", s, got, want)
		}
	})
}
