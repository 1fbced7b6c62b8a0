package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "yozuv-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "yozuv")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// yozuv runs the built command with stdin and returns stdout and stderr.
func yozuv(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	return out.String(), errb.String(), err
}

func TestConvertLines(t *testing.T) {
	in := "Ўзбекистон\n\nАҚШ ва ШАРҚ\r\nохирги қатор"
	out, stderr, err := yozuv(t, in, "convert", "-from", "uz-Cyrl", "-to", "uz-Latn")
	if err != nil {
		t.Fatal(err, stderr)
	}
	if want := "Oʻzbekiston\n\nAQSh va SHARQ\r\noxirgi qator"; out != want {
		t.Errorf("got %q; want %q", out, want)
	}
	if strings.Count(out, "\n") != strings.Count(in, "\n") {
		t.Error("output lines differ from input lines")
	}
}

func TestConvertAuto(t *testing.T) {
	out, _, err := yozuv(t, "Oʻzbekiston poytaxti\n", "convert", "-from", "auto")
	if err != nil || out != "Ўзбекистон пойтахти\n" {
		t.Errorf("auto → %q, %v", out, err)
	}
	out, _, _ = yozuv(t, "Тошкент\n", "convert")
	if out != "Toshkent\n" {
		t.Errorf("default auto → %q", out)
	}
	// Already in the target script: only the other script's words change.
	out, _, _ = yozuv(t, "Toshkent va Самарқанд\n", "convert", "-to", "uz-Latn")
	if out != "Toshkent va Samarqand\n" {
		t.Errorf("to the script it is in → %q", out)
	}
}

func TestConvertApostropheAndFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Ўғил\n"), 0o644)
	os.WriteFile(b, []byte("маъно\n"), 0o644)
	out, _, err := yozuv(t, "", "convert", "-apostrophe", "typographic", a, b)
	if err != nil || out != "O‘g‘il\nma’no\n" {
		t.Errorf("files → %q, %v", out, err)
	}
	_, stderr, err := yozuv(t, "", "convert", "-apostrophe", "curly")
	if err == nil || !strings.Contains(stderr, "unknown apostrophe style") {
		t.Errorf("bad style: %v %q", err, stderr)
	}
	_, stderr, err = yozuv(t, "", "convert", filepath.Join(dir, "missing.txt"))
	if err == nil || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("missing file: %v %q", err, stderr)
	}
}

func TestConvertInvalidUTF8(t *testing.T) {
	in := "аб\xff\n\xfeвг\n"
	out, stderr, err := yozuv(t, in, "convert", "-from", "uz-Cyrl", "-to", "uz-Latn")
	if err != nil {
		t.Fatal(err)
	}
	if out != "ab\xff\n\xfevg\n" {
		t.Errorf("got %q", out)
	}
	if strings.Count(stderr, "invalid UTF-8") != 1 {
		t.Errorf("want one report of invalid UTF-8, got %q", stderr)
	}
}

func TestConvertHTMLFlag(t *testing.T) {
	in := `<p title="Ўзбек">Ўз<b>бекистон</b> <code>код</code></p>`
	out, stderr, err := yozuv(t, in, "convert", "-html", "-to", "uz-Latn")
	if err != nil {
		t.Fatal(err, stderr)
	}
	if want := `<p title="Oʻzbek">Oʻz<b>bekiston</b> <code>код</code></p>`; out != want {
		t.Errorf("got %q; want %q", out, want)
	}
}

func TestConvertHTMLAuto(t *testing.T) {
	in := `<!doctype html><html><head><style>body{font-family:sans-serif}</style><script>var x = "abc";</script></head>` +
		`<body class="article-body main-content"><p>Тошкент шаҳри</p></body></html>`
	out, _, err := yozuv(t, in, "convert", "-html")
	if err != nil || !strings.Contains(out, "<p>Toshkent shahri</p>") {
		t.Errorf("auto-detected HTML → %q, %v", out, err)
	}
}

func TestConvertGlossary(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.json")
	os.WriteFile(g, []byte(`{"words": [{"uz-Cyrl": "Шавкат", "uz-Latn": "Shavkat"}, {"keep": "Yozuv"}]}`), 0o644)
	out, _, err := yozuv(t, "Shavkatga Yozuvdan\n", "convert", "-glossary", g)
	if err != nil || out != "Шавкатга Yozuvдан\n" {
		t.Errorf("glossary → %q, %v", out, err)
	}
	os.WriteFile(g, []byte("{\"words\": [\n  {\"uz-Cyrl\": \"Шавкат\"}\n]}"), 0o644)
	_, stderr, err := yozuv(t, "", "convert", "-glossary", g)
	if err == nil || !strings.Contains(stderr, "line 2, entry 1") {
		t.Errorf("bad glossary: %v %q", err, stderr)
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "t.tsv")
	os.WriteFile(f, []byte("cyrl\tlatn\torigin\tnote\nТошкент шаҳри\tToshkent shahri\tx\tcyr->lat; test\nцирк\tsirk\tx\tboth directions\nкитоб\tkitob\tx\tlat->cyr; test\n"), 0o644)
	out, _, err := yozuv(t, "", "eval", "-dir", "c2l", f)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`c2l  segments 2  words 3  word accuracy 100\.00%  exact segments 100\.00%`).MatchString(out) {
		t.Errorf("eval output %q", out)
	}
	out, _, _ = yozuv(t, "", "eval", "-dir", "l2c", f)
	if !strings.Contains(out, "segments 2  words 2") {
		t.Errorf("eval l2c output %q", out)
	}
}

func TestUsage(t *testing.T) {
	_, stderr, err := yozuv(t, "", "frobnicate")
	if err == nil || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: %v %q", err, stderr)
	}
}
