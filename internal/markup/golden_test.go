package markup

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden converts each testdata/*.html file both ways and compares the
// result with its golden file, testdata/NAME.uz-Latn.golden (and
// NAME.uz-Cyrl.golden for the way back from Latin). Run with -update to
// rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata/*.html", err)
	}
	for _, file := range files {
		in, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(file, ".html")
		latn := goldenCase(t, base+".uz-Latn.golden", in, "uz-Cyrl", "uz-Latn")
		goldenCase(t, base+".uz-Cyrl.golden", latn, "uz-Latn", "uz-Cyrl")
	}
}

func goldenCase(t *testing.T, golden string, in []byte, from, to string) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := Convert(&out, bytes.NewReader(in), newT(t, from, to), Options{}); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("%s: output differs from the golden file (run go test -update and review the diff)\n%s", golden, firstDiff(out.Bytes(), want))
	}
	checkTags(t, golden, in, out.Bytes())
	return out.Bytes()
}

// checkTags compares the markup of in and out token by token: the same
// tokens in the same order, every tag, comment and doctype byte for byte,
// except start tags whose converted attributes or lang changed.
func checkTags(t *testing.T, name string, in, out []byte) {
	t.Helper()
	a, b := tokens(in), tokens(out)
	if len(a) != len(b) {
		t.Fatalf("%s: %d tokens in, %d out", name, len(a), len(b))
	}
	changed := 0
	for i := range a {
		x, y := a[i], b[i]
		if x.typ != y.typ {
			t.Fatalf("%s: token %d is %v in, %v out", name, i, x.typ, y.typ)
		}
		if x.typ == html.TextToken || x.raw == y.raw {
			continue
		}
		if x.typ != html.StartTagToken && x.typ != html.SelfClosingTagToken {
			t.Errorf("%s: token %d changed: %q → %q", name, i, x.raw, y.raw)
			continue
		}
		changed++
		if diff := attrDiff(x.tok, y.tok); diff != "" {
			t.Errorf("%s: tag %q → %q: %s", name, x.raw, y.raw, diff)
		}
	}
	if changed == 0 {
		t.Errorf("%s: no tag changed; expected lang and attributes to", name)
	}
}

// attrDiff reports a change between two versions of a start tag other than
// to a converted attribute or lang.
func attrDiff(x, y html.Token) string {
	if x.Data != y.Data {
		return "tag name changed"
	}
	ya := map[string]string{}
	for _, a := range y.Attr {
		ya[a.Key] = a.Val
	}
	for _, a := range x.Attr {
		v, ok := ya[a.Key]
		if !ok {
			return "attribute " + a.Key + " lost"
		}
		if v != a.Val && !translated[a.Key] && a.Key != "lang" && !(x.Data == "meta" && a.Key == "content") {
			return "attribute " + a.Key + " changed"
		}
		delete(ya, a.Key)
	}
	for k := range ya {
		if k != "lang" || x.Data != "html" {
			return "attribute " + k + " added"
		}
	}
	return ""
}

type tok struct {
	typ html.TokenType
	raw string
	tok html.Token
}

func tokens(b []byte) []tok {
	var out []tok
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				panic(z.Err())
			}
			return out
		}
		raw := string(z.Raw())
		out = append(out, tok{tt, raw, z.Token()})
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-60)
	return "at byte " + itoa(i) + ":\n got  …" + string(a[lo:min(len(a), i+60)]) + "…\n want …" + string(b[lo:min(len(b), i+60)]) + "…"
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
