package segment_test

import (
	"strings"
	"testing"

	"github.com/yozuv/yozuv/internal/segment"
)

type tok struct {
	s string
	k segment.Kind
}

func split(s string) []tok {
	var out []tok
	for s != "" {
		t, k, rest := segment.First(s)
		out = append(out, tok{t, k})
		s = rest
	}
	return out
}

func TestFirst(t *testing.T) {
	W, S, P, N, B := segment.Word, segment.Space, segment.Punct, segment.Number, segment.Break
	for _, tc := range []struct {
		in   string
		want []tok
	}{
		{"Салом, дунё!", []tok{{"Салом", W}, {",", P}, {" ", S}, {"дунё", W}, {"!", P}}},
		{"oʻzbek o‘zbek o'zbek o`zbek", []tok{{"oʻzbek", W}, {" ", S}, {"o‘zbek", W}, {" ", S}, {"o'zbek", W}, {" ", S}, {"o`zbek", W}}},
		{"tog‘ va bog'", []tok{{"tog‘", W}, {" ", S}, {"va", W}, {" ", S}, {"bog'", W}}},
		{"'salom'", []tok{{"'", P}, {"salom", W}, {"'", P}}},
		{"Telegram’даги", []tok{{"Telegram’даги", W}}},
		{"Ўз\x1fбекистон", []tok{{"Ўз\x1fбекистон", W}}},
		{"сўз\x1f сўз", []tok{{"сўз\x1f", W}, {" ", S}, {"сўз", W}}},
		{"Қасим-Жомарт", []tok{{"Қасим", W}, {"-", P}, {"Жомарт", W}}},
		{"1 234,5 ва 12.03.2024", []tok{{"1\u00a0234,5"[:1], N}}},
		{"бир\nикки\r\nуч\x1eтўрт", []tok{{"бир", W}, {"\n", B}, {"икки", W}, {"\r\n", B}, {"уч", W}, {"\x1e", B}, {"тўрт", W}}},
		{"https://kun.uz/news/1. Кейин", []tok{{"https://kun.uz/news/1", segment.URL}, {".", P}, {" ", S}, {"Кейин", W}}},
		{"www.gov.uz, kun.uz’да", []tok{{"www.gov.uz", segment.URL}, {",", P}, {" ", S}, {"kun.uz", segment.URL}, {"’", P}, {"да", W}}},
		{"info@gazeta.uz ga", []tok{{"info@gazeta.uz", segment.Email}, {" ", S}, {"ga", W}}},
		{"@yozuv_uz #янгилик #2024", []tok{{"@yozuv_uz", segment.Handle}, {" ", S}, {"#янгилик", segment.Tag}, {" ", S}, {"#2024", segment.Tag}}},
		{"XXI аср, IV боб", []tok{{"XXI", segment.Roman}, {" ", S}, {"аср", W}, {",", P}, {" ", S}, {"IV", segment.Roman}, {" ", S}, {"боб", W}}},
		{"V. Karimov", []tok{{"V", W}, {".", P}, {" ", S}, {"Karimov", W}}},
		{"IIII MIX", []tok{{"IIII", W}, {" ", S}, {"MIX", segment.Roman}}},
		{"IIV DXX MMXXIV XIX", []tok{{"IIV", W}, {" ", S}, {"DXX", W}, {" ", S}, {"MMXXIV", segment.Roman}, {" ", S}, {"XIX", segment.Roman}}},
		{"\x1finfo@kun.uz \x1fkun.uz \x1fhttps://a.uz", []tok{{"\x1f", P}, {"info@kun.uz", segment.Email}, {" ", S}, {"\x1f", P}, {"kun.uz", segment.URL}, {" ", S}, {"\x1f", P}, {"https://a.uz", segment.URL}}},
		{"hisobot.pdf", []tok{{"hisobot.pdf", segment.FileName}}},
		{"oxiri. Keyin", []tok{{"oxiri", W}, {".", P}, {" ", S}, {"Keyin", W}}},
		{"\xffаб", []tok{{"\xff", P}, {"аб", W}}},
	} {
		got := split(tc.in)
		if tc.in == "1 234,5 ва 12.03.2024" {
			// Numbers: check kinds only.
			if got[0].k != N || got[len(got)-1] != (tok{"12.03.2024", N}) {
				t.Errorf("split(%q) = %v", tc.in, got)
			}
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("split(%q) = %v; want %v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("split(%q)[%d] = %q %v; want %q %v", tc.in, i, got[i].s, got[i].k, tc.want[i].s, tc.want[i].k)
			}
		}
	}
}

