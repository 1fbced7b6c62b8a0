package translit_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/yozuv/yozuv/internal/sample"
	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

func mustNew(t testing.TB, from, to string) *translit.Transliterator {
	t.Helper()
	tr, err := translit.New(from, to, translit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestNewUnknownPair(t *testing.T) {
	_, err := translit.New("uz-Cyrl", "kk-Latn", translit.Options{})
	if !errors.Is(err, translit.ErrUnknownPair) {
		t.Fatalf("New(uz-Cyrl, kk-Latn) error = %v; want ErrUnknownPair", err)
	}
	if !strings.Contains(err.Error(), "kk-Latn") {
		t.Errorf("error %q does not name the script", err)
	}
	same := mustNew(t, "uz-Latn", "uz-Latn")
	if got := same.String("Салом, dunyo"); got != "Салом, dunyo" {
		t.Errorf("identity conversion changed its input: %q", got)
	}
}

func TestParseApostrophe(t *testing.T) {
	for _, name := range []string{"modifier", "ascii", "typographic"} {
		a, err := translit.ParseApostrophe(name)
		if err != nil || a.String() != name {
			t.Errorf("ParseApostrophe(%q) = %v, %v", name, a, err)
		}
	}
	if _, err := translit.ParseApostrophe("curly"); err == nil {
		t.Error("ParseApostrophe(curly) succeeded")
	}
}

// corpus is text with everything the converter must get through: long
// lines, short lines, separators, invalid UTF-8, capitals.
func corpus() string {
	var b strings.Builder
	b.WriteString(sample.Article)
	b.WriteString("ШАРҚ ВА ҒАРБ\nАҚШда \xff\xfe бузилган\x1fматн, Ўз\x1fбекистон\x1e янги блок\r\n")
	b.WriteString(strings.Repeat("узун", 200)) // one word longer than a buffer
	b.WriteString(" охири\n")
	return b.String()
}

// TestTransformChunks drives the Transformer through transform.Reader and
// transform.String with source and destination buffers of many sizes, and
// requires the same output as String.
func TestTransformChunks(t *testing.T) {
	for _, dir := range [][2]string{{"uz-Cyrl", "uz-Latn"}, {"uz-Latn", "uz-Cyrl"}} {
		tr := mustNew(t, dir[0], dir[1])
		in := corpus()
		if dir[0] == "uz-Latn" {
			in = mustNew(t, "uz-Cyrl", "uz-Latn").String(in)
		}
		want := tr.String(in)
		if s, _, err := transform.String(tr, in); err != nil || s != want {
			t.Fatalf("%s: transform.String differs from String (err %v)", dir[0], err)
		}
		for _, size := range []int{1, 2, 3, 7, 64, 300, 4096} {
			r := transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), tr)
			got, err := io.ReadAll(iotest.HalfReader(r))
			if err != nil {
				t.Fatalf("%s, reader: %v", dir[0], err)
			}
			if string(got) != want {
				t.Errorf("%s: transform.Reader output differs from String", dir[0])
			}
			// Drive Transform by hand with small buffers on both sides.
			got, err = drive(tr, in, size, size)
			if err != nil {
				t.Fatalf("%s, buffers of %d: %v", dir[0], size, err)
			}
			if string(got) != want {
				t.Errorf("%s, buffers of %d: output differs from String", dir[0], size)
			}
		}
	}
}

// drive calls Transform as a streaming caller would, making srcSize more
// bytes of input available at a time and offering a destination of dstSize
// bytes, grown only when not even one token fits.
func drive(tr transform.Transformer, in string, srcSize, dstSize int) ([]byte, error) {
	var out []byte
	dst := make([]byte, dstSize)
	src := []byte(in)
	avail := min(srcSize, len(src))
	for steps := 0; ; steps++ {
		if steps > 10*len(in)+100 {
			return out, errors.New("no progress")
		}
		atEOF := avail == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[:avail], atEOF)
		out = append(out, dst[:nDst]...)
		src, avail = src[nSrc:], avail-nSrc
		switch err {
		case nil:
			if atEOF {
				if len(src) != 0 {
					return out, errors.New("nil error before the end of input")
				}
				return out, nil
			}
			avail = min(avail+srcSize, len(src))
		case transform.ErrShortDst:
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, 2*len(dst))
			}
		case transform.ErrShortSrc:
			if atEOF {
				return out, errors.New("ErrShortSrc at EOF")
			}
			avail = min(avail+srcSize, len(src))
		default:
			return out, err
		}
	}
}

