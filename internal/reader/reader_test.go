package reader

import (
	"strings"
	"testing"

	"github.com/yozuv/yozuv/internal/sample"
	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

func conv(t testing.TB, from, to string, g *translit.Glossary) *translit.Transliterator {
	t.Helper()
	tr, err := translit.New(from, to, translit.Options{Glossary: g})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestNew(t *testing.T) {
	blocks := []Block{
		{Kind: "h1", Text: "Тошкент шаҳри"},
		{Kind: "p", Text: "Бу ҳақда Ақорда хабар берди. Президент Исломободга келди! Ш. Мирзиёев гапирди."},
		{Kind: "blockquote", Text: "Казахстан и Пакистан", Keep: true},
		{Kind: "p", Text: ""},
	}
	d := New(blocks, Cyrl, conv(t, Cyrl, Latn, nil))
	for _, c := range []struct {
		desc string
		got  any
		want any
	}{
		{"paragraphs", len(d.Paragraphs), 4},
		{"sentences of the heading", len(d.Paragraphs[0].Sentences), 1},
		{"sentences of the paragraph", len(d.Paragraphs[1].Sentences), 3},
		{"sentences in all", d.Sentences(), 5},
		{"heading in Latin", d.Paragraphs[0].Sentences[0].Text(Cyrl, Latn), "Toshkent shahri"},
		{"heading in Cyrillic", d.Paragraphs[0].Sentences[0].Text(Cyrl, Cyrl), "Тошкент шаҳри"},
		{"first sentence keeps its space", d.Paragraphs[1].Sentences[0].Text(Cyrl, Latn), "Bu haqda Aqorda xabar berdi. "},
		{"initial does not end a sentence", d.Paragraphs[1].Sentences[2].Text(Cyrl, Latn), "Sh. Mirziyoyev gapirdi."},
		{"kept block", d.Paragraphs[2].Sentences[0].Text(Cyrl, Latn), "Казахстан и Пакистан"},
		{"kept block is kept", d.Paragraphs[2].Keep, true},
		{"words (kept block not counted)", d.Words(), 13},
		{"sentence of word 3", d.SentenceOf(3), "Бу ҳақда Ақорда хабар берди. "},
		{"sentence of no word", d.SentenceOf(99), ""},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v; want %v", c.desc, c.got, c.want)
		}
	}
	for i := range d.Words() {
		w, ok := d.Word(i)
		if !ok || w.Word != i || w.In == "" || w.Out == "" {
			t.Errorf("Word(%d) = %+v, %v", i, w, ok)
		}
	}
	if w, _ := d.Word(2); w.In != "Бу" || w.Out != "Bu" {
		t.Errorf("Word(2) = %+v; want Бу/Bu", w)
	}
	if _, ok := d.Word(-1); ok {
		t.Error("Word(-1) ok")
	}
}

// TestSentencesJoin checks that the sentences of every paragraph of the
// sample article give the paragraph back, in both scripts.
func TestSentencesJoin(t *testing.T) {
	var blocks []Block
	for _, p := range sample.Paragraphs() {
		blocks = append(blocks, Block{Kind: "p", Text: p})
	}
	toLatn := conv(t, Cyrl, Latn, nil)
	d := New(blocks, Cyrl, toLatn)
	for i, p := range d.Paragraphs {
		var in, out strings.Builder
		for _, s := range p.Sentences {
			in.WriteString(s.Text(Cyrl, Cyrl))
			out.WriteString(s.Text(Cyrl, Latn))
		}
		if in.String() != blocks[i].Text {
			t.Errorf("paragraph %d: sentences join to %q; want %q", i, in.String(), blocks[i].Text)
		}
		if want := toLatn.String(blocks[i].Text); out.String() != want {
			t.Errorf("paragraph %d in Latin: %q; want %q", i, out.String(), want)
		}
	}
	if d.Sentences() < len(blocks) {
		t.Errorf("%d sentences for %d paragraphs", d.Sentences(), len(blocks))
	}
}

func TestNext(t *testing.T) {
	d := New([]Block{{Kind: "p", Text: "бир икки уч"}}, Cyrl, conv(t, Cyrl, Latn, nil))
	for _, c := range []struct{ i, delta, want int }{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 2}, {0, -1, 0}, {2, -5, 0}, {-1, 1, 0},
	} {
		if got := d.Next(c.i, c.delta); got != c.want {
			t.Errorf("Next(%d, %d) = %d; want %d", c.i, c.delta, got, c.want)
		}
	}
	if got := New(nil, Cyrl, nil).Next(0, 1); got != -1 {
		t.Errorf("Next on an empty document = %d; want -1", got)
	}
}