func TestNumberGroups(t *testing.T) {
	for _, in := range []string{"1\u00a0234\u00a0567", "3,14", "10:30", "12.03.2024", "1/2"} {
		if tk, k, rest := segment.First(in); tk != in || k != segment.Number || rest != "" {
			t.Errorf("First(%q) = %q, %v, %q; want one Number", in, tk, k, rest)
		}
	}
}

func TestKindString(t *testing.T) {
	if segment.Word.String() != "Word" || segment.Kind(99).String() != "Kind(99)" {
		t.Error("Kind.String")
	}
	if !segment.URL.Protected() || segment.Word.Protected() {
		t.Error("Kind.Protected")
	}
}

// FuzzFirst checks that First always makes progress and that the tokens
// put back together give the input, byte for byte.
func FuzzFirst(f *testing.F) {
	for _, s := range []string{"Салом, дунё!", "o‘zbek\x1fтил", "https://a.uz x@y.uz #t @h", "\xff\x1e\r\n", "XIV", "1 234,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		rest := s
		for rest != "" {
			tk, _, r := segment.First(rest)
			if tk == "" || len(r) >= len(rest) {
				t.Fatalf("First(%q) made no progress", rest)
			}
			b.WriteString(tk)
			rest = r
		}
		if b.String() != s {
			t.Fatalf("tokens of %q join to %q", s, b.String())
		}
	})
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Бу ҳақда хабар берди. Президент келди!", []string{"Бу ҳақда хабар берди. ", "Президент келди!"}},
		{"Ш. Мирзиёев сўзлади. Кейин", []string{"Ш. Мирзиёев сўзлади. ", "Кейин"}},
		{"Sh. Mirziyoyev keldi. Keyin", []string{"Sh. Mirziyoyev keldi. ", "Keyin"}},
		{"1,5 млн. сўм ажратилди. «Янги» лойиҳа", []string{"1,5 млн. сўм ажратилди. ", "«Янги» лойиҳа"}},
		{"Нархи 2.5 фоиз. 2024 йилда", []string{"Нархи 2.5 фоиз. ", "2024 йилда"}},
		{"Нима? — деди у.", []string{"Нима? ", "— деди у."}},
		{"«Келдим.» Кетдим…", []string{"«Келдим.» ", "Кетдим…"}},
		{"биринчи\nиккинчи", []string{"биринчи\n", "иккинчи"}},
		{"kun.uz saytida. Keyin", []string{"kun.uz saytida. ", "Keyin"}},
		{"олма, нок ва т.б. Кейин", []string{"олма, нок ва т.б. Кейин"}},
		{"ISLAMABAD. Kazinform – muzokaralar boʻldi. Keyin", []string{"ISLAMABAD. Kazinform – muzokaralar boʻldi. ", "Keyin"}},
		{"Бу АҚШ. Кейин", []string{"Бу АҚШ. ", "Кейин"}},
	} {
		got := segment.Sentences(tc.in)
		if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
			t.Errorf("Sentences(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestFirstRun(t *testing.T) {
	var got []string
	s := "Telegram’даги 5 хабар, iPhone 15 va"
	for s != "" {
		run, sc, rest := segment.FirstRun(s)
		got = append(got, sc.String()+":"+run)
		s = rest
	}
	want := []string{"Latn:Telegram", "Zyyy:’", "Cyrl:даги 5 хабар", "Zyyy:, ", "Latn:iPhone 15 va"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("runs = %q; want %q", got, want)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Бир. Икки! Уч? Ш. Тўрт…\nБеш")
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Join(segment.Sentences(s), "") != s {
			t.Fatalf("sentences of %q do not join back", s)
		}
		var b strings.Builder
		for rest := s; rest != ""; {
			run, _, r := segment.FirstRun(rest)
			if run == "" {
				t.Fatalf("FirstRun(%q) made no progress", rest)
			}
			b.WriteString(run)
			rest = r
		}
		if b.String() != s {
			t.Fatalf("runs of %q do not join back", s)
		}
	})
}