// TestTransformContract checks the error values of the x/text contract.
func TestTransformContract(t *testing.T) {
	tr := mustNew(t, "uz-Cyrl", "uz-Latn")
	// A word with no space after it is held back until more input comes.
	nDst, nSrc, err := tr.Transform(make([]byte, 64), []byte("салом дун"), false)
	if err != transform.ErrShortSrc || nSrc != len("салом ") || nDst != len("salom ") {
		t.Errorf("Transform(partial) = %d, %d, %v; want %d, %d, ErrShortSrc", nDst, nSrc, err, len("salom "), len("салом "))
	}
	// A destination too small for the first word.
	nDst, nSrc, err = tr.Transform(make([]byte, 3), []byte("шаҳар"), true)
	if err != transform.ErrShortDst || nDst != 0 || nSrc != 0 {
		t.Errorf("Transform(short dst) = %d, %d, %v; want 0, 0, ErrShortDst", nDst, nSrc, err)
	}
	// Span stops at the first word that changes.
	n, err := tr.Span([]byte("2024, www.kun.uz va салом"), true)
	if err != transform.ErrEndOfSpan || n != len("2024, www.kun.uz va ") {
		t.Errorf("Span = %d, %v; want %d, ErrEndOfSpan", n, err, len("2024, www.kun.uz va "))
	}
	if n, err := tr.Span([]byte("Latin only."), true); err != nil || n != len("Latin only.") {
		t.Errorf("Span(Latin) = %d, %v", n, err)
	}
	tr.Reset()
}

func TestInvalidUTF8PassesThrough(t *testing.T) {
	tr := mustNew(t, "uz-Cyrl", "uz-Latn")
	in := "аб\xffвг \xc0\x80 шаҳар\xed\xa0\x80"
	got := tr.String(in)
	if want := "ab\xffvg \xc0\x80 shahar\xed\xa0\x80"; got != want {
		t.Errorf("String(%q) = %q; want %q", in, got, want)
	}
}

func TestAnnotate(t *testing.T) {
	tr := mustNew(t, "uz-Latn", "uz-Cyrl")
	toks := tr.Annotate("Salom, dunyo!")
	var b strings.Builder
	for _, tk := range toks {
		b.WriteString(tk.Out)
	}
	if b.String() != "Салом, дунё!" {
		t.Errorf("annotated output = %q", b.String())
	}
}

func TestCapsLineContext(t *testing.T) {
	tr := mustNew(t, "uz-Cyrl", "uz-Latn")
	for in, want := range map[string]string{
		"ЧОРШАНБА АҚШ ВА ХИТОЙ": "CHORSHANBA AQSH VA XITOY", // a headline in capitals
		"Чоршанба АҚШ ва Хитой": "Chorshanba AQSh va Xitoy", // an acronym in running text
	} {
		if got := tr.String(in); got != want {
			t.Errorf("String(%q) = %q; want %q", in, got, want)
		}
	}
}

func FuzzTransform(f *testing.F) {
	f.Add("Ўзбекистон\x1fда ШАРҚ, https://kun.uz 12 345", 3)
	f.Add("oʻzbek tili va maʼno\nyangi qator", 1)
	f.Fuzz(func(t *testing.T, s string, size int) {
		size = 1 + (size&0xff)%300
		for _, dir := range [][2]string{{"uz-Cyrl", "uz-Latn"}, {"uz-Latn", "uz-Cyrl"}} {
			tr := mustNew(t, dir[0], dir[1])
			want := tr.String(s)
			if utf8.ValidString(s) && !utf8.ValidString(want) {
				t.Fatalf("valid input %q gave invalid output %q", s, want)
			}
			got, err := io.ReadAll(transform.NewReader(iotest.HalfReader(strings.NewReader(s)), tr))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Fatalf("%s: Reader gave %q; String gave %q", dir[0], got, want)
			}
			got, err = drive(tr, s, size, size)
			if err != nil || string(got) != want {
				t.Fatalf("%s, buffers of %d: %q, %v; String gave %q", dir[0], size, got, err, want)
			}
		}
	})
}