func TestPrefs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Prefs
	}{
		{"", Prefs{DefaultSize, Auto, false}},
		{"size=20 theme=dark view=parallel", Prefs{20, Dark, true}},
		{"size=99 theme=light", Prefs{MaxSize, Light, false}},
		{"size=2", Prefs{MinSize, Auto, false}},
		{"size=x theme=purple view=flow junk", Prefs{DefaultSize, Auto, false}},
	} {
		if got := ParsePrefs(c.in); got != c.want {
			t.Errorf("ParsePrefs(%q) = %+v; want %+v", c.in, got, c.want)
		}
	}
	p := Prefs{20, Dark, true}
	if got := ParsePrefs(p.String()); got != p {
		t.Errorf("ParsePrefs(%q) = %+v; want %+v", p.String(), got, p)
	}
	for _, c := range []struct{ size, steps, want int }{
		{18, 1, 20}, {18, -1, 16}, {MaxSize, 1, MaxSize}, {MinSize, -3, MinSize},
	} {
		if got := (Prefs{Size: c.size}).Resize(c.steps).Size; got != c.want {
			t.Errorf("Resize(%d) of %d = %d; want %d", c.steps, c.size, got, c.want)
		}
	}
}

func TestReport(t *testing.T) {
	d := New([]Block{{Kind: "p", Text: "Шавкат Telegram’да ёзди."}}, Cyrl, conv(t, Cyrl, Latn, nil))
	for _, c := range []struct {
		desc string
		word int
		fix  string
		json string
		err  string
	}{
		{"spelling", 0, " Shavkat ", `{"uz-Cyrl": "Шавкат", "uz-Latn": "Shavkat", "exact": true}`, ""},
		{"keep", 0, "Шавкат", `{"keep": "Шавкат"}`, ""},
		{"empty", 0, "  ", "", "type the right form"},
		{"two words", 0, "Shav kat", "", "reader: "},
		{"no word", 42, "x", "", "no word 42"},
	} {
		r, err := d.Report(c.word, c.fix)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: Report(%d, %q) error %v; want %q", c.desc, c.word, c.fix, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: Report(%d, %q): %v", c.desc, c.word, c.fix, err)
			continue
		}
		if got := r.JSON(); got != c.json {
			t.Errorf("%s: JSON() = %s; want %s", c.desc, got, c.json)
		}
		// The entry is a line of a valid glossary file that converts the word.
		g, err := translit.ParseGlossary([]byte(`{"words": [` + r.JSON() + `]}`))
		if err != nil {
			t.Errorf("%s: ParseGlossary: %v", c.desc, err)
			continue
		}
		if got := conv(t, Cyrl, Latn, g).String(r.Word); got != r.Fix {
			t.Errorf("%s: with the entry, %q converts to %q; want %q", c.desc, r.Word, got, r.Fix)
		}
		if r.Sentence != "Шавкат Telegram’да ёзди." || r.Got != "Shavkat" || r.FixIn != Latn {
			t.Errorf("%s: report %+v", c.desc, r)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{`a"b\c`: `"a\"b\\c"`, "ў\x01": `"ў\u0001"`} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s; want %s", in, got, want)
		}
	}
}

func TestConvert(t *testing.T) {
	toCyrl := conv(t, Latn, Cyrl, nil)
	const text = "Toshkent shahri.\r\nBugun tsirk va kompyuter.\n\nOxiri"
	c := Convert(toCyrl, Latn, Cyrl, text)
	if got, want := len(c.Lines), 4; got != want {
		t.Fatalf("%d lines; want %d", got, want)
	}
	if got, want := c.Text(), toCyrl.String(text); got != want {
		t.Errorf("Text() before annotating = %q; want %q", got, want)
	}
	if c.Done(1) || c.Unsure() != 0 {
		t.Error("Text() annotated lines")
	}
	if r := c.Runs(0); c.Lines[0].End != "\r\n" || len(r) != 1 || r[0].Unsure() {
		t.Errorf("line 0 = %+v, runs %+v; want one sure run ending in CR LF", c.Lines[0], r)
	}
	runs := c.Runs(1)
	k := -1
	for i, r := range runs {
		if r.Unsure() {
			k = i
			break
		}
	}
	if k < 0 {
		t.Fatalf("no unsure word in %+v", runs)
	}
	w := runs[k]
	if w.In != "tsirk" || len(w.Alternatives) < 2 || w.Alternatives[0] != w.Text || w.Why == "" {
		t.Fatalf("unsure run = %+v", w)
	}
	if c.Unsure() == 0 || !c.Done(1) || c.Done(2) {
		t.Errorf("Unsure() = %d, Done(1) = %v, Done(2) = %v", c.Unsure(), c.Done(1), c.Done(2))
	}
	if got, want := c.Text(), toCyrl.String(text); got != want {
		t.Errorf("Text() half annotated = %q; want %q", got, want)
	}
	alt := w.Alternatives[1]
	for _, bad := range []struct{ i, r int }{{1, k + 100}, {3, 0}, {-1, 0}, {9, 0}} {
		if c.Choose(bad.i, bad.r, alt) {
			t.Errorf("Choose(%d, %d) accepted", bad.i, bad.r)
		}
	}
	if c.Choose(1, k, "нимадир") {
		t.Error("Choose accepted a spelling that is not an alternative")
	}
	if !c.Choose(1, k, alt) {
		t.Fatalf("Choose(1, %d, %q) = false", k, alt)
	}
	if got := c.Text(); !strings.Contains(got, alt+" ") {
		t.Errorf("Text() after choosing %q = %q", alt, got)
	}
	for _, in := range []string{"", "\n", "a\n", "\r", "a\rb"} {
		got := Convert(toCyrl, Latn, Cyrl, in)
		for i := range got.Lines {
			got.Runs(i)
		}
		if got.Text() != toCyrl.String(in) {
			t.Errorf("Convert(%q).Text() = %q", in, got.Text())
		}
	}
	toLatn := conv(t, Cyrl, Latn, nil)
	got := Convert(toLatn, Cyrl, Latn, sample.Article)
	for i := range got.Lines {
		got.Runs(i)
	}
	if got.Unsure() != 0 || got.Text() != toLatn.String(sample.Article) {
		t.Errorf("Cyrillic → Latin: %d unsure words, or the text differs", got.Unsure())
	}
}

// BenchmarkConvert20000 converts a paste of 20,000 words, as the demo page
// does on each edit.
func BenchmarkConvert20000(b *testing.B) {
	var sb strings.Builder
	words := strings.Fields(sample.Article)
	for i := range 20000 {
		sb.WriteString(words[i%len(words)])
		if i%60 == 59 {
			sb.WriteByte('\n')
		} else {
			sb.WriteByte(' ')
		}
	}
	cyrl := sb.String()
	latn := conv(b, Cyrl, Latn, nil).String(cyrl)
	for _, c := range []struct {
		name, from, to, text string
	}{{"Cyrl-Latn", Cyrl, Latn, cyrl}, {"Latn-Cyrl", Latn, Cyrl, latn}} {
		b.Run(c.name, func(b *testing.B) {
			tr := conv(b, c.from, c.to, nil)
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				cv := Convert(tr, c.from, c.to, c.text)
				for i := range cv.Lines {
					cv.Runs(i)
				}
			}
		})
	}
}

func TestAtoi(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{{"0", 0, true}, {"42", 42, true}, {"999999", 999999, true}, {"", 0, false}, {"-1", 0, false}, {"1x", 0, false}, {"1234567", 0, false}} {
		if got, ok := Atoi(c.in); got != c.want || ok != c.ok {
			t.Errorf("Atoi(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
